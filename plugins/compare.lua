--- compare: a redline of two communiqués.
--
--    scm run compare scm44-2012.txt scm45-2013.txt
--    scm run compare old.txt new.txt --format html -o redline.html
--
-- Written against the public API only (scm.read, scm.diff, scm.render.*):
-- copy it to ~/.config/scm/plugins/ under another name to make your own.

local M = {
  name = "compare",
  summary = "Redline two communiqués: sentences changed word by word, added, dropped, paragraphs moved.",
  description = "Sentences are aligned by similarity wherever they moved; each aligned pair gets a\n" ..
    "word-level diff; paragraphs that changed place are reported as moved, not as\n" ..
    "dropped and added.  'unchanged' is the share of the new text's words kept from the old.",
  epilog = "Example: scm run compare scm44-2012.txt scm45-2013.txt --format html -o redline.html",
  arguments = {
    { "old", "The earlier communiqué (a text file)." },
    { "new", "The later communiqué (a text file)." },
  },
  options = {
    { "--threshold", "Least similarity (0-1) for two sentences to count as one, changed.",
      default = "0.5", convert = "number" },
    { "--changes", "Text output: show only what changed (with the paragraph numbers).", flag = true },
  },
}

--- The comparison as plain data (see scm.diff.documents).
function M.compare(old_doc, new_doc, opts)
  local r = require("scm.diff").documents(old_doc, new_doc, opts)
  return r
end

function M.run(ctx, args)
  if args.threshold and (args.threshold <= 0 or args.threshold > 1) then
    error("--threshold must be between 0 and 1", 0)
  end
  local old, new = ctx.read(args.old), ctx.read(args.new)
  local r = M.compare(old, new, { threshold = args.threshold })
  r.options = { changes = args.changes or false, threshold = args.threshold }
  return r
end

---------------------------------------------------------------------------
-- Text: a unified redline

local function label(info)
  return ("%s (%s)"):format(info.name or info.title or "?", info.date or "undated")
end

