-- make bench: every figure the targets are checked against.
--   1. the C core alone (build/bench_parse): normalise + segment, and
--      parse + extract, as many documents and as one large one;
--   2. every tests/bench/*_bench.lua (corpus ingest and search, workflows).
local root = os.getenv("SCM_TEST_ROOT") or "."
local shared = root .. "/../shared/corpus/"

local function ls(dir, pattern)
  local out = {}
  local p = io.popen('ls "' .. dir .. '" 2>/dev/null')
  for name in p:lines() do
    if name:match(pattern) then out[#out + 1] = dir .. name end
  end
  p:close()
  table.sort(out)
  return out
end

local docs = ls(shared, "%.txt$")
if #docs == 0 then
  print("note: ../shared/corpus not found; measuring on tests/fixtures only")
end
for _, f in ipairs(ls(root .. "/tests/fixtures/", "%.txt$")) do docs[#docs + 1] = f end

print("== C core (one core, no Lua) ==")
local cmd = root .. "/build/bench_parse"
for _, d in ipairs(docs) do cmd = cmd .. ' "' .. d .. '"' end
assert(os.execute(cmd), "bench_parse failed")

for _, bench in ipairs(ls(root .. "/tests/bench/", "_bench%.lua$")) do
  print("== " .. bench:match("([^/]+)$") .. " ==")
  local chunk = assert(loadfile(bench))
  chunk(docs)
end
