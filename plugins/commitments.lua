--- commitments: the speech-acts table across a series — who committed,
-- reaffirmed, urged, condemned what, by year — and which acts are new in
-- a document or dropped from it, against the one before it.
--
--    scm run commitments alliance.db --class commitment
--    scm run commitments alliance.db --actor Minister --changes -f csv
--
-- Acts come from the corpus (corpus:sql over the acts table); a document
-- is compared with the previous one in date order (same series when the
-- documents have one), keeping only that one in memory.

local M = {
  name = "commitments",
  summary = "Who committed, reaffirmed, urged, condemned what, by year; new and dropped acts.",
  description = "An act is 'new' when the previous document of the series has no act with the same\n" ..
    "verb and a clause at least --similar alike; 'dropped' acts are the previous\n" ..
    "document's acts with no such match.",
  epilog = "Example: scm run commitments alliance.db --class commitment --changes",
  arguments = { { "inputs", "A corpus file, or communiqué files.", args = "+" } },
  options = {
    { "--actor", "Only acts by this actor (Secretary, Minister, ROK, ...)." },
    { "--class", "Only this class: commitment, reaffirmation, directive, evaluation, acknowledgement, ..." },
    { "--verb", "Only this verb (lemma: reaffirm, urge, ...)." },
    { "--series", "Only documents of this meeting series." },
    { "--from", "Only documents dated on or after this date." },
    { "--to", "Only documents dated on or before this date." },
    { "--similar", "Least clause similarity (0-1) for an act to continue one before.",
      default = "0.6", convert = "number" },
    { "--changes", "Only new and dropped acts.", flag = true },
  },
}

local SQL = [[
SELECT a.act_id, a.position, a.lemma, a.class, a.negated, a.actors, a.subject, a.verb, a.clause,
       d.doc_id, d.name, d.date, d.year, d.series, s.position AS sentence, s.text AS sentence_text
FROM acts a
JOIN documents d ON d.doc_id = a.doc_id
JOIN sentences s ON s.sentence_id = a.sentence_id
WHERE d.current = 1 %s
ORDER BY d.date, d.doc_id, a.position]]

