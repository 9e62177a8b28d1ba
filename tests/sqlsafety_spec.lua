-- SQL safety: user SQL (corpus:sql, `scm sql`) is read-only unless asked
-- otherwise, parameters are always bound, and ATTACH, DETACH,
-- load_extension, transaction control and pragmas that change settings or
-- files are refused by the authorizer.  Each refusal is tried here, and
-- after each the corpus is checked to be unchanged.
local scm = require "scm"

local TEXT = "Joint Statement\n\nThe Secretary and the Minister reaffirmed the commitment.\n"

local function tmpbase()
  local p = os.tmpname()
  os.remove(p)
  return p
end

local function remove_db(path)
  for _, s in ipairs({ "", "-wal", "-shm", "-journal" }) do os.remove(path .. s) end
end

local function refused(c, sql, pattern, params, opts)
  local ok, err = pcall(function()
    for _ in c:sql(sql, params, opts) do end
  end)
  assert.is_false(ok, "not refused: " .. sql)
  assert.is_truthy(tostring(err):find(pattern),
    ("%s: %q does not match %q"):format(sql, tostring(err), pattern))
end

local function count_docs(c)
  return c:sql("SELECT count(*) AS n FROM documents")().n
end

describe("SQL safety", function()
  local path, c
  before_each(function()
    path = tmpbase() .. ".db"
    c = assert(scm.open(path))
    assert(c:add("one", TEXT))
  end)
  after_each(function()
    if c:is_open() then
      assert.are.equal(1, count_docs(c)) -- nothing changed by any refusal
      assert.are.equal("ok", c:sql("PRAGMA integrity_check")().integrity_check)
      c:close()
    end
    remove_db(path)
  end)

  it("reads are allowed", function()
    assert.are.equal("one", c:sql("SELECT name FROM documents")().name)
    assert.is_table(c:sql("PRAGMA table_info(documents)")())
    assert.is_number(c:sql("PRAGMA user_version")().user_version)
    assert.is_table(c:sql("SELECT * FROM sentences WHERE regexp('reaff', text)")())
  end)

  it("writes are refused by default (sqlite3_stmt_readonly)", function()
    refused(c, "DELETE FROM documents", "would change the corpus")
    refused(c, "UPDATE documents SET name = 'x'", "would change the corpus")
    refused(c, "INSERT INTO doc_meta (doc_id, key, value) VALUES (1, 'k', 'v')", "would change the corpus")
    refused(c, "DROP TABLE documents", "would change the corpus")
    refused(c, "CREATE TABLE evil (x)", "would change the corpus")
    refused(c, "CREATE TEMP TABLE t (x)", "would change the corpus")
    refused(c, "VACUUM", "would change the corpus")
    refused(c, "REINDEX", "would change the corpus")
    refused(c, "ANALYZE", "would change the corpus")
    refused(c, "WITH x AS (SELECT 1) DELETE FROM documents", "would change the corpus")
  end)

  it("a write with { write = true } works, and only then", function()
    for _ in c:sql("UPDATE documents SET title = 'T' WHERE name = 'one'", nil, { write = true }) do end
    assert.are.equal("T", c:sql("SELECT title FROM documents")().title)
  end)

  it("write = true on a read-only corpus is refused", function()
    c:close()
    local ro = assert(scm.open(path, { readonly = true }))
    refused(ro, "DELETE FROM documents", "read%-only", nil, { write = true })
    refused(ro, "DELETE FROM documents", "would change the corpus")
    assert.are.equal(1, count_docs(ro))
    ro:close()
    c = assert(scm.open(path))
  end)

  it("ATTACH and DETACH are refused (even with write = true)", function()
    local other = tmpbase() .. ".db"
    refused(c, "ATTACH DATABASE '" .. other .. "' AS x", "SQL refused")
    refused(c, "ATTACH DATABASE '" .. other .. "' AS x", "SQL refused", nil, { write = true })
    refused(c, "ATTACH ?1 AS x", "SQL refused", { other })
    refused(c, "DETACH DATABASE main", "SQL refused", nil, { write = true })
    assert.is_nil(io.open(other)) -- no file was created
  end)

  it("load_extension is refused", function()
    refused(c, "SELECT load_extension('/tmp/evil.so')", "not authorized")
    refused(c, "SELECT load_extension('libc.so.6', 'system')", "not authorized", nil,
      { write = true })
  end)

  it("pragmas that change settings or files are refused", function()
    local pragmas = {
      "PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = OFF",
      "PRAGMA synchronous = OFF", "PRAGMA writable_schema = ON",
      "PRAGMA user_version = 99", "PRAGMA application_id = 1",
      "PRAGMA foreign_keys = OFF", "PRAGMA max_page_count = 1",
      "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA incremental_vacuum",
      "PRAGMA auto_vacuum = FULL", "PRAGMA locking_mode = EXCLUSIVE",
      "PRAGMA temp_store_directory = '/tmp'", "PRAGMA cache_size = 1",
      "PRAGMA mmap_size = 1000000000", "PRAGMA busy_timeout = 0",
      "PRAGMA optimize", "PRAGMA shrink_memory", "PRAGMA secure_delete = ON",
      "PRAGMA trusted_schema = ON", "PRAGMA cell_size_check = OFF",
      "PRAGMA main.journal_mode = MEMORY",
    }
    for _, p in ipairs(pragmas) do
      refused(c, p, "SQL refused")
      refused(c, p, "SQL refused", nil, { write = true })
    end
    -- the settings are as they were
    assert.are.equal("wal", c:sql("PRAGMA journal_mode")().journal_mode)
  end)

  it("transaction control is refused (a user cannot leave a transaction open)", function()
    for _, s in ipairs({ "BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK",
                         "SAVEPOINT x", "RELEASE x", "END" }) do
      refused(c, s, "SQL refused", nil, { write = true })
    end
  end)

  it("one statement at a time: no piggy-backed write", function()
    refused(c, "SELECT 1; DELETE FROM documents", "one statement at a time")
    refused(c, "SELECT 1; DELETE FROM documents", "one statement at a time", nil, { write = true })
    -- a trailing ';' and white space are fine
    assert.are.equal(1, c:sql("SELECT 1 AS x;  \n")().x)
  end)

  it("parameters are bound, never spliced: an injection string is just text", function()
    local evil = "x'); DELETE FROM documents; --"
    local n = 0
    for _ in c:sql("SELECT name FROM documents WHERE name = :n", { n = evil }) do n = n + 1 end
    assert.are.equal(0, n)
    -- every friendly query takes user text as parameters too
    -- (as a search it is either no hit or a malformed query, never SQL)
    local ok, err = pcall(function() for _ in c:search(evil) do n = n + 1 end end)
    assert.is_true(ok or tostring(err):find("malformed search query") ~= nil, tostring(err))
    for _ in c:documents({ series = evil, kind = evil, from = evil }) do n = n + 1 end
    for _ in c:sentences({ document = evil }) do n = n + 1 end
    ok, err = pcall(function() for _ in c:kwic(evil) do n = n + 1 end end)
    assert.is_true(ok or tostring(err):find("malformed search query") ~= nil, tostring(err))
    assert.are.equal(0, n)
    -- and the names stay names
    assert(c:add("x'); DROP TABLE documents; --", TEXT .. "Again.\n"))
    assert.are.equal(2, count_docs(c))
    for _ in c:sql("DELETE FROM documents WHERE name = ?1", { "x'); DROP TABLE documents; --" },
      { write = true }) do end
  end)

  it("user functions get their arguments checked", function()
    refused(c, "SELECT regexp('(unclosed', 'x')", "missing closing parenthesis")
    refused(c, "SELECT regexp('(a+)+$', ?1)", "match limit", { ("a"):rep(5000) .. "b" })
    assert.is_table(c:sql("SELECT regexp(NULL, 'x') AS r")())
  end)

  it("a malformed search is a clear error, not an SQL error", function()
    local ok, err = pcall(function() for _ in c:search('"unclosed') do end end)
    assert.is_false(ok)
    assert.matches("malformed search query", tostring(err))
  end)

  it("the schema cannot be reached through a view or trigger of user SQL", function()
    refused(c, "CREATE VIEW v AS SELECT * FROM documents", "would change the corpus")
    refused(c, "CREATE TRIGGER t AFTER INSERT ON documents BEGIN DELETE FROM documents; END",
      "would change the corpus")
    refused(c, "SELECT * FROM sqlite_master WHERE 0; UPDATE sqlite_master SET sql = ''",
      "one statement")
  end)
end)
