-- Fills in tests/gold/blind-brief.md for one blind set.
-- usage: lua5.4 tests/gold/blind-brief.lua N WORKDIR > brief.md
-- The kind rotates with the set number (main, multi, tri, rare) so that
-- each round of eight sets has two of each; the years follow the set
-- number so that no two sets share one.

local KINDS = {
  main = "five bilateral kinds, one each: a foreign ministers' joint statement after "
    .. "a strategic dialogue; a numbered defence or security consultative meeting's "
    .. "joint communiqué; a leaders' joint declaration or statement closing a state or "
    .. "official visit; a joint press release of two national agencies (ministries, "
    .. "regulators, institutes); one government's readout of a call or meeting with another.",
  multi = "five multilateral kinds, one each: a regional organisation's ministerial or "
    .. "summit communiqué; a summit of one state with a region's states; a global forum "
    .. "or export-control or standards body chaired by a state; a cross-regional group "
    .. "of ministers; a coalition of governments (states and sub-national governments) "
    .. "on one subject.",
  tri = "five minilateral texts of three or four states each (trilateral or "
    .. "quadrilateral ministerial statements, leaders' statements, a secretariat's or "
    .. "a working group's joint statement, a readout by one of them), none by or about "
    .. "the United States.",
  rare = "five rarer kinds, one each: a joint commission's session on economic "
    .. "cooperation (agreed minutes or communiqué); a border or boundary commission's "
    .. "joint statement; a joint statement of two parliaments' presiding officers or "
    .. "committees; a joint communiqué establishing or restoring diplomatic relations; "
    .. "a joint statement of two independent institutions (ombudsmen, central banks, "
    .. "courts, audit offices, electoral commissions or similar).",
}
local ORDER = { "main", "multi", "tri", "rare" }

local n, work = tonumber(arg[1]), arg[2]
if not n or not work then
  io.stderr:write("usage: blind-brief.lua N WORKDIR\n")
  os.exit(2)
end
local here = arg[0]:match("^(.*)/[^/]*$") or "."
local template = assert(io.open(here .. "/blind-brief.md")):read("a")
template = template:match("\n%-%-%-\n(.*)$")

-- (four digits: from blind793 the years passed 9999, which no date reader
-- takes for a year -- ISO 8601 writes such a year "+10021" -- so they go
-- on from 2111; session 39)
local base = 7811 + (n - 574) * 10
if base > 9991 then base = base - 7890 end
local years = {}
for i = 0, 4 do years[#years + 1] = tostring(base + 2 * i) end
local fields = {
  N = "blind" .. n,
  MODEL = "blind" .. (n - 8),
  KIND = KINDS[ORDER[(n - 598) % 4 + 1]],
  YEARS = table.concat(years, ", "),
  WORK = work,
  OUT = work .. "/out",
}
io.write((template:gsub("{(%u+)}", fields)))
