--- scm.render.html: self-contained HTML pages (inline CSS and SVG, no
-- script, nothing fetched from the network).

local M = {}

--- Escape text for HTML element content and attribute values.
function M.escape(s)
  if s == nil then return "" end
  return (tostring(s):gsub("[&<>\"']", {
    ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;",
  }))
end
local esc = M.escape

M.css = [[
:root{--fg:#1b1f23;--muted:#5f6b76;--line:#d8dee4;--ins:#d7f5dd;--ins-fg:#05600f;
--del:#fde2e1;--del-fg:#8e1519;--mv:#e8eefc}
*{box-sizing:border-box}
body{font:15px/1.5 Georgia,"DejaVu Serif",serif;color:var(--fg);margin:0 auto;max-width:1180px;padding:24px}
h1{font-size:1.6em;margin:.2em 0}
h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid var(--line);padding-bottom:.2em}
h3{font-size:1em}
.muted,.note{color:var(--muted);font-size:.9em}
table{border-collapse:collapse;margin:.6em 0;font:13px/1.4 "DejaVu Sans",Arial,sans-serif}
th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.figures{display:flex;flex-wrap:wrap;gap:10px;margin:.8em 0}
.figure{border:1px solid var(--line);border-radius:6px;padding:8px 14px;
min-width:120px;font-family:"DejaVu Sans",Arial,sans-serif}
.figure b{display:block;font-size:1.5em}
.figure span{color:var(--muted);font-size:.8em}
ins{background:var(--ins);color:var(--ins-fg);text-decoration:none;border-radius:2px}
del{background:var(--del);color:var(--del-fg);border-radius:2px}
.para{margin:.5em 0;padding:.3em .6em;border-left:3px solid transparent}
.para.moved{border-left-color:#4a6fd4;background:var(--mv)}
.para.added{border-left-color:#2e8b57}.para.dropped{border-left-color:#c0392b}
.tag{font:11px "DejaVu Sans",Arial,sans-serif;color:#fff;
background:#5f6b76;border-radius:3px;padding:0 5px;margin-right:6px;vertical-align:1px}
.tag.moved{background:#4a6fd4}.tag.added{background:#2e8b57}
.tag.dropped{background:#c0392b}.tag.changed{background:#b7950b}
.sbs{width:100%;table-layout:fixed}.sbs td{width:50%;font:14px/1.5 Georgia,"DejaVu Serif",serif}
.sbs tr.same td{color:var(--muted)}
.s.added{background:var(--ins)}.s.dropped{background:var(--del);text-decoration:line-through}
nav a{margin-right:1em}
svg.chart{max-width:100%;height:auto;font:11px "DejaVu Sans",Arial,sans-serif}
svg .grid{stroke:#e5e8eb}svg .ax{fill:#5f6b76}svg .t{fill:#1b1f23;font-weight:bold}
.kwic{font-family:"DejaVu Sans Mono",monospace;font-size:12px}
footer{margin-top:3em;color:var(--muted);font-size:.8em}
]]

--- A whole page.
-- @param opts { title, body (HTML string), subtitle, generator }
function M.page(opts)
  return table.concat({
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    "<title>", esc(opts.title or "scm"), "</title>\n<style>", M.css, opts.css or "", "</style>\n</head>\n<body>\n",
    "<header><h1>", esc(opts.title or "scm"), "</h1>",
    opts.subtitle and ("<p class=\"muted\">" .. esc(opts.subtitle) .. "</p>") or "",
    "</header>\n<main>\n", opts.body or "", "\n</main>\n<footer>Made by ",
    esc(opts.generator or "scm"), ". Self-contained page: no scripts, nothing loaded from the network.</footer>\n",
    "</body>\n</html>\n",
  })
end

--- A section with an id (for the DOM checks and the table of contents).
function M.section(id, title, body)
  return ('<section id="%s">\n<h2>%s</h2>\n%s\n</section>\n'):format(esc(id), esc(title), body)
end

--- A table; cells are escaped unless given as { html = "..." }.
-- @param columns list of names; a name ending in "#" is numeric (right)
-- @param rows arrays of cell values
function M.table(columns, rows, opts)
  opts = opts or {}
  local o = { "<table", opts.class and (' class="' .. esc(opts.class) .. '"') or "", "><thead><tr>" }
  local numeric = {}
  for i, c in ipairs(columns) do
    local name = c
    if c:sub(-1) == "#" then
      numeric[i] = true
      name = c:sub(1, -2)
    end
    o[#o + 1] = numeric[i] and '<th class="num">' or "<th>"
    o[#o + 1] = esc(name) .. "</th>"
  end
  o[#o + 1] = "</tr></thead><tbody>\n"
  for _, row in ipairs(rows) do
    o[#o + 1] = "<tr>"
    for i = 1, #columns do
      local v = row[i]
      local s
      if type(v) == "table" then
        s = v.html
      elseif math.type(v) == "float" then
        s = esc(("%.2f"):format(v))
      else
        s = esc(v == nil and "" or v)
      end
      o[#o + 1] = (numeric[i] and '<td class="num">' or "<td>") .. s .. "</td>"
    end
    o[#o + 1] = "</tr>\n"
  end
  o[#o + 1] = "</tbody></table>\n"
  return table.concat(o)
end

--- Headline figures: { { label, value } }.
function M.figures(list)
  local o = { '<div class="figures">' }
  for _, f in ipairs(list) do
    o[#o + 1] = ('<div class="figure"><b>%s</b><span>%s</span></div>'):format(esc(f[2]), esc(f[1]))
  end
  o[#o + 1] = "</div>"
  return table.concat(o)
end

--- A definition list of facts: { { key, value } } (nil values skipped).
function M.facts(list)
  local o = { "<table class=\"facts\"><tbody>" }
  for _, f in ipairs(list) do
    if f[2] ~= nil and f[2] ~= "" then
      o[#o + 1] = ("<tr><th>%s</th><td>%s</td></tr>"):format(esc(f[1]), esc(f[2]))
    end
  end
  o[#o + 1] = "</tbody></table>"
  return table.concat(o)
end

return M
