-- corpus_bench.lua: ingest throughput, search latency and file size of a
-- file corpus built from the real documents.
--
-- Run by tests/bench/run.lua (which passes the list of document paths), or
-- alone: lua5.4 tests/bench/corpus_bench.lua doc1.txt doc2.txt ...
-- SCM_BENCH_SENTENCES (default 1000000) sets the size of the search corpus;
-- SCM_BENCH_DIR (default /tmp) where the corpus file is written;
-- SCM_BENCH_KEEP=1 keeps it (its path is printed); SCM_BENCH_DB=path skips
-- the ingest and measures searches on that corpus.
local scm = require "scm"

local docs = { ... }
if type(docs[1]) == "table" then docs = docs[1] end
if #docs == 0 then
  print("corpus: no documents given, skipped")
  return
end

local has_system, system = pcall(require, "system")
local clock = has_system and system.monotime or os.clock
local clock_name = has_system and "wall" or "CPU"

local target = tonumber(os.getenv("SCM_BENCH_SENTENCES")) or 1000000
local dir = os.getenv("SCM_BENCH_DIR") or "/tmp"
local reuse = os.getenv("SCM_BENCH_DB")
local keep = reuse or os.getenv("SCM_BENCH_KEEP") == "1"
local path = reuse or ("%s/scm-bench-%d.db"):format(dir, os.time())

local function cleanup()
  if keep then return end
  for _, s in ipairs({ "", "-wal", "-shm" }) do os.remove(path .. s) end
end

