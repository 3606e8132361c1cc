-- The baseline: the same 50 connections, each with its teacher's bearer token, on GET /api/v1/me
-- (authentication, one grants query, a small JSON answer).
local lines, counter = {}, 0
for line in io.lines(os.getenv("TEACHERS")) do lines[#lines + 1] = line end

function setup(thread)
  counter = counter + 1
  thread:set("teacher", counter)
end

function init(args)
  token = lines[((teacher - 1) % #lines) + 1]:match("%S+")
end

function request()
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("%.1f requests/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d errors\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
