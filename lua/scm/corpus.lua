--- scm.corpus: communiqués in one SQLite file, and the questions to ask it.
--
--    local scm = require "scm"
--    local corpus <close> = assert(scm.open("alliance.db"))
--    corpus:ingest({ "scm44-2012.txt", "scm45-2013.txt" }, { progress = print })
--    for hit in corpus:search('"extended deterrence" NEAR/10 nuclear') do
--      print(hit.document.date, hit.sentence.index, hit.score, hit.snippet)
--    end
--
-- The store itself (schema, ingest, REGEXP, the guards on user SQL) is C
-- (core/store.c); this file builds parameterised statements and turns rows
-- into friendly tables.  Every query is an iterator that steps one prepared
-- statement per call: nothing loads the corpus into memory.  Spans and
-- ordinals are 1-based and inclusive, as string.sub takes them.

local core = require "scm.core"

local M = {}
local Corpus = core.Corpus -- the C methods table of scm.Corpus
local rewrite_near -- defined with search, used by every text filter

local function argerror(fname, msg)
  error(("corpus:%s: %s"):format(fname, msg), 3)
end

local function check_opts(fname, opts)
  if opts == nil then return {} end
  if type(opts) ~= "table" then
    argerror(fname, "options must be a table, got " .. type(opts))
  end
  return opts
end

local function check_count(fname, opts, key, default)
  local v = opts[key]
  if v == nil then return default end
  if math.type(v) ~= "integer" or v < 0 then
    argerror(fname, ("%s must be a non-negative integer"):format(key))
  end
  return v
end

local function check_string(fname, opts, key)
  local v = opts[key]
  if v ~= nil and type(v) ~= "string" and type(v) ~= "number" then
    argerror(fname, ("%s must be a string, got %s"):format(key, type(v)))
  end
  return v ~= nil and tostring(v) or nil
end

local function basename(path)
  return path:match("([^/\\]+)$") or path
end

-- Prepare internal SQL; raise with the store's message (a caller's bad
-- query, bad regex) at the caller's level.
local function prepare(self, sql, params, mode, level)
  local rows, err = self:prepare(sql, params, mode)
  if not rows then error(err, level + 1) end
  return rows
end

-- An iterator over converted rows.  The first row is fetched at once so
-- that a malformed query raises when the method is called, not mid-loop;
-- the Rows object is the loop's closing value, so `break` finalizes it.
local function iterate(rows, convert, level)
  local ok, err = pcall(rows.prefetch, rows)
  if not ok then
    rows:close()
    error(err, level + 1)
  end
  return function()
    local r = rows:next()
    if r then return convert(r) end
  end, nil, nil, rows
end

