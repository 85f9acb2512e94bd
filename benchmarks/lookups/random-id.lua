-- wrk script: GET a lookup of a random entity among the first N ids of a generated store, so that nearly every
-- request misses the service's cache of rendered answers and reads and renders a dossier.
-- Arguments after `--`: the path with {id} where the id goes, then N. Example:
--   wrk -s random-id.lua http://127.0.0.1:5098 -- /embed/entities/{id} 1000000
local template = "/api/entities/{id}"
local count = 100000
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  template = args[1] or template
  count = tonumber(args[2]) or count
  -- A different sequence per thread and per run, or the threads would ask for the same ids in turn.
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

request = function()
  local id = string.format("syn-%07d", math.random(0, count - 1))
  local path = template:gsub("{id}", id)
  return wrk.format("GET", path)
end
