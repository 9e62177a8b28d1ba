-- The README's worked example says what scm prints for the seed; these
-- specs keep it true (when the output changes, change the README too).
local scm = require "scm"
local helpers = require "tests.helpers"

describe("the README's worked example", function()
  local path = helpers.corpus("scm44-2012.txt")
  if not path then
    it("is skipped", function() pending(helpers.missing) end)
    return
  end
  local readme = helpers.slurp(helpers.root .. "/README.md")
  local doc = assert(scm.read(path))

  local function says(s)
    assert.truthy(readme:find(s, 1, true), "README does not say: " .. s)
  end

  it("gives title, date, layout and counts", function()
    says(("--> %s   %s   %s"):format(doc.title, doc.date, doc.layout))
    says(("--> %d   %d   %d"):format(doc:count("paragraphs"), doc:count("sentences"), doc:count("tokens")))
  end)

  it("gives the paragraph after the page break with its raw position", function()
    local p = helpers.list(doc:paragraphs())[8]
    local line, col = doc:raw_position(p.start)
    says(("--> 8   body    %d  %d   %s"):format(line, col, p.text:sub(1, 40)))
  end)

  it("gives the first match of doc:find", function()
    local m = doc:find([[\b(re)?affirm\w*]])()
    says(("--> %d  %d  %s  %s"):format(m.start, m.stop, m.text, m[1]))
  end)

  it("gives the first 'urge' act and the meeting", function()
    for act in doc:acts() do
      if act.verb == "urge" then
        says(("--> %d  %s  urge  %s"):format(act.sentence, table.concat(act.actors, "+"), act.class))
        break
      end
    end
    says(("--> %s  %d  %s"):format(doc.meeting.series, doc.meeting.number, doc.meeting.name))
  end)
end)
