-- wrk pacing: each connection waits `pace_ms` between its requests, so the offered rate is about
-- connections * 1000 / (pace_ms + latency); wrk's own Requests/sec line gives the rate reached.
-- Optional: paths rotate through `paths` (from the environment variable OZD_PATHS, separated by '|'), and
-- OZD_UNIQUE=1 appends a counter so every request misses the page cache (a real search every time).
-- done() prints p50/p95/p99 in ms.
local pace = tonumber(os.getenv("OZD_PACE_MS") or "0")
local paths = {}
for p in string.gmatch(os.getenv("OZD_PATHS") or "", "[^|]+") do paths[#paths + 1] = p end
local unique = os.getenv("OZD_UNIQUE") == "1"
local counter = 0
local thread_id = 0
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
end

function delay()
  return pace
end

function request()
  if #paths == 0 then return wrk.format() end
  counter = counter + 1
  local p = paths[(counter % #paths) + 1]
  if unique then p = p .. "&n=" .. thread_id .. "-" .. counter end
  return wrk.format("GET", p)
end

function done(summary, latency, requests)
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end
