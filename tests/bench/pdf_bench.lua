-- make bench: PDF input, in pages per second -- pdftotext included (what a
-- user waits for) and the adapter alone (XHTML -> intermediate -> Document).
-- Called by tests/bench/run.lua with the corpus documents as `...` (unused:
-- the corpus is text; the PDFs are the fixtures of tests/fixtures/pdf).
local scm = require "scm"
local source = require "scm.source"
local root = os.getenv("SCM_TEST_ROOT") or "."
local dir = root .. "/tests/fixtures/pdf/"

if not os.execute("pdftotext -v >/dev/null 2>&1") then
  print("pdftotext not found: install poppler-utils; PDF bench skipped")
  return
end

local files = { "nordavia-dcm7.pdf", "estland-2c.pdf" }
local rounds = 20
local function now() -- wall clock in seconds, to the nanosecond
  local p = io.popen("date +%s.%N")
  local t = tonumber(p:read("l"))
  p:close()
  return t
end

local pages, t0 = 0, os.clock()
local wall0 = now()
local xhtml = {}
for _ = 1, rounds do
  for _, f in ipairs(files) do
    local doc = assert(scm.read(dir .. f))
    pages = pages + doc.source.pages
    doc:close()
  end
end
local cpu = os.clock() - t0
local wall = now() - wall0
print(("pdf read (pdftotext + adapter + parse): %d pages in %.2f s, %.0f pages/s (%.3f s of it in scm)")
  :format(pages, wall, pages / wall, cpu))

for _, f in ipairs(files) do xhtml[#xhtml + 1] = assert(source.pdftotext_xhtml(dir .. f)) end
pages, t0 = 0, os.clock()
for _ = 1, rounds * 10 do
  for _, x in ipairs(xhtml) do
    local doc = assert(scm.core.parse_source("pdf", x))
    pages = pages + doc.source.pages
    doc:close()
  end
end
local dt = os.clock() - t0
print(("pdf adapter alone (XHTML -> Document): %d pages in %.3f s, %.0f pages/s")
  :format(pages, dt, pages / dt))
