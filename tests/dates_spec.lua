-- scm.date and doc.date: calendar dates the ways communiqués write them.
--
-- scm.date(s) reads a string that is exactly one date and returns its ISO
-- 8601 form at its precision ("day", "month" or "year"), or nil.

local scm = require "scm"

local function date(s)
  return { scm.date(s) }
end

describe("scm.date", function()
  describe("reads the forms communiqués use", function()
    local forms = {
      { "October 24, 2012", "2012-10-24", "day" },
      { "October 24 2012", "2012-10-24", "day" },
      { "October 24,2012", "2012-10-24", "day" },
      { "24 October 2012", "2012-10-24", "day" },
      { "24 October, 2012", "2012-10-24", "day" },
      { "Oct. 24, 2012", "2012-10-24", "day" },
      { "Oct 24, 2012", "2012-10-24", "day" },
      { "Sept. 5, 2013", "2013-09-05", "day" },
      { "Sep. 5, 2013", "2013-09-05", "day" },
      { "5 Sept 2013", "2013-09-05", "day" },
      { "2012-10-24", "2012-10-24", "day" },
      { "2012/10/24", "2012-10-24", "day" },
      { "2012/1/5", "2012-01-05", "day" },
      { "08.10.2012", "2012-10-08", "day" },
      { "8.1.2012", "2012-01-08", "day" },
      { "October 24th, 2012", "2012-10-24", "day" },
      { "October 24th 2012", "2012-10-24", "day" },
      { "24th of October 2012", "2012-10-24", "day" },
      { "24th October 2012", "2012-10-24", "day" },
      { "1st May 2010", "2010-05-01", "day" },
      { "2nd of June 2010", "2010-06-02", "day" },
      { "March 3rd, 2011", "2011-03-03", "day" },
      { "June 2009", "2009-06", "month" },
      { "June, 2009", "2009-06", "month" },
      { "Dec. 2009", "2009-12", "month" },
      { "2009-06", "2009-06", "month" },
      { "2013", "2013", "year" },
      { "3 March 3005", "3005-03-03", "day" }, -- any four-digit year (session 12)
      { "2023. 10. 24.", "2023-10-24", "day" }, -- a Korean release's date (session 25)
      { "2023.10.24", "2023-10-24", "day" },
    }
    for _, f in ipairs(forms) do
      it(("reads %q as %s (%s)"):format(f[1], f[2], f[3]), function()
        assert.same({ f[2], f[3] }, date(f[1]))
      end)
    end

    it("reads every month's full name and abbreviation", function()
      local names = { "January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December" }
      for m, name in ipairs(names) do
        local iso = ("2014-%02d-01"):format(m)
        assert.same({ iso, "day" }, date(name .. " 1, 2014"), name)
        assert.same({ iso, "day" }, date(name:sub(1, 3) .. " 1, 2014"), name:sub(1, 3))
        if #name > 3 then
          assert.same({ iso, "day" }, date(name:sub(1, 3) .. ". 1, 2014"), name:sub(1, 3) .. ".")
        end
      end
    end)
  end)

  describe("around the date", function()
    it("allows surrounding white space and a final period", function()
      assert.same({ "2012-10-24", "day" }, date("  October 24, 2012.\n"))
      assert.same({ "2013", "year" }, date("2013."))
    end)

    it("skips a leading weekday", function()
      assert.same({ "2012-10-24", "day" }, date("Wednesday, October 24, 2012"))
      assert.same({ "2013-10-02", "day" }, date("Wed. 2 October 2013"))
    end)

    it("reads any case, as in an all-capitals header", function()
      assert.same({ "2012-10-24", "day" }, date("OCTOBER 24, 2012"))
      assert.same({ "2012-10-24", "day" }, date("october 24, 2012"))
      assert.same({ "2009-05", "month" }, date("may 2009"))
    end)
  end)

  describe("checks the calendar", function()
    it("knows the length of every month", function()
      assert.is_nil(scm.date("April 31, 2012"))
      assert.is_nil(scm.date("June 31, 2012"))
      assert.same({ "2012-12-31", "day" }, date("December 31, 2012"))
      assert.is_nil(scm.date("October 32, 2012"))
      assert.is_nil(scm.date("October 0, 2012"))
      assert.is_nil(scm.date("2012-13-01"))
      assert.is_nil(scm.date("2012-00-10"))
    end)

    it("knows leap years, centuries included", function()
      assert.same({ "2012-02-29", "day" }, date("February 29, 2012"))
      assert.same({ "2000-02-29", "day" }, date("29 February 2000"))
      assert.is_nil(scm.date("February 29, 2013"))
      assert.is_nil(scm.date("February 29, 1900"))
      assert.is_nil(scm.date("2013-02-29"))
    end)
  end)

  describe("refuses what is not one date", function()
    local not_dates = {
      { "10/24/2012", "month-first slashes: which number is the month is a guess" },
      { "24/10/2012", "day-first slashes, for the same reason" },
      { "June of 2009", "'of' before the year" },
      { "October 24", "no year" },
      { "24 October", "no year" },
      { "October", "a month alone" },
      { "Octo 24, 2012", "not a month name" },
      { "Sept 24, 12", "a two-digit year" },
      { "2012-1-05", "ISO 8601 wants two-digit months" },
      { "20121024", "digits with no separators" },
      { "October 24, 2012 and 2013", "more than one date" },
      { "the meeting", "words" },
      { "", "the empty string" },
      { "   ", "white space" },
      { "44", "a small number" },
      { "123456", "a long number" },
    }
    for _, nd in ipairs(not_dates) do
      it(("returns nil for %q (%s)"):format(nd[1], nd[2]), function()
        assert.is_nil(scm.date(nd[1]))
      end)
    end
  end)

  describe("doc.date", function()
    it("is read from the header", function()
      local doc = assert(scm.parse("JOINT COMMUNIQUE\n\n"
        .. "The 44th U.S.-ROK Security Consultative Meeting\n\n"
        .. "October 24, 2012, Washington, D.C.\n\n"
        .. "1. The Secretary and the Minister met.\n"))
      assert.equal("2012-10-24", doc.date)
    end)

    it("is read from the header when written day first with a weekday", function()
      local doc = assert(scm.parse("Joint Statement\n\nSeoul, Wednesday, 2 October 2013\n\n"
        .. "1. The two sides met.\n"))
      assert.equal("2013-10-02", doc.date)
    end)

    it("is read from YAML front matter", function()
      local doc = assert(scm.parse("---\ntitle: Joint Communiqué\ndate: October 24, 2012\n---\n"
        .. "The Secretary and the Minister met.\n"))
      assert.equal("2012-10-24", doc.date)
    end)
  end)

  describe("in running text (doc:dates())", function()
    local function isos(text)
      local doc = assert(scm.parse(text))
      local out = {}
      for d in doc:dates() do out[#out + 1] = { d.iso, d.text } end
      return out
    end

    it("finds a date and leaves the weekday out of its span", function()
      local got = isos("The two met on Wednesday, October 24, 2012, in Washington.\n")
      assert.same({ "2012-10-24", "October 24, 2012" }, got[1])
    end)

    it("takes 'May' for a month but not 'may' the verb", function()
      local got = isos("The Ministers met in May 2009. The two sides may meet again.\n")
      assert.same({ { "2009-05", "May 2009" } }, got)
    end)

    it("does not read month-first slashes", function()
      assert.same({}, isos("The talks of 10/24/2012 were long.\n"))
    end)
  end)
end)
