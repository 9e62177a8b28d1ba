--- timeline: dated events and references mentioned in a corpus, in
-- order, each with its sentence and source document.
--
--    scm run timeline alliance.db --from 2010 --to 2015
--    scm run timeline docs/*.txt -f html -o timeline.html

local M = {
  name = "timeline",
  summary = "Dated events and references mentioned in the corpus, in order, with sentence and source.",
  description = "Events are the dates the documents mention (a document's own date line is left out\n" ..
    "unless --all); references (other meetings, resolutions, agreements) follow, by the\n" ..
    "date of the document that mentions them.",
  epilog = "Example: scm run timeline alliance.db --from 2010 --to 2015",
  arguments = { { "inputs", "A corpus file, or communiqué files.", args = "+" } },
  options = {
    { "--from", "Only events on or after this date (2010, 2010-06, 2010-06-01)." },
    { "--to", "Only events on or before this date (inclusive at its precision)." },
    { "--series", "Only documents of this meeting series." },
    { "--all", "Keep each document's own date and relative dates (last month).", flag = true },
    { "--no-references", "Leave out references to meetings, resolutions and documents.", flag = true },
  },
}

local EVENTS = [[
SELECT t.iso, t.precision, t.relative, t.text AS mention, t.start, d.name, d.date AS doc_date,
       s.position AS sentence, s.text AS sentence_text
FROM dates t
JOIN documents d ON d.doc_id = t.doc_id
JOIN sentences s ON s.doc_id = t.doc_id AND t.start BETWEEN s.start AND s.stop
WHERE d.current = 1 %s
ORDER BY t.iso, d.date, d.doc_id, t.position]]

local REFS = [[
SELECT r.kind, r.series, r.numbers, r.text AS mention, d.name, d.date AS doc_date,
       s.position AS sentence, s.text AS sentence_text
FROM refs r
JOIN documents d ON d.doc_id = r.doc_id
JOIN sentences s ON s.doc_id = r.doc_id AND r.start BETWEEN s.start AND s.stop
WHERE d.current = 1 %s
ORDER BY d.date, d.doc_id, r.position]]

--- The timeline.
-- @param f { from, to, series, all, references = true }
-- @return { events = { { date, precision, mention, document, doc_date,
--   sentence, text } }, references = { { kind, mention, document,
--   doc_date, sentence, text } } }
function M.timeline(corpus, f)
  f = f or {}
  local w, params = {}, {}
  if f.series then
    w[#w + 1] = "d.series = :series COLLATE NOCASE"
    params.series = f.series
  end
  local doc_where = #w > 0 and ("AND " .. table.concat(w, " AND ")) or ""
  if f.from then
    w[#w + 1] = "t.iso >= :from"
    params.from = f.from
  end
  if f.to then
    w[#w + 1] = "substr(t.iso, 1, length(:to)) <= :to"
    params.to = f.to
  end
  if not f.all then
    w[#w + 1] = "t.relative = 0 AND NOT (t.iso = d.date AND s.position = 1)"
  end
  local out = { events = {}, references = {} }
  for r in corpus:sql(EVENTS:format(#w > 0 and ("AND " .. table.concat(w, " AND ")) or ""), params) do
    out.events[#out.events + 1] = {
      date = r.iso, precision = r.precision, relative = r.relative == 1, mention = r.mention,
      document = r.name, doc_date = r.doc_date, sentence = r.sentence, text = r.sentence_text,
    }
  end
  if f.references ~= false then
    local rp = { series = params.series }
    local rw = {}
    if f.from then
      rw[#rw + 1] = "d.date >= :from"
      rp.from = f.from
    end
    if f.to then
      rw[#rw + 1] = "substr(d.date, 1, length(:to)) <= :to"
      rp.to = f.to
    end
    local extra = doc_where .. (#rw > 0 and (" AND " .. table.concat(rw, " AND ")) or "")
    for r in corpus:sql(REFS:format(extra), rp) do
      out.references[#out.references + 1] = {
        kind = r.kind, series = r.series, numbers = r.numbers, mention = r.mention,
        document = r.name, doc_date = r.doc_date, sentence = r.sentence, text = r.sentence_text,
      }
    end
  end
  return out
end

function M.run(ctx, args)
  local corpus = ctx.corpus(args.inputs)
  local r = M.timeline(corpus, { from = args.from, to = args.to, series = args.series, all = args.all,
                                 references = not args.no_references })
  corpus:close()
  return r
end

M.columns = { "date", "precision", "what", "mention", "document", "doc_date", "sentence", "text" }

function M.rows(r)
  local rows = {}
  for _, e in ipairs(r.events) do
    rows[#rows + 1] = { e.date, e.precision, "date", e.mention, e.document, e.doc_date, e.sentence, e.text }
  end
  for _, e in ipairs(r.references) do
    rows[#rows + 1] = { e.doc_date, "mentioned", e.kind, e.mention, e.document, e.doc_date, e.sentence, e.text }
  end
  return rows
end

function M.csv(r, ctx) return ctx.render.csv.table(M.columns, M.rows(r)) end

function M.text(r, ctx)
  local T = ctx.render.text
  local ev = {}
  for _, e in ipairs(r.events) do ev[#ev + 1] = { e.date, e.mention, e.document, e.text } end
  local out = T.table({ "date", "as written", "in", "sentence" }, ev,
    { color = ctx.color, max = { nil, 24, 30, 70 } })
  if #r.references > 0 then
    local refs = {}
    for _, e in ipairs(r.references) do refs[#refs + 1] = { e.doc_date, e.kind, e.mention, e.document } end
    out = out .. "\n" .. T.table({ "mentioned", "kind", "reference", "in" }, refs,
      { color = ctx.color, max = { nil, nil, 50, 36 } })
  end
  return out
end

function M.html(r, ctx)
  local H = ctx.render.html
  local ev = {}
  for _, e in ipairs(r.events) do ev[#ev + 1] = { e.date, e.mention, e.document, e.text } end
  local refs = {}
  for _, e in ipairs(r.references) do refs[#refs + 1] = { e.doc_date, e.kind, e.mention, e.document, e.text } end
  local body = H.section("events", "Dated events", H.table({ "date", "as written", "document", "sentence" }, ev)) ..
    H.section("references", "References", H.table({ "mentioned", "kind", "reference", "document", "sentence" }, refs))
  return H.page({ title = "Timeline", subtitle = ("%d dated events, %d references"):format(#r.events, #r.references),
                  body = body, generator = "scm run timeline" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
