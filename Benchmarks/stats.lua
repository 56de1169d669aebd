-- wrk script for GET benchmarks: adds nothing to the requests (no request/response callbacks, so wrk runs
-- at full speed) and prints one machine-readable line at the end for Benchmarks/run.sh:
--   WRK requests=N duration_us=D rps=R p50_us=… p90_us=… p99_us=… max_us=… non2xx=N socket_errors=N
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
