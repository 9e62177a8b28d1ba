-- The Document: spans, positions, counts, find, and what misuse does.
local scm = require "scm"
local helpers = require "tests.helpers"

local SAMPLE = table.concat({
  "Joint Communique",
  "",
  "The 3rd Example Consultative Meeting",
  "",
  "Springfield, March 3, 2030",
  "",
  "The Secretary and the Minister reaffirmed the Alliance. They urged restraint.",
  "",
  "The two sides welcomed the 2029 Joint Statement and reiterated their commitment.",
  "",
}, "\n")

describe("scm.parse", function()
  it("returns a Document with title, date and paragraphs", function()
    local doc = assert(scm.parse(SAMPLE))
    assert.equal("Joint Communique", doc.title)
    assert.equal("2030-03-03", doc.date)
    local kinds = {}
    for p in doc:paragraphs() do kinds[#kinds + 1] = p.kind end
    assert.same({ "header", "header", "header", "body", "body" }, kinds)
    assert.equal(3, doc:count("sentences"))
    assert.matches("^scm.Document %(Joint Communique, 2030%-03%-03", tostring(doc))
  end)

  it("raises for a caller's mistake and returns nil, message for bad input", function()
    assert.has_error(function() scm.parse(42) end, "scm.parse: text must be a string, got number")
    assert.has_error(function() scm.parse("x", "utf-8") end)
    assert.has_error(function() scm.parse("x", { encoding = "latin-9" }) end)
    local doc, msg = scm.parse("")
    assert.is_nil(doc)
    assert.matches("empty", msg)
    doc, msg = scm.parse("abc\0def")
    assert.is_nil(doc)
    assert.matches("NUL byte at byte 4", msg)
  end)
end)

describe("scm.read", function()
  it("names the file in its errors", function()
    local doc, msg = scm.read("/nonexistent/communique.txt")
    assert.is_nil(doc)
    assert.matches("/nonexistent/communique.txt", msg)
  end)

  it("refuses a directory with a clear message", function()
    local doc, msg = scm.read(helpers.root .. "/tests")
    assert.is_nil(doc)
    assert.matches("tests", msg)
  end)

  it("records the path and name of the file", function()
    local path = helpers.root .. "/tests/fixtures/dcm7-2031-spaced.txt"
    local doc = assert(scm.read(path))
    assert.equal(path, doc.path)
    assert.equal("dcm7-2031-spaced.txt", doc.name)
  end)
end)

describe("spans", function()
  local doc = assert(scm.parse(SAMPLE))

  it("slice doc.text at 1-based inclusive offsets", function()
    for _, iter in ipairs({ doc:paragraphs(), doc:sentences(), doc:tokens({ punctuation = true }) }) do
      for item in iter do
        assert.equal(doc.text:sub(item.start, item.stop), item.text)
      end
    end
  end)

  it("make their text only when it is read", function()
    local s = doc:sentences()()
    assert.is_nil(rawget(s, "text"))
    assert.equal("The Secretary and the Minister reaffirmed the Alliance.", s.text)
    assert.equal(s.text, tostring(s))
  end)

  it("number sentences and link them to their paragraph", function()
    local list = helpers.list(doc:sentences())
    assert.same({ 1, 2, 3 }, { list[1].index, list[2].index, list[3].index })
    assert.same({ 4, 4, 5 }, { list[1].paragraph, list[2].paragraph, list[3].paragraph })
    assert.equal(2, doc:sentence_at(list[2].start))
    assert.equal(5, doc:paragraph_at(list[3].stop))
  end)

  it("keep the document alive", function()
    local s = assert(scm.parse(SAMPLE)):sentences()()
    collectgarbage()
    collectgarbage()
    assert.equal("The Secretary and the Minister reaffirmed the Alliance.", s.text)
  end)
end)

describe("doc:raw_position()", function()
  it("gives the raw line and column of a normalised offset", function()
    local doc = assert(scm.parse(SAMPLE))
    local s = helpers.list(doc:sentences())[2]
    local line, col, byte = doc:raw_position(s.start)
    assert.equal(7, line)
    assert.equal(57, col)
    assert.equal("They", SAMPLE:sub(byte, byte + 3))
  end)

  it("counts columns in characters, not bytes", function()
    local doc = assert(scm.parse("Caf\u{e9} \u{2013} The sides met. They agreed."))
    local s = helpers.list(doc:sentences())
    local _, col = doc:raw_position(s[#s].start)
    assert.equal(23, col)
  end)

  it("rejects offsets outside the text", function()
    local doc = assert(scm.parse(SAMPLE))
    assert.has_error(function() doc:raw_position(0) end)
    assert.has_error(function() doc:raw_position(#doc.text + 2) end)
    assert.is_number(doc:raw_position(#doc.text + 1))
  end)

  it("points into the seed's raw file for every sentence", function()
    local path = helpers.corpus("scm44-2012.txt")
    if not path then return pending(helpers.missing) end
    local raw = helpers.slurp(path)
    local doc = assert(scm.read(path))
    local lines = {}
    for l in (raw .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
    for s in doc:sentences() do
      local line, col, byte = doc:raw_position(s.start)
      local word = s.text:match("^[%w%p]+")
      assert.equal(word, raw:sub(byte, byte + #word - 1))
      local l = lines[line]
      assert.truthy(l:find(word, 1, true), ("sentence %d: line %d"):format(s.index, line))
      assert.is_true(col >= 1)
    end
  end)
end)

describe("doc:count()", function()
  it("counts paragraphs, sentences and word tokens", function()
    local doc = assert(scm.parse("The sides met on 3 March. They agreed, again."))
    assert.equal(1, doc:count("paragraphs"))
    assert.equal(2, doc:count("sentences"))
    assert.equal(9, doc:count("tokens"))
    assert.equal(doc:count("tokens"), #helpers.list(doc:tokens()))
    assert.has_error(function() doc:count("pages") end)
  end)
end)

describe("doc:find()", function()
  local text = "The Minister reaffirmed the pact. The Secretary affirmed it and reaffirms it."
  it("iterates match spans with captures", function()
    local doc = assert(scm.parse(text))
    local found = {}
    for m in doc:find([[\b(re)?affirm\w*]]) do
      assert.equal(doc.text:sub(m.start, m.stop), m.text)
      found[#found + 1] = { m.text, m[1] }
    end
    assert.same({ { "reaffirmed", "re" }, { "affirmed", false }, { "reaffirms", "re" } }, found)
  end)

  it("accepts a compiled regex and flags", function()
    local doc = assert(scm.parse(text))
    assert.equal(3, #helpers.list(doc:find([[\bthe\b]], "i")))
    local re = scm.regex("minister", "i")
    assert.equal("Minister", doc:find(re)().text)
  end)

  it("reports a malformed pattern with its offset", function()
    local doc = assert(scm.parse(text))
    assert.has_error(function() doc:find("(unclosed") end)
    local ok, err = pcall(doc.find, doc, "(unclosed")
    assert.is_false(ok)
    assert.matches("offset", err)
  end)
end)

describe("misuse", function()
  it("a closed document raises a clear error, never crashes", function()
    local doc = assert(scm.parse(SAMPLE))
    local iter = doc:sentences()
    local s = iter()
    doc:close()
    doc:close() -- twice is fine
    assert.is_true(doc.closed)
    assert.has_error(function() return doc.text end, "scm: the document is closed")
    assert.has_error(function() iter() end, "scm: the document is closed")
    assert.has_error(function() return s.text end, "scm: the document is closed")
    assert.matches("closed", tostring(doc))
  end)

  it("works with <close>", function()
    local text
    do
      local doc <close> = assert(scm.parse(SAMPLE))
      text = doc.text
    end
    assert.is_string(text)
  end)

  it("fields are read-only", function()
    local doc = assert(scm.parse(SAMPLE))
    assert.has_error(function() doc.title = "x" end)
  end)

  it("methods check their self", function()
    local doc = assert(scm.parse(SAMPLE))
    assert.has_error(function() doc.sentences({}) end)
    assert.has_error(function() doc.count(nil, "sentences") end)
  end)
end)

describe("every document of ../shared/corpus", function()
  local files = helpers.corpus_files()
  if #files == 0 then
    it("is skipped", function() pending(helpers.missing) end)
    return
  end
  for _, name in ipairs(files) do
    it("parses " .. name .. " into consistent spans", function()
      local doc = assert(scm.read(helpers.shared .. name))
      assert.is_true(doc:count("paragraphs") > 0)
      assert.is_true(doc:count("sentences") > 0)
      assert.is_not_nil(doc.title)
      local last = 0
      for s in doc:sentences() do
        assert.is_true(s.start > last and s.stop >= s.start)
        assert.equal(doc.text:sub(s.start, s.stop), s.text)
        assert.falsy(s.text:find("\n"))
        last = s.stop
      end
      for p in doc:paragraphs() do
        assert.equal(doc.text:sub(p.start, p.stop), p.text)
      end
    end)
  end
end)
