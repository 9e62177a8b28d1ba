--- scm.diff: align two communiqués sentence by sentence and show what
-- changed word by word.
--
--    local diff = require "scm.diff"
--    local d = diff.documents(old_doc, new_doc)
--    print(d.summary.unchanged, d.summary.added, d.summary.dropped)
--
-- How it works, in four passes:
--   1. identical sentences (after collapsing whitespace) are paired first,
--      in document order;
--   2. the rest are paired by similarity of their word bags (Dice
--      coefficient), best pairs first, so a sentence is found wherever it
--      went (reordering costs nothing);
--   3. each pair gets a word-level diff (longest common subsequence over
--      tokens, common prefix and suffix trimmed first);
--   4. paragraphs are mapped old → new by where most of their sentences
--      went; the heaviest set of paragraphs that kept their order (a
--      weighted longest increasing subsequence) stays put, and every other
--      mapped paragraph is reported as moved, not as dropped + added.
--
-- Everything returned is plain Lua data (strings, numbers, tables), ready
-- for the renderers in scm.render.*.

local M = {}

M.defaults = {
  threshold = 0.5, -- least similarity for two sentences to be "the same sentence, changed"
}

---------------------------------------------------------------------------
-- Tokens

local CLOSERS = "[,;:!?%)%]}\"”’»]"
local OPENERS = "[%(%[{\"“‘«]"

