--- track: phrases or patterns across a series of communiqués.
--
--    scm run track alliance.db -p "extended deterrence" -p "nuclear umbrella"
--    scm run track alliance.db -g "denucleari*" -r "\bnuclear\s+\w+" -f html -o track.html
--
-- Per document: occurrences and rate per 1,000 words; per pattern: first
-- and last appearance, and the gaps (documents between the first and last
-- where it is absent).  Uses the corpus API only (documents, sql).

local M = {
  name = "track",
  summary = "Track phrases, globs or regexes across a series: counts, rate per 1,000 words, first/last, gaps.",
  description = "Inputs: a corpus file (scm ingest) or communiqué files (ingested in memory).\n" ..
    "--phrase is an FTS phrase (case and punctuation loose: \"U.S.-ROK\" finds \"U.S. – ROK\");\n" ..
    "--glob is a word pattern with * and ? (case-insensitive); --regex is PCRE2.",
  epilog = "Example: scm run track alliance.db -p 'extended deterrence' -g 'denucleari*'",
  arguments = { { "inputs", "A corpus file, or communiqué files.", args = "+" } },
  options = {
    { "--phrase -p", "A phrase to count (repeatable).", count = "*" },
    { "--glob -g", "A word pattern such as denucleari* (repeatable).", count = "*" },
    { "--regex -r", "A PCRE2 pattern (repeatable).", count = "*" },
    { "--series", "Only documents of this meeting series (SCM, MCM, ...)." },
    { "--from", "Only documents dated on or after this date." },
    { "--to", "Only documents dated on or before this date." },
  },
}

