-- Signed-in parents asking for their own child, spread over the connections: each wrk thread takes
-- every THREADS-th line of FAMILIES ("credential studentId") and each of its requests goes to the
-- next one, with that parent's own credential and child. MODE: api (bearer), page (cookie), me (bearer).
local lines, counter = {}, 0
for line in io.lines(os.getenv("FAMILIES")) do lines[#lines + 1] = line end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  mode = os.getenv("MODE") or "api"
  local threads = tonumber(os.getenv("THREADS") or "2")
  mine, n = {}, 0
  for i = id, #lines, threads do
    local f = {}
    for x in lines[i]:gmatch("%S+") do f[#f + 1] = x end
    mine[#mine + 1] = f
  end
end

function request()
  n = n % #mine + 1
  local credential, child = mine[n][1], mine[n][2]
  if mode == "page" then
    return wrk.format("GET", "/gia-dinh/" .. child .. "/ket-qua", { ["Cookie"] = credential })
  elseif mode == "me" then
    return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. credential })
  end
  return wrk.format("GET", "/api/v1/portal/children/" .. child .. "/results", { ["Authorization"] = "Bearer " .. credential })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d non-2xx, %d socket errors/timeouts\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.status, e.connect + e.read + e.write + e.timeout))
end
