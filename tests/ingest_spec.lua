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

-- The bounds corpus_mod.BATCH_* / AHEAD_* set for the length of f().
local function with_bounds(bounds, f)
  local saved = {}
  for k, v in pairs(bounds) do saved[k], corpus_mod[k] = corpus_mod[k], v end
  local ok, r = pcall(f)
  for k, v in pairs(saved) do corpus_mod[k] = v end
  if not ok then error(r, 0) end
  return r
end

-- corpus:ingest_run's batch bounds that never close a batch.
local BOUNDS = { docs = 0, max_docs = 1e9, bytes = 0, max_bytes = 1e18, clock = os.clock(), max_seconds = 1e9 }

local function one_at_a_time(docs)
  local c = assert(scm.open(":memory:"))
  for _, d in ipairs(docs) do c:add(d.name, d.bytes) end
  return c
end

-- Threads of this process, or nil where /proc is missing.
local function threads()
  local f = io.open("/proc/self/status")
  if not f then return nil end
  local n
  for line in f:lines() do n = n or tonumber(line:match("^Threads:%s+(%d+)")) end
  f:close()
  return n
end

-- The thread count once it settles on `want`, or after two seconds: a
-- joined thread may still be counted for a moment (the kernel wakes the
-- joiner as the thread lets go of its memory, before it reaps it), so
-- a thread left running is one still counted after the wait.
local function threads_settled(want)
  local n = threads()
  for _ = 1, 200 do
    if n == want then break end
    os.execute("sleep 0.01")
    n = threads()
  end
  return n
end

