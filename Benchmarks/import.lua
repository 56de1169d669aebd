-- wrk script for the import benchmark: POSTs one published document, as it was published, to /api/v1/imports
-- as a dry run, again and again. Arguments: FILE CONTENT-TYPE QUERY ADMIN-KEY. Prints one machine-readable line:
--   IMPORT requests=N rps=R p50_us=… p99_us=… non2xx=N socket_errors=N
local file, content_type, query, key = nil, nil, nil, nil

function init(args)
  file, content_type, query, key = args[1], args[2], args[3], args[4]
  local f = assert(io.open(file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.path = "/api/v1/imports?" .. query
  wrk.headers["Content-Type"] = content_type
  wrk.headers["X-Api-Key"] = key
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("IMPORT requests=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
