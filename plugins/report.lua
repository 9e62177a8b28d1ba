--- report: one HTML page for a communiqué against its predecessor —
-- header facts, people, acts, new and dropped phrases, the redline and
-- charts.  This is what `make demo` produces.
--
--    scm run report scm44-2012.txt scm45-2013.txt -o report.html

local M = {
  name = "report",
  summary = "One HTML page for a communiqué against its predecessor: facts, people, acts, phrases, redline.",
  epilog = "Example: scm run report scm44-2012.txt scm45-2013.txt -o report.html",
  arguments = {
    { "old", "The predecessor (a text file)." },
    { "new", "The communiqué to report on (a text file)." },
  },
  options = {
    { "--phrases", "How many new and dropped phrases to list.", default = "15", convert = "integer" },
  },
  formats = { "html", "json" },
}

local compare = require "scm.plugins.compare"
local keyness = require "scm.plugins.keyness"

--- Phrases (2 and 3 words, no stop word at either end) with counts.
function M.phrases(doc)
  local counts = {}
  local stop = keyness.stopwords
  for s in doc:sentences() do
    local ws = keyness.words(s.text)
    for n = 2, 3 do
      for k = 1, #ws - n + 1 do
        if not stop[ws[k]] and not stop[ws[k + n - 1]] then
          local p = table.concat(ws, " ", k, k + n - 1)
          counts[p] = (counts[p] or 0) + 1
        end
      end
    end
  end
  return counts
end

