--- glossary: the acronyms of a corpus with their long forms, the first
-- document that defined each, and the variants of the long form.
--
--    scm run glossary alliance.db
--    scm run glossary docs/*.txt --undefined -f csv

local M = {
  name = "glossary",
  summary = "Acronyms across a corpus: long forms, first document that defined each, variants.",
  epilog = "Example: scm run glossary alliance.db --format csv",
  arguments = { { "inputs", "A corpus file, or communiqué files.", args = "+" } },
  options = {
    { "--undefined", "Also list acronyms used but never defined.", flag = true },
    { "--series", "Only documents of this meeting series." },
  },
}

-- Long forms that differ only in case, dashes or spacing are one variant.
local function variant_key(s)
  return (s:lower():gsub("[%s%-–—]+", " "):gsub("^ ", ""):gsub(" $", ""))
end

--- Build the glossary.
-- @return { entries = { { short, long, defined_in, defined_date, documents,
--   uses, variants = { { long, count, first } } } }, undefined = { { short,
--   documents, uses, first } } }
function M.glossary(corpus, f)
  f = f or {}
  local params, extra = {}, ""
  if f.series then
    extra = "AND d.series = :series COLLATE NOCASE"
    params.series = f.series
  end
  local sql = "SELECT a.short, a.long, a.defined, a.mentions, d.doc_id, d.name, d.date " ..
    "FROM acronyms a JOIN documents d ON d.doc_id = a.doc_id WHERE d.current = 1 " .. extra ..
    " ORDER BY d.date, d.doc_id, a.position"
  local by, order = {}, {}
  for r in corpus:sql(sql, params) do
    local e = by[r.short]
    if not e then
      e = { short = r.short, docs = {}, documents = 0, uses = 0, variants = {}, vindex = {} }
      by[r.short] = e
      order[#order + 1] = r.short
    end
    if not e.docs[r.doc_id] then
      e.docs[r.doc_id] = true
      e.documents = e.documents + 1
    end
    e.uses = e.uses + (r.mentions or 0)
    e.first_seen = e.first_seen or r.name
    if r.defined == 1 and r.long then
      if not e.defined_in then e.defined_in, e.defined_date, e.long = r.name, r.date, r.long end
      local k = variant_key(r.long)
      local v = e.vindex[k]
      if not v then
        v = { long = r.long, count = 0, first = r.name, date = r.date }
        e.vindex[k] = v
        e.variants[#e.variants + 1] = v
      end
      v.count = v.count + 1
    end
  end
  table.sort(order)
  local out = { entries = {}, undefined = {} }
  for _, short in ipairs(order) do
    local e = by[short]
    if e.long then
      out.entries[#out.entries + 1] = { short = short, long = e.long, defined_in = e.defined_in,
        defined_date = e.defined_date, documents = e.documents, uses = e.uses, variants = e.variants }
    else
      out.undefined[#out.undefined + 1] = { short = short, documents = e.documents, uses = e.uses,
        first = e.first_seen }
    end
  end
  return out
end

function M.run(ctx, args)
  local corpus = ctx.corpus(args.inputs)
  local r = M.glossary(corpus, { series = args.series })
  corpus:close()
  r.show_undefined = args.undefined or false
  return r
end

local function variants_text(e)
  if #e.variants <= 1 then return "" end
  local t = {}
  for k = 2, #e.variants do t[#t + 1] = e.variants[k].long end
  return table.concat(t, "; ")
end

M.columns = { "short", "long", "defined_in", "defined_date", "documents", "uses", "variants" }

function M.rows(r)
  local rows = {}
  for _, e in ipairs(r.entries) do
    rows[#rows + 1] = { e.short, e.long, e.defined_in, e.defined_date, e.documents, e.uses, variants_text(e) }
  end
  if r.show_undefined then
    for _, e in ipairs(r.undefined) do
      rows[#rows + 1] = { e.short, "", "", "", e.documents, e.uses, "" }
    end
  end
  return rows
end

function M.text(r, ctx)
  local T = ctx.render.text
  local rows = {}
  for _, row in ipairs(M.rows(r)) do
    rows[#rows + 1] = { row[1], row[2] ~= "" and row[2] or "(undefined)", row[4] ~= "" and row[4] or "-",
                        row[3], row[5], row[7] }
  end
  return T.table({ "short", "long form", "first defined", "in", "docs", "variants" }, rows,
    { color = ctx.color, max = { 12, 50, nil, 36, nil, 50 } })
end

function M.csv(r, ctx) return ctx.render.csv.table(M.columns, M.rows(r)) end

function M.html(r, ctx)
  local H = ctx.render.html
  local body = H.section("glossary", "Glossary",
    H.table({ "short", "long form", "first defined in", "date", "documents#", "uses#", "variants" }, M.rows(r)))
  return H.page({ title = "Glossary", subtitle = ("%d acronyms defined"):format(#r.entries),
                  body = body, generator = "scm run glossary" })
end

M.render = { text = M.text, csv = M.csv, html = M.html }

return M
