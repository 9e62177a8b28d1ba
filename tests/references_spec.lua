-- Specs for doc:references(): the general rules of the reference extractor,
-- each on made-up sentences (see docs/extraction.md, "References").
local scm = require "scm"

-- A document with a title line, a date line and the body.  The opening
-- sentence stands first, so that the sentences under test are not the
-- document's first (which may name its own meeting).
local function parse(body, title)
  return scm.parse((title or "Joint Statement") .. "\n\nMay 3, 2031\n\n" ..
                   "The two sides met in Lisbon. " .. body .. "\n")
end

local function refs(body, title)
  local out = {}
  for r in parse(body, title):references() do
    out[#out + 1] = r.kind .. ": " .. r.text
  end
  return out
end

local function first_ref(body, title)
  local all = {}
  for r in parse(body, title):references() do all[#all + 1] = r end
  return all[1]
end

describe("references()", function()
  describe("a place after a complete name", function()
    it("ends the name before 'in' and a place", function()
      assert.same({"meeting: Harbour Leaders’ Summit",
                   "plan: Tarn Peacekeeping Training Programme"},
                  refs("They look forward to the Harbour Leaders’ Summit in Porto and " ..
                       "praised the Tarn Peacekeeping Training Programme in Kelby."))
    end)

    it("ends a numbered meeting before where it is held, not a topic's place", function()
      assert.same({"meeting: 31st General Conference of the Marden League",
                   "meeting: 4th Regional Conference on Mine Action in Tessaly"},
                  refs("They look forward to the 31st General Conference of the Marden League " ..
                       "in Port Alder in 2032 and to the 4th Regional Conference on Mine Action " ..
                       "in Tessaly."))
    end)

    it("reads a Mixed Commission, 'the Parties to' a treaty, an MOU and procedures", function()
      assert.same({"mechanism: Cameroon – Nigeria Mixed Commission",
                   "meeting: 113th Review Conference of the Parties to the Treaty on the Harbour Zone",
                   "document: Coral MOU on Drug Control",
                   "document: 2518 Standard Operating Procedures on Border Incidents"},
                  refs("They praised the Cameroon – Nigeria Mixed Commission, recalled the 113th Review " ..
                       "Conference of the Parties to the Treaty on the Harbour Zone, implemented the " ..
                       "Coral MOU on Drug Control and the 2518 Standard Operating Procedures on Border " ..
                       "Incidents. They thanked the Mixed Commission."))
    end)

    it("goes on past a short form with 'of', and over 'and' between places' name words", function()
      assert.same({"document: Terms of Reference (TOR) of the Harbour Cyber Working Group",
                   "plan: Bamenda – Enugu Multinational Highway and Transport Facilitation Programme",
                   "agreement: Trilateral Cooperative Arrangement"},
                  refs("They adopted the Terms of Reference (TOR) of the Harbour Cyber Working Group, " ..
                       "funded the Bamenda – Enugu Multinational Highway and Transport Facilitation " ..
                       "Programme and renewed the Trilateral Cooperative Arrangement (TCA) with Tessaly."))
    end)

    it("reads a Binational Cabinet as a meeting", function()
      assert.same({"meeting: 11th Binational Cabinet"},
                  refs("They recalled the commitments of the 11th Binational Cabinet, held in Pasto."))
    end)

    it("keeps 'Heads of State or Government' in a meeting's name", function()
      assert.same({"meeting: 188th Summit of Heads of State or Government"},
                  refs("They recalled the 188th Summit of Heads of State or Government, held in " ..
                       "Kampala."))
    end)

    it("reads a Roman numeral as the ordinal of a meeting", function()
      local r = first_ref("Tessaly will host the LXII Conference of Heads of State and " ..
                          "Government in Port Alder in 2033.")
      assert.equal("meeting", r.kind)
      assert.equal("LXII Conference of Heads of State and Government", r.text)
      assert.same({62}, r.numbers)
    end)

    it("ends it before a one-word place after a concrete noun", function()
      assert.same({"mechanism: Working Group on Unmanned Vessels"},
                  refs("They will convene the Working Group on Unmanned Vessels in Brill."))
    end)

    it("keeps 'in the …' and 'in' after an abstract noun inside the name", function()
      assert.same({"document: Code of Conduct in the Coral Sea",
                   "agreement: Treaty of Friendship and Cooperation in Northern Europe",
                   "document: Declaration on Autonomy in Weapons Systems"},
                  refs("They urged the conclusion of a Code of Conduct in the Coral Sea, " ..
                       "upheld the Treaty of Friendship and Cooperation in Northern Europe " ..
                       "and recalled the Declaration on Autonomy in Weapons Systems."))
    end)

    it("leaves out a sentence-initial 'Meeting in …'", function()
      assert.same({}, refs("Meeting in Porto today, the leaders reviewed their ties."))
    end)
  end)

  describe("names with an elided particle", function()
    it("keeps 'Côte d'Ivoire' inside a name (session 15)", function()
      assert.same({"mechanism: Ghana-Côte d’Ivoire Joint Technical Committee on Offshore Resources"},
                  refs("They praised the Ghana-Côte d’Ivoire Joint Technical Committee on Offshore " ..
                       "Resources."))
    end)
  end)

  describe("a complement with 'and its' (session 16)", function()
    it("keeps 'and its …' inside a name, not an instrument of its own", function()
      assert.same({ "document: Malé Declaration on Control and Prevention of Air Pollution and its Likely " ..
                    "Transboundary Effects for South Asia",
                    "agreement: Barcelona Convention", "agreement: Protocol on Integrated Coastal Zone Management" },
        refs("They recalled the Malé Declaration on Control and Prevention of Air Pollution and its Likely " ..
             "Transboundary Effects for South Asia, and the Barcelona Convention and its Protocol on " ..
             "Integrated Coastal Zone Management."))
    end)
  end)

  describe("resolutions", function()
    it("reads the resolver's short form inside, and 'resolutions of the …' unnumbered (session 16)", function()
      assert.same({ "resolution: United Nations Security Council (UNSC) resolutions 1718, 2270 and 2397",
                    "resolution: resolutions of the United Nations Security Council" },
        refs("They urged compliance with the United Nations Security Council (UNSC) resolutions 1718, " ..
             "2270 and 2397, and with the relevant resolutions of the United Nations Security Council. " ..
             "The resolutions of the Council of Ministers were noted."))
      local r = first_ref("They urged compliance with UN Security Council (UNSC) resolutions 1718 and 2397.")
      assert.same({1718, 2397}, r.numbers)
    end)

    it("reads a capitalised 'Resolution' with its number", function()
      local r = first_ref("They urged all states to implement United Nations Security " ..
                          "Council Resolution 4021 in full.")
      assert.equal("resolution", r.kind)
      assert.equal("United Nations Security Council Resolution 4021", r.text)
      assert.same({4021}, r.numbers)
    end)

    it("reads 'UNSCR' and a number", function()
      local r = first_ref("Full implementation of UNSCR 3150 remains essential.")
      assert.equal("UNSCR 3150", r.text)
      assert.same({3150}, r.numbers)
    end)

    it("reads 'UNSC Resolution' and 'UNGA resolution' with numbers", function()
      local r = first_ref("They urged full implementation of UNSC Resolution 3397.")
      assert.equal("UNSC Resolution 3397", r.text)
      assert.same({3397}, r.numbers)
      r = first_ref("They recalled UNGA resolutions 80/12 and 81/4.")
      assert.equal("resolution", r.kind)
    end)

    it("reads a comma list of numbers closed by ', and'", function()
      local r = first_ref("The launches violated UN Security Council resolutions 3001, " ..
                          "3010, 3022, and 3040.")
      assert.equal("UN Security Council resolutions 3001, 3010, 3022, and 3040", r.text)
      assert.same({3001, 3010, 3022, 3040}, r.numbers)
    end)

    it("reads a bare 'resolution N' after the Security Council was named in an earlier sentence (session 15)",
      function()
      assert.same({"resolution: UN Security Council resolutions", "resolution: resolution 3397"},
                  refs("The launches violated multiple UN Security Council resolutions. We call on " ..
                       "all States to implement resolution 3397 fully."))
      -- no Security Council named: a board's resolution 12 is none
      assert.same({}, refs("The Board adopted resolution 12 on the budget."))
    end)

    it("keeps the year before a resolution", function()
      assert.same({"resolution: 2029 United Nations General Assembly resolution"},
                  refs("They recalled the 2029 United Nations General Assembly " ..
                       "resolution on the subject."))
    end)
  end)

  describe("numbered conferences", function()
    it("reads 'the fourth NCG tabletop simulation' as an exercise, no meeting (session 16)", function()
      assert.same({ "mechanism: Nuclear Consultative Group", "meeting: third NCG" },
        refs("The Nuclear Consultative Group (NCG) met. They agreed to hold the fourth NCG tabletop " ..
             "simulation in 2031 and recalled the third NCG."))
    end)

    it("reads a session of a defined series named by its year, not this year's (session 16)", function()
      assert.same({ "mechanism: Australia-United States Ministerial Consultations", "meeting: AUSMIN 2032",
                    "meeting: AUSMIN 2029" },
        refs("They met for the Australia-United States Ministerial Consultations (AUSMIN) of 2031, as " ..
             "AUSMIN 2031. They look forward to AUSMIN 2032 in Washington and recalled AUSMIN 2029. " ..
             "The USD 2030 fund grew."))
    end)

    it("reads 'COP70' and 'COP 26' as meetings with their numbers", function()
      local doc = parse("They look forward to COP71 in Brill and recall COP 68.")
      local got = {}
      for r in doc:references() do got[#got + 1] = {r.kind, r.text, r.numbers[1]} end
      assert.same({{"meeting", "COP71", 71}, {"meeting", "COP 68", 68}}, got)
    end)
  end)

  describe("complements", function()
    it("continues a document's name with 'on a/an' and capitals", function()
      assert.same({"document: 2029 Lisbon Joint Declaration on an Enduring Maritime Partnership",
                   "document: 2027 Joint Declaration on a Shared Ocean Agenda"},
                  refs("Recalling the 2029 Lisbon Joint Declaration on an Enduring " ..
                       "Maritime Partnership and the 2027 Joint Declaration on a Shared " ..
                       "Ocean Agenda, they agreed."))
    end)

    it("does not read 'on a' after a meeting as part of it", function()
      assert.same({"meeting: 2030 Harbour Summit", "plan: Shipyard Action Plan"},
                  refs("They agreed at the 2030 Harbour Summit on a Shipyard Action Plan."))
    end)

    it("reads a comma list of capitalised items closed by 'and'", function()
      assert.same({"agreement: 1990 Treaty of Peace, Good-Neighbourliness and Trade",
                   "plan: Action Plan on Youth, Peace and Security"},
                  refs("They recalled the 1990 Treaty of Peace, Good-Neighbourliness and " ..
                       "Trade and adopted the Action Plan on Youth, Peace and Security."))
    end)

    it("keeps a list before the head, with an Oxford comma", function()
      assert.same({"mechanism: Valdoria–Arvonia Political, Economic, and Cultural Dialogue"},
                  refs("They praised the Valdoria–Arvonia Political, Economic, and " ..
                       "Cultural Dialogue."))
    end)

    it("does not join a list of parties or of names", function()
      assert.same({"agreement: Paris Agreement", "agreement: Kyoto Protocol"},
                  refs("They upheld the Paris Agreement, Kyoto Protocol and their " ..
                       "commitments to Japan, Korea and India."))
    end)

    it("drops the party that owns a plan, not a document's", function()
      assert.same({"plan: 2032 Critical Minerals Roadmap",
                   "document: Ocean Strategy of the United States"},
                  refs("They noted the 2032 Critical Minerals Roadmap of the Philippines " ..
                       "and the Ocean Strategy of the United States."))
    end)

    it("drops the parties of a partnership, not of a treaty", function()
      assert.same({"mechanism: Global Ocean Partnership",
                   "agreement: Treaty of Amity between Valdoria and Arvonia"},
                  refs("They support the Global Ocean Partnership between Valdoria and " ..
                       "Arvonia and the Treaty of Amity between Valdoria and Arvonia."))
    end)

    it("reads a capitalised 'Regarding' as a complement", function()
      assert.same({"agreement: 1921 Convention Regarding the Navigation of the Lakes"},
                  refs("They honoured the 1921 Convention Regarding the Navigation of the Lakes."))
    end)

    it("keeps a sentence opener that follows an article, several-word list items and a " ..
       "ruling's date in a name", function()
      assert.same({"agreement: Guided Weapons Co-Production Arrangement"},
                  refs("They tasked their ministers to conclude the Guided Weapons " ..
                       "Co-Production Arrangement."))
      assert.same({"agreement: Climate, Critical Minerals and Clean Energy Transformation Compact"},
                  refs("Under the Climate, Critical Minerals and Clean Energy Transformation " ..
                       "Compact, they expand cooperation."))
      assert.same({"document: Arbitral Award of 17 September 2007"},
                  refs("They recalled the Arbitral Award of 17 September 2007 and its findings."))
    end)

    it("leaves a route corridor out and reads a format's capitalised Meeting", function()
      assert.same({"mechanism: Luzon Economic Corridor"},
                  refs("They backed the Middle Corridor, the Bioceanic Road Corridor and the " ..
                       "Luzon Economic Corridor."))
      assert.same({"meeting: 8th 2+2 Meeting"},
                  refs("They looked forward to the 8th 2+2 Meeting in Seoul."))
    end)

    it("reads 'among' as a connector like 'between'", function()
      assert.same({"agreement: Agreement on Mobility among the Member States of the Community"},
                  refs("They welcomed the entry into force of the Agreement on Mobility among the " ..
                       "Member States of the Community."))
    end)

    it("goes on past a short form with 'for' as with 'of'", function()
      assert.same({"document: CSC Standard Operating Procedures (SOPs) for Joint Search and Rescue"},
                  refs("They approved the CSC Standard Operating Procedures (SOPs) for Joint Search " ..
                       "and Rescue at their meeting."))
    end)

    it("keeps a head's number in its name", function()
      assert.same({"agreement: Economic Complementation Agreement No. 65"},
                  refs("They reviewed the Economic Complementation Agreement No. 65 between " ..
                       "the two countries."))
    end)

    it("reads a proclamation, a common position and an appeal as named things", function()
      assert.same({"document: 2014 Proclamation of Latin America and the Caribbean as a Zone of Peace",
                   "plan: Olden Drought Response Appeal"},
                  refs("They recalled the 2014 Proclamation of Latin America and the Caribbean " ..
                       "as a Zone of Peace and funded the Olden Drought Response Appeal."))
      assert.same({"document: Common African Position"},
                  refs("They reaffirmed the Common African Position, as it stands."))
    end)

    it("reads a numbered session of a body that is no reference as one meeting", function()
      assert.same({"meeting: 95th session of the United Nations General Assembly"},
                  refs("They looked forward to the 95th session of the United Nations " ..
                       "General Assembly in September."))
      assert.same({"meeting: 164th session of the CMF"},
                  refs("They agreed to meet on the margins of the 164th session of the CMF."))
      -- a body that is a reference of its own stays one
      assert.same({"mechanism: Joint Trade Committee"},
                  refs("They welcomed the first meeting of the Joint Trade Committee."))
      -- a party is no body
      assert.same({}, refs("They held the second session of the Kingdom of Bahrain talks."))
    end)

    it("reads 'Establishing' as a complement, a free trade area as an agreement and a " ..
       "short form with small letters in a name", function()
      assert.same({"agreement: Agreement Establishing the Tessel Continental Free Trade Area"},
                  refs("They welcomed the Agreement Establishing the Tessel Continental Free " ..
                       "Trade Area and its protocols."))
      assert.same({"agreement: Greater Varna Free Trade Area"},
                  refs("They called for the full use of the Greater Varna Free Trade Area."))
      -- no other "Area" is a head
      assert.same({}, refs("They visited the Olden Bay Marine Protected Area."))
      assert.same({"agreement: Tessel Continental Free Trade Area (TeCFTA) Agreement"},
                  refs("They welcomed the Tessel Continental Free Trade Area (TeCFTA) Agreement."))
    end)

    it("joins 'Status of … Agreement' after a party compound", function()
      assert.same({"agreement: Valdoria–Arvonia Status of Visiting Forces Agreement"},
                  refs("They welcomed the Valdoria–Arvonia Status of Visiting Forces Agreement."))
    end)

    it("keeps a dated meeting inside a document's name", function()
      assert.same({"document: Joint Statement of the 2029 Valdoria–Arvonia Foreign and " ..
                   "Defence Ministers’ Meeting"},
                  refs("Recalling the Joint Statement of the 2029 Valdoria–Arvonia Foreign " ..
                       "and Defence Ministers’ Meeting, they agreed."))
    end)
  end)

  describe("party compounds with a spaced dash", function()
    it("joins two parties around a spaced en dash or hyphen", function()
      assert.same({"meeting: 6th Spain – Portugal Naval Staff Talks",
                   "mechanism: Chile - Peru Fisheries Dialogue"},
                  refs("They welcomed the 6th Spain – Portugal Naval Staff Talks and the " ..
                       "Chile - Peru Fisheries Dialogue."))
    end)

    it("joins a party written with 'of' and its acronym", function()
      assert.same({"meeting: 2nd Canada – Republic of Korea (ROK) Arctic Talks"},
                  refs("They recalled the 2nd Canada – Republic of Korea (ROK) Arctic Talks."))
    end)

    it("joins a party and one more name, and an acronym glued to the dash", function()
      assert.same({"mechanism: Australia – Tarnovia Maritime Security Working Group",
                   "agreement: European Union (EU)–Japan Agreement on Data Flows"},
                  refs("They set up an Australia – Tarnovia Maritime Security Working Group " ..
                       "and signed the European Union (EU)–Japan Agreement on Data Flows."))
    end)

    it("does not join a dash between other words", function()
      assert.same({"meeting: Harbour Summit"},
                  refs("They met the Governor – Harbour Summit was postponed – today."))
    end)
  end)

  describe("places joined by a spaced dash", function()
    it("joins two places that are not parties when a head noun follows", function()
      assert.same({"mechanism: Harbourview – Tessel Green Shipping Corridor",
                   "plan: Upper Varna – Olden Road Development Programme"},
                  refs("They launched the Harbourview – Tessel Green Shipping Corridor and " ..
                       "funded the Upper Varna – Olden Road Development Programme."))
    end)

    it("joins a chain of places", function()
      assert.same({"mechanism: Sarn – Blue Lake – Veld Power Corridor"},
                  refs("They backed the Sarn – Blue Lake – Veld Power Corridor."))
    end)

    it("joins two places in a name's complement without a head noun after them", function()
      assert.same({"agreement: 2569 Agreement on the Joint Development of the Isaka - Kigali Railway"},
                  refs("They welcomed the 2569 Agreement on the Joint Development of the " ..
                       "Isaka - Kigali Railway and its financing."))
      -- one capitalised word after the dash opens an aside
      assert.same({"agreement: Agreement on the Olden Strait"},
                  refs("They signed the Agreement on the Olden Strait – Tessel delegates " ..
                       "were present."))
    end)

    it("does not join a title to a name", function()
      assert.same({"meeting: Harbour Summit"},
                  refs("They thanked the Ambassador – Harbour Summit was a success – warmly."))
    end)
  end)

  describe("joint bodies", function()
    it("reads a commission, council, board, cell, team or task force of the parties", function()
      assert.same({"mechanism: Arvonia-Tessel Joint Boundary Commission",
                   "mechanism: Trilateral Harbour Safety Board",
                   "mechanism: Joint Ferry Crime Task Force",
                   "mechanism: Joint Business Council on Green Ports"},
                  refs("They welcomed the work of the Arvonia-Tessel Joint Boundary Commission " ..
                       "in Varna, the Trilateral Harbour Safety Board, the Joint Ferry Crime " ..
                       "Task Force and the Joint Business Council on Green Ports."))
    end)

    it("leaves organisations and generic bodies alone", function()
      assert.same({}, refs("They thanked the Harbour River Commission, the Regional Security " ..
                           "Council, the Kosovo Task Force and the Joint Commission."))
    end)

    it("reads a named process as a mechanism", function()
      assert.same({"mechanism: Varna Process", "mechanism: Harbour Defence Planning Process"},
                  refs("They backed the Varna Process and the Harbour Defence Planning " ..
                       "Process, and the Process went on."))
    end)

    it("reads a council of two parties joined by a spaced dash (session 11)", function()
      assert.same({"mechanism: Chile – Peru Business Council",
                   "mechanism: Georgian – Armenian Business Council"},
                  refs("They approved the work plan of the Chile – Peru Business Council " ..
                       "and thanked the Georgian – Armenian Business Council."))
      -- no party on one side: no joint body
      assert.same({}, refs("They thanked the Kelby – Tarn Business Council."))
    end)

    it("reads a treaty's parties listed after 'between' (session 11)", function()
      assert.same({"agreement: Security Treaty between Australia, New Zealand and the United States of America",
                   "agreement: Agreement between Japan, the Philippines and the United States"},
                  refs("They reaffirmed the Security Treaty between Australia, New Zealand and the " ..
                       "United States of America. They signed the Agreement between Japan, the " ..
                       "Philippines and the United States on logistics."))
    end)

    it("reads a numbered format's own name after it (session 11)", function()
      assert.same({"meeting: fourth 2+2 Ministerial Dialogue", "meeting: 3rd 2+2 meeting"},
                  refs("The Ministers met in Kelby. They looked forward to the fourth 2+2 " ..
                       "Ministerial Dialogue in May and the 3rd 2+2 meeting."))
    end)

    it("reads no meeting in an ordinal before a state's dotted short form (session 11)", function()
      assert.same({"meeting: 44th SCM"},
                  refs("It will be the third U.S. diplomatic mission there. They welcomed " ..
                       "the 44th SCM."))
    end)

    it("reads the Agreed Minutes of a session as one document (session 11)", function()
      assert.same({"document: Agreed Minutes of the XI Session",
                   "document: Agreed Minutes of the 14th Session"},
                  refs("The co-chairs signed the Agreed Minutes of the XI Session. They recalled " ..
                       "the Agreed Minutes of the 14th Session. The Agreed Minutes of the session " ..
                       "were signed."))
    end)

    it("leaves out an article opening a list item (session 11)", function()
      assert.same({"plan: Kelby Workforce Program", "plan: Atlantic Ocean Science Programme"},
                  refs("They announced the following initiatives:\n\n- A Kelby Workforce Program " ..
                       "under which technicians will be trained; and\n- An Atlantic Ocean Science " ..
                       "Programme for the islands."))
    end)

    it("reads a numbered session of a joint body as a meeting", function()
      assert.same({"meeting: 5th Arvonia-Tessel Joint Boundary Commission"},
                  refs("They looked forward to the 5th Arvonia-Tessel Joint Boundary Commission."))
    end)
  end)

  describe("after the blind16/17 round", function()
    it("reads schemes as plans, weeks as meetings, architectures and priorities", function()
      assert.same({"plan: Varna Youth Mobility Scheme", "meeting: Tessel Water Week",
                   "mechanism: Varna Architecture for Maritime Safety",
                   "document: Arvonia-Tessel Partnership Priorities"},
                  refs("They launched the Varna Youth Mobility Scheme, met at the Tessel " ..
                       "Water Week, backed the Varna Architecture for Maritime Safety and " ..
                       "adopted the Arvonia-Tessel Partnership Priorities."))
    end)

    it("keeps a year range after the head noun", function()
      assert.same({"document: National Water Strategy 2184–2200"},
                  refs("They noted the National Water Strategy 2184–2200."))
    end)

    it("keeps the states a declaration is between, not the bodies of a memorandum", function()
      assert.same({"document: 2190 Varna Declaration on a Strategic Partnership between " ..
                   "Norway and Chile",
                   "document: Memorandum of Understanding on Disaster Relief"},
                  refs("They recalled the 2190 Varna Declaration on a Strategic Partnership " ..
                       "between Norway and Chile and the Memorandum of Understanding on " ..
                       "Disaster Relief between the Tessel Fund for Development and the Red Cross."))
    end)

    it("reads 'relating to' and a gerund's complement inside a name", function()
      assert.same({"agreement: 1979 Harbour Protocol relating to Free Movement of Persons",
                   "document: 2196 Varna Declaration on Combating Online Scams and " ..
                   "Trafficking in Persons"},
                  refs("They implemented the 1979 Harbour Protocol relating to Free Movement " ..
                       "of Persons and the 2196 Varna Declaration on Combating Online Scams " ..
                       "and Trafficking in Persons."))
    end)

    it("does not take a party before a possessive as a complement", function()
      assert.same({}, refs("Minister Kim briefed the Forum on New Zealand's experience."))
    end)
  end)

  describe("after the blind18-21 round", function()
    it("reads business and investment forums as meetings", function()
      assert.same({"meeting: Varna – Tessel Business Forum",
                   "mechanism: Harbour Cooperation Forum"},
                  refs("They welcomed the Varna – Tessel Business Forum held in Sarn and " ..
                       "the Harbour Cooperation Forum."))
    end)

    it("keeps an ordinal of a series before a plan or a document", function()
      -- "first" is the first of its kind, not a number in a series
      assert.same({"plan: seventh Indicative Cooperation Programme",
                   "document: Harbour Strategy"},
                  refs("They signed the seventh Indicative Cooperation Programme and " ..
                       "welcomed the first Harbour Strategy."))
    end)

    it("reads 'against', 'as a' and a year range after the complements", function()
      assert.same({"agreement: Agreement on Cooperation against Illicit Drug Trafficking",
                   "document: 2201 Varna Declaration on the Harbour Channel as a Zone " ..
                   "of Peace",
                   "plan: Plan of Action for the Reforestation of the Tessel Watershed " ..
                   "2223–2233"},
                  refs("They signed the Agreement on Cooperation against Illicit Drug " ..
                       "Trafficking, recalled the 2201 Varna Declaration on the Harbour " ..
                       "Channel as a Zone of Peace and adopted the Plan of Action for the " ..
                       "Reforestation of the Tessel Watershed 2223–2233."))
    end)
  end)

  describe("connectors inside a name", function()
    it("keeps 'at', 'from' and 'over' before a complement", function()
      assert.same({"agreement: Convention on the Safety of Fishers at Sea",
                   "agreement: Protocol on the Prevention of Pollution from Vessels",
                   "agreement: Treaty concerning Fishing Rights over the Northern Banks"},
                  refs("They ratified the Convention on the Safety of Fishers at Sea, the " ..
                       "Protocol on the Prevention of Pollution from Vessels and the Treaty " ..
                       "concerning Fishing Rights over the Northern Banks."))
    end)

    it("leaves a venue or a sender after a whole name", function()
      assert.same({"document: 2031 Joint Statement", "meeting: Harbour Summit",
                   "document: Tessel Declaration"},
                  refs("They recalled the 2031 Joint Statement from the Leaders, the Harbour " ..
                       "Summit at Camp Arden and the Tessel Declaration at the close."))
    end)

    it("takes a comma list of several-word items into a complement", function()
      assert.same({"agreement: Convention on Small Arms and Light Weapons, Their Ammunition and " ..
                   "Other Related Materials",
                   "mechanism: Harbour Process on People Smuggling, Trafficking in Persons and " ..
                   "Related Transnational Crime"},
                  refs("They ratified the Convention on Small Arms and Light Weapons, Their " ..
                       "Ammunition and Other Related Materials and joined the Harbour Process on " ..
                       "People Smuggling, Trafficking in Persons and Related Transnational Crime."))
    end)

    it("leaves a plural subject after a complement out of it", function()
      assert.same({"mechanism: Framework for Security"},
                  refs("Under the Framework for Security, Foreign Ministers and Defence " ..
                       "Ministers agreed to meet each year."))
    end)

    it("leaves out the document's own numbered meeting named otherwise in the title", function()
      assert.same({"meeting: 30th Ordinary Summit of Heads of State and Government"},
                  refs("The 31st Ordinary Summit of Heads of State and Government of the Marden " ..
                       "Development Community recalled the 30th Ordinary Summit of Heads of State " ..
                       "and Government.",
                       "Communiqué of the 31st Ordinary Summit of MDC Heads of State and Government"))
    end)

    it("joins 'X of Y … Plan 2206-2215' when the head is followed by its years", function()
      assert.same({"plan: Gulf of Tessaly Marine Conservation Plan 2206-2215"},
                  refs("They backed the Gulf of Tessaly Marine Conservation Plan 2206-2215."))
    end)

    it("keeps a particle inside a place's name and a party after a plan's purpose", function()
      assert.same({"agreement: 1934 Rio de Janeiro Protocol",
                   "plan: Regional Fund for the Reconstruction of Sudan",
                   "plan: Defence Modernisation Programme"},
                  refs("They recalled the 1934 Rio de Janeiro Protocol, backed the Regional Fund " ..
                       "for the Reconstruction of Sudan and the Defence Modernisation Programme " ..
                       "of the Republic of Moldova."))
    end)

    it("leaves out the body that runs a plan or issued a document", function()
      assert.same({"plan: Glacial Lake Early Warning Programme",
                   "document: Tessel Declaration on Ocean Governance",
                   "document: Annual Report of the President of the Marden Commission"},
                  refs("They praised the Glacial Lake Early Warning Programme of the Regional " ..
                       "Centre for Mountain Development, the Tessel Declaration on Ocean " ..
                       "Governance of the Association of Coral States and the Annual Report of " ..
                       "the President of the Marden Commission."))
    end)

    it("reads a project as a plan and an assessment as a document", function()
      assert.same({"plan: Upper Marden Hydropower Project",
                   "document: Third Coral Sea Climate Impact Assessment"},
                  refs("They welcomed progress on the Upper Marden Hydropower Project and " ..
                       "noted the Third Coral Sea Climate Impact Assessment."))
    end)

    it("reads a code as a document and rules of procedure by their first noun", function()
      assert.same({"document: Marden Code of Conduct",
                   "document: Rules of Procedure of the Harbour Consultative Council"},
                  refs("They endorsed the Marden Code of Conduct and amended the Rules of " ..
                       "Procedure of the Harbour Consultative Council."))
    end)

    it("attaches an instrument to another with 'to'", function()
      assert.same({"agreement: Varna Amendment to the Tessel Code of Conduct",
                   "agreement: 2030 Protocol to the Harbour Convention"},
                  refs("They welcomed the Varna Amendment to the Tessel Code of Conduct and " ..
                       "the 2030 Protocol to the Harbour Convention."))
    end)

    it("does not attach a name to its addressee", function()
      assert.same({"document: 2031 Harbour Report"},
                  refs("They submitted the 2031 Harbour Report to the Regional Forum leaders."))
    end)
  end)

  describe("dates and numbers around the name", function()
    it("keeps a year range before the name", function()
      assert.same({"plan: 2031–2035 Coastal Guard Modernisation Plan",
                   "plan: 2030-2034 Port Security Roadmap"},
                  refs("They reviewed the 2031–2035 Coastal Guard Modernisation Plan and " ..
                       "the 2030-2034 Port Security Roadmap."))
    end)

    it("keeps a year after a head noun", function()
      assert.same({"plan: Blue Harbour Resilience Plan 2045", "document: Joint Vision 2060"},
                  refs("They adopted the Blue Harbour Resilience Plan 2045 and Joint Vision 2060."))
    end)

    it("reads a dated session of a body defined by its acronym", function()
      assert.same({"mechanism: Harbour Consultative Committee", "meeting: January 2030 HCC"},
                  refs("They praised the Harbour Consultative Committee (HCC). Building on " ..
                       "the January 2030 HCC, they agreed."))
    end)
  end)

  describe("kinds", function()
    it("makes a numbered or dated session of a standing body a meeting", function()
      assert.same({"meeting: 9th Valdoria–Arvonia Strategic Dialogue",
                   "meeting: first Valdoria–Arvonia Space Consultation",
                   "meeting: 2029 Valdoria–Arvonia Economic Forum",
                   "mechanism: Valdoria–Arvonia Cyber Dialogue"},
                  refs("They welcomed the 9th Valdoria–Arvonia Strategic Dialogue, the " ..
                       "first Valdoria–Arvonia Space Consultation, the 2029 Valdoria–Arvonia " ..
                       "Economic Forum and the Valdoria–Arvonia Cyber Dialogue."))
    end)

    it("types an initiative that is joint or launched as a mechanism", function()
      assert.same({"mechanism: Joint Harbour Posture Initiative",
                   "mechanism: Coral Reef Data Initiative",
                   "mechanism: Valdoria–Arvonia Space Initiative"},
                  refs("They expanded the Joint Harbour Posture Initiative. We launch " ..
                       "today the Coral Reef Data Initiative. They welcomed the " ..
                       "Valdoria–Arvonia Space Initiative."))
    end)

    it("types a shared initiative as a mechanism and one side's as a plan", function()
      assert.same({"mechanism: Nile Basin Initiative",
                   "plan: Saudi Green Initiative",
                   "plan: Pacific Young Leaders Initiative"},
                  refs("They praised the Nile Basin Initiative, the Saudi Green Initiative " ..
                       "and the Pacific Young Leaders Initiative."))
    end)

    it("reads newer head nouns", function()
      assert.same({"mechanism: Luzon Green Shipping Corridor",
                   "plan: George K. Lindqvist Exchange Fellowship",
                   "document: 2030 Strategic Defence Review",
                   "agreement: Trilateral Defence Trade Arrangement",
                   "meeting: Harbour Security Symposium",
                   "mechanism: Sub-Committee on Oil Spills"},
                  refs("They welcomed the Luzon Green Shipping Corridor, the George K. " ..
                       "Lindqvist Exchange Fellowship, the 2030 Strategic Defence Review, " ..
                       "the Trilateral Defence Trade Arrangement, the Harbour Security " ..
                       "Symposium and the Sub-Committee on Oil Spills."))
    end)

    it("reads a programme named by its acronym and 'program'", function()
      assert.same({"plan: Coastal Security Assistance"},
                  refs("Under its Coastal Security Assistance (CSA) program, Valdoria " ..
                       "delivered radars."))
    end)

    it("reads '2+2' inside a name", function()
      assert.same({"mechanism: Valdoria–Arvonia 2+2 Ministerial Dialogue"},
                  refs("They will hold the Valdoria–Arvonia 2+2 Ministerial Dialogue."))
    end)
  end)

  describe("left out", function()
    it("leaves out descriptions made of head nouns and generic words", function()
      assert.same({}, refs("The Working Group reported to the Joint Committee, and the " ..
                           "Senior Officials’ Meeting noted the Joint Statement."))
    end)

    it("reads only the topic after 'briefed the Committee on the'", function()
      assert.same({"plan: 2030 Port Security Plan"},
                  refs("Dr. Li briefed the Committee on the 2030 Port Security Plan."))
    end)

    it("leaves out a name in parentheses after another (a short name)", function()
      assert.same({"agreement: Treaty on a Reef Sanctuary"},
                  refs("They signed the Treaty on a Reef Sanctuary (Reef Treaty)."))
    end)

    it("leaves out a forum followed by its leaders", function()
      assert.same({}, refs("They noted the statement of Harbour Islands Forum leaders."))
    end)

    it("leaves out an office followed by 'plan'", function()
      assert.same({}, refs("The Secretary and the Ministers plan to meet again."))
    end)

    it("keeps a plan's year after its short form, and 'with' inside a name", function()
      assert.same({"plan: Master Plan on Reef Connectivity (MPRC) 2045",
                   "agreement: Convention on the Rights of Persons with Disabilities"},
                  refs("They welcomed the Master Plan on Reef Connectivity (MPRC) 2045 and the " ..
                       "Convention on the Rights of Persons with Disabilities."))
    end)

    it("joins a headless name to a headed one by 'in'", function()
      assert.same({"agreement: Coral Trade in Goods Agreement"},
                  refs("They welcomed the upgrade of the Coral Trade in Goods Agreement."))
    end)

    it("reads a Roundtable as a meeting and a Scorecard as a document", function()
      assert.same({"meeting: Coral Digital Skills Roundtable", "document: Coral Integration Scorecard"},
                  refs("They held the Coral Digital Skills Roundtable and published the Coral " ..
                       "Integration Scorecard."))
    end)

    it("keeps a plan's purpose in a capitalised infinitive", function()
      assert.same({"plan: Plan of Action to Implement the Coral Sea Comprehensive Partnership"},
                  refs("They adopted the Plan of Action to Implement the Coral Sea " ..
                       "Comprehensive Partnership."))
    end)

    it("reads no name in a party and a lower-case head ('the Belgian programme')", function()
      assert.same({"mechanism: Coral Sea Economic Cooperation forum"},
                  refs("They praised the Belgian programme, the IPEF forum and the Coral Sea " ..
                       "Economic Cooperation forum."))
    end)

    it("reads a Manual as a document", function()
      assert.same({"document: Coastal Search and Rescue (CSAR) Manual"},
                  refs("They adopted the Coastal Search and Rescue (CSAR) Manual."))
    end)

    it("leaves out the inaugural meeting the document records", function()
      assert.same({"meeting: first Valdoria–Arvonia Policy Talks"},
                  refs("They met for the inaugural Valdoria–Arvonia Foreign Ministers’ " ..
                       "Dialogue and will hold the first Valdoria–Arvonia Policy Talks."))
    end)

    it("leaves out the numbered meeting the document's title names", function()
      assert.same({"meeting: 6th Valdoria – Portugal Summit"},
                  refs("They look forward to the 6th Valdoria – Portugal Summit after the " ..
                       "5th Valdoria – Portugal Summit.",
                       "Joint Statement of the 5th Valdoria – Portugal Summit"))
    end)

    it("leaves out the meeting the first sentence met for", function()
      local doc = scm.parse("Joint Statement\n\nMay 3, 2031\n\nThe leaders met in Porto " ..
                            "for the third Summit of the Harbour Partnership. They look " ..
                            "forward to the fourth Summit of the Harbour Partnership.\n")
      local got = {}
      for r in doc:references() do got[#got + 1] = r.text end
      assert.same({"fourth Summit of the Harbour Partnership"}, got)
    end)

    it("leaves out a running header that repeats the title", function()
      assert.same({}, refs("They met. Joint Statement of the Valdoria–Arvonia Foreign " ..
                           "Ministers’ Meeting",
                           "Joint Statement of the Valdoria–Arvonia Foreign Ministers’ Meeting"))
    end)
  end)

  describe("after the blind40/41 round", function()
    it("keeps an inaugural meeting the parties decided to convene, though its head is the document's", function()
      local doc = assert(scm.parse("Joint Statement\n\nNinth Norway – Portugal 2+2 Ministerial " ..
        "Dialogue\n\nMay 3, 2091\n\nThe Ministers met in Lisbon. They decided to convene the " ..
        "inaugural Norway – Portugal Semiconductor Supply Chain Dialogue in Manila.\n"))
      local out = {}
      for r in doc:references() do out[#out + 1] = r.kind .. ": " .. r.text end
      assert.same({ "mechanism: Norway – Portugal Semiconductor Supply Chain Dialogue" }, out)
    end)

    local function all_refs(text)
      local out = {}
      for r in assert(scm.parse(text)):references() do out[#out + 1] = r.kind .. ": " .. r.text end
      return out
    end

    it("leaves out the unnumbered meeting the first sentence says they met or hosted for", function()
      assert.same({ "meeting: Reef Leaders’ Summit" }, all_refs("Leaders’ Joint Statement\n\n" ..
        "May 3, 2096\n\nToday, President Ann Lee hosted Prime Minister Jan Berg in Annapolis, " ..
        "Maryland, for the Reef Leaders’ Summit. They recalled the Reef Leaders’ Summit of 2090.\n"))
      assert.same({}, all_refs("Joint Statement\n\nMay 3, 2093\n\nThe Prime Ministers met in " ..
        "Tokyo on 18–19 October 2093 for the annual Australia – Japan Leaders’ Meeting.\n"))
      -- not a meeting they prepare for
      assert.same({ "meeting: NATO Summit" }, all_refs("Readout\n\nMay 3, 2058\n\nThe " ..
        "President met today in Washington with the Secretary General to prepare for the NATO " ..
        "Summit in Copenhagen.\n"))
    end)

    it("reads a lower-case 'resolution N' after a resolver's resolutions in the sentence", function()
      local doc = parse("They recalled the relevant United Nations Security Council resolutions, " ..
        "including resolution 2334. The resolution 42 of the club is none.")
      local out = {}
      for r in doc:references() do out[#out + 1] = r.kind .. ": " .. r.text .. " " .. table.concat(r.numbers, ",") end
      assert.same({ "resolution: United Nations Security Council resolutions ",
                    "resolution: resolution 2334 2334" }, out)
    end)

    it("keeps a protocol's complement and the treaty it is attached to in one name", function()
      assert.same({ "agreement: Protocol on Environmental Protection to the Antarctic Treaty" },
        refs("They recalled the Protocol on Environmental Protection to the Antarctic Treaty."))
      -- a plan's addressee after "to" is no part of it
      assert.same({ "plan: Reef Action Plan", "agreement: Antarctic Treaty" },
        refs("They presented the Reef Action Plan to the Antarctic Treaty."))
    end)

    it("reads 'Financing' as a programme and leaves out organisations named alone", function()
      assert.same({ "plan: Foreign Military Financing" },
        refs("The Secretary announced 1.2 billion dollars in Foreign Military Financing (FMF). " ..
             "The Melanesian Spearhead Group and the Scientific Committee on Antarctic Research " ..
             "attended."))
    end)

    it("reads an assembly as a meeting, not a legislature or the UN's organ", function()
      assert.same({ "meeting: International Solar Alliance (ISA) Assembly",
                    "meeting: 2136 Arctic Circle Assembly" },
        refs("They looked forward to the International Solar Alliance (ISA) Assembly in October " ..
             "and attended the 2136 Arctic Circle Assembly in Reykjavík."))
      assert.same({}, refs("The United Nations General Assembly demanded a ceasefire, the " ..
                           "National Assembly agreed, and the Assembly of the Seabed Authority met."))
    end)

    it("reads a forum hosted, held, yearly or placed in a city as a meeting", function()
      assert.same({ "meeting: Reef Clean Hydrogen Forum", "meeting: Oslo Forum",
                    "meeting: Reef Tourism Forum", "mechanism: Reef Clean Hydrogen Forum" },
        refs("Australia will host the Reef Clean Hydrogen Forum in 2097. They praised the annual " ..
             "Oslo Forum and looked forward to the Reef Tourism Forum in Bonito. They welcomed " ..
             "the work of the Reef Clean Hydrogen Forum."))
    end)

    it("reads a numbered meeting named by its format ('the fourth 2+2', 'the 3rd 2+2 meeting')", function()
      assert.same({ "meeting: first 2+2 meeting", "meeting: 3rd 2+2 meeting", "meeting: fourth 2+2" },
        refs("They recalled the first 2+2 meeting, held in Baku, and agreed to hold the 3rd 2+2 " ..
             "meeting in San José and the fourth 2+2 in Bogotá. A 2+2 format suits them."))
    end)

    it("keeps a resolution's session in Roman numerals", function()
      local r = first_ref("They recalled United Nations General Assembly resolution 2832 (XXVI) " ..
        "of 1971.")
      assert.equal("United Nations General Assembly resolution 2832 (XXVI)", r.text)
      assert.same({ 2832 }, r.numbers)
    end)

    it("keeps the year in parentheses after each number of a list of resolutions", function()
      local r = first_ref("The Council recalled Security Council resolutions 2231 (2015) and 1540 " ..
        "(2004) and its decisions.")
      assert.equal("Security Council resolutions 2231 (2015) and 1540 (2004)", r.text)
      assert.same({ 2231, 1540 }, r.numbers)
      -- one number's year is left out (session 25: the golds' majority)
      local one = first_ref("The members of the Security Council recalled resolution 3475 (2116), " ..
        "which extended the mandate.")
      assert.equal("resolution 3475", one.text)
      local list = first_ref("The Council recalled Security Council resolutions 2231 (2015), 2334 " ..
        "(2016) and 2397 (2017).")
      assert.same({ 2231, 2334, 2397 }, list.numbers)
    end)

    it("reads a numbered Decision of a body as a resolution, after a preamble's participle", function()
      local r = first_ref("Recalling Permanent Council Decision No. 2976 on the Structured Dialogue,")
      assert.equal("Permanent Council Decision No. 2976", r.text)
      assert.equal("resolution", r.kind)
      assert.same({ 2976 }, r.numbers)
    end)

    it("keeps a possessive inside a complement and reads no name in a compound adjective", function()
      assert.same({ "mechanism: IORA Core Group on Women's Economic Empowerment" },
        refs("They welcomed the work of the IORA Core Group on Women's Economic Empowerment. " ..
             "They briefed the Forum on Brunei Darussalam's experience. We reaffirm the EAS as a " ..
             "Leaders-led forum for dialogue."))
    end)

    it("reads a 'Meeting-Plus' as a meeting", function()
      assert.same({ "meeting: ASEAN Defence Ministers’ Meeting-Plus" },
        refs("They supported the ASEAN Defence Ministers’ Meeting-Plus (ADMM-Plus)."))
    end)

    it("reads a fund as a programme, not a development fund or a global institution", function()
      assert.same({ "plan: European Defence Fund", "plan: Fund for Responding to Loss and Damage" },
        refs("They welcomed projects of the European Defence Fund, the Fund for Responding to " ..
             "Loss and Damage, the Kuwait Fund for Arab Economic Development, the Green Climate " ..
             "Fund, the International Monetary Fund and the Nordic Development Fund."))
    end)

    it("leaves out 'the next' meeting of the title's series, not another series'", function()
      assert.same({}, all_refs("Quad Leaders’ Joint Statement\n\nMay 3, 2096\n\nThe " ..
        "Leaders met in Annapolis. They looked forward to the next Quad Leaders’ Summit.\n"))
      assert.same({ "meeting: Summit for Democracy" }, all_refs("Joint Statement\n\n" ..
        "May 3, 2096\n\nThe Leaders met in Seoul. The President welcomed the ROK hosting " ..
        "the next Summit for Democracy.\n"))
    end)

    it("leaves a short form's participle out of a name ('EU-facilitated')", function()
      assert.same({ "mechanism: Harbour–Tessaly Dialogue", "mechanism: Political Process" },
        refs("They welcomed progress in the EU-facilitated Harbour–Tessaly Dialogue and the " ..
             "UN-led Political Process."))
    end)

    it("reads no office holder as a meeting's complement", function()
      assert.same({}, refs("They welcomed the participation in the Summit of the Secretary " ..
        "General of NATO, Henrik Vestergaard."))
      assert.same({ "meeting: Summit of the Americas" },
        refs("They look forward to the Summit of the Americas."))
    end)

    it("reads workshops and seminars as meetings, a playbook as a plan", function()
      assert.same({ "meeting: Marden Digital Connectivity Workshop",
                    "meeting: Regional Seminar on Port Security",
                    "plan: Marden Cyber Incident Response Playbook" },
        refs("They noted the Marden Digital Connectivity Workshop, the Regional Seminar on Port " ..
             "Security and the Marden Cyber Incident Response Playbook."))
    end)

    it("reads a treaty's lower-case 'establishing the …' in its name", function()
      assert.same({ "agreement: Treaty establishing the Community of Marden States" },
        refs("Recalling the Treaty establishing the Community of Marden States, they met."))
      -- not a plan's
      assert.same({ "plan: Marden Action Plan" },
        refs("They adopted the Marden Action Plan establishing the priorities for 2032."))
    end)

    it("leaves out the meeting the first sentence says a body held", function()
      assert.same({ "meeting: Special Meeting on Port Security" }, all_refs("Press Statement\n\n" ..
        "May 3, 2096\n\nThe Council of Ministers of the Marden League held a Special Meeting on " ..
        "Disaster Risk Reduction in Kelby on 2–3 May 2096. The Ministers recalled the Special " ..
        "Meeting on Port Security.\n"))
    end)

    it("leaves out the meeting the first sentence says they met in", function()
      assert.same({ "meeting: Special Meeting on Port Security" }, all_refs("Statement\n\n" ..
        "May 3, 2096\n\nWe, the Heads of Government of the Marden League, met in Kelby on 2 May " ..
        "2096 in a Special Meeting of the League Authority convened by the Chairman. We recalled " ..
        "the Special Meeting on Port Security.\n"))
    end)
  end)

  describe("plan heads (session 13)", function()
    it("reads a Pathway as a plan", function()
      assert.same({"plan: Optimal Pathway"},
                  refs("They reaffirmed their commitment to the Optimal Pathway for the submarines."))
    end)
  end)

  describe("an instrument's purpose (session 13)", function()
    it("keeps 'to Amend the Agreement …' inside a protocol's name, one reference", function()
      assert.same({"agreement: Protocol to Amend the Agreement between Tessaly and the Republic of Marden " ..
                   "for an Economic Partnership",
                   "agreement: Convention to Avoid Double Taxation"},
                  refs("They welcomed the signing of the Protocol to Amend the Agreement between Tessaly " ..
                       "and the Republic of Marden for an Economic Partnership and of the Convention to " ..
                       "Avoid Double Taxation."))
    end)
  end)

  describe("session 18", function()
    it("keeps a party's short form inside a treaty's list of parties", function()
      assert.same({"agreement: Agreement on Trade and Economic Cooperation between the Eurasian Economic " ..
                   "Union (EAEU) and the PRC"},
                  refs("They welcomed the Agreement on Trade and Economic Cooperation between the Eurasian " ..
                       "Economic Union (EAEU) and the PRC, in force since 2019."))
    end)
    it("reads 'Partnership and Cooperation Agreement' as one name", function()
      assert.same({"agreement: Partnership and Cooperation Agreement between Mongolia and the European Union"},
                  refs("They agreed to conclude the Partnership and Cooperation Agreement between Mongolia and " ..
                       "the European Union soon."))
      assert.same({"mechanism: Strategic Partnership", "agreement: Cooperation Agreement"},
                  refs("They welcomed the Strategic Partnership and the Cooperation Agreement signed in 2004."))
    end)
    it("reads a meeting of parties listed after 'of'", function()
      assert.same({"meeting: 12th Trilateral Summit of Cyprus, Greece and Israel"},
                  refs("The leaders recalled the 12th Trilateral Summit of Cyprus, Greece and Israel held in " ..
                       "Nicosia."))
    end)
  end)

  describe("session 19", function()
    it("reads a Facility as a mechanism, an Expo as a meeting and a Regulation as a document", function()
      assert.same({"mechanism: Tropical Forest Forever Facility"},
                  refs("They welcomed the launch of the Tropical Forest Forever Facility at the conference."))
      assert.same({"meeting: Indo Defence Expo"},
                  refs("The Minister invited his counterpart to attend the Indo Defence Expo in Jakarta."))
      assert.same({"document: Regulation on the Crisis Response Centre"},
                  refs("The Committee endorsed the draft Regulation on the Crisis Response Centre."))
    end)
    it("leaves a lower-case 'programme' or 'initiative' out of the name it types", function()
      assert.same({"plan: Stipendium Hungaricum"},
                  refs("They welcomed the growing number of students in the Stipendium Hungaricum programme."))
      assert.same({"mechanism: Coral Sea Economic Cooperation forum"},
                  refs("They praised the Coral Sea Economic Cooperation forum."))
    end)
  end)

  describe("session 20", function()
    it("keeps the signatories of a memorandum that names no subject", function()
      assert.same({"document: Memorandum of Understanding between the OMVG and the OMVS"},
                  refs("The Ministers welcomed the signing of the Memorandum of Understanding between the OMVG and " ..
                       "the OMVS."))
      -- a memorandum with a subject still ends before its signatories
      assert.same({"document: Memorandum of Understanding on Cooperation in Meteorology"},
                  refs("They noted the Memorandum of Understanding on Cooperation in Meteorology between the two " ..
                       "Ministries."))
    end)
  end)

  describe("session 21", function()
    it("keeps a treaty's governments listed with commas, and its subject after them", function()
      assert.same({"agreement: Agreement among the Government of Australia, the Government of the United Kingdom " ..
                   "of Great Britain and Northern Ireland, and the Government of the United States of America for " ..
                   "Cooperation Related to Space Launches"},
                  refs("They welcomed the entry into force of the Agreement among the Government of Australia, the " ..
                       "Government of the United Kingdom of Great Britain and Northern Ireland, and the Government " ..
                       "of the United States of America for Cooperation Related to Space Launches."))
      assert.same({"agreement: Agreement among Chile, Peru and Ecuador on Fisheries"},
                  refs("They recalled the Agreement among Chile, Peru and Ecuador on Fisheries."))
    end)
  end)
end)
