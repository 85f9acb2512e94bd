-- wrk script: a document never seen before on every request, about 6 KB each (an alias and a comment that
-- differ), to fill the validated-document cache and the response cache as anonymous callers can.
local threads = 0
local n = 0
local padding = string.rep("x", 6000)

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
  n = math.random(0, 1000000000)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local id = string.format("syn-%07d", n % 100000)
  return wrk.format(nil, nil, nil, '{"query":"{ entity(id: \\"' .. id .. '\\") { a' .. (thread_number or 0) .. '_' .. n .. ': name kind } } # ' .. padding .. n .. '"}')
end
