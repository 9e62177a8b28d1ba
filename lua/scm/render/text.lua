--- scm.render.text: aligned text for a terminal.
--
-- Colour only when writing to a terminal and NO_COLOR is unset (and TERM
-- is not "dumb"); everything else is plain text that pipes and diffs well.

local M = {}

--- Should output to `file` be coloured?  (`force` true/false overrides.)
function M.use_color(file, force)
  if force ~= nil then return force end
  local nc = os.getenv("NO_COLOR")
  if nc and nc ~= "" then return false end
  if os.getenv("TERM") == "dumb" then return false end
  local ok, core = pcall(require, "scm.core")
  if not ok or not core.isatty then return false end
  file = file or io.stdout
  if io.type(file) ~= "file" then return false end
  return core.isatty(file) and true or false
end

local CODES = {
  bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34",
  cyan = "36", strike = "9", underline = "4",
}

--- A styler: style("red", "text") -> coloured text when enabled.
function M.styler(enabled)
  return function(name, s)
    if not enabled or not CODES[name] then return s end
    return "\27[" .. CODES[name] .. "m" .. s .. "\27[0m"
  end
end

--- Display width in characters (UTF-8), ignoring colour escapes.
function M.width(s)
  s = s:gsub("\27%[[%d;]*m", "")
  return utf8.len(s) or #s
end

--- Cut `s` to `n` characters, with an ellipsis.
function M.clip(s, n)
  s = tostring(s or ""):gsub("%s+", " ")
  if (utf8.len(s) or #s) <= n then return s end
  local cut = utf8.offset(s, n) or n
  return s:sub(1, cut - 1) .. "…"
end

local function cell(v)
  if v == nil then return "" end
  if type(v) == "boolean" then return v and "yes" or "" end
  if math.type(v) == "float" then
    if v == math.floor(v) and math.abs(v) < 1e15 then return ("%d"):format(v) end
    return ("%.2f"):format(v)
  end
  return (tostring(v):gsub("[\r\n\t]", " "))
end
M.cell = cell

--- An aligned table.  Numbers align right.
-- @param columns list of column names (or { name, key } pairs)
-- @param rows list of rows: arrays in column order, or tables by key
-- @param opts { color = bool, max = { [i] = width } }
-- @return the text (lines ending in "\n")
function M.table(columns, rows, opts)
  opts = opts or {}
  local style = M.styler(opts.color)
  local names, keys = {}, {}
  for i, c in ipairs(columns) do
    if type(c) == "table" then names[i], keys[i] = c[1], c[2] else names[i], keys[i] = c, c end
  end
  local cells, widths, numeric = {}, {}, {}
  for i, n in ipairs(names) do widths[i], numeric[i] = M.width(n), true end
  for r, row in ipairs(rows) do
    cells[r] = {}
    for i = 1, #names do
      local v = row[i]
      if v == nil then v = row[keys[i]] end
      local s = cell(v)
      if opts.max and opts.max[i] then s = M.clip(s, opts.max[i]) end
      cells[r][i] = s
      if v ~= nil and type(v) ~= "number" and s ~= "" then numeric[i] = false end
      local w = M.width(s)
      if w > widths[i] then widths[i] = w end
    end
  end
  local out = {}
  local function line(vals, header)
    local parts = {}
    for i = 1, #names do
      local s, pad = vals[i], widths[i] - M.width(vals[i])
      if numeric[i] then
        s = (" "):rep(pad) .. s
      elseif i < #names then
        s = s .. (" "):rep(pad)
      end
      parts[i] = s
    end
    local l = table.concat(parts, "  "):gsub("%s+$", "")
    if header then l = style("bold", l) end
    out[#out + 1] = l .. "\n"
  end
  line(names, true)
  for _, c in ipairs(cells) do line(c) end
  return table.concat(out)
end

--- Wrap `text` at `width` characters, each line prefixed by `indent`.
function M.wrap(text, width, indent)
  indent = indent or ""
  local lines, line, lw = {}, "", 0
  for word in text:gmatch("%S+") do
    local w = M.width(word)
    if lw > 0 and lw + 1 + w > width then
      lines[#lines + 1] = indent .. line
      line, lw = word, w
    elseif lw > 0 then
      line, lw = line .. " " .. word, lw + 1 + w
    else
      line, lw = word, w
    end
  end
  if lw > 0 then lines[#lines + 1] = indent .. line end
  return table.concat(lines, "\n")
end

local BARS = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" }

--- A sparkline of numbers; zeros show as a dot so gaps stand out.
function M.sparkline(values)
  local max = 0
  for _, v in ipairs(values) do if v > max then max = v end end
  local out = {}
  for i, v in ipairs(values) do
    if v <= 0 or max == 0 then
      out[i] = "·"
    else
      out[i] = BARS[math.max(1, math.ceil(v / max * #BARS))]
    end
  end
  return table.concat(out)
end

--- A horizontal bar of `width` cells for value/max.
function M.bar(value, max, width)
  if max <= 0 then return "" end
  local n = math.floor(value / max * width + 0.5)
  return ("█"):rep(n)
end

--- A percentage: 0.8188 -> "81.9%".
function M.percent(x)
  return ("%.1f%%"):format((x or 0) * 100)
end

return M
