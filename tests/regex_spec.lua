-- scm.regex: PCRE2 patterns, UTF-8 and Unicode-aware, under limits.
--
-- Read as a manual: each `it` is one promise the module makes.

local scm = require "scm"

local function list(iter)
  local out = {}
  for a, b in iter do
    if b ~= nil then out[#out + 1] = { a, b } else out[#out + 1] = a end
  end
  return out
end

describe("scm.regex", function()
  describe("scm.regex(pattern [, flags])", function()
    it("compiles a pattern into a scm.Regex", function()
      local re = scm.regex("affirm")
      assert.equal("userdata", type(re))
      assert.matches("^scm%.Regex", tostring(re))
      assert.matches("affirm", tostring(re))
    end)

    it("raises on a malformed pattern with PCRE2's message and the offset", function()
      local ok, err = pcall(scm.regex, "(ab")
      assert.is_false(ok)
      assert.matches("missing closing parenthesis at pattern offset 3", err, 1, true)
      ok, err = pcall(scm.regex, "deterr[ence")
      assert.is_false(ok)
      assert.matches("at pattern offset 11", err, 1, true)
    end)

    it("raises on an unknown flag letter, naming it", function()
      local ok, err = pcall(scm.regex, "a", "iq")
      assert.is_false(ok)
      assert.matches("unknown regex flag 'q'", err, 1, true)
    end)

    it("takes the pattern's length, so an embedded NUL is an ordinary byte", function()
      local re = scm.regex("a\0b")
      assert.equal("a\0b", re:match("xa\0b"))
      assert.is_nil(re:match("ab"))
    end)

    it("accepts an empty pattern, which matches the empty string", function()
      assert.equal("", scm.regex(""):match("anything"))
    end)

    it("can be closed explicitly; closing twice is harmless", function()
      local re = scm.regex("a")
      re:close()
      re:close()
      assert.matches("closed", tostring(re))
      local ok, err = pcall(re.match, re, "a")
      assert.is_false(ok)
      assert.matches("closed", err)
    end)

    it("is a to-be-closed value", function()
      local outer
      do
        local re <close> = scm.regex("a")
        outer = re
        assert.equal("a", re:match("cat"))
      end
      assert.matches("closed", tostring(outer))
    end)
  end)

  describe("flags", function()
    it("'i' matches without regard to case, beyond ASCII too", function()
      assert.equal("ROK", scm.regex("rok", "i"):match("the ROK side"))
      assert.equal("ÉCOLE", scm.regex("école", "i"):match("une ÉCOLE"))
      assert.is_nil(scm.regex("rok"):match("the ROK side"))
    end)

    it("'m' lets ^ and $ match at line breaks", function()
      assert.is_nil(scm.regex("^b"):match("a\nb"))
      assert.equal("b", scm.regex("^b", "m"):match("a\nb"))
    end)

    it("'s' lets . match a line break", function()
      assert.is_nil(scm.regex("a.b"):match("a\nb"))
      assert.equal("a\nb", scm.regex("a.b", "s"):match("a\nb"))
    end)

    it("'x' ignores white space and # comments in the pattern", function()
      assert.equal("ab", scm.regex("a b  # the letters", "x"):match("ab"))
    end)

    it("'u' makes quantifiers lazy by default", function()
      assert.equal("aaa", scm.regex("a+"):match("aaa"))
      assert.equal("a", scm.regex("a+", "u"):match("aaa"))
    end)

    it("combine", function()
      assert.equal("B", scm.regex("^b$", "im"):match("a\nB\nc"))
    end)
  end)

  describe(":match(s [, init])", function()
    it("returns the whole match when the pattern has no captures", function()
      assert.equal("reaffirmed", scm.regex("re\\w+"):match("They reaffirmed it"))
    end)

    it("returns the captures when there are some", function()
      local verb, obj = scm.regex("(\\w+ed) (?:the )?(\\w+)"):match("They reaffirmed the Alliance")
      assert.equal("reaffirmed", verb)
      assert.equal("Alliance", obj)
    end)

    it("returns nil when there is no match", function()
      assert.is_nil(scm.regex("urged"):match("They reaffirmed it"))
    end)

    it("returns false for an optional capture that took no part", function()
      local a, b = scm.regex("(a)|(b)"):match("b")
      assert.is_false(a)
      assert.equal("b", b)
      local x, y = scm.regex("(a)(x)?"):match("a")
      assert.equal("a", x)
      assert.is_false(y)
    end)

    it("starts at init, a 1-based byte position", function()
      local re = scm.regex("\\d+")
      assert.equal("2012", re:match("2009 and 2012", 5))
      assert.equal("012", re:match("2009 and 2012", 11))
    end)

    it("counts a negative init from the end, like string.match", function()
      assert.equal("12", scm.regex("\\d+"):match("2009 and 2012", -2))
    end)

    it("returns nil for an init past the end", function()
      assert.is_nil(scm.regex("a"):match("abc", 10))
    end)

    it("raises when init points inside a UTF-8 character", function()
      local ok, err = pcall(function() return scm.regex("."):match("é", 2) end)
      assert.is_false(ok)
      assert.matches("inside a UTF%-8 character", err)
    end)

    it("knows \\w covers accented Latin and Hangul letters (Unicode properties on)", function()
      assert.equal("café", scm.regex("\\w+"):match("café"))
      assert.equal("한미동맹", scm.regex("\\w+"):match("(한미동맹)"))
      assert.equal("Sécurité", scm.regex("\\b\\w+\\b"):match("« Sécurité »"))
    end)

    it("takes . as one character, not one byte", function()
      assert.equal("한", scm.regex("^.$"):match("한"))
      assert.equal("éa", scm.regex("..", "s"):match("éa"))
    end)

    it("raises on a subject that is not valid UTF-8, naming the byte", function()
      local ok, err = pcall(function() return scm.regex("b"):match("ab\255c") end)
      assert.is_false(ok)
      assert.matches("invalid UTF-8", err, 1, true)
      assert.matches("byte offset 2", err, 1, true)
      assert.matches("0xFF", err, 1, true)
    end)

    it("names a character cut short at the end of the subject", function()
      local ok, err = pcall(function() return scm.regex("b"):match("ab\xC3") end)
      assert.is_false(ok)
      assert.matches("byte offset 2", err, 1, true)
      assert.matches("cut short", err, 1, true)
    end)
  end)

  describe(":find(s [, init])", function()
    it("returns start and stop, 1-based and inclusive, like string.find", function()
      assert.same({ 6, 15 }, { scm.regex("re\\w+"):find("They reaffirmed it") })
    end)

    it("returns start and stop, then the captures", function()
      assert.same({ 6, 15, "re" }, { scm.regex("\\b(re)?affirm\\w*"):find("They reaffirmed it") })
      assert.same({ 1, 7, false }, { scm.regex("\\b(re)?affirm\\w*"):find("affirms it") })
    end)

    it("counts positions in bytes", function()
      assert.same({ 4, 6 }, { scm.regex("한"):find("ab 한") })
    end)

    it("reports an empty match as stop = start - 1", function()
      assert.same({ 2, 1 }, { scm.regex("x*"):find("abc", 2) })
    end)

    it("starts at init, and a negative init counts from the end", function()
      assert.same({ 4, 4 }, { scm.regex("b"):find("abcb", 3) })
      assert.same({ 4, 4 }, { scm.regex("b"):find("abcb", -2) })
    end)

    it("returns nil when there is no match", function()
      assert.is_nil(scm.regex("z"):find("abc"))
    end)
  end)

  describe(":gmatch(s)", function()
    it("iterates over the matches, like string.gmatch", function()
      local text = "The Minister and the Secretary reaffirmed the commitment; "
        .. "they affirmed it, and Reaffirming it, re-affirmed it."
      assert.same({ "reaffirmed", "affirmed", "affirmed" },
        list(scm.regex("\\b(?:re)?affirm\\w*"):gmatch(text)))
      assert.same({ "reaffirmed", "affirmed", "Reaffirming", "affirmed" },
        list(scm.regex("\\b(?:re)?affirm\\w*", "i"):gmatch(text)))
    end)

    it("yields the captures of each match", function()
      assert.same({ { "a", "1" }, { "b", false } },
        list(scm.regex("(\\w)(\\d)?"):gmatch("a1 b")))
    end)

    it("yields the seed's affirmations with their optional 're'", function()
      local seed = "The Secretary reaffirmed the continued U.S. commitment. "
        .. "Both sides affirmed that the Alliance remains strong, and they "
        .. "reaffirm it each year."
      local got = {}
      for pre in scm.regex("\\b(re)?affirm\\w*"):gmatch(seed) do got[#got + 1] = pre end
      assert.same({ "re", false, "re" }, got)
    end)

    it("steps past an empty match by a whole character, never into one", function()
      assert.same({ "", "", "" }, list(scm.regex("x*"):gmatch("é한")))
      assert.same({ "é", "한" }, list(scm.regex("\\w*"):gmatch("é 한")))
    end)

    it("agrees with string.gmatch on ASCII text", function()
      local s = "44th SCM, 2012: a-b  c"
      local cases = { { "\\w*", "%w*" }, { "\\d+", "%d+" }, { "", "" },
                      { "[a-z]*", "%l*" }, { "(\\w)(\\w)", "(%w)(%w)" } }
      for _, c in ipairs(cases) do
        assert.same(list(s:gmatch(c[2])), list(scm.regex(c[1]):gmatch(s)), c[1])
      end
    end)

    it("raises on invalid UTF-8 in the subject", function()
      assert.has_error(function()
        for _ in scm.regex("a"):gmatch("a\255a") do end
      end)
    end)
  end)

  describe("limits", function()
    local subject = ("a"):rep(40) .. "b"

    -- The limit is a count of steps, so the error is deterministic; how
    -- long it takes to hit it is a figure of `make bench`, not a test.
    it("stops a catastrophically backtracking pattern with a clear error", function()
      local re = scm.regex("(a+)+$")
      local ok, err = pcall(re.match, re, subject)
      assert.is_false(ok)
      assert.matches("match limit", err, 1, true)
      assert.matches("backtracks too much", err, 1, true)
    end)

    it("leaves the regex usable after a limit error", function()
      local re = scm.regex("(a+)+$")
      assert.has_error(function() re:match(subject) end)
      assert.equal("a", re:match("a"))
    end)

    it("bounds a pattern that nests too deeply", function()
      local ok, err = pcall(function()
        return scm.regex("(?:(a)|b)*\\d"):match(("a"):rep(2000000))
      end)
      assert.is_false(ok)
      assert.matches("regex %a+ limit exceeded", err)
    end)
  end)

  describe("doc:find(pattern [, flags])", function()
    local text = "JOINT COMMUNIQUE\n\nThe 44th U.S.-ROK Security Consultative Meeting\n\n"
      .. "October 24, 2012, Washington, D.C.\n\n"
      .. "1. The Secretary reaffirmed the continued U.S. commitment. Both sides "
      .. "affirmed that the Alliance remains strong.\n"

    it("iterates over match spans of the document's text", function()
      local doc = assert(scm.parse(text))
      local got = {}
      for m in doc:find("\\b(re)?affirm\\w*") do
        assert.equal(m.text, doc.text:sub(m.start, m.stop))
        got[#got + 1] = { m.text, m[1] }
      end
      assert.same({ { "reaffirmed", "re" }, { "affirmed", false } }, got)
    end)

    it("takes flags, and a compiled scm.Regex", function()
      local doc = assert(scm.parse(text))
      local n = 0
      for _ in doc:find("ALLIANCE", "i") do n = n + 1 end
      assert.equal(1, n)
      n = 0
      for _ in doc:find(scm.regex("\\bU\\.S\\.")) do n = n + 1 end
      assert.equal(2, n)
    end)

    it("raises on a malformed pattern", function()
      local doc = assert(scm.parse(text))
      assert.has_error(function() doc:find("(") end)
    end)
  end)
end)