local function slurp(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local texts = {}
for i, p in ipairs(docs) do
  texts[i] = { name = p:match("([^/]+)$"), bytes = slurp(p) }
end

local sentences, total_bytes = 0, 0
if not reuse then
  cleanup()
  local corpus = assert(scm.open(path))

  -- One pass over the real documents tells the sentences per copy.
  local per_copy, set_bytes = 0, 0
  for _, t in ipairs(texts) do set_bytes = set_bytes + #t.bytes end

  -- Every copy gets its own name and one changed line, so that no copy is a
  -- duplicate of another: the content hash would skip it.
  local copies, total_docs, failed = 0, 0, 0
  local t0 = clock()
  local parse_s, store_s, commit_s = 0, 0, 0
  -- corpus:ingest in chunks of documents given as bytes: its batches (one
  -- transaction per M.BATCH_* bound, a savepoint per document) are what
  -- `scm ingest` does; the index is optimized once, at the end.  A chunk
  -- holds 1 000 documents (several batches), as `scm ingest` on a folder
  -- passes all its files to one call: the worker then parses ahead also
  -- across the commits, which a chunk of one batch would never let it do.
  local function ingest(chunk)
    local report = corpus:ingest(chunk, { optimize = false })
    for _, rec in ipairs(report.files) do
      if rec.status == "failed" then
        failed = failed + 1
        if failed <= 3 then print("corpus: ingest failed: " .. tostring(rec.error)) end
      else
        sentences = sentences + (rec.sentences or 0)
        if rec.name:match("^copy00001%-") then per_copy = per_copy + (rec.sentences or 0) end
        total_bytes = total_bytes + rec.bytes
        total_docs = total_docs + 1
        parse_s = parse_s + (rec.parse_seconds or 0)
        store_s = store_s + (rec.store_seconds or 0)
        commit_s = commit_s + (rec.commit_seconds or 0)
      end
    end
  end
  while sentences < target do
    local chunk = {}
    for _ = 1, 100 do
      copies = copies + 1
      for _, t in ipairs(texts) do
        chunk[#chunk + 1] = { name = ("copy%05d-%s"):format(copies, t.name),
          bytes = t.bytes .. ("\n\nRecord copy %d of %s.\n"):format(copies, t.name) }
      end
    end
    ingest(chunk)
    if per_copy == 0 then
      print("corpus: documents hold no sentences, skipped")
      corpus:close()
      cleanup()
      return
    end
  end
  local elapsed = clock() - t0
  local o0 = clock()
  assert(corpus:optimize())
  local optimize_s = clock() - o0
  print(("ingest: %.1f MB/s, %.0f docs/s (%d documents, %.1f MB of raw text, %d sentences, %.1f s %s)")
    :format(total_bytes / 1e6 / elapsed, total_docs / elapsed, total_docs, total_bytes / 1e6,
            sentences, elapsed, clock_name))
  -- parse+extract runs on a worker thread, up to M.AHEAD_DOCS documents
  -- ahead, overlapped with the stores and the batch commits
  -- (core/ingest.c): the main thread's time is store + commit + the rest
  -- (waiting for the worker, parsing the documents it could not parse
  -- ahead, Lua).
  local rest = elapsed - store_s - commit_s
  print(("  parse+extract %.1f s (%.1f MB/s, on the worker thread); store %.1f s (%.1f MB/s); "
    .. "commit (batch indexing + COMMIT) %.1f s (%.1f MB/s); waiting for parses, Lua and the rest %.1f s")
    :format(parse_s, total_bytes / 1e6 / parse_s, store_s, total_bytes / 1e6 / store_s,
            commit_s, total_bytes / 1e6 / commit_s, rest))
  print(("  storing alone (store + commit): %.1f MB/s; optimize %.1f s; with optimize %.1f MB/s")
    :format(total_bytes / 1e6 / (store_s + commit_s), optimize_s,
            total_bytes / 1e6 / (elapsed + optimize_s)))
  corpus:close()
else
  local c = assert(scm.open(path, { readonly = true }))
  for r in c:sql("SELECT count(*) AS n, (SELECT sum(bytes) FROM documents) AS b FROM sentences") do
    sentences, total_bytes = r.n, r.b
  end
  c:close()
  print("search on " .. path)
end
local corpus = assert(scm.open(path, { readonly = true }))

local queries = {
  { "phrase", '"extended deterrence"' },
  { "phrase", '"nuclear umbrella"' },
  { "phrase", '"Korean Peninsula"' },
  { "phrase", '"North Korea"' },
  { "phrase", '"free and open Indo-Pacific"' },
  { "near", '"extended deterrence" NEAR/10 nuclear' },
  { "near", "NEAR(alliance commitment, 10)" },
  { "near", "NEAR(inflation labor, 15)" },
  { "prefix", "deterr*" },
  { "prefix", "denucleari*" },
  { "prefix", "prolif*" },
  { "prefix", "cooperat*" },
}

local function percentile(sorted, p)
  local i = math.max(1, math.ceil(#sorted * p))
  return sorted[i]
end

-- warm the page cache once
for _, q in ipairs(queries) do for _ in corpus:search(q[2], { limit = 10 }) do end end

local all, by_kind = {}, {}
local rounds = 15
for _ = 1, rounds do
  for _, q in ipairs(queries) do
    local s = clock()
    local n = 0
    for hit in corpus:search(q[2], { limit = 10 }) do
      n = n + #hit.snippet
    end
    local ms = (clock() - s) * 1000
    all[#all + 1] = ms
    by_kind[q[1]] = by_kind[q[1]] or {}
    table.insert(by_kind[q[1]], ms)
  end
end
table.sort(all)
print(("search p50 %.2f ms, p99 %.2f ms (top-10 with snippets, %d queries over %d sentences, %s time)")
  :format(percentile(all, 0.5), percentile(all, 0.99), #all, sentences, clock_name))
for _, kind in ipairs({ "phrase", "near", "prefix" }) do
  local t = by_kind[kind]
  table.sort(t)
  print(("  %-6s p50 %.2f ms, p99 %.2f ms"):format(kind, percentile(t, 0.5), percentile(t, 0.99)))
end
corpus:close()

local f = io.open(path, "rb")
local size = f:seek("end")
f:close()
print(("corpus file: %.1f MB for %.1f MB of raw text (%.2f MB per MB)")
  :format(size / 1e6, total_bytes / 1e6, size / total_bytes))

local status = io.open("/proc/self/status")
if status then
  for line in status:lines() do
    local kb = line:match("^VmHWM:%s+(%d+)")
    if kb then print(("peak memory (VmHWM): %.1f MB"):format(tonumber(kb) / 1024)) end
  end
  status:close()
end
if keep and not reuse then print("corpus kept: " .. path) end
cleanup()
