--- keyness: what a document (or a year) says more than the rest of the
-- corpus.
--
--    scm run keyness alliance.db --document scm44-2012.txt
--    scm run keyness alliance.db --year 2023 --top 30 --bigrams
--
-- Log-likelihood (G², Dunning 1993) says how sure the difference is; the
-- effect size is Hardie's Log Ratio (log2 of the ratio of relative
-- frequencies, 0.5 added to zero counts), which says how big it is.
-- Sentences are streamed from corpus:sentences(): only the counts are kept.

local M = {
  name = "keyness",
  summary = "What a document or a year says more than the rest: log-likelihood (G²) and Log Ratio.",
  description = "Terms are lower-cased words; with --bigrams also pairs of words in a sentence,\n" ..
    "neither a stop word.  Stop words are left out (a built-in English list, or\n" ..
    "--stopwords FILE with one word a line; --stopwords none keeps them all).",
  epilog = "Example: scm run keyness alliance.db --document scm44-2012.txt --top 20",
  arguments = { { "inputs", "A corpus file, or communiqué files.", args = "+" } },
  options = {
    { "--document -d", "The target: one document (its name)." },
    { "--year -y", "The target: every document of this year." },
    { "--series", "Only documents of this meeting series (target and reference)." },
    { "--top -n", "How many terms.", default = "25", convert = "integer" },
    { "--min", "Least count in the target.", default = "2", convert = "integer" },
    { "--bigrams", "Count word pairs too.", flag = true },
    { "--stopwords", "A file of stop words (one a line), or 'none'." },
    { "--negative", "Also list what the target says less than the rest.", flag = true },
  },
}

M.stopwords = {}
for w in ([[a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just me
more most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your s t
shall may must upon within without toward towards per via]]):gmatch("%S+") do
  M.stopwords[w] = true
end

--- G² for a term: a in the target of size c, b in the reference of size d.
function M.g2(a, b, c, d)
  local e1 = c * (a + b) / (c + d)
  local e2 = d * (a + b) / (c + d)
  local g = 0
  if a > 0 then g = g + a * math.log(a / e1) end
  if b > 0 then g = g + b * math.log(b / e2) end
  return 2 * g
end

--- Log Ratio: log2 of the relative frequencies' ratio (0.5 for a zero).
function M.log_ratio(a, b, c, d)
  local fa = (a == 0 and 0.5 or a) / c
  local fb = (b == 0 and 0.5 or b) / d
  return math.log(fa / fb, 2)
end

local function words_of(text)
  local out = {}
  for w in text:lower():gmatch("[%w\128-\255][%w\128-\255'%-]*") do
    w = w:gsub("['%-]+$", ""):gsub("'s$", "")
    if #w > 1 and not w:match("^%d+$") then out[#out + 1] = w end
  end
  return out
end
M.words = words_of

