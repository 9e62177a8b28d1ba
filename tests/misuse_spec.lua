-- API misuse from Lua: every mistake is a clear Lua error (or nil and a
-- message), never a crash, and never a corpus left broken.  Run under
-- `make asan` and `make valgrind` these are also memory-safety tests.
local scm = require "scm"

local TEXT = "Joint Statement\n\nSeoul, October 2, 2013\n\n" ..
  "The Secretary and the Minister reaffirmed the commitment. They agreed to meet. " ..
  "The Republic of Korea (ROK) welcomed it.\n\nThe two sides noted progress.\n"

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert.is_false(ok, "no error raised")
  err = tostring(err)
  assert.is_truthy(err:find(pattern), ("%q does not match %q"):format(err, pattern))
  return err
end

local function corpus_with(n)
  local c = assert(scm.open(":memory:"))
  for i = 1, n or 3 do
    assert(c:add("d" .. i, TEXT .. ("Item %d agreed.\n"):format(i)))
  end
  return c
end

describe("misuse: wrong types", function()
  it("scm.parse, scm.read, scm.open, scm.regex", function()
    raises("text must be a string, got number", scm.parse, 42)
    raises("text must be a string, got nil", scm.parse)
    raises("options must be a table", scm.parse, "x", "utf-8")
    raises("invalid option 'klingon'", scm.parse, "x", { encoding = "klingon" })
    raises("path must be a string", scm.read, {})
    raises("path must be a string", scm.open, 42)
    raises("options must be a table", scm.open, ":memory:", true)
    raises("string expected", scm.regex, nil)
    raises("unknown regex flag", scm.regex, "x", "q")
    raises("missing closing parenthesis at pattern offset", scm.regex, "(x")
  end)

  it("the core functions called directly", function()
    local core = scm.core
    raises("string expected", core.parse, {})
    raises("table expected", core.parse, "x", 5)
    raises("scm.Document expected", core.set_source, "doc", "p", "n")
    raises("string expected", core.open_corpus, nil)
    raises("string expected", core.hash, nil)
  end)

  it("methods called on the wrong object", function()
    local doc = assert(scm.parse(TEXT))
    local re = scm.regex("x")
    local c = corpus_with(1)
    raises("scm.Document expected", doc.sentences, re)
    raises("scm.Document expected", doc.count, c, "sentences")
    raises("scm.Regex expected", re.find, doc, "x")
    raises("scm.Corpus expected", c.prepare, doc, "SELECT 1")
    raises("scm.Corpus expected", c.ingest_bytes, {}, "n", "x")
    local rows = c:prepare("SELECT 1 AS one")
    raises("scm.Rows expected", rows.next, c)
    rows:close()
    c:close()
  end)

  it("bad arguments to document methods", function()
    local doc = assert(scm.parse(TEXT))
    raises("invalid option", doc.count, doc, "nonsense")
    raises("number expected", doc.raw_position, doc, "first")
    raises("out of range", doc.raw_position, doc, 0)
    raises("out of range", doc.raw_position, doc, #doc.text + 2)
    raises("out of range", doc.raw_position, doc, math.maxinteger)
    raises("out of range", doc.raw_position, doc, math.mininteger)
    raises("read%-only", function() doc.title = "x" end)
    assert.is_nil(doc.no_such_field)
    assert.is_nil(doc[42])
  end)

  it("bad arguments to corpus methods", function()
    local c = corpus_with(1)
    raises("name must be a non%-empty string", c.add, c, "", "x")
    raises("bytes must be a string", c.add, c, "n", 42)
    raises("paths must be a string or a list", c.ingest, c, 42)
    raises("progress must be a function", c.ingest, c, {}, { progress = 1 })
    raises("limit must be a non%-negative integer", c.search, c, "x", { limit = -1 })
    raises("limit must be a non%-negative integer", c.search, c, "x", { limit = 1.5 })
    raises("sql must be a string", c.sql, c, 42)
    raises("cannot bind a table", c.sql, c, "SELECT ?1", { {} })
    raises("no such parameter", c.sql, c, "SELECT :a", { b = 1 })
    raises("has no value", c.sql, c, "SELECT :a AS a", {})
    c:close()
  end)
end)

describe("misuse: use after close or collection", function()
  it("spans keep their document alive through a full collection", function()
    local spans = {}
    do
      local doc = assert(scm.parse(TEXT))
      for s in doc:sentences() do spans[#spans + 1] = s end
    end
    collectgarbage() collectgarbage()
    assert.are.equal("They agreed to meet.", spans[2].text)
    assert.are.equal(spans[2].text, spans[2].document.text:sub(spans[2].start, spans[2].stop))
  end)

  it("spans, iterators and fields of a closed document raise", function()
    local doc = assert(scm.parse(TEXT))
    local s = doc:sentences()()
    local it = doc:tokens()
    local acts = doc:acts()
    doc:close()
    doc:close() -- twice is fine
    assert.is_true(doc.closed)
    assert.matches("closed", tostring(doc))
    raises("the document is closed", function() return s.text end)
    raises("the document is closed", it)
    raises("the document is closed", acts)
    raises("the document is closed", function() return doc.text end)
    raises("the document is closed", doc.count, doc, "sentences")
    collectgarbage()
  end)

  it("a span whose start and stop were tampered with reads nothing out of bounds", function()
    local doc = assert(scm.parse(TEXT))
    local s = doc:sentences()()
    s.start, s.stop = -100, 10 ^ 12
    assert.are.equal("", s.text)
    s.start, s.stop = math.mininteger, math.maxinteger
    assert.are.equal("", s.text)
    s.document = "not a document"
    raises("scm.Document expected", function() return s.text end)
  end)

  it("a regex used after :close() raises", function()
    local re = scm.regex("a(b)")
    re:close()
    re:close()
    raises("closed", re.find, re, "ab")
  end)

  it("a corpus used after :close() raises 'corpus is closed'", function()
    local c = corpus_with(2)
    c:close()
    c:close() -- idempotent
    assert.is_false(c:is_open())
    assert.matches("closed", tostring(c))
    raises("corpus is closed", c.search, c, "commitment")
    raises("corpus is closed", c.sql, c, "SELECT 1")
    raises("corpus is closed", c.add, c, "x", TEXT)
    raises("corpus is closed", c.ingest, c, {})
    raises("corpus is closed", c.documents, c)
    raises("corpus is closed", c.stats, c)
  end)

  it("iterators resumed after the corpus closed raise, and free their statement", function()
    local c = corpus_with(3)
    local it1 = c:sentences()
    local it2 = c:search("commitment")
    local it3 = c:documents()
    assert.is_table(it1())
    assert.is_table(it2())
    c:close()
    raises("corpus is closed", it1)
    raises("corpus is closed", it2)
    raises("corpus is closed", it3)
    -- once it has raised, the iterator is finished: it ends quietly
    assert.is_nil(it1())
    collectgarbage() collectgarbage()
  end)

  it("a query's rows outliving a collected corpus object", function()
    local rows
    do
      local c = corpus_with(1)
      rows = c:prepare("SELECT name FROM documents")
    end
    collectgarbage() collectgarbage() -- the Rows keeps its corpus alive
    assert.are.equal("d1", rows:next().name)
    assert.is_nil(rows:next())
  end)

  it("__close of a to-be-closed corpus, then use", function()
    local c
    do
      local cc <close> = corpus_with(1)
      c = cc
    end
    raises("corpus is closed", c.search, c, "x")
  end)
end)

describe("misuse: callbacks that fail", function()
  local function files(n)
    local p = assert(io.popen("mktemp -d"))
    local dir = p:read("l")
    p:close()
    local paths = {}
    for i = 1, n do
      paths[i] = ("%s/d%d.txt"):format(dir, i)
      local f = assert(io.open(paths[i], "w"))
      f:write(TEXT, ("Record %d of the series.\n"):format(i))
      f:close()
    end
    return paths, dir
  end
  local function cleanup(paths, dir)
    for _, p in ipairs(paths) do os.remove(p) end
    os.remove(dir)
  end

  it("an error inside a progress callback propagates; the corpus stays whole and usable", function()
    local paths, dir = files(6)
    local c = assert(scm.open(":memory:"))
    local seen = 0
    local err = raises("boom at 3", c.ingest, c, paths, {
      batch = false,
      progress = function(i) seen = i; if i == 3 then error("boom at 3") end end,
    })
    assert.is_string(err)
    assert.are.equal(3, seen)
    local n = c:sql("SELECT count(*) AS n FROM documents")().n
    assert.are.equal(3, n) -- each document is whole: the three before the error
    assert.are.equal("ok", c:sql("PRAGMA integrity_check")().integrity_check)
    -- usable afterwards, and the same call finishes the job
    local report = c:ingest(paths)
    assert.are.equal(3, report.stored)
    assert.are.equal(3, report.unchanged)
    c:close()
    cleanup(paths, dir)
  end)

  it("an error inside a batched progress callback leaves no transaction open", function()
    local paths, dir = files(5)
    local c = assert(scm.open(":memory:"))
    raises("stop", c.ingest, c, paths, { progress = function() error("stop") end })
    assert.are.equal(0, c:batch_pending())
    -- a new ingest can start its own batch
    local report = c:ingest(paths)
    assert.is_true(report.ok)
    assert.are.equal(5, c:sql("SELECT count(*) AS n FROM documents")().n)
    c:close()
    cleanup(paths, dir)
  end)

  it("an error inside a name callback is raised, not swallowed", function()
    local paths, dir = files(2)
    local c = assert(scm.open(":memory:"))
    raises("bad namer", c.ingest, c, paths, { name = function() error("bad namer") end })
    assert.is_true(c:ingest(paths).ok)
    c:close()
    cleanup(paths, dir)
  end)

  it("a progress callback that closes the corpus", function()
    local paths, dir = files(3)
    local c = assert(scm.open(":memory:"))
    local ok, err = pcall(c.ingest, c, paths, { batch = false, progress = function() c:close() end })
    assert.is_false(ok)
    assert.matches("corpus is closed", tostring(err))
    cleanup(paths, dir)
  end)
end)

describe("misuse: huge limits", function()
  it("limit and offset of math.maxinteger", function()
    local c = corpus_with(3)
    local n = 0
    for _ in c:search("commitment", { limit = math.maxinteger }) do n = n + 1 end
    assert.are.equal(3, n)
    -- limit + offset overflow: run in a child so that a hang is a failure
    -- (under `timeout`), not a stuck suite
    local lua = os.getenv("LUA") or "lua5.4"
    local p = assert(io.popen(("timeout 20 %s -e %q 2>&1; echo rc=$?"):format(lua, [[
      local scm = require "scm"
      local c = assert(scm.open(":memory:"))
      assert(c:add("d", "Joint Statement\n\nThe Minister reaffirmed the commitment.\n"))
      local n = 0
      for _ in c:search("commitment", { limit = math.maxinteger, offset = math.maxinteger }) do
        n = n + 1
      end
      for _ in c:search("commitment", { limit = math.maxinteger // 2 + 2, offset = 0 }) do
        n = n + 1
      end
      io.write("rows=", n, "\n")
    ]])))
    local out = p:read("a")
    p:close()
    assert.matches("rows=1\nrc=0", out, 1, true)
    n = 0
    for _ in c:sentences({ limit = math.maxinteger, offset = math.maxinteger }) do n = n + 1 end
    for _ in c:documents({ limit = math.maxinteger }) do n = n + 1 end
    assert.are.equal(3, n)
    n = 0
    for _ in c:kwic("commitment", { window = math.maxinteger, limit = math.maxinteger }) do
      n = n + 1
    end
    assert.are.equal(3, n)
    c:close()
  end)

  it("regex start positions at the integer limits", function()
    local re = scm.regex("b")
    assert.are.equal(2, (re:find("abc", math.mininteger)))
    assert.is_nil(re:find("abc", math.maxinteger))
    assert.is_nil(re:match("abc", math.maxinteger))
    assert.are.equal(2, (re:find("abc", -2)))
  end)

  it("a huge parameter string and a huge SQL text", function()
    local c = corpus_with(1)
    local big = ("x"):rep(10 * 1024 * 1024)
    assert.are.equal(#big, c:sql("SELECT length(:s) AS n", { s = big })().n)
    raises("SQL", c.sql, c, "SELECT " .. ("1+"):rep(200000) .. "1")
    c:close()
  end)
end)

describe("misuse: concurrent coroutines", function()
  it("two coroutines interleaving queries on one corpus", function()
    local c = corpus_with(5)
    local function reader(q)
      return coroutine.wrap(function()
        local n = 0
        for _ in c:search(q) do n = n + 1; coroutine.yield(n) end
        return -n
      end)
    end
    local a, b = reader("commitment"), reader("agreed")
    local ra, rb = 0, 0
    repeat
      if ra >= 0 then ra = a() end
      if rb >= 0 then rb = b() end
    until ra < 0 and rb < 0
    local na, nb = 0, 0
    for _ in c:search("commitment") do na = na + 1 end
    for _ in c:search("agreed") do nb = nb + 1 end
    assert.are.equal(-na, ra)
    assert.are.equal(-nb, rb)
    assert.is_true(na > 0 and nb > 0)
    c:close()
  end)

  it("a coroutine writing while another is mid-iteration", function()
    local c = corpus_with(3)
    local it = c:documents()
    assert.is_table(it())
    local co = coroutine.wrap(function()
      assert(c:add("late", TEXT .. "Late.\n"))
      return true
    end)
    assert.is_true(co())
    local rest = 0
    for _ in it do rest = rest + 1 end
    assert.is_true(rest >= 2)
    c:close()
  end)

  it("a coroutine abandoned mid-iteration, then the corpus closed and collected", function()
    local c = corpus_with(3)
    local co = coroutine.create(function()
      for s in c:sentences() do coroutine.yield(s) end
    end)
    assert.is_true((coroutine.resume(co)))
    c:close()
    local ok, err = coroutine.resume(co)
    assert.is_false(ok)
    assert.matches("corpus is closed", tostring(err))
    co = nil -- luacheck: ignore 311 (dropped for the collector)
    c = nil
    collectgarbage() collectgarbage()
  end)

  it("an ingest suspended inside its progress callback, never resumed", function()
    local path = os.tmpname()
    os.remove(path)
    local c = assert(scm.open(path .. ".db"))
    local docs = {}
    for i = 1, 4 do docs[i] = { name = "d" .. i, bytes = TEXT .. ("Record %d.\n"):format(i) } end
    local reported = {}
    local co = coroutine.create(function()
      c:ingest(docs, { batch = false, progress = function(i, _, _, status)
        reported[i] = status
        coroutine.yield(i)
      end })
    end)
    assert.is_true((coroutine.resume(co))) -- suspended after the first document
    -- another coroutine uses the corpus meanwhile
    assert(c:add("other", TEXT .. "Other.\n"))
    co = nil -- luacheck: ignore 311 (dropped for the collector)
    collectgarbage() collectgarbage()
    c:close()
    -- what was reported stored is stored
    local c2 = assert(scm.open(path .. ".db"))
    for i, status in pairs(reported) do
      if status == "new" then
        assert.are.equal(1, c2:sql("SELECT count(*) AS n FROM documents WHERE name = ?1",
          { "d" .. i })().n)
      end
    end
    assert.are.equal("ok", c2:sql("PRAGMA integrity_check")().integrity_check)
    c2:close()
    for _, suffix in ipairs({ ".db", ".db-wal", ".db-shm" }) do os.remove(path .. suffix) end
  end)
end)