--- Open (or create) a corpus.
-- @param path a file name, or ":memory:"
-- @param opts { readonly = true } to read an existing corpus only
-- @return Corpus, or nil and a message ("... is not an scm corpus")
function M.open(path, opts)
  if type(path) ~= "string" then
    error(("scm.open: path must be a string, got %s"):format(type(path)), 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(("scm.open: options must be a table, got %s"):format(type(opts)), 2)
  end
  opts = opts or {}
  return core.open_corpus(path, opts.readonly and true or false)
end

---------------------------------------------------------------------------
-- Ingest

--- Store one document given as bytes.
-- @return the ingest record { doc_id, version, status = "new" | "version" |
--   "unchanged" | "duplicate", hash, paragraphs, sentences, acts }, or nil,
--   message, byte (1-based raw byte of bad input)
function Corpus:add(name, bytes, opts)
  if type(name) ~= "string" or name == "" then
    argerror("add", "name must be a non-empty string")
  end
  if type(bytes) ~= "string" then
    argerror("add", "bytes must be a string, got " .. type(bytes))
  end
  opts = check_opts("add", opts)
  return self:ingest_bytes(name, bytes, opts.source, opts.encoding)
end

-- Bounds of one ingest batch (one transaction): a crash loses at most the
-- documents of the batch being written, never part of a document.
M.BATCH_DOCS, M.BATCH_BYTES, M.BATCH_SECONDS = 200, 8e6, 0.25
-- A batch ingest reads this many documents (or bytes of text, past the
-- next document) ahead of the one it stores: the C core parses them on a
-- worker thread meanwhile, also while a batch commits.
M.AHEAD_DOCS, M.AHEAD_BYTES = 128, 8e6
-- corpus:search makes the snippets while it ranks when it shows at most
-- this many rows (limit + offset); beyond, in a pass of their own.
M.SNIPPETS_WHILE_RANKING = 100
-- corpus:ingest optimizes the index when the call added at least this
-- share of the corpus's sentences (optimize = true forces it).
M.OPTIMIZE_SHARE = 0.1

local function read_item(i, item, namer)
  if type(item) == "table" then
    if type(item.name) ~= "string" or item.name == "" or type(item.bytes) ~= "string" then
      return nil, nil, ("paths[%d]: a document needs name and bytes strings"):format(i)
    end
    return { path = item.source, name = item.name }, item.bytes
  end
  local rec = { path = item, name = namer and namer(item) or basename(item) }
  local f, oerr = io.open(item, "rb")
  if not f then return rec, nil, oerr end
  local bytes, rerr = f:read("a")
  f:close()
  if not bytes then return rec, nil, ("%s: %s"):format(item, rerr or "cannot read") end
  return rec, bytes
end

-- A file read from disk: text is ingested as it is; a PDF or an HTML page
-- (scm.source.detect) becomes text through scm.source.load, unless its
-- original bytes are already stored (documents.source_hash: then nothing
-- runs, not even pdftotext).  Returns text, kind, source hash (nil, nil,
-- nil for text files), or nil with rec.reason and an error, or sets
-- rec.status ("unchanged", "duplicate") for a known file.
local function read_source(self, rec, bytes, opts)
  local source = require "scm.source"
  local kind = source.detect(bytes, rec.path)
  if kind == "text" and not rec.path:lower():find("%.pdf$") then return bytes end
  local hash = core.hash(bytes)
  local rows = assert(self:prepare("SELECT doc_id, name, version FROM documents " ..
    "WHERE source_hash = :h ORDER BY version DESC LIMIT 1", { h = hash }))
  local r = rows:next()
  rows:close()
  if r then
    rec.status = r.name == rec.name and "unchanged" or "duplicate"
    rec.doc_id, rec.version, rec.hash, rec.kind = r.doc_id, r.version, hash, kind
    if rec.status == "duplicate" then rec.same_as = r.name end
    return nil
  end
  local loaded, err, code = source.load(rec.path, { password = opts.password,
    pdftotext = opts.pdftotext, charset = opts.charset })
  if not loaded then
    rec.reason = code
    return nil, nil, nil, err
  end
  rec.kind, rec.pages = loaded.kind, loaded.pages
  return loaded.text, loaded.kind, loaded.hash
end

--- Ingest files (or documents given as { name =, bytes = [, source =] }).
-- Documents are stored in batches: each document under its own savepoint
-- (a failing one leaves no row and the batch goes on), a commit every
-- M.BATCH_DOCS documents, M.BATCH_BYTES bytes or M.BATCH_SECONDS of work.
-- @param paths a path or a list of paths / documents
-- @param opts { progress = function(i, n, path, status, record) (called
--   once the record's batch is committed), encoding = "utf-8" | "auto" |
--   "windows-1252", name = function(path) -> document name (default: the
--   base name), batch = false (one transaction per document),
--   optimize = true | false (default: when the call added >= 10% of the
--   sentences) }
-- @return report { files = { record... }, stored, unchanged, failed,
--   bytes, ok = (failed == 0), optimized }; a failed record has error and
--   position
function Corpus:ingest(paths, opts)
  if type(paths) == "string" then paths = { paths } end
  if type(paths) ~= "table" then
    argerror("ingest", "paths must be a string or a list of strings")
  end
  opts = check_opts("ingest", opts)
  local progress, namer = opts.progress, opts.name
  if progress ~= nil and type(progress) ~= "function" then
    argerror("ingest", "progress must be a function")
  end
  if namer ~= nil and type(namer) ~= "function" then
    argerror("ingest", "name must be a function")
  end
  for i, path in ipairs(paths) do
    if type(path) ~= "string" and type(path) ~= "table" then
      argerror("ingest", ("paths[%d] must be a string"):format(i))
    end
  end
  local report = { files = {}, stored = 0, unchanged = 0, failed = 0, bytes = 0 }
  local batched = opts.batch ~= false and not self:readonly()
  local pending, pending_bytes, batch_clock = {}, 0, os.clock()
  local added = 0

  local function count(i, rec)
    if rec.status == "failed" then
      report.failed = report.failed + 1
    elseif rec.status == "unchanged" or rec.status == "duplicate" then
      report.unchanged = report.unchanged + 1
      report.bytes = report.bytes + (rec.bytes or 0)
    else
      report.stored = report.stored + 1
      report.bytes = report.bytes + (rec.bytes or 0)
      added = added + (rec.sentences or 0)
    end
    report.files[i] = rec
    if progress then progress(i, #paths, rec.path, rec.status, rec) end
  end

  -- Commit the open batch, then report its records; if the commit fails,
  -- none of them is stored.
  -- A stored record's commit_seconds is its share of the batch's commit.
  local function flush(finish)
    local ok, err
    if finish then ok, err = self:batch_end() else ok, err = self:batch_commit() end
    local stored = 0
    for _, p in ipairs(pending) do
      if p.rec.status == "new" or p.rec.status == "version" then stored = stored + 1 end
    end
    local share = ok and stored > 0 and (tonumber(err) or 0) / stored or nil
    for _, p in ipairs(pending) do
      if p.rec.status == "new" or p.rec.status == "version" then
        if ok then
          p.rec.commit_seconds = share
        else
          p.rec.status, p.rec.error = "failed", err
          p.rec.doc_id, p.rec.version = nil, nil
        end
      end
      count(p.i, p.rec)
    end
    pending, pending_bytes, batch_clock = {}, 0, os.clock()
  end

  -- Read item i: its record and its bytes (and nothing more, yet).
  local function read_raw(i)
    local item = paths[i]
    local rec, bytes, rerr = read_item(i, item, namer)
    rec = rec or { path = tostring(item) }
    return { i = i, item = item, rec = rec, bytes = bytes, err = rerr }
  end

  -- A file that is to become text through scm.source (a PDF, an HTML page).
  local function is_source(e)
    if not e.bytes or type(e.item) ~= "string" then return false end
    local kind = require("scm.source").detect(e.bytes, e.rec.path)
    return kind ~= "text" or e.rec.path:lower():find("%.pdf$") ~= nil
  end

  -- The text to parse of an entry read by read_raw, or its final status.
  local function to_text(e)
    local rec, bytes, rerr = e.rec, e.bytes, e.err
    local text, kind, hash = bytes, nil, nil
    if bytes and type(e.item) == "string" then
      text, kind, hash, rerr = read_source(self, rec, bytes, opts)
      if rec.status then rec.bytes, bytes = #bytes, nil end -- known file
    end
    if rec.status then -- luacheck: ignore 542
    elseif not text then
      rec.status, rec.error = "failed", rerr
    end
    e.bytes, e.text, e.kind, e.hash, e.err = bytes, text, kind, hash, nil
    e.encoding = (not kind) and opts.encoding or nil
    return e
  end

  local function apply(e, res, err, pos)
    local rec = e.rec
    if res then
      for k, v in pairs(res) do rec[k] = v end
      rec.bytes, rec.kind, rec.source_hash = #e.bytes, e.kind or "text", e.hash or res.hash
    else
      rec.status, rec.error, rec.position = "failed", err, pos
    end
  end

  -- One document at a time, each in its own transaction.
  local function run_each()
    for i = 1, #paths do
      local e = to_text(read_raw(i))
      if not e.rec.status then
        apply(e, self:ingest_bytes(e.rec.name, e.text, e.rec.path, e.encoding, e.kind, e.hash))
      end
      count(i, e.rec)
    end
  end

  local function batch_full()
    return #pending >= M.BATCH_DOCS or pending_bytes >= M.BATCH_BYTES
      or os.clock() - batch_clock >= M.BATCH_SECONDS
  end

  local function add(e)
    pending[#pending + 1] = { i = e.i, rec = e.rec }
    pending_bytes = pending_bytes + (e.bytes and #e.bytes or 0)
  end

  -- In a batch, files are read up to M.AHEAD_DOCS documents (or
  -- M.AHEAD_BYTES) ahead of the one being stored, so that the C core
  -- parses them on a worker thread while it stores and commits
  -- (corpus:ingest_run, scm_store_ingest_run); a PDF or HTML file is
  -- converted only once every file before it is stored, as one at a time.
  -- The records, their order and the batches are the same as one at a time.
  local function run_batched()
    local window, head, tail, window_bytes = {}, 1, 0, 0 -- window[head .. tail]: read, not stored
    local nread, held = 0, nil -- held: a source file read, converted later
    local function push(e)
      tail = tail + 1
      window[tail] = e
      window_bytes = window_bytes + (e.text and #e.text or 0)
    end
    local function pop()
      local e = window[head]
      window[head], head = nil, head + 1
      window_bytes = window_bytes - (e.text and #e.text or 0)
      return e
    end
    local function fill()
      while nread < #paths or held do
        local queued = tail - head + 1
        if queued >= M.AHEAD_DOCS or (queued >= 2 and window_bytes >= M.AHEAD_BYTES) then return end
        if held then
          if queued > 0 then return end
          push(to_text(held))
          held = nil
        else
          nread = nread + 1
          local e = read_raw(nread)
          if queued > 0 and is_source(e) then held = e else push(to_text(e)) end
        end
      end
    end
    fill()
    while head <= tail do
      if window[head].rec.status then -- nothing to store
        add(pop())
      else
        -- every document to parse is queued; the leading ones are stored now
        local docs, run, leading = {}, 0, true
        for k = head, tail do
          local e = window[k]
          if e.rec.status then
            leading = false
          else
            docs[#docs + 1] = { name = e.rec.name, text = e.text, path = e.rec.path,
              encoding = e.encoding, kind = e.kind, hash = e.hash, size = #e.bytes }
            if leading then run = run + 1 end
          end
        end
        -- and while files remain to be read, half the window stays queued,
        -- so that the next call starts with documents parsed
        if nread < #paths or held then run = math.max(1, math.min(run, #docs - M.AHEAD_DOCS // 2)) end
        local stored, results = self:ingest_run(docs, run, {
          docs = #pending, max_docs = M.BATCH_DOCS, bytes = pending_bytes,
          max_bytes = M.BATCH_BYTES, clock = batch_clock, max_seconds = M.BATCH_SECONDS })
        for k = 1, stored do
          local e, res = pop(), results[k]
          if res.status == "failed" then apply(e, nil, res.error, res.position) else apply(e, res) end
          add(e)
        end
      end
      if batch_full() then flush(false) end
      fill()
    end
  end

  if batched then
    local ok, err = self:batch_begin()
    if not ok then error(err, 2) end
    local rok, rerr = pcall(run_batched)
    if not rok then
      self:batch_end() -- whatever is whole is kept
      error(rerr, 0)
    end
    flush(true)
  else
    run_each()
  end
  report.ok = report.failed == 0
  if added > 0 and not self:readonly() and opts.optimize ~= false then
    local total = 0
    for r in self:prepare("SELECT coalesce(max(sentence_id), 0) AS n FROM sentences") do
      total = r.n
    end
    if opts.optimize or added >= M.OPTIMIZE_SHARE * total then
      report.optimized = self:optimize() or false
    end
  end
  return report
end

---------------------------------------------------------------------------
-- Filters shared by every query: metadata of the document.

local function doc_filters(fname, opts, where, params)
  if not opts.all_versions then where[#where + 1] = "d.current = 1" end
  local series = check_string(fname, opts, "series")
  if series then
    where[#where + 1] = "d.series = :f_series COLLATE NOCASE"
    params.f_series = series
  end
  local from = check_string(fname, opts, "from")
  if from then
    where[#where + 1] = "d.date >= :f_from"
    params.f_from = from
  end
  local to = check_string(fname, opts, "to")
  if to then
    -- inclusive at the precision given: to = "2015" keeps "2015-12-31"
    where[#where + 1] = "substr(d.date, 1, length(:f_to)) <= :f_to"
    params.f_to = to
  end
  local document = opts.document
  if document ~= nil then
    if math.type(document) == "integer" then
      where[#where + 1] = "d.doc_id = :f_doc"
    elseif type(document) == "string" then
      where[#where + 1] = "d.name = :f_doc"
    else
      argerror(fname, "document must be a name or a doc_id")
    end
    params.f_doc = document
  end
  local kind = check_string(fname, opts, "kind")
  if kind then
    where[#where + 1] = "d.kind = :f_kind COLLATE NOCASE"
    params.f_kind = kind
  end
end

-- Conditions on the speech acts of a sentence (one act must meet all).
local function act_condition(fname, opts, params, sentence_expr)
  local conds = {}
  local verb = check_string(fname, opts, "verb")
  if verb then
    conds[#conds + 1] = "(a.lemma = :a_verb COLLATE NOCASE OR a.verb = :a_verb COLLATE NOCASE)"
    params.a_verb = verb
  end
  local class = check_string(fname, opts, "class")
  if class then
    conds[#conds + 1] = "a.class = :a_class COLLATE NOCASE"
    params.a_class = class
  end
  local actor = check_string(fname, opts, "actor")
  if actor then
    conds[#conds + 1] = "(EXISTS (SELECT 1 FROM act_actors aa WHERE aa.act_id = a.act_id" ..
      " AND aa.actor = :a_actor COLLATE NOCASE) OR instr(lower(a.subject), lower(:a_actor)) > 0)"
    params.a_actor = actor
  end
  if opts.negated ~= nil then
    conds[#conds + 1] = "a.negated = :a_negated"
    params.a_negated = opts.negated and 1 or 0
  end
  if #conds == 0 then return nil end
  return ("EXISTS (SELECT 1 FROM acts a WHERE a.%s AND %s)"):format(sentence_expr,
    table.concat(conds, " AND "))
end

local function text_conditions(fname, opts, where, params, column, id_expr)
  local match = check_string(fname, opts, "match")
  if match then
    where[#where + 1] = id_expr ..
      " IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :t_match)"
    params.t_match = rewrite_near(match)
  end
  local regex = check_string(fname, opts, "regex")
  if regex then
    where[#where + 1] = "regexp(:t_regex, " .. column .. ")"
    params.t_regex = regex
  end
  local contains = check_string(fname, opts, "contains")
  if contains then
    where[#where + 1] = "instr(" .. column .. ", :t_contains) > 0"
    params.t_contains = contains
  end
end

local function limit_clause(fname, opts, params, default)
  params.l_limit = check_count(fname, opts, "limit", default or -1)
  params.l_offset = check_count(fname, opts, "offset", 0)
  return " LIMIT :l_limit OFFSET :l_offset"
end

local DOC_COLUMNS = "d.doc_id, d.name AS doc_name, d.version AS doc_version, " ..
  "d.title AS doc_title, d.date AS doc_date, d.series AS doc_series, " ..
  "d.number AS doc_number, d.kind AS doc_kind, d.place AS doc_place"

local function doc_of(r)
  return {
    id = r.doc_id, name = r.doc_name, version = r.doc_version, title = r.doc_title,
    date = r.doc_date, series = r.doc_series, number = r.doc_number,
    kind = r.doc_kind, place = r.doc_place,
  }
end

local function sentence_of(r)
  return {
    id = r.sentence_id, index = r.position, paragraph = r.paragraph,
    start = r.start, stop = r.stop, text = r.text,
  }
end

---------------------------------------------------------------------------
-- Search

-- FTS5 knows NEAR(a b, N) only; people write the FTS3 form "a NEAR/N b"
-- (and the issue's examples do).  Rewrite a NEAR/N b [NEAR/M c ...] into
-- NEAR(a b c, max(N, M)); a bare NEAR means NEAR/10.
function rewrite_near(q)
  if not q:find("NEAR", 1, true) then return q end
  local items, i, n = {}, 1, #q
  while i <= n do
    local c = q:sub(i, i)
    if c:match("%s") then
      i = i + 1
    elseif c == '"' then
      local j = i + 1
      while j <= n do
        if q:sub(j, j) == '"' then
          if q:sub(j + 1, j + 1) == '"' then j = j + 2 else break end
        else
          j = j + 1
        end
      end
      local k = j + 1
      if q:sub(k, k) == "*" then k = k + 1 end
      items[#items + 1] = q:sub(i, k - 1)
      i = k
    elseif c == "(" or c == ")" then
      items[#items + 1] = c
      i = i + 1
    else
      local j = i
      while j <= n and not q:sub(j, j):match('[%s()"]') do j = j + 1 end
      items[#items + 1] = q:sub(i, j - 1)
      i = j
    end
  end
  local function is_term(t)
    return t and t ~= "(" and t ~= ")" and not t:match("^AND$") and not t:match("^OR$")
      and not t:match("^NOT$") and not t:match("^NEAR")
  end
  local out, k = {}, 1
  while k <= #items do
    local t = items[k]
    local dist = items[k + 1] and (items[k + 1]:match("^NEAR/(%d+)$") or (items[k + 1] == "NEAR" and "10"))
    if is_term(t) and dist and is_term(items[k + 2]) then
      local group, maxd = { t }, tonumber(dist)
      k = k + 1
      while items[k] and is_term(items[k + 1]) do
        local d = items[k]:match("^NEAR/(%d+)$") or (items[k] == "NEAR" and "10")
        if not d then break end
        group[#group + 1] = items[k + 1]
        maxd = math.max(maxd, tonumber(d))
        k = k + 2
      end
      out[#out + 1] = ("NEAR(%s, %d)"):format(table.concat(group, " "), maxd)
    else
      out[#out + 1] = t
      k = k + 1
    end
  end
  return table.concat(out, " ")
end
M.rewrite_near = rewrite_near

--- Full-text search over sentences, best first (bm25).
-- @param query FTS5 syntax: words, "phrases", NEAR(a b, 10) or a NEAR/10 b,
--   prefix*, AND / OR / NOT, parentheses
-- @param opts { limit = 10, offset = 0, series, from, to, document, kind,
--   all_versions, marks = { "[", "]" }, ellipsis = "…", tokens = 16 }
-- @return iterator of { score, snippet, document = {...}, sentence = {...} };
--   raises "malformed search query: ..." on a bad query
function Corpus:search(query, opts)
  if type(query) ~= "string" then
    argerror("search", "query must be a string, got " .. type(query))
  end
  opts = check_opts("search", opts)
  local marks = opts.marks or { "[", "]" }
  if type(marks) ~= "table" or type(marks[1]) ~= "string" or type(marks[2]) ~= "string" then
    argerror("search", "marks must be a pair of strings")
  end
  local params = {
    q = rewrite_near(query), m_open = marks[1], m_close = marks[2],
    m_ellipsis = check_string("search", opts, "ellipsis") or "…",
    m_tokens = check_count("search", opts, "tokens", 16),
  }
  if params.m_tokens < 1 or params.m_tokens > 64 then
    argerror("search", "tokens must be between 1 and 64")
  end
  -- The ranking function and its argument (the query text, the key of
  -- the connection's cache of phrase counts) as FTS5 reads them: SQL.
  params.r_rank = "scm_rank('" .. params.q:gsub("'", "''") .. "')"
  -- Saturate: no corpus holds 2^31 sentences, and limit + offset must not
  -- overflow into a negative count (or a loop from math.mininteger).
  local CAP = 0x7fffffff
  local limit = math.min(check_count("search", opts, "limit", 10), CAP)
  local offset = math.min(check_count("search", opts, "offset", 0), CAP)
  local want = math.min(limit + offset, CAP)
  local where = {}
  doc_filters("search", opts, where, params)
  local selective = #where > (opts.all_versions and 0 or 1)
  local fparams = {}
  for k, v in pairs(params) do
    if k:match("^f_") then fparams[k] = v end
  end
  local function rows_of(sql, p)
    local out = {}
    local rows = prepare(self, sql, p, "internal", 3)
    local ok, err = pcall(function()
      for r in rows, nil, nil, rows do out[#out + 1] = r end
    end)
    rows:close()
    if not ok then error(err, 3) end
    return out
  end
  local function ids_of(sql, p)
    local out = rows_of(sql, p)
    for i, r in ipairs(out) do out[i] = r.id end
    return out
  end
  -- Snippets are made in stage 1 (for the rows that may win) unless the
  -- filters join while ranking, or a deep page would make thousands.
  local inline = not selective and want <= M.SNIPPETS_WHILE_RANKING
  local snippet = inline and (", snippet(f.sentences_fts, 0, :m_open, :m_close, :m_ellipsis, :m_tokens)" ..
    " AS s") or ""
  local found = {} -- id -> { score, snippet } of stage 1, when it made them
  -- Stage 1: the best rowids.  SQLite's own ORDER BY ... LIMIT keeps a
  -- bounded sorter (FTS5's ORDER BY rank sorts every match).
  local top = {}
  if want > 0 then
    local base = "SELECT f.rowid AS id FROM sentences_fts AS f"
    local rank_where = " WHERE f.sentences_fts MATCH :q AND f.rank MATCH :r_rank"
    if selective then
      -- filters other than "current": joined while ranking (exact)
      local p = { q = params.q, r_rank = params.r_rank, n = want }
      for k, v in pairs(fparams) do p[k] = v end
      top = ids_of(base .. " JOIN sentences s ON s.sentence_id = f.rowid" ..
        " JOIN documents d ON d.doc_id = s.doc_id" .. rank_where .. " AND " ..
        table.concat(where, " AND ") .. " ORDER BY f.rank + 0, f.rowid LIMIT :n", p)
    else
      -- the best n of all matches, then keep those of current documents;
      -- too few kept while more matched: again with a larger n (exact)
      local n = want * 2 + 8
      while true do
        -- scm_rank(query, n) gives NULL to a row that is not among the
        -- best n so far: the sorter sees only the rows that may win
        -- (and a snippet only for those: one pass over the matches, where
        -- a second statement for the snippets would read the whole rowid
        -- range of the shown rows again, and rebuild a prefix's doclist)
        local cand = rows_of("SELECT * FROM (SELECT f.rowid AS id, f.rank AS r" ..
          snippet .. " FROM sentences_fts AS f" .. rank_where ..
          ") WHERE r IS NOT NULL ORDER BY r + 0, id LIMIT :n",
          { q = params.q, r_rank = params.r_rank:sub(1, -2) .. ", " .. n .. ")", n = n,
            m_open = inline and params.m_open or nil, m_close = inline and params.m_close or nil,
            m_ellipsis = inline and params.m_ellipsis or nil, m_tokens = inline and params.m_tokens or nil })
        for i, r in ipairs(cand) do
          found[r.id] = { score = -r.r, snippet = r.s }
          cand[i] = r.id
        end
        if #where == 0 or #cand == 0 then
          top = cand
        else
          local keep = {}
          for _, id in ipairs(ids_of("SELECT s.sentence_id AS id FROM sentences s " ..
              "JOIN documents d ON d.doc_id = s.doc_id WHERE s.sentence_id IN (" ..
              table.concat(cand, ",") .. ") AND " .. table.concat(where, " AND "), fparams)) do
            keep[id] = true
          end
          top = {}
          for _, id in ipairs(cand) do
            if keep[id] then top[#top + 1] = id end
          end
        end
        if #top >= want or #cand < n then break end
        n = math.min(n * 8, CAP)
      end
    end
  end
  local shown = {}
  for i = offset + 1, math.min(#top, want) do shown[#shown + 1] = math.tointeger(top[i]) end
  params.f_series, params.f_from, params.f_to, params.f_doc, params.f_kind = nil, nil, nil, nil, nil
  if inline then
    -- scores and snippets came with stage 1: the rows' metadata only, in
    -- the order of `shown`
    local order = { "CASE s.sentence_id" }
    for i, id in ipairs(shown) do order[#order + 1] = ("WHEN %d THEN %d"):format(id, i) end
    order[#order + 1] = "END"
    if #shown == 0 then order = { "s.sentence_id" } end
    local rows = prepare(self, "SELECT s.sentence_id, s.position, s.paragraph, s.start, s.stop, s.text, " ..
      DOC_COLUMNS .. " FROM sentences s JOIN documents d ON d.doc_id = s.doc_id" ..
      " WHERE s.sentence_id IN (" .. table.concat(shown, ",") .. ") ORDER BY " ..
      table.concat(order, " "), {}, "internal", 2)
    return iterate(rows, function(r)
      local f = found[r.sentence_id]
      return { score = f.score, snippet = f.snippet, document = doc_of(r), sentence = sentence_of(r) }
    end, 2)
  end
  local sql = "SELECT s.sentence_id, s.position, s.paragraph, s.start, s.stop, s.text, " ..
    "-f.rank AS score, " ..
    "snippet(f.sentences_fts, 0, :m_open, :m_close, :m_ellipsis, :m_tokens) AS snippet, " ..
    DOC_COLUMNS ..
    " FROM sentences_fts AS f JOIN sentences s ON s.sentence_id = f.rowid" ..
    " JOIN documents d ON d.doc_id = s.doc_id WHERE f.sentences_fts MATCH :q AND f.rank MATCH :r_rank" ..
    " AND f.rowid BETWEEN :lo AND :hi AND +f.rowid IN (" .. table.concat(shown, ",") .. ")" ..
    " ORDER BY f.rank + 0, f.rowid"
  -- one pass over the rowid range (a rowid = ? per id would make FTS5
  -- rebuild a prefix query's merged doclist once per id)
  params.lo, params.hi = math.huge, -1
  for _, id in ipairs(shown) do
    params.lo, params.hi = math.min(params.lo, id), math.max(params.hi, id)
  end
  params.lo = math.tointeger(params.lo) or 0
  local rows = prepare(self, sql, params, "internal", 2)
  return iterate(rows, function(r)
    return { score = r.score, snippet = r.snippet, document = doc_of(r), sentence = sentence_of(r) }
  end, 2)
end

--- Count the sentences a query matches (same filters as search).
function Corpus:count(query, opts)
  if type(query) ~= "string" then
    argerror("count", "query must be a string, got " .. type(query))
  end
  opts = check_opts("count", opts)
  local params = { q = rewrite_near(query) }
  local where = { "sentences_fts MATCH :q" }
  doc_filters("count", opts, where, params)
  local rows = prepare(self, "SELECT count(*) AS n FROM sentences_fts " ..
    "JOIN sentences s ON s.sentence_id = sentences_fts.rowid " ..
    "JOIN documents d ON d.doc_id = s.doc_id WHERE " .. table.concat(where, " AND "),
    params, "internal", 2)
  local ok, r = pcall(rows.next, rows)
  rows:close()
  if ok and not r then r = { n = 0 } end
  if not ok then error(r, 2) end
  return r.n
end

---------------------------------------------------------------------------
-- Keyword in context

-- Split the text of a highlighted string (matches between \1 and \2) into
-- clean text and the 1-based inclusive spans of the matches.
local function unmark(h)
  local out, spans, pos = {}, {}, 0
  local i = 1
  while true do
    local a = h:find("\1", i, true)
    if not a then
      out[#out + 1] = h:sub(i)
      break
    end
    local b = h:find("\2", a + 1, true) or #h + 1
    local before = h:sub(i, a - 1)
    local match = h:sub(a + 1, b - 1)
    out[#out + 1] = before
    out[#out + 1] = match
    pos = pos + #before
    spans[#spans + 1] = { pos + 1, pos + #match }
    pos = pos + #match
    i = b + 1
  end
  return table.concat(out), spans
end

local function last_words(s, n)
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  return table.concat(words, " ", math.max(1, #words - n + 1), #words)
end

local function first_words(s, n)
  local words = {}
  for w in s:gmatch("%S+") do
    if #words >= n then break end
    words[#words + 1] = w
  end
  return table.concat(words, " ")
end

-- A plain word or phrase becomes an FTS5 phrase; FTS5 syntax is kept.
local function kwic_query(q)
  if q:find('"', 1, true) or q:find("%f[%w]NEAR%f[%W]") or q:find("%f[%w]AND%f[%W]")
      or q:find("%f[%w]OR%f[%W]") or q:find("%f[%w]NOT%f[%W]") or q:find("[()]") then
    return q
  end
  local body, star = q:match("^%s*(.-)(%*?)%s*$")
  return '"' .. body .. '"' .. star
end

--- Keyword in context: every occurrence with `window` words either side.
-- @param pattern a word, phrase, prefix* or FTS5 query; with { regex = true }
--   a PCRE2 pattern
-- @param opts { window = 5, regex = false, limit, offset, series, from,
--   to, document, kind, all_versions }
-- @return iterator of { left, match, right, document = {...},
--   sentence = {...}, start, stop } (start/stop: bytes of the match in
--   the document's normalised text)
function Corpus:kwic(pattern, opts)
  if type(pattern) ~= "string" then
    argerror("kwic", "pattern must be a string, got " .. type(pattern))
  end
  opts = check_opts("kwic", opts)
  local window = check_count("kwic", opts, "window", 5)
  local params, where = {}, {}
  local sql
  if opts.regex then
    params.re = pattern
    where[1] = "regexp(:re, s.text)"
    doc_filters("kwic", opts, where, params)
    sql = "SELECT s.sentence_id, s.position, s.paragraph, s.start, s.stop, s.text, " ..
      "regexp_spans(:re, s.text) AS spans, " .. DOC_COLUMNS ..
      " FROM sentences s JOIN documents d ON d.doc_id = s.doc_id WHERE " ..
      table.concat(where, " AND ") .. " ORDER BY d.date, d.doc_id, s.position"
  else
    params.q = rewrite_near(kwic_query(pattern))
    where[1] = "sentences_fts MATCH :q"
    doc_filters("kwic", opts, where, params)
    sql = "SELECT s.sentence_id, s.position, s.paragraph, s.start, s.stop, s.text, " ..
      "highlight(sentences_fts, 0, char(1), char(2)) AS marked, " .. DOC_COLUMNS ..
      " FROM sentences_fts JOIN sentences s ON s.sentence_id = sentences_fts.rowid" ..
      " JOIN documents d ON d.doc_id = s.doc_id WHERE " .. table.concat(where, " AND ") ..
      " ORDER BY d.date, d.doc_id, s.position"
  end
  local limit = check_count("kwic", opts, "limit", nil)
  local skip = check_count("kwic", opts, "offset", 0)
  local rows = prepare(self, sql, params, "internal", 2)
  -- one sentence may hold several matches: queue them
  local queue, qi, emitted = {}, 1, 0
  local next_row, _, _, closing = iterate(rows, function(r) return r end, 2)
  return function()
    while true do
      if limit and emitted >= limit then
        rows:close()
        return nil
      end
      if qi <= #queue then
        local k = queue[qi]
        queue[qi] = nil
        qi = qi + 1
        if skip > 0 then
          skip = skip - 1
        else
          emitted = emitted + 1
          return k
        end
      else
        local r = next_row()
        if not r then return nil end
        queue, qi = {}, 1
        local text, spans = r.text, {}
        if r.marked then
          text, spans = unmark(r.marked)
        elseif r.spans then
          for a, b in r.spans:gmatch("(%d+)%-(%d+)") do
            spans[#spans + 1] = { tonumber(a), tonumber(b) }
          end
        end
        local doc, sentence = doc_of(r), sentence_of(r)
        for _, sp in ipairs(spans) do
          queue[#queue + 1] = {
            left = last_words(text:sub(1, sp[1] - 1), window),
            match = text:sub(sp[1], sp[2]),
            right = first_words(text:sub(sp[2] + 1), window),
            document = doc, sentence = sentence,
            start = r.start + sp[1] - 1, stop = r.start + sp[2] - 1,
          }
        end
      end
    end
  end, nil, nil, closing
end

---------------------------------------------------------------------------
-- Sentences and documents by metadata, acts and text

--- Sentences that meet every condition given.
-- @param opts { series, from, to, document, kind, all_versions,
--   verb (lemma or as written), class, actor, negated (one act must meet
--   all four), match (FTS5 query), regex (PCRE2), contains (substring),
--   limit, offset }
-- @return iterator of { id, index, paragraph, start, stop, text,
--   document = {...} } in document date order
function Corpus:sentences(opts)
  opts = check_opts("sentences", opts)
  local params, where = {}, {}
  doc_filters("sentences", opts, where, params)
  local acts = act_condition("sentences", opts, params, "sentence_id = s.sentence_id")
  if acts then where[#where + 1] = acts end
  text_conditions("sentences", opts, where, params, "s.text", "s.sentence_id")
  if #where == 0 then where[1] = "1" end
  local sql = "SELECT s.sentence_id, s.position, s.paragraph, s.start, s.stop, s.text, " ..
    DOC_COLUMNS .. " FROM sentences s JOIN documents d ON d.doc_id = s.doc_id WHERE " ..
    table.concat(where, " AND ") .. " ORDER BY d.date, d.doc_id, s.position" ..
    limit_clause("sentences", opts, params)
  local rows = prepare(self, sql, params, "internal", 2)
  return iterate(rows, function(r)
    local s = sentence_of(r)
    s.document = doc_of(r)
    return s
  end, 2)
end

--- Documents that meet every condition given.
-- @param opts { series, from, to, document, kind, all_versions, name
--   (exact), title (substring), verb, class, actor, negated (some act),
--   match, regex, contains (some sentence), text = true to include the
--   normalised text, limit, offset }
-- @return iterator of document rows (doc_id, name, version, current,
--   source, hash, bytes, title, kind, series, number, meeting, parties,
--   place, date, year, layout, n_paragraphs, n_sentences, n_tokens, n_acts,
--   ingested_at[, text])
function Corpus:documents(opts)
  opts = check_opts("documents", opts)
  local params, where = {}, {}
  doc_filters("documents", opts, where, params)
  local name = check_string("documents", opts, "name")
  if name then
    where[#where + 1] = "d.name = :n_name"
    params.n_name = name
  end
  local title = check_string("documents", opts, "title")
  if title then
    where[#where + 1] = "instr(lower(d.title), lower(:n_title)) > 0"
    params.n_title = title
  end
  local acts = act_condition("documents", opts, params, "doc_id = d.doc_id")
  if acts then where[#where + 1] = acts end
  local swhere = {}
  text_conditions("documents", opts, swhere, params, "s.text", "s.sentence_id")
  if #swhere > 0 then
    where[#where + 1] = "EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.doc_id AND " ..
      table.concat(swhere, " AND ") .. ")"
  end
  if #where == 0 then where[1] = "1" end
  local sql = "SELECT d.doc_id, d.name, d.version, d.current, d.source, d.hash, d.bytes, " ..
    "d.title, d.kind, d.series, d.number, d.meeting, d.parties, d.place, d.date, d.year, " ..
    "d.layout, d.n_paragraphs, d.n_sentences, d.n_tokens, d.n_acts, d.ingested_at" ..
    (opts.text and ", d.normalised AS text" or "") ..
    " FROM documents d WHERE " .. table.concat(where, " AND ") ..
    " ORDER BY d.date, d.name, d.version" .. limit_clause("documents", opts, params)
  local rows = prepare(self, sql, params, "internal", 2)
  return iterate(rows, function(r)
    r.current = r.current == 1
    return r
  end, 2)
end

---------------------------------------------------------------------------
-- Custom SQL

--- Run one SQL statement with bound parameters.
-- @param sql one statement; the functions regexp(pattern, text),
--   regexp_spans(pattern, text) and span_text(text, start, stop) are there
-- @param params { name = value } for :name (also @name, $name) and
--   { v1, v2 } for ?1, ?2
-- @param opts { write = true } to allow a statement that changes the
--   corpus (the corpus must be open for writing)
-- @return iterator of rows (tables by column name; NULL columns absent);
--   the Rows object also has :columns(), :next_array(), :close().
--   Raises with a message that names the problem.
function Corpus:sql(sql, params, opts)
  if type(sql) ~= "string" then
    argerror("sql", "sql must be a string, got " .. type(sql))
  end
  if params ~= nil and type(params) ~= "table" then
    argerror("sql", "params must be a table, got " .. type(params))
  end
  opts = check_opts("sql", opts)
  local rows, err = self:prepare(sql, params, opts.write and "write" or "user")
  if not rows then error(err, 2) end
  local ok, perr = pcall(rows.prefetch, rows)
  if not ok then
    rows:close()
    error(perr, 2)
  end
  return rows, nil, nil, rows
end

---------------------------------------------------------------------------
-- Figures

local function all_rows(self, sql)
  local out = {}
  local rows = prepare(self, sql, nil, "internal", 3)
  for r in rows, nil, nil, rows do out[#out + 1] = r end
  return out
end

--- Figures about the corpus (current versions only, except `versions`).
-- @return { documents, versions, sentences, acts, bytes, by_series_year =
--   { { series, year, documents } ... }, acts_by_class = { { class, acts } } }
function Corpus:stats()
  local t = all_rows(self, "SELECT (SELECT count(*) FROM documents WHERE current = 1) AS documents, " ..
    "(SELECT count(*) FROM documents) AS versions, " ..
    "(SELECT coalesce(sum(n_sentences), 0) FROM documents WHERE current = 1) AS sentences, " ..
    "(SELECT coalesce(sum(n_acts), 0) FROM documents WHERE current = 1) AS acts, " ..
    "(SELECT coalesce(sum(bytes), 0) FROM documents WHERE current = 1) AS bytes")[1]
  t.by_series_year = all_rows(self, "SELECT coalesce(series, '-') AS series, year, " ..
    "count(*) AS documents, sum(n_sentences) AS sentences FROM documents WHERE current = 1 " ..
    "GROUP BY 1, 2 ORDER BY 1, 2")
  t.acts_by_class = all_rows(self, "SELECT coalesce(a.class, '-') AS class, count(*) AS acts " ..
    "FROM acts a JOIN documents d ON d.doc_id = a.doc_id WHERE d.current = 1 " ..
    "GROUP BY 1 ORDER BY 2 DESC, 1")
  return t
end

return M
