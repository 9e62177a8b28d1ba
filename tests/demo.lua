-- make demo: what scm sees in a communiqué.  Runs on the fictional samples
-- of tests/fixtures (PDF-damaged the way real ones are) and, when it is
-- there, on the real documents of ../shared/corpus.
local scm = require "scm"

local root = os.getenv("SCM_TEST_ROOT") or "."
local files = {
  root .. "/tests/fixtures/dcm7-2031-spaced.txt",
  root .. "/tests/fixtures/dcm7-2031-pdftotext.txt",
}
for _, name in ipairs({ "scm44-2012.txt", "us-rok-ncg-guidelines-joint-statement-2024.txt" }) do
  local path = root .. "/../shared/corpus/" .. name
  local f = io.open(path)
  if f then
    f:close()
    files[#files + 1] = path
  end
end

local function clip(s, n)
  s = s:gsub("%s+", " ")
  if #s <= n then return s end
  local cut = n
  while cut > 1 and (s:byte(cut + 1) or 0) & 0xC0 == 0x80 do cut = cut - 1 end
  return s:sub(1, cut) .. "…"
end

for _, path in ipairs(files) do
  local doc = assert(scm.read(path))
  print(("━"):rep(78))
  print(("%s  [%s layout]"):format(doc.name, doc.layout))
  print(("title: %s   date: %s   kind: %s   place: %s"):format(
    doc.title or "-", doc.date or "-", doc.kind or "-", doc.place or "-"))
  local m = doc.meeting
  if m then
    print(("meeting: %s %s (%s) between %s"):format(m.series or "?", m.number or "?",
      m.name or "?", table.concat(m.parties or {}, " and ")))
  end
  print(("%d paragraphs, %d sentences, %d words"):format(
    doc:count("paragraphs"), doc:count("sentences"), doc:count("tokens")))
  for w in ipairs(doc.warnings) do print("warning: " .. doc.warnings[w]) end
  print("\nparagraphs:")
  for p in doc:paragraphs() do
    local line, col = doc:raw_position(p.start)
    print(("  %2d %-7s raw %3d:%-2d %s"):format(p.index, p.kind, line, col, clip(p.text, 52)))
  end
  print("\npeople:")
  for who in doc:people() do
    print(("  %-22s family %-10s %-30s %s"):format(who.name, who.family or "-", who.title or "-", who.party or "-"))
  end
  print("\nspeech acts (first 8):")
  local n = 0
  for act in doc:acts() do
    n = n + 1
    if n > 8 then break end
    print(("  s%-3d %-20s %-22s %-15s %s"):format(act.sentence, table.concat(act.actors, "+"),
      act.verb, act.class, clip(act.clause.text, 40)))
  end
  print("\nacronyms defined:")
  for a in doc:acronyms() do
    if a.defined then print(("  %-8s %s"):format(a.short, a.long)) end
  end
  print("\ndates:")
  for d in doc:dates() do print(("  %-22s %-12s %s"):format(d.text, d.iso, d.precision)) end
  print()
end

-- The workflow report: the 8th fictional DCM communiqué against the 7th,
-- one self-contained HTML page (header facts, people, acts, new and
-- dropped phrases, the redline, charts).
local plugins = require "scm.plugins"
os.execute('mkdir -p "' .. root .. '/build/demo"')
local out = root .. "/build/demo/report.html"
assert(plugins.main({ "run", "report", root .. "/tests/fixtures/dcm7-2031-spaced.txt",
  root .. "/tests/fixtures/dcm8-2032-spaced.txt", "-o", out }) == 0)
print("report: " .. out .. "  (open it in a browser)")
