-- wrk script for the ingest benchmark: every request POSTs a distinct, valid report to /api/v1/reports.
--
--   wrk -t2 -c16 -d10s --latency -s Benchmarks/ingest.lua http://127.0.0.1:PORT -- \
--       CODES_FILE TEMPLATE_2019 TEMPLATE_2021 YEARS ADMIN_KEY THREADS
--
-- CODES_FILE: township codes from the registry, one a line. TEMPLATE_2019/2021: a valid report of each format
-- (Api/Samples/shangtun-2020.json and Domain.Tests/Samples/township-2021.json); its townshipCode and year are replaced per request. YEARS: a comma list
-- of years that are NOT already stored (e.g. the current year, then years before the bulk-loaded ones); years up
-- to 2020 use the 2019 template, later ones the 2021 template. THREADS: wrk's -t, so that each thread knows its
-- stride: the (year, township) pairs are dealt out to the wrk threads round-robin, so no pair is ever sent twice. Only 201/200 answers count as stored; every other
-- status is tallied and printed, with the body of the first one.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function read_file(path)
  local f = assert(io.open(path, "rb"), "cannot open " .. path)
  local text = f:read("*a")
  f:close()
  return text
end

-- The template minified (newlines and indentation dropped: no string in it spans lines) and split around
-- its townshipCode and year values, so that a body is five strings concatenated.
local function split_template(path)
  local json = read_file(path):gsub("\n%s*", "")
  local a, b = json:find('"townshipCode":%s*"%d+"')
  assert(a, "no townshipCode in " .. path)
  local head, rest = json:sub(1, a - 1) .. '"townshipCode":"', json:sub(b + 1)
  local c, d = rest:find('"year":%s*%d+')
  assert(c, "no year in " .. path)
  return { head, '"' .. rest:sub(1, c - 1) .. '"year":', rest:sub(d + 1) }
end

function init(args)
  codes = {}
  for line in read_file(args[1]):gmatch("[^\r\n]+") do
    if line:match("^%d%d%d%d%d%d%d%d%d$") then codes[#codes + 1] = line end
  end
  assert(#codes > 0, "no township codes in " .. args[1])
  t2019 = split_template(args[2])
  t2021 = split_template(args[3])
  years = {}
  for y in args[4]:gmatch("%d+") do years[#years + 1] = tonumber(y) end
  wrk.method = "POST"
  wrk.path = "/api/v1/reports"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Api-Key"] = args[5]
  nthreads_total = tonumber(args[6]) or 2
  next_pair = id       -- this thread's pairs: id, id + T, id + 2T, …
  stored201, stored200, other, exhausted = 0, 0, 0, 0
  statuses = ""
  first_error = ""
end

function request()
  local k = next_pair
  next_pair = next_pair + nthreads_total
  local year = years[math.floor(k / #codes) + 1]
  if year == nil then
    exhausted = exhausted + 1
    year = years[#years]   -- out of distinct pairs: repeats will answer 200 unchanged and be visible as such
  end
  local code = codes[k % #codes + 1]
  local t = year <= 2020 and t2019 or t2021
  return wrk.format(nil, nil, nil, t[1] .. code .. t[2] .. year .. t[3])
end

function response(status, headers, body)
  if status == 201 then
    stored201 = stored201 + 1
  elseif status == 200 then
    stored200 = stored200 + 1
  else
    other = other + 1
    statuses = statuses .. status .. " "
    if first_error == "" then first_error = body:sub(1, 300) end
  end
end

function done(summary, latency, requests)
  local s201, s200, bad, ex, codes_seen, first = 0, 0, 0, 0, {}, ""
  for _, t in ipairs(threads) do
    s201 = s201 + t:get("stored201")
    s200 = s200 + t:get("stored200")
    bad = bad + t:get("other")
    ex = ex + t:get("exhausted")
    for st in t:get("statuses"):gmatch("%d+") do codes_seen[st] = (codes_seen[st] or 0) + 1 end
    if first == "" then first = t:get("first_error") end
  end
  local list = ""
  for st, n in pairs(codes_seen) do list = list .. st .. ":" .. n .. "," end
  if list == "" then list = "none" end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "INGEST stored=%d created=%d unchanged_or_revised=%d other=%d other_statuses=%s exhausted=%d requests=%d " ..
    "duration_us=%d stored_per_s=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d socket_errors=%d\n",
    s201 + s200, s201, s200, bad, list, ex, summary.requests, summary.duration, (s201 + s200) / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout))
  if first ~= "" then io.write("INGEST first non-2xx body: " .. first .. "\n") end
end
