-- Regex figures: how fast a catastrophic pattern is stopped by the match
-- limit, and match throughput of doc:find over a large document.
local scm = require "scm"
local docs = ...

local function clock(f)
  local t0 = os.clock()
  f()
  return os.clock() - t0
end

local re = scm.regex("(a+)+$")
local subject = ("a"):rep(40) .. "b"
local t = clock(function() assert(not pcall(re.match, re, subject)) end)
print(("catastrophic (a+)+$ on 41 bytes: stopped by the match limit in %.1f ms (target < 1000 ms)")
  :format(t * 1000))

local parts = {}
for _, path in ipairs(docs) do
  local f = assert(io.open(path, "rb"))
  parts[#parts + 1] = f:read("a")
  f:close()
end
local text = table.concat(parts, "\n\n")
local reps = math.max(1, math.floor(10e6 / #text))
text = text:rep(reps, "\n\n")
local doc = assert(scm.parse(text))
local n = 0
t = clock(function()
  for _ in doc:find([[\b(re)?affirm\w*]]) do n = n + 1 end
end)
print(("doc:find \\b(re)?affirm\\w* over %.1f MB: %d matches, %.1f MB/s"):format(#doc.text / 1e6, n,
  #doc.text / 1e6 / t))
