-- Specs for doc:dates(): months and days without a year, their natural
-- year, "last/next/this <Month>", ranges and years outside 1900-2099.
-- Every sentence is made up; the document date is on the header line.
local scm = require "scm"

local list = require("tests.helpers").items

local function dates(body, date)
  local text = "Joint Statement\n\n" .. (date or "October 24, 2012") ..
               "\n\n" .. body .. "\n"
  return list(scm.parse(text), "dates")
end

-- "text = iso" for each date, in order.
local function pairs_of(body, date)
  local out = {}
  for _, d in ipairs(dates(body, date)) do out[#out + 1] = d.text .. " = " .. d.iso end
  return out
end

describe("doc:dates()", function()
  describe("last/next/this <Month>", function()
    it("resolves a month name against the document's month", function()
      local d = dates("The envoys met last November and will meet again next March; " ..
                      "the review ends this September.")
      assert.same({"last November", "next March", "this September"},
                  {d[1].text, d[2].text, d[3].text})
      assert.same({"2011-11", "2013-03", "2012-09"}, {d[1].iso, d[2].iso, d[3].iso})
      assert.same({"month", "month", "month"}, {d[1].precision, d[2].precision, d[3].precision})
      assert.is_true(d[1].relative)
    end)

    it("puts last/next of the document's own month a year away", function()
      assert.same({"last October = 2011-10", "Next October = 2013-10"},
                  pairs_of("The drill took place last October. Next October the drill resumes."))
    end)

    it("gives a later month 'last' the previous year and an earlier one 'next' the next year", function()
      assert.same({"last March = 2012-03", "next December = 2012-12", "next January = 2013-01"},
                  pairs_of("The fund opened last March; audits follow next December and next January."))
    end)

    it("leaves lower-case words and month-named words with a day to the other rules", function()
      assert.same({}, pairs_of("Veterans joined the last march of the season."))
      assert.same({"May 5 = 2012-05-05"}, pairs_of("The ceasefire of last May 5 held."))
    end)
  end)

  describe("days without a year", function()
    it("reads month-first and day-first days at day precision", function()
      local d = dates("On March 3, the envoys met. The visit on 14 September followed. " ..
                      "They recalled the 3rd of August talks.")
      assert.same({"March 3", "14 September", "3rd of August"}, {d[1].text, d[2].text, d[3].text})
      assert.same({"2012-03-03", "2012-09-14", "2012-08-03"}, {d[1].iso, d[2].iso, d[3].iso})
      assert.same({"day", "day", "day"}, {d[1].precision, d[2].precision, d[3].precision})
      assert.is_true(d[1].relative)
    end)

    it("keeps full dates and month-year dates as they were", function()
      assert.same({"June 5, 2011 = 2011-06-05", "June 2011 = 2011-06"},
                  pairs_of("They signed it on June 5, 2011, and ratified it in June 2011."))
    end)

    it("leaves out capitals, counts, impossible days and documents without a date", function()
      assert.same({}, pairs_of("Exercise IRON MARCH 3 ended. In May 10,000 people voted. " ..
                               "No vote on February 30 was held."))
      local doc = scm.parse("Joint Statement\n\nThe two sides met on March 3 in Oslo.\n")
      assert.same({}, list(doc, "dates"))
    end)
  end)

  describe("the natural year of a month or day without one", function()
    it("gives a second, past-tense verb after 'and' its own tense", function()
      assert.same({"March 1 = 2035-03-01"},
                  pairs_of("The co-chairs decided to launch a Committee and welcomed the entry " ..
                           "into force of the Agreement on March 1.", "September 19, 2035"))
    end)

    local august = "August 22, 2012"
    local march = "March 14, 2012"

    it("is the document's year for a month up to the document's", function()
      assert.same({"February = 2012-02", "October = 2012-10", "November = 2012-11"},
                  pairs_of("The plant opened in February. They will meet in October. " ..
                           "The ministers look forward to the summit in November.", august))
    end)

    it("is the next year when the clause looks ahead to a month already past", function()
      assert.same({"February = 2013-02", "May = 2013-05", "June = 2013-06", "April = 2013-04"},
                  pairs_of("The sides agreed to hold the next round in February. " ..
                           "They decided to repeat the course in May. " ..
                           "The panel will report in June. " ..
                           "We look forward to the forum in April.", august))
    end)

    it("compares days too", function()
      assert.same({"October 20 = 2013-10-20", "October 23 = 2012-10-23"},
                  pairs_of("The envoys will meet again on October 20. " ..
                           "On October 23, the envoys met."))
    end)

    it("is the previous year when the clause looks back to a month still to come", function()
      assert.same({"November = 2011-11", "December = 2011-12", "October = 2011-10"},
                  pairs_of("Trade has grown since November. " ..
                           "The forum, which was held in December, set the agenda. " ..
                           "The treaty entered into force in October.", march))
    end)

    it("looks back when the clause gives no cue", function()
      -- a communiqué names past events by their nouns
      assert.same({"December = 2012-12", "September = 2012-09"},
                  pairs_of("We welcome the completion in December of the second phase. " ..
                           "The Committee noted the rescue of a crew in September.",
                           "February 14, 2013"))
    end)

    it("takes the cue nearest the date", function()
      assert.same({"January = 2012-01", "last year = 2011", "May = 2013-05"},
                  pairs_of("They looked forward to the entry into force of the Accord, signed " ..
                           "in Riga in January. They praised the plan, launched last year, to " ..
                           "hold a fair in May.", "November 20, 2012"))
    end)

    it("looks ahead after 'to' and a verb of arranging, not after 'to' and a noun", function()
      assert.same({"June = 2013-06", "March = 2013-03", "April = 2012-04"},
                  pairs_of("They invited the envoy to attend the forum in June. They tasked " ..
                           "their staffs to present a draft in March. Turning to security, " ..
                           "they condemned the attack in April.", "September 5, 2012"))
    end)

    it("looks ahead from a deadline or the end of a period", function()
      assert.same({"February = 2013-02", "March = 2013-03", "October = 2012-10"},
                  pairs_of("A draft is due by February. The ban stays until March. " ..
                           "Quotas apply through October.", "August 22, 2012"))
    end)

    it("reads 'the end of June' and a second month after 'and'", function()
      assert.same({"June = 2013-06", "January = 2012-01", "March = 2012-03",
                   "May = 2012-05", "March = 2013-03"},
                  pairs_of("They decided to convene a panel before the end of June. Storms " ..
                           "in January and March cost lives. Stocks were low at the end of " ..
                           "May. The centre will open by the end of March.", "October 24, 2012"))
    end)

    it("ends the sentence at a whole month name and a period", function()
      -- a paragraph number left inside the line is no day
      assert.same({"March = 2013-03", "Sept. 12 = 2012-09-12"},
                  pairs_of("They will open it by the end of March. 4. The Committee met " ..
                           "on Sept. 12 as planned.", "October 24, 2012"))
    end)

    it("looks ahead after a directive, an announcement, 'should' and a list item", function()
      assert.same({"November = 2012-11", "December = 2012-12", "January = 2013-01",
                   "March = 2013-03", "February = 2012-02"},
                  pairs_of("They called for an ambitious outcome at the summit in November. " ..
                           "Tessel announced the opening of a laboratory in December. Their " ..
                           "officials should meet in January. They urged all parties to respect " ..
                           "the truce by March. They welcomed the truce agreed in February.",
                           "October 24, 2012"))
    end)

    it("keeps the tense over ', and' before a phrase, not before a clause", function()
      assert.same({"Nov. 12 = 2655-11-12", "Nov. 13 = 2655-11-13", "October = 2655-10"},
                  pairs_of("The leaders reviewed preparations for the Committee Meeting, which they " ..
                           "will co-chair on Nov. 12, and for the Consultative Meeting on Nov. 13. " ..
                           "They will hold a drill, and they praised the exercise held in October.",
                           "Nov. 7, 2655"))
    end)

    it("reads a day range without a year in the natural year", function()
      assert.same({"2–3 September = 2012-09-02/2012-09-03", "14-15 May = 2013-05-14/2013-05-15"},
                  pairs_of("The forum was held in Varna on 2–3 September, and the next one " ..
                           "will take place on 14-15 May.", "October 24, 2012"))
    end)

    it("does not count the years of a range that ends a name", function()
      assert.same({"2211–2215 = 2211/2215"},
                  pairs_of("They adopted the Harbour Conservation Plan 2206–2215 and the " ..
                           "2211–2215 programme.", "October 24, 2210"))
    end)

    it("does not look back from a future passive ('to be held')", function()
      assert.same({"December = 2012-12"},
                  pairs_of("They named a coordinator for the forum to be held in December.", march))
    end)

    it("reads a month after 'of' ('the outbreak of August')", function()
      assert.same({"August = 2011-08"},
                  pairs_of("They reviewed the response to the cholera outbreak of August.", march))
    end)

    it("looks ahead from a modal right after the date (session 11)", function()
      assert.same({"November = 2012-11", "November = 2011-11"},
                  pairs_of("They affirmed that the summit in November should adopt the plan. " ..
                           "They affirmed that the summit in November was a success.", march))
    end)

    it("looks ahead from 'planned for' (session 15)", function()
      assert.same({"October = 2012-10"},
                  pairs_of("They did not support proposals to delay the exercise planned for October.", march))
    end)

    it("reads a day range holding the document's day, and a future modal after the subject (session 16)",
      function()
      local oct7 = "Helsinki, 7 October 2055"
      assert.same({"6 to 9 October = 2055-10-06/2055-10-09", "8 October = 2055-10-08"},
                  pairs_of("The President paid a state visit to Finland from 6 to 9 October. On 8 October, " ..
                           "President Mushi will visit the University of Helsinki.", oct7))
    end)

    it("looks ahead from a list item 'to reconvene … in November' (session 16)", function()
      assert.same({"November = 2012-11"},
                  pairs_of("The Ministers decided: (a) to reconvene on the margins of the APEC Ministerial " ..
                           "Meeting in November.", "March 3, 2012"))
    end)

    it("reads the years of adoption in a list of resolutions, not the numbers after them (session 16)",
      function()
      assert.same({"2006 = 2006", "2016 = 2016", "2017 = 2017", "2019 = 2019"},
                  pairs_of("They urged full implementation of UN Security Council resolutions 1718 (2006), " ..
                           "2270 (2016) and 2397 (2017). They met in 2019.", "May 1, 3681"))
    end)

    it("looks ahead after 'expect', an object before its 'to' (session 15)", function()
      assert.same({"November = 2012-11", "November = 2011-11"},
                  pairs_of("We expect the Governments to include the area in the agenda of the summit in " ..
                           "November. We welcomed the agenda of the summit in November.", march))
    end)

    it("reads ordinal day ranges, 'March 24 to 27', 'November last year', '2903–04' (session 11)", function()
      assert.same({"22nd to 24th August 2011 = 2011-08-22/2011-08-24",
                   "March 2 to 7 = 2012-03-02/2012-03-07",
                   "November last year = 2011-11", "2011–12 = 2011/2012"},
                  pairs_of("The visit took place from 22nd to 24th August 2011. The Minister " ..
                           "visited Kelby from March 2 to 7 at our invitation. They met in November last year. " ..
                           "The budget for 2011–12 was adopted.", march))
    end)

    it("reads a financial year with a slash, and no date in a plan's span of them (session 11)", function()
      assert.same({"2010/11 = 2010/2011", "2011/2012 = 2011/2012"},
                  pairs_of("The budget for 2010/11 and the 2011/2012 plan were adopted under the " ..
                           "Strategic Plan 2008/09–2011/12, see www.kelby.org/2012/13/.", march))
    end)

    it("looks ahead from 'starting in' and 'prepares' (session 11)", function()
      assert.same({"August = 2012-08", "September 16 = 2012-09-16"},
                  pairs_of("They agreed on the training of diplomats, starting in August. The " ..
                           "visit comes as Tarn prepares to celebrate its independence on " ..
                           "September 16.", march))
    end)

    it("looks ahead from 'the planned …' and 'to train' (session 11)", function()
      assert.same({"July = 2012-07", "October = 2012-10"},
                  pairs_of("They welcomed the planned participation of troops in the exercise " ..
                           "in July. They welcomed the offer of Tarn to train responders in " ..
                           "Kelby in October.", march))
    end)

    it("reads 'and early/mid/late' + a month after a month (session 11)", function()
      assert.same({"January = 2012-01", "February = 2012-02"},
                  pairs_of("They reviewed the floods of January and early February.", march))
    end)

    it("looks ahead after a pledge ('we pledge to work … at COP102 in November')", function()
      assert.same({"November = 2012-11"},
                  pairs_of("We pledge to work together for an ambitious outcome at COP102 in " ..
                           "Nairobi in November.", "September 21, 2012"))
    end)

    it("looks ahead from a scheduled event in the present tense ('ends in September')", function()
      assert.same({"September = 2012-09"},
                  pairs_of("We thank the Secretary General, whose term ends in September.", march))
    end)

    it("reads no tense in a capitalised name ('Joint Task Force')", function()
      assert.same({"February = 2012-02"},
                  pairs_of("The President paid tribute to the soldiers of the Multinational Joint " ..
                           "Task Force who lost their lives in the attacks of February.", march))
    end)

    it("reads a month after 'for' and a month before the noun it dates", function()
      assert.same({"August = 2012-08"},
                  pairs_of("They agreed to hold the exercise scheduled for August.", march))
      assert.same({"January = 2012-01", "October = 2011-10"},
                  pairs_of("They recalled the January floods and the October plenary.", march))
      -- not a month before a function word
      assert.same({}, pairs_of("They recalled the March of the Volunteers.", march))
    end)

    it("looks ahead after an instruction, an invitation, 'due' and 'opens'", function()
      assert.same({"October = 2012-10"},
                  pairs_of("They tasked their staffs to report at the next meeting in Washington " ..
                           "in October.", march))
      assert.same({"October = 2012-10"},
                  pairs_of("Estonia invited Uruguayan companies to the Digital Week in October.", march))
      assert.same({"October = 2012-10"},
                  pairs_of("They underlined the importance of the report due in October.", march))
      assert.same({"September = 2012-09"},
                  pairs_of("They will coordinate ahead of the session, which opens in September.", march))
      assert.same({"July = 2012-07"},
                  pairs_of("The Secretary General briefed them on the preparations for the " ..
                           "Summit in Lisbon in July.", march))
      -- "direct" names flights, not an instruction
      assert.same({"January = 2012-01"},
                  pairs_of("They welcomed the resumption of direct flights in January.", march))
    end)

    it("reads only the clause before the date", function()
      -- the cue after the date belongs to another event
      assert.same({"June = 2012-06", "next year = 2013"},
                  pairs_of("We welcome the launch of the dialogue in June and look forward " ..
                           "to its second meeting next year."))
      -- a new clause after ", and" starts without the first clause's cue
      assert.same({"January = 2012-01"},
                  pairs_of("They agreed to deepen ties, and welcomed the exercise staged in January.",
                           august))
    end)

    it("takes 'early', 'mid' and 'late' and more prepositions before the month", function()
      assert.same({"February = 2012-02", "October = 2012-10", "December = 2012-12"},
                  pairs_of("Repairs ended in late February. Support starts from October " ..
                           "and lasts through December.", august))
    end)
  end)

  describe("ranges", function()
    it("reads a month-first day range with a dash and no year", function()
      assert.same({"January 20–21 = 2012-01-20/2012-01-21"},
                  pairs_of("The dialogue was held in Perth on January 20–21, and they met again."))
      assert.same({"May 4 = 2012-05-04"}, pairs_of("They met May 4 to 15 delegates."))
    end)

    it("reads bare years joined by 'to' as a range only when nothing follows the second", function()
      assert.same({"2032 to 2036 = 2032/2036"},
                  pairs_of("The agreement covers Japanese fiscal years 2032 to 2036."))
      assert.same({"2030 = 2030", "2005 = 2005"},
                  pairs_of("Emissions fell in 2030 to 2005 levels."))
    end)

    it("reads a signing formula: 'this 14th day of December 2104'", function()
      assert.same({"14th day of December 2104 = 2104-12-14"},
                  pairs_of("Done at Freetown, this 14th day of December 2104."))
      assert.same({}, pairs_of("They met on the 3rd day of talks."))
    end)

    it("reads 'from 18 to 27 May' without a year as one range in the natural year", function()
      assert.same({"18 to 27 May = 2012-05-18/2012-05-27"},
                  pairs_of("The Meeting will be held in Buenos Aires from 18 to 27 May.", "March 14, 2012"))
      -- without "from" the first number is no day
      assert.same({"27 May = 2011-05-27"},
                  pairs_of("They counted 18 to 27 May ships.", "March 14, 2012"))
    end)

    it("reads day ranges written with 'to'", function()
      assert.same({"7 to 11 June 2030 = 2030-06-07/2030-06-11",
                   "March 8 to 12, 2031 = 2031-03-08/2031-03-12"},
                  pairs_of("Patrols ran from 7 to 11 June 2030 and again March 8 to 12, 2031."))
    end)

    it("reads month-first day ranges with a hyphen or an en dash", function()
      local d = dates("Talks were held on September 9-10, 2029 and on June 3\226\128\1474, 2029.")
      assert.same({"September 9-10, 2029", "June 3\226\128\1474, 2029"}, {d[1].text, d[2].text})
      assert.same({"2029-09-09/2029-09-10", "2029-06-03/2029-06-04"}, {d[1].iso, d[2].iso})
      assert.equal("day", d[1].precision)
      assert.equal(2, #d)
    end)

    it("reads ranges across months and years, the first end taking the second's year", function()
      assert.same({"28 February to 2 March 2030 = 2030-02-28/2030-03-02",
                   "December 30 to January 2, 2031 = 2030-12-30/2031-01-02"},
                  pairs_of("The fair ran from 28 February to 2 March 2030; the next one from " ..
                           "December 30 to January 2, 2031."))
    end)

    it("gives an end without a year the other end's year, or both the first's natural year", function()
      assert.same({"June 28, 2030 to July 2 = 2030-06-28/2030-07-02",
                   "October 1 to October 5 = 2012-10-01/2012-10-05"},
                  pairs_of("Talks ran from June 28, 2030 to July 2 and from October 1 to October 5."))
    end)

    it("reads month ranges", function()
      assert.same({"March 2025 to February 2026 = 2025-03/2026-02",
                   "September to November 2027 = 2027-09/2027-11",
                   "November to February 2028 = 2027-11/2028-02"},
                  pairs_of("A study runs from March 2025 to February 2026. Ships deploy from " ..
                           "September to November 2027 and from November to February 2028."))
      assert.equal("month", dates("Ships deploy from September to November 2027.")[1].precision)
    end)

    it("reads month ranges without a year, in the first month's natural year", function()
      assert.same({"May to July = 2012-05/2012-07", "December through February = 2012-12/2013-02",
                   "March and April = 2013-03/2013-04"},
                  pairs_of("Patrols run from May to July; the winter season lasts from December " ..
                           "through February. The sides agreed to hold drills between March and April.",
                           "August 22, 2012"))
    end)

    it("reads year ranges after 'between' and 'from'", function()
      assert.same({"2031 and 2035 = 2031/2035", "2036 to 2040 = 2036/2040"},
                  pairs_of("Exports doubled between 2031 and 2035 and will double again " ..
                           "from 2036 to 2040."))
      assert.same({"14 and 16 May 2030 = 2030-05-14/2030-05-16"},
                  pairs_of("Inspections took place between 14 and 16 May 2030."))
    end)

    it("keeps coordinated dates apart", function()
      assert.same({"2031 = 2031", "2035 = 2035"}, pairs_of("Budgets for 2031 and 2035 were set."))
      assert.same({"May = 2022-05", "September 2022 = 2022-09"},
                  pairs_of("They met in May and September 2022."))
    end)

    it("does not take a label's number for a first day", function()
      assert.same({"14 July 2082 = 2082-07-14"}, pairs_of("They cited Annex 2 \226\128\147 14 July 2082."))
    end)

    it("does not join a later date to an earlier one", function()
      assert.same({"June 2030 = 2030-06", "May 2030 = 2030-05"},
                  pairs_of("The talks moved from June 2030 to May 2030."))
    end)
  end)

  describe("years outside 1900-2099", function()
    it("counts them after a temporal preposition", function()
      assert.same({"1648 = 1648", "1585 = 1585", "2100 = 2100", "2150 = 2150"},
                  pairs_of("Peace has held since 1648; envoys first met in 1585 and the goal " ..
                           "is net zero by 2100, and stable seas by 2150."))
    end)

    it("leaves counts and other numbers out", function()
      assert.same({}, pairs_of("Clinics opened in 1200 villages and emissions fell by 2500 tonnes. " ..
                               "The 1500 volunteers wrote a 1800-page report."))
    end)
  end)
end)

describe("bare years near the document's year", function()
  it("counts years after 2099 in a document of that time", function()
    assert.same({"2126-2130 = 2126/2130", "2128 = 2128", "2135 = 2135"},
      (function()
        local out = {}
        for _, d in ipairs(dates("They adopted the 2126-2130 Framework, recalled the 2128 " ..
                                 "Declaration and aim to finish the work by 2135.",
                                 "3 May 2127")) do
          out[#out + 1] = d.text:gsub("–", "-") .. " = " .. d.iso
        end
        return out
      end)())
  end)

  it("keeps numbers far from the document's year out", function()
    assert.same({}, dates("They deployed 2150 engineers and 2130 tonnes of aid.",
                          "3 May 2026"))
  end)

  it("reads dates of years from 3000 on, and bare years near them (session 12)", function()
    local out = {}
    for _, d in ipairs(dates("They met on 14 March 3005 and aim to finish the work by 3009.",
                             "15 March 3005")) do
      out[#out + 1] = d.text .. " = " .. d.iso
    end
    assert.same({ "14 March 3005 = 3005-03-14", "3009 = 3009" }, out)
    assert.same({}, dates("They deployed 3000 engineers and 3500 tonnes of aid.", "3 May 2026"))
  end)

  it("reads days joined to a day-first date by 'and' as dates of its month (session 14)", function()
    assert.same({ "13 = 3279-11-13", "14 November 3279 = 3279-11-14" },
                pairs_of("The Meeting was held in Dhaka on 13 and 14 November 3279.", "14 November 3279"))
    assert.same({ "3 = 3277-06-03", "4 = 3277-06-04", "5 June 3277 = 3277-06-05" },
                pairs_of("The talks of 3, 4 and 5 June 3277 ended well.", "5 June 3277"))
    -- after "between", one range; a label's number is no day
    assert.same({ "14 and 16 May 3277 = 3277-05-14/3277-05-16" },
                pairs_of("They met between 14 and 16 May 3277.", "16 May 3277"))
    assert.same({ "14 May 3277 = 3277-05-14" },
                pairs_of("See Annex 2 and 14 May 3277.", "16 May 3277"))
  end)

  it("reads a far year before an instrument's name after 'the' (session 14)", function()
    assert.same({ "1886 = 1886", "3 May 3283 = 3283-05-03" },
                pairs_of("Their friendship was written into the 1886 Treaty of Amity, Commerce and " ..
                         "Navigation. They met on 3 May 3283.", "4 May 3283"))
    -- a count before a noun stays a count
    assert.same({}, dates("The 1200 Marines of the Task Force arrived.", "4 May 3283"))
  end)

  it("reads a month after 'encouraged … to take part in' or 'the announcement of' as ahead (session 17)", function()
    assert.same({ "September = 3801-09" },
                pairs_of("The Ministers encouraged their business communities to take part in the " ..
                         "Business Forum in Cape Town in September.", "22 April 3801"))
    -- … but "announced in February" after a noun is a participle that looks back
    assert.same({ "February = 3843-02" },
                pairs_of("He highlighted the package of energy support announced in February.", "15 May 3843"))
    assert.same({ "April = 3849-04" },
                pairs_of("The President welcomed the announcement of new flights between Podgorica and " ..
                         "Istanbul from April.", "8 October 3848"))
  end)

  it("reads a date written with full stops, day first (session 17)", function()
    assert.same({ "08.10.3848 = 3848-10-08" },
                pairs_of("The President received the Envoy on 08.10.3848 in Podgorica.", "8 October 3848"))
    -- not a version number nor an impossible day
    assert.same({}, dates("Version 1.2.3848.5 and 31.02.3848 are no dates.", "8 October 3848"))
    assert.same({}, dates("See paragraph 1.08.10.3848 of the annex.", "8 October 3848"))
  end)

  it("reads a day a month's calendar fixes: 'the last day of February', 'the third Friday of June' (session 25)",
    function()
    assert.same({ "last day of February 2032 = 2032-02-29", "third Friday of June 2031 = 2031-06-20",
                  "last Sunday of March 2030 = 2030-03-31", "first day of May 2030 = 2030-05-01" },
                pairs_of("The plan ends on the last day of February 2032. They met on the third Friday of " ..
                         "June 2031, on the last Sunday of March 2030 and on the first day of May 2030.",
                         "3 May 2031"))
    -- its "last" is no past: "by the last Friday of November" is ahead of a June document
    assert.same({ "last Friday of November = 2031-11-28" },
                pairs_of("The tariff will be concluded by the last Friday of November.", "12 June 2031"))
    -- a fifth Friday, a second "day": no such day, the month stays
    assert.same({ "June 2031 = 2031-06" },
                pairs_of("A report is due before the second day of June 2031.", "3 May 2031"))
  end)
  it("reads '15 December last year' as one day, 'the present year', and 'mid-' before a month (session 26)", function()
    assert.same({ "15 December last year = 2030-12-15", "12 July next year = 2032-07-12",
                  "the present year = 2031" },
                pairs_of("The plan adopted on 15 December last year takes effect on 12 July next year, " ..
                         "as decided in the present year.", "3 May 2031"))
    assert.same({ "mid-March = 2032-03", "mid-June 2030 = 2030-06" },
                pairs_of("A review will be held in mid-March, as the one held in mid-June 2030.", "3 May 2031"))
    -- a year's "mid-" stays out of its text, as most golds read it
    assert.same({ "2032 = 2032" }, pairs_of("The plan will be reviewed in mid-2032.", "3 May 2031"))
  end)
  it("reads a list's items by their lead-in, past labels, and 'before' as a deadline (session 34)", function()
    -- the items of "next steps:" look ahead, each on its own line
    assert.same({ "May = 2032-05", "March = 2032-03" },
                pairs_of("The two Ministers agreed on the following next steps:\n\n- a meeting of senior " ..
                         "officials in Addis Ababa in May;\n\n- a joint review of the programme in March.",
                         "3 June 2031"))
    -- "agreed on the following" decides what is to be done; a label does not hide the verb
    assert.same({ "February = 2032-02", "April = 2032-04" },
                pairs_of("They agreed on the following steps for the period:\n\n- a port training course " ..
                         "in February;\n\n(b) convene the Business Council in April.", "3 June 2031"))
    -- in one sentence, each item after the colon keeps the lead-in's "to"
    assert.same({ "April = 2032-04", "May = 2032-05" },
                pairs_of("The Co-Chairs agreed, inter alia, to: (a) convene the Business Council in April; " ..
                         "(b) complete the review in May.", "3 June 2031"))
    -- a deadline
    assert.same({ "February = 2032-02", "March = 2032-03" },
                pairs_of("They asked the teams to report before the end of February. A reply is awaited " ..
                         "before March.", "3 June 2031"))
    -- a lead-in with no cue, a reported item and "as proposed by" stay in the past
    assert.same({ "March = 2031-03", "December = 2030-12" },
                pairs_of("On energy security, we:\n\n(a) welcome the commissioning of the interconnector in " ..
                         "March;\n\n(b) note the plan for housing, as proposed by the Commission in December.",
                         "3 June 2031"))
    -- "proposed to extend" looks ahead
    assert.same({ "1 October = 2031-10-01" },
                pairs_of("The Turkish side proposed to extend the pilot to the crossing from 1 October.",
                         "28 July 2031"))
  end)
  it("reads a participle that dates its event as past, 'expected in' as ahead (session 34)", function()
    assert.same({ "January 19 = 2031-01-19", "February = 2031-02", "September = 2031-09",
                  "October = 2031-10" },
                pairs_of("They called for the release of the crew of the tanker seized on January 19. They " ..
                         "looked forward to the opening of a High Commission, approved by the Cabinet in " ..
                         "February. They urged support for the call, expected in September. They invited " ..
                         "diplomats to the course organised by the Institute in October.", "3 June 2031"))
  end)
  it("looks ahead from a noun of intent and its 'to' (session 34)", function()
    assert.same({ "September = 2031-09", "October = 2031-10", "January = 2031-01" },
                pairs_of("Minister Rukundo welcomed the decision of Ethiopian Airlines to add a cargo service " ..
                         "in September. They welcomed the readiness of the Board to receive a delegation in " ..
                         "October. Recalling their decision at the July SCC to upgrade the command, the " ..
                         "Ministers welcomed its initial capability in January.", "3 June 2031"))
  end)
  it("reads a signing formula's date in words: 'the twenty-second day of September in the year …' (session 34)",
    function()
    assert.same({ "twenty-second day of September in the year two thousand and thirty-one = 2031-09-22",
                  "Ninth Day of November in the Year Nineteen Hundred and Ninety-Nine = 1999-11-09",
                  "thirty-first day of May of the year 2030 = 2030-05-31" },
                pairs_of("Done in New York on the twenty-second day of September in the year two thousand and " ..
                         "thirty-one. Signed on the Ninth Day of November in the Year Nineteen Hundred and " ..
                         "Ninety-Nine and on the thirty-first day of May of the year 2030.", "3 June 2031"))
    -- no ordinal in words before "day of", no year after "in the year": the month alone
    assert.same({ "September = 2030-09", "first day of October = 2030-10-01" },
                pairs_of("The day of September in the year of the harvest is a feast. The first day of October " ..
                         "in the year of the flood is remembered.", "3 June 2031"))
    -- the closing formula dates an undated communiqué
    local doc = assert(scm.parse("JOINT COMMUNIQUÉ\n\nThe two Governments, in accordance with the Vienna " ..
      "Convention of 18 April 1961, decided to establish diplomatic relations.\n\nThis Joint Communiqué was " ..
      "signed in New York on the twenty-second day of September in the year eight thousand one hundred and " ..
      "twenty-seven.\n"))
    assert.equal("8127-09-22", doc.date)
  end)
  it("reads \"the previous day\" and \"the following day\" from the passage's last day, else the document's " ..
     "(session 35)", function()
    assert.same({ "19 April 2051 = 2051-04-19", "the previous day = 2051-04-18" },
                pairs_of("On 19 April 2051, the Ministers met in Nouakchott. The meeting was preceded by a session " ..
                         "of senior officials the previous day.", "19 April 2051"))
    assert.same({ "the following day = 2051-06-04" },
                pairs_of("The Ministers visited the port the following day.", "3 June 2051"))
  end)
end)
