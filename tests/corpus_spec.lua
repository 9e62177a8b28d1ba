-- Specs for scm.corpus: the SQLite store and every query path.
-- luacheck: no max line length
local scm = require "scm"
local corpus_mod = require "scm.corpus"
local helpers = require "tests.helpers"

local list = helpers.list

local DOCS = {
  ["scm44-2012.txt"] = [[
Joint Communiqué

The 44th U.S.-ROK Security Consultative Meeting

Washington, D.C., October 24, 2012

The 44th United States-Republic of Korea Security Consultative Meeting (SCM) was held in Washington, D.C. on October 24, 2012.

The Secretary and the Minister reaffirmed the commitment to provide extended deterrence for the ROK, using the full range of military capabilities, including the U.S. nuclear umbrella.

They urged North Korea to abandon all nuclear weapons and existing nuclear programs.
]],
  ["scm45-2013.txt"] = [[
Joint Communiqué

The 45th U.S.-ROK Security Consultative Meeting

Seoul, October 2, 2013

The 45th Security Consultative Meeting (SCM) was held in Seoul on October 2, 2013.

The Secretary and the Minister endorsed a tailored deterrence strategy against North Korean nuclear and other weapons of mass destruction threats.

The Minister welcomed the commitment of the United States to extended deterrence, which remains firm.
]],
  ["statement-2016.txt"] = [[
Joint Statement

Washington, D.C., June 7, 2016

The two sides noted progress on climate cooperation and trade.

They decided to meet again in Seoul in the coming year.
]],
}

local function fresh()
  local c = assert(scm.open(":memory:"))
  local names = {}
  for name in pairs(DOCS) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do assert(c:add(name, DOCS[name])) end
  return c
end

local tmpname = helpers.tmp_corpus_path
local cleanup = helpers.remove_corpus

local function count(c, sql, params)
  local r = c:sql(sql, params)()
  return r and r.n
end