local function where(f, params)
  local w = {}
  if f.class then
    w[#w + 1] = "a.class = :class COLLATE NOCASE"
    params.class = f.class
  end
  if f.verb then
    w[#w + 1] = "(a.lemma = :verb COLLATE NOCASE OR a.verb = :verb COLLATE NOCASE)"
    params.verb = f.verb
  end
  if f.actor then
    w[#w + 1] = "(EXISTS (SELECT 1 FROM act_actors aa WHERE aa.act_id = a.act_id AND aa.actor = :actor " ..
      "COLLATE NOCASE) OR instr(lower(a.subject), lower(:actor)) > 0)"
    params.actor = f.actor
  end
  if f.series then
    w[#w + 1] = "d.series = :series COLLATE NOCASE"
    params.series = f.series
  end
  if f.from then
    w[#w + 1] = "d.date >= :from"
    params.from = f.from
  end
  if f.to then
    w[#w + 1] = "substr(d.date, 1, length(:to)) <= :to"
    params.to = f.to
  end
  return #w > 0 and ("AND " .. table.concat(w, " AND ")) or ""
end

--- The acts table with new/dropped marks.
-- @param corpus an open Corpus
-- @param f { actor, class, verb, series, from, to, similar = 0.6 }
-- @return { acts = { { document, date, year, actors, verb, class, negated,
--   clause, sentence, status = "new" | "continued" | "first" } },
--   dropped = { ... same fields, dropped_in = name }, documents = { { name,
--   date, acts, new, dropped } }, by_year = { { year, class, acts } } }
function M.commitments(corpus, f)
  f = f or {}
  local diff = require "scm.diff"
  local params = {}
  local sql = SQL:format(where(f, params))
  local out = { acts = {}, dropped = {}, documents = {}, by_year = {} }
  local prev_by_series = {} -- series -> acts of the last document seen
  local cur, cur_doc
  local year_class = {}
  local function finish()
    if not cur_doc then return end
    local key = cur_doc.series or ""
    local prev = prev_by_series[key]
    local summary = { document = cur_doc.name, date = cur_doc.date, acts = #cur, new = 0, dropped = 0 }
    if prev then
      local fresh, dropped = diff.acts(prev.acts, cur, f.similar)
      local is_new = {}
      for _, a in ipairs(fresh) do is_new[a] = true end
      for _, a in ipairs(cur) do
        a.status = is_new[a] and "new" or "continued"
        if is_new[a] then summary.new = summary.new + 1 end
      end
      for _, a in ipairs(dropped) do
        local d = {}
        for k, v in pairs(a) do d[k] = v end
        d.status, d.dropped_in, d.dropped_date = "dropped", cur_doc.name, cur_doc.date
        out.dropped[#out.dropped + 1] = d
        summary.dropped = summary.dropped + 1
      end
    else
      for _, a in ipairs(cur) do a.status = "first" end
    end
    out.documents[#out.documents + 1] = summary
    for _, a in ipairs(cur) do out.acts[#out.acts + 1] = a end
    prev_by_series[key] = { acts = cur }
  end
  for r in corpus:sql(sql, params) do
    if not cur_doc or cur_doc.id ~= r.doc_id then
      finish()
      cur, cur_doc = {}, { id = r.doc_id, name = r.name, date = r.date, series = r.series }
    end
    local a = {
      document = r.name, date = r.date, year = r.year, actors = r.actors or r.subject or "",
      verb = r.lemma or r.verb, class = r.class, negated = r.negated == 1,
      clause = r.clause or "", sentence = r.sentence, sentence_text = r.sentence_text,
    }
    cur[#cur + 1] = a
    local k = (r.year or "-") .. "\0" .. (r.class or "-")
    year_class[k] = (year_class[k] or 0) + 1
  end
  finish()
  for k, n in pairs(year_class) do
    local y, c = k:match("^(.-)%z(.*)$")
    out.by_year[#out.by_year + 1] = { year = tonumber(y) or y, class = c, acts = n }
  end
  table.sort(out.by_year, function(a, b)
    if tostring(a.year) ~= tostring(b.year) then return tostring(a.year) < tostring(b.year) end
    return a.class < b.class
  end)
  return out
end

function M.run(ctx, args)
  if args.similar and (args.similar <= 0 or args.similar > 1) then
    error("--similar must be between 0 and 1", 0)
  end
  local corpus = ctx.corpus(args.inputs)
  local r = M.commitments(corpus, { actor = args.actor, class = args.class, verb = args.verb,
    series = args.series, from = args.from, to = args.to, similar = args.similar })
  corpus:close()
  r.changes_only = args.changes or false
  return r
end

---------------------------------------------------------------------------
-- Output

M.columns = { "date", "document", "status", "actors", "verb", "class", "negated", "clause" }

function M.rows(r)
  local rows = {}
  for _, a in ipairs(r.acts) do
    if not r.changes_only or a.status == "new" then
      rows[#rows + 1] = { a.date, a.document, a.status, a.actors, (a.negated and "not " or "") .. (a.verb or ""),
                          a.class, a.negated, a.clause }
    end
  end
  for _, a in ipairs(r.dropped) do
    rows[#rows + 1] = { a.dropped_date, a.dropped_in, "dropped", a.actors,
                        (a.negated and "not " or "") .. (a.verb or ""), a.class, a.negated, a.clause }
  end
  return rows
end

function M.csv(r, ctx) return ctx.render.csv.table(M.columns, M.rows(r)) end

function M.text(r, ctx)
  local T, style = ctx.render.text, ctx.style
  local rows = {}
  for _, row in ipairs(M.rows(r)) do
    local status = row[3]
    if status == "new" then
      status = style("green", status)
    elseif status == "dropped" then
      status = style("red", status)
    end
    rows[#rows + 1] = { row[1], status, row[4], row[5], row[6], row[8] }
  end
  local docs = {}
  for _, d in ipairs(r.documents) do docs[#docs + 1] = { d.date, d.document, d.acts, d.new, d.dropped } end
  return T.table({ "date", "document", "acts", "new", "dropped" }, docs, { color = ctx.color }) .. "\n" ..
    T.table({ "date", "status", "who", "verb", "class", "what" }, rows,
      { color = ctx.color, max = { nil, nil, 24, 22, 15, 60 } })
end

function M.html(r, ctx)
  local H, svg = ctx.render.html, ctx.render.svg
  local years, classes, counts = {}, {}, {}
  for _, y in ipairs(r.by_year) do
    local ys = tostring(y.year)
    if not counts[ys] then
      counts[ys] = {}
      years[#years + 1] = ys
    end
    if not classes[y.class] then
      classes[y.class] = true
      classes[#classes + 1] = y.class
    end
    counts[ys][y.class] = y.acts
  end
  local series = {}
  for _, c in ipairs(classes) do
    local vals = {}
    for i, y in ipairs(years) do vals[i] = counts[y][c] or 0 end
    series[#series + 1] = { name = c, values = vals }
  end
  local docs = {}
  for _, d in ipairs(r.documents) do docs[#docs + 1] = { d.date, d.document, d.acts, d.new, d.dropped } end
  local body = H.section("by-year", "Acts by year and class",
      svg.plot({ labels = years, series = series, title = "Acts by class" })) ..
    H.section("documents", "Documents", H.table({ "date", "document", "acts#", "new#", "dropped#" }, docs)) ..
    H.section("acts", "Acts", H.table({ "date", "document", "status", "who", "verb", "class", "negated", "what" },
      M.rows(r)))
  return H.page({ title = "Commitments", subtitle = ("%d acts in %d documents"):format(#r.acts, #r.documents),
                  body = body, generator = "scm run commitments" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
