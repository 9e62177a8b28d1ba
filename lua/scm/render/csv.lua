--- scm.render.csv: RFC 4180 CSV (CRLF line ends, fields with a comma,
-- quote or line break quoted, quotes doubled).

local M = {}

--- One field.
function M.field(v)
  if v == nil then return "" end
  if type(v) == "boolean" then v = v and "true" or "false" end
  if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 1e15 then
    v = ("%d"):format(v)
  end
  local s = tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

--- A whole table: a header line, then one line per row.
-- @param columns list of column names; rows are arrays in that order or
--   tables keyed by the column names
-- @return the CSV text
function M.table(columns, rows)
  local out = {}
  local function line(vals)
    local t = {}
    for i = 1, #columns do t[i] = M.field(vals[i]) end
    out[#out + 1] = table.concat(t, ",") .. "\r\n"
  end
  line(columns)
  for _, row in ipairs(rows) do
    local vals = {}
    for i, c in ipairs(columns) do
      local v = row[i]
      if v == nil then v = row[c] end
      vals[i] = v
    end
    line(vals)
  end
  return table.concat(out)
end

return M
