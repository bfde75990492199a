-- wrk script for bench/serve_bench.sh: POSTs the request bodies in the file
-- given after `--` (one JSON object a line) to the route given next
-- (default /v1/summarize), in turn, and prints the figures the benchmark
-- reports.
local bodies = {}
local next_body = 0
local route = "/v1/summarize"

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  if args[2] then route = args[2] end
  -- Each wrk thread starts at a different place in the list.
  next_body = math.random(#bodies) - 1
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", route, { ["Content-Type"] = "application/json" }, bodies[next_body])
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("requests      %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s    %.0f\n", summary.requests / seconds))
  io.write(string.format("latency p50   %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p99   %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("errors        %d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    e.connect + e.read + e.write + e.timeout + e.status, e.connect, e.read, e.write, e.timeout, e.status))
end
