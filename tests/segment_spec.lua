-- Sentences and tokens: where a communiqué's sentences begin and end, and
-- what its words and numbers are.
local scm = require "scm"

local root = os.getenv("SCM_TEST_ROOT") or "."
local shared = root .. "/../shared/corpus/"

local function read_corpus(name)
  local f = io.open(shared .. name, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

--- The texts of the sentences of `text` (parsed as one document).
local function sentences(text)
  local doc = assert(scm.parse(text))
  local out = {}
  for s in doc:sentences() do out[#out + 1] = s.text end
  return out, doc
end

--- The texts (and kinds) of the tokens of `text`.
local function tokens(text, opts)
  local doc = assert(scm.parse(text))
  local texts, kinds = {}, {}
  for t in doc:tokens(opts) do
    texts[#texts + 1] = t.text
    kinds[#kinds + 1] = t.kind
  end
  return texts, kinds
end

describe("scm.parse", function()
  describe("sentences()", function()
    it("keeps 'Leon E. Panetta' in one sentence", function()
      assert.same({
        "Leon E. Panetta met James D. Thurman.",
        "They talked.",
      }, sentences("Leon E. Panetta met James D. Thurman. They talked."))
    end)

    it("keeps U.S., D.C., U.K. and E.U. inside a sentence", function()
      assert.same({
        "The meeting was held in Washington, D.C. on October 24.",
        "Officials from the U.K. and the E.U. met the U.S. Secretary of Defense.",
      }, sentences("The meeting was held in Washington, D.C. on October 24. "
        .. "Officials from the U.K. and the E.U. met the U.S. Secretary of Defense."))
    end)

    it("keeps 'Korea-U.S.' and 'U.S.-ROK' inside a sentence", function()
      assert.same({
        "The Korea-U.S. Integrated Defense Dialogue met.",
        "The U.S.-ROK Alliance endures.",
      }, sentences("The Korea-U.S. Integrated Defense Dialogue met. The U.S.-ROK Alliance endures."))
    end)

    it("keeps 'U.S. Forces, Japan' inside a sentence where 'forces' is also lower case", function()
      assert.same({
        "They reduced U.S. forces there.",
        "They welcomed the transition of U.S. Forces, Japan (USFJ) into a joint force.",
      }, sentences("They reduced U.S. forces there. They welcomed the transition of U.S. Forces, " ..
        "Japan (USFJ) into a joint force."))
    end)

    it("keeps 'ROK-U.S. Counter-Drone Working Group' inside a sentence where 'counter' is also lower case",
      function()
      assert.same({
        "They agreed to launch a ROK-U.S. Counter-Drone Working Group by December.",
        "It will draft a counter-UAS concept.",
      }, sentences("They agreed to launch a ROK-U.S. Counter-Drone Working Group by December. " ..
        "It will draft a counter-UAS concept."))
    end)

    it("never ends a sentence after a title (Gen., Dr., Mr., Amb., Lt.)", function()
      assert.same({
        "Gen. Thurman and Dr. Kim met Mr. Lee, Amb. Park and Lt. Col. Smith.",
        "He met Amb. Kim.",
      }, sentences("Gen. Thurman and Dr. Kim met Mr. Lee, Amb. Park and Lt. Col. Smith. He met Amb. Kim."))
    end)

    it("keeps No., Art. and para. with the number that follows", function()
      assert.same({
        "See No. 5, Art. 3 and para. 4 of the text.",
        "The end.",
      }, sentences("See No. 5, Art. 3 and para. 4 of the text. The end."))
    end)

    it("keeps e.g., i.e., a.m. and p.m. inside a sentence", function()
      assert.same({
        "They discussed e.g. trade and i.e. security at 10 a.m. and 3 p.m. today.",
        "Later they left.",
      }, sentences("They discussed e.g. trade and i.e. security at 10 a.m. and 3 p.m. today. Later they left."))
    end)

    it("does not split decimals and amounts ($100.00, 1.5 percent)", function()
      assert.same({
        "It cost $100.00 and rose 1.5 percent.",
        "The rate fell.",
      }, sentences("It cost $100.00 and rose 1.5 percent. The rate fell."))
    end)

    it("starts a numbered paragraph's sentence after its number (1., 12.)", function()
      assert.same({
        "The first point is here.",
        "The second sentence follows.",
        "The Secretary noted this.",
      }, sentences("1. The first point is here. The second sentence follows.\n\n"
        .. "12. The Secretary noted this.\n"))
    end)

    it("keeps closing quotes and brackets with the sentence they close", function()
      assert.same({
        'He said "we agree."',
        "Then he left.",
        "She asked (why?)",
        "Nobody knew.",
        "“It is over.”",
        "They left.",
      }, sentences('He said "we agree." Then he left. She asked (why?) Nobody knew. '
        .. "“It is over.” They left."))
    end)

    it("ends a sentence at an ellipsis (... and …) before a capital only", function()
      assert.same({
        "He paused...",
        "Then he spoke.",
        "She waited …",
        "Nothing happened.",
        "They agreed to recognition effective ........ , and to relations.",
      }, sentences("He paused... Then he spoke. She waited … Nothing happened. "
        .. "They agreed to recognition effective ........ , and to relations."))
    end)

    it("ends a sentence at 'U.S.' when a sentence starter follows", function()
      assert.same({
        "They trade in the U.S.",
        "How they do it matters.",
        "They met in the U.S.",
        "The Secretary agreed.",
      }, sentences("They trade in the U.S. How they do it matters. "
        .. "They met in the U.S. The Secretary agreed."))
    end)

    it("ends a sentence at 'U.S.' before a word the document writes in lower case", function()
      assert.same({
        "Programs moved to the U.S.",
        "Funding came later.",
        "The funding was small.",
      }, sentences("Programs moved to the U.S. Funding came later. The funding was small."))
    end)

    it("treats 'X.' as an abbreviation when the document has it before a lower-case word", function()
      assert.same({
        "They met at the Univ. of Seoul.",
        "The Univ. President spoke.",
      }, sentences("They met at the Univ. of Seoul. The Univ. President spoke."))
    end)

    it("ends a sentence at an initial only before a sentence starter", function()
      assert.same({
        "Joseph R. Biden Jr. of the United States met Yoon.",
        "They chose plan B.",
        "The next plan failed.",
      }, sentences("Joseph R. Biden Jr. of the United States met Yoon. "
        .. "They chose plan B. The next plan failed."))
    end)

    it("ends sentences at ? and ! but not at ; and :", function()
      assert.same({
        "Is it done?",
        "Yes!",
        "It is done; and the rest: we agree.",
      }, sentences("Is it done? Yes! It is done; and the rest: we agree."))
    end)

    it("does not start a sentence at a month after an abbreviation", function()
      assert.same({
        "They met in Washington, D.C. October 24, 2012 was the date.",
        "In Jan. 2012 and Sept. 11 they met again.",
      }, sentences("They met in Washington, D.C. October 24, 2012 was the date. "
        .. "In Jan. 2012 and Sept. 11 they met again."))
    end)

    it("reads one short word in brackets ending in a period as an abbreviation", function()
      assert.same({
        "It was co-chaired by Lieutenant General (Retd.) Tahir Naqvi and Mr. Lee.",
        "They met (again.) Then they left.",
      }, sentences("It was co-chaired by Lieutenant General (Retd.) Tahir Naqvi and Mr. Lee. "
        .. "They met (again.) Then they left."))
    end)

    it("numbers sentences and records their paragraph and span", function()
      local list, doc = sentences("First one. Second one.\n\nThird one here.\n")
      assert.same({ "First one.", "Second one.", "Third one here." }, list)
      local items = {}
      for s in doc:sentences() do items[#items + 1] = s end
      for i, s in ipairs(items) do
        assert.equal(i, s.index)
        assert.equal(s.text, doc.text:sub(s.start, s.stop))
      end
      assert.equal(items[1].paragraph, items[2].paragraph)
      assert.equal(items[1].paragraph + 1, items[3].paragraph)
      assert.equal(3, doc:count("sentences"))
    end)

    it("uses an abbreviation the user adds to the lexicon", function()
      local text = "They met the Assoc. Kim arrived later."
      assert.same({ "They met the Assoc.", "Kim arrived later." }, sentences(text))
      assert.is_falsy(scm.lexicon.has("abbreviation", "Assoc"))
      scm.lexicon.add("abbreviation", "Assoc.")
      assert.is_truthy(scm.lexicon.has("abbreviation", "Assoc"))
      assert.same({ "They met the Assoc. Kim arrived later." }, sentences(text))
    end)

    it("parts a section heading in capitals run into its paragraph from the sentence after it", function()
      assert.same({ "PARLIAMENTARY COOPERATION", "The two Speakers held talks in Helsinki." },
        sentences("Joint Statement\n\nPARLIAMENTARY COOPERATION The two Speakers held talks in Helsinki.\n"))
      assert.same({ "BILATERAL DEFENCE COOPERATION", "The two delegations reviewed the plan." },
        sentences("Joint Communiqué\n\n4. BILATERAL DEFENCE COOPERATION The two delegations reviewed the plan.\n"))
      -- a short form opening a sentence, and capitals before a word that opens none, stay
      assert.same({ "NATO Allies reaffirmed their commitment." },
        sentences("Joint Statement\n\nNATO Allies reaffirmed their commitment.\n"))
      assert.same({ "DESERT LOCUST ORGANIZATION Sixty-Second Session of the Council held in Addis Ababa." },
        sentences("Final Communiqué\n\nDESERT LOCUST ORGANIZATION Sixty-Second Session of the Council held in " ..
          "Addis Ababa.\n"))
    end)

    it("parts a heading in sentence or title case run into its paragraph (session 36)", function()
      assert.same({ "Review of cooperation", "The President and the Chair reaffirmed their commitment." },
        sentences("Joint Statement\n\nReview of cooperation The President and the Chair reaffirmed their " ..
          "commitment.\n"))
      assert.same({ "Health Emergencies", "The Council decided the following:" },
        sentences("Final Communiqué\n\nHealth Emergencies The Council decided the following:\n"))
      assert.same({ "Areas of cooperation", "Recognising that both countries face similar challenges, they agreed." },
        sentences("Joint Statement\n\nAreas of cooperation Recognising that both countries face similar " ..
          "challenges, they agreed.\n"))
      -- a sentence whose first words are no heading stays whole
      for _, text in ipairs({
        "Senegal and The Gambia agreed to meet again.",      -- a link word before "The"
        "Ministers welcomed The Hague Declaration on water.", -- a verb among the first words
        "Ministers support The Hague Declaration on water.",  -- a verb of the lexicon
        "In The Hague the two Ministers signed the plan.",    -- a word that opens sentences first
        "Riyadh – The Minister of Defense met his guest.",    -- a dash is no word of a heading
      }) do
        assert.same({ text }, sentences("Joint Statement\n\n" .. text .. "\n"))
      end
      assert.same({ "The delegations met in Lomé.", "Any Other Business" },
        sentences("Agreed Minutes\n\nThe delegations met in Lomé.\n\nAny Other Business\n"))
    end)

    it("parts a heading run into a sentence opened by a preposition before small letters (session 40)", function()
      assert.same({ "Opening Remarks", "In his opening remarks, the Attorney General welcomed the delegation." },
        sentences("Joint Statement\n\nOpening Remarks In his opening remarks, the Attorney General welcomed " ..
          "the delegation.\n"))
      assert.same({ "Opening", "At the outset, the Chair thanked the hosts." },
        sentences("Joint Statement\n\nOpening At the outset, the Chair thanked the hosts.\n"))
      -- a heading with a comma between its words (not right before the sentence)
      assert.same({ "Trade, logistics and connectivity", "The Federal Chancellor welcomed the interest." },
        sentences("Joint Statement\n\nTrade, logistics and connectivity The Federal Chancellor welcomed the " ..
          "interest.\n"))
      assert.same({ "Turning to multilateral cooperation, the two Ministers reaffirmed their support." },
        sentences("Joint Statement\n\nTurning to multilateral cooperation, the two Ministers reaffirmed " ..
          "their support.\n"))
      -- a preposition in capitals before a capitalised word stays in its title
      assert.same({ "Cooperation In Energy And Mining was the theme of the meeting." },
        sentences("Joint Statement\n\nCooperation In Energy And Mining was the theme of the meeting.\n"))
    end)

    it("ends a sentence at a stop followed by a footnote's mark in superscript (session 37)", function()
      assert.same({ "The boundary shall continue to apply despite sea-level rise.¹",
        "The French Party shared this view." },
        sentences("Joint Statement\n\nThe boundary shall continue to apply despite sea-level rise.¹ The French " ..
          "Party shared this view.\n"))
    end)

    it("reads a section number in Roman numerals as a label, its heading parted (session 37)", function()
      assert.same({ "Political Dialogue", "The two Presidents reaffirmed their friendship.", "Global Issues",
        "The Presidents condemned terrorism." },
        sentences("Joint Declaration\n\nIV. Political Dialogue  The two Presidents reaffirmed their " ..
          "friendship.\n\nV. Global Issues  The Presidents condemned terrorism.\n"))
      assert.same({ "Overview", "The Ministers met in Accra on Monday.", "Trade and Investment",
        "Both sides welcomed the growth of trade." },
        sentences("Joint Statement\n\nI. Overview The Ministers met in Accra on Monday.\n\nXII. Trade and " ..
          "Investment  Both sides welcomed the growth of trade.\n"))
    end)
  end)

  describe("tokens()", function()
    it("gives words and numbers by default", function()
      assert.same(
        { "The", "U.S.-ROK", "long-term", "plan", "costs", "1,000.50", "in", "2010", "2012" },
        (tokens("The U.S.-ROK long-term plan costs $1,000.50 in 2010-2012.")))
    end)

    it("gives punctuation and symbols on request, one character each", function()
      local texts, kinds = tokens("Costs: $5 (or 5%)...", { punctuation = true })
      assert.same({ "Costs", ":", "$", "5", "(", "or", "5", "%", ")", ".", ".", "." }, texts)
      assert.same({ "word", "punct", "symbol", "number", "punct", "word", "number",
                    "symbol", "punct", "punct", "punct", "punct" }, kinds)
    end)

    it("keeps apostrophes, ordinals and abbreviations inside their token", function()
      local texts, kinds = tokens("Korea’s 44th SCM, e.g. the ROK's 1.5 percent of 1/4 COVID-19 5G")
      assert.same({ "Korea’s", "44th", "SCM", "e.g.", "the", "ROK's", "1.5", "percent",
                    "of", "1/4", "COVID-19", "5G" }, texts)
      assert.same({ "word", "number", "word", "word", "word", "word", "number", "word",
                    "word", "number", "word", "word" }, kinds)
    end)

    it("gives the final period to 'U.S.' but not to 'Korea.'", function()
      assert.same({ "They", "met", "in", "the", "U.S.", "and", "Korea", "." },
        (tokens("They met in the U.S. and Korea.", { punctuation = true })))
    end)

    it("reads letters beyond ASCII and treats general punctuation as punct", function()
      local texts, kinds = tokens("café 한국어 — “Ω” × …", { punctuation = true })
      assert.same({ "café", "한국어", "—", "“", "Ω", "”", "×", "…" }, texts)
      assert.same({ "word", "word", "punct", "punct", "word", "punct", "symbol", "punct" }, kinds)
    end)

    it("gives spans into doc.text", function()
      local doc = assert(scm.parse("The Secretary and the Minister met in 2012."))
      local n = 0
      for t in doc:tokens() do
        n = n + 1
        assert.equal(t.text, doc.text:sub(t.start, t.stop))
      end
      assert.equal(8, n)
    end)
  end)

  describe("sentences() of the 44th SCM Joint Communiqué", function()
    local text = read_corpus("scm44-2012.txt")
    if not text then
      pending("../shared/corpus not found")
      return
    end
    local list = sentences(text)
    local function has(sentence)
      for _, s in ipairs(list) do
        if s == sentence then return true end
      end
      return false
    end
    local function containing(fragment)
      for _, s in ipairs(list) do
        if s:find(fragment, 1, true) then return s end
      end
    end

    it("keeps the Panetta delegation sentence whole", function()
      assert.is_true(has("U.S. Secretary of Defense Leon E. Panetta and ROK Minister of "
        .. "National Defense Kim, Kwan Jin led their respective delegations, which "
        .. "included senior defense and foreign affairs officials."))
    end)

    it("keeps the sentence on the Korea-U.S. Integrated Defense Dialogue whole", function()
      local s = containing("Korea-U.S. Integrated Defense Dialogue (KIDD)")
      assert.truthy(s)
      assert.matches("^Against this backdrop, they noted", s)
      assert.matches("providing high%-level political oversight%.$", s)
    end)

    it("ends the first body sentence at '2012.' and keeps 'D.C. on' inside", function()
      assert.matches("was held in Washington D%.C%. on October 24, 2012%.$",
        containing("Security Consultative Meeting (SCM) was held"))
    end)

    it("keeps 'General James D. Thurman' and a closing quote in one sentence", function()
      local s = containing("General James D. Thurman")
      assert.matches('ready to "Fight Tonight," and that', s)
      assert.matches("or aggression%.$", s)
    end)

    it("reads 59 body sentences", function()
      assert.equal(59, #list)
    end)
  end)

  describe("sentences() of other real communiqués", function()
    local names = {
      "scm44-2012.txt",
      "quad-spirit-of-the-quad-2021.txt",
      "us-rok-leaders-joint-statement-70th-anniversary-2023.txt",
      "us-rok-ncg-guidelines-joint-statement-2024.txt",
      "fomc-statement-2015-12-16.txt",
    }
    for _, name in ipairs(names) do
      local text = read_corpus(name)
      if not text then
        pending("../shared/corpus not found")
      else
        it("starts every sentence of " .. name .. " with a capital and ends it with a stop", function()
          for _, s in ipairs((sentences(text))) do
            assert.is_truthy(s:match('^[A-Z“"]'), s)
            assert.is_truthy(s:match('[.?!][”")]*$'), s)
          end
        end)
      end
    end

    local leaders = read_corpus("us-rok-leaders-joint-statement-70th-anniversary-2023.txt")
    if not leaders then return end
    it("keeps 'Joseph R. Biden Jr.' in one sentence", function()
      local first = sentences(leaders)[1]
      assert.matches("^Today President Joseph R%. Biden Jr%. of the United States %(U%.S%.%)", first)
      assert.matches("anniversary of the U%.S%.%-ROK Alliance%.$", first)
    end)
  end)
end)
