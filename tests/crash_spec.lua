-- Crash test: kill an ingesting process at random moments and check that
-- the corpus is intact and holds each document whole or not at all.

local LUA = os.getenv("LUA") or "lua5.4"
local KILLS = tonumber(os.getenv("SCM_CRASH_KILLS")) or 20

local CHILD = [[
local scm = require "scm"
local path, seed = arg[1], tonumber(arg[2])
local corpus = assert(scm.open(path))
local para = "The Secretary and the Minister reaffirmed the commitment to extended deterrence " ..
  "and urged North Korea to abandon its nuclear programs. They noted progress on cooperation. "
local i = 0
io.stdout:write("ready\n")
io.stdout:flush()
while true do
  i = i + 1
  local parts = { "Joint Statement\n\nSeoul, October 2, 2013\n\n" }
  for p = 1, 20 + (i % 30) do parts[#parts + 1] = para .. ("Item %d of record %d-%d.\n\n"):format(p, seed, i) end
  assert(corpus:add(("doc-%d-%d.txt"):format(seed, i), table.concat(parts)))
end
]]

-- The checks run in a process of their own, as the writer does: the
-- corpus's WAL index is shared memory that the killed writer wrote, which
-- valgrind (make valgrind) cannot see initialised from inside this one.
local CHECK = [[
local scm = require "scm"
local c = assert(scm.open(arg[1]))
local integrity = c:sql("PRAGMA integrity_check")().integrity_check
for _ in c:sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')", nil,
               { write = true }) do end
-- every document holds all the rows it says it has
local bad = c:sql([=[
  SELECT count(*) AS n FROM documents d WHERE
    d.n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id) OR
    d.n_paragraphs != (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.doc_id)]=])().n
local orphans = c:sql("SELECT count(*) AS n FROM sentences s LEFT JOIN documents d USING (doc_id) " ..
                      "WHERE d.doc_id IS NULL")().n
local docs = c:sql("SELECT count(*) AS n FROM documents")().n
-- and the index finds what the table holds
local indexed = c:count("extended deterrence")
local held = c:sql("SELECT count(*) AS n FROM sentences WHERE text LIKE '%extended deterrence%'")().n
c:close()
print(("integrity=%s bad=%d orphans=%d docs=%d indexed=%d held=%d")
  :format(integrity, bad, orphans, docs, indexed, held))
]]

local function sh(cmd)
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  p:close()
  return out
end

describe("a corpus whose writer is killed", function()
  it(("stays intact, documents whole or absent (%d kills)"):format(KILLS), function()
    local dir = sh("mktemp -d"):gsub("%s+$", "")
    local child = dir .. "/child.lua"
    local f = assert(io.open(child, "w"))
    f:write(CHILD)
    f:close()
    local check = dir .. "/check.lua"
    f = assert(io.open(check, "w"))
    f:write(CHECK)
    f:close()
    local db = dir .. "/crash.db"
    math.randomseed(os.time())
    local stored = 0
    for k = 1, KILLS do
      -- start the writer, wait until it is ingesting, kill it at a random moment
      local pid = sh(("cd %s && { %s %s %s %d > %s/out.%d 2>&1 & echo $!; }")
        :format(dir, LUA, child, db, k, dir, k)):match("%d+")
      assert.is_truthy(pid)
      for _ = 1, 200 do
        local o = io.open(("%s/out.%d"):format(dir, k))
        local ready = o and o:read("a"):find("ready")
        if o then o:close() end
        if ready then break end
        os.execute("sleep 0.01")
      end
      os.execute(("sleep %.3f"):format(0.02 + math.random() * 0.25))
      os.execute("kill -9 " .. pid .. " 2>/dev/null")
      os.execute(("while kill -0 %s 2>/dev/null; do sleep 0.01; done"):format(pid))

      local out = sh(("%s %s %s 2>&1"):format(LUA, check, db))
      local integrity, bad, orphans, n, indexed, held =
        out:match("integrity=(%S+) bad=(%d+) orphans=(%d+) docs=(%d+) indexed=(%d+) held=(%d+)")
      assert(integrity, "check failed: " .. out)
      assert.are.equal("ok", integrity)
      assert.are.equal(0, tonumber(bad))
      assert.are.equal(0, tonumber(orphans))
      n = tonumber(n)
      assert.is_true(n >= stored)
      stored = n
      assert.are.equal(tonumber(held), tonumber(indexed))
    end
    assert.is_true(stored > 0, "the writer never stored a document")
    os.execute("rm -rf " .. dir)
  end)
end)
