-- wrk script: POST a GraphQL lookup of a random entity among the first N ids (N comes after `--`), so that
-- nearly every request misses the service's response cache and runs the whole GraphQL pipeline. The id is a
-- variable of one parametrised document, as a client embedding lookups sends it.
local count = 100000
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  count = tonumber(args[1]) or count
  -- A different sequence per thread and per run, or the threads would ask for the same ids in turn.
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

request = function()
  local id = string.format("syn-%07d", math.random(0, count - 1))
  return wrk.format(nil, nil, nil, '{"query":"query($id: ID!) { entity(id: $id) { id name kind } }","variables":{"id":"' .. id .. '"}}')
end
