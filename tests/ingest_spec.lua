-- Specs for the pipelined ingest: corpus:ingest parses the next document on
-- a worker thread while it stores the current one (core/ingest.c), writes
-- each table's rows of a document with one statement (core/store_rows.c)
-- and hands WAL checkpoints to a thread of their own (core/checkpoint.c).
-- What a caller sees must be what one document at a time gives.
-- luacheck: no max line length
local scm = require "scm"
local corpus_mod = require "scm.corpus"

local root = os.getenv("SCM_TEST_ROOT") or "."

local helpers = require "tests.helpers"
local slurp = helpers.slurp
local tmpname = helpers.tmp_corpus_path
local cleanup = helpers.remove_corpus

-- Real communiqués from the fixtures, each twice (the copy with a line
-- added, so that it is a new document), and a bad one in the middle.
local BAD = "Joint Statement\n\nGood start \255\254 then junk.\n"
local function documents()
  local docs = {}
  local p = io.popen("ls " .. root .. "/tests/fixtures/*.txt 2>/dev/null")
  for path in p:lines() do
    local name = path:match("([^/]+)$")
    local bytes = slurp(path)
    docs[#docs + 1] = { name = name, bytes = bytes }
    docs[#docs + 1] = { name = "copy-" .. name, bytes = bytes .. "\n\nThe sides agreed to meet again.\n" }
  end
  p:close()
  assert(#docs >= 6, "fixtures missing")
  table.insert(docs, #docs // 2, { name = "bad.txt", bytes = BAD })
  return docs
end

-- Every table as ordered text rows (ingested_at aside).
local TABLES = {
  "SELECT doc_id, name, version, current, source, hash, bytes, title, kind, series, number, meeting, parties, place, date, year, layout, warnings, n_paragraphs, n_sentences, n_tokens, n_acts, raw, normalised, source_kind, source_hash FROM documents ORDER BY doc_id",
  "SELECT * FROM doc_meta ORDER BY doc_id, key",
  "SELECT * FROM paragraphs ORDER BY doc_id, position",
  "SELECT * FROM sentences ORDER BY sentence_id",
  "SELECT * FROM people ORDER BY person_id",
  "SELECT * FROM person_mentions ORDER BY person_id, start",
  "SELECT * FROM acts ORDER BY act_id",
  "SELECT * FROM act_actors ORDER BY act_id, position",
  "SELECT * FROM acronyms ORDER BY acronym_id",
  "SELECT * FROM dates ORDER BY doc_id, position",
  "SELECT * FROM refs ORDER BY doc_id, position",
  "SELECT rowid, * FROM sentences_fts ORDER BY rowid",
}

local function dump(c)
  local out = {}
  for _, sql in ipairs(TABLES) do
    local rows = c:prepare(sql)
    local r = rows:next_array()
    while r do
      local cells = {}
      for i = 1, #rows:columns() do cells[i] = tostring(r[i]) end
      out[#out + 1] = table.concat(cells, "|")
      r = rows:next_array()
    end
  end
  return out
end

local function check_index(c)
  for _ in c:sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')", nil,
                 { write = true }) do end
  assert.are.equal("ok", c:sql("PRAGMA integrity_check")().integrity_check)
end

describe("the pipelined ingest", function()
  it("stores what one document at a time stores, row for row", function()
    local docs = documents()
    local one = assert(scm.open(":memory:"))
    for _, d in ipairs(docs) do one:add(d.name, d.bytes) end
    local path = tmpname()
    local many = assert(scm.open(path))
    local report = many:ingest(docs, { optimize = false })
    assert.are.equal(#docs - 1, report.stored)
    local a, b = dump(one), dump(many)
    assert.are.equal(#a, #b)
    for i = 1, #a do assert.are.equal(a[i], b[i]) end
    check_index(many)
    one:close()
    many:close()
    cleanup(path)
  end)

  it("reports a parse failure in the middle of a batch for that file, and stores the others", function()
    local docs = documents()
    local bad_at
    for i, d in ipairs(docs) do if d.name == "bad.txt" then bad_at = i end end
    local _, want_err, want_pos = assert(scm.open(":memory:")):add("bad.txt", BAD)
    local path = tmpname()
    local c = assert(scm.open(path))
    local saved = corpus_mod.BATCH_DOCS
    corpus_mod.BATCH_DOCS = 3 -- several batches, the bad one inside one
    local order = {}
    local report = c:ingest(docs, { optimize = false, progress = function(i, n, _, status)
      order[#order + 1] = i
      assert.are.equal(#docs, n)
      assert.are.equal(i == bad_at and "failed" or "new", status)
    end })
    corpus_mod.BATCH_DOCS = saved
    for i = 1, #docs do assert.are.equal(i, order[i]) end
    local rec = report.files[bad_at]
    assert.are.equal("failed", rec.status)
    assert.are.equal(want_err, rec.error)
    assert.are.equal(want_pos, rec.position)
    assert.are.equal(1, report.failed)
    assert.are.equal(#docs - 1, report.stored)
    for i, r in ipairs(report.files) do
      if i ~= bad_at then
        assert.is_number(r.doc_id)
        assert.is_true(r.sentences > 0)
        assert.is_number(r.parse_seconds)
      end
    end
    assert.are.equal(0, c:sql("SELECT count(*) AS n FROM documents WHERE name = 'bad.txt'")().n)
    assert.are.equal(#docs - 1, c:sql("SELECT count(*) AS n FROM documents")().n)
    check_index(c)
    c:close()
    cleanup(path)
  end)

  it("parses again a document read ahead when the lexicon changed meanwhile", function()
    local text = "The envoy met Qorvath. Smith today. They talked about trade.\n"
    local before = scm.parse(text):count("sentences")
    local c <close> = assert(scm.open(":memory:"))
    -- what corpus:ingest does when a batch's progress callback runs between
    -- two documents: the second was parsed ahead while the first was stored
    assert(c:ingest_bytes("first.txt", "The ministers met in Seoul. They agreed.\n",
                          nil, nil, nil, nil, text))
    scm.lexicon.add("abbreviation", "Qorvath.")
    local rec = assert(c:ingest_bytes("second.txt", text))
    local after = scm.parse(text):count("sentences")
    assert.are.equal(before - 1, after)
    assert.are.equal(after, rec.sentences)
  end)

  it("uses a parse made ahead only for the very bytes it was made for", function()
    local c <close> = assert(scm.open(":memory:"))
    local a = "The ministers met in Seoul. They agreed.\n"
    local b = "Joint Statement\n\nThe two sides met. They talked. They parted.\n"
    assert(c:ingest_bytes("a.txt", a, nil, nil, nil, nil, b))
    -- not the bytes announced: parsed in line, stored as they are
    local rec = assert(c:ingest_bytes("c.txt", a .. "More.\n"))
    assert.are.equal(scm.parse(a .. "More.\n"):count("sentences"), rec.sentences)
    -- a bad document announced as next fails as itself when it comes
    assert(c:ingest_bytes("d.txt", b, nil, nil, nil, nil, BAD))
    local r2, err, pos = c:ingest_bytes("bad.txt", BAD)
    local _, want_err, want_pos = assert(scm.open(":memory:")):add("bad.txt", BAD)
    assert.is_nil(r2)
    assert.are.equal(want_err, err)
    assert.are.equal(want_pos, pos)
  end)

  it("does not let user SQL read ingest's row buffer", function()
    local c <close> = assert(scm.open(":memory:"))
    assert.has_error(function() c:sql("SELECT * FROM scm_rows")() end)
  end)

  it("keeps a file corpus whole across batches, with the WAL checkpointed", function()
    local path = tmpname()
    local c = assert(scm.open(path))
    local saved = corpus_mod.BATCH_DOCS
    corpus_mod.BATCH_DOCS = 2
    local docs = {}
    local base = documents()
    for k = 1, 4 do
      for _, d in ipairs(base) do
        docs[#docs + 1] = { name = k .. "-" .. d.name, bytes = d.bytes .. ("\nRound %d.\n"):format(k) }
      end
    end
    local report = c:ingest(docs, { optimize = false })
    corpus_mod.BATCH_DOCS = saved
    assert.are.equal(#docs - 4, report.stored)
    -- another connection sees every stored document
    local reader = assert(scm.open(path, { readonly = true }))
    assert.are.equal(report.stored, reader:sql("SELECT count(*) AS n FROM documents")().n)
    reader:close()
    check_index(c)
    c:close()
    collectgarbage() -- the last statements: the connection closes
    local again <close> = assert(scm.open(path, { readonly = true }))
    assert.are.equal(report.stored, again:sql("SELECT count(*) AS n FROM documents")().n)
    cleanup(path)
  end)
end)
