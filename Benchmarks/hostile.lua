-- wrk script for the hostile-read phase: every request is a different read, so nearly every one misses the cache.
--
--   wrk -t2 -c64 -d20s -s Benchmarks/hostile.lua http://127.0.0.1:PORT -- AREA
--
-- Each request picks at random: a rollup (or /cells), an area at or under AREA (the bulk-loaded one; empty for the
-- country), a grouping, a limit from 1 to the largest allowed (so the answer is rarely one already cached), and JSON
-- or CSV (by format or by Accept). Answers run from a few bytes to tens of megabytes. It prints one line:
--   HOSTILE requests=N ok=N busy=N other=N other_statuses=S p50_us=… p99_us=… max_us=… socket_errors=N
-- where busy counts 503 (too many answers in progress: the bound at work).

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local rollups = { "applications", "review-litigation", "proactive", "publications" }
local groupings = { "township,year", "county,year", "township", "city", "county", "year", "" }

function init(args)
  local area = args[1] or ""
  areas = { "" }
  if area ~= "" then
    areas[#areas + 1] = area
    if #area == 2 then areas[#areas + 1] = area .. "13"; areas[#areas + 1] = area .. "1328" end
  end
  math.randomseed(os.time() * 100 + id)
  ok, busy, other, statuses = 0, 0, 0, ""
end

function request()
  local area = areas[math.random(#areas)]
  local query = area == "" and "" or ("area=" .. area .. "&")
  local path
  if math.random(5) == 1 then
    path = "/api/v1/cells?" .. query .. "limit=" .. math.random(2000)
  else
    local grouping = groupings[math.random(#groupings)]
    path = "/api/v1/rollups/" .. rollups[math.random(#rollups)] .. "?" .. query ..
      (grouping == "" and "" or ("groupBy=" .. grouping .. "&")) .. "limit=" .. math.random(10000)
  end
  local headers = {}
  local pick = math.random(3)
  if pick == 1 then path = path .. "&format=csv" elseif pick == 2 then headers["Accept"] = "text/csv" end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 503 then busy = busy + 1
  else
    other = other + 1
    if #statuses < 200 then statuses = statuses .. status .. " " end
  end
end

function done(summary, latency, requests)
  local o, b, x, seen = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    b = b + t:get("busy")
    x = x + t:get("other")
    seen = seen .. t:get("statuses")
  end
  if seen == "" then seen = "none" end
  local e = summary.errors
  io.write(string.format(
    "HOSTILE requests=%d ok=%d busy=%d other=%d other_statuses=%s p50_us=%d p99_us=%d max_us=%d socket_errors=%d\n",
    summary.requests, o, b, x, seen:gsub(" ", ","), latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout))
end