--- A glob (* any word characters, ? one) as a case-insensitive PCRE2
-- pattern anchored at word edges.
function M.glob_to_regex(g)
  local out = {}
  for c in g:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    if c == "*" then
      out[#out + 1] = "[\\w\\-]*"
    elseif c == "?" then
      out[#out + 1] = "\\w"
    elseif c:match("^%s$") then
      out[#out + 1] = "\\s+"
    elseif c:match("^[%w\128-\255]") then
      out[#out + 1] = c
    else
      out[#out + 1] = "\\" .. c
    end
  end
  return "(?i)\\b" .. table.concat(out) .. "\\b"
end

local function fts_phrase(p)
  return '"' .. p:gsub('"', '""') .. '"'
end

-- Occurrences of one pattern, per doc_id: { [doc_id] = { n, first = sentence } }.
local function count(corpus, pat)
  local hits = {}
  local function add(doc_id, n, sentence)
    local h = hits[doc_id]
    if not h then
      h = { n = 0, sentence = sentence }
      hits[doc_id] = h
    end
    h.n = h.n + n
  end
  if pat.kind == "phrase" then
    local sql = "SELECT s.doc_id, s.text, highlight(sentences_fts, 0, char(1), char(2)) AS marked" ..
      " FROM sentences_fts JOIN sentences s ON s.sentence_id = sentences_fts.rowid" ..
      " WHERE sentences_fts MATCH :q ORDER BY s.doc_id, s.position"
    for r in corpus:sql(sql, { q = fts_phrase(pat.pattern) }) do
      local _, n = r.marked:gsub("\1", "")
      add(r.doc_id, n, r.text)
    end
  else
    local sql = "SELECT s.doc_id, s.text, regexp_spans(:re, s.text) AS spans FROM sentences s" ..
      " WHERE regexp(:re, s.text) ORDER BY s.doc_id, s.position"
    for r in corpus:sql(sql, { re = pat.regex }) do
      local _, n = (r.spans or ""):gsub("%d+%-%d+", "")
      add(r.doc_id, n, r.text)
    end
  end
  return hits
end

--- Track patterns in a corpus.
-- @param corpus an open Corpus
-- @param patterns list of { kind = "phrase" | "glob" | "regex", pattern }
-- @param filters { series, from, to }
-- @return { documents = { { name, date, words } }, terms = { { pattern,
--   kind, counts, rates, total, present, first, last, gaps } } }
function M.track(corpus, patterns, filters)
  filters = filters or {}
  local docs = {}
  for d in corpus:documents({ series = filters.series, from = filters.from, to = filters.to }) do
    docs[#docs + 1] = { id = d.doc_id, name = d.name, date = d.date, words = d.n_tokens or 0 }
  end
  local terms = {}
  for _, pat in ipairs(patterns) do
    if pat.kind == "glob" then pat.regex = M.glob_to_regex(pat.pattern) end
    if pat.kind == "regex" then pat.regex = pat.pattern end
    local hits = count(corpus, pat)
    local t = { pattern = pat.pattern, kind = pat.kind, counts = {}, rates = {}, total = 0,
                present = 0, gaps = {} }
    local first, last
    for i, d in ipairs(docs) do
      local h = hits[d.id]
      local n = h and h.n or 0
      t.counts[i] = n
      t.rates[i] = d.words > 0 and math.floor(n * 1000 / d.words * 100 + 0.5) / 100 or 0
      t.total = t.total + n
      if n > 0 then
        t.present = t.present + 1
        first = first or i
        last = i
      end
    end
    if first then
      t.first = { document = docs[first].name, date = docs[first].date, sentence = hits[docs[first].id].sentence }
      t.last = { document = docs[last].name, date = docs[last].date, sentence = hits[docs[last].id].sentence }
      for i = first, last do
        if t.counts[i] == 0 then t.gaps[#t.gaps + 1] = { document = docs[i].name, date = docs[i].date } end
      end
    end
    terms[#terms + 1] = t
  end
  for _, d in ipairs(docs) do d.id = nil end
  return { documents = docs, terms = terms }
end

function M.run(ctx, args)
  local patterns = {}
  for _, p in ipairs(args.phrase or {}) do patterns[#patterns + 1] = { kind = "phrase", pattern = p } end
  for _, p in ipairs(args.glob or {}) do patterns[#patterns + 1] = { kind = "glob", pattern = p } end
  for _, p in ipairs(args.regex or {}) do
    ctx.scm.regex(p) -- raises on a malformed pattern, before any work
    patterns[#patterns + 1] = { kind = "regex", pattern = p }
  end
  if #patterns == 0 then error("nothing to track: give --phrase, --glob or --regex", 0) end
  local corpus = ctx.corpus(args.inputs)
  local r = M.track(corpus, patterns, { series = args.series, from = args.from, to = args.to })
  corpus:close()
  return r
end

---------------------------------------------------------------------------
-- Output

local function when(x) return x and (x.date or x.document) or "-" end

local function gaps_text(t)
  local g = {}
  for _, x in ipairs(t.gaps) do g[#g + 1] = x.date or x.document end
  return table.concat(g, " ")
end

function M.text(r, ctx)
  local T = ctx.render.text
  local rows = {}
  for _, t in ipairs(r.terms) do
    rows[#rows + 1] = { t.pattern, t.total, ("%d/%d"):format(t.present, #r.documents),
      when(t.first), when(t.last), #t.gaps > 0 and gaps_text(t) or "-", T.sparkline(t.counts) }
  end
  local head = ("%d documents, %s → %s\n\n"):format(#r.documents,
    r.documents[1] and r.documents[1].date or "-", r.documents[#r.documents] and r.documents[#r.documents].date or "-")
  return head .. T.table({ "pattern", "total", "docs", "first", "last", "gaps", "by date" }, rows,
    { color = ctx.color, max = { 28, nil, nil, nil, nil, 40 } })
end

M.columns = { "pattern", "kind", "document", "date", "words", "count", "per_1000_words" }

function M.rows(r)
  local rows = {}
  for _, t in ipairs(r.terms) do
    for i, d in ipairs(r.documents) do
      rows[#rows + 1] = { t.pattern, t.kind, d.name, d.date, d.words, t.counts[i], t.rates[i] }
    end
  end
  return rows
end

function M.csv(r, ctx) return ctx.render.csv.table(M.columns, M.rows(r)) end

function M.html(r, ctx)
  local H, svg = ctx.render.html, ctx.render.svg
  local labels, series = {}, {}
  for i, d in ipairs(r.documents) do labels[i] = d.date or d.name end
  for _, t in ipairs(r.terms) do series[#series + 1] = { name = t.pattern, values = t.rates } end
  local chart = svg.plot({ labels = labels, series = series, title = "Rate per 1,000 words",
                           y_label = "per 1,000 words" })
  local rows = {}
  for _, t in ipairs(r.terms) do
    rows[#rows + 1] = { t.pattern, t.kind, t.total, ("%d of %d"):format(t.present, #r.documents),
      when(t.first), when(t.last), #t.gaps > 0 and gaps_text(t) or "none" }
  end
  local first = {}
  for _, t in ipairs(r.terms) do
    if t.first then
      first[#first + 1] = { t.pattern, t.first.date or t.first.document, t.first.sentence }
    end
  end
  local body = H.section("chart", "Over time", chart) ..
    H.section("patterns", "Patterns",
      H.table({ "pattern", "kind", "total#", "present in", "first", "last", "gaps" }, rows)) ..
    H.section("first-use", "First use", H.table({ "pattern", "date", "sentence" }, first)) ..
    H.section("counts", "Counts by document",
      H.table({ "pattern", "kind", "document", "date", "words#", "count#", "per 1,000#" }, M.rows(r)))
  return H.page({ title = "Phrase tracking", subtitle = ("%d documents"):format(#r.documents),
                  body = body, generator = "scm run track" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
