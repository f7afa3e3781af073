-- wrk script for `make bench`: send the proxy's HTTPS header and, when done, print one
-- parseable line, e.g.
--   BENCH_RESULT p50_ms=12.345 p95_ms=40.100 p99_ms=55.000 max_ms=80.000 mean_ms=15.000 rps=812.50 ...
wrk.headers["X-Forwarded-Proto"] = "https"

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
