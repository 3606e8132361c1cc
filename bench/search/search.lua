-- Name searches a Sở officer would type, over the whole province; each request picks one.
local queries = {
  "nguyen%20van%20an", "tran%20thi%20lan", "le%20minh%20khoi", "pham%20ngoc%20anh", "hoang%20thu%20ha",
  "vu%20duc%20thang", "dang%20thi%20thao", "bui%20quang%20huy", "do%20khanh%20linh", "ngoc%20anh",
  "minh%20khoi", "thanh%20tam", "duong%20gia%20bao", "ly%20thi%20my", "ho%20van%20nam",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/students?pageSize=20&q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
