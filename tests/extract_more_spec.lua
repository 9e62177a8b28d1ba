-- Specs for doc:acronyms(), doc:dates() and doc:references().
local scm = require "scm"

local root = os.getenv("SCM_TEST_ROOT") or "."
local corpus = root .. "/../shared/corpus/"

local list = require("tests.helpers").items

local function parse(body, date)
  local text = "Joint Statement\n\n" .. (date or "October 24, 2012") ..
               "\n\n" .. body .. "\n"
  return scm.parse(text)
end

local function read(name)
  local f = io.open(corpus .. name, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return scm.parse(s)
end

local function acronym(doc, short)
  for _, a in ipairs(list(doc, "acronyms")) do
    if a.short == short then return a end
  end
end

local function texts(items, field)
  local t = {}
  for _, x in ipairs(items) do t[#t + 1] = x[field or "text"] end
  return t
end

-- "kind: text" of each reference of a document
local function kinds_of(doc)
  local out = {}
  for _, r in ipairs(list(doc, "references")) do out[#out + 1] = r.kind .. ": " .. r.text end
  return out
end

describe("scm.parse", function()
  describe("acronyms()", function()
    it("reads a number in a short form as its word's initial", function()
      local doc = parse("They welcomed the Group of Seven (G7), the Six-Party Talks (6PT) and " ..
        "the Group of Twenty (G20).")
      assert.equal("Group of Seven", acronym(doc, "G7").long)
      assert.equal("Six-Party Talks", acronym(doc, "6PT").long)
      assert.equal("Group of Twenty", acronym(doc, "G20").long)
      -- a count closing the short form stands for a closing collective noun
      doc = parse("The Prime Ministers of the Visegrád Group (V4) met. The V4 agreed.")
      assert.equal("Visegrád Group", acronym(doc, "V4").long)
      -- not when a word before the noun has no letter of its own
      doc = parse("They met the Central Asian States (C5) in Astana.")
      assert.is_false(acronym(doc, "C5").defined)
    end)

    it("reads a count after one capital as that many words with its initial (session 11)", function()
      local doc = parse("They will modernise command, control and communications (C3) systems, " ..
        "command and control (C2) links and the command, control, communications, computers, " ..
        "intelligence, surveillance and reconnaissance (C4ISR) architecture.")
      assert.equal("command, control and communications", acronym(doc, "C3").long)
      assert.equal("command and control", acronym(doc, "C2").long)
      assert.equal("command, control, communications, computers, intelligence, surveillance " ..
        "and reconnaissance", acronym(doc, "C4ISR").long)
      -- a dateline's place in capitals is no short form (session 17)
      doc = parse("BERLIN, 9 April 2097 – The Chancellor met the President of Chile.")
      assert.is_nil(acronym(doc, "BERLIN"))
      -- a count after the first capital beats a number read as a word's
      -- initial that leaves a letter inside a word (session 17)
      doc = parse("They opened the Combined Coordination Center for Maritime Security (C3MS) in Manila.")
      assert.equal("Combined Coordination Center for Maritime Security", acronym(doc, "C3MS").long)
      -- the words must all carry the capital
      doc = parse("They reviewed the cyber and space (C2) domains.")
      assert.is_false(acronym(doc, "C2").defined)
    end)

    it("reads a translated name after the first 'of the' that fits its letters", function()
      local doc = parse("The floods struck the four Member States of the Andean Community (CAN) in " ..
        "April. We look forward to the 2784 Summit of the Community of Latin American and " ..
        "Caribbean States (CELAC) in Montevideo.")
      assert.equal("Andean Community", acronym(doc, "CAN").long)
      assert.equal("Community of Latin American and Caribbean States", acronym(doc, "CELAC").long)
      -- not after an action noun of the name itself
      doc = parse("They welcomed the Commission on the Protection of the Black Sea Against " ..
        "Pollution (BSC) and its work.")
      assert.falsy(acronym(doc, "BSC").long == "Black Sea Against Pollution")
    end)

    it("leaves a state before 'in' out of a translated name", function()
      local doc = parse("They welcomed the full membership of Bolivia in the Southern Common " ..
        "Market (MERCOSUR).")
      assert.equal("Southern Common Market", acronym(doc, "MERCOSUR").long)
      doc = parse("They recalled the Conference on Security and Co-operation in Europe (CSCE).")
      assert.equal("Conference on Security and Co-operation in Europe", acronym(doc, "CSCE").long)
    end)

    it("reads a short form of two words: the name's first word and the initials of the rest",
      function()
      local doc = parse("Officials of the Lao People’s Democratic Republic (Lao PDR) attended. " ..
        "The Lao PDR will host the next meeting.")
      local a = acronym(doc, "Lao PDR")
      assert.equal("Lao People’s Democratic Republic", a.long)
      assert.is_true(a.defined)
      assert.equal(2, #a.mentions) -- its definition and "The Lao PDR"
      assert.is_nil(acronym(doc, "PDR"))
      -- the first word must be the name's own
      doc = parse("Officials of the People’s Democratic Republic (Lao PDR) attended.")
      assert.is_nil(acronym(doc, "Lao PDR"))
    end)

    it("lists no Roman numeral or Jamaican honour as a short form, but keeps CD and DC", function()
      local doc = parse("They recalled resolution 2832 (XXVI) of 1971 and Annex XLIV. The Hon. " ..
        "Kemar Ricketts, ON, MP, attended. The CD met in Washington, DC.")
      assert.is_nil(acronym(doc, "XXVI"))
      assert.is_nil(acronym(doc, "XLIV"))
      assert.is_nil(acronym(doc, "ON"))
      assert.truthy(acronym(doc, "CD"))
    end)

    it("reads long forms that open with an accented capital", function()
      local doc = parse("The Área de Libre Comercio (ALC) met. Officers of the École des " ..
        "Forces Armées (EFA) attended.")
      assert.equal("Área de Libre Comercio", acronym(doc, "ALC").long)
      assert.equal("École des Forces Armées", acronym(doc, "EFA").long)
    end)

    it("keeps a syllabic long form's party before a spaced dash and a translated name whole", function()
      local doc = parse("The Australia – United States Ministerial Consultations (AUSMIN) met. " ..
        "The Algeria – Niger Bilateral Border Committee (CBF) met. They visited the Higher " ..
        "Institute of Defence Studies (ISEDEF) attended.")
      assert.equal("Australia – United States Ministerial Consultations", acronym(doc, "AUSMIN").long)
      assert.equal("Bilateral Border Committee", acronym(doc, "CBF").long)
      assert.equal("Higher Institute of Defence Studies", acronym(doc, "ISEDEF").long)
    end)

    it("takes the body after 'and the' as a translated long form (session 11)", function()
      local doc = parse("They will expand training between the Kelby Coast Guard and the Tarnian " ..
        "Maritime Security Agency (BAKAMLA). The Development Bank of Latin America and the " ..
        "Caribbean (CAF) paid.")
      assert.equal("Tarnian Maritime Security Agency", acronym(doc, "BAKAMLA").long)
      assert.equal("Development Bank of Latin America and the Caribbean", acronym(doc, "CAF").long)
    end)

    it("reads Ireland's 'TD' after a family name of two words as no short form (session 11)", function()
      local doc = parse("The Minister for Foreign Affairs of Ireland, Mr. Donncha Ó Dálaigh TD, " ..
        "confirmed the meeting. The UN was thanked.")
      local shorts = {}
      for a in doc:acronyms() do shorts[#shorts + 1] = a.short end
      assert.same({ "UN" }, shorts)
    end)

    it("reads a short form numbered after a hyphen as its long form is (session 11)", function()
      local doc = parse("She presented the draft Kelby Basin Programme-5 (KBP-5) for 2886–2895. " ..
        "The Group of Twenty (G-20) met.")
      assert.equal("Kelby Basin Programme-5", acronym(doc, "KBP-5").long)
      assert.equal("Group of Twenty", acronym(doc, "G-20").long)
    end)

    it("reads X for 'ex' and leaves a lower-case ordinal out (session 11)", function()
      local doc = parse("They agreed to hold the second Kelby field training exercise (FTX) and " ..
        "a combined tabletop exercise (TTX) in May.")
      assert.equal("field training exercise", acronym(doc, "FTX").long)
      assert.equal("tabletop exercise", acronym(doc, "TTX").long)
    end)

    it("keeps a long form of first syllables from the name before it (session 11)", function()
      local doc = parse("Ms. Ana Reyes, Director for Strategy, Plans and Policy of United States " ..
        "Southern Command (USSOUTHCOM), attended.")
      assert.equal("United States Southern Command", acronym(doc, "USSOUTHCOM").long)
    end)

    it("starts a translated long form after 'STATE and the'", function()
      local doc = parse("A report came from the Ministry of Environment and Energy (MINAE) of " ..
        "Costa Rica and the Ministry of the Environment and Natural Resources (MARENA) of " ..
        "Nicaragua. The Development Bank of Latin America and the Caribbean (CAF) paid.")
      assert.equal("Ministry of the Environment and Natural Resources", acronym(doc, "MARENA").long)
      assert.equal("Development Bank of Latin America and the Caribbean", acronym(doc, "CAF").long)
    end)

    it("lists no honorific, post-nominal or end marker as an undefined short form", function()
      local doc = parse("H.E. Mr. Jean Kouassi met the Hon Liam Fairweather MP. The ministers " ..
        "of CARICOM met at the CARICOM Secretariat.")
      assert.is_nil(acronym(doc, "H.E."))
      assert.is_nil(acronym(doc, "MP"))
      -- a readout that ends with "– ENDS –" on a line of its own
      local readout = assert(scm.read(root .. "/tests/fixtures/blind29/" ..
        "costa-rica-nicaragua-bcbd6-joint-readout-2306.txt"))
      assert.is_truthy(readout.text:find("\n– ENDS –$"))
      assert.is_nil(acronym(readout, "ENDS"))
      local c = acronym(doc, "CARICOM") -- seven capitals, used twice
      assert.is_truthy(c)
      assert.is_false(c.defined)
      assert.equal(2, #c.mentions)
    end)

    it("pairs 'Revised Missile Guidelines' with RMG, without the quotes", function()
      local doc = parse("They shared the view that the \226\128\156Revised " ..
                        "Missile Guidelines\226\128\157 (RMG) are key.")
      local a = acronym(doc, "RMG")
      assert.is_true(a.defined)
      assert.equal("Revised Missile Guidelines", a.long)
    end)

    it("reads a dotted and hyphenated short form", function()
      local doc = parse("The United States \226\128\147 Republic of Korea " ..
                        "(U.S.-ROK) meeting was held. The U.S.-ROK Alliance grew.")
      local a = acronym(doc, "U.S.-ROK")
      assert.equal("United States \226\128\147 Republic of Korea", a.long)
      assert.equal(2, #a.mentions)
    end)

    it("matches letters to word starts inside hyphenated words (KIDD)", function()
      local doc = parse("They praised the Korea-U.S. Integrated Defense Dialogue (KIDD).")
      assert.equal("Korea-U.S. Integrated Defense Dialogue", acronym(doc, "KIDD").long)
    end)

    it("matches letters inside words and drops a leading modifier (OPCON)", function()
      local doc = parse("They discussed the transition of wartime operational control (OPCON).")
      assert.equal("operational control", acronym(doc, "OPCON").long)
    end)

    it("starts the long form where the letters best fit (CFC, COC)", function()
      local doc = parse("The Commander of the U.S.-ROK Combined Forces Command (CFC) spoke. " ..
                        "They support the Code of Conduct in the South China Sea (COC).")
      assert.equal("Combined Forces Command", acronym(doc, "CFC").long)
      assert.equal("Code of Conduct in the South China Sea", acronym(doc, "COC").long)
    end)

    it("keeps a head noun before 'of' (TAC) and plural short forms (ZEVs)", function()
      local doc = parse("They signed the Treaty of Amity and Cooperation in Southeast Asia (TAC). " ..
                        "They promote zero-emissions vehicles (ZEVs).")
      assert.equal("Treaty of Amity and Cooperation in Southeast Asia", acronym(doc, "TAC").long)
      assert.equal("zero-emissions vehicles", acronym(doc, "ZEVs").long)
    end)

    it("reads 'SHORT (long form)'", function()
      local doc = parse("They met at the IAEA (International Atomic Energy Agency) in May.")
      assert.equal("International Atomic Energy Agency", acronym(doc, "IAEA").long)
    end)

    it("counts plural and possessive uses as mentions", function()
      local doc = parse("The Nuclear Consultative Group (NCG) met. The NCG\226\128\153s work " ..
                        "and earlier NCGs continue.")
      assert.equal(3, #acronym(doc, "NCG").mentions)
    end)

    it("lists short forms used but not defined, with digits", function()
      local doc = parse("The DPRK, the G7, COVID-19 and 5G networks matter to the U.S.")
      for _, s in ipairs({"DPRK", "G7", "COVID-19", "5G", "U.S."}) do
        local a = acronym(doc, s)
        assert.is_truthy(a, s)
        assert.is_false(a.defined)
      end
    end)

    it("leaves out capitalised words that are not abbreviations", function()
      local doc = parse("EMPHASIZING the need, the ROK warship CHEONAN sailed in Part IV. " ..
                        "WE HEREBY DECLARE the following. We agree.")
      for _, s in ipairs({"EMPHASIZING", "CHEONAN", "IV", "WE", "HEREBY", "DECLARE"}) do
        assert.is_nil(acronym(doc, s), s)
      end
      assert.is_truthy(acronym(doc, "ROK"))
    end)

    it("reads long forms translated from another language, and 'X of Y' names", function()
      local doc = parse("The Permanent Commission for the South Pacific (CPPS) and the Italian " ..
        "Space Agency (ASI) met the Bay of Bengal Initiative for Multi-Sectoral Technical and " ..
        "Economic Cooperation (BIMSTEC). The Bank of Korea (BOK) and the Office of Naval " ..
        "Research (ONR) spoke. The talks (TTT) ended.")
      assert.equal("Permanent Commission for the South Pacific", acronym(doc, "CPPS").long)
      assert.equal("Italian Space Agency", acronym(doc, "ASI").long)
      assert.equal("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic " ..
        "Cooperation", acronym(doc, "BIMSTEC").long)
      assert.equal("Bank of Korea", acronym(doc, "BOK").long)
      assert.equal("Office of Naval Research", acronym(doc, "ONR").long)
      assert.is_nil(acronym(doc, "TTT") and acronym(doc, "TTT").long) -- letters do not fit
    end)

    it("prefers a translated name to letters inside words, and refuses prose as a long form", function()
      local doc = parse("The National Institute of Petroleum and Gas (INPG) reported. The talks " ..
        "began in 2139, and the Minister underlined that the National Aeronaval Service " ..
        "(SENAN) had grown. The exercise SHIELD OF THRACE ended. They noted the free and " ..
        "open Indo-Pacific (FOIP).")
      assert.equal("National Institute of Petroleum and Gas", acronym(doc, "INPG").long)
      -- not the prose before it, but the name after "the" (a translated name)
      assert.equal("National Aeronaval Service", acronym(doc, "SENAN").long)
      assert.is_nil(acronym(doc, "SHIELD"))
      assert.is_nil(acronym(doc, "OF"))
      assert.equal("free and open Indo-Pacific", acronym(doc, "FOIP").long)
    end)

    it("starts no long form at a verb of a title, nor in prose before a name", function()
      local doc = parse("They recalled the 2290 Agreement Setting Up a Common River Regime and " ..
        "Creating the Joint Authority of the Lakes Basin (AKLB). Valdoria offered its " ..
        "neighbour preferential access to the Free Port of Tessel (PFT). They welcomed the " ..
        "Meeting of the Coastal States (MCS) and the Programme Building the Ocean Economy (BOE).")
      assert.equal("Joint Authority of the Lakes Basin", acronym(doc, "AKLB").long)
      assert.equal("Free Port of Tessel", acronym(doc, "PFT").long)
      assert.equal("Meeting of the Coastal States", acronym(doc, "MCS").long)
      assert.equal("Building the Ocean Economy", acronym(doc, "BOE").long)
    end)

    it("reads a name whose short form comes from another language", function()
      local doc = parse("They thanked Arvonia’s National Relief Coordination Agency (BNKR) " ..
        "and the Community of Lusophone Harbour Cities (CCPL). The Marine Academy of " ..
        "Tessel (AKLT) trains cadets. They met in Varna (VRN) and welcomed the new " ..
        "Strategic Plan (SPQ).")
      assert.equal("National Relief Coordination Agency", acronym(doc, "BNKR").long)
      assert.equal("Community of Lusophone Harbour Cities", acronym(doc, "CCPL").long)
      assert.equal("Marine Academy of Tessel", acronym(doc, "AKLT").long)
      -- one word, or a name after a lower-case word, is no long form
      assert.is_falsy(acronym(doc, "VRN").long)
      assert.is_falsy(acronym(doc, "SPQ").long)
    end)

    it("reads names in another language's letters after the blind18-21 round", function()
      local doc = parse("The 12th session of the Chad – Niger Bilateral Border Committee " ..
        "(CBF) was held. Mr. Ana Silva, President of the National Water and Sanitation " ..
        "Agency (ANAS), spoke. They praised the PNH (Haitian National Police), the " ..
        "Specialized Corps for Land Border Security (CESFRONT) and the Southern Common " ..
        "Market (MERCOSUR), and noted that small island developing States (SIDS) are " ..
        "exposed. The Norway – Saudi Arabia Strategic Dialogue (NSSD) met.")
      assert.equal("Bilateral Border Committee", acronym(doc, "CBF").long)
      assert.equal("National Water and Sanitation Agency", acronym(doc, "ANAS").long)
      assert.equal("Haitian National Police", acronym(doc, "PNH").long)
      assert.equal("Specialized Corps for Land Border Security", acronym(doc, "CESFRONT").long)
      assert.equal("Southern Common Market", acronym(doc, "MERCOSUR").long)
      assert.equal("small island developing States", acronym(doc, "SIDS").long)
      -- letters on the parties' words: the parties stay
      assert.equal("Norway – Saudi Arabia Strategic Dialogue", acronym(doc, "NSSD").long)
    end)

    it("leaves an honour after a name and a comma out of the short forms", function()
      local doc = parse("It was co-chaired by the Hon. Marcus D. Springer, MP, Minister of " ..
        "Foreign Affairs, and Hon. Dennis Omondi, EGH, Cabinet Secretary, with NATO.")
      assert.is_nil(acronym(doc, "MP"))
      assert.is_nil(acronym(doc, "EGH"))
      assert.is_truthy(acronym(doc, "NATO"))
    end)

    it("finds the letters again inside a name that follows prose", function()
      local doc = parse("They visited the river and underscored the importance of the " ..
        "Zambezi Watercourse Commission (ZAMCOM). They signed the Regional Convention for " ..
        "the Protection of Fishers at Sea (CRPPM).")
      assert.equal("Zambezi Watercourse Commission", acronym(doc, "ZAMCOM").long)
      -- "for the" and "at" inside a translated name
      assert.equal("Regional Convention for the Protection of Fishers at Sea",
                   acronym(doc, "CRPPM").long)
    end)

    it("leaves out one word in capitals that names an exercise or a mission", function()
      local doc = parse("The navies will join the multinational exercise KOVA in May and " ..
        "the sample-return mission ESTRA. The KOVA Command (KC) and NATO met.")
      assert.is_nil(acronym(doc, "ESTRA"))
      -- the other use of KOVA is not after "exercise": still a use
      assert.equal(1, #acronym(doc, "KOVA").mentions)
      assert.is_truthy(acronym(doc, "NATO"))
    end)

    it("reads a numbered use of a defined short form and leaves names in capitals out", function()
      local doc = parse("The 4th Joint Commission on Defence and Security (JCDS) met. " ..
        "JCDS-4 ended. The exercise FUERZA AMIGA 71 and WHITE EAGLE took place, and " ..
        "COVID-19 and the DPRK were discussed.")
      assert.is_nil(acronym(doc, "JCDS-4"))
      assert.equal(2, #acronym(doc, "JCDS").mentions)
      for _, s in ipairs({"FUERZA", "AMIGA", "WHITE", "EAGLE"}) do
        assert.is_nil(acronym(doc, s), s)
      end
      assert.is_truthy(acronym(doc, "COVID-19"))
      assert.is_truthy(acronym(doc, "DPRK"))
    end)

    it("finds the SCM 44 definitions", function()
      local doc = read("scm44-2012.txt")
      if not doc then return pending("no corpus") end
      assert.equal("Security Consultative Meeting", acronym(doc, "SCM").long)
      assert.equal("weapons of mass destruction", acronym(doc, "WMD").long)
      assert.equal("U.S. Forces Korea", acronym(doc, "USFK").long)
      assert.is_false(acronym(doc, "D.C.").defined)
      assert.is_nil(acronym(doc, "CHEONAN"))
    end)
  end)

  describe("acronyms() (blind58/59 review)", function()
    it("starts no long form at a month, and takes no honour after another for a short form", function()
      local doc = parse("They welcomed the opening in January of the Binational Border Service Centre " ..
        "(CEBAF) at Rumichaca. They were joined by the Rt Hon Dame Harriet Ellison-Carr DBE MP. " ..
        "Dame Harriet reaffirmed the commitment of the UK.")
      assert.equal("Binational Border Service Centre", acronym(doc, "CEBAF").long)
      assert.is_nil(acronym(doc, "MP"))
      assert.is_nil(acronym(doc, "DBE"))
    end)

    it("keeps a mixed-case short form's lower-case letters in a word or on a function word", function()
      local doc = parse("The Council urges Member States, the Islamic Development Bank (IsDB) and the " ..
        "donors to act. They signed a Memorandum of Understanding (MoU) on trade.")
      assert.equal("Islamic Development Bank", acronym(doc, "IsDB").long)
      assert.equal("Memorandum of Understanding", acronym(doc, "MoU").long)
    end)
  end)

  describe("dates()", function()
    it("finds full dates, bare years and ranges at their precision", function()
      local doc = parse("They met on March 25, 2012, recalled June 2009, the treaty signed " ..
                        "in 1953 and relief operations (2010-2012).")
      local d = list(doc, "dates")
      assert.same({"March 25, 2012", "June 2009", "1953", "2010-2012"}, texts(d))
      assert.same({"2012-03-25", "2009-06", "1953", "2010/2012"}, texts(d, "iso"))
      assert.same({"day", "month", "year", "year"}, texts(d, "precision"))
    end)

    it("reads a range of days", function()
      local d = list(parse("The summit was held on 12-13 May 2022."), "dates")
      assert.equal("2022-05-12/2022-05-13", d[1].iso)
    end)

    it("resolves relative expressions against the document date", function()
      local d = list(parse("The exercise took place last month; more follow later this " ..
                           "year and next year. Today we met."), "dates")
      assert.same({"last month", "this year", "next year", "Today"}, texts(d))
      assert.same({"2012-09", "2012", "2013", "2012-10-24"}, texts(d, "iso"))
      assert.is_true(d[1].relative)
    end)

    it("leaves out years that end a name", function()
      local d = list(parse("They reviewed the Strategic Alliance 2015 plan in 2012."), "dates")
      assert.same({"2012"}, texts(d))
    end)

    it("gives coordinated months their shared year", function()
      local d = list(parse("They met in May and September 2022."), "dates")
      assert.same({"May", "September 2022"}, texts(d))
      assert.equal("2022-05", d[1].iso)
    end)

    it("finds the 17 dates of the SCM 44 communique", function()
      local doc = read("scm44-2012.txt")
      if not doc then return pending("no corpus") end
      assert.equal(17, #list(doc, "dates"))
    end)
  end)

  describe("references()", function()
    local function kinds_texts(body) return kinds_of(parse(body)) end

    it("leaves out an organisation that an officer is 'of', whatever its head (session 14)", function()
      assert.same({ "mechanism: Harbour Plan Strategic Framework" },
        kinds_texts("The Secretary-General of the Harbour Plan addressed the Meeting. Ministers recalled " ..
                    "that the Harbour Plan was launched in 1951 and endorsed the Harbour Plan Strategic " ..
                    "Framework."))
    end)

    it("keeps the day of a date that opens a name (session 14)", function()
      assert.same({ "document: 12 July 2016 Arbitral Award", "document: June 2009 Joint Vision" },
        kinds_texts("They reiterated that the 12 July 2016 Arbitral Award is final. They recalled " ..
                    "the June 2009 Joint Vision."))
    end)

    it("reads a currency code and a number, or a number of millions, as an amount (session 14)", function()
      assert.same({ "meeting: COP 30" },
        kinds_texts("They set a target of USD 3 billion by 3295, noted EUR 40 million in aid and the " ..
                    "ABC 12 billion fund, and looked forward to COP 30 in Belém."))
    end)

    it("keeps complements of coordinated prepositions, 'Peace in STATE' and a gerund", function()
      assert.same({
        "agreement: General Framework Agreement for Peace in Bosnia and Herzegovina",
        "agreement: Revised Treaty of Basseterre Establishing the Organisation of Eastern " ..
          "Caribbean States Economic Union",
        "agreement: 1997 Convention on the Prohibition of the Use, Stockpiling, Production " ..
          "and Transfer of Anti-Personnel Mines and on their Destruction",
      }, kinds_texts("They recalled the General Framework Agreement for Peace in Bosnia and " ..
        "Herzegovina of 14 December 1995. They recalled the Revised Treaty of Basseterre " ..
        "Establishing the Organisation of Eastern Caribbean States Economic Union. They called " ..
        "for the universalisation of the 1997 Convention on the Prohibition of the Use, " ..
        "Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction."))
    end)

    it("leaves out a programme's owner, a party's plan and the body a header line names", function()
      assert.same({ "plan: Mesoamerican Border Health Programme" },
        kinds_texts("They supported the Mesoamerican Border Health Programme of the Pan " ..
          "American Health Organization. They welcomed the Philippines' plan to host the summit."))
      local doc = assert(scm.parse("Joint Statement\n\nThe United States – Japan Security " ..
        "Consultative Committee\n\nTokyo, Japan April 12, 2033\n\nThe Ministers convened the " ..
        "United States – Japan Security Consultative Committee (SCC) in Tokyo. They welcomed " ..
        "the U.S.-Japan Extended Deterrence Dialogue.\n"))
      assert.same({ "mechanism: U.S.-Japan Extended Deterrence Dialogue" },
        kinds_of(doc))
      -- the title spaces its dash, the body does not
      doc = assert(scm.parse("Joint Statement\n\nValdoria \u{2013} Arvonia 2+2 Ministerial " ..
        "Dialogue\n\nTessel, Valdoria March 6, 2043\n\nThe Ministers held the " ..
        "Valdoria\u{2013}Arvonia 2+2 Ministerial Dialogue in Tessel and welcomed the " ..
        "Harbour Pledge Agreement.\n"))
      assert.same({ "Harbour Pledge Agreement" }, texts(list(doc, "references")))
    end)

    it("numbers an agreement and reads its short form by the initials of a name before", function()
      assert.same({
        "agreement: 13th Special Measures Agreement",
        "agreement: 14th SMA",
        "meeting: 12th ROK-U.S. Space Cooperation Working Group meeting",
        "agreement: 2035 Australia-United States Critical Minerals Compact",
        "document: Global Compact for Safe, Orderly and Regular Migration",
        "document: 1998 ECOWAS Decision on Transhumance",
      }, kinds_texts("They welcomed the 13th Special Measures Agreement, and negotiations on " ..
        "the 14th SMA will begin. They welcomed the results of the 12th ROK-U.S. Space " ..
        "Cooperation Working Group meeting. They implemented the 2035 Australia-United States " ..
        "Critical Minerals Compact. They supported the Global Compact for Safe, Orderly and " ..
        "Regular Migration and the 1998 ECOWAS Decision on Transhumance."))
    end)

    local function refs(body)
      local out = {}
      for _, r in ipairs(list(parse(body), "references")) do
        out[#out + 1] = r.kind .. ": " .. r.text
      end
      return out
    end

    it("keeps a party compound written with an en dash", function()
      assert.same({"agreement: Chile–Peru Fisheries Agreement",
                   "mechanism: U.S.–Chile Ocean Dialogue"},
                  refs("They welcomed the Chile–Peru Fisheries Agreement and the " ..
                       "U.S.–Chile Ocean Dialogue, and the Chile – Peru talks."))
    end)

    it("finds numbered meetings", function()
      assert.same({"meeting: 36th MCM", "meeting: 43rd SCM"},
                  refs("They met at the 36th MCM and the 43rd SCM."))
    end)

    it("gives one resolution reference per phrase, with its numbers", function()
      local r = list(parse("They urged compliance with UN Security Council " ..
                           "resolutions 1718 and 1874."), "references")
      assert.equal("resolution", r[1].kind)
      assert.equal("UN Security Council resolutions 1718 and 1874", r[1].text)
      assert.same({1718, 1874}, r[1].numbers)
    end)

    it("classifies names by their head noun", function()
      assert.same({"agreement: Armistice Agreement", "document: 2005 Joint Statement",
                   "plan: OPCON Certification Plan",
                   "mechanism: Extended Deterrence Policy Committee"},
                  refs("They upheld the Armistice Agreement, the 2005 Joint Statement, " ..
                       "the OPCON Certification Plan and the Extended Deterrence " ..
                       "Policy Committee."))
    end)

    it("keeps complements but not a following month", function()
      assert.same({"agreement: Treaty of Amity and Cooperation in Southeast Asia",
                   "document: Washington Declaration"},
                  refs("They signed the Treaty of Amity and Cooperation in Southeast Asia " ..
                       "and the Washington Declaration in April 2023."))
    end)

    it("reads a name followed by a lower-case head", function()
      assert.same({"plan: Strategic Alliance 2015",
                   "mechanism: Asia-Pacific Economic Cooperation forum"},
                  refs("They reviewed the Strategic Alliance 2015 plan and the " ..
                       "Asia-Pacific Economic Cooperation forum."))
    end)

    it("finds the SCM 44 references", function()
      local doc = read("scm44-2012.txt")
      if not doc then return pending("no corpus") end
      local found = {}
      for _, r in ipairs(list(doc, "references")) do found[r.kind .. ": " .. r.text] = true end
      assert.is_true(found["meeting: 36th U.S.-ROK Military Committee Meeting"])
      assert.is_true(found["agreement: U.S.-ROK Mutual Defense Treaty"])
      assert.is_nil(found["meeting: 44th SCM"]) -- the document's own meeting
    end)
  end)

  describe("general rules (held-out review)", function()
    it("defines a short form whose head noun letter comes last", function()
      local doc = parse("They support the Treaty on the Limitation of Coastal " ..
        "Missiles (LCMT) and the Convention on the Protection of Reef Fish " ..
        "and on their Habitat (PRFC).")
      assert.equal("Treaty on the Limitation of Coastal Missiles", acronym(doc, "LCMT").long)
      assert.equal("Convention on the Protection of Reef Fish and on their Habitat",
                   acronym(doc, "PRFC").long)
    end)

    it("keeps the in-order reading when every letter is an initial", function()
      local doc = parse("They met at the Treaty Review Board of the Joint Rail Authority (JRA).")
      assert.equal("Joint Rail Authority", acronym(doc, "JRA").long)
    end)

    it("reads a long form of dash-joined names, and the last of two names joined by 'and the'", function()
      local doc = parse("They used the VTK (Varna\u{2013}Tessel\u{2013}Kars) railway. They backed the " ..
        "agreement between Kaunas University of Technology and the Norwegian University of " ..
        "Science and Technology (NTNU).")
      assert.equal("Varna\u{2013}Tessel\u{2013}Kars", acronym(doc, "VTK").long)
      assert.equal("Norwegian University of Science and Technology", acronym(doc, "NTNU").long)
    end)

    it("reads seven capitals used once in prose as a short form, not a ship's name", function()
      local doc = parse("They urged CARICOM partners to help. They recalled the sinking of the " ..
        "warship VALDORA in 2010. DECLARATION")
      assert.is_not_nil(acronym(doc, "CARICOM"))
      assert.is_nil(acronym(doc, "VALDORA"))
      assert.is_nil(acronym(doc, "DECLARATION"))
    end)

    it("reports an undefined short form used only in the plural as written", function()
      local doc = parse("Loans to SMEs grew, and NGOs helped. The NGO network widened.")
      assert.is_not_nil(acronym(doc, "SMEs"))
      assert.is_nil(acronym(doc, "SME"))
      assert.is_not_nil(acronym(doc, "NGO"))
      assert.is_nil(acronym(doc, "NGOs"))
    end)

    it("reads reference heads from the lexicon and lets users add them", function()
      local doc = parse("They praised the Harbour Pledge and the Island Charter.")
      local before = texts(list(doc, "references"))
      assert.same({ "Island Charter" }, before)
      scm.lexicon.add("reference-head", "Pledge", {class = "agreement"})
      doc = parse("They praised the Harbour Pledge and the Island Charter.")
      local refs = list(doc, "references")
      assert.equal("Harbour Pledge", refs[1].text)
      assert.equal("agreement", refs[1].kind)
    end)

    it("types an initiative by who runs it", function()
      local doc = parse("They welcomed the Young Sailors Initiative and the " ..
        "U.S.-Valdoria Coastal Initiative.")
      local refs = list(doc, "references")
      assert.equal("plan", refs[1].kind)
      assert.equal("mechanism", refs[2].kind)
    end)

    it("extends a name to the long form of its acronym", function()
      local doc = parse("They urged all states to join the Convention on the " ..
        "Ban of Drift Nets, Trawls and Longlines (BDTL).")
      local refs = list(doc, "references")
      assert.equal("Convention on the Ban of Drift Nets, Trawls and Longlines", refs[1].text)
    end)

    it("ends a complement where a possessive opens the next name, and reads 'across'", function()
      local doc = parse("They welcomed the Coral Outlook on the Indo-Pacific and the " ..
        "Reef Islands Forum\u{2019}s 2040 Strategy for the Blue Lagoon. They signed the " ..
        "Agreement on Free Movement of Fishers across Tasman Strait.")
      assert.same({ "Coral Outlook on the Indo-Pacific", "2040 Strategy for the Blue Lagoon",
                    "Agreement on Free Movement of Fishers across Tasman Strait" },
                  texts(list(doc, "references")))
    end)

    it("keeps 'beyond' in a name, and 'under' a treaty in an instrument's name", function()
      local doc = parse("They ratified the Agreement under the Coral Sea Convention on the Care of " ..
        "Reefs beyond National Waters. They funded a Programme under the Blue Partnership.")
      assert.same({ "Agreement under the Coral Sea Convention on the Care of Reefs beyond " ..
                    "National Waters", "Blue Partnership" }, texts(list(doc, "references")))
    end)

    it("keeps a version number, and leaves out organisations and defined groupings", function()
      local doc = parse("They welcomed the Military Mobility Action Plan 2.0. The Pacific Islands " ..
        "Forum (PIF) met, and NATO and its Indo-Pacific partners (IP4) met at the Pacific " ..
        "Islands Forum Leaders Meeting. IP4 members and COP30 delegates agreed.")
      assert.same({ "plan: Military Mobility Action Plan 2.0",
                    "meeting: Pacific Islands Forum Leaders Meeting", "meeting: COP30" },
        kinds_of(doc))
    end)

    it("reads a capitalised ordinal before a short form, and UN agencies as organisations", function()
      local doc = parse("The 6th Coastal Joint Commission (CJC) met. They will report to the " ..
        "Seventh CJC. The World Food Programme helped, and they endorsed the Global Digital " ..
        "Compact.")
      assert.same({ "meeting: Seventh CJC", "document: Global Digital Compact" },
        kinds_of(doc))
    end)

    it("types a defined name by its long form's last head, and a party pair's council", function()
      local doc = parse("They held the Extended Deterrence Strategy and Consultation Group " ..
        "(EDSCG) in May. The NATO-Ukraine Council met. They decided to convene the inaugural " ..
        "Japan–Philippines Cyber Dialogue in 2056.")
      assert.same({ "mechanism: Extended Deterrence Strategy and Consultation Group",
                    "mechanism: NATO-Ukraine Council",
                    "mechanism: Japan–Philippines Cyber Dialogue" },
        kinds_of(doc))
    end)

    it("leaves out the document itself and its own summit", function()
      local doc = scm.parse("Coral Sea Leaders' Summit Joint Statement\n\n" ..
        "May 3, 2031\n\nAt the Coral Sea Leaders' Summit we adopted this " ..
        "Joint Statement and recalled the Suva Declaration.\n")
      local found = {}
      for _, r in ipairs(list(doc, "references")) do found[r.text] = r.kind end
      assert.equal("document", found["Suva Declaration"])
      assert.is_nil(found["Joint Statement"])
      assert.is_nil(found["Coral Sea Leaders' Summit"])
    end)

    it("reads no word past the last when a run of capitalised words after a dash reaches the paragraph's end " ..
       "(finding #12: the eval crashed on blind532; valgrind saw the read)", function()
      local doc = assert(scm.read(require("tests.helpers").fixture("blind532", "timor-leste")))
      local found = {}
      for _, r in ipairs(list(doc, "references")) do found[r.text] = r.kind end
      assert.equal("resolution", found["United Nations Security Council resolution 1272"])
      assert.equal("meeting", found["CPLP Summit"])
    end)

    it("reads no byte before a person's mention when the next one starts inside it (finding #13: the test " ..
       "suite crashed now and then; valgrind saw the read)", function()
      local doc = assert(scm.parse("Joint Statement\n\nWashington, D.C. October 24, 2012\n\nPresent at the " ..
        "session were: Maria T. Ostrova, Chair; Paul Dennick; Harriet J. Colbourne; and Ivo K. Brandt.\n"))
      assert.equal(4, #list(doc, "people"))
    end)
  end)
end)