-- Phrases of a not in b, most frequent first; a 2-word phrase inside a
-- listed 3-word one with the same count adds nothing and is left out.
local function fresh(a, b, top)
  local list = {}
  for p, n in pairs(a) do
    if not b[p] then list[#list + 1] = { phrase = p, count = n } end
  end
  table.sort(list, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    local nx, ny = select(2, x.phrase:gsub(" ", "")), select(2, y.phrase:gsub(" ", ""))
    if nx ~= ny then return nx > ny end
    return x.phrase < y.phrase
  end)
  local out = {}
  for _, e in ipairs(list) do
    local covered = false
    for _, o in ipairs(out) do
      if o.count == e.count and o.phrase:find(e.phrase, 1, true) then covered = true break end
    end
    if not covered then out[#out + 1] = e end
    if #out >= top then break end
  end
  return out
end

local function people(doc)
  local out = {}
  for p in doc:people() do
    out[#out + 1] = { name = p.name, title = p.title, party = p.party, mentions = p.mentions and #p.mentions or 0 }
  end
  return out
end

local function acts(doc)
  local out = {}
  for a in doc:acts() do
    out[#out + 1] = { sentence = a.sentence, actors = table.concat(a.actors or {}, " + "), verb = a.verb,
      class = a.class, negated = a.negated or false, clause = a.clause and a.clause.text or "" }
  end
  return out
end

local function classes(list)
  local c = {}
  for _, a in ipairs(list) do c[a.class or "-"] = (c[a.class or "-"] or 0) + 1 end
  return c
end

--- The report's data.
function M.report(old, new, opts)
  opts = opts or {}
  local r = compare.compare(old, new)
  local new_acts, old_acts = acts(new), acts(old)
  local pn, po = M.phrases(new), M.phrases(old)
  local m = new.meeting
  return {
    facts = { title = new.title, kind = new.kind, date = new.date, place = new.place, name = new.name,
              meeting = m and { series = m.series, number = m.number, name = m.name, parties = m.parties } or nil,
              predecessor = { name = old.name, date = old.date, title = old.title },
              paragraphs = new:count("paragraphs"), sentences = new:count("sentences"),
              words = new:count("words") },
    people = people(new),
    acts = new_acts,
    act_classes = { old = classes(old_acts), new = classes(new_acts) },
    phrases = { new = fresh(pn, po, opts.phrases or 15), dropped = fresh(po, pn, opts.phrases or 15) },
    compare = r,
  }
end

function M.run(ctx, args)
  local old, new = ctx.read(args.old), ctx.read(args.new)
  return M.report(old, new, { phrases = args.phrases })
end

function M.html(d, ctx)
  local H, svg = ctx.render.html, ctx.render.svg
  local f = d.facts
  local m = f.meeting
  local facts = H.facts({
    { "Title", f.title }, { "Kind", f.kind }, { "Date", f.date }, { "Place", f.place },
    { "Meeting", m and table.concat({ m.series or "", m.number and ("no. " .. m.number) or "",
                                      m.name and ("(" .. m.name .. ")") or "" }, " ") },
    { "Parties", m and m.parties and table.concat(m.parties, ", ") },
    { "Size", ("%d paragraphs, %d sentences, %d words"):format(f.paragraphs, f.sentences, f.words) },
    { "Compared with", ("%s (%s)"):format(f.predecessor.name or "?", f.predecessor.date or "undated") },
  })
  local ppl = {}
  for _, p in ipairs(d.people) do ppl[#ppl + 1] = { p.name, p.title, p.party, p.mentions } end
  local is_new = {}
  for _, a in ipairs(d.compare.acts and d.compare.acts.new or {}) do
    is_new[a.sentence .. "\0" .. (a.verb or "") .. "\0" .. a.clause] = true
  end
  local act_rows = {}
  for _, a in ipairs(d.acts) do
    local new = is_new[a.sentence .. "\0" .. (a.verb or "") .. "\0" .. a.clause]
    act_rows[#act_rows + 1] = { a.sentence, a.actors, (a.negated and "not " or "") .. (a.verb or ""), a.class,
      new and { html = '<span class="tag added">new</span>' } or "", a.clause }
  end
  local dropped_rows = {}
  for _, a in ipairs(d.compare.acts and d.compare.acts.dropped or {}) do
    dropped_rows[#dropped_rows + 1] = { a.sentence, a.actors, a.verb, a.class, a.clause }
  end
  local cls, items = {}, {}
  for c in pairs(d.act_classes.old) do cls[c] = true end
  for c in pairs(d.act_classes.new) do cls[c] = true end
  for c in pairs(cls) do items[#items + 1] = { c, d.act_classes.old[c] or 0, d.act_classes.new[c] or 0 } end
  table.sort(items, function(a, b) return a[1] < b[1] end)
  local chart = svg.bars({ items = items, names = { "predecessor", "this document" }, title = "Acts by class" })
  local function phrase_rows(l)
    local rows = {}
    for _, p in ipairs(l) do rows[#rows + 1] = { p.phrase, p.count } end
    return rows
  end
  local inline, sbs = compare.html_sections(d.compare, H)
  local body = table.concat({
    H.section("facts", "Header facts", facts),
    compare.summary_html(d.compare, H, svg),
    H.section("people", "People", H.table({ "name", "title", "party", "mentions#" }, ppl)),
    H.section("acts", "Acts", chart .. H.table({ "sentence#", "who", "verb", "class", "", "what" }, act_rows) ..
      (#dropped_rows > 0 and ("<h3>Acts of the predecessor not found here</h3>" ..
        H.table({ "sentence#", "who", "verb", "class", "what" }, dropped_rows)) or "")),
    H.section("phrases", "New and dropped phrases",
      '<div class="figures"><div><h3>New</h3>' .. H.table({ "phrase", "count#" }, phrase_rows(d.phrases.new)) ..
      '</div><div><h3>Dropped</h3>' .. H.table({ "phrase", "count#" }, phrase_rows(d.phrases.dropped)) ..
      "</div></div>"),
    inline, sbs,
  })
  return H.page({ title = f.title and (f.title .. (f.date and (", " .. f.date) or "")) or (f.name or "Report"),
    subtitle = ("%s against %s"):format(f.name or "?", f.predecessor.name or "?"),
    body = body, generator = "scm run report" })
end

M.render = { html = M.html }

return M