describe("scm.open", function()
  it("is there as scm.open and scm.corpus.open", function()
    assert.is_function(scm.open)
    assert.is_function(corpus_mod.open)
  end)

  it("creates an in-memory corpus", function()
    local c <close> = assert(scm.open(":memory:"))
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM documents"))
  end)

  it("creates a file corpus in WAL mode with the schema version set", function()
    local path = tmpname()
    local c = assert(scm.open(path))
    assert.are.equal("wal", c:sql("PRAGMA journal_mode")().journal_mode)
    assert.are.equal(4, c:sql("PRAGMA user_version")().user_version)
    c:close()
    local again = assert(scm.open(path, { readonly = true }))
    assert.is_true(again:readonly())
    again:close()
    cleanup(path)
  end)

  it("returns nil and a message for a missing corpus opened read-only", function()
    local c, err = scm.open("/nonexistent/dir/x.db", { readonly = true })
    assert.is_nil(c)
    assert.matches("no such corpus", err)
  end)

  it("refuses a file that is not a SQLite database", function()
    local path = tmpname()
    local f = assert(io.open(path, "wb"))
    f:write(("this is not a database\n"):rep(200))
    f:close()
    local c, err = scm.open(path)
    assert.is_nil(c)
    assert.matches("not an scm corpus", err)
    cleanup(path)
  end)

  it("refuses a SQLite database made by another program", function()
    local path = tmpname()
    if not os.execute("sqlite3 " .. path .. " 'CREATE TABLE t(x)' 2>/dev/null") then
      pending("the sqlite3 command is not installed")
      return
    end
    local c, err = scm.open(path)
    assert.is_nil(c)
    assert.matches("not an scm corpus", err)
    cleanup(path)
  end)

  it("refuses a corpus from a newer schema", function()
    local path = tmpname()
    assert(scm.open(path)):close()
    if not os.execute("sqlite3 " .. path .. " 'PRAGMA user_version = 99' >/dev/null 2>&1") then
      pending("the sqlite3 command is not installed")
      cleanup(path)
      return
    end
    local c, err = scm.open(path)
    assert.is_nil(c)
    assert.matches("newer scm", err)
    cleanup(path)
  end)

  -- Schema 4 keeps acts' text as spans (act_rows) behind the view `acts`.
  local function ingest_fixtures(c)
    local names = {}
    for name in pairs(DOCS) do names[#names + 1] = name end
    table.sort(names)
    for _, name in ipairs(names) do assert(c:add(name, DOCS[name])) end
    local root = os.getenv("SCM_TEST_ROOT") or "."
    local p = io.popen('ls "' .. root .. '/tests/fixtures/"*.txt 2>/dev/null')
    local files = {}
    for f in p:lines() do files[#files + 1] = f end
    p:close()
    if #files > 0 then assert(c:ingest(files, { optimize = false })) end
  end
  local function all_acts(c)
    local out = {}
    for r in c:sql("SELECT * FROM acts ORDER BY act_id") do out[#out + 1] = r end
    return out
  end
  local SPAN_MISMATCH = [[
    SELECT count(*) AS n FROM acts a JOIN documents d ON d.doc_id = a.doc_id
    WHERE (a.%s_stop >= a.%s_start) IS NOT (a.%s IS NOT NULL)
       OR a.%s IS NOT CAST(substr(CAST(d.normalised AS BLOB), a.%s_start,
                                  a.%s_stop - a.%s_start + 1) AS TEXT)
          AND a.%s_stop >= a.%s_start]]

  it("gives acts' subject, verb and clause as the bytes of their spans", function()
    local c <close> = assert(scm.open(":memory:"))
    ingest_fixtures(c)
    assert.is_true(count(c, "SELECT count(*) AS n FROM acts") > 0)
    for _, col in ipairs({ "subject", "verb", "clause" }) do
      assert.are.equal(0, count(c, (SPAN_MISMATCH:gsub("%%s", col))), col)
    end
    -- the text is stored only where the span leaves the act's sentence
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM act_rows a JOIN sentences s " ..
      "ON s.sentence_id = a.sentence_id WHERE a.clause_text IS NOT NULL " ..
      "AND a.clause_start >= s.start AND a.clause_stop <= s.stop"))
    -- user SQL can still write acts
    local a = all_acts(c)[1]
    for _ in c:sql("UPDATE acts SET clause = 'changed', lemma = 'x' WHERE act_id = :id",
                   { id = a.act_id }, { write = true }) do end
    local r = c:sql("SELECT clause, lemma, verb FROM acts WHERE act_id = :id", { id = a.act_id })()
    assert.are.same({ "changed", "x", a.verb }, { r.clause, r.lemma, r.verb })
    for _ in c:sql("DELETE FROM acts WHERE act_id = :id", { id = a.act_id }, { write = true }) do end
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM act_actors WHERE act_id = :id", { id = a.act_id }))
    for _ in c:sql("INSERT INTO acts (doc_id, sentence_id, position, lemma, clause, clause_start, clause_stop) " ..
                   "VALUES (:d, :s, 999, 'y', 'z', 1, 1)", { d = a.doc_id, s = a.sentence_id },
                   { write = true }) do end
    assert.are.equal("z", c:sql("SELECT clause FROM acts WHERE position = 999")().clause)
  end)

  it("migrates a schema-3 corpus to 4 with acts unchanged", function()
    local path = tmpname()
    local c = assert(scm.open(path))
    ingest_fixtures(c)
    local before = all_acts(c)
    c:close()
    -- back to schema 3: acts a table with its text, the indexes of then
    local script = os.tmpname()
    local f = assert(io.open(script, "w"))
    f:write([[
DROP VIEW acts;
ALTER TABLE act_rows RENAME COLUMN subject_text TO subject;
ALTER TABLE act_rows RENAME COLUMN verb_text TO verb;
ALTER TABLE act_rows RENAME COLUMN clause_text TO clause;
UPDATE act_rows SET
  subject = iif(subject_stop >= subject_start, CAST(substr(CAST(d.normalised AS BLOB),
    subject_start, subject_stop - subject_start + 1) AS TEXT), NULL),
  verb = iif(verb_stop >= verb_start, CAST(substr(CAST(d.normalised AS BLOB),
    verb_start, verb_stop - verb_start + 1) AS TEXT), NULL),
  clause = iif(clause_stop >= clause_start, CAST(substr(CAST(d.normalised AS BLOB),
    clause_start, clause_stop - clause_start + 1) AS TEXT), NULL)
  FROM documents AS d WHERE d.doc_id = act_rows.doc_id;
ALTER TABLE act_rows RENAME TO acts;
CREATE INDEX acts_lemma ON acts (lemma);
CREATE INDEX acts_class ON acts (class);
CREATE INDEX act_actors_actor ON act_actors (actor);
CREATE INDEX acronyms_short ON acronyms (short);
PRAGMA user_version = 3;
]])
    f:close()
    local ok = os.execute("sqlite3 " .. path .. " < " .. script .. " >/dev/null 2>&1")
    os.remove(script)
    if not ok then
      pending("the sqlite3 command is not installed")
      cleanup(path)
      return
    end
    local old = assert(scm.open(path))
    assert.are.equal(4, old:sql("PRAGMA user_version")().user_version)
    assert.are.same(before, all_acts(old))
    assert.are.equal("ok", old:sql("PRAGMA integrity_check")().integrity_check)
    assert.is_nil(old:sql("PRAGMA foreign_key_check")())
    assert.is_true(count(old, "SELECT count(*) AS n FROM act_rows WHERE clause_text IS NULL") > 0)
    old:close()
    cleanup(path)
  end)

  it("raises for a wrong argument", function()
    assert.has_error(function() scm.open(42) end)
    assert.has_error(function() scm.open(":memory:", "ro") end)
  end)
end)

describe("corpus:add() and corpus:ingest()", function()
  it("stores a document with its paragraphs, sentences and text", function()
    local c <close> = assert(scm.open(":memory:"))
    local rec = assert(c:add("scm44-2012.txt", DOCS["scm44-2012.txt"]))
    assert.are.equal("new", rec.status)
    assert.are.equal(1, rec.version)
    assert.is_true(rec.sentences >= 3)
    assert.are.equal(32, #rec.hash)
    local d = c:sql("SELECT * FROM documents")()
    assert.are.equal("scm44-2012.txt", d.name)
    assert.are.equal(DOCS["scm44-2012.txt"], d.raw)
    assert.are.equal(rec.sentences, count(c, "SELECT count(*) AS n FROM sentences"))
    -- spans are 1-based, inclusive bytes of the normalised text
    for s in c:sql("SELECT s.text, span_text(d.normalised, s.start, s.stop) AS again " ..
                   "FROM sentences s JOIN documents d USING (doc_id)") do
      assert.are.equal(s.text, s.again)
    end
  end)

  it("treats the same bytes twice as a no-op", function()
    local c <close> = fresh()
    local before = count(c, "SELECT count(*) AS n FROM sentences")
    local rec = assert(c:add("scm44-2012.txt", DOCS["scm44-2012.txt"]))
    assert.are.equal("unchanged", rec.status)
    local dup = assert(c:add("copy.txt", DOCS["scm44-2012.txt"]))
    assert.are.equal("duplicate", dup.status)
    assert.are.equal("scm44-2012.txt", dup.same_as)
    assert.are.equal(before, count(c, "SELECT count(*) AS n FROM sentences"))
  end)

  it("stores changed bytes under a known name as a new version", function()
    local c <close> = fresh()
    local changed = DOCS["scm44-2012.txt"] .. "\nThey pledged to meet again.\n"
    local rec = assert(c:add("scm44-2012.txt", changed))
    assert.are.equal("version", rec.status)
    assert.are.equal(2, rec.version)
    local versions = list(c:documents { name = "scm44-2012.txt", all_versions = true })
    assert.are.equal(2, #versions)
    assert.is_false(versions[1].current)
    assert.is_true(versions[2].current)
    assert.are.equal(1, #list(c:documents { name = "scm44-2012.txt" }))
    -- searches see the current version only, unless asked
    assert.are.equal(1, #list(c:search("pledged")))
    assert.are.equal(1, #list(c:search('"nuclear umbrella"', { document = "scm44-2012.txt" })))
    assert.are.equal(2, #list(c:search('"nuclear umbrella"', { document = "scm44-2012.txt", all_versions = true })))
  end)

  it("reports bad input with its position and leaves the corpus as it was", function()
    local c <close> = fresh()
    local before = count(c, "SELECT count(*) AS n FROM sentences")
    local rec, err, pos = c:add("bad.txt", "Joint Statement\n\nGood start \255\254 then junk.\n")
    assert.is_nil(rec)
    assert.is_string(err)
    assert.is_number(pos)
    assert.are.equal(before, count(c, "SELECT count(*) AS n FROM sentences"))
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM documents WHERE name = 'bad.txt'"))
  end)

  it("ingests files, reporting each failure and going on", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir))
    local paths = {}
    for _, name in ipairs({ "scm44-2012.txt", "scm45-2013.txt" }) do
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write(DOCS[name])
      f:close()
      paths[#paths + 1] = dir .. "/" .. name
    end
    table.insert(paths, 2, dir .. "/missing.txt")
    local c <close> = assert(scm.open(":memory:"))
    local seen = {}
    local report = c:ingest(paths, { progress = function(i, n, path, status)
      seen[#seen + 1] = { i, n, path, status }
    end })
    assert.are.equal(2, report.stored)
    assert.are.equal(1, report.failed)
    assert.is_false(report.ok)
    assert.are.equal("failed", report.files[2].status)
    assert.matches("missing.txt", report.files[2].error)
    assert.are.equal(3, #seen)
    assert.are.same({ 3, 3, paths[3], "new" }, seen[3])
    assert.are.equal(2, count(c, "SELECT count(*) AS n FROM documents"))
    os.execute("rm -rf " .. dir)
  end)

  it("stores a batch: each document whole or absent, the index in step", function()
    local c <close> = assert(scm.open(":memory:"))
    local changed = DOCS["scm44-2012.txt"] .. "\nThey pledged to meet again.\n"
    local seen = {}
    local report = c:ingest({
      { name = "scm44-2012.txt", bytes = DOCS["scm44-2012.txt"] },
      { name = "bad.txt", bytes = "Joint Statement\n\nGood start \255\254 then junk.\n" },
      { name = "scm45-2013.txt", bytes = DOCS["scm45-2013.txt"] },
      { name = "again.txt", bytes = DOCS["scm45-2013.txt"] },
      { name = "scm44-2012.txt", bytes = DOCS["scm44-2012.txt"] },
      { name = "scm44-2012.txt", bytes = changed },
    }, { progress = function(i, _, _, status) seen[i] = status end })
    assert.are.same({ "new", "failed", "new", "duplicate", "unchanged", "version" }, seen)
    assert.are.equal(3, report.stored)
    assert.are.equal(2, report.unchanged)
    assert.are.equal(1, report.failed)
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM documents WHERE name = 'bad.txt'"))
    assert.are.equal(3, count(c, "SELECT count(*) AS n FROM documents"))
    assert.are.equal(1, #list(c:search("pledged")))
    assert.are.equal(count(c, "SELECT count(*) AS n FROM sentences WHERE text LIKE '%deterrence%'"),
                     c:count("deterrence", { all_versions = true }))
    for _ in c:sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')", nil,
                   { write = true }) do end
  end)

  it("commits a batch every so many documents, and keeps the index in step", function()
    local path = tmpname()
    local c = assert(scm.open(path))
    local saved = corpus_mod.BATCH_DOCS
    corpus_mod.BATCH_DOCS = 2
    local docs, committed = {}, {}
    for i = 1, 5 do docs[i] = { name = ("d%d.txt"):format(i), bytes = DOCS["statement-2016.txt"] .. ("\nItem %d.\n"):format(i) } end
    local reader = assert(scm.open(path, { readonly = true }))
    local report = c:ingest(docs, { optimize = false, progress = function(i)
      -- a record is reported once its batch is committed: others see it
      local rows = reader:sql("SELECT count(*) AS n FROM documents WHERE name = :n", { n = docs[i].name })
      committed[i] = rows().n
      rows:close() -- ends the read: the next one sees later commits
    end })
    corpus_mod.BATCH_DOCS = saved
    reader:close()
    assert.are.equal(5, report.stored)
    assert.are.same({ 1, 1, 1, 1, 1 }, committed)
    assert.are.equal(5, c:count("climate"))
    c:close()
    cleanup(path)
  end)

  it("writes one index segment per document, not one per sentence", function()
    local c <close> = assert(scm.open(":memory:"))
    assert(c:add("scm44-2012.txt", DOCS["scm44-2012.txt"]))
    assert.are.equal(1, count(c, "SELECT count(DISTINCT segid) AS n FROM sentences_fts_idx"))
  end)

  it("indexes sentences written by user SQL too", function()
    local c <close> = fresh()
    local id = c:sql("SELECT doc_id FROM documents LIMIT 1")().doc_id
    for _ in c:sql("INSERT INTO sentences (doc_id, position, paragraph, start, stop, text) " ..
                   "VALUES (:d, 99, 1, 1, 1, 'A zebra crossing.')", { d = id }, { write = true }) do end
    assert.are.equal(1, c:count("zebra"))
    for _ in c:sql("DELETE FROM sentences WHERE position = 99", nil, { write = true }) do end
    assert.are.equal(0, c:count("zebra"))
  end)

  it("optimizes the index without changing what a search finds", function()
    local c <close> = fresh()
    local before = list(c:search("deterrence OR nuclear"))
    assert.is_true(c:optimize())
    local after = list(c:search("deterrence OR nuclear"))
    assert.are.equal(#before, #after)
    for i = 1, #before do
      assert.are.equal(before[i].sentence.id, after[i].sentence.id)
      assert.are.equal(before[i].snippet, after[i].snippet)
    end
    assert.are.equal(1, count(c, "SELECT count(DISTINCT segid) AS n FROM sentences_fts_idx"))
  end)

  it("refuses to ingest into a read-only corpus", function()
    local path = tmpname()
    assert(scm.open(path)):close()
    local c <close> = assert(scm.open(path, { readonly = true }))
    local rec, err = c:add("x.txt", DOCS["scm44-2012.txt"])
    assert.is_nil(rec)
    assert.matches("read%-only", err)
    cleanup(path)
  end)
end)

describe("corpus:search()", function()
  local c
  setup(function() c = fresh() end)
  teardown(function() c:close() end)

  it("finds a phrase, best first, with a snippet", function()
    local hits = list(c:search('"extended deterrence"'))
    assert.are.equal(2, #hits)
    assert.is_true(hits[1].score >= hits[2].score)
    for _, h in ipairs(hits) do
      assert.matches("%[extended deterrence%]", h.snippet:lower())
      assert.is_string(h.document.name)
      assert.is_number(h.sentence.index)
      assert.matches("extended deterrence", h.sentence.text)
    end
  end)

  it("supports NEAR, prefix, AND, OR and NOT", function()
    assert.are.equal(1, #list(c:search("abandon NEAR/5 nuclear")))
    assert.are.equal(1, #list(c:search("NEAR(deterrence umbrella, 20)")))
    assert.are.equal(1, #list(c:search('"extended deterrence" NEAR/20 nuclear')))
    assert.are.equal(0, #list(c:search("abandon NEAR/1 programs")))
    assert.is_true(#list(c:search("deterr*")) >= 3)
    assert.are.equal(1, #list(c:search("deterrence AND umbrella")))
    assert.are.equal(2, #list(c:search("umbrella OR tailored")))
    assert.are.equal(2, #list(c:search("deterrence NOT umbrella")))
  end)

  it("removes diacritics: communique finds Communiqué", function()
    assert.are.equal(0, #list(c:search("communique")))  -- headers are not sentences
    local c2 <close> = assert(scm.open(":memory:"))
    assert(c2:add("x.txt", "Joint Statement\n\nThe résumé of the communiqué was noted by both sides.\n"))
    assert.are.equal(1, #list(c2:search("communique resume")))
  end)

  it("filters by document, date range, limit and offset", function()
    assert.are.equal(1, #list(c:search('"extended deterrence"', { document = "scm45-2013.txt" })))
    local dated = list(c:search("deterrence", { from = "2013", to = "2013" }))
    for _, h in ipairs(dated) do assert.matches("^2013", h.document.date) end
    assert.are.equal(0, #list(c:search("deterrence", { from = "2030" })))
    local all = list(c:search("deterr*"))
    local page = list(c:search("deterr*", { limit = 1, offset = 1 }))
    assert.are.equal(1, #page)
    assert.are.equal(all[2].sentence.id, page[1].sentence.id)
  end)

  it("filters by meeting series when the header names one", function()
    local any = c:sql("SELECT series FROM documents WHERE series IS NOT NULL LIMIT 1")()
    if not any then
      pending("the header extractor found no series")
      return
    end
    for h in c:search("deterr*", { series = any.series }) do
      assert.are.equal(any.series, h.document.series)
    end
  end)

  it("takes the snippet marks asked for", function()
    local h = c:search("umbrella", { marks = { "<b>", "</b>" } })()
    assert.matches("<b>umbrella</b>", h.snippet)
  end)

  it("explains a malformed query in words", function()
    local ok, err = pcall(c.search, c, '"extended deterrence')
    assert.is_false(ok)
    assert.matches("malformed search query", err)
    ok, err = pcall(c.search, c, "deterrence AND")
    assert.is_false(ok)
    assert.matches("malformed search query", err)
    ok, err = pcall(c.search, c, "U.S.-ROK")
    assert.is_false(ok)
    assert.matches("malformed search query", err)
    assert.not_matches("fts5", err)
  end)

  it("counts matches", function()
    assert.are.equal(2, c:count('"extended deterrence"'))
  end)

  it("raises for wrong arguments", function()
    assert.has_error(function() c:search(nil) end)
    assert.has_error(function() c:search("x", { limit = -1 }) end)
    assert.has_error(function() c:search("x", { limit = 1.5 }) end)
  end)
end)

describe("regexp() in SQL", function()
  local c
  setup(function() c = fresh() end)
  teardown(function() c:close() end)

  it("works as a function with a named parameter", function()
    local n = 0
    for row in c:sql("SELECT date, count(*) AS n FROM sentences JOIN documents USING(doc_id) " ..
                     "WHERE regexp(:re, text) GROUP BY date", { re = [[\bdeterr\w+]] }) do
      n = n + row.n
    end
    assert.are.equal(3, n)
  end)

  it("works as the REGEXP operator, with inline flags", function()
    assert.are.equal(3, count(c, "SELECT count(*) AS n FROM sentences WHERE text REGEXP ?", { "(?i)DETERR" }))
  end)

  it("reports a bad pattern with its offset", function()
    local ok, err = pcall(c.sql, c, "SELECT regexp('(ab', 'x') AS m")
    assert.is_false(ok)
    assert.matches("bad pattern", err)
    assert.matches("offset", err)
  end)

  it("gives NULL for NULL", function()
    assert.is_nil(c:sql("SELECT regexp('a', NULL) AS m")().m)
  end)
end)

describe("corpus:sql()", function()
  local c
  setup(function() c = fresh() end)
  teardown(function() c:close() end)

  it("binds named and positional parameters", function()
    assert.are.equal(1, count(c, "SELECT count(*) AS n FROM documents WHERE name = :name", { name = "scm44-2012.txt" }))
    assert.are.equal(1, count(c, "SELECT count(*) AS n FROM documents WHERE name = ?", { "scm44-2012.txt" }))
    assert.are.equal(1, count(c, "SELECT count(*) AS n FROM documents WHERE name = $n", { ["$n"] = "scm44-2012.txt" }))
  end)

  it("returns rows as tables, NULL columns absent, with the column names", function()
    local rows = c:sql("SELECT 1 AS one, 2.5 AS half, 'x' AS s, NULL AS none")
    assert.are.same({ "one", "half", "s", "none" }, rows:columns())
    local r = rows()
    assert.are.same({ one = 1, half = 2.5, s = "x" }, r)
    assert.is_nil(rows())
  end)

  it("refuses a statement that changes the corpus unless asked", function()
    local ok, err = pcall(c.sql, c, "DELETE FROM documents")
    assert.is_false(ok)
    assert.matches("would change the corpus", err)
    assert.is_true(count(c, "SELECT count(*) AS n FROM documents") > 0)
    for _ in c:sql("DELETE FROM documents WHERE name = :n", { n = "statement-2016.txt" }, { write = true }) do end
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM documents WHERE name = 'statement-2016.txt'"))
    -- foreign keys cascade, the FTS index follows
    assert.are.equal(0, count(c, "SELECT count(*) AS n FROM sentences s LEFT JOIN documents d " ..
                                 "USING (doc_id) WHERE d.doc_id IS NULL"))
    assert.are.equal(0, #list(c:search("climate")))
  end)

  it("refuses ATTACH, load_extension, transactions and setting pragmas", function()
    for _, sql in ipairs({ "ATTACH DATABASE '/tmp/x.db' AS x", "SELECT load_extension('/tmp/x.so')",
                           "PRAGMA journal_mode = DELETE", "PRAGMA writable_schema = 1", "BEGIN" }) do
      local ok, err = pcall(c.sql, c, sql, nil, { write = true })
      assert.is_false(ok, sql)
      assert.matches("not ", err)
    end
  end)

  it("allows reading pragmas", function()
    local names = {}
    for r in c:sql("PRAGMA table_info(sentences)") do names[#names + 1] = r.name end
    assert.is_true(#names >= 6)
  end)

  it("names the problem in a bad statement or parameter", function()
    local ok, err = pcall(c.sql, c, "SELEC 1")
    assert.is_false(ok)
    assert.matches("SQL error", err)
    local _
    _, err = pcall(c.sql, c, "SELECT 1; SELECT 2")
    assert.matches("one statement", err)
    _, err = pcall(c.sql, c, "SELECT :a AS a")
    assert.matches(":a has no value", err)
    _, err = pcall(c.sql, c, "SELECT :a AS a", { a = 1, b = 2 })
    assert.matches(":b", err)
    _, err = pcall(c.sql, c, "SELECT :a AS a", { a = {} })
    assert.matches("cannot bind a table", err)
  end)

  it("offers the FTS vocabulary as terms", function()
    local r = c:sql("SELECT doc AS sentences, cnt FROM terms WHERE term = 'deterrence'")()
    assert.is_true(r.cnt >= 3)
  end)
end)

describe("corpus:kwic()", function()
  local c
  setup(function() c = fresh() end)
  teardown(function() c:close() end)

  it("shows a prefix match with words either side", function()
    local lines = list(c:kwic("deterren*", { window = 3 }))
    assert.are.equal(3, #lines)
    for _, k in ipairs(lines) do
      assert.matches("^[Dd]eterren", k.match)
      local n = 0
      for _ in k.left:gmatch("%S+") do n = n + 1 end
      assert.is_true(n <= 3)
    end
  end)

  it("gives the position of the match in the document", function()
    for k in c:kwic("extended deterrence") do
      assert.are.equal("extended deterrence", k.match)
      local r = c:sql("SELECT span_text(normalised, :a, :b) AS t FROM documents WHERE doc_id = :d",
                      { a = k.start, b = k.stop, d = k.document.id })()
      assert.are.equal(k.match, r.t)
    end
  end)

  it("takes a regular expression", function()
    local lines = list(c:kwic([[\bnuclear\s+\w+]], { regex = true, window = 2 }))
    assert.is_true(#lines >= 3)
    for _, k in ipairs(lines) do assert.matches("^nuclear %w+$", k.match) end
  end)

  it("honours limit", function()
    assert.are.equal(1, #list(c:kwic("nuclear", { limit = 1 })))
  end)
end)

describe("corpus:sentences() and corpus:documents()", function()
  local c
  setup(function() c = fresh() end)
  teardown(function() c:close() end)

  it("filters sentences by text and date", function()
    local s = list(c:sentences { match = "deterrence", from = "2013" })
    assert.is_true(#s >= 1)
    for _, x in ipairs(s) do assert.matches("^2013", x.document.date) end
    assert.are.equal(1, #list(c:sentences { regex = "(?i)north korea", to = "2012" }))
    assert.are.equal(1, #list(c:sentences { contains = "nuclear umbrella" }))
  end)

  it("filters sentences by speech act", function()
    local acts = count(c, "SELECT count(*) AS n FROM acts WHERE lemma = 'urge'")
    if acts == 0 then
      pending("the act extractor found no 'urge'")
      return
    end
    local s = list(c:sentences { verb = "urge" })
    assert.are.equal(acts, #s)
    assert.matches("urged", s[1].text)
  end)

  it("lists documents in date order, with filters", function()
    local docs = list(c:documents())
    assert.are.equal(3, #docs)
    assert.is_true(docs[1].date <= docs[2].date)
    assert.is_nil(docs[1].text)
    assert.are.equal(1, #list(c:documents { match = "climate" }))
    assert.are.equal(2, #list(c:documents { contains = "deterrence" }))
    assert.is_string(c:documents { limit = 1, text = true }().text)
  end)

  it("gives figures", function()
    local st = c:stats()
    assert.are.equal(3, st.documents)
    assert.is_true(st.sentences >= 7)
    assert.is_table(st.by_series_year)
  end)
end)

describe("closing", function()
  it("is safe twice, and iterators of a closed corpus raise", function()
    local c = fresh()
    local it = c:search("deterr*")
    c:close()
    c:close()
    assert.is_false(c:is_open())
    assert.has_error(function() it() end, "corpus is closed: its query results can no longer be read")
    assert.has_error(function() c:search("x") end)
    collectgarbage()
  end)

  it("finalizes the statement when a loop breaks", function()
    local c <close> = fresh()
    local iter, _, _, closing = c:search("deterr*")
    assert.is_table(iter())
    closing:close() -- what a loop's `break` does
    -- with no open statement the connection closes at once
    c:close()
    assert.is_false(c:is_open())
  end)
end)

describe("the real documents", function()
  local files = helpers.corpus_files()
  if #files == 0 then
    pending(helpers.missing)
    return
  end
  it("are all ingested and searchable", function()
    local c <close> = assert(scm.open(":memory:"))
    local paths = {}
    for _, f in ipairs(files) do paths[#paths + 1] = helpers.shared .. f end
    local report = c:ingest(paths)
    for _, rec in ipairs(report.files) do assert.is_nil(rec.error, rec.path) end
    assert.is_true(#list(c:search('"extended deterrence"')) >= 3)
  end)
end)

describe("corpus:ingest of PDF and HTML files", function()
  local root = os.getenv("SCM_TEST_ROOT") or "."
  local pdf_dir, html_dir = root .. "/tests/fixtures/pdf/", root .. "/tests/fixtures/html/"
  local have_pdftotext = os.execute("pdftotext -v >/dev/null 2>&1")

  it("stores HTML pages with their kind and original hash, once", function()
    local c <close> = assert(scm.open(":memory:"))
    local files = { html_dir .. "statement-layout.html", html_dir .. "cp1252.html" }
    local report = c:ingest(files)
    assert.are.equal(2, report.stored, tostring(report.files[1].error))
    local r = c:sql("SELECT source_kind AS k, source_hash AS h, hash FROM documents WHERE name = 'cp1252.html'")()
    assert.are.equal("html", r.k)
    assert.are.equal(require("scm.core").hash(io.open(files[2], "rb"):read("a")), r.h)
    assert.are_not.equal(r.h, r.hash)
    local again = c:ingest(files)
    assert.are.equal(0, again.stored)
    assert.are.equal(2, again.unchanged)
    assert.are.equal("unchanged", again.files[1].status)
    assert.are.equal(2, count(c, "SELECT count(*) AS n FROM documents"))
    assert.is_true(c:count("communiqu* OR statement OR minister") >= 0)
  end)

  it("stores PDFs, skips a known one, and reports unreadable ones per file", function()
    if not have_pdftotext then
      pending("pdftotext is not installed (apt-get install poppler-utils): PDF ingest not tested")
      return
    end
    local c <close> = assert(scm.open(":memory:"))
    local files = { pdf_dir .. "nordavia-dcm7.pdf", pdf_dir .. "scanned.pdf", pdf_dir .. "encrypted.pdf",
      pdf_dir .. "broken.pdf", pdf_dir .. "estland-2c.pdf" }
    local report = c:ingest(files)
    assert.are.equal(2, report.stored)
    assert.are.equal(3, report.failed)
    local by = {}
    for _, rec in ipairs(report.files) do by[rec.name] = rec end
    assert.are.equal("new", by["nordavia-dcm7.pdf"].status)
    assert.are.equal("pdf", by["nordavia-dcm7.pdf"].kind)
    assert.are.equal("no-text", by["scanned.pdf"].reason)
    assert.are.equal("encrypted", by["encrypted.pdf"].reason)
    assert.are.equal("broken", by["broken.pdf"].reason)
    assert.matches("scanned.pdf", by["scanned.pdf"].error, 1, true)
    assert.are.equal("pdf", c:sql("SELECT source_kind AS k FROM documents WHERE name = 'nordavia-dcm7.pdf'")().k)
    assert.is_true(c:count("minister*") > 0)
    -- the same PDF again: nothing runs, nothing is written
    local again = c:ingest({ pdf_dir .. "nordavia-dcm7.pdf" })
    assert.are.equal("unchanged", again.files[1].status)
    assert.are.equal(2, count(c, "SELECT count(*) AS n FROM documents"))
  end)

  it("reports a missing pdftotext per file and goes on", function()
    local source = require "scm.source"
    local saved = source.pdftotext
    source.pdftotext = "/nonexistent/pdftotext"
    local c <close> = assert(scm.open(":memory:"))
    local ok, report = pcall(c.ingest, c, { pdf_dir .. "nordavia-dcm7.pdf", html_dir .. "cp1252.html" })
    source.pdftotext = saved
    assert.is_true(ok, tostring(report))
    assert.are.equal(1, report.failed)
    assert.are.equal(1, report.stored)
    assert.are.equal("missing", report.files[1].reason)
    assert.matches("pdftotext not found", report.files[1].error, 1, true)
  end)

  it("ranks like FTS5's bm25 (same scores, same order)", function()
    local c <close> = fresh()
    for _, q in ipairs({ "nuclear", '"extended deterrence"', "deterr*", "nuclear OR seoul",
        "NEAR(minister commitment, 10)", "north korea nuclear" }) do
      local ref = {}
      for r in c:sql("SELECT rowid AS id, -bm25(sentences_fts) AS score FROM sentences_fts " ..
          "WHERE sentences_fts MATCH :q ORDER BY bm25(sentences_fts), rowid", { q = q }) do
        ref[#ref + 1] = r
      end
      local i = 0
      for hit in c:search(q, { limit = 100 }) do
        i = i + 1
        assert.are.equal(ref[i].id, hit.sentence.id, q)
        assert.is_true(math.abs(ref[i].score - hit.score) < 1e-9, q)
      end
      assert.are.equal(#ref, i, q)
    end
  end)

  it("ranks exactly when only the best rows reach the sorter (limit and offset)", function()
    -- sentences of many lengths, with the word once or more, some of them
    -- the same (equal scores: lower rowid first)
    local c <close> = assert(scm.open(":memory:"))
    local words = { "security", "trade", "maritime", "cyber", "energy", "health", "space" }
    for d = 1, 3 do
      local paras = {}
      for i = 1, 40 do
        local fill = {}
        for k = 1, (i * 7 + d) % 13 do fill[#fill + 1] = words[(i + k) % #words + 1] end
        local reps = (i % 5 == 0) and "alliance and alliance" or "alliance"
        paras[#paras + 1] = ("%d. The Ministers reaffirmed the %s %s cooperation."):format(i, reps,
          table.concat(fill, " "))
      end
      assert(c:add(("ranked-%d.txt"):format(d), "JOINT STATEMENT\n\n" .. table.concat(paras, "\n\n") .. "\n"))
    end
    for _, q in ipairs({ "alliance", "cooperat*", '"the alliance"', "alliance OR maritime",
        "NEAR(ministers alliance, 4)" }) do
      local ref = {}
      for r in c:sql("SELECT rowid AS id FROM sentences_fts WHERE sentences_fts MATCH :q " ..
          "ORDER BY bm25(sentences_fts), rowid", { q = q }) do
        ref[#ref + 1] = r.id
      end
      assert.is_true(#ref >= 115, q) -- as many matches as the deepest page asks for
      -- (the last page is deeper than M.SNIPPETS_WHILE_RANKING: its
      -- snippets come from a pass of their own)
      for _, page in ipairs({ { 1, 0 }, { 3, 0 }, { 5, 2 }, { 10, 0 }, { 4, 7 }, { 5, 110 } }) do
        local i = page[2]
        for hit in c:search(q, { limit = page[1], offset = page[2] }) do
          i = i + 1
          assert.are.equal(ref[i], hit.sentence.id, ("%s limit %d offset %d"):format(q, page[1], page[2]))
          -- the snippet made while ranking is FTS5's own for that row
          local own = c:sql("SELECT snippet(sentences_fts, 0, '[', ']', '…', 16) AS s FROM sentences_fts " ..
            "WHERE sentences_fts MATCH :q AND rowid = :id", { q = q, id = hit.sentence.id })()
          assert.are.equal(own.s, hit.snippet, q)
          assert.are.equal(c:sql("SELECT text FROM sentences WHERE sentence_id = :id",
            { id = hit.sentence.id })().text, hit.sentence.text)
          assert.are.equal("ranked-", hit.document.name:sub(1, 7))
        end
        assert.are.equal(page[1] + page[2], i, q)
      end
    end
  end)

  it("search filters still apply with the two-stage ranking", function()
    local c <close> = fresh()
    local n = 0
    for hit in c:search("deterrence", { series = "SCM", limit = 1 }) do
      n = n + 1
      assert.are.equal("SCM", hit.document.series)
    end
    assert.are.equal(1, n)
    for hit in c:search("deterrence", { document = "scm45-2013.txt" }) do
      assert.are.equal("scm45-2013.txt", hit.document.name)
    end
    local all = list(c:search("deterrence", { limit = 10 }))
    local second = list(c:search("deterrence", { limit = 1, offset = 1 }))
    assert.are.equal(all[2].sentence.id, second[1].sentence.id)
  end)
end)
