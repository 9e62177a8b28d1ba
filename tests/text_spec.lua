-- text_spec.lua -- normalisation: layouts, paragraphs, hyphens, Markdown,
-- encodings and the offset map, checked on the shared corpus and on small
-- made-up texts for the layouts the corpus lacks.

local scm = require "scm"
local helpers = require "tests.helpers"

local root = os.getenv("SCM_TEST_ROOT") or "."
local shared = root .. "/../shared/corpus/"

local function slurp(name)
  local f = io.open(shared .. name, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

-- Parse a corpus file, or mark the test pending when the corpus is absent.
local function corpus_doc(name)
  local raw = slurp(name)
  if not raw then
    pending("../shared/corpus not found")
    return nil
  end
  local doc = assert(scm.parse(raw))
  return doc, raw
end

local function paragraphs(doc)
  local list = {}
  for p in doc:paragraphs() do list[#list + 1] = p end
  return list
end

local function kinds(doc)
  local list = {}
  for p in doc:paragraphs() do list[#list + 1] = p.kind end
  return list
end

-- The labels of the body paragraphs ("" for none) and the first `n`
-- bytes of each sentence.
local function labels_and_starts(doc, n)
  local labels, starts = {}, {}
  for p in doc:paragraphs() do if p.kind == "body" then labels[#labels + 1] = p.label or "" end end
  for st in doc:sentences() do starts[#starts + 1] = st.text:sub(1, n) end
  return labels, starts
end

local function find_para(doc, prefix)
  for p in doc:paragraphs() do
    if p.text:sub(1, #prefix) == prefix then return p end
  end
end

local function has(s, needle) return s:find(needle, 1, true) ~= nil end

describe("scm.parse", function()
  describe("normalisation", function()

    describe("of the seed (PDF text, a blank line after every line)", function()
      it("detects the spaced layout", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        assert.equal("spaced", doc.layout)
      end)

      it("makes the title, meeting and place-and-date lines header paragraphs", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        local ps = paragraphs(doc)
        assert.equal("header", ps[1].kind)
        assert.equal("Joint Communique", ps[1].text)
        assert.equal("The 44th U.S. – ROK Security Consultative Meeting", ps[2].text)
        assert.equal("Washington, D.C. October 24, 2012", ps[3].text)
        assert.equal("body", ps[4].kind)
        assert.truthy(ps[4].text:find("^The 44th United States – Republic of Korea"))
      end)

      it("rebuilds the 15 body paragraphs", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        local ps = paragraphs(doc)
        assert.equal(18, #ps)
        for i = 4, 18 do assert.equal("body", ps[i].kind) end
      end)

      it("starts a paragraph right after a page break", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        local p = find_para(doc, "The Secretary and the Minister noted the efforts of the two militaries")
        assert.truthy(p)
        local before = paragraphs(doc)[p.index - 1]
        assert.truthy(before.text:find("centered around the KIDD in the future%.$"))
      end)

      it("joins a line continued after a page break into its paragraph", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        assert.truthy(has(doc.text, "the development and progress of the Alliance over the last 60 years"))
        assert.truthy(has(doc.text, "by the U.S. Government, and for the excellent arrangements"))
      end)

      it("keeps the hyphen of compounds split at a line end", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        assert.truthy(has(doc.text, "U.S.-ROK Counter-Provocation Plan"))
        assert.truthy(has(doc.text, "address wide-ranging global security challenges"))
        assert.truthy(has(doc.text, "the Commander of the U.S.-ROK Combined Forces Command"))
      end)

      it("collapses runs of spaces and keeps curly quotes and en dashes", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        assert.truthy(has(doc.text, "over the past year. They expressed"))
        assert.falsy(has(doc.text, "  "))
        assert.truthy(has(doc.text, "the “Revised Missile Guidelines” (RMG)"))
        assert.truthy(has(doc.text, "North Korea’s policies"))
      end)

      it("separates paragraphs by exactly one blank line, with no trailing newline", function()
        local doc = corpus_doc("scm44-2012.txt")
        if not doc then return end
        assert.falsy(has(doc.text, "\n\n\n"))
        assert.falsy(doc.text:find("%s$"))
        local ps = paragraphs(doc)
        for i = 2, #ps do
          assert.equal("\n\n", doc.text:sub(ps[i - 1].stop + 1, ps[i].start - 1))
        end
      end)

      it("maps normalised offsets back to the raw bytes", function()
        local doc, raw = corpus_doc("scm44-2012.txt")
        if not doc then return end
        local checked = 0
        for i = 1, #doc.text, 97 do
          local ch = doc.text:sub(i, i)
          if ch:match("%w") then
            local _, _, byte = doc:raw_position(i)
            assert.equal(ch, raw:sub(byte, byte))
            checked = checked + 1
          end
        end
        assert.truthy(checked > 100)
        local p = find_para(doc, "The Secretary and the Minister noted the efforts")
        local line = doc:raw_position(p.start)
        assert.equal(162, line)
      end)
    end)

    describe("of Markdown converted from web pages", function()
      it("reads the front matter and keeps it out of the text", function()
        local doc = corpus_doc("us-rok-leaders-joint-statement-70th-anniversary-2023.txt")
        if not doc then return end
        assert.equal("2023-04-26", doc.meta.date)
        assert.truthy(doc.meta.title:find("^Leaders’ Joint Statement in Commemoration"))
        assert.falsy(has(doc.text, "source_url"))
        assert.truthy(doc.text:find("^Today President Joseph R%. Biden Jr%."))
      end)

      it("reads an exporter's backslash-underscore as a space, quoted or not (session 11)", function()
        local doc = assert(scm.parse('---\ntitle: Press\\_Statement of the Kelby\\_Council\n' ..
          'note: "a\\_b"\n---\n\nThe Council met in Kelby.\n'))
        assert.equal("Press Statement of the Kelby Council", doc.meta.title)
        assert.equal("a b", doc.meta.note) -- YAML's own escape: a no-break space
      end)

      it("detects the wrapped layout and has no header paragraphs", function()
        local doc = corpus_doc("us-rok-leaders-joint-statement-70th-anniversary-2023.txt")
        if not doc then return end
        assert.equal("wrapped", doc.layout)
        for p in doc:paragraphs() do assert.not_equal("header", p.kind) end
      end)

      it("makes bold lines standing alone headings", function()
        local doc = corpus_doc("us-rok-leaders-joint-statement-70th-anniversary-2023.txt")
        if not doc then return end
        local headings = {}
        for p in doc:paragraphs() do
          if p.kind == "heading" then headings[#headings + 1] = p.text end
        end
        assert.same({"Global Comprehensive Strategic Alliance",
                     "Expanding Cooperation Throughout the Indo-Pacific",
                     "Strengthening Ironclad Bilateral Collaboration"}, headings)
        assert.equal(23, #paragraphs(doc))
      end)

      it("removes markup, inline tags and the \\### end marker", function()
        local doc = corpus_doc("us-rok-leaders-joint-statement-70th-anniversary-2023.txt")
        if not doc then return end
        assert.truthy(has(doc.text, "to commemorate the 70th anniversary of the U.S.-ROK Alliance"))
        assert.truthy(has(doc.text, "the 21st century’s most difficult challenges"))
        for _, bad in ipairs {"**", "<sup>", "\\", "###"} do
          assert.falsy(has(doc.text, bad))
        end
        assert.truthy(doc.text:find("at a time of mutual convenience%.$"))
      end)

      it("gives numbered paragraphs a label", function()
        local doc = corpus_doc("quad-spirit-of-the-quad-2021.txt")
        if not doc then return end
        local ps = paragraphs(doc)
        assert.equal(5, #ps)
        assert.equal("1.", ps[1].label) -- the label, without its space
        assert.truthy(ps[1].text:find("^1%. We have convened"))
        assert.truthy(ps[5].text:find("^5%. To advance these goals"))
        assert.equal("Quad Leaders’ Joint Statement: “The Spirit of the Quad”", doc.meta.title)
      end)

      it("makes bullets their own paragraphs and keeps bold words as body text", function()
        local doc = corpus_doc("asean-us-special-summit-joint-vision-2022.txt")
        if not doc then return end
        local ps = paragraphs(doc)
        assert.equal("body", ps[1].kind)
        assert.truthy(ps[1].text:find("^WE, the Member States of the Association"))
        assert.truthy(find_para(doc, "EMPHASIZING the importance of creating"))
        local declare = find_para(doc, "WE HEREBY DECLARE:")
        assert.equal("heading", declare.kind)
        assert.equal("WE HEREBY DECLARE:", declare.text)
        local heading = find_para(doc, "Fighting the COVID-19 pandemic")
        assert.equal("heading", heading.kind)
        assert.equal("Fighting the COVID-19 pandemic, building better health security, and recovering together",
                     heading.text)
        local bullet = find_para(doc, "- We support ASEAN’s pandemic recovery")
        assert.equal("-", bullet.label)
        assert.truthy(has(doc.text, "to promote innovation, and capacity building"))
      end)

      it("reads # headings and backslash escapes", function()
        local doc = corpus_doc("dfat-cable-draft-australia-prc-communique-1972.txt")
        if not doc then return end
        local ps = paragraphs(doc)
        assert.equal("heading", ps[1].kind)
        assert.equal("348 CABLEGRAM TO PARIS", ps[1].text)
        assert.truthy(find_para(doc, "5910. Secret Immediate"))
        assert.equal("1972-12-05", doc.meta.date)
      end)
    end)

    describe("of one paragraph per line", function()
      it("keeps each line a paragraph and makes the dateline a header", function()
        local doc = corpus_doc("fomc-statement-2015-12-16.txt")
        if not doc then return end
        assert.equal("lines", doc.layout)
        local ps = paragraphs(doc)
        assert.equal(8, #ps)
        assert.same({"header", "header", "body"}, {ps[1].kind, ps[2].kind, ps[3].kind})
        assert.equal("December 16, 2015", ps[1].text)
        assert.equal("For immediate release", ps[2].text)
        assert.truthy(ps[8].text:find("and John C%. Williams%.$"))
      end)

      it("works on a small text", function()
        local doc = assert(scm.parse("The first paragraph is here.\n\nThe second one is here.\n"))
        assert.equal("lines", doc.layout)
        assert.equal("The first paragraph is here.\n\nThe second one is here.", doc.text)
      end)
    end)

    describe("of small made-up texts", function()
      it("rebuilds a spaced text", function()
        local doc = assert(scm.parse(
          "The Ministers met in Geneva to review the state of the\n\n" ..
          "alliance and agreed to deepen cooperation in all fields of\n\n" ..
          "mutual interest for the coming years.\n\n \n\n" ..
          "They also discussed regional security and the situation on\n\n" ..
          "the peninsula in some detail.\n\n \n\n"))
        assert.equal("spaced", doc.layout)
        assert.equal("The Ministers met in Geneva to review the state of the alliance and " ..
                     "agreed to deepen cooperation in all fields of mutual interest for the " ..
                     "coming years.\n\nThey also discussed regional security and the situation " ..
                     "on the peninsula in some detail.", doc.text)
      end)

      it("parts a short heading from the indented sentence right under it in a spaced text", function()
        local doc = assert(scm.parse(
          "The Ministers met in Geneva to review the state of the\n\n" ..
          "alliance and agreed to deepen cooperation in all fields of\n\n" ..
          "mutual interest for the coming years. The Ministers also\n\n" ..
          "welcomed the progress made since their last meeting in the\n\n" ..
          "capital and agreed to meet again in the autumn of next year.\n\n \n\n" ..
          "Regional and Global Order\n" ..
          " They also discussed regional security and the situation on\n\n" ..
          "the peninsula in some detail.\n\n \n\n"))
        assert.equal("spaced", doc.layout)
        local ps = paragraphs(doc)
        assert.equal("Regional and Global Order", ps[2].text)
        assert.equal("They also discussed regional security and the situation on the peninsula " ..
                     "in some detail.", ps[3].text)
      end)

      it("opens a paragraph at an indented line after a clause's end in a spaced text", function()
        local doc = assert(scm.parse(
          "REAFFIRMING the importance of ASEAN centrality in the evolving regional\n\n" ..
          "architecture and the role of the meeting as a platform for practical\n\n" ..
          "cooperation between the members and their eight partner countries;\n\n \n\n" ..
          "REITERATING the importance of maintaining peace, stability, maritime\n\n" ..
          "security and freedom of navigation and overflight in the region;\n" ..
          " RECOGNISING that the overwhelming share of international data traffic is\n\n" ..
          "carried by submarine cables, and that the security of the region depends\n\n" ..
          "on their integrity;\n\n \n\n"))
        assert.equal("spaced", doc.layout)
        local ps = paragraphs(doc)
        assert.equal(3, #ps)
        assert.truthy(ps[3].text:find("^RECOGNISING that"))
      end)

      local pdftotext =
        "JOINT STATEMENT\nOn Future Cooperation\nSeoul, 3 May 2031\n" ..
        "The two Ministers met in Seoul on 3 May 2031 to review the\n" ..
        "progress of the alliance and agreed to deepen their coopera-\n" ..
        "tion in the region. They noted the long-\nterm goals of both sides.\n" ..
        "The Ministers also discussed the situation on the peninsula\n" ..
        "and agreed on a joint plan.\n\f- 2 -\n" ..
        "They welcomed the new framework for talks and pledged to meet\n" ..
        "again next year in Washington to continue the work.\nPage 3 of 5\n" ..
        "Both sides expressed their hope for peace. The talks were\n" ..
        "held in a warm atmosphere.\n\f3\n" ..
        "The Ministers thanked their hosts for the visit and the\nexcellent arrangements.\n"

      it("reads pdftotext output without blank lines and drops page numbers", function()
        local doc = assert(scm.parse(pdftotext))
        assert.equal("unbroken", doc.layout)
        assert.same({"header", "header", "header", "body", "body", "body", "body", "body"}, kinds(doc))
        local ps = paragraphs(doc)
        assert.equal("Seoul, 3 May 2031", ps[3].text)
        assert.equal("The two Ministers met in Seoul on 3 May 2031 to review the progress of the " ..
                     "alliance and agreed to deepen their cooperation in the region. They noted " ..
                     "the long-term goals of both sides.", ps[4].text)
        assert.equal("They welcomed the new framework for talks and pledged to meet again next " ..
                     "year in Washington to continue the work.", ps[6].text)
        assert.equal("Both sides expressed their hope for peace. The talks were held in a warm atmosphere.",
                     ps[7].text)
        assert.falsy(has(doc.text, "Page 3"))
        assert.falsy(has(doc.text, "- 2 -"))
      end)

      it("opens no paragraph after a line that ends in an abbreviation, but before a starter or a number", function()
        local doc = assert(scm.parse("Joint Press Statement\r\nSeoul, 3 May 2031\r\n" ..
          "7. The co-chairs discussed ways to deepen cooperation in space, cyber and\r\n" ..
          "defense industry. They welcomed the results of the 12th ROK–U.S.\r\n" ..
          "Space Cooperation Working Group meeting in Colorado Springs in May and\r\n" ..
          "endorsed a combined space situational awareness plan for the coming years.\r\n" ..
          "8. They thanked the U.S.\r\n" ..
          "The Minister left for Seoul after the meeting with the delegation of the\r\n" ..
          "other side and its advisers.\r\n"))
        local ps = paragraphs(doc)
        assert.truthy(has(ps[3].text, "the 12th ROK–U.S. Space Cooperation Working Group"))
        assert.equal("8. They thanked the U.S.", ps[4].text)
      end)

      it("drops a footer ending in 'N / M' next to a form feed and joins the sentence across it", function()
        local doc = assert(scm.parse("Joint Press Statement\n\nIqaluit, 9 September 2320\n\n" ..
          "On search and rescue, the Canadian side highlighted the work of the station, and the\n" ..
          "Greenlandic side expressed appreciation for the training of the crews. The\n\n" ..
          "Canada – Greenland Arctic Partnership Council · Joint Press Statement     1 / 2\n" ..
          "\fco-chairs decided to hold a joint exercise in Smith Sound in August.\n"))
        assert.truthy(has(doc.text, "of the crews. The co-chairs decided to hold"))
        assert.falsy(has(doc.text, "1 / 2"))
      end)

      it("drops a short title after a form feed with no page number inside a cut sentence (session 21)", function()
        local head = "Joint Declaration on the Partnership between Tarnia and Vellmark\nKelby, 4 May 2796\n\n" ..
          "1. The two Leaders met in Kelby on 4 May and held talks on\nthe partnership.\n\n" ..
          "2. The two Leaders expressed deep concern over the\nimpacts of\n\n"
        local tail = "\n\nclimate change on the region, and called for action.\n\n3. They agreed to meet again.\n"
        local doc = assert(scm.parse(head .. "\f    Joint Declaration – Tarnia and Vellmark" .. tail))
        assert.truthy(has(doc.text, "over the impacts of climate change on the region"))
        assert.truthy(has(doc.text, "the partnership.\n\n2. The two Leaders"))
        assert.falsy(has(doc.text, "– Tarnia"))
        -- an issuer and the kind set apart by a bar, words the first page never wrote
        doc = assert(scm.parse(head .. "\fMinistry of Trade of Tarnia | Media Release" .. tail))
        assert.truthy(has(doc.text, "over the impacts of climate change on the region"))
        assert.falsy(has(doc.text, "Media Release"))
        -- before a capital the line stays
        doc = assert(scm.parse(head .. "\f    Joint Declaration – Tarnia and Vellmark\n\nClimate change on the " ..
          "region was discussed.\n"))
        assert.truthy(has(doc.text, "– Tarnia and Vellmark"))
      end)

      it("opens a paragraph at each '•' item, in a PDF's lines as in wrapped text", function()
        local list = "2. On energy, the Secretaries:\n" ..
          "• Welcomed the launch of the Corridor, a\n  public initiative to finance solar power;\n" ..
          "• Decided to convene the inaugural Semi-\n  conductor Dialogue in Manila; and\n" ..
          "• Recognized the work of the two coast guards.\n" ..
          "3. The Secretaries condemned the launch.\n"
        for _, head in ipairs({ "Joint Statement\r\nManila, 3 May 2091\r\n1. The Secretaries met.\r\n",
                                "Joint Statement\n\nManila, 3 May 2091\n\n1. The Secretaries met.\n" }) do
          local doc = assert(scm.parse(head .. list))
          local texts = {}
          for p in doc:paragraphs() do texts[#texts + 1] = p.text end
          assert.same({ "1. The Secretaries met.", "2. On energy, the Secretaries:",
                        "• Welcomed the launch of the Corridor, a public initiative to finance solar power;",
                        "• Decided to convene the inaugural Semiconductor Dialogue in Manila; and",
                        "• Recognized the work of the two coast guards.",
                        "3. The Secretaries condemned the launch." },
                      { table.unpack(texts, #texts - 5) })
          assert.equal("•", find_para(doc, "• Decided").label)
        end
        -- a bullet glyph inside a line is no item
        local doc = assert(scm.parse("Joint Statement\n\nThe Ministers met • in Manila and agreed\n" ..
          "on three points • to be set out later.\n"))
        assert.truthy(has(doc.text, "met • in Manila and agreed on three points • to be"))
      end)

      it("keeps a party's name before a line-end hyphen, and a long title above a dateline", function()
        local doc = assert(scm.parse("Joint Communique\n\nThe 5th Armenia – Uruguay Joint Commission " ..
          "on Economic Cooperation\n\nMontevideo, Oriental Republic of Uruguay   14 March 2381\n\n" ..
          "1. Both sides condemned the attack on the Armenian-\nflagged vessel, welcomed small " ..
          "and medium-\nsized enterprises and thanked the Niger-\nian delegation.\n"))
        assert.equal("header", find_para(doc, "The 5th Armenia").kind)
        assert.equal("header", find_para(doc, "Montevideo").kind)
        assert.truthy(has(doc.text, "the Armenian-flagged vessel"))
        assert.truthy(has(doc.text, "medium-sized enterprises"))
        assert.truthy(has(doc.text, "the Nigerian delegation"))
      end)

      it("opens a numbered paragraph after a sentence's end in wrapped text, not a year", function()
        local doc = assert(scm.parse("Joint Statement\n\nManila, 3 May 2091\n\n" ..
          "1. The Secretaries met in Manila.\n2. They agreed to meet again on 3 May\n" ..
          "2092. Both sides noted the progress.\n"))
        local ps = paragraphs(doc)
        assert.equal("1. The Secretaries met in Manila.", ps[#ps - 1].text)
        assert.equal("2. They agreed to meet again on 3 May 2092. Both sides noted the progress.",
                     ps[#ps].text)
      end)

      it("does not end a paragraph at a line that ends in a title abbreviation", function()
        local doc = assert(scm.parse("Joint Press Statement\r\nSeoul, 3 May 2031\r\n" ..
          "1. The Ministers met in Seoul to review the alliance and thanked the hosts for\r\n" ..
          "their visit to the satellite operations centre on the first day. Dr.\r\n" ..
          "Marsh welcomed the new cell at the air base, and the Ministers agreed to meet\r\n" ..
          "again next year.\r\n" ..
          "2. They pledged to continue the work of the alliance in the coming years.\r\n"))
        local ps = paragraphs(doc)
        assert.equal(4, #ps)
        assert.truthy(has(ps[3].text, "on the first day. Dr. Marsh welcomed the new cell"))
      end)

      it("joins a Markdown line-end hyphen as a compound unless a conjunction follows", function()
        local doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nWe back short-\n" ..
          "and long-term aims and a free and open Indo-\nPacific for **all**.\n"))
        assert.is_true(doc.markdown)
        assert.equal("Trade\n\nWe back short- and long-term aims and a free and open " ..
                     "Indo-Pacific for all.", doc.text)
      end)

      it("joins an indented line under a Markdown list item of long lines to the item (session 16)", function()
        local long = ("The co-chairs reaffirmed the alliance and its role in the region, and they agreed "):rep(3)
        local doc = assert(scm.parse("---\ntitle: X\n---\n\n# Alliance\n\n" .. long .. "to meet again.\n\n" ..
          "The co-chairs decided on the following:\n\n- to convene the Working Group in Colorado\n" ..
          "  Springs in June; and\n- to submit the draft by\n  September 15.\n"))
        assert.is_true(doc.markdown)
        assert.truthy(doc.text:find("in Colorado Springs in June; and\n\n- to submit the draft by September 15.",
          1, true))
      end)

      it("opens a paragraph at a hyphen bullet before a capital after a sentence's end (session 21)", function()
        local doc = assert(scm.parse("Joint Statement\n\nThe two Prime Ministers issued a statement, which " ..
          "reads:\n\n- We reaffirm our commitment to the Charter and to a rules-\n  based order.\n- We welcome " ..
          "the conclusion of the Agreement and look\n  forward to it.\n- We agree to meet.\n\nThey left.\n"))
        local items = {}
        for p in doc:paragraphs() do
          if p.label == "-" then items[#items + 1] = p.text end
        end
        assert.same({ "- We reaffirm our commitment to the Charter and to a rules-based order.",
                      "- We welcome the conclusion of the Agreement and look forward to it.",
                      "- We agree to meet." }, items)
        -- a hyphen inside a sentence that the wrap put first stays
        doc = assert(scm.parse("Joint Statement\n\nThe Ministers met in Rome and agreed on a long and\n" ..
          "- in their words - Productive agenda for the year.\n"))
        local n = 0
        for _ in doc:paragraphs() do n = n + 1 end
        assert.equal(2, n)
      end)
      it("keeps 'so-' + 'called' hyphenated and joins 'so-' + 'cial' (session 21)", function()
        local doc = assert(scm.parse("Joint Statement\n\nThey also condemned the operation of the so-\ncalled " ..
          "shadow fleet in the Baltic Sea and called for full so-\ncial protection of the crews.\n"))
        assert.truthy(doc.text:find("the so-called shadow fleet", 1, true))
        assert.truthy(doc.text:find("full social protection", 1, true))
        -- "so-called" is listed with its hyphen: kept where "called" stands nowhere else
        doc = assert(scm.parse("Joint Statement\n\nWe do not recognise the so-\ncalled elections in the " ..
          "occupied regions.\n"))
        assert.truthy(doc.text:find("the so-called elections", 1, true))
        -- "carbon-" opens compounds; a bare suffix after it is a break
        doc = assert(scm.parse("Joint Statement\n\nWe support the decarbon-\nisation of industry and a carbon-\n" ..
          "negative economy.\n"))
        assert.truthy(doc.text:find("the decarbonisation of industry", 1, true))
        assert.truthy(doc.text:find("a carbon-negative economy", 1, true))
      end)
      it("drops a Markdown line-end hyphen the text shows to be a syllable break (session 15)", function()
        local doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nWe welcomed the Enforce-\n" ..
          "ment Meeting, the Just Energy Tran-\nsition Partnership for a just energy transition, " ..
          "the Co-\noperation Forum for cooperation, and a free and open Indo-\nPacific for **all**.\n"))
        assert.is_true(doc.markdown)
        assert.truthy(doc.text:find("the Enforcement Meeting", 1, true))
        assert.truthy(doc.text:find("Just Energy Transition Partnership", 1, true))
        assert.truthy(doc.text:find("the Co-operation Forum", 1, true))
        assert.truthy(doc.text:find("Indo-Pacific", 1, true))
        -- (session 16) more endings that are no words: "identi-" + "fied"
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nVictims identi-\nfied by the " ..
          "police and the deci-\nsion of the court, and a self-\nsufficient port.\n"))
        assert.truthy(doc.text:find("Victims identified by", 1, true))
        assert.truthy(doc.text:find("the decision of the court", 1, true))
        assert.truthy(doc.text:find("a self-sufficient port", 1, true))
        -- (session 21) "ating", "ator", "ative": no words either
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Patrols\n\nThe Joint Coordin-\nating Committee " ..
          "and the Regional Moder-\nator met under the Indian Ocean Initi-\native.\n"))
        assert.truthy(doc.text:find("The Joint Coordinating Committee", 1, true))
        assert.truthy(doc.text:find("the Regional Moderator met", 1, true))
        assert.truthy(doc.text:find("Indian Ocean Initiative", 1, true))
        -- adjectives' endings that are no words: "bilat-" + "eral", "commer-" + "cial"
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nA bilat-\neral review of the commer-\n" ..
          "cial terms is essen-\ntial, said the well-\nknown jurist.\n"))
        assert.truthy(doc.text:find("A bilateral review of the commercial terms is essential", 1, true))
        assert.truthy(doc.text:find("the well-known jurist", 1, true))
        -- a word the lexicon lists as written whole: "Frame-" + "work", "counter-" + "part"
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nThe Frame-\nwork for the counter-\n" ..
          "part funds and the cross-\nborder trade.\n"))
        assert.truthy(doc.text:find("The Framework for the counterpart funds and the cross-border trade", 1, true))
        -- a right part that ends as a noun of action does: "prepa-" + "rations"
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nThe prepa-\nrations for the European Bank " ..
          "for Recon-\nstruction and a self-\ndetermination vote.\n"))
        assert.truthy(doc.text:find("The preparations for the European Bank for Reconstruction", 1, true))
        assert.truthy(doc.text:find("a self-determination vote", 1, true))
        -- (session 18) halves that are no words: a left part ending in "i"
        -- before a consonant, or a right part ending as a noun or adverb;
        -- a compound's halves ("code-" + "sharing") stay hyphenated
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nThanks for the hospi-\ntality and the " ..
          "signifi-\ncant code-\nsharing deal, the biodiver-\nsity of the coast and a fibre-\noptic cable.\n"))
        assert.truthy(doc.text:find("the hospitality and the significant code-sharing deal, the biodiversity " ..
          "of the coast and a fibre-optic cable", 1, true))
        -- the same halves written alone elsewhere say nothing of a break
        doc = assert(scm.parse("---\ntitle: X\n---\n\n# Trade\n\nA hospi-\ntality test, where tality " ..
          "stands alone too.\n"))
        assert.truthy(doc.text:find("A hospi-tality test", 1, true))
        -- (session 18) a participle in "-ed" before a word keeps its hyphen; not before an ending
        doc = assert(scm.parse("They installed closed-\ncircuit television and a pandemic prepared-\nness fund, " ..
          "exceed-\ning the target.\n"))
        assert.truthy(doc.text:find("closed-circuit television and a pandemic preparedness fund, exceeding", 1, true))
        -- (session 18) a dotted short form before a page break and a word in lower case goes on
        doc = assert(scm.parse("Joint Communiqué\n\nThe Under Secretary welcomed the progress made by the two " ..
          "governments in the\nimplementation of the agreement and noted the attacks by armed groups in the\n" ..
          "regions of Cauca and Catatumbo. The Under Secretary reiterated U.S.\n\n1\n\f\nsupport for the Final " ..
          "Agreement to End the Armed Conflict and for the work\nof the commission on the ground.\n"))
        assert.truthy(doc.text:find("reiterated U.S. support for", 1, true))
        -- (session 18) "countermeasures" is written whole
        doc = assert(scm.parse("The Black Sea Mine Counter-\nmeasures Task Group met in Varna on 3 May 2020.\n"))
        assert.truthy(doc.text:find("Mine Countermeasures Task Group", 1, true))
        -- (session 19) "multinational" is written whole, even with "national" elsewhere
        doc = assert(scm.parse("The national police welcomed the Multi-\nnational Security Support mission in " ..
          "Haiti.\n"))
        assert.truthy(doc.text:find("Multinational Security Support mission", 1, true))
      end)

      it("keeps a hyphen after 'good-' and drops one before '-ern' (session 20)", function()
        -- "good-" opens a compound
        local doc = assert(scm.parse("The Ministers reaffirmed the principles of mutual respect, good-\n" ..
          "neighbourliness and non-interference.\n"))
        assert.truthy(doc.text:find("good-neighbourliness", 1, true))
        -- "-ern" is what a syllable break leaves after a compass point
        doc = assert(scm.parse("The attacks in north-\nern Mozambique and the south-\neast of the country.\n"))
        assert.truthy(doc.text:find("northern Mozambique and the south-east", 1, true))
        -- "zero-" opens a compound
        doc = assert(scm.parse("China will grant zero-\ntariff treatment.\n"))
        assert.truthy(doc.text:find("zero-tariff treatment", 1, true))
      end)

      it("weighs Markdown's line-end hyphens as a PDF's after a syllable break (session 20)", function()
        local text = "---\ntitle: Communique\ndate: 2028-11-21\n---\n\n# Decisions\n\n" ..
          "Members stressed that climate change threatens the liveli-\nhoods of the peoples of the Pacific. " ..
          "They welcomed the opinion of the In-\n" ..
          "ternational Court of Justice and the report of the Committee of Governments and Ad-\nministrations " ..
          "on the Indo-\nPacific.\n"
        local doc = assert(scm.parse(text))
        assert.is_true(doc.markdown)
        assert.truthy(doc.text:find("livelihoods", 1, true))
        assert.truthy(doc.text:find("International Court", 1, true))
        assert.truthy(doc.text:find("Administrations", 1, true))
        assert.truthy(doc.text:find("Indo-Pacific", 1, true))
        -- with no syllable break shown, the converter's compounds stay
        doc = assert(scm.parse((text:gsub("liveli%-\nhoods", "livelihoods"))))
        assert.truthy(doc.text:find("In-ternational", 1, true))
      end)

      it("keeps a headline, a date alone and a place alone as the header (session 19)", function()
        local doc = assert(scm.parse("Prime Minister Thibodeau speaks with President of Senegal Cheikh Mbengue\r\n" ..
          "March 9, 2024\r\nOttawa, Ontario\r\n\r\nPrime Minister Marc-André Thibodeau today spoke with the " ..
          "President of Senegal,\r\nCheikh Mbengue, ahead of the Canada–Africa Economic Forum.\r\n"))
        assert.equal("Prime Minister Thibodeau speaks with President of Senegal Cheikh Mbengue", doc.title)
        assert.equal("readout", doc.kind)
        assert.equal("2024-03-09", doc.date)
        assert.equal("Ottawa, Ontario", doc.place)
      end)

      it("keeps a title line of up to 320 characters in the header above a dateline (session 16)", function()
        local title = "Fifth Round of Political Consultations between the Ministry of Foreign Affairs of " ..
          "the Republic of Tarnia and the Ministry of Foreign Affairs, Foreign Employment and Tourism of " ..
          "the Democratic Socialist Republic of Vellmark"
        local doc = assert(scm.parse("Agreed Minutes\r\n" .. title .. "\r\nWarsaw, 17 June 2085\r\n\r\n" ..
          "1. The Fifth Round was held in Warsaw on 16 June 2085.\r\n"))
        local ks = kinds(doc)
        assert.same({"header", "header", "header", "body"}, {ks[1], ks[2], ks[3], ks[4]})
        assert.equal("2085-06-17", doc.date)
      end)

      it("keeps a long title line in the header when a short header line follows it", function()
        local col = "The Ministers of the two countries met in the capital today and agreed to\n"
        local doc = assert(scm.parse("Joint Communique\n" ..
          "The 4th Estland – Nordavia – United States Fisheries Ministers’ Meeting\n" ..
          "Tallinn, Estland, 9 March 2061\n" ..
          "1. The 4th Estland – Nordavia – United States Fisheries Ministers’ Meeting\n" ..
          "(FMM) was held in Tallinn on 9 March 2061, where the Ministers agreed to\n" ..
          col:rep(3) .. "widen their talks.\n2. They agreed on quotas.\n"))
        local ks = kinds(doc)
        assert.same({"header", "header", "header", "body"}, {ks[1], ks[2], ks[3], ks[4]})
        assert.equal("Tallinn, Estland, 9 March 2061", paragraphs(doc)[3].text)
        -- the same with blank lines between the header lines
        local spaced = assert(scm.parse("Joint Communique\n\n" ..
          "The 4th Estland – Nordavia – United States Fisheries Ministers’ Meeting\n\n" ..
          "Tallinn, Estland, 9 March 2061\n\n" ..
          "1. The Ministers met in Tallinn on 9 March 2061, where they agreed to\n" ..
          col:rep(3) .. "widen their talks.\n\n2. They agreed on quotas.\n"))
        local sk = kinds(spaced)
        assert.same({"header", "header", "header", "body"}, {sk[1], sk[2], sk[3], sk[4]})
        -- a long title-case line that runs on into body text is body
        doc = assert(scm.parse("Joint Statement\n" ..
          "Secretary of State Ann Lee of the United States, Foreign Minister Aki Mori\n" ..
          "of Japan and Minister of Foreign Affairs Jan Berg of Norway met in Oslo on\n" ..
          "9 March 2061. " .. col:rep(3) .. "meet again.\n"))
        assert.same({"header", "body"}, kinds(doc))
      end)

      it("accepts a BOM, CRLF and non-breaking spaces, mapping back to raw bytes", function()
        local raw = "\239\187\191Joint Statement\r\n\r\nThe leaders met\194\160in Paris and agreed\r\n" ..
                    "to work together on trade.\r\n\r\nThey will meet again\226\128\131next year.\r\n"
        local doc = assert(scm.parse(raw))
        assert.equal("wrapped", doc.layout)
        assert.equal("Joint Statement\n\nThe leaders met in Paris and agreed to work together " ..
                     "on trade.\n\nThey will meet again next year.", doc.text)
        local line, _, byte = doc:raw_position(1)
        assert.equal(1, line)
        assert.equal(4, byte) -- after the BOM
        local at = doc.text:find("in Paris", 1, true)
        local _, _, nbsp = doc:raw_position(at - 1)
        assert.equal("\194\160", raw:sub(nbsp, nbsp + 1))
        local l2, _, b2 = doc:raw_position(doc.text:find("to work", 1, true))
        assert.equal(4, l2)
        assert.equal("to work", raw:sub(b2, b2 + 6))
      end)

      it("accepts lone CR line ends", function()
        local doc = assert(scm.parse("One paragraph\ron a line.\r\rSecond para here.\r"))
        assert.equal("One paragraph on a line.\n\nSecond para here.", doc.text)
      end)

      it("decides line-end hyphens from the document's own words", function()
        local doc = assert(scm.parse(
          "The two sides discussed deterrence and cybersecurity at length and\n" ..
          "agreed that extended deter-\nrence and cyber-\nsecurity remain central to the long-\n" ..
          "term vision of the Alliance, and the U.S.-\nROK Counter-\n" ..
          "Provocation Plan remains in force for now.\n\n" ..
          "They will re-solve the matter of the re-\nsolve clause at the next meeting in the\n" ..
          "spring of next year, in the capital city.\n"))
        assert.truthy(has(doc.text, "extended deterrence and cybersecurity remain"))
        assert.truthy(has(doc.text, "the long-term vision"))
        assert.truthy(has(doc.text, "the U.S.-ROK Counter-Provocation Plan"))
        assert.truthy(has(doc.text, "the matter of the re-solve clause"))
      end)

      it("keeps a compound whose halves are words and drops a syllable break", function()
        local doc = assert(scm.parse(
          "Both sides called for a cease-\nfire and for new negoti-\n" ..
          "ations; they urged all parties to cease fighting and to hold their fire\n" ..
          "while the envoys prepare the next round of talks in the region.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(has(doc.text, "called for a cease-fire and for new negotiations;"))
      end)

      it("keeps a long first line naming a kind as the title above a dateline paragraph", function()
        local doc = assert(scm.parse(
          "Joint Readout of the 3rd Valdoria \u{2013} Arvonia Joint Border Security Commission\r\n\r\n" ..
          "NAIROBI, 18 August 2355 \u{2014} The 3rd meeting of the Valdoria \u{2013} Arvonia Joint Border\r\n" ..
          "Security Commission (JBSC) took place in Nairobi on 17\u{2013}18 August 2355. The\r\n" ..
          "delegations of both countries included senior officials of the police and customs.\r\n"))
        assert.equal("Joint Readout of the 3rd Valdoria \u{2013} Arvonia Joint Border Security Commission",
                     doc.title)
        assert.equal("2355-08-18", doc.date)
      end)

      it("reads a prefix that is also a first syllable by the document's words", function()
        local doc = assert(scm.parse(
          "The Ministers signed a Memorandum of Under-\nstanding, briefed their counter-\n" ..
          "parts on the pro-\ngramme and its multi-\nlateral state-\nment, and agreed on a " ..
          "co-\nchairs' plan for cross-\nborder work, real-\ntime data and counter-\n" ..
          "narcotics, with the chairs of both sides, on time.\n"))
        assert.truthy(has(doc.text, "a Memorandum of Understanding, briefed their counterparts " ..
          "on the programme and its multilateral statement, and agreed on a co-chairs' plan " ..
          "for cross-border work, real-time data and counter-narcotics"))
      end)

      it("joins 'Cyber-' + 'security' and keeps 'cyber-' + 'threats' (session 12)", function()
        local doc = assert(scm.parse(
          "The Ministers praised the Western Balkans Cyber-\nsecurity Capacity Centre and condemned " ..
          "cyber-\nattacks and cyber-\nthreats in cyber-\nspace.\n"))
        assert.truthy(has(doc.text, "Western Balkans Cybersecurity Capacity Centre and condemned " ..
          "cyberattacks and cyber-threats in cyberspace."))
      end)

      it("drops a title-and-number footer an empty line before the form feed (session 12)", function()
        local doc = assert(scm.parse("Joint Fact Sheet\n\n\u{2022} Japan announced the provision of five " ..
          "vessels.\n\nJapan \u{2013} Philippines Joint Fact Sheet                    1\n\n\f\u{2022} The " ..
          "Philippines expressed gratitude for both contributions.\n"))
        assert.falsy(has(doc.text, "Joint Fact Sheet 1"))
        assert.truthy(has(doc.text, "The Philippines expressed gratitude"))
      end)

      it("counts a prefix's other hyphenated words only before lower case (session 12)", function()
        local doc = assert(scm.parse("They condemned the launch of an inter-\ncontinental ballistic missile " ..
          "and supported inter-Korean talks.\n"))
        assert.truthy(has(doc.text, "an intercontinental ballistic missile"))
        doc = assert(scm.parse("They condemned the counter-\npiracy work and counter-terrorism.\n"))
        assert.truthy(has(doc.text, "the counter-piracy work"))
      end)

      it("drops a footer of bar-separated fields and a page number before a form feed (session 12)", function()
        -- a spaced layout: every line of the PDF followed by an empty one
        local lines = {
          "Joint Communique ", "  ",
          "5. The Ministers welcomed the progress made since the sixth meeting in Port Moresby ",
          "and agreed that the partnership between the two countries remains strong and close. ",
          "Minister Callaghan announced that Kelby would fund the construction of two new ",
          "training depots in the north, and Minister Pora expressed his gratitude for it. ", "  ",
          "6. The two Ministers emphasised the importance of the Declaration on ",
          "Regional Security of 2018 and of the 2050 Strategy for the Blue Pacific Conti- ",
          "Seventh Kelby \u{2013} Tarn Defence Ministers\u{2019} Meeting | Joint Communiqu\u{00E9} | 1 ",
          "\fnent as the foundations of a region that is peaceful, stable and prosperous. ",
          "They underscored that security is best provided by the family of the region. ",
        }
        local doc = assert(scm.parse(table.concat(lines, "\n\n") .. "\n"))
        assert.truthy(has(doc.text, "Blue Pacific Continent as the foundations"))
      end)

      it("drops a running footer set apart by a wide gap and joins a sentence across it", function()
        local doc = assert(scm.parse(
          "Joint Communique\n\n1. The Ministers met in Prague and agreed that the cyber ranges of\n" ..
          "both countries should be opened to partners\n\n" ..
          "8th JDPC Joint Communique                              Page 2 of 3\n" ..
          "\ffrom the Western Balkans, and they decided to meet again next year.\n\n" ..
          "2. They welcomed the new plan for the region and the work of the staffs.\n"))
        assert.falsy(has(doc.text, "Page 2 of 3"))
        assert.truthy(has(doc.text, "opened to partners from the Western Balkans, and they"))
        doc = assert(scm.parse(
          "Joint Communique\n\n1. The Ministers met in Ljubljana and agreed that the work of\n" ..
          "the joint staff should be extended to the next year, and Minister\n\n" ..
          "9th JDCC · Joint Communique                              page 1/3\n" ..
          "\fKos highlighted the contribution of both countries to the mission.\n\n" ..
          "2. They welcomed the new plan for the region and the work of the staffs.\n"))
        assert.falsy(has(doc.text, "page 1/3"))
        assert.truthy(has(doc.text, "and Minister Kos highlighted"))
      end)

      it("keeps a long dateline in the header block", function()
        local doc = assert(scm.parse(
          "Joint Press Statement \n\nThe 5th Ocean Ministers’ Meeting \n\n" ..
          "Majuro, Republic of the Marshall Islands   October 17, 2218 \n\n" ..
          "The 5th Ocean Ministers’ Meeting was held in Majuro on October 16-17, 2218, and \n\n" ..
          "the Ministers of the three countries recalled their declaration of 2214. \n\n"))
        local seen = {}
        for p in doc:paragraphs() do seen[#seen + 1] = p.kind end
        assert.same({"header", "header", "header", "body"}, seen)
      end)

      it("goes on across a page break after a full line that ends in a number", function()
        local doc = assert(scm.parse(
          "Joint Statement\n\n" ..
          "The Ministers met in Varna on 4 May and reviewed the state of their defence\n" ..
          "cooperation since the last meeting, and they called on all the states of\n" ..
          "the region to implement fully the provisions of the Harbour Protocol of 1979\n\n" ..
          "                                   1\n" ..
          "\fTreaty and its annexes. They agreed to meet again in Tessel next spring.\n"))
        assert.truthy(has(doc.text, "Protocol of 1979 Treaty and its annexes."))
      end)

      it("drops a page mark 'N/M' and a running header repeated at the top of pages", function()
        local doc = assert(scm.parse(
          "Joint Communique\n" ..
          "1. The Ministers met in Varna on 4 May and reviewed the state of their defence\n" ..
          "cooperation since the last meeting of the Commission, and they endorsed a\n" ..
          "revised operational plan for the Regional\n" ..
          "1/3\n" ..
          "\fJDC-4 | Varna, 3-4 May 2095 | Joint Communique\n" ..
          "Harbour Centre and agreed to review its work at their next meeting in Tessel.\n" ..
          "2. The Ministers welcomed the work of the joint staffs on the new exercise\n" ..
          "programme and tasked them to report on its first year at the next meeting.\n" ..
          "2/3\n" ..
          "\fJDC-4 | Varna, 3-4 May 2095 | Joint Communique\n" ..
          "3. The Ministers thanked their hosts for the warm welcome extended to them\n" ..
          "during the meeting and agreed to meet again in Tessel in the spring.\n"))
        assert.falsy(has(doc.text, "1/3"))
        assert.falsy(has(doc.text, "JDC-4 |"))
        assert.truthy(has(doc.text, "for the Regional Harbour Centre and agreed"))
        -- one line after a single page break is kept: it may be text
        doc = assert(scm.parse("Joint Communique\n1. The Ministers met.\n\fThey agreed.\n"))
        assert.truthy(has(doc.text, "They agreed."))
      end)

      it("drops a running header of parts set apart by middle dots inside a cut sentence", function()
        local doc = assert(scm.parse(
          "Joint Statement of the Board of Governors\n" ..
          "Fifty-Eighth Annual Meeting of the Board of Governors of the Kelby Development Bank\n" ..
          "Tessel, 12 June 2056\n\n" ..
          "The Governors did not support the proposal to raise the ceiling on loans to\n\n" ..
          "                                  \u{2014} 1 \u{2014}\n" ..
          "\fKelby Development Bank \u{00B7} Fifty-Eighth Annual Meeting of the Board of Governors\n" ..
          "any single borrower, and they agreed to revisit the question next year.\n"))
        assert.falsy(has(doc.text, "\u{00B7}"))
        assert.truthy(has(doc.text, "ceiling on loans to any single borrower"))
      end)

      it("drops any line of fields set apart by middle dots after a page break inside a sentence (session 29)",
         function()
        local function fixture(dir, prefix)
          return assert(scm.parse(helpers.slurp(helpers.fixture(dir, prefix))))
        end
        -- one dot, the sentence going on in capitals ("… of the" / "PRESS RELEASE 214/7123 · PRIME
        -- MINISTER’S OFFICE" / "BBNJ Agreement …"), and two dots before a line in lower case
        local doc = fixture("blind505", "finland-")
        assert.falsy(has(doc.text, "PRESS RELEASE 214"))
        assert.truthy(has(doc.text, "importance of the BBNJ Agreement"))
        doc = fixture("blind505", "germany-")
        assert.falsy(has(doc.text, "Pressemitteilung"))
        assert.truthy(has(doc.text, "number of students from Botswana"))
      end)

      it("drops the title written again whole after a page break, and joins a name's hyphen across it " ..
         "(session 30)", function()
        -- "… Prime Minister Paulauskaitė-" / the footer / form feed / the title again / "Žemaitienė thanked …"
        local doc = assert(scm.parse(helpers.slurp(helpers.fixture("blind521", "lithuania-"))))
        assert.truthy(has(doc.text, "Prime Minister Paulauskaitė-Žemaitienė thanked her counterpart"))
        local n = 0
        for _ in doc.text:gmatch("Prime Minister holds telephone conversation") do n = n + 1 end
        assert.equal(1, n)
      end)

      it("keeps the hyphen of a tens word and of \"agro-\" at a line end (session 30)", function()
        local doc = assert(scm.parse("The Conference welcomed the forty-\none bilateral activities and the agro-\n" ..
          "industrial park, and it noted that agro-industrial exports grew.\n"))
        assert.truthy(has(doc.text, "forty-one bilateral"))
        assert.truthy(has(doc.text, "the agro-industrial park"))
        doc = assert(scm.parse("Italy did not endorse the proposal to extend the night-\ntime ban on lorries.\n"))
        assert.truthy(has(doc.text, "the night-time ban"))
      end)

      it("drops the title of parts set apart by dashes after a page marker inside a cut sentence, whatever " ..
         "follows the form feed (session 30)", function()
        local doc = assert(scm.parse(helpers.slurp(helpers.fixture("blind376", "morocco-peru-"))))
        assert.truthy(has(doc.text, "our commitment to the multilateral trading system, with the World"))
      end)

      it("reads a page number after a middle dot as a running footer, and drops the header under it inside a " ..
         "cut sentence (session 31)", function()
        local doc = assert(scm.parse("Prime Minister Velichkov held a telephone conversation with the Prime " ..
          "Minister of Viet Nam\n\nPrime Minister Velichkov held a telephone conversation\ntoday with the Prime " ..
          "Minister of Viet Nam. They noted the\nsolar parks in Ninh Thuan province\n\ngov.bg \u{B7} Government " ..
          "Information Service \u{B7} 1/2\nPrime Minister Velichkov \u{2013} telephone conversation with the Prime " ..
          "Minister of Viet Nam\n\nsince 7519, and they welcomed it.\n"))
        assert.truthy(has(doc.text, "solar parks in Ninh Thuan province since 7519, and they welcomed it."))
        assert.falsy(has(doc.text, "gov.bg"))
      end)

      it("reads a page number after a bar set apart by runs of spaces as a running footer (session 37)", function()
        local doc = assert(scm.parse("JOINT PRESS RELEASE\n\nThe principals of the two institutions welcomed the " ..
          "support of the\n                  GSI \u{2013} IEEG  |  Joint Press Release  |  Page 1 of 2\n\f" ..
          "Ecuadorian Ministry of Energy and Mines.\n"))
        assert.truthy(has(doc.text, "welcomed the support of the Ecuadorian Ministry of Energy and Mines."))
        assert.falsy(has(doc.text, "Page 1 of 2"))
      end)

      it("reads the title's words again in another case, accented letters too, as a running header inside a " ..
         "word cut by a page break (session 31)", function()
        local doc = assert(scm.parse("JOINT COMMUNIQU\u{C9}\nThird Meeting of the Joint Commission on Fisheries\n" ..
          "Bandar Seri Begawan, 12 March 7561\n\n1. The Third Meeting of the Joint Commission (JCFAC) was held in " ..
          "Bandar Seri Begawan.\n\n2. Both Co-Chairs reaffirmed their commitment. They welcomed the acces-\n\n" ..
          "                 Page 1 of 2\n\f   Third Meeting of the JCFAC \u{2014} Joint Communiqu\u{E9}\n\n" ..
          "sion of Brunei Darussalam to the Agreement.\n"))
        assert.truthy(has(doc.text, "They welcomed the accession of Brunei Darussalam to the Agreement."))
      end)

      it("drops Markdown's HTML comments, a line of its own or inside a paragraph (session 31)", function()
        local doc = assert(scm.parse("---\ntitle: \"Talks\"\n---\n\n**Bilateral relations**\n\n" ..
          "<!-- image: talks.jpg (caption to be added) -->\n\nThe Omani minister welcomed the signing. " ..
          "<!-- editor: check the figures --> He did not confirm the date.\n"))
        assert.falsy(has(doc.text, "<!--"))
        assert.truthy(has(doc.text, "welcomed the signing. He did not confirm the date."))
      end)

      it("drops a running header that ends in a date in brackets inside a cut sentence (session 31)", function()
        local doc = assert(scm.parse("PRESS RELEASE\n2nd Bangladesh\u{2013}Poland Defence Dialogue held in " ..
          "Dhaka\n\n6. The Bangladesh side briefed the Polish delegation. The Polish side\n\n" ..
          "                 Page 1 of 2\n\fPress Release \u{2013} 2nd Bangladesh\u{2013}Poland Defence " ..
          "Dialogue (9 March 7606)\n\n   expressed appreciation for the hosting.\n"))
        assert.truthy(has(doc.text, "The Polish side expressed appreciation for the hosting."))
      end)

      it("reads the Spanish paragraph label \"3.- \" as a label (session 31)", function()
        local doc = assert(scm.parse("Press Release\n\nNew Delhi, 3 May 7877\n\n3.- At the end of their talks, " ..
          "the Ministers agreed to meet again.\n\n4.- Minister Pawaskar noted the request.\n"))
        local starts = {}
        for st in doc:sentences() do starts[#starts + 1] = st.text:sub(1, 6) end
        assert.same({ "At the", "Minist" }, starts)
      end)

      it("reads \"[4]\" as a paragraph label, also with no blank line before it (session 33)", function()
        local doc = assert(scm.parse("JOINT STATEMENT\n\n[1]  The Chairperson welcomed the talks and\n" ..
          "     noted the plan.\n[2]  The President agreed to meet.\n"))
        local labels, starts = labels_and_starts(doc, 6)
        assert.same({ "[1]", "[2]" }, labels)
        assert.same({ "The Ch", "The Pr" }, starts)
      end)

      it("reads a decimal paragraph number followed by two spaces, \"2.1  The Ministers\" (session 33)", function()
        local doc = assert(scm.parse("COMMUNIQUE\n\n2.1  The Ministers received the report of the meeting.\n\n" ..
          "2.2  The Ministers noted with concern the figures.\n"))
        local labels, starts = labels_and_starts(doc, 7)
        assert.same({ "2.1", "2.2" }, labels)
        assert.same({ "The Min", "The Min" }, starts)
      end)

      it("writes a PDF's typographic ligatures as their letters, the offsets still mapping (session 33)", function()
        local raw = "STATEMENT\n\nThe Ministers con\u{FB01}rmed the \u{FB02}eet plan and rea\u{FB03}rmed it.\n"
        local doc = assert(scm.parse(raw))
        assert.truthy(has(doc.text, "The Ministers confirmed the fleet plan and reaffirmed it."))
        assert.same({ "confirm", "reaffirm" }, (function()
          local v = {}
          for a in doc:acts() do v[#v + 1] = a.verb end
          return v
        end)())
        local at = doc.text:find("fleet", 1, true)
        local _, _, from = doc:raw_position(at)
        local _, _, to = doc:raw_position(at + 2) -- "e", after the ligature's two letters
        assert.equal("\u{FB02}", raw:sub(from, to - 1))
      end)

      it("drops a soft hyphen inside a line, the offsets still mapping (session 37)", function()
        local raw = "STATEMENT\n\nThe Ministers welcomed the delta manage\u{AD}ment course.\n"
        local doc = assert(scm.parse(raw))
        assert.truthy(has(doc.text, "The Ministers welcomed the delta management course."))
        local at = doc.text:find("ment course", 1, true)
        local _, _, from = doc:raw_position(at)
        assert.equal("ment", raw:sub(from, from + 3))
      end)

      it("reads \"2.3.1 \" and a run of capital letters \"A. \", \"B. \" as labels, not an initial (session 33)",
         function()
        local doc = assert(scm.parse("COMMUNIQUE\n\n2.3.1 The Council received the report.\n\n" ..
          "A.  Ministers met in Cardiff.\n\nB.  The meeting was co-chaired by Mr. Lee.\n\n" ..
          "M. Guennec briefed the Leaders.\n"))
        local labels = labels_and_starts(doc, 1)
        assert.same({ "2.3.1", "A.", "B.", "" }, labels)
      end)

      it("keeps a line-end hyphen where \"re\", \"de\" or \"pre\" meets an e (session 33)", function()
        local doc = assert(scm.parse("STATEMENT\n\nThe Ministers re-\nemphasised the need for de-\nescalation " ..
          "and the pre-\neminent role of the UN, and the re-\nport was done.\n"))
        assert.truthy(has(doc.text, "The Ministers re-emphasised the need for de-escalation and the pre-eminent " ..
          "role of the UN, and the report was done."))
      end)

      it("writes HTML character references in Markdown as their characters (session 33)", function()
        local doc = assert(scm.parse("---\ntitle: X\n---\n\nThe **Presidents** welcomed Korea&#8217;s support " ..
          "for the Portugal&#x2013;Korea plan &amp; the fund at 10&nbsp;a.m. &foo; stays.\n"))
        assert.truthy(has(doc.text, "The Presidents welcomed Korea’s support for the Portugal–Korea plan & the " ..
          "fund at 10 a.m. &foo; stays."))
      end)

      it("reads a signature block in two columns part by part, a letterhead in two columns as one (session 34)",
         function()
        local raw = "REPUBLIC OF BULGARIA                  REPUBLIC OF TURKIYE\n" ..
          "Ministry of Finance                   Ministry of Trade\n\nJOINT PRESS RELEASE\n\n" ..
          "The two sides signed the Minutes.\n\n" ..
          "For the Republic of Namibia                 For the Republic of Lithuania\n" ..
          "Dr. Helena Amukoto                          Gediminas Rasiulis\n" ..
          "President                                   President\n"
        local doc = assert(scm.parse(raw))
        local texts = {}
        for _, p in ipairs(paragraphs(doc)) do texts[#texts + 1] = p.text end
        assert.same({ "For the Republic of Namibia", "For the Republic of Lithuania", "Dr. Helena Amukoto",
                      "Gediminas Rasiulis", "President", "President" }, { table.unpack(texts, #texts - 5) })
        assert.truthy(has(doc.text, "REPUBLIC OF BULGARIA REPUBLIC OF TURKIYE"))
        -- every character still maps to its byte in the raw text
        for i = 1, #doc.text do
          local ch = doc.text:sub(i, i)
          if ch:match("%w") then
            local _, _, byte = doc:raw_position(i)
            assert.equal(ch, raw:sub(byte, byte))
          end
        end
      end)

      it("drops a dated running footer above the page number, the title's words and a date (session 34)", function()
        local body = "Joint Statement on Coastal Early Warning in the Southern Ocean\n" ..
          "Hobart, 4 June 2071\n\n" ..
          "The three authorities decided to establish a Working Group and agreed on the\n\n" ..
          "    Joint Statement on Coastal Early Warning – 4 June 2071\n" ..
          "                                                              1\n" ..
          "\ffollowing priorities for its work.\n"
        local doc = assert(scm.parse(body))
        assert.truthy(has(doc.text, "agreed on the following priorities for its work."))
        assert.falsy(has(doc.text, "Warning – 4 June"))
        -- a line of prose that ends with a date stays: its words are not the title's
        doc = assert(scm.parse((body:gsub("    Joint Statement on Coastal Early Warning",
                                          "    the plan adopted in Lima"))))
        assert.truthy(has(doc.text, "the plan adopted in Lima – 4 June 2071"))
      end)

      it("drops a short title naming the kind after a page break inside a sentence, and its repeats", function()
        local doc = assert(scm.parse(
          "Joint Statement of the 27th Korea-U.S. Integrated Defense Dialogue (KIDD)\n" ..
          "Seoul, 3 May 2066\n\n" ..
          "The two sides reviewed the transition plan and confirmed that the Future Combined\n\n" ..
          "1\n" ..
          "\f27th KIDD Joint Statement\n" ..
          "Forces Command is on track to complete its verification in 2067.\n\n" ..
          "2\n" ..
          "\f27th KIDD Joint Statement\n" ..
          "The two sides decided to hold the next KIDD in Washington.\n"))
        assert.truthy(has(doc.text, "the Future Combined Forces Command is on track"))
        assert.falsy(has(doc.text, "KIDD Joint Statement"))
        -- a line after a page break that ends a sentence stays
        doc = assert(scm.parse("Joint Statement of the 27th KIDD\nSeoul, 3 May 2066\n\n" ..
          "The two sides met.\n\n1\n\f27th KIDD Joint Statement\nThey agreed.\n"))
        assert.truthy(has(doc.text, "27th KIDD Joint Statement"))
      end)

      it("keeps the hyphen after a short form in capitals at a line end", function()
        local doc = assert(scm.parse(
          "The co-chairs did not agree on the proposed EU-\nwide levy on carbon and\n" ..
          "asked the UN-\nled mission to report to the next meeting of the committee.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(has(doc.text, "the proposed EU-wide levy"))
        assert.truthy(has(doc.text, "the UN-led mission"))
      end)

      it("drops a running footer with a bare page number next to a form feed or at the end", function()
        local doc = assert(scm.parse(
          "Joint Statement\n\nWe note with concern the increase in hybrid threats against our\n" ..
          "societies, including the instrumentalisation of migration, sabotage\n" ..
          "and disinformation, and we support the efforts of the European\n\n" ..
          "Joint Statement of the Foreign Ministers                        1\n" ..
          "\fUnion (EU) to strengthen its sanctions against those responsible.\n\n" ..
          "We thank Latvia for its warm hospitality and for the organisation.\n\n" ..
          "Joint Statement of the Foreign Ministers                        2\n"))
        assert.falsy(has(doc.text, "Foreign Ministers"))
        assert.truthy(has(doc.text, "the efforts of the European Union (EU) to strengthen"))
        -- "N/M" after a wide gap needs no form feed
        doc = assert(scm.parse("   3. Pay tribute to the President of the Republic for the dynamism " ..
          "of the\nDeclaration of Bissau                                                1/3\n" ..
          "Presidency of the Community from 2116 to 2118;\n"))
        assert.falsy(has(doc.text, "1/3"))
      end)

      it("runs a numbered paragraph's hanging indent on after an abbreviation, and opens items \"a. \"", function()
        local doc = assert(scm.parse("Joint Press Release\n\n2. The co-chairs reaffirmed that the Japan-U.S.\n" ..
          "   Alliance, founded on the Treaty, remains the cornerstone of peace.\n\n" ..
          "3. Regarding bilateral planning, the co-chairs:\n" ..
          "   a. confirmed that the plans will be updated to reflect the new\n" ..
          "      arrangements of the forces;\n" ..
          "   b. welcomed the first table-top exercise; and\n" ..
          "   c. decided to complete the revision of the guidance.\n"))
        assert.truthy(find_para(doc, "2. The co-chairs reaffirmed that the Japan-U.S. Alliance, founded"))
        assert.truthy(find_para(doc, "a. confirmed that the plans will be updated to reflect the new arrangements"))
        assert.truthy(find_para(doc, "b. welcomed the first table-top exercise; and"))
        assert.truthy(find_para(doc, "c. decided to complete"))
        -- a capital after "A. " is a name's initial, no label
        doc = assert(scm.parse("Joint Statement\n\nThe meeting was chaired by\n   A. Smith, Director.\n"))
        assert.is_nil((find_para(doc, "A. Smith")))
      end)

      it("drops a running header of issuer and kind set apart by a dash after a form feed, before a capital", function()
        local body = {
          "1.  At the invitation of the President of the Republic of Burundi, the",
          "    President of the Republic of Senegal paid a State Visit to Burundi",
          "    from 15 to 17 June 2031. The two Heads of State held talks in a warm",
          "    and cordial atmosphere on bilateral, regional and global matters.", "",
          "2.  The two Presidents welcomed the excellent relations between their",
          "    countries and agreed to hold the first session of a Joint Commission",
          "    in Dakar before the end of the year, with a view to new agreements.", "",
          "3.  On peace and security, the two Presidents reaffirmed their",
          "    commitment to the principle of African solutions to African",
          "    problems. They welcomed the adoption of United Nations Security", "",
          "                                                   www.presidence.gov.bi | Page 1/2",
          "\fPresidency of the Republic of Burundi – Communiqué No. 027/PR/2031", "",
          "    Council resolution 2719 on the financing of peace operations, and",
          "    called for its full implementation without delay.", "",
          "                                                   www.presidence.gov.bi | Page 2/2" }
        local doc = assert(scm.parse("PRESIDENCY OF THE REPUBLIC\n\nREPUBLIC OF BURUNDI\n\nCommuniqué No. " ..
          "027/PR/2031\n\nFinal Communiqué\n\nGitega, 17 June 2031\n\n" .. table.concat(body, "\n") .. "\n"))
        assert.truthy(has(doc.text, "United Nations Security Council resolution 2719"))
        assert.falsy(has(doc.text, "Presidency of the Republic of Burundi –"))
        -- a long issuer's name and the release's number (94 columns)
        body[14] = "                           https://www.maeci.gov.dj/en/news/0147 | Page 1 of 2"
        body[15] = "\fMinistry of Foreign Affairs and International Cooperation – Press Release MAECI/DCP/0147/2031"
        body[20] = "                           https://www.maeci.gov.dj/en/news/0147 | Page 2 of 2"
        doc = assert(scm.parse("Ministry of Foreign Affairs and International Cooperation\n\nPress Release " ..
          "MAECI/DCP/0147/2031\n\nFinal Communiqué\n\nDjibouti, 17 June 2031\n\n" .. table.concat(body, "\n") .. "\n"))
        assert.truthy(has(doc.text, "United Nations Security Council resolution 2719"))
        assert.falsy(has(doc.text, "International Cooperation –"))
      end)

      it("drops a running header of the kind and the headline's opening after a form feed, before a name", function()
        -- "… Minister" / footer / form feed / "Press release – Minister Sangiorgi in Astana" / "Sangiorgi commended …"
        local doc = assert(scm.read(root .. "/tests/fixtures/blind433/" ..
          "italy-maeci-kazakhstan-foreign-minister-official-visit-astana-press-release-6401.txt"))
        assert.truthy(has(doc.text, "Minister Sangiorgi commended"))
        assert.falsy(has(doc.text, "Press release –"))
      end)

      it("drops the meeting's name as a running header inside a word the page cut", function()
        local doc = assert(scm.parse("JOINT COMMUNIQUE\nThird Round of Bilateral Political Consultations\n" ..
          "between Pakistan and Ghana\nIslamabad, 12 May 2031\n\n1. The Third Round of Bilateral Political " ..
          "Consultations was held in Islamabad. The two sides reviewed Pakistan–Ghana relations.\n\n" ..
          "11. They condemned terrorism in all its forms and mani-\n\n" ..
          "Page 1 of 2\n\fThird Round of Pakistan–Ghana Bilateral Political Consultations\n\n" ..
          "    festations and agreed to share experience in countering\n    violent extremism.\n"))
        assert.truthy(has(doc.text, "in all its forms and manifestations and agreed"))
      end)

      it("drops the headline again with \"(continued)\" after a form feed", function()
        local doc = assert(scm.parse("Te Beretitenti receives the Special Envoy of the President of Cuba\n\n" ..
          "Tarawa, 3 May 2031\n\nOn education, Te Beretitenti welcomed the award of fifteen\n\n" ..
          "Office of Te Beretitenti · Media Release            Page 1 of 2\n" ..
          "\fTe Beretitenti receives the Special Envoy of the President of Cuba (continued)\n\n" ..
          "new scholarships for students at Cuban universities.\n"))
        assert.truthy(has(doc.text, "the award of fifteen new scholarships"))
        assert.falsy(has(doc.text, "(continued)"))
      end)

      it("goes on across a page break after a line of prose the page cut short", function()
        local doc = assert(scm.parse(
          "5. The Ministers welcomed the decision of Slovakia to procure the same tracked\n" ..
          "infantry fighting vehicle as the Army of the Czech Republic. The Ministers\n" ..
          "decided to establish a Joint\n\n" ..
          "                                                                 Page 1 of 3\n" ..
          "\fLogistics Support Group (JLSG) by the second half of 2263 and tasked their\n" ..
          "armaments directors to prepare a joint maintenance contract for the fleet.\n"))
        assert.truthy(has(doc.text, "decided to establish a Joint Logistics Support Group (JLSG)"))
      end)

      it("opens a paragraph at an item's label after a lead-in or an item's end", function()
        local doc = assert(scm.parse(
          "8. On the Customs Union and the Common Market, the Summit of the Community in\n" ..
          "Arusha:\n(a) approved the revised Common External Tariff, including a fourth band\n" ..
          "of 35 per cent for finished textiles;\n(b) directed the Secretariat to publish a\n" ..
          "quarterly report on barriers; and\n(c) decided that the Roadmap shall be reviewed\n" ..
          "by the Council of Ministers at its meeting in February.\n" ..
          "9. The Heads of State reaffirmed their commitment to the Treaty of the Community.\n"))
        local ps = paragraphs(doc)
        assert.equal(5, #ps)
        assert.equal("(b) directed the Secretariat to publish a quarterly report on barriers; and",
                     ps[3].text)
        assert.equal("(c) decided that the Roadmap shall be reviewed by the Council of Ministers " ..
                     "at its meeting in February.", ps[4].text)
      end)

      it("drops a browser's print header and reads the page's header block under it", function()
        local doc = assert(scm.parse(
          "6/23/27, 9:14 AM                    Readout of the Adviser’s Meeting with … | The White House\n\n" ..
          "BRIEFING ROOM\n\nReadout of National Security Advisor Ann Lee’s Meeting with\n" ..
          "Tessaly Director of National Security Per Ruus\n\nSTATEMENTS AND RELEASES\n\n" ..
          "June 22, 2627\n\nNational Security Advisor Ann Lee met today in Washington with Tessaly\n" ..
          "Director of National Security Per Ruus for the inaugural Strategic Dialogue. Director\n" ..
          "Ruus was accompanied by the Ambassador of Tessaly to the United States.\n\n" ..
          "The two officials condemned the missile launch conducted on May 30 and agreed that\n" ..
          "it demands a firm and coordinated international response from all partners.\n"))
        assert.is_nil(doc.text:find("9:14 AM", 1, true))
        assert.equal("2627-06-22", doc.date)
        assert.equal("Readout of National Security Advisor Ann Lee’s Meeting with Tessaly Director " ..
                     "of National Security Per Ruus", doc.title)
        local two
        for a in doc:acts() do if a.verb == "condemn" then two = a end end
        assert.equal(2, #two.actors)
      end)

      it("drops a print header of a 24-hour clock, also where it cuts a sentence (session 39)", function()
        local doc = assert(scm.parse(
          "Foreign Minister Ozols held a telephone conversation with the Secretary of Foreign Affairs\n" ..
          "of Mexico, Ximena Arredondo, on 12 March 2039.\n\n" ..
          "https://www.mfa.example.lv/en/article/ozols-mexico-call      1/2\n\f" ..
          "12/03/2039, 16:42      Foreign Minister Ozols discusses transatlantic security – MFA\n" ..
          "The Secretary welcomed Latvia's support for closer ties between the European Union and\n" ..
          "Latin America.\n"))
        assert.is_nil(doc.text:find("16:42", 1, true))
        local welcome
        for a in doc:acts() do if a.verb == "welcome" then welcome = a end end
        assert.same({ "Secretary" }, welcome.actors)
      end)

      it("reads a dateline with a time of day under an issuer and a headline of two lines (session 39)",
        function()
        local doc = assert(scm.parse(
          "17/09/2039, 19:05        Minister of State holds bilateral talks with Slovak State Secretary | PIB\n" ..
          "Ministry of Defence\n" ..
          "Minister of State Shri Anirudh Kelkar holds bilateral talks with State Secretary\n" ..
          "of the Ministry of Defence of the Slovak Republic in New Delhi\n" ..
          "Posted On: 17 SEP 2039 6:42PM by PIB Delhi\n\n" ..
          "Minister of State Shri Anirudh Kelkar held bilateral talks with the State Secretary of the\n" ..
          "Ministry of Defence of the Slovak Republic Mr. Marek Hrustinec in New Delhi on September 17, 2039.\n"))
        assert.equal("Minister of State Shri Anirudh Kelkar holds bilateral talks with State Secretary " ..
                     "of the Ministry of Defence of the Slovak Republic in New Delhi", doc.title)
        assert.equal("2039-09-17", doc.date)
        assert.equal("header", paragraphs(doc)[1].kind)
        assert.is_nil(doc.text:find("19:05", 1, true))
      end)

      it("reads a dateline whose time of day has a zone after it (session 40)", function()
        local doc = assert(scm.parse(
          "Ministry of Foreign Affairs\n" ..
          "Minister Ivan Perovic holds talks with the Foreign Minister of Slovenia on regional\n" ..
          "cooperation and the European perspective of the Western Balkans\n" ..
          "Budva, 4 June 2040, 11:30 CEST\n\n" ..
          "The Minister of Foreign Affairs of Montenegro, Mr. Ivan Perovic, and the Minister of " ..
          "Foreign Affairs of Slovenia, Ms. Nina Kranjc, met in Budva on 4 June 2040.\n"))
        assert.equal("Minister Ivan Perovic holds talks with the Foreign Minister of Slovenia on regional " ..
                     "cooperation and the European perspective of the Western Balkans", doc.title)
        assert.equal("header", paragraphs(doc)[4].kind)
        assert.equal("Budva, 4 June 2040, 11:30 CEST", paragraphs(doc)[4].text)
      end)

      it("drops a running title under the page number before a form feed (session 40)", function()
        local doc = assert(scm.parse(
          "JOINT COMMUNIQUÉ\nTHIRD SESSION OF THE MALAYSIA–UGANDA JOINT COMMISSION\nKampala, 12 March 2051\n\n" ..
          "1. The Third Session of the Malaysia–Uganda Joint Commission on Economic and\n" ..
          "Technical Cooperation was held in Kampala on 11 and 12 March 2051. The\n" ..
          "Malaysian delegation was led by the Deputy Minister of Foreign Affairs, and\n" ..
          "the Ugandan delegation by the Minister of State for Foreign Affairs.\n\n" ..
          "2. Opening Session In his opening remarks, the Deputy Minister recalled\n" ..
          "that the Second Session, held in Putrajaya in September 2048, had adopted a\n" ..
          "work programme of twenty-two items, of which seventeen had since been\n" ..
          "carried out.\n\n" ..
          "Page 1 of 2\nJoint Communiqué – Third Session, Malaysia–Uganda Joint Commission\n" ..
          "\f6. Human Resource Development The Joint Commission placed on record its\n" ..
          "appreciation for the training of officials since 2046.\n"))
        assert.is_nil(doc.text:find("Third Session, Malaysia", 1, true))
        local last = paragraphs(doc)[#paragraphs(doc)]
        assert.equal("6.", last.label)
      end)

      it("keeps every blank line a paragraph break in Markdown, however short the lines", function()
        local doc = assert(scm.parse("---\ntitle: Declaration of Olden\n---\n\n" ..
          "We, the Presidents of Colombia and Peru, gathered in Olden,\n\n" ..
          "**RECALLING** the Amazon Cooperation Treaty;\n\n" ..
          "**REAFFIRMING** the sovereign right of our countries;\n\n" ..
          "**DECLARE** the following:\n\n1. We reaffirm our commitment.\n"))
        assert.equal("lines", doc.layout)
        assert.equal(5, #paragraphs(doc))
      end)

      it("ends a paragraph after a line that is one bold span, the text right under it (session 30)", function()
        local doc = assert(scm.parse("---\ntitle: Joint Statement of the Oceans Dialogue\n---\n\n" ..
          "The third Dialogue was held in Tokyo on 12 May 7253, and the co-chairs opened it.\n\n" ..
          "**Maritime Security and the Rule of Law**\n" ..
          "The co-chairs expressed serious concern about coercive actions at sea and\n" ..
          "reiterated their commitment to the freedom of navigation.\n"))
        local ps = paragraphs(doc)
        assert.equal("heading", ps[#ps - 1].kind)
        assert.equal("Maritime Security and the Rule of Law", ps[#ps - 1].text)
        assert.truthy(ps[#ps].text:find("^The co%-chairs expressed"))
      end)

      it("opens a list item at the Korean government's □ and ○ (session 30)", function()
        local doc = assert(scm.parse("□ Minister Seol Tae-gyu and Minister Jurabek Eshonqulov co-chaired the\n" ..
          "  Joint Committee in Seoul on September 13.\n" ..
          "  ○ The Committee, which has met every two years, is the main\n" ..
          "    channel for economic cooperation.\n\n" ..
          "□ At the meeting, the two Ministers welcomed the growth of trade.\n"))
        local ps = paragraphs(doc)
        assert.equal(3, #ps)
        assert.same({ "□", "○", "□" }, { ps[1].label, ps[2].label, ps[3].label })
        local third
        for sen in doc:sentences() do if sen.text:find("welcomed") then third = sen end end
        assert.truthy(third.text:find("^At the meeting"))
      end)

      it("opens a list item at a bullet glyph or a dash after a lead-in", function()
        local doc = assert(scm.parse(
          "6. On the management of the river and its resources, the Conference of Heads:\n" ..
          "– endorsed the revised Master Plan for Water Development and Management for\n" ..
          "2702–2725 and called on Member States to align their policies with it;\n" ..
          "– expressed grave concern at the spread of invasive aquatic plants in the delta.\n" ..
          "7. On connectivity and the green transition, the Ministers of the Initiative:\n" ..
          "▪ welcomed the opening of the highway section between the two capitals;\n" ..
          "▪ endorsed the calls for proposals of the Know-how Exchange Programme.\n"))
        local ps = paragraphs(doc)
        assert.equal(6, #ps)
        assert.equal("– endorsed the revised Master Plan for Water Development and Management for " ..
                     "2702–2725 and called on Member States to align their policies with it;",
                     ps[2].text)
        assert.equal("–", ps[2].label)
        assert.equal("▪", ps[5].label)
      end)

      it("keeps the hyphen after a number word at a line end", function()
        local doc = assert(scm.parse(
          "Minister Bataringaya announced that Uganda will open a one-\nstop border post at\n" ..
          "Mpondwe in the second half of the year, and the two sides agreed to hold a two-\n" ..
          "day workshop on customs procedures for traders from both countries.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("one-stop border post", 1, true))
        assert.truthy(doc.text:find("two-day workshop", 1, true))
      end)

      it("keeps the hyphen after 'direct-', not before a syllable's ending", function()
        local doc = assert(scm.parse(
          "The co-chairs condemned the destructive direct-\nascent anti-satellite missile test " ..
          "and welcomed the new direct-\nive on debris and the work of the direct-\nor of the " ..
          "agency.\n\nA second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("direct-ascent anti-satellite", 1, true))
        assert.truthy(doc.text:find("new directive on", 1, true))
        assert.truthy(doc.text:find("the director of", 1, true))
      end)

      it("keeps 'solid-' + 'fuel', and joins a syllable break before 'ity' (session 15)", function()
        local doc = assert(scm.parse(
          "The Ministers condemned the launch of a solid-\nfuel missile, granted fifth-\nfreedom rights and " ..
          "stressed the real-\nity " ..
          "of the threat and the need for liquid-\nity in the markets.\n\nA second paragraph " ..
          "follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("a solid-fuel missile", 1, true))
        assert.truthy(doc.text:find("fifth-freedom rights", 1, true))
        assert.truthy(doc.text:find("the reality of", 1, true))
        assert.truthy(doc.text:find("for liquidity in", 1, true))
      end)

      it("keeps a compound whose next line opens with a link and a hyphen, and a language's (session 14)", function()
        local doc = assert(scm.parse(
          "Lieutenant General Sam Ratanak, Deputy Commander-\nin-Chief of the Armed Forces, thanked " ..
          "the U.S. for the English-\nlanguage courses and the com-\nmander-in-chief for the visit.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("Deputy Commander-in-Chief of", 1, true))
        assert.truthy(doc.text:find("the English-language courses", 1, true))
        assert.truthy(doc.text:find("the commander-in-chief for", 1, true))
      end)

      it("reads a headline above an indented dateline whose state has 'of' as the header (session 14)", function()
        local doc = assert(scm.parse("    USFK Commander Hosts ROK Chairman for Alliance Readiness Talks\n\n" ..
          "    CAMP HUMPHREYS, Republic of Korea – Gen. Rosalind T. Okafor-Bright,\n    Commander of U.S. " ..
          "Forces Korea, hosted Gen. Park Jae-hoon for talks\n    at Camp Humphreys on Jan. 27, 3367. The " ..
          "talks went well and long.\n"))
        assert.equal("USFK Commander Hosts ROK Chairman for Alliance Readiness Talks", doc.title)
        assert.equal("3367-01-27", doc.date)
      end)

      it("reads a long first title with a Filipino particle above an indented dateline as the header", function()
        local doc = assert(scm.parse("Joint Statement of Bank Indonesia and Bangko Sentral ng Pilipinas on Local " ..
          "Currency Transactions and Cross-Border Payment Connectivity\n\n        JAKARTA, 21 August 3375 – " ..
          "Bank Indonesia (BI) and Bangko\n    Sentral ng Pilipinas (BSP) today held their annual meeting in " ..
          "Jakarta.\n\n        The two central banks reaffirmed their shared commitment to the\n    wider use " ..
          "of local currencies.\n"))
        assert.truthy(doc.title and doc.title:find("^Joint Statement of Bank Indonesia"))
        assert.equal("3375-08-21", doc.date)
      end)

      it("keeps the hyphen inside a Korean given name after a Korean family name", function()
        local doc = assert(scm.parse(
          "The meeting brought together Minister of Foreign Affairs Chae Yun-\nha and Minister " ..
          "Pyo, Jae-\nhun of the Republic of Korea, and the sides agreed to a deter-\nrence plan.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("Chae Yun-ha and", 1, true))
        assert.truthy(doc.text:find("Pyo, Jae-hun of", 1, true))
        assert.truthy(doc.text:find("deterrence plan", 1, true))
        -- in Western order, the family name after it
        doc = assert(scm.parse("The ROK Chairman of the Joint Chiefs of Staff, Admiral Seong-\n" ..
          "jin Pyo, presided over the meeting and the talks.\n\nA second paragraph follows here " ..
          "for the layout to be clear.\n"))
        assert.truthy(doc.text:find("Seong-jin Pyo", 1, true))
        -- a family name in capitals (session 14)
        doc = assert(scm.parse("The KCG delegation was led by Commissioner General YOON Sang-\nhoon, and the " ..
          "talks went on.\n\nA second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("YOON Sang-hoon,", 1, true))
      end)

      it("keeps the hyphen after a whole 'conventional-', 'nuclear-' or 'military-'", function()
        local doc = assert(scm.parse(
          "The co-chairs discussed ways to deepen CNI (conventional-\nnuclear integration), the " ..
          "nuclear-\npowered submarines and military-\nto-military talks in the region.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(doc.text:find("conventional-nuclear integration", 1, true))
        assert.truthy(doc.text:find("nuclear-powered", 1, true))
        assert.truthy(doc.text:find("military-to-military", 1, true))
      end)

      it("does not end a paragraph at a line ending in a middle initial (session 11)", function()
        local lines = {
          "1. The Minister of Foreign Affairs of Marden hosted the Secretary of State of Tarn, Ivo",
          "Harrison E.",
          "Pemberton-Loy, and the Secretary of Defense of Tarn, Ada Okafor, in Kelby on May 9, 2893",
          "for the Third Marden-Tarn 2+2 Ministerial Dialogue. They discussed the region at length.",
          "2. The Ministers underscored their commitment to an open region and reviewed the talks."}
        local doc = assert(scm.parse(table.concat(lines, "\n") .. "\n"))
        assert.truthy(doc.text:find("Harrison E. Pemberton-Loy", 1, true))
      end)

      it("keeps the hyphen after a whole 'intermediate-' (session 11)", function()
        local doc = assert(scm.parse(
          "The two sides condemned the launch of an intermediate-\nrange ballistic missile and " ..
          "called for restraint in the region.\n\nA second paragraph follows here for the layout.\n"))
        assert.truthy(doc.text:find("intermediate-range ballistic", 1, true))
      end)

      it("opens a paragraph at an item's label without its opening bracket", function()
        local doc = assert(scm.parse(
          "5. On the security situation in the eastern provinces, the Summit of the Region:\n" ..
          "a) expressed deep concern over the renewed attacks by armed groups in the north\n" ..
          "and the east since March;\nb) condemned in the strongest terms the killing of\n" ..
          "civilians and of peacekeepers at Kamango on 2 May; and\nc) welcomed the deployment " ..
          "of the Regional Force.\n" ..
          "6. The Summit urged the parties to the conflict to return to the negotiating table.\n"))
        local ps = paragraphs(doc)
        assert.equal(5, #ps)
        assert.equal("b) condemned in the strongest terms the killing of civilians and of " ..
                     "peacekeepers at Kamango on 2 May; and", ps[3].text)
        -- a line that opens "a)" in running prose stays in its paragraph
        doc = assert(scm.parse(
          "The Ministers noted the progress on three fronts, namely the points listed under\n" ..
          "a) and b) of the roadmap, and welcomed the report of the Council on the matter.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.equal(2, #paragraphs(doc))
      end)

      it("keeps the hyphen of a compound chain whose last link is a function word", function()
        local doc = assert(scm.parse(
          "The Ministers noted the outbreak of a strain of foot-and-\nmouth disease and the " ..
          "state-of-the-\nart laboratories and the deter-\nrence posture of the region.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(has(doc.text, "strain of foot-and-mouth disease"))
        assert.truthy(has(doc.text, "the state-of-the-art laboratories"))
        assert.truthy(has(doc.text, "the deterrence posture"))
        doc = assert(scm.parse(
          "The Ministers supported the capacity-\nbuilding programme of the coast guards and " ..
          "the decision-\nmaking of the council in the years to come.\n\n" ..
          "A second paragraph follows here for the layout to be clear.\n"))
        assert.truthy(has(doc.text, "the capacity-building programme"))
        assert.truthy(has(doc.text, "the decision-making of the council"))
      end)

      it("strips Markdown markers and tags when the document shows Markdown", function()
        local doc = assert(scm.parse(
          "---\ntitle: T\n---\n# Title here\n\n" ..
          "Some **bold** and *italic* and __under__ text with snake_case and a\n" ..
          "backslash \\* star and 5910\\. number<br>and the 70<sup>th</sup> year.\n\n" ..
          "1. First item\n2. Second item\n\n\\###\n"))
        assert.same({"heading", "body", "body", "body"}, kinds(doc))
        local ps = paragraphs(doc)
        assert.equal("Title here", ps[1].text)
        assert.equal("Some bold and italic and under text with snake_case and a backslash * " ..
                     "star and 5910. number and the 70th year.", ps[2].text)
        assert.equal("1. First item", ps[3].text)
        assert.equal("1.", ps[3].label)
        assert.equal("2. Second item", ps[4].text)
        local _, _, b = doc:raw_position(ps[2].start + 5)
        assert.equal("b", doc.text:sub(ps[2].start + 5, ps[2].start + 5))
        assert.truthy(b > 0)
      end)

      it("treats invalid YAML front matter as text, with a warning", function()
        local doc = assert(scm.parse("---\ntitle: [unclosed\n---\nBody text here.\n"))
        assert.equal(1, #doc.warnings)
        assert.truthy(doc.warnings[1]:find("front matter is not valid YAML", 1, true))
        assert.truthy(has(doc.text, "Body text here."))
      end)
    end)

    describe("of bad input", function()
      it("refuses empty and blank input", function()
        local doc, msg = scm.parse("")
        assert.is_nil(doc)
        assert.equal("empty input", msg)
        doc, msg = scm.parse(" \n\t\r\n  \n")
        assert.is_nil(doc)
        assert.equal("no text (only white space)", msg)
      end)

      it("names the place of a NUL byte (1-based byte number)", function()
        local doc, msg = scm.parse("ab\ncd\0e")
        assert.is_nil(doc)
        assert.equal("NUL byte at byte 6 (line 2, column 3)", msg)
      end)

      it("names the place of invalid UTF-8 of every kind", function()
        local cases = {
          {"Line one\nca\195f\233 x\n", 12, 2, 3},       -- bad continuation
          {"ab\192\175c", 3, 1, 3},                       -- overlong
          {"ab\237\160\128c", 3, 1, 3},                   -- surrogate
          {"ab\244\144\128\128c", 3, 1, 3},               -- above U+10FFFF
          {"abc\226\128", 4, 1, 4},                       -- truncated
        }
        for _, c in ipairs(cases) do
          local doc, msg = scm.parse(c[1])
          assert.is_nil(doc)
          assert.equal(("invalid UTF-8 at byte %d (line %d, column %d); use encoding = " ..
                        "\"windows-1252\" or \"auto\" for legacy text"):format(c[2], c[3], c[4]), msg)
        end
      end)

      it("transcodes Windows-1252 when asked, with a warning", function()
        local raw = "The caf\233 \147quoted\148 text is here.\n"
        local doc = assert(scm.parse(raw, {encoding = "auto"}))
        assert.equal("The café “quoted” text is here.", doc.text)
        assert.truthy(doc.warnings[1]:find("read as Windows-1252", 1, true))
        doc = assert(scm.parse(raw, {encoding = "windows-1252"}))
        assert.equal("The café “quoted” text is here.", doc.text)
        assert.equal(1, #doc.warnings)
      end)

      it("leaves valid UTF-8 alone in auto mode", function()
        local doc = assert(scm.parse("The café is here.\n", {encoding = "auto"}))
        assert.equal("The café is here.", doc.text)
        assert.equal(0, #doc.warnings)
      end)
    end)
  end)
end)