--- One sentence's redline, plain ([-gone-] {+new+}) or coloured.
function M.redline_text(item, style, color)
  if item.kind == "same" then return item.new.text end
  if item.kind == "added" then
    return color and style("green", item.new.text) or ("{+" .. item.new.text .. "+}")
  end
  if item.kind == "dropped" then
    return color and style("red", style("strike", item.old.text)) or ("[-" .. item.old.text .. "-]")
  end
  local parts = {}
  for _, o in ipairs(item.ops) do
    local lead, body = o.text:match("^(%s*)(.*)$")
    if o.op == "=" then
      parts[#parts + 1] = o.text
    elseif o.op == "-" then
      parts[#parts + 1] = lead .. (color and style("red", style("strike", body)) or ("[-" .. body .. "-]"))
    else
      parts[#parts + 1] = lead .. (color and style("green", body) or ("{+" .. body .. "+}"))
    end
  end
  return table.concat(parts)
end

local function summary_lines(r, T)
  local s = r.summary
  local lines = {
    ("%s → %s"):format(label(r.old), label(r.new)),
    ("unchanged %s of the new text; sentences: %d same, %d changed, %d added, %d dropped"):format(
      T.percent(s.unchanged), s.same, s.changed, s.added, s.dropped),
    ("words: %d kept, %d inserted, %d deleted; paragraphs: %d moved, %d added, %d dropped"):format(
      s.words_kept, s.words_inserted, s.words_deleted, s.paragraphs_moved, s.paragraphs_added,
      s.paragraphs_dropped),
  }
  if s.acts_new then
    lines[#lines + 1] = ("acts: %d new, %d dropped"):format(s.acts_new, s.acts_dropped)
  end
  return lines
end

function M.text(r, ctx)
  local T, style, color = ctx.render.text, ctx.style, ctx.color
  local out = {}
  for i, l in ipairs(summary_lines(r, T)) do out[#out + 1] = (i == 1 and style("bold", l) or l) .. "\n" end
  if not color then out[#out + 1] = "legend: [-deleted-] {+inserted+}\n" end
  local moved_to = {}
  for _, m in ipairs(r.moves) do moved_to[m.new] = m.old end
  local para
  for _, it in ipairs(r.items) do
    local p = it.new and ("¶" .. it.new.paragraph) or ("old ¶" .. it.old.paragraph)
    local show = not r.options.changes or it.kind ~= "same" or it.moved
    if show and p ~= para then
      para = p
      local note = ""
      if it.new and moved_to[it.new.paragraph] then
        note = "  " .. style("blue", ("(moved from old ¶%d)"):format(moved_to[it.new.paragraph]))
      elseif not it.new then
        note = "  " .. style("red", "(dropped)")
      end
      out[#out + 1] = "\n" .. style("bold", p) .. note .. "\n"
    end
    if show then
      local mark = ({ same = "  ", changed = "~ ", added = "+ ", dropped = "- " })[it.kind]
      local body = M.redline_text(it, style, color)
      out[#out + 1] = mark .. T.wrap(body, 76, ""):gsub("\n", "\n  ") .. "\n"
    end
  end
  return table.concat(out)
end

---------------------------------------------------------------------------
-- CSV: one row per sentence

M.columns = { "kind", "old_sentence", "new_sentence", "old_paragraph", "new_paragraph", "moved",
              "similarity", "deleted", "inserted", "old_text", "new_text" }

function M.rows(r)
  local rows = {}
  for _, it in ipairs(r.items) do
    local del, ins = {}, {}
    for _, o in ipairs(it.ops or {}) do
      if o.op == "-" then del[#del + 1] = o.text:match("^%s*(.-)$") end
      if o.op == "+" then ins[#ins + 1] = o.text:match("^%s*(.-)$") end
    end
    rows[#rows + 1] = {
      it.kind, it.old and it.old.index, it.new and it.new.index,
      it.old and it.old.paragraph, it.new and it.new.paragraph, it.moved or false,
      it.similarity and tonumber(("%.3f"):format(it.similarity)),
      table.concat(del, " | "), table.concat(ins, " | "),
      it.old and it.old.text, it.new and it.new.text,
    }
  end
  return rows
end

function M.csv(r, ctx)
  return ctx.render.csv.table(M.columns, M.rows(r))
end

---------------------------------------------------------------------------
-- HTML: figures, inline redline and side-by-side view

local function inline_html(it, esc)
  if it.kind == "same" then return esc(it.new.text) end
  if it.kind == "added" then return "<ins>" .. esc(it.new.text) .. "</ins>" end
  if it.kind == "dropped" then return "<del>" .. esc(it.old.text) .. "</del>" end
  local parts = {}
  for _, o in ipairs(it.ops) do
    local lead, body = o.text:match("^(%s*)(.*)$")
    if o.op == "=" then
      parts[#parts + 1] = esc(o.text)
    elseif o.op == "-" then
      parts[#parts + 1] = lead .. "<del>" .. esc(body) .. "</del>"
    else
      parts[#parts + 1] = lead .. "<ins>" .. esc(body) .. "</ins>"
    end
  end
  return table.concat(parts)
end
M.inline_html = inline_html

local function side_html(it, side, esc)
  local s = it[side]
  if not s then return "" end
  if it.kind ~= "changed" then return esc(s.text) end
  local parts = {}
  for _, o in ipairs(it.ops) do
    local lead, body = o.text:match("^(%s*)(.*)$")
    if o.op == "=" then
      parts[#parts + 1] = esc(o.text)
    elseif o.op == "-" and side == "old" then
      parts[#parts + 1] = lead .. "<del>" .. esc(body) .. "</del>"
    elseif o.op == "+" and side == "new" then
      parts[#parts + 1] = lead .. "<ins>" .. esc(body) .. "</ins>"
    end
  end
  return table.concat(parts)
end

--- The redline sections (inline and side by side) as HTML, for pages
-- that embed them (the report plugin does).
function M.html_sections(r, H)
  local esc = H.escape
  local moved_to = {}
  for _, m in ipairs(r.moves) do moved_to[m.new] = m.old end
  -- inline: grouped into paragraphs of the new text (dropped ones where they were)
  local o, para, open = {}, nil, false
  for _, it in ipairs(r.items) do
    local key = it.new and ("n" .. it.new.paragraph) or ("o" .. it.old.paragraph)
    if key ~= para then
      if open then o[#o + 1] = "</p>\n" end
      para = key
      local cls, tag = "para", ""
      if it.new and moved_to[it.new.paragraph] then
        cls = cls .. " moved"
        tag = ('<span class="tag moved">moved from ¶%d</span>'):format(moved_to[it.new.paragraph])
      elseif not it.new then
        cls = cls .. " dropped"
        tag = ('<span class="tag dropped">dropped ¶%d</span>'):format(it.old.paragraph)
      elseif it.kind == "added" then
        cls = cls .. " added"
      end
      o[#o + 1] = ('<p class="%s" data-para="%s">%s'):format(cls, esc(key), tag)
      open = true
    else
      o[#o + 1] = " "
    end
    o[#o + 1] = ('<span class="s %s">%s</span>'):format(it.kind, inline_html(it, esc))
  end
  if open then o[#o + 1] = "</p>\n" end
  local inline = table.concat(o)
  -- side by side
  local rows = {}
  for _, it in ipairs(r.items) do
    local tag = ""
    if it.kind ~= "same" then tag = ('<span class="tag %s">%s</span>'):format(it.kind, it.kind) end
    if it.moved then tag = tag .. '<span class="tag moved">moved</span>' end
    rows[#rows + 1] = ('<tr class="%s"><td>%s%s</td><td>%s</td></tr>\n'):format(it.kind,
      it.old and ('<span class="muted">' .. it.old.paragraph .. "." .. it.old.index .. "</span> ") or "",
      side_html(it, "old", esc),
      (it.new and ('<span class="muted">' .. it.new.paragraph .. "." .. it.new.index .. "</span> ") or "") ..
        tag .. side_html(it, "new", esc))
  end
  local sbs = ('<table class="sbs"><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>\n%s</tbody></table>')
    :format(esc(label(r.old)), esc(label(r.new)), table.concat(rows))
  return H.section("redline", "Redline", '<p class="note">Deleted words are <del>struck</del>, ' ..
      'inserted words <ins>marked</ins>; paragraphs that changed place are tagged.</p>\n' .. inline),
    H.section("side-by-side", "Side by side", sbs)
end

function M.summary_html(r, H, svg)
  local s = r.summary
  local figs = {
    { "of the new text unchanged", ("%.1f%%"):format(s.unchanged * 100) },
    { "sentences changed", s.changed }, { "sentences added", s.added },
    { "sentences dropped", s.dropped }, { "paragraphs moved", s.paragraphs_moved },
  }
  if s.acts_new then
    figs[#figs + 1] = { "new acts", s.acts_new }
    figs[#figs + 1] = { "dropped acts", s.acts_dropped }
  end
  local moves = ""
  if #r.moves > 0 then
    local rows = {}
    for _, m in ipairs(r.moves) do rows[#rows + 1] = { m.old, m.new, m.sentences, m.words } end
    moves = "<h3>Paragraphs moved</h3>" ..
      H.table({ "old ¶#", "new ¶#", "sentences#", "words#" }, rows)
  end
  return H.section("summary", "Summary", H.figures(figs) ..
    svg.stack({ { "same", s.same, "#9aa5b1" }, { "changed", s.changed, "#b7950b" },
                { "added", s.added, "#2e8b57" }, { "dropped", s.dropped, "#c0392b" } }) .. moves)
end

function M.html(r, ctx)
  local H, svg = ctx.render.html, ctx.render.svg
  local inline, sbs = M.html_sections(r, H)
  local body = M.summary_html(r, H, svg) .. inline .. sbs
  return H.page({ title = ("Redline: %s → %s"):format(r.old.name or "old", r.new.name or "new"),
                  subtitle = ("%s  →  %s"):format(label(r.old), label(r.new)),
                  body = body, generator = "scm run compare" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
