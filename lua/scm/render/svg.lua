--- scm.render.svg: small inline SVG charts (no scripts, no fonts to
-- fetch), for the HTML pages.

local M = {}

local function esc(s)
  return (tostring(s):gsub("[&<>\"]", { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;" }))
end
M.escape = esc

local PALETTE = { "#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085",
                  "#7f8c8d", "#b7950b", "#2c3e50", "#e84393" }
M.palette = PALETTE

local SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %d %d" ' ..
  'width="%d" height="%d" role="img"'

local function fmt(x) return ("%.1f"):format(x) end

local function nice_max(v)
  if v <= 0 then return 1 end
  local p = 10 ^ math.floor(math.log(v, 10))
  for _, m in ipairs({ 1, 2, 2.5, 5, 10 }) do
    if m * p >= v then return m * p end
  end
  return 10 * p
end

--- A line and dot plot over an ordered axis (documents by date).
-- @param opts { labels = { "2012", ... } (x axis), series = { { name,
--   values = { ... } } }, title, y_label, width = 720, height = 260 }
--   a zero is drawn as a hollow dot, so absences show
function M.plot(opts)
  local W, H = opts.width or 720, opts.height or 260
  local left, right, top, bottom = 48, 16, opts.title and 28 or 12, 46
  local labels, series = opts.labels or {}, opts.series or {}
  local n = #labels
  local maxv = 0
  for _, s in ipairs(series) do
    for _, v in ipairs(s.values) do if v > maxv then maxv = v end end
  end
  maxv = nice_max(maxv)
  local pw, ph = W - left - right, H - top - bottom
  local function x(i) return left + (n <= 1 and pw / 2 or (i - 1) * pw / (n - 1)) end
  local function y(v) return top + ph - v / maxv * ph end
  local o = {}
  o[#o + 1] = (SVG_OPEN .. '%s>')
    :format(W, H, W, H, opts.title and (' aria-label="' .. esc(opts.title) .. '"') or "")
  if opts.title then
    o[#o + 1] = ('<text x="%d" y="16" class="t">%s</text>'):format(left, esc(opts.title))
  end
  for k = 0, 4 do
    local v = maxv * k / 4
    o[#o + 1] = ('<line x1="%d" x2="%d" y1="%s" y2="%s" class="grid"/>'):format(left, W - right, fmt(y(v)), fmt(y(v)))
    o[#o + 1] = ('<text x="%d" y="%s" class="ax" text-anchor="end">%s</text>'):format(left - 6, fmt(y(v) + 4),
      esc(v == math.floor(v) and ("%d"):format(v) or ("%.1f"):format(v)))
  end
  local step = math.max(1, math.ceil(n / 12))
  for i, l in ipairs(labels) do
    if (i - 1) % step == 0 or i == n then
      o[#o + 1] = ('<text x="%s" y="%d" class="ax" text-anchor="middle">%s</text>')
        :format(fmt(x(i)), H - bottom + 16, esc(l))
    end
  end
  if opts.y_label then
    o[#o + 1] = ('<text x="12" y="%s" class="ax" transform="rotate(-90 12 %s)" text-anchor="middle">%s</text>')
      :format(fmt(top + ph / 2), fmt(top + ph / 2), esc(opts.y_label))
  end
  for si, s in ipairs(series) do
    local color = PALETTE[(si - 1) % #PALETTE + 1]
    local pts = {}
    for i, v in ipairs(s.values) do pts[#pts + 1] = fmt(x(i)) .. "," .. fmt(y(v)) end
    if #pts > 1 then
      o[#o + 1] = ('<polyline points="%s" fill="none" stroke="%s" stroke-width="1.5"/>')
        :format(table.concat(pts, " "), color)
    end
    for i, v in ipairs(s.values) do
      o[#o + 1] = ('<circle cx="%s" cy="%s" r="3.5" fill="%s" stroke="%s"><title>%s %s: %s</title></circle>')
        :format(fmt(x(i)), fmt(y(v)), v > 0 and color or "#fff", color, esc(s.name), esc(labels[i] or i), esc(v))
    end
  end
  -- legend
  local lx = left
  for si, s in ipairs(series) do
    local color = PALETTE[(si - 1) % #PALETTE + 1]
    o[#o + 1] = ('<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d" class="ax">%s</text>')
      :format(lx, H - 16, color, lx + 14, H - 7, esc(s.name))
    lx = lx + 24 + 7 * #tostring(s.name)
  end
  o[#o + 1] = "</svg>"
  return table.concat(o)
end

--- Horizontal bars, one or two values per label (e.g. old and new).
-- @param opts { items = { { label, value [, value2] } }, names = { "old",
--   "new" }, title, width = 560 }
function M.bars(opts)
  local items = opts.items or {}
  local two = false
  local maxv = 0
  for _, it in ipairs(items) do
    if it[3] then two = true end
    maxv = math.max(maxv, it[2] or 0, it[3] or 0)
  end
  maxv = nice_max(maxv)
  local W = opts.width or 560
  local row = two and 26 or 18
  local left, top = 150, opts.title and 26 or 6
  local H = top + #items * row + (two and 24 or 8)
  local pw = W - left - 40
  local o = {}
  o[#o + 1] = (SVG_OPEN .. ">")
    :format(W, H, W, H)
  if opts.title then o[#o + 1] = ('<text x="4" y="16" class="t">%s</text>'):format(esc(opts.title)) end
  for k, it in ipairs(items) do
    local y0 = top + (k - 1) * row
    o[#o + 1] = ('<text x="%d" y="%d" class="ax" text-anchor="end">%s</text>'):format(left - 6, y0 + 12, esc(it[1]))
    local vals = two and { it[2] or 0, it[3] or 0 } or { it[2] or 0 }
    for vi, v in ipairs(vals) do
      local h = two and 10 or 12
      local yy = y0 + (vi - 1) * 11 + 2
      o[#o + 1] = ('<rect x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s</title></rect>')
        :format(left, yy, fmt(v / maxv * pw), h, PALETTE[vi], esc(it[1]), esc(v))
      o[#o + 1] = ('<text x="%s" y="%d" class="ax">%s</text>'):format(fmt(left + v / maxv * pw + 4), yy + h - 1, esc(v))
    end
  end
  if two and opts.names then
    for vi, name in ipairs(opts.names) do
      local lx = left + (vi - 1) * 90
      o[#o + 1] = ('<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d" class="ax">%s</text>')
        :format(lx, H - 14, PALETTE[vi], lx + 14, H - 5, esc(name))
    end
  end
  o[#o + 1] = "</svg>"
  return table.concat(o)
end

--- A thin stacked bar of shares: { { label, value, color? } }.
function M.stack(parts, width)
  width = width or 560
  local total = 0
  for _, p in ipairs(parts) do total = total + p[2] end
  if total <= 0 then total = 1 end
  local o = { (SVG_OPEN .. ">"):format(width, 38, width, 38) }
  local x = 0
  for k, p in ipairs(parts) do
    local w = p[2] / total * width
    o[#o + 1] = ('<rect x="%s" y="0" width="%s" height="16" fill="%s"><title>%s: %s</title></rect>')
      :format(fmt(x), fmt(w), p[3] or PALETTE[k], esc(p[1]), esc(p[2]))
    o[#o + 1] = ('<rect x="%d" y="24" width="10" height="10" fill="%s"/><text x="%d" y="33" class="ax">%s</text>')
      :format((k - 1) * 140, p[3] or PALETTE[k], (k - 1) * 140 + 14, esc(p[1] .. " " .. p[2]))
    x = x + w
  end
  o[#o + 1] = "</svg>"
  return table.concat(o)
end

return M
