-- wrk script: heavy but legitimate reads, alternating a 2-hop neighbourhood of a random entity (limit 2000, with
-- sanctions and relationships) and a page of 500 entities with their relationships' targets. N comes after `--`.
local count = 100000
local threads = 0
local n = 0
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

-- The store's page cursor: base64 of "seq:N".
local function cursor(seq)
  local text = "seq:" .. seq
  return ((text:gsub(".", function(c)
    local byte, bits = c:byte(), ""
    for i = 8, 1, -1 do bits = bits .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and "1" or "0") end
    return bits
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(bits)
    if #bits < 6 then return "" end
    local value = 0
    for i = 1, 6 do value = value + (bits:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return alphabet:sub(value + 1, value + 1)
  end) .. ({ "", "==", "=" })[#text % 3 + 1])
end

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  count = tonumber(args[1]) or count
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local id = string.format("syn-%07d", math.random(0, count - 1))
  if n % 2 == 0 then
    return wrk.format(nil, nil, nil, '{"query":"query($id: ID!) { neighbourhood(id: $id, hops: 2, limit: 2000) { entities { id name kind aliases sanctions { listedOn programs } } relationships { type from { id } to { id } } } }","variables":{"id":"' .. id .. '"}}')
  end
  return wrk.format(nil, nil, nil, '{"query":"query($after: String) { entities(first: 500, after: $after) { nodes { id name relationships { type to { name } } } } }","variables":{"after":"' .. cursor(math.random(1, count - 501)) .. '"}}')
end