local tmpdir, write = helpers.tmpdir, helpers.write

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
    -- two documents: the second was parsed ahead while the first was
    -- stored and while the batch committed
    assert(c:batch_begin())
    local docs = {
      { name = "first.txt", text = "The ministers met in Seoul. They agreed.\n" },
      { name = "second.txt", text = text },
    }
    local stored, recs = c:ingest_run(docs, 1, BOUNDS)
    assert.are.equal(1, stored)
    assert.are.equal("new", recs[1].status)
    assert(c:batch_commit())
    scm.lexicon.add("abbreviation", "Qorvath.")
    stored, recs = c:ingest_run({ docs[2] }, 1, BOUNDS)
    assert(c:batch_end())
    local after = scm.parse(text):count("sentences")
    assert.are.equal(before - 1, after)
    assert.are.equal(1, stored)
    assert.are.equal(after, recs[1].sentences)
  end)

  it("uses a parse made ahead only for the very bytes it was made for", function()
    local c <close> = assert(scm.open(":memory:"))
    local a = "The ministers met in Seoul. They agreed.\n"
    local b = "Joint Statement\n\nThe two sides met. They talked. They parted.\n"
    assert(c:batch_begin())
    local _, recs = c:ingest_run({ { name = "a.txt", text = a }, { name = "b.txt", text = b } }, 1, BOUNDS)
    assert.are.equal("new", recs[1].status)
    -- not the bytes queued: parsed in line, stored as they are
    local more = a .. "More.\n"
    _, recs = c:ingest_run({ { name = "c.txt", text = more } }, 1, BOUNDS)
    assert.are.equal(scm.parse(more):count("sentences"), recs[1].sentences)
    -- a bad document queued fails as itself when it comes
    _, recs = c:ingest_run({ { name = "d.txt", text = b .. "\n" }, { name = "bad.txt", text = BAD } }, 1, BOUNDS)
    assert.are.equal("new", recs[1].status)
    assert(c:batch_commit())
    _, recs = c:ingest_run({ { name = "bad.txt", text = BAD } }, 1, BOUNDS)
    assert(c:batch_end())
    local _, want_err, want_pos = assert(scm.open(":memory:")):add("bad.txt", BAD)
    assert.are.equal("failed", recs[1].status)
    assert.are.equal(want_err, recs[1].error)
    assert.are.equal(want_pos, recs[1].position)
  end)

  it("stores every document once, in order, whatever the window and the batches", function()
    local docs = documents()
    local want = dump(one_at_a_time(docs))
    for _, ahead in ipairs({ 1, 2, 3, 32 }) do
      for _, batch in ipairs({ 1, 2, 5, 200 }) do
        local c = assert(scm.open(":memory:"))
        local order = {}
        local report = with_bounds({ AHEAD_DOCS = ahead, BATCH_DOCS = batch }, function()
          return c:ingest(docs, { optimize = false, progress = function(i) order[#order + 1] = i end })
        end)
        assert.are.equal(#docs - 1, report.stored)
        assert.are.equal(#docs, #order)
        for i = 1, #docs do
          assert.are.equal(i, order[i])
          assert.are.equal(docs[i].name, report.files[i].name)
        end
        local got = dump(c)
        assert.are.equal(#want, #got)
        for i = 1, #want do assert.are.equal(want[i], got[i], ("ahead %d, batch %d"):format(ahead, batch)) end
        c:close()
      end
    end
  end)

  it("reports the same records as one at a time, a file failing to read and the last document failing", function()
    local dir = tmpdir()
    local paths = {}
    for i, d in ipairs(documents()) do
      paths[i] = ("%s/%02d-%s"):format(dir, i, d.name)
      write(paths[i], d.bytes)
    end
    table.insert(paths, 3, dir .. "/missing.txt")
    paths[#paths + 1] = paths[1] -- unchanged: not parsed again
    write(dir .. "/zz-bad.txt", BAD)
    paths[#paths + 1] = dir .. "/zz-bad.txt"
    local function records(opts)
      local c <close> = assert(scm.open(":memory:"))
      local seen = {}
      opts.progress = function(i, n, path, status, rec)
        seen[#seen + 1] = table.concat({ i, n, path, status }, "|")
        collectgarbage() -- the texts queued in C must not be collected
        assert.are.equal(status, rec.status)
      end
      opts.optimize = false
      return with_bounds({ BATCH_DOCS = 3, AHEAD_DOCS = 4 }, function() return c:ingest(paths, opts) end), seen
    end
    local one, seen_one = records({ batch = false })
    local many, seen_many = records({})
    assert.are.same(seen_one, seen_many)
    assert.are.equal(#paths, #many.files)
    assert.are.equal("failed", many.files[3].status)
    assert.are.equal("unchanged", many.files[#paths - 1].status)
    assert.are.equal("failed", many.files[#paths].status)
    for i, r in ipairs(many.files) do
      local o = one.files[i]
      for _, k in ipairs({ "path", "name", "status", "error", "position", "doc_id", "version", "hash",
                           "paragraphs", "sentences", "acts", "bytes", "kind", "source_hash", "same_as" }) do
        assert.are.equal(o[k], r[k], ("%s of record %d"):format(k, i))
      end
    end
    os.execute("rm -rf " .. dir)
  end)

  it("converts an HTML file only once the files before it are stored, as one at a time", function()
    local html = root .. "/tests/fixtures/html/statement-layout.html"
    local docs = documents()
    local dir = tmpdir()
    local paths = {}
    for i = 1, 4 do
      paths[#paths + 1] = ("%s/%d.txt"):format(dir, i)
      write(paths[#paths], docs[i].bytes)
    end
    write(dir .. "/a.html", slurp(html))
    write(dir .. "/b.html", slurp(html))
    table.insert(paths, 2, dir .. "/a.html")
    table.insert(paths, 3, dir .. "/b.html") -- the same page under another name
    local function run(opts)
      local c <close> = assert(scm.open(":memory:"))
      opts.optimize = false
      return c:ingest(paths, opts)
    end
    local one, many = run({ batch = false }), run({})
    assert.are.equal("duplicate", many.files[3].status)
    for i = 1, #paths do
      for _, k in ipairs({ "status", "doc_id", "hash", "kind", "same_as", "bytes", "source_hash" }) do
        assert.are.equal(one.files[i][k], many.files[i][k], ("%s of record %d"):format(k, i))
      end
    end
    os.execute("rm -rf " .. dir)
  end)

  it("parses again the documents read ahead when a progress callback adds a word", function()
    local text = "The envoy met Zarvek. Smith today. They talked about trade.\n"
    local before = scm.parse(text):count("sentences")
    local docs = {}
    for i = 1, 6 do
      docs[i] = { name = ("z%d.txt"):format(i), bytes = text .. ("Round %d.\n"):format(i) }
    end
    local c <close> = assert(scm.open(":memory:"))
    local report = with_bounds({ BATCH_DOCS = 2 }, function()
      return c:ingest(docs, { progress = function(i)
        if i == 2 then scm.lexicon.add("abbreviation", "Zarvek.") end
      end })
    end)
    local after = scm.parse(text):count("sentences")
    assert.are.equal(before - 1, after)
    for i = 1, 2 do assert.are.equal(before + 1, report.files[i].sentences) end
    for i = 3, 6 do assert.are.equal(after + 1, report.files[i].sentences) end
  end)

  it("leaves no thread running when ingest returns, fails or its corpus is closed", function()
    local base = threads()
    if not base then return pending("no /proc/self/status") end
    local docs = documents()
    local path = tmpname()
    local c = assert(scm.open(path))
    with_bounds({ BATCH_DOCS = 2 }, function()
      -- (inside a batch the worker may exist, idle: it parses only inside
      -- a C call, never while Lua code such as this callback runs)
      c:ingest(docs, { optimize = false })
      assert.are.equal(base, threads_settled(base))
      -- a progress callback that raises: the batch ends, whole documents kept
      local renamed = {}
      for i, d in ipairs(docs) do renamed[i] = { name = "r-" .. d.name, bytes = d.bytes .. "\nAgain.\n" } end
      assert.has_error(function()
        c:ingest(renamed, { progress = function(i) if i == 3 then error("stop here") end end })
      end, "stop here")
      assert.are.equal(base, threads_settled(base))
      assert.is_true(c:sql("SELECT count(*) AS n FROM documents WHERE name LIKE 'r-%'")().n >= 3)
      -- the corpus closed from a progress callback, mid-ingest
      local closing = {}
      for i, d in ipairs(docs) do closing[i] = { name = "c-" .. d.name, bytes = d.bytes .. "\nOnce more.\n" } end
      assert.has_error(function()
        c:ingest(closing, { progress = function(i) if i == 2 then c:close() end end })
      end)
      assert.is_false(c:is_open())
      assert.are.equal(base, threads_settled(base))
    end)
    collectgarbage()
    local again <close> = assert(scm.open(path))
    assert.are.equal("ok", again:sql("PRAGMA integrity_check")().integrity_check)
    assert.are.equal(2, again:sql("SELECT count(*) AS n FROM documents WHERE name LIKE 'c-%'")().n)
    cleanup(path)
  end)

  it("does not let user SQL read ingest's row buffer", function()
    local c <close> = assert(scm.open(":memory:"))
    assert.has_error(function() c:sql("SELECT * FROM scm_rows")() end)
  end)

  it("refuses user SQL that writes while a batch is open, and checks keys and runs triggers again after", function()
    local c <close> = assert(scm.open(":memory:"))
    -- what corpus:ingest does around a batch: its transaction stays open
    -- between two calls, where Lua code (a `name` function) may run
    local docs = {}
    for i, d in ipairs(documents()) do
      if d.name ~= "bad.txt" then docs[#docs + 1] = { name = d.name, text = d.bytes } end
      if i == 4 then break end
    end
    assert(c:batch_begin())
    local stored = c:ingest_run(docs, #docs, BOUNDS)
    assert.are.equal(#docs, stored)
    local ok, err = pcall(c.sql, c, "DELETE FROM documents", nil, { write = true })
    assert.is_false(ok)
    assert.matches("being ingested", err)
    assert.are.equal(#docs, c:sql("SELECT count(*) AS n FROM documents")().n) -- reading is fine
    assert(c:batch_end())
    -- foreign keys again: a deleted document takes its rows with it
    local id = c:sql("SELECT min(doc_id) AS id FROM documents")().id
    local rows = c:sql("SELECT count(*) AS n FROM sentences WHERE doc_id = ?", { id })().n
    local before = c:sql("SELECT count(*) AS n FROM sentences")().n
    assert.is_true(rows > 0)
    for _ in c:sql("DELETE FROM documents WHERE doc_id = ?", { id }, { write = true }) do end
    assert.are.equal(before - rows, c:sql("SELECT count(*) AS n FROM sentences")().n)
    -- triggers again: a sentence user SQL adds is indexed
    for _ in c:sql("INSERT INTO sentences (doc_id, position, paragraph, start, stop, text) " ..
                   "VALUES ((SELECT min(doc_id) FROM documents), 100000, 0, 0, 0, " ..
                   "'Zanzibarian quinoa diplomacy.')", nil, { write = true }) do end
    assert.are.equal(1, c:sql("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'zanzibarian'")().n)
    check_index(c)
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
