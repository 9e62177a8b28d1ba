-- scm.diff and the compare workflow: exact results on small texts and on
-- the fictional pair dcm7-2031 -> dcm8-2032 (a sentence changed by one
-- word, a paragraph moved, one added, one dropped).
local diff = require "scm.diff"
local scm = require "scm"
local H = require "tests.helpers"

local fixtures = H.root .. "/tests/fixtures/"

local function changes(ops)
  local out = {}
  for _, o in ipairs(ops) do
    if o.op ~= "=" then out[#out + 1] = o.op .. o.text:gsub("^%s+", "") end
  end
  return out
end

local function rebuild(ops, side)
  local t = {}
  for _, o in ipairs(ops) do
    if o.op == "=" or o.op == side then t[#t + 1] = o.text end
  end
  return table.concat(t)
end

describe("scm.diff", function()
  describe("words_diff()", function()
    it("shows exactly the one word replaced", function()
      local ops = diff.words_diff("They agreed to broaden and deepen the Alliance.",
                                  "They agreed to broaden and strengthen the Alliance.")
      assert.same({ "-deepen", "+strengthen" }, changes(ops))
    end)

    it("shows exactly the one word inserted or deleted", function()
      assert.same({ "+substantial" }, changes(diff.words_diff("noted the progress of the plan.",
                                                              "noted the substantial progress of the plan.")))
      assert.same({ "-senior" }, changes(diff.words_diff("included senior defense officials.",
                                                         "included defense officials.")))
    end)

    it("keeps punctuation apart from the word it follows", function()
      assert.same({ "-2031", "+2032" }, changes(diff.words_diff("held on November 14, 2031.",
                                                                "held on November 14, 2032.")))
    end)

    it("folds a short word left between two replacements into one change", function()
      assert.same({ "-Port Aurel on November", "+Washington, D.C. on October" },
        changes(diff.words_diff("was held in Port Aurel on November 14.",
                                "was held in Washington, D.C. on October 14.")))
    end)

    it("rebuilds the new text exactly and the old one up to spacing", function()
      local a = "The Secretary and the Minister “welcomed” (warmly) the U.S.-ROV plan, again."
      local b = "The Minister and the Secretary welcomed the U.S.-ROV plan (again)."
      local ops = diff.words_diff(a, b)
      assert.equal((a:gsub("%s", "")), (rebuild(ops, "-"):gsub("%s", "")))
      assert.equal(b, rebuild(ops, "+"))
    end)

    it("reports no change for identical text", function()
      assert.same({}, changes(diff.words_diff("Same words.", "Same words.")))
    end)
  end)

  describe("similarity()", function()
    it("is 1 for the same words and 0 for none shared", function()
      assert.equal(1, diff.similarity("a b c", "c b a"))
      assert.equal(0, diff.similarity("alpha beta", "gamma delta"))
    end)
  end)

  describe("sentences()", function()
    local function sents(paras)
      local out = {}
      for p, list in ipairs(paras) do
        for _, s in ipairs(list) do out[#out + 1] = { text = s, paragraph = p } end
      end
      return out
    end

    it("reports a moved paragraph as moved, not as dropped and added", function()
      local A = { "Alpha one sentence here.", "Alpha two sentence here." }
      local B = { "Bravo paragraph talks of ships.", "Bravo again about ships." }
      local C = { "Charlie says the longest thing of all in this text.", "Charlie adds a longer second one." }
      local r = diff.sentences(sents({ A, B, C }), sents({ A, C, B }))
      assert.equal(1, r.summary.paragraphs_moved)
      assert.same({ { old = 2, new = 3, sentences = 2, words = 9 } }, r.moves)
      assert.equal(0, r.summary.added)
      assert.equal(0, r.summary.dropped)
      assert.equal(6, r.summary.same)
      assert.equal(1, r.summary.unchanged)
    end)

    it("pairs a reworded sentence wherever it went", function()
      local r = diff.sentences(sents({ { "First point on trade.", "Second point on the alliance and its future." } }),
        sents({ { "Second point on the alliance and its bright future.", "First point on trade." } }))
      assert.equal(1, r.summary.same)
      assert.equal(1, r.summary.changed)
      local changed
      for _, it in ipairs(r.items) do if it.kind == "changed" then changed = it end end
      assert.same({ "+bright" }, changes(changed.ops))
    end)

    it("treats a sentence below the threshold as dropped and added", function()
      local r = diff.sentences(sents({ { "Completely different words entirely." } }),
        sents({ { "Nothing shared with before, truly." } }))
      assert.equal(1, r.summary.added)
      assert.equal(1, r.summary.dropped)
    end)
  end)
end)

describe("compare dcm7-2031 -> dcm8-2032", function()
  local r
  setup(function()
    local old = assert(scm.read(fixtures .. "dcm7-2031-spaced.txt"))
    local new = assert(scm.read(fixtures .. "dcm8-2032-spaced.txt"))
    r = diff.documents(old, new)
  end)

  local function item(old_index)
    for _, it in ipairs(r.items) do
      if it.old and it.old.index == old_index then return it end
    end
  end

  it("counts the sentences same, changed, added and dropped", function()
    local s = r.summary
    assert.same({ 4, 6, 2, 4 }, { s.same, s.changed, s.added, s.dropped })
  end)

  it("shows the one word changed, added or removed in a sentence", function()
    assert.same({ "-senior" }, changes(item(2).ops))
    assert.same({ "-deepen", "+strengthen" }, changes(item(5).ops))
    assert.same({ "+substantial" }, changes(item(6).ops))
  end)

  it("shows every change in the closing sentence", function()
    assert.same({ "-7th", "+8th", "-8th", "+9th", "-Washington, D.C.", "+Port Aurel", "-2032", "+2033" },
      changes(item(14).ops))
  end)

  it("reports the cyber paragraph as moved from ¶7 to ¶5", function()
    assert.same({ { old = 7, new = 5, sentences = 3, words = 66 } }, r.moves)
    for k = 11, 13 do
      assert.equal("same", item(k).kind)
      assert.is_true(item(k).moved)
    end
    assert.is_false(item(4).moved)
  end)

  it("reports the Northern Federation paragraph as dropped and the space paragraph as added", function()
    local fate = {}
    for _, p in ipairs(r.paragraphs) do fate[#fate + 1] = { p.status, p.old, p.new } end
    assert.same({ { "kept", 4, 4 }, { "kept", 5, 6 }, { "dropped", 6 }, { "moved", 7, 5 }, { "kept", 8, 8 },
                  { "added", nil, 7 } }, fate)
    for k = 7, 10 do assert.equal("dropped", item(k).kind) end
  end)

  it("gives the summary figures", function()
    local s = r.summary
    assert.equal(1, s.paragraphs_moved)
    assert.equal(1, s.paragraphs_added)
    assert.equal(1, s.paragraphs_dropped)
    assert.equal(309, s.words_new)
    assert.equal(253, s.words_kept)
    assert.near(0.8188, s.unchanged, 0.0001)
  end)

  it("lists the acts that are new and dropped", function()
    local verbs = {}
    for _, a in ipairs(r.acts.new) do verbs[#verbs + 1] = a.verb end
    assert.same({ "decide", "pledge" }, verbs)
    verbs = {}
    for _, a in ipairs(r.acts.dropped) do verbs[#verbs + 1] = a.verb end
    assert.same({ "condemn", "urge", "express appreciation", "reiterate", "note" }, verbs)
  end)

  it("puts dropped sentences after the partner of the sentence before them", function()
    local order = {}
    for _, it in ipairs(r.items) do order[#order + 1] = it.kind:sub(1, 1) end
    assert.equal("cccssssccddddaac", table.concat(order))
  end)
end)

describe("compare on real documents", function()
  local path = H.corpus("scm44-2012.txt")
  if not path then
    pending(H.missing)
    return
  end
  it("finds a document identical to itself", function()
    local a, b = assert(scm.read(path)), assert(scm.read(path))
    local r = diff.documents(a, b)
    assert.equal(a:count("sentences"), r.summary.same)
    assert.equal(0, r.summary.changed + r.summary.added + r.summary.dropped + r.summary.paragraphs_moved)
    assert.equal(1, r.summary.unchanged)
  end)

  it("finds a paragraph moved in a real communiqué", function()
    local a = assert(scm.read(path))
    -- move the first body paragraph to the end
    local paras = {}
    for p in a:paragraphs() do paras[#paras + 1] = p.text end
    local first_body
    for p in a:paragraphs() do
      if p.kind == "body" and not first_body then first_body = p.index end
    end
    local moved = table.remove(paras, first_body + 1)
    paras[#paras + 1] = moved
    local b = assert(scm.parse(table.concat(paras, "\n\n") .. "\n"))
    local r = diff.documents(a, b)
    assert.equal(1, r.summary.paragraphs_moved)
    assert.equal(0, r.summary.added)
    assert.equal(0, r.summary.dropped)
  end)
end)
