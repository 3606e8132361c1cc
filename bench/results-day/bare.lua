-- The floor: GET /bench/bare (Bench:BareEndpoint=true), one row through the app's driver, no sign-in.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d non-2xx, %d socket errors/timeouts\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.status, e.connect + e.read + e.write + e.timeout))
end
