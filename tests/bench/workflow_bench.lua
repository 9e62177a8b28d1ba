-- make bench: the workflow targets.
--   compare two 15 KB communiqués in under 50 ms;
--   track 20 phrases across 1,000 documents in under 1 s.
-- Called by tests/bench/run.lua with the list of document paths.
local scm = require "scm"
require "scm.plugins"
local diff = require "scm.diff"
local track = require "scm.plugins.track"

local paths = ...
local function slurp(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function median(t)
  table.sort(t)
  return t[math.ceil(#t / 2)]
end

local function clock() return os.clock() end

-- 1. compare: the largest document against an edited copy of itself
-- (paragraphs moved, words changed, sentences dropped).
local biggest
for _, p in ipairs(paths) do
  local size = #slurp(p)
  if size <= 20000 and (not biggest or size > biggest.size) then biggest = { path = p, size = size } end
end
local old = assert(scm.read(biggest.path))
local paras = {}
for p in old:paragraphs() do paras[#paras + 1] = p.text end
local edited = {}
for i, t in ipairs(paras) do
  if i % 5 == 0 then t = t:gsub("%. [^.]+%.", ".", 1) end      -- drop a sentence
  if i % 3 == 0 then t = t:gsub("(%a+) (%a+)", "%2 %1", 2) end  -- reword
  edited[#edited + 1] = t
end
table.insert(edited, #edited, table.remove(edited, 3))           -- move a paragraph
local new_text = table.concat(edited, "\n\n") .. "\n"
local times, times_parse = {}, {}
local r
for _ = 1, 15 do
  local t0 = clock()
  local a, b = assert(scm.parse(slurp(biggest.path))), assert(scm.parse(new_text))
  local t1 = clock()
  r = diff.documents(a, b)
  local t2 = clock()
  times[#times + 1] = (t2 - t1) * 1000
  times_parse[#times_parse + 1] = (t2 - t0) * 1000
end
print(("compare: %s (%.1f KB) vs edited copy (%.1f KB): %.1f ms (%.1f ms with parsing both; target 50 ms)"):format(
  biggest.path:match("[^/]+$"), biggest.size / 1024, #new_text / 1024, median(times), median(times_parse)))
print(("compare: %d same, %d changed, %d added, %d dropped, %d paragraphs moved"):format(r.summary.same,
  r.summary.changed, r.summary.added, r.summary.dropped, r.summary.paragraphs_moved))

-- 2. track: 1,000 documents (the sample documents, each copy made unique
-- by a numbered closing line), 20 phrases.
local corpus = assert(scm.open(":memory:"))
local texts = {}
for i, p in ipairs(paths) do texts[i] = slurp(p) end
local t0 = clock()
for i = 1, 1000 do
  local base = texts[(i - 1) % #texts + 1]
  local rec, err = corpus:add(("doc%04d.txt"):format(i), base .. "\n\nCopy number " .. i .. " for the benchmark.\n")
  assert(rec, err)
end
local ingest = clock() - t0
local phrases = { "extended deterrence", "nuclear umbrella", "the Alliance", "North Korea", "denuclearization",
  "Secretary", "Minister", "reaffirmed", "the two sides", "security", "cooperation", "United States",
  "Republic of Korea", "joint statement", "peace and stability", "Indo-Pacific", "missile", "cyber",
  "climate", "human rights" }
local pats = {}
for i, p in ipairs(phrases) do pats[i] = { kind = "phrase", pattern = p } end
local tt = {}
local res
for _ = 1, 3 do
  local t1 = clock()
  res = track.track(corpus, pats)
  tt[#tt + 1] = clock() - t1
end
local total = 0
for _, t in ipairs(res.terms) do total = total + t.total end
print(("track: 20 phrases across %d documents: %.0f ms (target 1000 ms); %d occurrences; ingest took %.1f s"):format(
  #res.documents, median(tt) * 1000, total, ingest))
local g = { { kind = "glob", pattern = "denucleari*" }, { kind = "regex", pattern = "\\bnuclear\\s+\\w+" } }
local t2 = clock()
track.track(corpus, g)
print(("track: 1 glob + 1 regex across %d documents: %.0f ms"):format(#res.documents, (clock() - t2) * 1000))
corpus:close()
