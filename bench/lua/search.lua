-- wrk script for the `search` bench: cycle through the 500 query paths in the file named by
-- BENCH_SEARCH_PATHS (one per line), send the proxy's HTTPS header, print p50/p95 when done.
wrk.headers["X-Forwarded-Proto"] = "https"
local paths = {}
for line in io.lines(os.getenv("BENCH_SEARCH_PATHS")) do paths[#paths + 1] = line end
local position = 0

request = function()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
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
