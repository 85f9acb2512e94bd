-- wrk script: POST the GraphQL 2-hop neighbourhood (limit 500) of a random entity among the first N ids, with its
-- entities' sanctions nested, so that nearly every request misses the service's response cache. Arguments after
-- `--`: N, then optionally a day (YYYY-MM-DD) passed as asOf, which flows down to the nested sanctions. Without
-- the day the document does not name asOf at all. Example:
--   wrk -s neighbourhood-random.lua http://127.0.0.1:5097/graphql -- 1000000 2019-06-15
local count = 100000
local day = nil
local threads = {}
errors = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  count = tonumber(args[1]) or count
  day = args[2]
  -- A different sequence per thread and per run, or the threads would ask for the same ids in turn.
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

local selection = "{ entities { id name sanctions { id } } relationships { id } truncated }"

request = function()
  local id = string.format("syn-%07d", math.random(0, count - 1))
  if day then
    return wrk.format(nil, nil, nil, '{"query":"query($id: ID!, $asOf: Date) { neighbourhood(id: $id, hops: 2, limit: 500, asOf: $asOf) '
      .. selection .. ' }","variables":{"id":"' .. id .. '","asOf":"' .. day .. '"}}')
  end
  return wrk.format(nil, nil, nil, '{"query":"query($id: ID!) { neighbourhood(id: $id, hops: 2, limit: 500) '
    .. selection .. ' }","variables":{"id":"' .. id .. '"}}')
end

-- A GraphQL error is a 200 too: count the answers that carry one, and print the count for run-asof.sh to check.
response = function(status, headers, body)
  if body:find('"errors"', 1, true) then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("errors") end
  io.write(string.format("GraphQL errors: %d\n", total))
end