--- Split a sentence into tokens for the word diff: words, with leading
-- and trailing punctuation as tokens of their own (a sentence's final
-- full stop too, but not the one of "U.S." inside it).  Each token keeps
-- the whitespace that preceded it, so joining `space .. text` rebuilds the
-- sentence exactly.
-- @return list of { text = "word", space = " " }
function M.tokens(s)
  local out = {}
  local pos, n = 1, #s
  while pos <= n do
    local ws, word, nxt = s:match("^(%s*)(%S+)()", pos)
    if not word then break end
    local last = nxt > n or not s:find("%S", nxt)
    local lead = {}
    while #word > 1 and word:find("^" .. OPENERS) do
      local c = word:match("^" .. OPENERS) or word:sub(1, 1)
      -- multibyte quotes: take the whole UTF-8 character
      local ch = word:match("^[%z\1-\127\194-\244][\128-\191]*")
      if ch ~= c and #ch > #c then c = ch end
      lead[#lead + 1] = c
      word = word:sub(#c + 1)
    end
    local trail = {}
    while #word > 1 do
      local ch = word:match("[%z\1-\127\194-\244][\128-\191]*$")
      if ch:find("^" .. CLOSERS .. "$") or (last and ch == ".") then
        table.insert(trail, 1, ch)
        word = word:sub(1, #word - #ch)
      else
        break
      end
    end
    local space = ws
    for _, c in ipairs(lead) do
      out[#out + 1] = { text = c, space = space }
      space = ""
    end
    out[#out + 1] = { text = word, space = space }
    for _, c in ipairs(trail) do out[#out + 1] = { text = c, space = "" } end
    pos = nxt
  end
  return out
end

--- The lower-cased words of a string (letters and digits), for similarity.
function M.words(s)
  local out = {}
  for w in s:lower():gmatch("[%w\128-\255][%w\128-\255'%-%.]*") do
    out[#out + 1] = w:gsub("[%.%-']+$", "")
  end
  return out
end

local function bag(s)
  local b, n = {}, 0
  for _, w in ipairs(M.words(s)) do
    b[w] = (b[w] or 0) + 1
    n = n + 1
  end
  return b, n
end

--- Dice similarity of two word bags: 2·|common| / (|a| + |b|), in [0, 1].
function M.similarity(a, b)
  local ba, na = bag(a)
  local bb, nb = bag(b)
  if na + nb == 0 then return 1 end
  local common = 0
  for w, c in pairs(ba) do
    local d = bb[w]
    if d then common = common + (c < d and c or d) end
  end
  return 2 * common / (na + nb)
end

---------------------------------------------------------------------------
-- Word diff

-- Push an op, merging it into the previous one of the same kind.
local function push(ops, op, toks)
  if #toks == 0 then return end
  local last = ops[#ops]
  if last and last.op == op then
    for _, t in ipairs(toks) do last.tokens[#last.tokens + 1] = t end
  else
    local copy = {}
    for i, t in ipairs(toks) do copy[i] = t end
    ops[#ops + 1] = { op = op, tokens = copy }
  end
end

-- LCS table over a[lo1..hi1], b[lo2..hi2]; returns the edit script.
local function lcs_script(a, b, lo1, hi1, lo2, hi2, ops)
  local n, m = hi1 - lo1 + 1, hi2 - lo2 + 1
  if n <= 0 then
    local t = {}
    for j = lo2, hi2 do t[#t + 1] = b[j] end
    push(ops, "+", t)
    return
  end
  if m <= 0 then
    local t = {}
    for i = lo1, hi1 do t[#t + 1] = a[i] end
    push(ops, "-", t)
    return
  end
  -- L[i][j]: LCS length of a[i..hi1], b[j..hi2] (suffixes), row-major flat
  local L, w = {}, m + 1
  for i = n + 1, 1, -1 do
    local base = (i - 1) * w
    for j = m + 1, 1, -1 do
      local v
      if i > n or j > m then
        v = 0
      elseif a[lo1 + i - 1].text == b[lo2 + j - 1].text then
        v = L[base + w + j + 1] + 1
      else
        local down, right = L[base + w + j], L[base + j + 1]
        v = down > right and down or right
      end
      L[base + j] = v
    end
  end
  local i, j = 1, 1
  local dels, adds, same = {}, {}, {}
  local function flush_changes()
    push(ops, "-", dels)
    push(ops, "+", adds)
    dels, adds = {}, {}
  end
  while i <= n and j <= m do
    if a[lo1 + i - 1].text == b[lo2 + j - 1].text then
      flush_changes()
      same[1] = b[lo2 + j - 1]
      push(ops, "=", same)
      i, j = i + 1, j + 1
    elseif L[i * w + j] >= L[(i - 1) * w + j + 1] then
      dels[#dels + 1] = a[lo1 + i - 1]
      i = i + 1
    else
      adds[#adds + 1] = b[lo2 + j - 1]
      j = j + 1
    end
  end
  while i <= n do
    dels[#dels + 1] = a[lo1 + i - 1]
    i = i + 1
  end
  while j <= m do
    adds[#adds + 1] = b[lo2 + j - 1]
    j = j + 1
  end
  flush_changes()
end

-- Does the run of changes at ops[k] (walking by `step`) both delete and
-- insert?
local function is_replacement(ops, k, step)
  local del, add = false, false
  while ops[k] and ops[k].op ~= "=" do
    if ops[k].op == "-" then del = true else add = true end
    k = k + step
  end
  return del and add
end

-- A lone short word or punctuation left equal between two replacements
-- reads as noise ("-Port +Washington, = on -November +October"): fold it
-- into both, so the reader sees one replaced phrase.
local function cleanup(ops)
  local out = {}
  local k = 1
  while k <= #ops do
    local o = ops[k]
    local prev, nxt = out[#out], ops[k + 1]
    if o.op == "=" and prev and prev.op ~= "=" and nxt and nxt.op ~= "="
        and #o.tokens == 1 and #o.tokens[1].text <= 3
        and is_replacement(out, #out, -1) and is_replacement(ops, k + 1, 1) then
      -- out ends with the changes before (one "-" and/or one "+")
      local before_del, before_add
      for q = #out, 1, -1 do
        if out[q].op == "=" then break end
        if out[q].op == "-" then before_del = out[q] else before_add = out[q] end
      end
      if not before_del then
        before_del = { op = "-", tokens = {} }
        table.insert(out, before_add and #out or #out + 1, before_del)
      end
      if not before_add then
        before_add = { op = "+", tokens = {} }
        out[#out + 1] = before_add
      end
      before_del.tokens[#before_del.tokens + 1] = o.tokens[1]
      before_add.tokens[#before_add.tokens + 1] = o.tokens[1]
      -- then the changes after, merged in
      k = k + 1
      while ops[k] and ops[k].op ~= "=" do
        local target = ops[k].op == "-" and before_del or before_add
        for _, t in ipairs(ops[k].tokens) do target.tokens[#target.tokens + 1] = t end
        k = k + 1
      end
    else
      out[#out + 1] = o
      k = k + 1
    end
  end
  -- keep "-" before "+" and drop empties
  local clean = {}
  for _, o in ipairs(out) do
    if #o.tokens > 0 then clean[#clean + 1] = o end
  end
  return clean
end

--- Word-level diff of two strings.
-- @return list of { op = "=" | "-" | "+", text = "...", words = n }, where
--   `text` keeps the original spacing (a token's leading space included),
--   so concatenating the "=" and "+" texts gives `b` exactly, and the "="
--   and "-" texts give `a` up to white space ("=" runs carry b's spacing)
function M.words_diff(a, b)
  local ta, tb = M.tokens(a), M.tokens(b)
  local ops = {}
  local lo, hi1, hi2 = 1, #ta, #tb
  while lo <= hi1 and lo <= hi2 and ta[lo].text == tb[lo].text do lo = lo + 1 end
  while hi1 >= lo and hi2 >= lo and ta[hi1].text == tb[hi2].text do
    hi1, hi2 = hi1 - 1, hi2 - 1
  end
  local prefix = {}
  for i = 1, lo - 1 do prefix[i] = tb[i] end
  push(ops, "=", prefix)
  lcs_script(ta, tb, lo, hi1, lo, hi2, ops)
  local suffix = {}
  for j = hi2 + 1, #tb do suffix[#suffix + 1] = tb[j] end
  push(ops, "=", suffix)
  ops = cleanup(ops)
  local out = {}
  for _, o in ipairs(ops) do
    local parts, words = {}, 0
    for _, t in ipairs(o.tokens) do
      parts[#parts + 1] = t.space .. t.text
      if t.text:find("[%w\128-\255]") then words = words + 1 end
    end
    out[#out + 1] = { op = o.op, text = table.concat(parts), words = words }
  end
  return out
end

---------------------------------------------------------------------------
-- Sentence alignment

local function norm(s)
  return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function word_count(s)
  local n = 0
  for _ in s:gmatch("[%w\128-\255]+[%w\128-\255'%-%.]*") do n = n + 1 end
  return n
end

--- Pair the sentences of two lists.
-- @param old, new lists of { text = "...", paragraph = p }
-- @return pairs: old_of_new[j] = i, new_of_old[i] = j, sim[j] = similarity
function M.align(old, new, opts)
  opts = opts or {}
  local threshold = opts.threshold or M.defaults.threshold
  local new_of_old, old_of_new, sim = {}, {}, {}
  -- 1. identical sentences, in order
  local queue = {}
  for j, s in ipairs(new) do
    local k = norm(s.text)
    local q = queue[k]
    if not q then
      q = {}
      queue[k] = q
    end
    q[#q + 1] = j
  end
  for i, s in ipairs(old) do
    local q = queue[norm(s.text)]
    if q and #q > 0 then
      local j = table.remove(q, 1)
      new_of_old[i], old_of_new[j], sim[j] = j, i, 1
    end
  end
  -- 2. similar sentences, best first; ties go to the nearer position
  local bags_new = {}
  for j, s in ipairs(new) do
    if not old_of_new[j] then
      local b, n = bag(s.text)
      bags_new[#bags_new + 1] = { j = j, bag = b, n = n }
    end
  end
  -- an inverted index keeps the candidate pairs to those sharing a word
  local index = {}
  for _, e in ipairs(bags_new) do
    for w in pairs(e.bag) do
      local l = index[w]
      if not l then
        l = {}
        index[w] = l
      end
      l[#l + 1] = e
    end
  end
  local cands = {}
  local n_old, n_new = math.max(#old, 1), math.max(#new, 1)
  for i, s in ipairs(old) do
    if not new_of_old[i] then
      local b, n = bag(s.text)
      local common = {}
      for w, c in pairs(b) do
        for _, e in ipairs(index[w] or {}) do
          local d = e.bag[w]
          common[e] = (common[e] or 0) + (c < d and c or d)
        end
      end
      for e, c in pairs(common) do
        local score = 2 * c / (n + e.n)
        if score >= threshold then
          cands[#cands + 1] = { i = i, j = e.j, score = score,
                                dist = math.abs(i / n_old - e.j / n_new) }
        end
      end
    end
  end
  table.sort(cands, function(x, y)
    if x.score ~= y.score then return x.score > y.score end
    if x.dist ~= y.dist then return x.dist < y.dist end
    if x.i ~= y.i then return x.i < y.i end
    return x.j < y.j
  end)
  for _, c in ipairs(cands) do
    if not new_of_old[c.i] and not old_of_new[c.j] then
      new_of_old[c.i], old_of_new[c.j], sim[c.j] = c.j, c.i, c.score
    end
  end
  return new_of_old, old_of_new, sim
end

-- Weighted longest increasing subsequence: of the items { key, weight },
-- the heaviest subset whose keys increase; returns a set of item indices.
local function heaviest_increasing(items)
  local best, prev = {}, {}
  for k, it in ipairs(items) do
    best[k], prev[k] = it.weight, nil
    for q = 1, k - 1 do
      if items[q].key < it.key and best[q] + it.weight > best[k] then
        best[k], prev[k] = best[q] + it.weight, q
      end
    end
  end
  local top
  for k = 1, #items do
    if not top or best[k] > best[top] then top = k end
  end
  local keep = {}
  while top do
    keep[top] = true
    top = prev[top]
  end
  return keep
end

---------------------------------------------------------------------------
-- Whole documents

local function doc_sentences(doc)
  local list = {}
  for s in doc:sentences() do
    list[#list + 1] = { index = s.index, paragraph = s.paragraph, text = s.text }
  end
  return list
end

local function doc_info(doc, sentences)
  local words = 0
  for _, s in ipairs(sentences) do words = words + word_count(s.text) end
  local m = doc.meeting
  return {
    name = doc.name, title = doc.title, date = doc.date, place = doc.place,
    meeting = m and { series = m.series, number = m.number, name = m.name } or nil,
    sentences = #sentences, words = words,
  }
end

-- Acts keyed by verb and clause, for "new" and "dropped" commitments.
local function doc_acts(doc)
  local list = {}
  local ok = pcall(function()
    for a in doc:acts() do
      list[#list + 1] = {
        sentence = a.sentence, verb = a.verb, class = a.class, negated = a.negated or false,
        actors = table.concat(a.actors or {}, " + "),
        clause = a.clause and a.clause.text or "",
      }
    end
  end)
  if not ok then return {} end
  return list
end

--- Acts of `new` with no counterpart in `old` (same verb and a clause at
-- least `threshold` similar), and the reverse.
function M.acts(old_acts, new_acts, threshold)
  threshold = threshold or 0.6
  local function matched(a, others)
    for _, b in ipairs(others) do
      if a.verb == b.verb and a.negated == b.negated and M.similarity(a.clause, b.clause) >= threshold then
        return true
      end
    end
    return false
  end
  local fresh, dropped = {}, {}
  for _, a in ipairs(new_acts) do
    if not matched(a, old_acts) then fresh[#fresh + 1] = a end
  end
  for _, a in ipairs(old_acts) do
    if not matched(a, new_acts) then dropped[#dropped + 1] = a end
  end
  return fresh, dropped
end

--- Compare two sentence lists (the core of M.documents, usable on any
-- text split into sentences and paragraphs).
-- @param old, new lists of { text, paragraph }, in reading order
-- @param opts { threshold = 0.5 }
-- @return { items, paragraphs, moves, summary } (see docs/workflows.md)
function M.sentences(old, new, opts)
  local new_of_old, old_of_new, sim = M.align(old, new, opts)

  -- paragraphs: where did each old paragraph go?
  local old_paras, new_paras, order = {}, {}, {}
  for i, s in ipairs(old) do
    local p = old_paras[s.paragraph]
    if not p then
      p = { index = s.paragraph, sentences = 0, words = 0, votes = {} }
      old_paras[s.paragraph] = p
      order[#order + 1] = s.paragraph
    end
    p.sentences = p.sentences + 1
    local w = word_count(s.text)
    p.words = p.words + w
    local j = new_of_old[i]
    if j then
      local q = new[j].paragraph
      p.votes[q] = (p.votes[q] or 0) + w + 1
    end
  end
  for _, s in ipairs(new) do
    local q = new_paras[s.paragraph]
    if not q then
      q = { index = s.paragraph, sentences = 0, from = {} }
      new_paras[s.paragraph] = q
    end
    q.sentences = q.sentences + 1
  end
  local mapped = {}
  for _, pi in ipairs(order) do
    local p = old_paras[pi]
    local target, votes = nil, 0
    for q, v in pairs(p.votes) do
      if v > votes or (v == votes and target and q < target) then target, votes = q, v end
    end
    p.target = target
    if target then mapped[#mapped + 1] = { old = pi, key = target, weight = p.words + 1 } end
  end
  local stays = heaviest_increasing(mapped)
  local moved_old = {}
  for k, m in ipairs(mapped) do
    if not stays[k] then moved_old[m.old] = m.key end
  end

  -- items in reading order of the new document; dropped old sentences
  -- follow the new partner of the old sentence before them
  local after = {} -- j (0 = at the start) -> list of dropped old indices
  local anchor = 0
  for i = 1, #old do
    local j = new_of_old[i]
    if j and not moved_old[old[i].paragraph] then
      anchor = j
    elseif not j then
      local l = after[anchor]
      if not l then
        l = {}
        after[anchor] = l
      end
      l[#l + 1] = i
    end
  end

  local items = {}
  local s = { same = 0, changed = 0, added = 0, dropped = 0, moved_sentences = 0,
              words_kept = 0, words_inserted = 0, words_deleted = 0,
              words_old = 0, words_new = 0 }
  local function dropped_item(i)
    local w = word_count(old[i].text)
    s.dropped = s.dropped + 1
    s.words_deleted = s.words_deleted + w
    items[#items + 1] = { kind = "dropped", old = { index = i, paragraph = old[i].paragraph, text = old[i].text } }
  end
  for _, i in ipairs(after[0] or {}) do dropped_item(i) end
  for j, ns in ipairs(new) do
    local i = old_of_new[j]
    local item = { new = { index = j, paragraph = ns.paragraph, text = ns.text } }
    if i then
      local os_ = old[i]
      item.old = { index = i, paragraph = os_.paragraph, text = os_.text }
      item.similarity = sim[j]
      local moved = moved_old[os_.paragraph] ~= nil
        or (old_paras[os_.paragraph].target ~= ns.paragraph)
      item.moved = moved
      if moved then s.moved_sentences = s.moved_sentences + 1 end
      if norm(os_.text) == norm(ns.text) then
        item.kind = "same"
        s.same = s.same + 1
        s.words_kept = s.words_kept + word_count(ns.text)
      else
        item.kind = "changed"
        s.changed = s.changed + 1
        item.ops = M.words_diff(os_.text, ns.text)
        for _, o in ipairs(item.ops) do
          if o.op == "=" then
            s.words_kept = s.words_kept + o.words
          elseif o.op == "+" then
            s.words_inserted = s.words_inserted + o.words
          else
            s.words_deleted = s.words_deleted + o.words
          end
        end
      end
    else
      item.kind = "added"
      s.added = s.added + 1
      s.words_inserted = s.words_inserted + word_count(ns.text)
    end
    items[#items + 1] = item
    for _, di in ipairs(after[j] or {}) do dropped_item(di) end
  end
  for _, x in ipairs(old) do s.words_old = s.words_old + word_count(x.text) end
  for _, x in ipairs(new) do s.words_new = s.words_new + word_count(x.text) end
  s.unchanged = s.words_new > 0 and s.words_kept / s.words_new or 1

  -- the paragraph table: every old and new paragraph with its fate
  local paragraphs, moves = {}, {}
  local claimed = {}
  for _, pi in ipairs(order) do
    local p = old_paras[pi]
    local status
    if not p.target then
      status = "dropped"
    elseif moved_old[pi] then
      status = "moved"
      moves[#moves + 1] = { old = pi, new = p.target, sentences = p.sentences, words = p.words }
    else
      status = "kept"
    end
    if p.target then claimed[p.target] = true end
    paragraphs[#paragraphs + 1] = { old = pi, new = p.target, status = status, sentences = p.sentences }
  end
  local added_paras = {}
  for q in pairs(new_paras) do
    if not claimed[q] then added_paras[#added_paras + 1] = q end
  end
  table.sort(added_paras)
  for _, q in ipairs(added_paras) do
    paragraphs[#paragraphs + 1] = { new = q, status = "added", sentences = new_paras[q].sentences }
  end
  s.paragraphs_moved = #moves
  s.paragraphs_added = #added_paras
  local dropped_paras = 0
  for _, p in ipairs(paragraphs) do
    if p.status == "dropped" then dropped_paras = dropped_paras + 1 end
  end
  s.paragraphs_dropped = dropped_paras
  return { items = items, paragraphs = paragraphs, moves = moves, summary = s }
end

--- Compare two Documents (scm.read / scm.parse).
-- @param opts { threshold = 0.5, acts = true }
-- @return the M.sentences result plus old, new (document facts), acts =
--   { new = {...}, dropped = {...} } and summary.acts_new / acts_dropped
function M.documents(old_doc, new_doc, opts)
  opts = opts or {}
  local old, new = doc_sentences(old_doc), doc_sentences(new_doc)
  local r = M.sentences(old, new, opts)
  r.old, r.new = doc_info(old_doc, old), doc_info(new_doc, new)
  if opts.acts ~= false then
    local fresh, dropped = M.acts(doc_acts(old_doc), doc_acts(new_doc))
    r.acts = { new = fresh, dropped = dropped }
    r.summary.acts_new, r.summary.acts_dropped = #fresh, #dropped
  end
  return r
end

M.word_count = word_count

return M
