-- wrk script: POST a GraphQL lookup of one entity, drawn from a small fixed list of ids.
-- The ids exist in every store written by `generate --entities 100000` or more.
local ids = {
  "syn-0000005", "syn-0000977", "syn-0003141", "syn-0009999", "syn-0012345", "syn-0027182",
  "syn-0031415", "syn-0042000", "syn-0050505", "syn-0061803", "syn-0077777", "syn-0099998",
}

local bodies = {}
for i, id in ipairs(ids) do
  bodies[i] = '{"query":"{ entity(id: \\"' .. id .. '\\") { id name kind } }"}'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

request = function()
  return wrk.format(nil, nil, nil, bodies[math.random(#bodies)])
end
