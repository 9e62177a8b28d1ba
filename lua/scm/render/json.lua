--- scm.render.json: JSON through lua-cjson.
--
-- Workflow results are plain tables; empty tables encode as [] (every
-- empty table in a result is a list), and keys are sorted so that the
-- output is stable.

local M = {}

local ok, cjson = pcall(require, "cjson")

-- Encode with sorted keys (cjson does not sort): objects are written by
-- this function, arrays and scalars by cjson.
local function encode(v, out)
  local t = type(v)
  if t ~= "table" then
    if t == "number" and (v ~= v or v == math.huge or v == -math.huge) then
      out[#out + 1] = "null"
    else
      out[#out + 1] = cjson.encode(v)
    end
    return
  end
  local n = #v
  local is_array = next(v) == nil or (n > 0 and next(v, n) == nil)
  if is_array then
    for k in pairs(v) do
      if math.type(k) ~= "integer" then is_array = false break end
    end
  end
  if is_array then
    out[#out + 1] = "["
    for i = 1, n do
      if i > 1 then out[#out + 1] = "," end
      encode(v[i], out)
    end
    out[#out + 1] = "]"
    return
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  out[#out + 1] = "{"
  for i, k in ipairs(keys) do
    if i > 1 then out[#out + 1] = "," end
    out[#out + 1] = cjson.encode(k)
    out[#out + 1] = ":"
    local val = v[k]
    if val == nil then val = v[tonumber(k)] end
    encode(val, out)
  end
  out[#out + 1] = "}"
end

--- Encode a result.  Raises when lua-cjson is missing.
function M.encode(value)
  if not ok then error("JSON output needs lua-cjson (apt-get install lua-cjson)", 2) end
  local out = {}
  encode(value, out)
  return table.concat(out)
end

--- Decode (for tests and for reading results back).
function M.decode(s)
  if not ok then error("JSON input needs lua-cjson (apt-get install lua-cjson)", 2) end
  return cjson.decode(s)
end

return M
