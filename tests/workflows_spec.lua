-- The series workflows (track, commitments, glossary, timeline, keyness,
-- report) on the fictional DCM pair and on the real documents.
local scm = require "scm"
require "scm.plugins"
local H = require "tests.helpers"

local fixtures = H.root .. "/tests/fixtures/"
local pair = { fixtures .. "dcm7-2031-spaced.txt", fixtures .. "dcm8-2032-spaced.txt" }

local function corpus_of(paths)
  local c = assert(scm.open(":memory:"))
  local report = c:ingest(paths)
  assert.is_true(report.ok)
  return c
end

describe("workflows on the DCM pair", function()
  local corpus
  setup(function() corpus = corpus_of(pair) end)
  teardown(function() corpus:close() end)

  describe("track", function()
    local track = require "scm.plugins.track"
    it("counts phrases, globs and regexes per document with first, last and rate", function()
      local r = track.track(corpus, {
        { kind = "phrase", pattern = "Northern Federation" },
        { kind = "glob", pattern = "Space-Domain*" },
        { kind = "regex", pattern = "\\b\\d+(st|nd|rd|th) DCM\\b" },
      })
      assert.same({ "dcm7-2031-spaced.txt", "dcm8-2032-spaced.txt" },
        { r.documents[1].name, r.documents[2].name })
      assert.same({ 2, 0 }, r.terms[1].counts)
      assert.equal("2031-11-14", r.terms[1].first.date)
      assert.equal("2031-11-14", r.terms[1].last.date)
      assert.same({ 0, 1 }, r.terms[2].counts)
      assert.same({ 3, 3 }, r.terms[3].counts) -- 6th, 7th, 8th DCM; 6th, 8th, 9th DCM
      assert.near(2 * 1000 / r.documents[1].words, r.terms[1].rates[1], 0.01)
    end)

    it("turns a glob into a word-bounded case-insensitive regex", function()
      assert.equal("(?i)\\bdenucleari[\\w\\-]*\\b", track.glob_to_regex("denucleari*"))
    end)

    it("reports gaps between first and last appearance", function()
      local c = corpus_of({ pair[1], pair[2], H.root .. "/tests/fixtures/dcm7-2031-pdftotext.txt" })
      local r = track.track(c, { { kind = "phrase", pattern = "Cyber Policy Dialogue" } })
      c:close()
      assert.equal(0, #r.terms[1].gaps)
    end)
  end)

  describe("commitments", function()
    local commitments = require "scm.plugins.commitments"
    it("marks the acts new in the later document and the dropped ones", function()
      local r = commitments.commitments(corpus, {})
      local new, dropped = {}, {}
      for _, a in ipairs(r.acts) do if a.status == "new" then new[#new + 1] = a.verb end end
      for _, a in ipairs(r.dropped) do dropped[#dropped + 1] = a.verb end
      assert.same({ "decide", "pledge" }, new)
      assert.same({ "condemn", "urge", "express appreciation", "reiterate", "note" }, dropped)
      assert.same({ document = "dcm8-2032-spaced.txt", date = "2032-10-30", acts = 12, new = 2, dropped = 5 },
        r.documents[2])
    end)

    it("filters by class and actor", function()
      local r = commitments.commitments(corpus, { class = "directive" })
      assert.equal(1, #r.acts)
      assert.equal("urge", r.acts[1].verb)
      r = commitments.commitments(corpus, { actor = "Secretary", verb = "reiterate" })
      assert.equal(1, #r.acts)
    end)
  end)

  describe("glossary", function()
    it("gives each acronym its long form and the first document that defined it", function()
      local r = require("scm.plugins.glossary").glossary(corpus)
      local by = {}
      for _, e in ipairs(r.entries) do by[e.short] = e end
      assert.equal("Space-Domain Awareness Working Group", by.SDAWG.long)
      assert.equal("dcm8-2032-spaced.txt", by.SDAWG.defined_in)
      assert.equal("Cyber Policy Dialogue", by.CPD.long)
      assert.equal("dcm7-2031-spaced.txt", by.CPD.defined_in)
      assert.equal(2, by.CPD.documents)
    end)
  end)

  describe("timeline", function()
    it("orders the dated events, each with its sentence and document", function()
      local r = require("scm.plugins.timeline").timeline(corpus, { references = false })
      local dates = {}
      for _, e in ipairs(r.events) do dates[#dates + 1] = e.date end
      assert.same({ "2027-03", "2027-03", "2030", "2030", "2031-11-13", "2032", "2032", "2032", "2032-10-29",
                    "2033", "2033" }, dates)
      assert.equal("March 2027", r.events[1].mention)
      assert.matches("^The Secretary and the Minister reaffirmed the commitment", r.events[1].text)
    end)
  end)

  describe("keyness", function()
    local keyness = require "scm.plugins.keyness"
    it("computes G² and Log Ratio as the textbook does", function()
      assert.near(0, keyness.g2(10, 100, 1000, 10000), 1e-9)
      assert.near(4.32, keyness.log_ratio(20, 10, 1000, 10000), 0.01)
    end)

    it("finds what the later document says more", function()
      local r = keyness.keyness(corpus, { document = "dcm8-2032-spaced.txt", bigrams = true, min = 2, top = 5 })
      local terms = {}
      for _, t in ipairs(r.terms) do terms[#terms + 1] = t.term end
      assert.same({ "october", "8th", "aurel", "decided", "pledged" }, terms)
    end)
  end)

  describe("report", function()
    it("gathers facts, people, acts, phrases and the redline", function()
      local report = require "scm.plugins.report"
      local d = report.report(assert(scm.read(pair[1])), assert(scm.read(pair[2])))
      assert.equal("2032-10-30", d.facts.date)
      assert.equal("dcm7-2031-spaced.txt", d.facts.predecessor.name)
      assert.equal(4, #d.people)
      assert.equal(12, #d.acts)
      assert.equal(1, d.compare.summary.paragraphs_moved)
      assert.equal("northern federation", d.phrases.dropped[1].phrase)
    end)
  end)
end)

describe("workflows on the real corpus", function()
  local files = H.corpus_files()
  if #files == 0 then
    pending(H.missing)
    return
  end
  local corpus
  setup(function()
    local paths = {}
    for i, f in ipairs(files) do paths[i] = H.shared .. f end
    corpus = corpus_of(paths)
  end)
  teardown(function() corpus:close() end)

  it("tracks 'extended deterrence' in the SCM and the 2023 statement", function()
    local r = require("scm.plugins.track").track(corpus, { { kind = "phrase", pattern = "extended deterrence" } })
    local t = r.terms[1]
    assert.equal("2012-10-24", t.first.date)
    assert.is_true(t.total >= 3)
  end)

  it("finds the acronyms the 44th SCM defines", function()
    local r = require("scm.plugins.glossary").glossary(corpus)
    local by = {}
    for _, e in ipairs(r.entries) do by[e.short] = e end
    assert.equal("Military Committee Meeting", by.MCM.long)
    assert.equal("scm44-2012.txt", by.MCM.defined_in)
  end)

  it("runs keyness for a year", function()
    local r = require("scm.plugins.keyness").keyness(corpus, { year = 2012, top = 10 })
    assert.equal(1, r.target_documents)
    assert.equal(10, #r.terms)
  end)
end)