--- Keyness of a target against the rest.
-- @param corpus an open Corpus
-- @param opts { document = name | year = 2023, series, stopwords = set,
--   bigrams = bool, min = 2, top = 25, negative = bool }
-- @return { target, reference = { documents, words }, target_words,
--   terms = { { term, kind, target, reference, g2, log_ratio } },
--   negative = {...} }
function M.keyness(corpus, opts)
  local stop = opts.stopwords or M.stopwords
  local is_target
  if opts.document then
    is_target = function(doc) return doc.name == opts.document end
  elseif opts.year then
    local y = tostring(opts.year)
    is_target = function(doc) return doc.date and doc.date:sub(1, #y) == y end
  else
    error("keyness needs a target: a document or a year", 0)
  end
  local counts = { {}, {} } -- [1] target, [2] reference: term -> n
  local size = { 0, 0 }
  local docs = { {}, {} }
  for s in corpus:sentences({ series = opts.series }) do
    local side = is_target(s.document) and 1 or 2
    docs[side][s.document.id] = true
    local c = counts[side]
    local ws = words_of(s.text)
    for k, w in ipairs(ws) do
      size[side] = size[side] + 1
      if not stop[w] then c[w] = (c[w] or 0) + 1 end
      if opts.bigrams and k > 1 then
        local p = ws[k - 1]
        if not stop[p] and not stop[w] then
          local bg = p .. " " .. w
          c[bg] = (c[bg] or 0) + 1
        end
      end
    end
  end
  local ndocs = { 0, 0 }
  for side = 1, 2 do for _ in pairs(docs[side]) do ndocs[side] = ndocs[side] + 1 end end
  if ndocs[1] == 0 then error("the target matches no document", 0) end
  if ndocs[2] == 0 then error("nothing to compare with: the target is the whole corpus", 0) end
  local min = opts.min or 2
  local pos, neg = {}, {}
  local seen = {}
  local function consider(term, a, b)
    local g = M.g2(a, b, size[1], size[2])
    local lr = M.log_ratio(a, b, size[1], size[2])
    local t = { term = term, kind = term:find(" ", 1, true) and "bigram" or "word", target = a, reference = b,
                g2 = math.floor(g * 100 + 0.5) / 100, log_ratio = math.floor(lr * 100 + 0.5) / 100,
                target_per_1000 = math.floor(a / size[1] * 1e5 + 0.5) / 100,
                reference_per_1000 = math.floor(b / size[2] * 1e5 + 0.5) / 100 }
    if lr > 0 and a >= min then
      pos[#pos + 1] = t
    elseif lr < 0 and b >= min then
      neg[#neg + 1] = t
    end
  end
  for term, a in pairs(counts[1]) do
    seen[term] = true
    consider(term, a, counts[2][term] or 0)
  end
  if opts.negative then
    for term, b in pairs(counts[2]) do
      if not seen[term] then consider(term, 0, b) end
    end
  end
  local function order(x, y)
    if x.g2 ~= y.g2 then return x.g2 > y.g2 end
    return x.term < y.term
  end
  table.sort(pos, order)
  table.sort(neg, order)
  local top = opts.top or 25
  local function cut(l)
    local out = {}
    for k = 1, math.min(top, #l) do out[k] = l[k] end
    return out
  end
  return {
    target = opts.document or tostring(opts.year),
    target_documents = ndocs[1], target_words = size[1],
    reference = { documents = ndocs[2], words = size[2] },
    terms = cut(pos), negative = opts.negative and cut(neg) or {},
  }
end

local function read_stopwords(path)
  if path == "none" then return {} end
  local f, err = io.open(path, "rb")
  if not f then error(err, 0) end
  local set = {}
  for line in f:lines() do
    local w = line:match("^%s*([^#%s]+)")
    if w then set[w:lower()] = true end
  end
  f:close()
  return set
end

function M.run(ctx, args)
  if not args.document and not args.year then error("give a target: --document NAME or --year YYYY", 0) end
  local corpus = ctx.corpus(args.inputs)
  local ok, r = pcall(M.keyness, corpus, {
    document = args.document, year = args.year, series = args.series, bigrams = args.bigrams,
    min = args.min, top = args.top, negative = args.negative,
    stopwords = args.stopwords and read_stopwords(args.stopwords) or nil,
  })
  corpus:close()
  if not ok then error(r, 0) end
  return r
end

M.columns = { "term", "kind", "direction", "target", "reference", "target_per_1000", "reference_per_1000",
              "g2", "log_ratio" }

function M.rows(r)
  local rows = {}
  for _, t in ipairs(r.terms) do
    rows[#rows + 1] = { t.term, t.kind, "more", t.target, t.reference, t.target_per_1000, t.reference_per_1000,
                        t.g2, t.log_ratio }
  end
  for _, t in ipairs(r.negative) do
    rows[#rows + 1] = { t.term, t.kind, "less", t.target, t.reference, t.target_per_1000, t.reference_per_1000,
                        t.g2, t.log_ratio }
  end
  return rows
end

function M.csv(r, ctx) return ctx.render.csv.table(M.columns, M.rows(r)) end

function M.text(r, ctx)
  local T = ctx.render.text
  local head = ("%s (%d words) against %d other documents (%d words)\n\n"):format(r.target, r.target_words,
    r.reference.documents, r.reference.words)
  local rows = {}
  for _, row in ipairs(M.rows(r)) do
    rows[#rows + 1] = { row[1], row[3], row[4], row[5], row[8], row[9] }
  end
  return head .. T.table({ "term", "says", "here", "rest", "G2", "LogRatio" }, rows, { color = ctx.color })
end

function M.html(r, ctx)
  local H, svg = ctx.render.html, ctx.render.svg
  local items = {}
  for k = 1, math.min(15, #r.terms) do items[k] = { r.terms[k].term, r.terms[k].g2 } end
  local body = H.section("chart", "Key terms", svg.bars({ items = items, title = "G² (top 15)" })) ..
    H.section("terms", "Terms", H.table({ "term", "kind", "says", "here#", "rest#", "here /1000#", "rest /1000#",
      "G²#", "Log Ratio#" }, M.rows(r)))
  return H.page({ title = "Keyness: " .. r.target,
    subtitle = ("%d words against %d documents (%d words)"):format(r.target_words, r.reference.documents,
      r.reference.words),
    body = body, generator = "scm run keyness" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
