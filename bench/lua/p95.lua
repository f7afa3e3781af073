-- wrk script for `make bench`: send the proxy's HTTPS header and, when done, print one
-- parseable line, e.g.
--   BENCH_RESULT p50_ms=12.345 p95_ms=40.100 p99_ms=55.000 max_ms=80.000 mean_ms=15.000 rps=812.50 ...
-- With BENCH_PATHS naming a file of paths (one per line), requests cycle through them
-- (the `search` bench's 500 queries); without it, every request goes to the URL given to wrk.
wrk.headers["X-Forwarded-Proto"] = "https"

local paths_file = os.getenv("BENCH_PATHS")
if paths_file then
  local paths = {}
  for line in io.lines(paths_file) do paths[#paths + 1] = line end
  local position = 0
  request = function()
    position = position % #paths + 1
    return wrk.format("GET", paths[position])
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors
  io.write(string.format(
    "BENCH_RESULT p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f rps=%.2f"
      .. " requests=%d duration_s=%.3f bytes=%d errors_connect=%d errors_read=%d"
      .. " errors_write=%d errors_status=%d errors_timeout=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    summary.requests / seconds, summary.requests, seconds, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
