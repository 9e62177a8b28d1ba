-- eval.lua -- precision and recall of the extractors against tests/gold.
--
--   lua5.4 tests/eval.lua [--verbose]      (`make eval` sets the paths)
--
-- Each tests/gold/<name>.json annotates ../shared/corpus/<name>.txt (see
-- tests/gold/README.md).  Items are compared as multisets of keys:
--   header      one key per field (title, kind, date, place, meeting series
--               and number)
--   people      name + family
--   acts        sentence prefix + actor set + verb lemma
--   acr.def     short + long of defined acronyms
--   acr.undef   short of undefined acronyms
--   dates       text + iso
--   references  kind + text
-- Strings are compared after folding white space, curly quotes and dashes;
-- in an actor a name particle's case is not compared ("Minister ter
-- Haar-Wolters" and "Minister Ter Haar-Wolters", as Dutch writes it when
-- the given name is dropped, are one actor).
local cjson = require "cjson"

local verbose = false
for _, a in ipairs(arg or {}) do
  if a == "--verbose" or a == "-v" then verbose = true end
end

local root = os.getenv("SCM_TEST_ROOT") or "."
local gold_dir = root .. "/tests/gold/"
local corpus = root .. "/../shared/corpus/"

local function readfile(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

if not readfile(corpus .. "PROVENANCE.md") and not io.open(corpus, "r") then
  print("eval: skipped, no corpus at " .. corpus)
  os.exit(0)
end

local ok, scm = pcall(require, "scm")
if not ok then
  print("eval: cannot load scm: " .. tostring(scm))
  os.exit(1)
end

local function fold(s)
  if s == nil or s == cjson.null then return "" end
  s = tostring(s):gsub("</?sup>", "")
  s = s:gsub("\226\128[\152\153]", "'"):gsub("\226\128[\156\157]", '"')
  s = s:gsub("\226\128[\147\148]", "-"):gsub("%s+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end

local function value(v)
  if v == cjson.null then return nil end
  return v
end

-- Call a document method or read a field; nil when missing or failing.
local function get(doc, name)
  local okf, v = pcall(function()
    local f = doc[name]
    if type(f) == "function" then f = f(doc) end
    if type(f) == "function" then
      -- an iterator: gather its items into a list
      local list = {}
      for a, b in f do list[#list + 1] = b ~= nil and type(a) ~= "table" and b or a end
      return list
    end
    return f
  end)
  if okf then return v end
  return nil
end

local function span_text(doc, v)
  if type(v) == "table" then return v.text end
  if type(v) == "number" then
    local sents = get(doc, "sentences") or {}
    local s = sents[v] or sents[v + 1]
    return s and s.text
  end
  return v
end

-- Multiset comparison: returns tp, fps, fns (lists of keys).
local function compare(gold, pred)
  local count = {}
  for _, k in ipairs(gold) do count[k] = (count[k] or 0) + 1 end
  local tp, fps, fns = 0, {}, {}
  for _, k in ipairs(pred) do
    if (count[k] or 0) > 0 then
      count[k] = count[k] - 1
      tp = tp + 1
    else
      fps[#fps + 1] = k
    end
  end
  for _, k in ipairs(gold) do
    if (count[k] or 0) > 0 then
      count[k] = count[k] - 1
      fns[#fns + 1] = k
    end
  end
  return tp, fps, fns
end

local categories = {"header", "people", "acts", "acr.def", "acr.undef",
                     "dates", "references"}

local function keys_header(g, doc)
  local gold, pred = {}, {}
  local h = value(g.header) or {}
  local function add(list, field, v)
    v = value(v)
    if type(v) == "number" and v == math.floor(v) then v = math.tointeger(v) end
    if v ~= nil and v ~= "" then list[#list + 1] = field .. "=" .. fold(v) end
  end
  add(gold, "title", h.title)
  add(gold, "kind", h.kind)
  add(gold, "date", h.date)
  add(gold, "place", h.place)
  local gm = value(h.meeting)
  if gm then
    add(gold, "series", gm.series)
    add(gold, "number", gm.number)
  end
  add(pred, "title", get(doc, "title"))
  add(pred, "kind", get(doc, "kind"))
  local d = get(doc, "date")
  if type(d) == "table" then d = d.iso end
  add(pred, "date", d)
  add(pred, "place", get(doc, "place"))
  local pm = get(doc, "meeting")
  if type(pm) == "table" then
    add(pred, "series", pm.series)
    if pm.number and pm.number ~= 0 then add(pred, "number", pm.number) end
  end
  return gold, pred
end

local function keys_people(g, doc)
  local gold, pred = {}, {}
  for _, p in ipairs(value(g.people) or {}) do
    gold[#gold + 1] = fold(p.name) .. " | " .. fold(p.family)
  end
  for _, p in ipairs(get(doc, "people") or {}) do
    pred[#pred + 1] = fold(p.name) .. " | " .. fold(p.family)
  end
  return gold, pred
end

-- Spellings of one party that the gold files use interchangeably (the
-- blind7 README: "a tolerant evaluator should fold the two").
local party_spellings = { ["Viet Nam"] = "Vietnam" }

local function actor_set(list)
  local t = {}
  for _, a in ipairs(list or {}) do
    a = fold(a):gsub(" (%l)", function(c) return " " .. c:upper() end)
    t[#t + 1] = party_spellings[a] or a
  end
  table.sort(t)
  return table.concat(t, ",")
end

local function keys_acts(g, doc)
  local gold, pred, prefixes = {}, {}, {}
  for _, a in ipairs(value(g.acts) or {}) do
    local p = fold(a.sentence):gsub('^"', "")
    prefixes[#prefixes + 1] = p
    gold[#gold + 1] = p .. " | " .. actor_set(a.actors) .. " | " .. fold(a.verb)
  end
  for _, a in ipairs(get(doc, "acts") or {}) do
    local s = fold(span_text(doc, a.sentence) or "")
    -- a paragraph number or a list item's label is no part of the sentence
    s = s:gsub("^%d+%. ", ""):gsub("^%(?%l%) ", ""):gsub("^%([ivx]+%) ", "")
         :gsub("^%(%d+%) ", ""):gsub("^%l%. ", ""):gsub("^[ivx]+%. ", "")
         :gsub("^%[%d+%] ", "") -- "[4] ", a court's or a council's numbering (session 33)
         :gsub("^%d%d?%.%d%d?%.%d%d? ", ""):gsub("^%d%d?%.%d%d? ", "") -- "2.4 ", "2.3.1 " (session 33)
         :gsub('^"', "") -- a quoted readout's paragraph opens with a quotation mark (session 34)
    local key = s:sub(1, 60)
    for _, p in ipairs(prefixes) do
      if s:sub(1, #p) == p then key = p break end
    end
    pred[#pred + 1] = key .. " | " .. actor_set(a.actors) .. " | " ..
                      fold(a.verb or a.lemma)
  end
  return gold, pred
end

local function keys_acronyms(g, doc, defined)
  local gold, pred = {}, {}
  for _, a in ipairs(value(g.acronyms) or {}) do
    if (a.defined == true) == defined then
      gold[#gold + 1] = defined and (fold(a.short) .. " = " .. fold(a.long))
                        or fold(a.short)
    end
  end
  for _, a in ipairs(get(doc, "acronyms") or {}) do
    local d = a.defined == true or a.defined == 1
    if d == defined then
      pred[#pred + 1] = defined and (fold(a.short) .. " = " .. fold(a.long))
                        or fold(a.short)
    end
  end
  return gold, pred
end

local function keys_dates(g, doc)
  local gold, pred = {}, {}
  for _, d in ipairs(value(g.dates) or {}) do
    gold[#gold + 1] = fold(d.text) .. " = " .. fold(d.iso)
  end
  for _, d in ipairs(get(doc, "dates") or {}) do
    pred[#pred + 1] = fold(d.text) .. " = " .. fold(d.iso)
  end
  return gold, pred
end

local function keys_refs(g, doc)
  local gold, pred = {}, {}
  for _, r in ipairs(value(g.references) or {}) do
    gold[#gold + 1] = fold(r.kind) .. ": " .. fold(r.text)
  end
  for _, r in ipairs(get(doc, "references") or {}) do
    pred[#pred + 1] = fold(r.kind) .. ": " .. fold(r.text)
  end
  return gold, pred
end

local extractors = {
  header = keys_header,
  people = keys_people,
  acts = keys_acts,
  ["acr.def"] = function(g, d) return keys_acronyms(g, d, true) end,
  ["acr.undef"] = function(g, d) return keys_acronyms(g, d, false) end,
  dates = keys_dates,
  references = keys_refs,
}

local function prf(tp, fp, fn)
  local p = tp + fp > 0 and tp / (tp + fp) or (fn == 0 and 1 or 0)
  local r = tp + fn > 0 and tp / (tp + fn) or 1
  local f = p + r > 0 and 2 * p * r / (p + r) or 0
  return p, r, f
end

-- Where a gold file's document lives: the shared corpus, or (for the
-- fictional communiqués) tests/fixtures.
local function document_text(docname)
  return readfile(corpus .. docname) or readfile(root .. "/tests/fixtures/" .. docname)
end

local function gold_files(dir)
  local files = {}
  local ls = io.popen('ls "' .. dir .. '" 2>/dev/null')
  for name in ls:lines() do
    if name:match("%.json$") then files[#files + 1] = name end
  end
  ls:close()
  table.sort(files)
  return files
end

-- Evaluate every gold file of `dir`; returns the rows and the totals.
local function eval_set(dir)
  local rows, total = {}, {}
  for _, c in ipairs(categories) do total[c] = {0, 0, 0} end
  for _, name in ipairs(gold_files(dir)) do
    local g = cjson.decode(readfile(dir .. name))
    local docname = value(g.document) or name:gsub("%.json$", ".txt")
    local text = document_text(docname)
    if not text then
      rows[#rows + 1] = {docname, "(missing from corpus)"}
    else
      local okp, doc, msg = pcall(scm.parse, text)
      if not okp or not doc then
        rows[#rows + 1] = {docname, "parse failed: " .. tostring(msg or doc)}
      else
        for _, c in ipairs(categories) do
          local okx, gold, pred = pcall(extractors[c], g, doc)
          if not okx then
            print(c .. ": " .. tostring(gold))
            gold, pred = {}, {}
          end
          local tp, fps, fns = compare(gold, pred)
          local t = total[c]
          t[1], t[2], t[3] = t[1] + tp, t[2] + #fps, t[3] + #fns
          rows[#rows + 1] = {docname, c, tp, #fps, #fns}
          if verbose and (#fps > 0 or #fns > 0) then
            rows[#rows].detail = {fps = fps, fns = fns}
          end
        end
      end
    end
  end
  return rows, total
end

local fmt = "%-48s %-11s %5s %5s %5s %6s %6s %6s"

local function report(title, rows, total)
  print(("== %s =="):format(title))
  print(string.format(fmt, "document", "extractor", "tp", "fp", "fn", "P", "R", "F1"))
  for _, row in ipairs(rows) do
    if #row == 2 then
      print(string.format("%-48s %s", row[1], row[2]))
    else
      local p, r, f = prf(row[3], row[4], row[5])
      print(string.format(fmt, row[1]:sub(1, 48), row[2], row[3], row[4], row[5],
        string.format("%.3f", p), string.format("%.3f", r), string.format("%.3f", f)))
      if row.detail then
        for _, k in ipairs(row.detail.fns) do print("    miss  " .. k) end
        for _, k in ipairs(row.detail.fps) do print("    false " .. k) end
      end
    end
  end
  print(string.rep("-", 96))
  for _, c in ipairs(categories) do
    local t = total[c]
    local p, r, f = prf(t[1], t[2], t[3])
    print(string.format(fmt, "overall", c, t[1], t[2], t[3],
      string.format("%.3f", p), string.format("%.3f", r), string.format("%.3f", f)))
  end
  print()
end

local sets = {
  { "development set (tests/gold: the extractors were written against these)", gold_dir },
  { "held-out set (tests/gold/heldout: annotated blind, real and fictional documents)", gold_dir .. "heldout/" },
  { "unseen set (tests/gold/unseen: documents and answers written apart from the code)", gold_dir .. "unseen/" },
  { "blind set (tests/gold/blind: written last, by someone who saw neither code nor other sets)",
    gold_dir .. "blind/" },
  { "second blind set (tests/gold/blind2: written without the code or the other sets)",
    gold_dir .. "blind2/" },
  { "third blind set (tests/gold/blind3: written after the blind2 round, without the code)",
    gold_dir .. "blind3/" },
  { "fourth blind set (tests/gold/blind4: written after the blind3 round, without the code)",
    gold_dir .. "blind4/" },
  { "fifth blind set (tests/gold/blind5: written after the blind4 round, without the code)",
    gold_dir .. "blind5/" },
  { "sixth blind set (tests/gold/blind6: written after the blind5 round, without the code)",
    gold_dir .. "blind6/" },
  { "seventh blind set (tests/gold/blind7: written after the blind6 round, without the code)",
    gold_dir .. "blind7/" },
  { "eighth blind set (tests/gold/blind8: written after the blind7 round, without the code)",
    gold_dir .. "blind8/" },
  { "ninth blind set (tests/gold/blind9: written beside blind8, without the code)",
    gold_dir .. "blind9/" },
  { "tenth blind set (tests/gold/blind10: written after the blind8/9 round, without the code)",
    gold_dir .. "blind10/" },
  { "eleventh blind set (tests/gold/blind11: written beside blind10, without the code)",
    gold_dir .. "blind11/" },
  { "twelfth blind set (tests/gold/blind12: written after the blind10/11 round, without the code)",
    gold_dir .. "blind12/" },
  { "thirteenth blind set (tests/gold/blind13: written beside blind12, without the code)",
    gold_dir .. "blind13/" },
  { "fourteenth blind set (tests/gold/blind14: written after the blind12/13 round, without the code)",
    gold_dir .. "blind14/" },
  { "fifteenth blind set (tests/gold/blind15: written beside blind14, without the code)",
    gold_dir .. "blind15/" },
  { "sixteenth blind set (tests/gold/blind16: written after the blind14/15 round, without the code)",
    gold_dir .. "blind16/" },
  { "seventeenth blind set (tests/gold/blind17: written beside blind16, without the code)",
    gold_dir .. "blind17/" },
  { "eighteenth blind set (tests/gold/blind18: written after the blind16/17 round, without the code)",
    gold_dir .. "blind18/" },
  { "nineteenth blind set (tests/gold/blind19: written beside blind18, without the code)",
    gold_dir .. "blind19/" },
  { "twentieth blind set (tests/gold/blind20: written beside blind18/19/21, without the code)",
    gold_dir .. "blind20/" },
  { "twenty-first blind set (tests/gold/blind21: written beside blind18/19/20, without the code)",
    gold_dir .. "blind21/" },
  { "twenty-second blind set (tests/gold/blind22: written after the blind18-21 rounds, without the code)",
    gold_dir .. "blind22/" },
  { "twenty-third blind set (tests/gold/blind23: written beside blind22, without the code)",
    gold_dir .. "blind23/" },
  { "twenty-fourth blind set (tests/gold/blind24: written after the blind22/23 round, without the code)",
    gold_dir .. "blind24/" },
  { "twenty-fifth blind set (tests/gold/blind25: written beside blind24, without the code)",
    gold_dir .. "blind25/" },
  { "twenty-sixth blind set (tests/gold/blind26: written after the blind24/25 round, without the code)",
    gold_dir .. "blind26/" },
  { "twenty-seventh blind set (tests/gold/blind27: written beside blind26, without the code)",
    gold_dir .. "blind27/" },
  { "twenty-eighth blind set (tests/gold/blind28: mainstream U.S. alliance documents, "
    .. "written after the blind26/27 round, without the code)",
    gold_dir .. "blind28/" },
  { "twenty-ninth blind set (tests/gold/blind29: written beside blind28, without the code)",
    gold_dir .. "blind29/" },
  { "thirtieth blind set (tests/gold/blind30: mainstream alliance documents, "
    .. "written after the blind28/29 round, without the code)",
    gold_dir .. "blind30/" },
  { "thirty-first blind set (tests/gold/blind31: written beside blind30, without the code)",
    gold_dir .. "blind31/" },
  { "thirty-second blind set (tests/gold/blind32: mainstream alliance documents, "
    .. "written after the blind30/31 round, without the code)",
    gold_dir .. "blind32/" },
  { "thirty-third blind set (tests/gold/blind33: written beside blind32, without the code)",
    gold_dir .. "blind33/" },
  { "thirty-fourth blind set (tests/gold/blind34: multilateral documents, "
    .. "written after the blind32/33 round, without the code)",
    gold_dir .. "blind34/" },
  { "thirty-fifth blind set (tests/gold/blind35: written beside blind34, without the code)",
    gold_dir .. "blind35/" },
  { "thirty-seventh blind set (tests/gold/blind37: written beside blind36, without the code)",
    gold_dir .. "blind37/" },
  { "thirty-sixth blind set (tests/gold/blind36: mainstream and multilateral documents, "
    .. "written after the blind34/35 round, without the code)",
    gold_dir .. "blind36/" },
  { "thirty-ninth blind set (tests/gold/blind39: written beside blind38, without the code)",
    gold_dir .. "blind39/" },
  { "thirty-eighth blind set (tests/gold/blind38: mainstream fact sheets, vision statements "
    .. "and declarations, without the code)",
    gold_dir .. "blind38/" },
  { "forty-first blind set (tests/gold/blind41: mainstream 2+2, security cooperation, TMM, "
    .. "Quad and a call readout, without the code)",
    gold_dir .. "blind41/" },
  { "fortieth blind set (tests/gold/blind40: written beside blind41, without the code)",
    gold_dir .. "blind40/" },
  { "forty-third blind set (tests/gold/blind43: multilateral AU PSC, ECOWAS, SCO, EU-CELAC, "
    .. "Arctic Council, without the code)",
    gold_dir .. "blind43/" },
  { "forty-second blind set (tests/gold/blind42: written beside blind43, without the code)",
    gold_dir .. "blind42/" },
  { "forty-fourth blind set (tests/gold/blind44: written beside blind45, without the code)",
    gold_dir .. "blind44/" },
  { "forty-fifth blind set (tests/gold/blind45: multilateral OIC, CHOGM, BRICS, UN Security "
    .. "Council, CPLP, without the code)",
    gold_dir .. "blind45/" },
  { "forty-sixth blind set (tests/gold/blind46: mainstream EDSCG, Tri-CHOD, BSD, leaders' vision, "
    .. "readout, written beside blind47, without the code)",
    gold_dir .. "blind46/" },
  { "forty-seventh blind set (tests/gold/blind47: multilateral OSCE, EAS, IORA, C5+1, Polynesian "
    .. "Leaders Group, written beside blind46, without the code)",
    gold_dir .. "blind47/" },
  { "forty-eighth blind set (tests/gold/blind48: mainstream SCM, SCC 2+2, AUSMIN, Quad foreign "
    .. "ministers, White House leaders, written beside blind49 and blind50, without the code)",
    gold_dir .. "blind48/" },
  { "forty-ninth blind set (tests/gold/blind49: Ecuador-Peru, Fiji-Samoa, Azerbaijan-Uzbekistan, "
    .. "Saudi Arabia-Eritrea, Latvia-Denmark, written beside blind48 and blind50, without the code)",
    gold_dir .. "blind49/" },
  { "fiftieth blind set (tests/gold/blind50: multilateral Arab League, GCC, Mercosur, BIMSTEC, "
    .. "Council of the EU, written beside blind48 and blind49, without the code)",
    gold_dir .. "blind50/" },
  { "fifty-first blind set (tests/gold/blind51: mainstream KIDD, foreign ministers' readout, "
    .. "trilateral summit, Quad fact sheet, MDB-SEB, written beside blind52 and blind53, without the code)",
    gold_dir .. "blind51/" },
  { "fifty-third blind set (tests/gold/blind53: multilateral G20, APEC, OAS General Assembly, ARF, "
    .. "CARICOM, written beside blind51 and blind52, without the code)",
    gold_dir .. "blind53/" },
  { "fifty-second blind set (tests/gold/blind52: Georgia-Uzbekistan, Albania-Montenegro, "
    .. "Brazil-Colombia-Peru, Solomon Islands-Vanuatu, Ethiopia-UAE, written beside blind51 and "
    .. "blind53, without the code)",
    gold_dir .. "blind52/" },
  { "fifty-fourth blind set (tests/gold/blind54: mainstream EDD, AUKUS, Economic 2+2, trilateral "
    .. "vice foreign ministers, Deputy Secretary's readout, written beside blind55, without the code)",
    gold_dir .. "blind54/" },
  { "fifty-fifth blind set (tests/gold/blind55: multilateral SADC, IGAD, Council of Europe, Turkic "
    .. "States, Human Rights Council, written beside blind54, without the code)",
    gold_dir .. "blind55/" },
  { "fifty-sixth blind set (tests/gold/blind56: Kazakhstan-Mongolia, Morocco-Mauritania, "
    .. "Cameroon-Nigeria, Thailand-Myanmar, Hungary-Serbia, written beside blind57, without the code)",
    gold_dir .. "blind56/" },
  { "fifty-seventh blind set (tests/gold/blind57: multilateral EAC, Pacific Alliance, NAM, NB8, "
    .. "Indian Ocean Commission, written beside blind56, without the code)",
    gold_dir .. "blind57/" },
  { "fifty-eighth blind set (tests/gold/blind58: mainstream NCG, White House call readout, Pentagon "
    .. "readout, Trilateral Strategic Dialogue, trilateral maritime dialogue, written beside blind59, "
    .. "without the code)",
    gold_dir .. "blind58/" },
  { "fifty-ninth blind set (tests/gold/blind59: Azerbaijan-Tajikistan, Sri Lanka-Bhutan, "
    .. "Colombia-Ecuador, Bahrain-Somalia, Fiji-Tonga, written beside blind58, without the code)",
    gold_dir .. "blind59/" },
  { "sixtieth blind set (tests/gold/blind60: multilateral MIKTA, ADMM-Plus, Ibero-American Summit, "
    .. "Union for the Mediterranean, Mano River Union, written beside blind61, without the code)",
    gold_dir .. "blind60/" },
  { "sixty-first blind set (tests/gold/blind61: Qatar-Djibouti, Poland-Georgia, Rwanda-Tanzania, "
    .. "Estonia-Finland, Barbados-Jamaica-Trinidad and Tobago, written beside blind60, without the code)",
    gold_dir .. "blind61/" },
  { "sixty-second blind set (tests/gold/blind62: mainstream TMM, State Department call readout, Quad "
    .. "senior officials, AUKUS defence ministers, Philippines-U.S. BSD, written beside blind63, "
    .. "without the code)",
    gold_dir .. "blind62/" },
  { "sixty-third blind set (tests/gold/blind63: multilateral SICA, BSEC, CICA, Nordic Council of "
    .. "Ministers, Francophonie ministerial conference, written beside blind62, without the code)",
    gold_dir .. "blind63/" },
  { "sixty-fourth blind set (tests/gold/blind64: Senegal-Gambia, Guyana-Suriname, Viet Nam-Mongolia, "
    .. "Cyprus-Lebanon, Tunisia-Libya, written beside blind65 and blind66, without the code)",
    gold_dir .. "blind64/" },
  { "sixty-fifth blind set (tests/gold/blind65: multilateral ICGLR summit, ACTO presidents, ECO "
    .. "Council of Ministers, Melanesian Spearhead Group, Visegrad Group, written beside blind64 and "
    .. "blind66, without the code)",
    gold_dir .. "blind65/" },
  { "sixty-sixth blind set (tests/gold/blind66: mainstream Japan-U.S. SSC, Australia-U.S. leaders, "
    .. "Japan-ROK-U.S. DTT, U.S.-ROK national security advisors readout, AUKUS Joint Steering Group, "
    .. "written beside blind64 and blind65, without the code)",
    gold_dir .. "blind66/" },
  { "sixty-seventh blind set (tests/gold/blind67: Qatar-Eritrea, Georgia-Kyrgyzstan, Chile-Ecuador, "
    .. "DRC-Uganda, Papua New Guinea-Samoa-Tuvalu, written beside blind68 and blind69, without the code)",
    gold_dir .. "blind67/" },
  { "sixty-ninth blind set (tests/gold/blind69: mainstream U.S.-Japan DICAS, AUKUS leaders, U.S.-ROK "
    .. "Chairmen readout, Japan-ROK-U.S. TIPD, Philippines-U.S. Maritime Dialogue, written beside "
    .. "blind67 and blind68, without the code)",
    gold_dir .. "blind69/" },
  { "sixty-eighth blind set (tests/gold/blind68: multilateral Nile Council of Ministers, AOSIS leaders, "
    .. "Colombo Security Conclave, GUAM foreign ministers, Regional Conference on Migration, written "
    .. "beside blind67 and blind69, without the code)",
    gold_dir .. "blind68/" },
  { "seventy-second blind set (tests/gold/blind72: mainstream ROK-U.S. 2+2, Quad leaders' vision, "
    .. "Japan-U.S. defense ministerial, Australia-U.S. Space Security Dialogue, Japan-Philippines-U.S. "
    .. "defense ministers' readout, written beside blind70 and blind71, without the code)",
    gold_dir .. "blind72/" },
  { "seventieth blind set (tests/gold/blind70: Kuwait-Ethiopia, Armenia-Kazakhstan, Iceland-Latvia, "
    .. "Paraguay-Peru, Gabon-Sao Tome and Principe, written beside blind71 and blind72, without the code)",
    gold_dir .. "blind70/" },
  { "seventy-first blind set (tests/gold/blind71: multilateral Gulf of Guinea Commission, SEECP, Red Sea "
    .. "Council, Caspian littoral States working group, La Plata Basin, written beside blind70 and "
    .. "blind72, without the code)",
    gold_dir .. "blind71/" },
  { "seventy-third blind set (tests/gold/blind73: Uzbekistan-Oman, Indonesia-Madagascar, "
    .. "Kyrgyzstan-Bhutan, Bosnia and Herzegovina-Turkiye, Benin-Rwanda, written beside blind74 and "
    .. "blind75, without the code)",
    gold_dir .. "blind73/" },
  { "seventy-fifth blind set (tests/gold/blind75: mainstream 743rd SCM, 142nd U.S.-ROK SED, Japan-U.S. "
    .. "leaders, U.S.-Australia call readout, Japan-ROK-U.S. national security advisors, written beside "
    .. "blind73 and blind74, without the code)",
    gold_dir .. "blind75/" },
  { "seventy-fourth blind set (tests/gold/blind74: multilateral OMVS summit, D-8 summit, AMCOW "
    .. "Executive Committee, Mekong River Commission Council, Central European Initiative, written "
    .. "beside blind73 and blind75, without the code)",
    gold_dir .. "blind74/" },
  { "seventy-sixth blind set (tests/gold/blind76: Georgia-Kazakhstan, Greece-North Macedonia, "
    .. "Oman-Somalia, Guyana-Peru, Burundi-Zambia, written beside blind77 and blind78, without the code)",
    gold_dir .. "blind76/" },
  { "seventy-eighth blind set (tests/gold/blind78: mainstream Japan-U.S. space dialogue, Quad Senior "
    .. "Cyber Group, U.S.-ROK leaders, U.S.-Philippines Secretaries' readout, ROK-U.S. SMA, written "
    .. "beside blind76 and blind77, without the code)",
    gold_dir .. "blind78/" },
  { "seventy-seventh blind set (tests/gold/blind77: multilateral CEN-SAD, Bucharest Nine, NORDEFCO, "
    .. "Mekong-Ganga Cooperation, Association of Caribbean States, written beside blind76 and blind78, "
    .. "without the code)",
    gold_dir .. "blind77/" },
  { "eightieth blind set (tests/gold/blind80: multilateral Craiova Group, Council of the Entente, "
    .. "Kimberley Process, Parties to the Nauru Agreement, Abu Dhabi Dialogue, written beside blind79 "
    .. "and blind81, without the code)",
    gold_dir .. "blind80/" },
  { "seventy-ninth blind set (tests/gold/blind79: Azerbaijan-Kyrgyzstan, Fiji-Kiribati, Eritrea-Yemen, "
    .. "Bolivia-Uruguay, Kenya-Rwanda, written beside blind80 and blind81, without the code)",
    gold_dir .. "blind79/" },
  { "eighty-first blind set (tests/gold/blind81: mainstream U.S.-ROK DSC, Australia-Japan-U.S. chiefs "
    .. "of defence, Australia-Japan-Philippines-U.S. leaders, U.S.-Japan defense readout, Japan-ROK-U.S. "
    .. "foreign ministers, written beside blind79 and blind80, without the code)",
    gold_dir .. "blind81/" },
  { "eighty-second blind set (tests/gold/blind82: Montenegro-Kosovo, Ecuador-Venezuela, Kuwait-Somalia, "
    .. "Malawi-Tanzania, Cook Islands-Solomon Islands, written beside blind83 and blind84, without the code)",
    gold_dir .. "blind82/" },
  { "eighty-fourth blind set (tests/gold/blind84: mainstream ROK-U.S. space working group, U.S.-Japan "
    .. "leaders, Japan-ROK-U.S. cyber working group, U.S.-Australia readout, Quad counterterrorism "
    .. "working group, written beside blind82 and blind83, without the code)",
    gold_dir .. "blind84/" },
  { "eighty-third blind set (tests/gold/blind83: multilateral ECCAS, Andean Community, Council of the "
    .. "Baltic Sea States, OECS, SAARC, written beside blind82 and blind84, without the code)",
    gold_dir .. "blind83/" },
  { "eighty-seventh blind set (tests/gold/blind87: mainstream ROK-U.S. SPI, Australia-U.S. leaders, "
    .. "Japan-U.S. foreign ministers overview, AUKUS submarine industrial base working group, "
    .. "Japan-Philippines-U.S. coast guard commandants, written beside blind85 and blind86, without the code)",
    gold_dir .. "blind87/" },
  { "eighty-fifth blind set (tests/gold/blind85: Indonesia-Timor-Leste, Ghana-Togo, Guatemala-Mexico, "
    .. "Mauritania-Tunisia, Cambodia-Thailand, written beside blind86 and blind87, without the code)",
    gold_dir .. "blind85/" },
  { "eighty-sixth blind set (tests/gold/blind86: multilateral Lake Chad Basin Commission, Barents "
    .. "Euro-Arctic Council, Lancang-Mekong Cooperation, Arab Maghreb Union, CIS, written beside "
    .. "blind85 and blind87, without the code)",
    gold_dir .. "blind86/" },
  { "eighty-eighth blind set (tests/gold/blind88: Latvia-Norway, Saudi Arabia-Sudan, Bolivia-Chile, "
    .. "Tajikistan-Turkmenistan, Samoa-Solomon Islands, written beside blind89 and blind90, without the code)",
    gold_dir .. "blind88/" },
  { "ninetieth blind set (tests/gold/blind90: mainstream ROK-U.S. EDPC, Philippines-U.S. leaders, "
    .. "U.S.-ROK defense readout, Quad maritime security working group, Australia-U.S. force posture "
    .. "working group, written beside blind88 and blind89, without the code)",
    gold_dir .. "blind90/" },
  { "eighty-ninth blind set (tests/gold/blind89: multilateral CEPGL, Brdo-Brijuni Process, OAPEC, "
    .. "Limpopo Watercourse Commission, Baltic Assembly, written beside blind88 and blind90, without "
    .. "the code)",
    gold_dir .. "blind89/" },
  { "ninety-first blind set (tests/gold/blind91: Angola-Cuba, Chile-Malaysia, Czech Republic-Kazakhstan, "
    .. "Serbia-Egypt, Philippines-Palau, written beside blind92 and blind93, without the code)",
    gold_dir .. "blind91/" },
  { "ninety-third blind set (tests/gold/blind93: mainstream Thailand-U.S. DST, Indonesia-U.S. 2+2, "
    .. "U.S.-Vietnam leaders, INDOPACOM-Philippines readout, ANZUS Council, written beside blind91 and "
    .. "blind92, without the code)",
    gold_dir .. "blind93/" },
  { "ninety-second blind set (tests/gold/blind92: multilateral COMESA Council of Ministers, Three Seas "
    .. "Initiative, ICWC, Bali Process, Weimar Triangle, written beside blind91 and blind93, without "
    .. "the code)",
    gold_dir .. "blind92/" },
  { "ninety-fifth blind set (tests/gold/blind95: multilateral CEMAC summit, EU Med Group, CPPS, ASEM "
    .. "foreign ministers, IBSA, written beside blind94 and blind96, without the code)",
    gold_dir .. "blind95/" },
  { "ninety-fourth blind set (tests/gold/blind94: Botswana-Zimbabwe, Australia-Fiji, Belize-Guatemala, "
    .. "Poland-Sweden, ROK-Uzbekistan, written beside blind95 and blind96, without the code)",
    gold_dir .. "blind94/" },
  { "ninety-sixth blind set (tests/gold/blind96: mainstream Singapore-U.S. SSPD, U.S.-Papua New Guinea "
    .. "leaders, Japan-India-U.S. ministerial, U.S.-Malaysia fact sheet, USFJ-JJOC commanders, written "
    .. "beside blind94 and blind95, without the code)",
    gold_dir .. "blind96/" },
  { "ninety-eighth blind set (tests/gold/blind98: multilateral SACU Council, Niger Basin Authority "
    .. "summit, ICPDR, Adriatic and Ionian Initiative, Salzburg Forum, written beside blind97 and "
    .. "blind99, without the code)",
    gold_dir .. "blind98/" },
  { "ninety-ninth blind set (tests/gold/blind99: mainstream ROK-U.S. SOFA Joint Committee, U.S.-New "
    .. "Zealand leaders, Japan-Mongolia-U.S., U.S.-Brunei defense readout, Mekong-U.S. Partnership, "
    .. "written beside blind97 and blind98, without the code)",
    gold_dir .. "blind99/" },
  { "ninety-seventh blind set (tests/gold/blind97: Nigeria-Niger, Brazil-Argentina, Germany-Netherlands, "
    .. "New Zealand-Tonga, Pakistan-Saudi Arabia, written beside blind98 and blind99, without the code)",
    gold_dir .. "blind97/" },
  { "hundred-and-second blind set (tests/gold/blind102: mainstream U.S.-Micronesia JEMCO, "
    .. "Japan-Philippines 2+2, U.S.-Fiji leaders, Pacific Fleet-Vietnam navy readout, Australia-Japan-U.S. "
    .. "infrastructure partnership, written beside blind100 and blind101, without the code)",
    gold_dir .. "blind102/" },
  { "hundred-and-first blind set (tests/gold/blind101: multilateral OACPS Council of Ministers, "
    .. "Micronesian Presidents' Summit, OKACOM, Berlin Process, Lublin Triangle, written beside blind100 "
    .. "and blind102, without the code)",
    gold_dir .. "blind101/" },
  { "hundredth blind set (tests/gold/blind100: Nepal-Sri Lanka, Namibia-Zambia, Ireland-Portugal, "
    .. "El Salvador-Honduras, Jordan-Oman, written beside blind101 and blind102, without the code)",
    gold_dir .. "blind100/" },
  { "hundred-and-third blind set (tests/gold/blind103: Ghana-Burkina Faso, Costa Rica-Dominican "
    .. "Republic, Bangladesh-Uzbekistan, Portugal-Spain, Qatar-Iraq, written beside blind104 and blind105, "
    .. "without the code)",
    gold_dir .. "blind103/" },
  { "hundred-and-fourth blind set (tests/gold/blind104: multilateral CAREC, Joint Expeditionary Force, "
    .. "Sava Commission, Coral Triangle Initiative, Slavkov Format, written beside blind103 and blind105, "
    .. "without the code)",
    gold_dir .. "blind104/" },
  { "hundred-and-fifth blind set (tests/gold/blind105: mainstream Lao PDR-U.S. dialogue, ANZMIN, "
    .. "U.S.-Thailand leaders, PACAF-Indonesian Air Force readout, Japan-ROK-U.S. Trilateral Secretariat "
    .. "fact sheet, written beside blind103 and blind104, without the code)",
    gold_dir .. "blind105/" },
  { "hundred-and-sixth blind set (tests/gold/blind106: Kenya-Tanzania, Mexico-Colombia, Pakistan-Tajikistan, "
    .. "Bulgaria-Romania, Fiji-Papua New Guinea, written beside blind107 and blind108, without the code)",
    gold_dir .. "blind106/" },
  { "hundred-and-seventh blind set (tests/gold/blind107: multilateral Benelux Committee of Ministers, ACMECS, "
    .. "Liptako-Gourma Authority, G4, Asia Cooperation Dialogue, written beside blind106 and blind108, "
    .. "without the code)",
    gold_dir .. "blind107/" },
  { "hundred-and-eighth blind set (tests/gold/blind108: mainstream U.S.-Viet Nam PSDD, Australia-ROK 2+2, "
    .. "U.S.-Indonesia leaders, U.S.-Singapore readout, Japan-Philippines-U.S. fact sheet, written beside "
    .. "blind106 and blind107, without the code)",
    gold_dir .. "blind108/" },
  { "hundred-and-ninth blind set (tests/gold/blind109: Malawi-Zambia, Argentina-Uruguay, Denmark-Norway, "
    .. "Australia-Papua New Guinea, Egypt-Lebanon, written beside blind110 and blind111, without the code)",
    gold_dir .. "blind109/" },
  { "hundred-and-tenth blind set (tests/gold/blind110: multilateral WAEMU summit, E3, Rhine Ministers, "
    .. "Central Asian heads of state, Mekong-Japan, written beside blind109 and blind111, without the code)",
    gold_dir .. "blind110/" },
  { "hundred-and-eleventh blind set (tests/gold/blind111: mainstream Malaysia-U.S. BITACG, Philippines-"
    .. "Australia PAMM, U.S.-Palau leaders, U.S.-Thailand defense readout, Australia-New Zealand-U.S. "
    .. "ministers, written beside blind109 and blind110, without the code)",
    gold_dir .. "blind111/" },
  { "hundred-and-twelfth blind set (tests/gold/blind112: Algeria-Tunisia, India-Guyana, Hungary-Vietnam, "
    .. "Greece-United Arab Emirates, Dominican Republic-Jamaica, written beside blind113 and blind114, "
    .. "without the code)",
    gold_dir .. "blind112/" },
  { "hundred-and-thirteenth blind set (tests/gold/blind113: multilateral FPDA, 5+5 Dialogue, COMESA-EAC-SADC "
    .. "Tripartite, FEALAC, Group of 77 and China, written beside blind112 and blind114, without the code)",
    gold_dir .. "blind113/" },
  { "hundred-and-fourteenth blind set (tests/gold/blind114: mainstream New Zealand-U.S. Strategic Dialogue, "
    .. "Australia-Indonesia 2+2, U.S.-Timor-Leste leaders, U.S.-Vietnam defense readout, Japan-ROK-U.S. "
    .. "economic security, written beside blind112 and blind113, without the code)",
    gold_dir .. "blind114/" },
  { "hundred-and-fifteenth blind set (tests/gold/blind115: Tanzania-Mozambique, Pakistan-Turkiye, "
    .. "Colombia-Panama, Albania-Italy, Guyana-Barbados, written beside blind116 and blind117, without the code)",
    gold_dir .. "blind115/" },
  { "hundred-and-sixteenth blind set (tests/gold/blind116: multilateral ALBA-TCP, Five Country Ministerial, "
    .. "CILSS Council of Ministers, OECD MCM chair, BASIC ministers, written beside blind115 and blind117, "
    .. "without the code)",
    gold_dir .. "blind116/" },
  { "hundred-and-seventeenth blind set (tests/gold/blind117: mainstream RMI-U.S. JEMFAC, Japan-Indonesia 2+2, "
    .. "U.S.-Singapore leaders, USARPAC-Malaysian Army readout, Partners in the Blue Pacific, written beside "
    .. "blind115 and blind116, without the code)",
    gold_dir .. "blind117/" },
  { "hundred-and-eighteenth blind set (tests/gold/blind118: Uganda-Tanzania, India-Maldives, Chile-Peru, "
    .. "Denmark-Germany, Bahrain-Kuwait, written beside blind119 and blind120, without the code)",
    gold_dir .. "blind118/" },
  { "hundred-and-nineteenth blind set (tests/gold/blind119: multilateral RSS Council of Ministers, ASEAN-GCC "
    .. "Summit, LVBC Sectoral Council, A5 defence ministerial chair, Cairns Group ministers, written beside "
    .. "blind118 and blind120, without the code)",
    gold_dir .. "blind119/" },
  { "hundred-and-twentieth blind set (tests/gold/blind120: mainstream Indonesia-U.S. JCM, Australia-India 2+2, "
    .. "U.S.-Malaysia leaders, MARFORPAC-Philippine Marine Corps readout, ROK-U.S. CETD fact sheet, written "
    .. "beside blind118 and blind119, without the code)",
    gold_dir .. "blind120/" },
  { "hundred-and-twenty-first blind set (tests/gold/blind121: Mozambique-Zimbabwe, Mexico-Uruguay, Fiji-ROK, "
    .. "Lithuania-Poland, Iraq-Jordan, written beside blind122 and blind123, without the code)",
    gold_dir .. "blind121/" },
  { "hundred-and-twenty-second blind set (tests/gold/blind122: multilateral ZAMCOM Council of Ministers, CEDC "
    .. "defence ministers, Colombo Process chair, Lima Group, G5 Sahel summit, written beside blind121 and "
    .. "blind123, without the code)",
    gold_dir .. "blind122/" },
  { "hundred-and-twenty-third blind set (tests/gold/blind123: mainstream Japan-U.S. Cyber Dialogue, India-Japan "
    .. "2+2, U.S.-Brunei leaders, U.S.-New Zealand defense readout, ROK-Japan-U.S. TCOG, written beside "
    .. "blind121 and blind122, without the code)",
    gold_dir .. "blind123/" },
  { "hundred-and-twenty-fourth blind set (tests/gold/blind124: Nigeria-South Africa, Brazil-Uruguay, "
    .. "Kazakhstan-Tajikistan, Estonia-Netherlands, Oman-Saudi Arabia, written beside blind125 and blind126, "
    .. "without the code)",
    gold_dir .. "blind124/" },
  { "hundred-and-twenty-fifth blind set (tests/gold/blind125: multilateral UNASUR summit, Baltic Council of "
    .. "Ministers, Benguela Current Commission, IONS chiefs' conclave, Conference of Defense Ministers of the "
    .. "Americas, written beside blind124 and blind126, without the code)",
    gold_dir .. "blind125/" },
  { "hundred-and-twenty-sixth blind set (tests/gold/blind126: mainstream ROK-U.S. HLBC, Japan-ROK-U.S. commerce "
    .. "ministers, U.S.-Solomon Islands leaders, USINDOPACOM-Thailand readout, ASEAN-U.S. summit fact sheet, "
    .. "written beside blind124 and blind125, without the code)",
    gold_dir .. "blind126/" },
  { "hundred-and-twenty-seventh blind set (tests/gold/blind127: Morocco-Senegal, India-Uzbekistan, "
    .. "Argentina-Paraguay, Samoa-New Zealand, UAE-Jordan, written beside blind128 and blind129, without the code)",
    gold_dir .. "blind127/" },
  { "hundred-and-twenty-eighth blind set (tests/gold/blind128, two documents: multilateral South Pacific "
    .. "Defence Ministers, Pacific Islands Development Forum, written beside blind127 and blind129, without the "
    .. "code)",
    gold_dir .. "blind128/" },
  { "hundred-and-twenty-ninth blind set (tests/gold/blind129, two documents: mainstream PNG-U.S. DCA Joint "
    .. "Committee, Japan-New Zealand 2+2, written beside blind127 and blind128, without the code)",
    gold_dir .. "blind129/" },
  { "hundred-and-thirtieth blind set (tests/gold/blind130: Angola-Zambia, Brazil-Chile, Kazakhstan-Pakistan, "
    .. "Croatia-Hungary, Egypt-Saudi Arabia, written beside blind131-133, without the code)",
    gold_dir .. "blind130/" },
  { "hundred-and-thirty-first blind set (tests/gold/blind131: multilateral OHADA Council of Ministers, Tuxtla "
    .. "Mechanism summit, OSPAR Commission, TICAD ministerial, Colombo Plan, written beside blind130, blind132 and "
    .. "blind133, without the code)",
    gold_dir .. "blind131/" },
  { "hundred-and-thirty-second blind set (tests/gold/blind132: mainstream Cambodia-U.S. BDD, U.S.-Tonga leaders, "
    .. "Australia-Philippines-U.S. defence ministers, USINDOPACOM-Timor-Leste readout, Japan-U.S. fact sheet, "
    .. "written beside blind130, blind131 and blind133, without the code)",
    gold_dir .. "blind132/" },
  { "hundred-and-thirty-third blind set (tests/gold/blind133: Indonesia-Mozambique Agreed Minutes, EU-Ghana "
    .. "declaration, Thailand-Peru consultations, ROK-Saudi Arabia co-chairs' summary, Viet Nam-Algeria "
    .. "anniversary communique, written beside blind130-132, without the code)",
    gold_dir .. "blind133/" },
  { "hundred-and-thirty-fourth blind set (tests/gold/blind134: Botswana-Zambia, Panama-Ecuador, "
    .. "Kyrgyzstan-Mongolia, Austria-Slovenia, Trinidad and Tobago-Suriname, written beside blind135-137, "
    .. "without the code)",
    gold_dir .. "blind134/" },
  { "hundred-and-thirty-fifth blind set (tests/gold/blind135: multilateral OPEC and non-OPEC ministers, Greater "
    .. "Mekong Subregion ministers, Alpine Conference, SEDM chair, Volta Basin Authority summit, written beside "
    .. "blind134, blind136 and blind137, without the code)",
    gold_dir .. "blind135/" },
  { "hundred-and-thirty-sixth blind set (tests/gold/blind136: mainstream Thailand-U.S. dialogue, "
    .. "Japan-Philippines-U.S. 3+3, U.S.-Vanuatu leaders, Treasury-ROK readout, Philippines-U.S. fact sheet, "
    .. "written beside blind134, blind135 and blind137, without the code)",
    gold_dir .. "blind136/" },
  { "hundred-and-thirty-seventh blind set (tests/gold/blind137: bilateral kinds rarely used: Colombia-Dominican "
    .. "Republic treaty signing, Lao-Thailand Record of Discussions, GCC-Brazil strategic dialogue, Sri Lanka-Viet "
    .. "Nam navy staff talks, Panama-Morocco declaration of intent, written beside blind134-136, without the code)",
    gold_dir .. "blind137/" },
  { "hundred-and-thirty-eighth blind set (tests/gold/blind138: Senegal-Cabo Verde, Turkmenistan-Uzbekistan, "
    .. "Ireland-Slovenia, Qatar-Jordan, Barbados-Saint Lucia, written beside blind139-141, without the code)",
    gold_dir .. "blind138/" },
  { "hundred-and-thirty-ninth blind set (tests/gold/blind139: multilateral OMVG, IMT-GT, Northern Group, "
    .. "Trifinio commission, Central Five, written beside blind138, blind140 and blind141, without the code)",
    gold_dir .. "blind139/" },
  { "hundred-and-fortieth blind set (tests/gold/blind140: mainstream ROK-U.S. cyber dialogue, "
    .. "Australia-New Zealand-U.S. defence ministers, U.S.-Kiribati leaders, USFK readout, U.S.-Indonesia fact "
    .. "sheet, written beside blind138, blind139 and blind141, without the code)",
    gold_dir .. "blind140/" },
  { "hundred-and-forty-first blind set (tests/gold/blind141: Oman-Tanzania visit, Cambodia-Laos boundary, "
    .. "Bank Indonesia-BSP, ASEAN-Turkiye action plan, Ghana-Sierra Leone Speakers, written beside "
    .. "blind138-140, without the code)",
    gold_dir .. "blind141/" },
  { "hundred-and-forty-second blind set (tests/gold/blind142: Eswatini-Mozambique, Bangladesh-Maldives, "
    .. "Italy-Malta, Bahamas-Jamaica, Bahrain-Jordan, written beside blind143-145, without the code)",
    gold_dir .. "blind142/" },
  { "hundred-and-forty-third blind set (tests/gold/blind143: multilateral GECF, ORASECOM, Hindu Kush Himalaya, "
    .. "Southern Agricultural Council, Smaller Island States, written beside blind142, blind144 and blind145, "
    .. "without the code)",
    gold_dir .. "blind143/" },
  { "hundred-and-forty-fourth blind set (tests/gold/blind144: mainstream Indonesia-U.S. Security Dialogue, "
    .. "Japan-ROK-U.S. finance ministers, U.S.-Mongolia leaders, Space Forces readout, New Zealand-U.S. fact "
    .. "sheet, written beside blind142, blind143 and blind145, without the code)",
    gold_dir .. "blind144/" },
  { "hundred-and-forty-fifth blind set (tests/gold/blind145: Italy-Tunisia interior ministers, "
    .. "Bangladesh-Thailand trade committee, Barbados-Ghana visit, Namibia-Cuba health, Korea-Viet Nam coast "
    .. "guards, written beside blind142-144, without the code)",
    gold_dir .. "blind145/" },
  { "hundred-and-forty-sixth blind set (tests/gold/blind146: Ghana-Cote d'Ivoire joint commission, "
    .. "Argentina-Mexico state visit, Kazakhstan-Turkmenistan foreign ministers, Greece-Cyprus defence, "
    .. "PNG-Vanuatu readout, written beside blind147-149, without the code)",
    gold_dir .. "blind146/" },
  { "hundred-and-forty-seventh blind set (tests/gold/blind147: multilateral BIMP-EAGA summit, Accra "
    .. "Initiative council, Lake Tanganyika Authority, NPDI ministers, Eastern Partnership chair's statement, "
    .. "written beside blind146, blind148 and blind149, without the code)",
    gold_dir .. "blind147/" },
  { "hundred-and-forty-eighth blind set (tests/gold/blind148: mainstream ROK-U.S. SCM, Japan-U.S. 2+2, "
    .. "ROK-U.S. EDSCG, KIDD, Japan-ROK-U.S. defense ministers, written beside blind146, blind147 and "
    .. "blind149, without the code)",
    gold_dir .. "blind148/" },
  { "hundred-and-forty-ninth blind set (tests/gold/blind149: Kenya-Zambia attorneys-general, "
    .. "Mongolia-Germany energy dialogue, Brazil-Portugal chiefs of staff, Lesotho-South Africa water, "
    .. "Gorizia-Nova Gorica mayors, written beside blind146-148, without the code)",
    gold_dir .. "blind149/" },
  { "hundred-and-fiftieth blind set (tests/gold/blind150: Cabo Verde-Guinea-Bissau joint commission, "
    .. "Argentina-Bolivia foreign ministers, India-Nepal state visit, Sweden-Estonia defence, Viet Nam-Fiji "
    .. "release, written beside blind151-153, without the code)",
    gold_dir .. "blind150/" },
  { "hundred-and-fifty-first blind set (tests/gold/blind151: multilateral Franc Zone finance ministers, "
    .. "NSG plenary, G-15 summit, Greater Tumen Initiative, Media Freedom Coalition, written beside "
    .. "blind150, blind152 and blind153, without the code)",
    gold_dir .. "blind151/" },
  { "hundred-and-fifty-second blind set (tests/gold/blind152: mainstream AUSMIN, Quad foreign ministers, "
    .. "AUKUS defence ministers, Singapore-U.S. SPD, U.S.-Philippines readout, written beside blind150, "
    .. "blind151 and blind153, without the code)",
    gold_dir .. "blind152/" },
  { "hundred-and-fifty-third blind set (tests/gold/blind153: Kiribati-Marshall Islands fisheries, "
    .. "Philippines-Kuwait consular consultations, INEC-ECJ election commissions, Mexico-Egypt culture, "
    .. "Czech-Viet Nam parliamentary committees, written beside blind150-152, without the code)",
    gold_dir .. "blind153/" },
  { "hundred-and-fifty-fourth blind set (tests/gold/blind154: Nigeria-Benin joint commission, "
    .. "Uzbekistan-Tajikistan state visit, Jordan-Lebanon foreign ministers, Fiji-Vanuatu security "
    .. "committee, Jamaica-Belize press release, written beside blind155-157, without the code)",
    gold_dir .. "blind154/" },
  { "hundred-and-fifty-fifth blind set (tests/gold/blind155: multilateral CICOS ministers, ASEANAPOL, "
    .. "Climate Vulnerable Forum, ROPME council, GCTF co-chairs, written beside blind154, blind156 and "
    .. "blind157, without the code)",
    gold_dir .. "blind155/" },
  { "hundred-and-fifty-sixth blind set (tests/gold/blind156: mainstream ROK-U.S. MCM, U.S.-Japan leaders, "
    .. "NCG, ROK-U.S. 2+2, Japan-U.S. EDD readout, written beside blind154, blind155 and blind157, "
    .. "without the code)",
    gold_dir .. "blind156/" },
  { "hundred-and-fifty-seventh blind set (tests/gold/blind157: Egypt-Nigeria space agencies, Sri "
    .. "Lanka-Bahrain labour ministers, Philippines-Qatar transport, Mongolia-Bhutan anti-corruption "
    .. "agencies, Uruguay-Portugal port authorities, written beside blind154-156, without the code)",
    gold_dir .. "blind157/" },
  { "hundred-and-fifty-eighth blind set (tests/gold/blind158: Rwanda-Zambia joint permanent commission, "
    .. "Chile-Dominican Republic state visit, Pakistan-Uzbekistan foreign ministers, Latvia-Portugal defence, "
    .. "Cook Islands-New Zealand officials' talks, written beside blind159-161, without the code)",
    gold_dir .. "blind158/" },
  { "hundred-and-fifty-ninth blind set (tests/gold/blind159: multilateral Heart of Asia-Istanbul Process, "
    .. "COMJIB plenary, APRM Forum, Central Asia plus Japan, Community of Democracies, written beside "
    .. "blind158, blind160 and blind161, without the code)",
    gold_dir .. "blind159/" },
  { "hundred-and-sixtieth blind set (tests/gold/blind160: mainstream Canada-U.S. PJBD, NATO-IP4 foreign "
    .. "ministers, State Department trilateral readout, U.S.-Viet Nam fact sheet, KIDD, written beside "
    .. "blind158, blind159 and blind161, without the code)",
    gold_dir .. "blind160/" },
  { "hundred-and-sixty-first blind set (tests/gold/blind161: Maldives-Seychelles met services, "
    .. "Jamaica-Kenya sports ministers, Qatar-Kazakhstan financial intelligence units, Debrecen-UCE "
    .. "rectors, ODPM-NaDMA disaster agencies, written beside blind158-160, without the code)",
    gold_dir .. "blind161/" },
  { "hundred-and-sixty-second blind set (tests/gold/blind162: bilateral, neither party the United States, "
    .. "written beside blind163-165, without the code)",
    gold_dir .. "blind162/" },
  { "hundred-and-sixty-third blind set (tests/gold/blind163: multilateral bodies, written beside "
    .. "blind162, blind164 and blind165, without the code)",
    gold_dir .. "blind163/" },
  { "hundred-and-sixty-fourth blind set (tests/gold/blind164: mainstream U.S. alliances, written beside "
    .. "blind162, blind163 and blind165, without the code)",
    gold_dir .. "blind164/" },
  { "hundred-and-sixty-fifth blind set (tests/gold/blind165: Russia-India-China foreign ministers, "
    .. "EU-Canada summit, Egypt-Cyprus-Greece summit, Baltic defence ministers, Australia-India-Japan "
    .. "trade ministers, written beside blind162-164, without the code)",
    gold_dir .. "blind165/" },
  { "hundred-and-sixty-sixth blind set (tests/gold/blind166: Kazakhstan-Slovakia commission, Ecuador-"
    .. "Philippines visit, Poland-Uzbekistan partnership, Brunei-Oman defence dialogue, Jamaica-Colombia "
    .. "maritime protocol, written beside blind167-169, without the code)",
    gold_dir .. "blind166/" },
  { "hundred-and-sixty-seventh blind set (tests/gold/blind167: multilateral bodies, written beside "
    .. "blind166, blind168 and blind169, without the code)",
    gold_dir .. "blind167/" },
  { "hundred-and-sixty-eighth blind set (tests/gold/blind168: mainstream U.S. alliances, written beside "
    .. "blind166, blind167 and blind169, without the code)",
    gold_dir .. "blind168/" },
  { "hundred-and-sixty-ninth blind set (tests/gold/blind169: one government's own statements about "
    .. "meetings, written beside blind166-168, without the code)",
    gold_dir .. "blind169/" },
  { "hundred-and-seventieth blind set (tests/gold/blind170: bilateral, neither party the United States, "
    .. "written beside blind171-173, without the code)",
    gold_dir .. "blind170/" },
  { "hundred-and-seventy-first blind set (tests/gold/blind171: multilateral bodies, written beside "
    .. "blind170, blind172 and blind173, without the code)",
    gold_dir .. "blind171/" },
  { "hundred-and-seventy-second blind set (tests/gold/blind172: mainstream U.S. alliances, written beside "
    .. "blind170, blind171 and blind173, without the code)",
    gold_dir .. "blind172/" },
  { "hundred-and-seventy-third blind set (tests/gold/blind173: leaders' statements: Spain-Italy summit, "
    .. "Romania-Poland-Turkiye summit, Canada-Ghana call, Brazil-Indonesia visit, Viet Nam-New Zealand "
    .. "vision, written beside blind170-172, without the code)",
    gold_dir .. "blind173/" },
  { "hundred-and-seventy-fourth blind set (tests/gold/blind174: bilateral kinds rarely used, written beside "
    .. "blind175-177, without the code)",
    gold_dir .. "blind174/" },
  { "hundred-and-seventy-fifth blind set (tests/gold/blind175: multilateral bodies, written beside "
    .. "blind174, blind176 and blind177, without the code)",
    gold_dir .. "blind175/" },
  { "hundred-and-seventy-sixth blind set (tests/gold/blind176: mainstream U.S. alliances, written beside "
    .. "blind174, blind175 and blind177, without the code)",
    gold_dir .. "blind176/" },
  { "hundred-and-seventy-seventh blind set (tests/gold/blind177: news-style readouts: Sweden-New Zealand "
    .. "call, Canada-Kenya margins, Thailand-Uruguay spokesperson, Japan-Zambia embassy release, "
    .. "Madagascar presidency, written beside blind174-176, without the code)",
    gold_dir .. "blind177/" },
  { "hundred-and-seventy-eighth blind set (tests/gold/blind178: bilateral, neither party the United "
    .. "States, written beside blind179-181, without the code)",
    gold_dir .. "blind178/" },
  { "hundred-and-seventy-ninth blind set (tests/gold/blind179: multilateral bodies, written beside "
    .. "blind178, blind180 and blind181, without the code)",
    gold_dir .. "blind179/" },
  { "hundred-and-eightieth blind set (tests/gold/blind180: mainstream U.S. alliances, written beside "
    .. "blind178, blind179 and blind181, without the code)",
    gold_dir .. "blind180/" },
  { "hundred-and-eighty-first blind set (tests/gold/blind181: trilateral and plurilateral ministers "
    .. "without the United States: Azerbaijan-Georgia-Turkiye, Central American defence quartet, "
    .. "Lobito Corridor, Trans-Saharan pipeline, Austria-Hungary-Serbia, written beside blind178-180, "
    .. "without the code)",
    gold_dir .. "blind181/" },
  { "hundred-and-eighty-second blind set (tests/gold/blind182: leaders' statements and declarations, "
    .. "written beside blind183-185, without the code)",
    gold_dir .. "blind182/" },
  { "hundred-and-eighty-third blind set (tests/gold/blind183: one government's own statements: South "
    .. "Africa-Chile, Estonia-Japan call, Poland-ROK dialogue, Sierra Leone-Senegal summit, New "
    .. "Zealand-Mexico JEC, written beside blind182, blind184 and blind185, without the code)",
    gold_dir .. "blind183/" },
  { "hundred-and-eighty-fourth blind set (tests/gold/blind184: mainstream U.S. alliances, written beside "
    .. "blind182, blind183 and blind185, without the code)",
    gold_dir .. "blind184/" },
  { "hundred-and-eighty-fifth blind set (tests/gold/blind185: bilateral, neither party the United "
    .. "States, in rarer kinds, written beside blind182-184, without the code)",
    gold_dir .. "blind185/" },
  { "hundred-and-eighty-sixth blind set (tests/gold/blind186: multilateral bodies, written beside "
    .. "blind187-189, without the code)",
    gold_dir .. "blind186/" },
  { "hundred-and-eighty-seventh blind set (tests/gold/blind187: news-style readouts and releases: Czech "
    .. "defence call, UK prime minister's readout, Egyptian spokesman, Philippine embassy, Montenegrin "
    .. "presidency, written beside blind186, blind188 and blind189, without the code)",
    gold_dir .. "blind187/" },
  { "hundred-and-eighty-eighth blind set (tests/gold/blind188: mainstream: MDB, Japan-ROK-U.S. TMM, SPI, "
    .. "State readout with the UK and Australia, U.S.-UK defence ministers, written beside blind186, "
    .. "blind187 and blind189, without the code)",
    gold_dir .. "blind188/" },
  { "hundred-and-eighty-ninth blind set (tests/gold/blind189: bilateral, neither party the United "
    .. "States, written beside blind186-188, without the code)",
    gold_dir .. "blind189/" },
  { "hundred-and-ninetieth blind set (tests/gold/blind190: trilateral and plurilateral ministers without "
    .. "the United States, written beside blind191-193, without the code)",
    gold_dir .. "blind190/" },
  { "hundred-and-ninety-first blind set (tests/gold/blind191: leaders' statements and declarations, "
    .. "written beside blind190, blind192 and blind193, without the code)",
    gold_dir .. "blind191/" },
  { "hundred-and-ninety-second blind set (tests/gold/blind192: one government's own statements, written "
    .. "beside blind190, blind191 and blind193, without the code)",
    gold_dir .. "blind192/" },
  { "hundred-and-ninety-third blind set (tests/gold/blind193: bilateral kinds rarely seen: Ghana-Gambia "
    .. "central banks, Finland-Viet Nam education, Timor-Leste-Australia police, Guyana-Brazil energy, "
    .. "Germany-ROK policy planning, written beside blind190-192, without the code)",
    gold_dir .. "blind193/" },
  { "hundred-and-ninety-fourth blind set (tests/gold/blind194: multilateral bodies, written beside "
    .. "blind195-197, without the code)",
    gold_dir .. "blind194/" },
  { "hundred-and-ninety-fifth blind set (tests/gold/blind195: news-style readouts and releases, written "
    .. "beside blind194, blind196 and blind197, without the code)",
    gold_dir .. "blind195/" },
  { "hundred-and-ninety-sixth blind set (tests/gold/blind196: mainstream: a ROK-U.S. vice-ministerial "
    .. "consultation and the Türkiye-U.S. Strategic Mechanism (two documents), written beside blind194, "
    .. "blind195 and blind197, without the code)",
    gold_dir .. "blind196/" },
  { "hundred-and-ninety-seventh blind set (tests/gold/blind197: bilateral, neither party the United "
    .. "States, written beside blind194-196, without the code)",
    gold_dir .. "blind197/" },
  { "hundred-and-ninety-eighth blind set (tests/gold/blind198: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind199-201, without the code)",
    gold_dir .. "blind198/" },
  { "hundred-and-ninety-ninth blind set (tests/gold/blind199: leaders' statements and declarations, "
    .. "written beside blind198, blind200 and blind201, without the code)",
    gold_dir .. "blind199/" },
  { "two-hundredth blind set (tests/gold/blind200: one government's own statements about meetings, "
    .. "written beside blind198, blind199 and blind201, without the code)",
    gold_dir .. "blind200/" },
  { "two-hundred-and-first blind set (tests/gold/blind201: mainstream: U.S. strategic dialogues with "
    .. "Greece and Qatar, Baltic defence ministers, a State readout, KIDD, written beside blind198-200, "
    .. "without the code)",
    gold_dir .. "blind201/" },
  { "two-hundred-and-second blind set (tests/gold/blind202: bilateral, neither party the United States, "
    .. "written beside blind203-205, without the code)",
    gold_dir .. "blind202/" },
  { "two-hundred-and-third blind set (tests/gold/blind203: multilateral bodies, written beside blind202, "
    .. "blind204 and blind205, without the code)",
    gold_dir .. "blind203/" },
  { "two-hundred-and-fourth blind set (tests/gold/blind204: news-style readouts and releases, written "
    .. "beside blind202, blind203 and blind205, without the code)",
    gold_dir .. "blind204/" },
  { "two-hundred-and-fifth blind set (tests/gold/blind205: bilateral kinds rarely seen, written beside "
    .. "blind202-204, without the code)",
    gold_dir .. "blind205/" },
  { "two-hundred-and-sixth blind set (tests/gold/blind206: mainstream, written beside blind207-209, without "
    .. "the code)",
    gold_dir .. "blind206/" },
  { "two-hundred-and-seventh blind set (tests/gold/blind207: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind206, blind208 and blind209, without the code)",
    gold_dir .. "blind207/" },
  { "two-hundred-and-eighth blind set (tests/gold/blind208: leaders' statements and declarations, written "
    .. "beside blind206, blind207 and blind209, without the code)",
    gold_dir .. "blind208/" },
  { "two-hundred-and-ninth blind set (tests/gold/blind209: one government's own statements about meetings, "
    .. "written beside blind206-208, without the code)",
    gold_dir .. "blind209/" },
  { "two-hundred-and-tenth blind set (tests/gold/blind210: bilateral, neither party the United States, "
    .. "written beside blind211-213, without the code)",
    gold_dir .. "blind210/" },
  { "two-hundred-and-eleventh blind set (tests/gold/blind211: multilateral bodies, written beside blind210, "
    .. "blind212 and blind213, without the code)",
    gold_dir .. "blind211/" },
  { "two-hundred-and-twelfth blind set (tests/gold/blind212: news-style readouts and releases, written "
    .. "beside blind210, blind211 and blind213, without the code)",
    gold_dir .. "blind212/" },
  { "two-hundred-and-thirteenth blind set (tests/gold/blind213: bilateral kinds rarely seen, written beside "
    .. "blind210-212, without the code)",
    gold_dir .. "blind213/" },
  { "two-hundred-and-fourteenth blind set (tests/gold/blind214: mainstream, written beside blind215-217, "
    .. "without the code)",
    gold_dir .. "blind214/" },
  { "two-hundred-and-fifteenth blind set (tests/gold/blind215: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind214, blind216 and blind217, without the code)",
    gold_dir .. "blind215/" },
  { "two-hundred-and-sixteenth blind set (tests/gold/blind216: leaders' statements and declarations, written "
    .. "beside blind214, blind215 and blind217, without the code)",
    gold_dir .. "blind216/" },
  { "two-hundred-and-seventeenth blind set (tests/gold/blind217: one government's own statements about "
    .. "meetings, written beside blind214-216, without the code)",
    gold_dir .. "blind217/" },
  { "two-hundred-and-eighteenth blind set (tests/gold/blind218: bilateral, neither party the United States, "
    .. "written beside blind219-221, without the code)",
    gold_dir .. "blind218/" },
  { "two-hundred-and-nineteenth blind set (tests/gold/blind219: multilateral bodies, written beside blind218, "
    .. "blind220 and blind221, without the code)",
    gold_dir .. "blind219/" },
  { "two-hundred-and-twentieth blind set (tests/gold/blind220: news-style readouts and releases, written "
    .. "beside blind218, blind219 and blind221, without the code)",
    gold_dir .. "blind220/" },
  { "two-hundred-and-twenty-first blind set (tests/gold/blind221: bilateral kinds rarely seen, written "
    .. "beside blind218-220, without the code)",
    gold_dir .. "blind221/" },
  { "two-hundred-and-twenty-second blind set (tests/gold/blind222: mainstream, written beside blind223-225, "
    .. "without the code)",
    gold_dir .. "blind222/" },
  { "two-hundred-and-twenty-third blind set (tests/gold/blind223: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind222, blind224 and blind225, without the code)",
    gold_dir .. "blind223/" },
  { "two-hundred-and-twenty-fourth blind set (tests/gold/blind224: leaders' statements and declarations, written "
    .. "beside blind222, blind223 and blind225, without the code)",
    gold_dir .. "blind224/" },
  { "two-hundred-and-twenty-fifth blind set (tests/gold/blind225: one government's own statements about "
    .. "meetings, written beside blind222-224, without the code)",
    gold_dir .. "blind225/" },
  { "two-hundred-and-twenty-sixth blind set (tests/gold/blind226: bilateral, neither party the United States, "
    .. "written beside blind227-229, without the code)",
    gold_dir .. "blind226/" },
  { "two-hundred-and-twenty-seventh blind set (tests/gold/blind227: multilateral bodies, written beside blind226, "
    .. "blind228 and blind229, without the code)",
    gold_dir .. "blind227/" },
  { "two-hundred-and-twenty-eighth blind set (tests/gold/blind228: news-style readouts and releases, written "
    .. "beside blind226, blind227 and blind229, without the code)",
    gold_dir .. "blind228/" },
  { "two-hundred-and-twenty-ninth blind set (tests/gold/blind229: bilateral kinds rarely seen, written "
    .. "beside blind226-228, without the code)",
    gold_dir .. "blind229/" },
  { "two-hundred-and-thirtieth blind set (tests/gold/blind230: mainstream, written beside blind231-233, "
    .. "without the code)",
    gold_dir .. "blind230/" },
  { "two-hundred-and-thirty-first blind set (tests/gold/blind231: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind230, blind232 and blind233, without the code)",
    gold_dir .. "blind231/" },
  { "two-hundred-and-thirty-second blind set (tests/gold/blind232: leaders' statements and declarations, written "
    .. "beside blind230, blind231 and blind233, without the code)",
    gold_dir .. "blind232/" },
  { "two-hundred-and-thirty-third blind set (tests/gold/blind233: one government's own statements about "
    .. "meetings, written beside blind230-232, without the code)",
    gold_dir .. "blind233/" },
  { "two-hundred-and-thirty-fourth blind set (tests/gold/blind234: bilateral, neither party the United States, "
    .. "written beside blind235-237, without the code)",
    gold_dir .. "blind234/" },
  { "two-hundred-and-thirty-fifth blind set (tests/gold/blind235: multilateral, written beside blind234, blind236 "
    .. "and blind237, without the code)",
    gold_dir .. "blind235/" },
  { "two-hundred-and-thirty-sixth blind set (tests/gold/blind236: readouts and press statements in news style, "
    .. "written beside blind234, blind235 and blind237, without the code)",
    gold_dir .. "blind236/" },
  { "two-hundred-and-thirty-seventh blind set (tests/gold/blind237: bilateral kinds rarely seen, written beside "
    .. "blind234-236, without the code)",
    gold_dir .. "blind237/" },
  { "two-hundred-and-thirty-eighth blind set (tests/gold/blind238: mainstream, written beside blind239-241, "
    .. "without the code)",
    gold_dir .. "blind238/" },
  { "two-hundred-and-thirty-ninth blind set (tests/gold/blind239: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind238, blind240 and blind241, without the code)",
    gold_dir .. "blind239/" },
  { "two-hundred-and-fortieth blind set (tests/gold/blind240: leaders' statements and declarations, written "
    .. "beside blind238, blind239 and blind241, without the code)",
    gold_dir .. "blind240/" },
  { "two-hundred-and-forty-first blind set (tests/gold/blind241: one government's own statements about "
    .. "meetings, written beside blind238-240, without the code)",
    gold_dir .. "blind241/" },
  { "two-hundred-and-forty-second blind set (tests/gold/blind242: bilateral, neither party the United States, "
    .. "written beside blind243-245, without the code)",
    gold_dir .. "blind242/" },
  { "two-hundred-and-forty-third blind set (tests/gold/blind243: multilateral, written beside blind242, blind244 "
    .. "and blind245, without the code)",
    gold_dir .. "blind243/" },
  { "two-hundred-and-forty-fourth blind set (tests/gold/blind244: readouts and press statements in news style, "
    .. "written beside blind242, blind243 and blind245, without the code)",
    gold_dir .. "blind244/" },
  { "two-hundred-and-forty-fifth blind set (tests/gold/blind245: bilateral kinds rarely seen, written beside "
    .. "blind242-244, without the code)",
    gold_dir .. "blind245/" },
  { "two-hundred-and-forty-sixth blind set (tests/gold/blind246: mainstream, written beside blind247-249, "
    .. "without the code)",
    gold_dir .. "blind246/" },
  { "two-hundred-and-forty-seventh blind set (tests/gold/blind247: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind246, blind248 and blind249, without the code)",
    gold_dir .. "blind247/" },
  { "two-hundred-and-forty-eighth blind set (tests/gold/blind248: leaders' statements and declarations, written "
    .. "beside blind246, blind247 and blind249, without the code)",
    gold_dir .. "blind248/" },
  { "two-hundred-and-forty-ninth blind set (tests/gold/blind249: one government's own statements about "
    .. "meetings, written beside blind246-248, without the code)",
    gold_dir .. "blind249/" },
  { "two-hundred-and-fiftieth blind set (tests/gold/blind250: bilateral, neither party the United States, "
    .. "written beside blind251-253, without the code)",
    gold_dir .. "blind250/" },
  { "two-hundred-and-fifty-first blind set (tests/gold/blind251: multilateral, written beside blind250, blind252 "
    .. "and blind253, without the code)",
    gold_dir .. "blind251/" },
  { "two-hundred-and-fifty-second blind set (tests/gold/blind252: readouts and press statements in news style, "
    .. "written beside blind250, blind251 and blind253, without the code)",
    gold_dir .. "blind252/" },
  { "two-hundred-and-fifty-third blind set (tests/gold/blind253: bilateral kinds rarely seen, written beside "
    .. "blind250-252, without the code)",
    gold_dir .. "blind253/" },
  { "two-hundred-and-fifty-fourth blind set (tests/gold/blind254: mainstream, written beside blind255-257, "
    .. "without the code)",
    gold_dir .. "blind254/" },
  { "two-hundred-and-fifty-fifth blind set (tests/gold/blind255: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind254, blind256 and blind257, without the code)",
    gold_dir .. "blind255/" },
  { "two-hundred-and-fifty-sixth blind set (tests/gold/blind256: leaders' statements and declarations, written "
    .. "beside blind254, blind255 and blind257, without the code)",
    gold_dir .. "blind256/" },
  { "two-hundred-and-fifty-seventh blind set (tests/gold/blind257: one government's own statements about "
    .. "meetings, written beside blind254-256, without the code)",
    gold_dir .. "blind257/" },
  { "two-hundred-and-fifty-eighth blind set (tests/gold/blind258: bilateral, neither party the United States, "
    .. "written beside blind259-261, without the code)",
    gold_dir .. "blind258/" },
  { "two-hundred-and-fifty-ninth blind set (tests/gold/blind259: multilateral, written beside blind258, blind260 "
    .. "and blind261, without the code)",
    gold_dir .. "blind259/" },
  { "two-hundred-and-sixtieth blind set (tests/gold/blind260: readouts and press statements in news style, "
    .. "written beside blind258, blind259 and blind261, without the code)",
    gold_dir .. "blind260/" },
  { "two-hundred-and-sixty-first blind set (tests/gold/blind261: bilateral kinds rarely seen, written beside "
    .. "blind258-260, without the code)",
    gold_dir .. "blind261/" },
  { "two-hundred-and-sixty-second blind set (tests/gold/blind262: mainstream, written beside blind263-265, "
    .. "without the code)",
    gold_dir .. "blind262/" },
  { "two-hundred-and-sixty-third blind set (tests/gold/blind263: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind262, blind264 and blind265, without the code)",
    gold_dir .. "blind263/" },
  { "two-hundred-and-sixty-fourth blind set (tests/gold/blind264: leaders' statements and declarations, written "
    .. "beside blind262, blind263 and blind265, without the code)",
    gold_dir .. "blind264/" },
  { "two-hundred-and-sixty-fifth blind set (tests/gold/blind265: one government's own statements about "
    .. "meetings, written beside blind262-264, without the code)",
    gold_dir .. "blind265/" },
  { "two-hundred-and-sixty-sixth blind set (tests/gold/blind266: bilateral, neither party the United States, "
    .. "written beside blind267-269, without the code)",
    gold_dir .. "blind266/" },
  { "two-hundred-and-sixty-seventh blind set (tests/gold/blind267: multilateral, written beside blind266, blind268 "
    .. "and blind269, without the code)",
    gold_dir .. "blind267/" },
  { "two-hundred-and-sixty-eighth blind set (tests/gold/blind268: readouts and press statements in news style, "
    .. "written beside blind266, blind267 and blind269, without the code)",
    gold_dir .. "blind268/" },
  { "two-hundred-and-sixty-ninth blind set (tests/gold/blind269: bilateral kinds rarely seen, written beside "
    .. "blind266-268, without the code)",
    gold_dir .. "blind269/" },
  { "two-hundred-and-seventieth blind set (tests/gold/blind270: mainstream, written beside blind271-273, "
    .. "without the code)",
    gold_dir .. "blind270/" },
  { "two-hundred-and-seventy-first blind set (tests/gold/blind271: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind270, blind272 and blind273, without the code)",
    gold_dir .. "blind271/" },
  { "two-hundred-and-seventy-second blind set (tests/gold/blind272: leaders' statements and declarations, written "
    .. "beside blind270, blind271 and blind273, without the code)",
    gold_dir .. "blind272/" },
  { "two-hundred-and-seventy-third blind set (tests/gold/blind273: one government's own statements about "
    .. "meetings, written beside blind270-272, without the code)",
    gold_dir .. "blind273/" },
  { "two-hundred-and-seventy-fourth blind set (tests/gold/blind274: bilateral, neither party the United States, "
    .. "written beside blind275-277, without the code)",
    gold_dir .. "blind274/" },
  { "two-hundred-and-seventy-fifth blind set (tests/gold/blind275: multilateral, written beside blind274, blind276 "
    .. "and blind277, without the code)",
    gold_dir .. "blind275/" },
  { "two-hundred-and-seventy-sixth blind set (tests/gold/blind276: readouts and press statements in news style, "
    .. "written beside blind274, blind275 and blind277, without the code)",
    gold_dir .. "blind276/" },
  { "two-hundred-and-seventy-seventh blind set (tests/gold/blind277: bilateral kinds rarely seen, written beside "
    .. "blind274-276, without the code)",
    gold_dir .. "blind277/" },
  { "two-hundred-and-seventy-eighth blind set (tests/gold/blind278: mainstream, written beside blind279-281, "
    .. "without the code)",
    gold_dir .. "blind278/" },
  { "two-hundred-and-seventy-ninth blind set (tests/gold/blind279: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind278, blind280 and blind281, without the code)",
    gold_dir .. "blind279/" },
  { "two-hundred-and-eightieth blind set (tests/gold/blind280: leaders' statements and declarations, written "
    .. "beside blind278, blind279 and blind281, without the code)",
    gold_dir .. "blind280/" },
  { "two-hundred-and-eighty-first blind set (tests/gold/blind281: one government's own statements about "
    .. "meetings, written beside blind278-280, without the code)",
    gold_dir .. "blind281/" },
  { "two-hundred-and-eighty-second blind set (tests/gold/blind282: bilateral, neither party the United States, "
    .. "written beside blind283-285, without the code)",
    gold_dir .. "blind282/" },
  { "two-hundred-and-eighty-third blind set (tests/gold/blind283: multilateral, written beside blind282, blind284 "
    .. "and blind285, without the code)",
    gold_dir .. "blind283/" },
  { "two-hundred-and-eighty-fourth blind set (tests/gold/blind284: readouts and press statements in news style, "
    .. "written beside blind282, blind283 and blind285, without the code)",
    gold_dir .. "blind284/" },
  { "two-hundred-and-eighty-fifth blind set (tests/gold/blind285: bilateral kinds rarely seen, written beside "
    .. "blind282-284, without the code)",
    gold_dir .. "blind285/" },
  { "two-hundred-and-eighty-sixth blind set (tests/gold/blind286: mainstream, written beside blind287-289, "
    .. "without the code)",
    gold_dir .. "blind286/" },
  { "two-hundred-and-eighty-seventh blind set (tests/gold/blind287: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind286, blind288 and blind289, without the code)",
    gold_dir .. "blind287/" },
  { "two-hundred-and-eighty-eighth blind set (tests/gold/blind288: leaders' statements and declarations, written "
    .. "beside blind286, blind287 and blind289, without the code)",
    gold_dir .. "blind288/" },
  { "two-hundred-and-eighty-ninth blind set (tests/gold/blind289: one government's own statements about "
    .. "meetings, written beside blind286-288, without the code)",
    gold_dir .. "blind289/" },
  { "two-hundred-and-ninetieth blind set (tests/gold/blind290: bilateral, neither party the United States, "
    .. "written beside blind291-293, without the code)",
    gold_dir .. "blind290/" },
  { "two-hundred-and-ninety-first blind set (tests/gold/blind291: multilateral, written beside blind290, blind292 "
    .. "and blind293, without the code)",
    gold_dir .. "blind291/" },
  { "two-hundred-and-ninety-second blind set (tests/gold/blind292: readouts and press statements in news style, "
    .. "written beside blind290, blind291 and blind293, without the code)",
    gold_dir .. "blind292/" },
  { "two-hundred-and-ninety-third blind set (tests/gold/blind293: bilateral kinds rarely seen, written beside "
    .. "blind290-292, without the code)",
    gold_dir .. "blind293/" },
  { "two-hundred-and-ninety-fourth blind set (tests/gold/blind294: mainstream, written beside blind295-297, "
    .. "without the code)",
    gold_dir .. "blind294/" },
  { "two-hundred-and-ninety-fifth blind set (tests/gold/blind295: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind294, blind296 and blind297, without the code)",
    gold_dir .. "blind295/" },
  { "two-hundred-and-ninety-sixth blind set (tests/gold/blind296: leaders' statements and declarations, written "
    .. "beside blind294, blind295 and blind297, without the code)",
    gold_dir .. "blind296/" },
  { "two-hundred-and-ninety-seventh blind set (tests/gold/blind297: one government's own statements about "
    .. "meetings, written beside blind294-296, without the code)",
    gold_dir .. "blind297/" },
  { "two-hundred-and-ninety-eighth blind set (tests/gold/blind298: bilateral, neither party the United States, "
    .. "written beside blind299-301, without the code)",
    gold_dir .. "blind298/" },
  { "two-hundred-and-ninety-ninth blind set (tests/gold/blind299: multilateral, written beside blind298, "
    .. "blind300 and blind301, without the code)",
    gold_dir .. "blind299/" },
  { "three-hundredth blind set (tests/gold/blind300: readouts and press statements in news style, written "
    .. "beside blind298, blind299 and blind301, without the code)",
    gold_dir .. "blind300/" },
  { "three-hundred-and-first blind set (tests/gold/blind301: bilateral kinds rarely seen, written beside "
    .. "blind298-300, without the code)",
    gold_dir .. "blind301/" },
  { "three-hundred-and-second blind set (tests/gold/blind302: mainstream, written beside blind303-305, "
    .. "without the code)",
    gold_dir .. "blind302/" },
  { "three-hundred-and-third blind set (tests/gold/blind303: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind302, blind304 and blind305, without the code)",
    gold_dir .. "blind303/" },
  { "three-hundred-and-fourth blind set (tests/gold/blind304: leaders' statements and declarations, written "
    .. "beside blind302, blind303 and blind305, without the code)",
    gold_dir .. "blind304/" },
  { "three-hundred-and-fifth blind set (tests/gold/blind305: one government's own statements about "
    .. "meetings, written beside blind302-304, without the code)",
    gold_dir .. "blind305/" },
  { "three-hundred-and-sixth blind set (tests/gold/blind306: bilateral, neither party the United States, "
    .. "written beside blind307-309, without the code)",
    gold_dir .. "blind306/" },
  { "three-hundred-and-seventh blind set (tests/gold/blind307: multilateral, written beside blind306, "
    .. "blind308 and blind309, without the code)",
    gold_dir .. "blind307/" },
  { "three-hundred-and-eighth blind set (tests/gold/blind308: readouts and press statements in news style, "
    .. "written beside blind306, blind307 and blind309, without the code)",
    gold_dir .. "blind308/" },
  { "three-hundred-and-ninth blind set (tests/gold/blind309: bilateral kinds rarely seen, written beside "
    .. "blind306-308, without the code)",
    gold_dir .. "blind309/" },
  { "three-hundred-and-tenth blind set (tests/gold/blind310: mainstream, written beside blind311-313, "
    .. "without the code)",
    gold_dir .. "blind310/" },
  { "three-hundred-and-eleventh blind set (tests/gold/blind311: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind310, blind312 and blind313, without the code)",
    gold_dir .. "blind311/" },
  { "three-hundred-and-twelfth blind set (tests/gold/blind312: leaders' statements and declarations, written "
    .. "beside blind310, blind311 and blind313, without the code)",
    gold_dir .. "blind312/" },
  { "three-hundred-and-thirteenth blind set (tests/gold/blind313: one government's own statements about "
    .. "meetings, written beside blind310-312, without the code)",
    gold_dir .. "blind313/" },
  { "three-hundred-and-fourteenth blind set (tests/gold/blind314: bilateral, neither party the United States, "
    .. "written beside blind315-317, without the code)",
    gold_dir .. "blind314/" },
  { "three-hundred-and-fifteenth blind set (tests/gold/blind315: multilateral, written beside blind314, "
    .. "blind316 and blind317, without the code)",
    gold_dir .. "blind315/" },
  { "three-hundred-and-sixteenth blind set (tests/gold/blind316: readouts and press statements in news style, "
    .. "written beside blind314, blind315 and blind317, without the code)",
    gold_dir .. "blind316/" },
  { "three-hundred-and-seventeenth blind set (tests/gold/blind317: bilateral kinds rarely seen, written beside "
    .. "blind314-316, without the code)",
    gold_dir .. "blind317/" },
  { "three-hundred-and-eighteenth blind set (tests/gold/blind318: mainstream, written beside blind319-321, "
    .. "without the code)",
    gold_dir .. "blind318/" },
  { "three-hundred-and-nineteenth blind set (tests/gold/blind319: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind318, blind320 and blind321, without the code)",
    gold_dir .. "blind319/" },
  { "three-hundred-and-twentieth blind set (tests/gold/blind320: leaders' statements and declarations, written "
    .. "beside blind318, blind319 and blind321, without the code)",
    gold_dir .. "blind320/" },
  { "three-hundred-and-twenty-first blind set (tests/gold/blind321: one government's own statements about "
    .. "meetings, written beside blind318-320, without the code)",
    gold_dir .. "blind321/" },
  { "three-hundred-and-twenty-second blind set (tests/gold/blind322: bilateral statements without the "
    .. "United States, written beside blind323-325, without the code)",
    gold_dir .. "blind322/" },
  { "three-hundred-and-twenty-third blind set (tests/gold/blind323: multilateral bodies, written beside "
    .. "blind322, blind324 and blind325, without the code)",
    gold_dir .. "blind323/" },
  { "three-hundred-and-twenty-fourth blind set (tests/gold/blind324: news-style readouts issued by one side, "
    .. "written beside blind322, blind323 and blind325, without the code)",
    gold_dir .. "blind324/" },
  { "three-hundred-and-twenty-fifth blind set (tests/gold/blind325: bilateral kinds rarely seen, written beside "
    .. "blind322-324, without the code)",
    gold_dir .. "blind325/" },
  { "three-hundred-and-twenty-sixth blind set (tests/gold/blind326: mainstream, written beside blind327-329, "
    .. "without the code)",
    gold_dir .. "blind326/" },
  { "three-hundred-and-twenty-seventh blind set (tests/gold/blind327: trilateral and plurilateral ministerial "
    .. "statements without the United States, written beside blind326, blind328 and blind329, without the code)",
    gold_dir .. "blind327/" },
  { "three-hundred-and-twenty-eighth blind set (tests/gold/blind328: leaders' statements and declarations, "
    .. "written beside blind326, blind327 and blind329, without the code)",
    gold_dir .. "blind328/" },
  { "three-hundred-and-twenty-ninth blind set (tests/gold/blind329: one government's own statements about "
    .. "meetings, written beside blind326-328, without the code)",
    gold_dir .. "blind329/" },
  { "three-hundred-and-thirtieth blind set (tests/gold/blind330: bilateral statements without the United "
    .. "States, written beside blind331-333, without the code)",
    gold_dir .. "blind330/" },
  { "three-hundred-and-thirty-first blind set (tests/gold/blind331: multilateral bodies, written beside "
    .. "blind330, blind332 and blind333, without the code)",
    gold_dir .. "blind331/" },
  { "three-hundred-and-thirty-second blind set (tests/gold/blind332: news-style readouts issued by one side, "
    .. "written beside blind330, blind331 and blind333, without the code)",
    gold_dir .. "blind332/" },
  { "three-hundred-and-thirty-third blind set (tests/gold/blind333: bilateral kinds rarely seen, written beside "
    .. "blind330-332, without the code)",
    gold_dir .. "blind333/" },
  { "three-hundred-and-thirty-fourth blind set (tests/gold/blind334: mainstream United States alliances, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind334/" },
  { "three-hundred-and-thirty-fifth blind set (tests/gold/blind335: trilateral and plurilateral ministers "
    .. "without the United States, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind335/" },
  { "three-hundred-and-thirty-sixth blind set (tests/gold/blind336: leaders' statements without the United States, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind336/" },
  { "three-hundred-and-thirty-seventh blind set (tests/gold/blind337: one government's own statements about meetings, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind337/" },
  { "three-hundred-and-thirty-eighth blind set (tests/gold/blind338: bilateral statements without the United States, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind338/" },
  { "three-hundred-and-thirty-ninth blind set (tests/gold/blind339: multilateral bodies, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind339/" },
  { "three-hundred-and-fortieth blind set (tests/gold/blind340: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind340/" },
  { "three-hundred-and-forty-first blind set (tests/gold/blind341: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 24, without the code)",
    gold_dir .. "blind341/" },
  { "three-hundred-and-forty-second blind set (tests/gold/blind342: mainstream United States alliances, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind342/" },
  { "three-hundred-and-forty-third blind set (tests/gold/blind343: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind343/" },
  { "three-hundred-and-forty-fourth blind set (tests/gold/blind344: leaders' statements without the United States, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind344/" },
  { "three-hundred-and-forty-fifth blind set (tests/gold/blind345: one government's own statements about meetings, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind345/" },
  { "three-hundred-and-forty-sixth blind set (tests/gold/blind346: bilateral statements without the United States, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind346/" },
  { "three-hundred-and-forty-seventh blind set (tests/gold/blind347: multilateral bodies, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind347/" },
  { "three-hundred-and-forty-eighth blind set (tests/gold/blind348: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind348/" },
  { "three-hundred-and-forty-ninth blind set (tests/gold/blind349: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 24's second round, without the code)",
    gold_dir .. "blind349/" },
  { "three-hundred-and-fiftieth blind set (tests/gold/blind350: mainstream United States alliances, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind350/" },
  { "three-hundred-and-fifty-first blind set (tests/gold/blind351: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind351/" },
  { "three-hundred-and-fifty-second blind set (tests/gold/blind352: leaders' statements without the United States, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind352/" },
  { "three-hundred-and-fifty-third blind set (tests/gold/blind353: one government's own statements about meetings, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind353/" },
  { "three-hundred-and-fifty-fourth blind set (tests/gold/blind354: bilateral statements without the United States, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind354/" },
  { "three-hundred-and-fifty-fifth blind set (tests/gold/blind355: multilateral bodies, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind355/" },
  { "three-hundred-and-fifty-sixth blind set (tests/gold/blind356: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind356/" },
  { "three-hundred-and-fifty-seventh blind set (tests/gold/blind357: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 24's third round, without the code)",
    gold_dir .. "blind357/" },
  { "three-hundred-and-fifty-eighth blind set (tests/gold/blind358: mainstream United States alliances, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind358/" },
  { "three-hundred-and-fifty-ninth blind set (tests/gold/blind359: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind359/" },
  { "three-hundred-and-sixtieth blind set (tests/gold/blind360: leaders' statements without the United States, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind360/" },
  { "three-hundred-and-sixty-first blind set (tests/gold/blind361: one government's own statements about meetings, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind361/" },
  { "three-hundred-and-sixty-second blind set (tests/gold/blind362: bilateral statements without the United States, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind362/" },
  { "three-hundred-and-sixty-third blind set (tests/gold/blind363: multilateral bodies, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind363/" },
  { "three-hundred-and-sixty-fourth blind set (tests/gold/blind364: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind364/" },
  { "three-hundred-and-sixty-fifth blind set (tests/gold/blind365: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 25's first round, without the code)",
    gold_dir .. "blind365/" },
  { "three-hundred-and-sixty-sixth blind set (tests/gold/blind366: mainstream United States alliances, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind366/" },
  { "three-hundred-and-sixty-seventh blind set (tests/gold/blind367: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind367/" },
  { "three-hundred-and-sixty-eighth blind set (tests/gold/blind368: leaders' statements without the United States, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind368/" },
  { "three-hundred-and-sixty-ninth blind set (tests/gold/blind369: one government's own statements about meetings, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind369/" },
  { "three-hundred-and-seventieth blind set (tests/gold/blind370: bilateral statements without the United States, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind370/" },
  { "three-hundred-and-seventy-first blind set (tests/gold/blind371: multilateral bodies, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind371/" },
  { "three-hundred-and-seventy-second blind set (tests/gold/blind372: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind372/" },
  { "three-hundred-and-seventy-third blind set (tests/gold/blind373: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 25's second round, without the code)",
    gold_dir .. "blind373/" },
  { "three-hundred-and-seventy-fourth blind set (tests/gold/blind374: mainstream United States alliances, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind374/" },
  { "three-hundred-and-seventy-fifth blind set (tests/gold/blind375: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind375/" },
  { "three-hundred-and-seventy-sixth blind set (tests/gold/blind376: leaders' statements without the United States, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind376/" },
  { "three-hundred-and-seventy-seventh blind set (tests/gold/blind377: one government's own statements about meetings, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind377/" },
  { "three-hundred-and-seventy-eighth blind set (tests/gold/blind378: bilateral statements without the United States, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind378/" },
  { "three-hundred-and-seventy-ninth blind set (tests/gold/blind379: multilateral bodies, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind379/" },
  { "three-hundred-and-eightieth blind set (tests/gold/blind380: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind380/" },
  { "three-hundred-and-eighty-first blind set (tests/gold/blind381: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 25's third round, without the code)",
    gold_dir .. "blind381/" },
  { "three-hundred-and-eighty-second blind set (tests/gold/blind382: mainstream United States alliances, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind382/" },
  { "three-hundred-and-eighty-third blind set (tests/gold/blind383: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind383/" },
  { "three-hundred-and-eighty-fourth blind set (tests/gold/blind384: leaders' statements without the United States, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind384/" },
  { "three-hundred-and-eighty-fifth blind set (tests/gold/blind385: one government's own statements about meetings, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind385/" },
  { "three-hundred-and-eighty-sixth blind set (tests/gold/blind386: bilateral statements without the United States, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind386/" },
  { "three-hundred-and-eighty-seventh blind set (tests/gold/blind387: multilateral bodies, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind387/" },
  { "three-hundred-and-eighty-eighth blind set (tests/gold/blind388: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind388/" },
  { "three-hundred-and-eighty-ninth blind set (tests/gold/blind389: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 26's first round, without the code)",
    gold_dir .. "blind389/" },
  { "three-hundred-and-ninetieth blind set (tests/gold/blind390: mainstream United States alliances, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind390/" },
  { "three-hundred-and-ninety-first blind set (tests/gold/blind391: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind391/" },
  { "three-hundred-and-ninety-second blind set (tests/gold/blind392: leaders' statements without the United States, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind392/" },
  { "three-hundred-and-ninety-third blind set (tests/gold/blind393: one government's own statements about meetings, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind393/" },
  { "three-hundred-and-ninety-fourth blind set (tests/gold/blind394: bilateral statements without the United States, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind394/" },
  { "three-hundred-and-ninety-fifth blind set (tests/gold/blind395: multilateral bodies, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind395/" },
  { "three-hundred-and-ninety-sixth blind set (tests/gold/blind396: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind396/" },
  { "three-hundred-and-ninety-seventh blind set (tests/gold/blind397: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 26's second round, without the code)",
    gold_dir .. "blind397/" },
  { "three-hundred-and-ninety-eighth blind set (tests/gold/blind398: mainstream United States alliances, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind398/" },
  { "three-hundred-and-ninety-ninth blind set (tests/gold/blind399: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind399/" },
  { "four-hundredth blind set (tests/gold/blind400: leaders' statements without the United States, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind400/" },
  { "four-hundred-and-first blind set (tests/gold/blind401: one government's own statements about meetings, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind401/" },
  { "four-hundred-and-second blind set (tests/gold/blind402: bilateral statements without the United States, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind402/" },
  { "four-hundred-and-third blind set (tests/gold/blind403: multilateral bodies, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind403/" },
  { "four-hundred-and-fourth blind set (tests/gold/blind404: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind404/" },
  { "four-hundred-and-fifth blind set (tests/gold/blind405: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 26's third round, without the code)",
    gold_dir .. "blind405/" },
  { "four-hundred-and-sixth blind set (tests/gold/blind406: mainstream United States alliances, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind406/" },
  { "four-hundred-and-seventh blind set (tests/gold/blind407: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind407/" },
  { "four-hundred-and-eighth blind set (tests/gold/blind408: leaders' statements without the United States, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind408/" },
  { "four-hundred-and-ninth blind set (tests/gold/blind409: one government's own statements about meetings, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind409/" },
  { "four-hundred-and-tenth blind set (tests/gold/blind410: bilateral statements without the United States, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind410/" },
  { "four-hundred-and-eleventh blind set (tests/gold/blind411: multilateral bodies, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind411/" },
  { "four-hundred-and-twelfth blind set (tests/gold/blind412: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind412/" },
  { "four-hundred-and-thirteenth blind set (tests/gold/blind413: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 27's first round, without the code)",
    gold_dir .. "blind413/" },
  { "four-hundred-and-fourteenth blind set (tests/gold/blind414: mainstream United States alliances, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind414/" },
  { "four-hundred-and-fifteenth blind set (tests/gold/blind415: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind415/" },
  { "four-hundred-and-sixteenth blind set (tests/gold/blind416: leaders' statements without the United States, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind416/" },
  { "four-hundred-and-seventeenth blind set (tests/gold/blind417: one government's own statements about meetings, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind417/" },
  { "four-hundred-and-eighteenth blind set (tests/gold/blind418: bilateral statements without the United States, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind418/" },
  { "four-hundred-and-nineteenth blind set (tests/gold/blind419: multilateral bodies, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind419/" },
  { "four-hundred-and-twentieth blind set (tests/gold/blind420: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind420/" },
  { "four-hundred-and-twenty-first blind set (tests/gold/blind421: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 27's second round, without the code)",
    gold_dir .. "blind421/" },
  { "four-hundred-and-twenty-second blind set (tests/gold/blind422: mainstream United States alliances, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind422/" },
  { "four-hundred-and-twenty-third blind set (tests/gold/blind423: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind423/" },
  { "four-hundred-and-twenty-fourth blind set (tests/gold/blind424: leaders' statements without the United States, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind424/" },
  { "four-hundred-and-twenty-fifth blind set (tests/gold/blind425: one government's own statements about meetings, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind425/" },
  { "four-hundred-and-twenty-sixth blind set (tests/gold/blind426: bilateral statements without the United States, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind426/" },
  { "four-hundred-and-twenty-seventh blind set (tests/gold/blind427: multilateral bodies, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind427/" },
  { "four-hundred-and-twenty-eighth blind set (tests/gold/blind428: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind428/" },
  { "four-hundred-and-twenty-ninth blind set (tests/gold/blind429: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 27's third round, without the code)",
    gold_dir .. "blind429/" },
  { "four-hundred-and-thirtieth blind set (tests/gold/blind430: mainstream United States alliances, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind430/" },
  { "four-hundred-and-thirty-first blind set (tests/gold/blind431: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind431/" },
  { "four-hundred-and-thirty-second blind set (tests/gold/blind432: leaders' statements without the United States, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind432/" },
  { "four-hundred-and-thirty-third blind set (tests/gold/blind433: one government's own statements about meetings, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind433/" },
  { "four-hundred-and-thirty-fourth blind set (tests/gold/blind434: bilateral statements without the United States, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind434/" },
  { "four-hundred-and-thirty-fifth blind set (tests/gold/blind435: multilateral bodies, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind435/" },
  { "four-hundred-and-thirty-sixth blind set (tests/gold/blind436: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind436/" },
  { "four-hundred-and-thirty-seventh blind set (tests/gold/blind437: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 27's fourth round, without the code)",
    gold_dir .. "blind437/" },
  { "four-hundred-and-thirty-eighth blind set (tests/gold/blind438: mainstream United States alliances, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind438/" },
  { "four-hundred-and-thirty-ninth blind set (tests/gold/blind439: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind439/" },
  { "four-hundred-and-fortieth blind set (tests/gold/blind440: leaders' statements without the United States, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind440/" },
  { "four-hundred-and-forty-first blind set (tests/gold/blind441: one government's own statements about meetings, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind441/" },
  { "four-hundred-and-forty-second blind set (tests/gold/blind442: bilateral statements without the United States, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind442/" },
  { "four-hundred-and-forty-third blind set (tests/gold/blind443: multilateral bodies, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind443/" },
  { "four-hundred-and-forty-fourth blind set (tests/gold/blind444: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind444/" },
  { "four-hundred-and-forty-fifth blind set (tests/gold/blind445: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 27's fifth round, without the code)",
    gold_dir .. "blind445/" },
  { "four-hundred-and-forty-sixth blind set (tests/gold/blind446: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind446/" },
  { "four-hundred-and-forty-seventh blind set (tests/gold/blind447: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind447/" },
  { "four-hundred-and-forty-eighth blind set (tests/gold/blind448: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind448/" },
  { "four-hundred-and-forty-ninth blind set (tests/gold/blind449: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind449/" },
  { "four-hundred-and-fiftieth blind set (tests/gold/blind450: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind450/" },
  { "four-hundred-and-fifty-first blind set (tests/gold/blind451: multilateral bodies, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind451/" },
  { "four-hundred-and-fifty-second blind set (tests/gold/blind452: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind452/" },
  { "four-hundred-and-fifty-third blind set (tests/gold/blind453: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's first round, without the code)",
    gold_dir .. "blind453/" },
  { "four-hundred-and-fifty-fourth blind set (tests/gold/blind454: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind454/" },
  { "four-hundred-and-fifty-fifth blind set (tests/gold/blind455: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind455/" },
  { "four-hundred-and-fifty-sixth blind set (tests/gold/blind456: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind456/" },
  { "four-hundred-and-fifty-seventh blind set (tests/gold/blind457: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind457/" },
  { "four-hundred-and-fifty-eighth blind set (tests/gold/blind458: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind458/" },
  { "four-hundred-and-fifty-ninth blind set (tests/gold/blind459: multilateral bodies, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind459/" },
  { "four-hundred-and-sixtieth blind set (tests/gold/blind460: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind460/" },
  { "four-hundred-and-sixty-first blind set (tests/gold/blind461: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's second round, without the code)",
    gold_dir .. "blind461/" },
  { "four-hundred-and-sixty-second blind set (tests/gold/blind462: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind462/" },
  { "four-hundred-and-sixty-third blind set (tests/gold/blind463: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind463/" },
  { "four-hundred-and-sixty-fourth blind set (tests/gold/blind464: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind464/" },
  { "four-hundred-and-sixty-fifth blind set (tests/gold/blind465: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind465/" },
  { "four-hundred-and-sixty-sixth blind set (tests/gold/blind466: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind466/" },
  { "four-hundred-and-sixty-seventh blind set (tests/gold/blind467: multilateral bodies, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind467/" },
  { "four-hundred-and-sixty-eighth blind set (tests/gold/blind468: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind468/" },
  { "four-hundred-and-sixty-ninth blind set (tests/gold/blind469: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's third round, without the code)",
    gold_dir .. "blind469/" },
  { "four-hundred-and-seventieth blind set (tests/gold/blind470: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind470/" },
  { "four-hundred-and-seventy-first blind set (tests/gold/blind471: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind471/" },
  { "four-hundred-and-seventy-second blind set (tests/gold/blind472: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind472/" },
  { "four-hundred-and-seventy-third blind set (tests/gold/blind473: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind473/" },
  { "four-hundred-and-seventy-fourth blind set (tests/gold/blind474: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind474/" },
  { "four-hundred-and-seventy-fifth blind set (tests/gold/blind475: multilateral bodies, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind475/" },
  { "four-hundred-and-seventy-sixth blind set (tests/gold/blind476: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind476/" },
  { "four-hundred-and-seventy-seventh blind set (tests/gold/blind477: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's fourth round, without the code)",
    gold_dir .. "blind477/" },
  { "four-hundred-and-seventy-eighth blind set (tests/gold/blind478: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind478/" },
  { "four-hundred-and-seventy-ninth blind set (tests/gold/blind479: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind479/" },
  { "four-hundred-and-eightieth blind set (tests/gold/blind480: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind480/" },
  { "four-hundred-and-eighty-first blind set (tests/gold/blind481: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind481/" },
  { "four-hundred-and-eighty-second blind set (tests/gold/blind482: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind482/" },
  { "four-hundred-and-eighty-third blind set (tests/gold/blind483: multilateral bodies, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind483/" },
  { "four-hundred-and-eighty-fourth blind set (tests/gold/blind484: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind484/" },
  { "four-hundred-and-eighty-fifth blind set (tests/gold/blind485: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's fifth round, without the code)",
    gold_dir .. "blind485/" },
  { "four-hundred-and-eighty-sixth blind set (tests/gold/blind486: mainstream United States alliances, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind486/" },
  { "four-hundred-and-eighty-seventh blind set (tests/gold/blind487: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind487/" },
  { "four-hundred-and-eighty-eighth blind set (tests/gold/blind488: leaders' statements without the United States, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind488/" },
  { "four-hundred-and-eighty-ninth blind set (tests/gold/blind489: one government's own statements about meetings, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind489/" },
  { "four-hundred-and-ninetieth blind set (tests/gold/blind490: bilateral statements without the United States, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind490/" },
  { "four-hundred-and-ninety-first blind set (tests/gold/blind491: multilateral bodies, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind491/" },
  { "four-hundred-and-ninety-second blind set (tests/gold/blind492: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind492/" },
  { "four-hundred-and-ninety-third blind set (tests/gold/blind493: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 28's sixth round, without the code)",
    gold_dir .. "blind493/" },
  { "four-hundred-and-ninety-fourth blind set (tests/gold/blind494: mainstream United States alliances, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind494/" },
  { "four-hundred-and-ninety-fifth blind set (tests/gold/blind495: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind495/" },
  { "four-hundred-and-ninety-sixth blind set (tests/gold/blind496: leaders' statements without the United States, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind496/" },
  { "four-hundred-and-ninety-seventh blind set (tests/gold/blind497: one government's own statements about meetings, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind497/" },
  { "four-hundred-and-ninety-eighth blind set (tests/gold/blind498: bilateral statements without the United States, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind498/" },
  { "four-hundred-and-ninety-ninth blind set (tests/gold/blind499: multilateral bodies, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind499/" },
  { "five-hundredth blind set (tests/gold/blind500: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind500/" },
  { "five-hundred-and-first blind set (tests/gold/blind501: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 29's first round, without the code)",
    gold_dir .. "blind501/" },
  { "five-hundred-and-second blind set (tests/gold/blind502: mainstream United States alliances, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind502/" },
  { "five-hundred-and-third blind set (tests/gold/blind503: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind503/" },
  { "five-hundred-and-fourth blind set (tests/gold/blind504: leaders' statements without the United States, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind504/" },
  { "five-hundred-and-fifth blind set (tests/gold/blind505: one government's own statements about meetings, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind505/" },
  { "five-hundred-and-sixth blind set (tests/gold/blind506: bilateral statements without the United States, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind506/" },
  { "five-hundred-and-seventh blind set (tests/gold/blind507: multilateral bodies, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind507/" },
  { "five-hundred-and-eighth blind set (tests/gold/blind508: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind508/" },
  { "five-hundred-and-ninth blind set (tests/gold/blind509: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 29's second round, without the code)",
    gold_dir .. "blind509/" },
  { "five-hundred-and-tenth blind set (tests/gold/blind510: mainstream United States alliances, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind510/" },
  { "five-hundred-and-eleventh blind set (tests/gold/blind511: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind511/" },
  { "five-hundred-and-twelfth blind set (tests/gold/blind512: leaders' statements without the United States, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind512/" },
  { "five-hundred-and-thirteenth blind set (tests/gold/blind513: one government's own statements about meetings, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind513/" },
  { "five-hundred-and-fourteenth blind set (tests/gold/blind514: bilateral statements without the United States, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind514/" },
  { "five-hundred-and-fifteenth blind set (tests/gold/blind515: multilateral bodies, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind515/" },
  { "five-hundred-and-sixteenth blind set (tests/gold/blind516: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind516/" },
  { "five-hundred-and-seventeenth blind set (tests/gold/blind517: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 29's third round, without the code)",
    gold_dir .. "blind517/" },
  { "five-hundred-and-eighteenth blind set (tests/gold/blind518: mainstream United States alliances, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind518/" },
  { "five-hundred-and-nineteenth blind set (tests/gold/blind519: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind519/" },
  { "five-hundred-and-twentieth blind set (tests/gold/blind520: leaders' statements without the United States, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind520/" },
  { "five-hundred-and-twenty-first blind set (tests/gold/blind521: one government's own statements about meetings, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind521/" },
  { "five-hundred-and-twenty-second blind set (tests/gold/blind522: bilateral statements without the United States, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind522/" },
  { "five-hundred-and-twenty-third blind set (tests/gold/blind523: multilateral bodies, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind523/" },
  { "five-hundred-and-twenty-fourth blind set (tests/gold/blind524: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind524/" },
  { "five-hundred-and-twenty-fifth blind set (tests/gold/blind525: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 30's first round, without the code)",
    gold_dir .. "blind525/" },
  { "five-hundred-and-twenty-sixth blind set (tests/gold/blind526: mainstream United States alliances, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind526/" },
  { "five-hundred-and-twenty-seventh blind set (tests/gold/blind527: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind527/" },
  { "five-hundred-and-twenty-eighth blind set (tests/gold/blind528: leaders' statements without the United States, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind528/" },
  { "five-hundred-and-twenty-ninth blind set (tests/gold/blind529: one government's own statements about meetings, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind529/" },
  { "five-hundred-and-thirtieth blind set (tests/gold/blind530: bilateral statements without the United States, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind530/" },
  { "five-hundred-and-thirty-first blind set (tests/gold/blind531: multilateral bodies, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind531/" },
  { "five-hundred-and-thirty-second blind set (tests/gold/blind532: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind532/" },
  { "five-hundred-and-thirty-third blind set (tests/gold/blind533: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 30's second round, without the code)",
    gold_dir .. "blind533/" },
  { "five-hundred-and-thirty-fourth blind set (tests/gold/blind534: mainstream United States alliances, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind534/" },
  { "five-hundred-and-thirty-fifth blind set (tests/gold/blind535: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind535/" },
  { "five-hundred-and-thirty-sixth blind set (tests/gold/blind536: leaders' statements without the United States, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind536/" },
  { "five-hundred-and-thirty-seventh blind set (tests/gold/blind537: one government's own statements about meetings, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind537/" },
  { "five-hundred-and-thirty-eighth blind set (tests/gold/blind538: bilateral statements without the United States, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind538/" },
  { "five-hundred-and-thirty-ninth blind set (tests/gold/blind539: multilateral bodies, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind539/" },
  { "five-hundred-and-fortieth blind set (tests/gold/blind540: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind540/" },
  { "five-hundred-and-forty-first blind set (tests/gold/blind541: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 30's third round, without the code)",
    gold_dir .. "blind541/" },
  { "five-hundred-and-forty-second blind set (tests/gold/blind542: mainstream United States alliances, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind542/" },
  { "five-hundred-and-forty-third blind set (tests/gold/blind543: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind543/" },
  { "five-hundred-and-forty-fourth blind set (tests/gold/blind544: leaders' statements without the United States, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind544/" },
  { "five-hundred-and-forty-fifth blind set (tests/gold/blind545: one government's own statements about meetings, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind545/" },
  { "five-hundred-and-forty-sixth blind set (tests/gold/blind546: bilateral statements without the United States, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind546/" },
  { "five-hundred-and-forty-seventh blind set (tests/gold/blind547: multilateral bodies, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind547/" },
  { "five-hundred-and-forty-eighth blind set (tests/gold/blind548: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind548/" },
  { "five-hundred-and-forty-ninth blind set (tests/gold/blind549: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 30's fourth round, without the code)",
    gold_dir .. "blind549/" },
  { "five-hundred-and-fiftieth blind set (tests/gold/blind550: mainstream United States alliances, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind550/" },
  { "five-hundred-and-fifty-first blind set (tests/gold/blind551: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind551/" },
  { "five-hundred-and-fifty-second blind set (tests/gold/blind552: leaders' statements without the United States, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind552/" },
  { "five-hundred-and-fifty-third blind set (tests/gold/blind553: one government's own statements about meetings, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind553/" },
  { "five-hundred-and-fifty-fourth blind set (tests/gold/blind554: bilateral statements without the United States, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind554/" },
  { "five-hundred-and-fifty-fifth blind set (tests/gold/blind555: multilateral bodies, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind555/" },
  { "five-hundred-and-fifty-sixth blind set (tests/gold/blind556: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind556/" },
  { "five-hundred-and-fifty-seventh blind set (tests/gold/blind557: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 31's first round, without the code)",
    gold_dir .. "blind557/" },
  { "five-hundred-and-fifty-eighth blind set (tests/gold/blind558: mainstream United States alliances, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind558/" },
  { "five-hundred-and-fifty-ninth blind set (tests/gold/blind559: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind559/" },
  { "five-hundred-and-sixtieth blind set (tests/gold/blind560: leaders' statements without the United States, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind560/" },
  { "five-hundred-and-sixty-first blind set (tests/gold/blind561: one government's own statements about meetings, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind561/" },
  { "five-hundred-and-sixty-second blind set (tests/gold/blind562: bilateral statements without the United States, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind562/" },
  { "five-hundred-and-sixty-third blind set (tests/gold/blind563: multilateral bodies, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind563/" },
  { "five-hundred-and-sixty-fourth blind set (tests/gold/blind564: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind564/" },
  { "five-hundred-and-sixty-fifth blind set (tests/gold/blind565: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 31's second round, without the code)",
    gold_dir .. "blind565/" },
  { "five-hundred-and-sixty-sixth blind set (tests/gold/blind566: mainstream United States alliances, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind566/" },
  { "five-hundred-and-sixty-seventh blind set (tests/gold/blind567: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind567/" },
  { "five-hundred-and-sixty-eighth blind set (tests/gold/blind568: leaders' statements without the United States, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind568/" },
  { "five-hundred-and-sixty-ninth blind set (tests/gold/blind569: one government's own statements about meetings, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind569/" },
  { "five-hundred-and-seventieth blind set (tests/gold/blind570: bilateral statements without the United States, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind570/" },
  { "five-hundred-and-seventy-first blind set (tests/gold/blind571: multilateral bodies, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind571/" },
  { "five-hundred-and-seventy-second blind set (tests/gold/blind572: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind572/" },
  { "five-hundred-and-seventy-third blind set (tests/gold/blind573: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 31's third round, without the code)",
    gold_dir .. "blind573/" },
  { "five-hundred-and-seventy-fourth blind set (tests/gold/blind574: mainstream United States alliances, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind574/" },
  { "five-hundred-and-seventy-fifth blind set (tests/gold/blind575: trilateral and plurilateral ministers, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind575/" },
  { "five-hundred-and-seventy-sixth blind set (tests/gold/blind576: leaders' statements without the United States, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind576/" },
  { "five-hundred-and-seventy-seventh blind set (tests/gold/blind577: one government's own statements about meetings, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind577/" },
  { "five-hundred-and-seventy-eighth blind set (tests/gold/blind578: bilateral statements without the United States, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind578/" },
  { "five-hundred-and-seventy-ninth blind set (tests/gold/blind579: multilateral bodies, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind579/" },
  { "five-hundred-and-eightieth blind set (tests/gold/blind580: news-style readouts issued by one side, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind580/" },
  { "five-hundred-and-eighty-first blind set (tests/gold/blind581: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 31's fourth round, without the code)",
    gold_dir .. "blind581/" },
  { "five-hundred-and-eighty-second blind set (tests/gold/blind582: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind582/" },
  { "five-hundred-and-eighty-third blind set (tests/gold/blind583: multilateral bodies, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind583/" },
  { "five-hundred-and-eighty-fourth blind set (tests/gold/blind584: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind584/" },
  { "five-hundred-and-eighty-fifth blind set (tests/gold/blind585: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind585/" },
  { "five-hundred-and-eighty-sixth blind set (tests/gold/blind586: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind586/" },
  { "five-hundred-and-eighty-seventh blind set (tests/gold/blind587: multilateral bodies, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind587/" },
  { "five-hundred-and-eighty-eighth blind set (tests/gold/blind588: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind588/" },
  { "five-hundred-and-eighty-ninth blind set (tests/gold/blind589: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 33's round 33a, without the code)",
    gold_dir .. "blind589/" },
  { "five-hundred-and-ninetieth blind set (tests/gold/blind590: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind590/" },
  { "five-hundred-and-ninety-first blind set (tests/gold/blind591: multilateral bodies, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind591/" },
  { "five-hundred-and-ninety-second blind set (tests/gold/blind592: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind592/" },
  { "five-hundred-and-ninety-third blind set (tests/gold/blind593: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind593/" },
  { "five-hundred-and-ninety-fourth blind set (tests/gold/blind594: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind594/" },
  { "five-hundred-and-ninety-fifth blind set (tests/gold/blind595: multilateral bodies, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind595/" },
  { "five-hundred-and-ninety-sixth blind set (tests/gold/blind596: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind596/" },
  { "five-hundred-and-ninety-seventh blind set (tests/gold/blind597: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 33's round 33b, without the code)",
    gold_dir .. "blind597/" },
  { "six-hundredth blind set (tests/gold/blind600: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind600/" },
  { "six-hundred-and-first blind set (tests/gold/blind601: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind601/" },
  { "six-hundred-and-fifth blind set (tests/gold/blind605: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind605/" },
  { "five-hundred-and-ninety-ninth blind set (tests/gold/blind599: multilateral bodies, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind599/" },
  { "six-hundred-and-second blind set (tests/gold/blind602: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind602/" },
  { "five-hundred-and-ninety-eighth blind set (tests/gold/blind598: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind598/" },
  { "six-hundred-and-third blind set (tests/gold/blind603: multilateral bodies, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind603/" },
  { "six-hundred-and-fourth blind set (tests/gold/blind604: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 34's round 34a, without the code)",
    gold_dir .. "blind604/" },
  { "six-hundred-and-eighth blind set (tests/gold/blind608: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind608/" },
  { "six-hundred-and-ninth blind set (tests/gold/blind609: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind609/" },
  { "six-hundred-and-seventh blind set (tests/gold/blind607: multilateral bodies, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind607/" },
  { "six-hundred-and-eleventh blind set (tests/gold/blind611: multilateral bodies, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind611/" },
  { "six-hundred-and-sixth blind set (tests/gold/blind606: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind606/" },
  { "six-hundred-and-twelfth blind set (tests/gold/blind612: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind612/" },
  { "six-hundred-and-thirteenth blind set (tests/gold/blind613: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind613/" },
  { "six-hundred-and-tenth blind set (tests/gold/blind610: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 34's round 34b, without the code)",
    gold_dir .. "blind610/" },
  { "six-hundred-and-fifteenth blind set (tests/gold/blind615: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind615/" },
  { "six-hundred-and-twentieth blind set (tests/gold/blind620: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind620/" },
  { "six-hundred-and-fourteenth blind set (tests/gold/blind614: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind614/" },
  { "six-hundred-and-seventeenth blind set (tests/gold/blind617: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind617/" },
  { "six-hundred-and-nineteenth blind set (tests/gold/blind619: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind619/" },
  { "six-hundred-and-twenty-first blind set (tests/gold/blind621: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind621/" },
  { "six-hundred-and-sixteenth blind set (tests/gold/blind616: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind616/" },
  { "six-hundred-and-eighteenth blind set (tests/gold/blind618: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35a, without the code)",
    gold_dir .. "blind618/" },
  { "six-hundred-and-twenty-second blind set (tests/gold/blind622: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind622/" },
  { "six-hundred-and-twenty-third blind set (tests/gold/blind623: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind623/" },
  { "six-hundred-and-twenty-fifth blind set (tests/gold/blind625: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind625/" },
  { "six-hundred-and-twenty-sixth blind set (tests/gold/blind626: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind626/" },
  { "six-hundred-and-twenty-seventh blind set (tests/gold/blind627: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind627/" },
  { "six-hundred-and-twenty-eighth blind set (tests/gold/blind628: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind628/" },
  { "six-hundred-and-twenty-fourth blind set (tests/gold/blind624: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind624/" },
  { "six-hundred-and-twenty-ninth blind set (tests/gold/blind629: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35b, without the code)",
    gold_dir .. "blind629/" },
  { "six-hundred-and-thirty-first blind set (tests/gold/blind631: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind631/" },
  { "six-hundred-and-thirty-second blind set (tests/gold/blind632: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind632/" },
  { "six-hundred-and-thirty-third blind set (tests/gold/blind633: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind633/" },
  { "six-hundred-and-thirty-fifth blind set (tests/gold/blind635: multilateral bodies, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind635/" },
  { "six-hundred-and-thirty-sixth blind set (tests/gold/blind636: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind636/" },
  { "six-hundred-and-thirty-seventh blind set (tests/gold/blind637: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind637/" },
  { "six-hundred-and-thirtieth blind set (tests/gold/blind630: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind630/" },
  { "six-hundred-and-thirty-fourth blind set (tests/gold/blind634: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 35's round 35c, without the code)",
    gold_dir .. "blind634/" },
  { "six-hundred-and-thirty-eighth blind set (tests/gold/blind638: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind638/" },
  { "six-hundred-and-forty-first blind set (tests/gold/blind641: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind641/" },
  { "six-hundred-and-forty-second blind set (tests/gold/blind642: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind642/" },
  { "six-hundred-and-forty-fifth blind set (tests/gold/blind645: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind645/" },
  { "six-hundred-and-thirty-ninth blind set (tests/gold/blind639: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind639/" },
  { "six-hundred-and-fortieth blind set (tests/gold/blind640: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind640/" },
  { "six-hundred-and-forty-third blind set (tests/gold/blind643: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind643/" },
  { "six-hundred-and-forty-fourth blind set (tests/gold/blind644: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36a, without the code)",
    gold_dir .. "blind644/" },
  { "six-hundred-and-fifty-third blind set (tests/gold/blind653: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind653/" },
  { "six-hundred-and-forty-eighth blind set (tests/gold/blind648: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind648/" },
  { "six-hundred-and-forty-ninth blind set (tests/gold/blind649: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind649/" },
  { "six-hundred-and-fifty-second blind set (tests/gold/blind652: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind652/" },
  { "six-hundred-and-forty-sixth blind set (tests/gold/blind646: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind646/" },
  { "six-hundred-and-fifty-first blind set (tests/gold/blind651: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind651/" },
  { "six-hundred-and-fiftieth blind set (tests/gold/blind650: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind650/" },
  { "six-hundred-and-forty-seventh blind set (tests/gold/blind647: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36b, without the code)",
    gold_dir .. "blind647/" },
  { "six-hundred-and-sixty-first blind set (tests/gold/blind661: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind661/" },
  { "six-hundred-and-sixtieth blind set (tests/gold/blind660: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind660/" },
  { "six-hundred-and-fifty-eighth blind set (tests/gold/blind658: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind658/" },
  { "six-hundred-and-fifty-fourth blind set (tests/gold/blind654: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind654/" },
  { "six-hundred-and-fifty-fifth blind set (tests/gold/blind655: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind655/" },
  { "six-hundred-and-fifty-sixth blind set (tests/gold/blind656: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind656/" },
  { "six-hundred-and-fifty-seventh blind set (tests/gold/blind657: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind657/" },
  { "six-hundred-and-fifty-ninth blind set (tests/gold/blind659: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36c, without the code)",
    gold_dir .. "blind659/" },
  { "six-hundred-and-sixty-sixth blind set (tests/gold/blind666: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind666/" },
  { "six-hundred-and-sixty-third blind set (tests/gold/blind663: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind663/" },
  { "six-hundred-and-sixty-seventh blind set (tests/gold/blind667: multilateral bodies, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind667/" },
  { "six-hundred-and-sixty-ninth blind set (tests/gold/blind669: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind669/" },
  { "six-hundred-and-sixty-second blind set (tests/gold/blind662: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind662/" },
  { "six-hundred-and-sixty-fifth blind set (tests/gold/blind665: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind665/" },
  { "six-hundred-and-sixty-eighth blind set (tests/gold/blind668: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind668/" },
  { "six-hundred-and-sixty-fourth blind set (tests/gold/blind664: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 36's round 36d, without the code)",
    gold_dir .. "blind664/" },
  { "six-hundred-and-seventy-fifth blind set (tests/gold/blind675: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind675/" },
  { "six-hundred-and-seventy-sixth blind set (tests/gold/blind676: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind676/" },
  { "six-hundred-and-seventy-third blind set (tests/gold/blind673: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind673/" },
  { "six-hundred-and-seventy-fourth blind set (tests/gold/blind674: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind674/" },
  { "six-hundred-and-seventieth blind set (tests/gold/blind670: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind670/" },
  { "six-hundred-and-seventy-first blind set (tests/gold/blind671: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind671/" },
  { "six-hundred-and-seventy-seventh blind set (tests/gold/blind677: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind677/" },
  { "six-hundred-and-seventy-second blind set (tests/gold/blind672: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37a, without the code)",
    gold_dir .. "blind672/" },
  { "six-hundred-and-seventy-ninth blind set (tests/gold/blind679: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind679/" },
  { "six-hundred-and-eighty-third blind set (tests/gold/blind683: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind683/" },
  { "six-hundred-and-eighty-fourth blind set (tests/gold/blind684: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind684/" },
  { "six-hundred-and-seventy-eighth blind set (tests/gold/blind678: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind678/" },
  { "six-hundred-and-eightieth blind set (tests/gold/blind680: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind680/" },
  { "six-hundred-and-eighty-first blind set (tests/gold/blind681: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind681/" },
  { "six-hundred-and-eighty-fifth blind set (tests/gold/blind685: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind685/" },
  { "six-hundred-and-eighty-second blind set (tests/gold/blind682: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37b, without the code)",
    gold_dir .. "blind682/" },
  { "six-hundred-and-eighty-sixth blind set (tests/gold/blind686: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind686/" },
  { "six-hundred-and-eighty-seventh blind set (tests/gold/blind687: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind687/" },
  { "six-hundred-and-ninety-second blind set (tests/gold/blind692: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind692/" },
  { "six-hundred-and-ninety-third blind set (tests/gold/blind693: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind693/" },
  { "six-hundred-and-eighty-eighth blind set (tests/gold/blind688: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind688/" },
  { "six-hundred-and-ninetieth blind set (tests/gold/blind690: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind690/" },
  { "six-hundred-and-eighty-ninth blind set (tests/gold/blind689: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind689/" },
  { "six-hundred-and-ninety-first blind set (tests/gold/blind691: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37c, without the code)",
    gold_dir .. "blind691/" },
  { "six-hundred-and-ninety-sixth blind set (tests/gold/blind696: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind696/" },
  { "six-hundred-and-ninety-seventh blind set (tests/gold/blind697: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind697/" },
  { "seven-hundredth blind set (tests/gold/blind700: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind700/" },
  { "seven-hundred-and-first blind set (tests/gold/blind701: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind701/" },
  { "six-hundred-and-ninety-fifth blind set (tests/gold/blind695: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind695/" },
  { "six-hundred-and-ninety-eighth blind set (tests/gold/blind698: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind698/" },
  { "six-hundred-and-ninety-fourth blind set (tests/gold/blind694: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind694/" },
  { "six-hundred-and-ninety-ninth blind set (tests/gold/blind699: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37d, without the code)",
    gold_dir .. "blind699/" },
  { "seven-hundred-and-eighth blind set (tests/gold/blind708: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind708/" },
  { "seven-hundred-and-seventh blind set (tests/gold/blind707: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind707/" },
  { "seven-hundred-and-ninth blind set (tests/gold/blind709: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind709/" },
  { "seven-hundred-and-fourth blind set (tests/gold/blind704: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind704/" },
  { "seven-hundred-and-third blind set (tests/gold/blind703: multilateral bodies, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind703/" },
  { "seven-hundred-and-fifth blind set (tests/gold/blind705: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind705/" },
  { "seven-hundred-and-sixth blind set (tests/gold/blind706: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind706/" },
  { "seven-hundred-and-second blind set (tests/gold/blind702: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 37's round 37e, without the code)",
    gold_dir .. "blind702/" },
  { "seven-hundred-and-tenth blind set (tests/gold/blind710: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind710/" },
  { "seven-hundred-and-twelfth blind set (tests/gold/blind712: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind712/" },
  { "seven-hundred-and-thirteenth blind set (tests/gold/blind713: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind713/" },
  { "seven-hundred-and-fourteenth blind set (tests/gold/blind714: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind714/" },
  { "seven-hundred-and-fifteenth blind set (tests/gold/blind715: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind715/" },
  { "seven-hundred-and-sixteenth blind set (tests/gold/blind716: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind716/" },
  { "seven-hundred-and-seventeenth blind set (tests/gold/blind717: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind717/" },
  { "seven-hundred-and-eleventh blind set (tests/gold/blind711: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38a, without the code)",
    gold_dir .. "blind711/" },
  { "seven-hundred-and-eighteenth blind set (tests/gold/blind718: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind718/" },
  { "seven-hundred-and-twentieth blind set (tests/gold/blind720: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind720/" },
  { "seven-hundred-and-twenty-first blind set (tests/gold/blind721: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind721/" },
  { "seven-hundred-and-twenty-second blind set (tests/gold/blind722: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind722/" },
  { "seven-hundred-and-twenty-fourth blind set (tests/gold/blind724: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind724/" },
  { "seven-hundred-and-nineteenth blind set (tests/gold/blind719: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind719/" },
  { "seven-hundred-and-twenty-third blind set (tests/gold/blind723: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind723/" },
  { "seven-hundred-and-twenty-fifth blind set (tests/gold/blind725: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38b, without the code)",
    gold_dir .. "blind725/" },
  { "seven-hundred-and-twenty-eighth blind set (tests/gold/blind728: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind728/" },
  { "seven-hundred-and-twenty-ninth blind set (tests/gold/blind729: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind729/" },
  { "seven-hundred-and-thirtieth blind set (tests/gold/blind730: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind730/" },
  { "seven-hundred-and-thirty-first blind set (tests/gold/blind731: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind731/" },
  { "seven-hundred-and-twenty-seventh blind set (tests/gold/blind727: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind727/" },
  { "seven-hundred-and-thirty-second blind set (tests/gold/blind732: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind732/" },
  { "seven-hundred-and-thirty-third blind set (tests/gold/blind733: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind733/" },
  { "seven-hundred-and-twenty-sixth blind set (tests/gold/blind726: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38c, without the code)",
    gold_dir .. "blind726/" },
  { "seven-hundred-and-thirty-sixth blind set (tests/gold/blind736: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind736/" },
  { "seven-hundred-and-thirty-eighth blind set (tests/gold/blind738: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind738/" },
  { "seven-hundred-and-fortieth blind set (tests/gold/blind740: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind740/" },
  { "seven-hundred-and-thirty-fourth blind set (tests/gold/blind734: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind734/" },
  { "seven-hundred-and-thirty-fifth blind set (tests/gold/blind735: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind735/" },
  { "seven-hundred-and-thirty-seventh blind set (tests/gold/blind737: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind737/" },
  { "seven-hundred-and-thirty-ninth blind set (tests/gold/blind739: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind739/" },
  { "seven-hundred-and-forty-first blind set (tests/gold/blind741: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38d, without the code)",
    gold_dir .. "blind741/" },
  { "seven-hundred-and-forty-second blind set (tests/gold/blind742: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind742/" },
  { "seven-hundred-and-forty-fourth blind set (tests/gold/blind744: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind744/" },
  { "seven-hundred-and-forty-sixth blind set (tests/gold/blind746: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind746/" },
  { "seven-hundred-and-forty-seventh blind set (tests/gold/blind747: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind747/" },
  { "seven-hundred-and-forty-eighth blind set (tests/gold/blind748: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind748/" },
  { "seven-hundred-and-forty-fifth blind set (tests/gold/blind745: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind745/" },
  { "seven-hundred-and-forty-third blind set (tests/gold/blind743: multilateral bodies, "
    .. "written beside seven other sets of session 38's round 38e, without the code)",
    gold_dir .. "blind743/" },
  { "seven-hundred-and-fiftieth blind set (tests/gold/blind750: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind750/" },
  { "seven-hundred-and-fifty-first blind set (tests/gold/blind751: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind751/" },
  { "seven-hundred-and-fifty-fourth blind set (tests/gold/blind754: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind754/" },
  { "seven-hundred-and-fifty-second blind set (tests/gold/blind752: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind752/" },
  { "seven-hundred-and-fifty-third blind set (tests/gold/blind753: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind753/" },
  { "seven-hundred-and-forty-ninth blind set (tests/gold/blind749: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind749/" },
  { "seven-hundred-and-fifty-fifth blind set (tests/gold/blind755: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind755/" },
  { "seven-hundred-and-fifty-sixth blind set (tests/gold/blind756: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39a, without the code)",
    gold_dir .. "blind756/" },
  { "seven-hundred-and-sixtieth blind set (tests/gold/blind760: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind760/" },
  { "seven-hundred-and-sixty-first blind set (tests/gold/blind761: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind761/" },
  { "seven-hundred-and-sixty-second blind set (tests/gold/blind762: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind762/" },
  { "seven-hundred-and-sixty-third blind set (tests/gold/blind763: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind763/" },
  { "seven-hundred-and-sixty-fourth blind set (tests/gold/blind764: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind764/" },
  { "seven-hundred-and-fifty-seventh blind set (tests/gold/blind757: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind757/" },
  { "seven-hundred-and-fifty-ninth blind set (tests/gold/blind759: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind759/" },
  { "seven-hundred-and-fifty-eighth blind set (tests/gold/blind758: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39b, without the code)",
    gold_dir .. "blind758/" },
  { "seven-hundred-and-sixty-fifth blind set (tests/gold/blind765: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind765/" },
  { "seven-hundred-and-sixty-sixth blind set (tests/gold/blind766: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind766/" },
  { "seven-hundred-and-sixty-eighth blind set (tests/gold/blind768: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind768/" },
  { "seven-hundred-and-sixty-ninth blind set (tests/gold/blind769: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind769/" },
  { "seven-hundred-and-seventieth blind set (tests/gold/blind770: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind770/" },
  { "seven-hundred-and-seventy-first blind set (tests/gold/blind771: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind771/" },
  { "seven-hundred-and-seventy-second blind set (tests/gold/blind772: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind772/" },
  { "seven-hundred-and-sixty-seventh blind set (tests/gold/blind767: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39c, without the code)",
    gold_dir .. "blind767/" },
  { "seven-hundred-and-seventy-ninth blind set (tests/gold/blind779: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind779/" },
  { "seven-hundred-and-eightieth blind set (tests/gold/blind780: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind780/" },
  { "seven-hundred-and-seventy-third blind set (tests/gold/blind773: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind773/" },
  { "seven-hundred-and-seventy-fifth blind set (tests/gold/blind775: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind775/" },
  { "seven-hundred-and-seventy-sixth blind set (tests/gold/blind776: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind776/" },
  { "seven-hundred-and-seventy-seventh blind set (tests/gold/blind777: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind777/" },
  { "seven-hundred-and-seventy-eighth blind set (tests/gold/blind778: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind778/" },
  { "seven-hundred-and-seventy-fourth blind set (tests/gold/blind774: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39d, without the code)",
    gold_dir .. "blind774/" },
  { "seven-hundred-and-eighty-sixth blind set (tests/gold/blind786: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind786/" },
  { "seven-hundred-and-eighty-seventh blind set (tests/gold/blind787: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind787/" },
  { "seven-hundred-and-eighty-eighth blind set (tests/gold/blind788: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind788/" },
  { "seven-hundred-and-eighty-second blind set (tests/gold/blind782: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind782/" },
  { "seven-hundred-and-eighty-fourth blind set (tests/gold/blind784: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind784/" },
  { "seven-hundred-and-eighty-first blind set (tests/gold/blind781: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind781/" },
  { "seven-hundred-and-eighty-third blind set (tests/gold/blind783: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind783/" },
  { "seven-hundred-and-eighty-fifth blind set (tests/gold/blind785: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39e, without the code)",
    gold_dir .. "blind785/" },
  { "seven-hundred-and-ninety-fifth blind set (tests/gold/blind795: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind795/" },
  { "seven-hundred-and-ninety-sixth blind set (tests/gold/blind796: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind796/" },
  { "seven-hundred-and-eighty-ninth blind set (tests/gold/blind789: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind789/" },
  { "seven-hundred-and-ninetieth blind set (tests/gold/blind790: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind790/" },
  { "seven-hundred-and-ninety-first blind set (tests/gold/blind791: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind791/" },
  { "seven-hundred-and-ninety-second blind set (tests/gold/blind792: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind792/" },
  { "seven-hundred-and-ninety-third blind set (tests/gold/blind793: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind793/" },
  { "seven-hundred-and-ninety-fourth blind set (tests/gold/blind794: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39f, without the code)",
    gold_dir .. "blind794/" },
  { "seven-hundred-and-ninety-eighth blind set (tests/gold/blind798: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind798/" },
  { "eight-hundredth blind set (tests/gold/blind800: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind800/" },
  { "eight-hundred-and-second blind set (tests/gold/blind802: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind802/" },
  { "eight-hundred-and-third blind set (tests/gold/blind803: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind803/" },
  { "eight-hundred-and-fourth blind set (tests/gold/blind804: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind804/" },
  { "seven-hundred-and-ninety-ninth blind set (tests/gold/blind799: multilateral bodies, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind799/" },
  { "eight-hundred-and-first blind set (tests/gold/blind801: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind801/" },
  { "seven-hundred-and-ninety-seventh blind set (tests/gold/blind797: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 39's round 39g, without the code)",
    gold_dir .. "blind797/" },
  { "eight-hundred-and-eleventh blind set (tests/gold/blind811: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind811/" },
  { "eight-hundred-and-twelfth blind set (tests/gold/blind812: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind812/" },
  { "eight-hundred-and-sixth blind set (tests/gold/blind806: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind806/" },
  { "eight-hundred-and-tenth blind set (tests/gold/blind810: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind810/" },
  { "eight-hundred-and-ninth blind set (tests/gold/blind809: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind809/" },
  { "eight-hundred-and-eighth blind set (tests/gold/blind808: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind808/" },
  { "eight-hundred-and-seventh blind set (tests/gold/blind807: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind807/" },
  { "eight-hundred-and-fifth blind set (tests/gold/blind805: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40a, without the code)",
    gold_dir .. "blind805/" },
  { "eight-hundred-and-sixteenth blind set (tests/gold/blind816: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind816/" },
  { "eight-hundred-and-nineteenth blind set (tests/gold/blind819: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind819/" },
  { "eight-hundred-and-eighteenth blind set (tests/gold/blind818: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind818/" },
  { "eight-hundred-and-fourteenth blind set (tests/gold/blind814: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind814/" },
  { "eight-hundred-and-twentieth blind set (tests/gold/blind820: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind820/" },
  { "eight-hundred-and-seventeenth blind set (tests/gold/blind817: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind817/" },
  { "eight-hundred-and-thirteenth blind set (tests/gold/blind813: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind813/" },
  { "eight-hundred-and-fifteenth blind set (tests/gold/blind815: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40b, without the code)",
    gold_dir .. "blind815/" },
  { "eight-hundred-and-twenty-first blind set (tests/gold/blind821: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind821/" },
  { "eight-hundred-and-twenty-second blind set (tests/gold/blind822: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind822/" },
  { "eight-hundred-and-twenty-third blind set (tests/gold/blind823: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind823/" },
  { "eight-hundred-and-twenty-fourth blind set (tests/gold/blind824: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind824/" },
  { "eight-hundred-and-twenty-fifth blind set (tests/gold/blind825: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind825/" },
  { "eight-hundred-and-twenty-sixth blind set (tests/gold/blind826: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind826/" },
  { "eight-hundred-and-twenty-seventh blind set (tests/gold/blind827: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind827/" },
  { "eight-hundred-and-twenty-eighth blind set (tests/gold/blind828: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40c, without the code)",
    gold_dir .. "blind828/" },
  { "eight-hundred-and-thirty-first blind set (tests/gold/blind831: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind831/" },
  { "eight-hundred-and-thirty-second blind set (tests/gold/blind832: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind832/" },
  { "eight-hundred-and-thirtieth blind set (tests/gold/blind830: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind830/" },
  { "eight-hundred-and-thirty-fifth blind set (tests/gold/blind835: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind835/" },
  { "eight-hundred-and-thirty-fourth blind set (tests/gold/blind834: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind834/" },
  { "eight-hundred-and-thirty-sixth blind set (tests/gold/blind836: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind836/" },
  { "eight-hundred-and-twenty-ninth blind set (tests/gold/blind829: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind829/" },
  { "eight-hundred-and-thirty-third blind set (tests/gold/blind833: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40d, without the code)",
    gold_dir .. "blind833/" },
  { "eight-hundred-and-thirty-ninth blind set (tests/gold/blind839: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind839/" },
  { "eight-hundred-and-forty-second blind set (tests/gold/blind842: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind842/" },
  { "eight-hundred-and-forty-fourth blind set (tests/gold/blind844: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind844/" },
  { "eight-hundred-and-fortieth blind set (tests/gold/blind840: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind840/" },
  { "eight-hundred-and-thirty-eighth blind set (tests/gold/blind838: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind838/" },
  { "eight-hundred-and-thirty-seventh blind set (tests/gold/blind837: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind837/" },
  { "eight-hundred-and-forty-third blind set (tests/gold/blind843: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind843/" },
  { "eight-hundred-and-forty-first blind set (tests/gold/blind841: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40e, without the code)",
    gold_dir .. "blind841/" },
  { "eight-hundred-and-forty-eighth blind set (tests/gold/blind848: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind848/" },
  { "eight-hundred-and-forty-seventh blind set (tests/gold/blind847: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind847/" },
  { "eight-hundred-and-forty-ninth blind set (tests/gold/blind849: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind849/" },
  { "eight-hundred-and-fifty-second blind set (tests/gold/blind852: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind852/" },
  { "eight-hundred-and-fiftieth blind set (tests/gold/blind850: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind850/" },
  { "eight-hundred-and-fifty-first blind set (tests/gold/blind851: multilateral bodies, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind851/" },
  { "eight-hundred-and-forty-sixth blind set (tests/gold/blind846: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind846/" },
  { "eight-hundred-and-forty-fifth blind set (tests/gold/blind845: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 40's round 40f, without the code)",
    gold_dir .. "blind845/" },
  { "eight-hundred-and-fifty-sixth blind set (tests/gold/blind856: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind856/" },
  { "eight-hundred-and-fifty-fourth blind set (tests/gold/blind854: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind854/" },
  { "eight-hundred-and-fifty-ninth blind set (tests/gold/blind859: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind859/" },
  { "eight-hundred-and-fifty-fifth blind set (tests/gold/blind855: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind855/" },
  { "eight-hundred-and-fifty-eighth blind set (tests/gold/blind858: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind858/" },
  { "eight-hundred-and-fifty-seventh blind set (tests/gold/blind857: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind857/" },
  { "eight-hundred-and-sixtieth blind set (tests/gold/blind860: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind860/" },
  { "eight-hundred-and-fifty-third blind set (tests/gold/blind853: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41a, without the code)",
    gold_dir .. "blind853/" },
  { "eight-hundred-and-sixty-fourth blind set (tests/gold/blind864: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind864/" },
  { "eight-hundred-and-sixty-sixth blind set (tests/gold/blind866: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind866/" },
  { "eight-hundred-and-sixty-third blind set (tests/gold/blind863: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind863/" },
  { "eight-hundred-and-sixty-eighth blind set (tests/gold/blind868: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind868/" },
  { "eight-hundred-and-sixty-fifth blind set (tests/gold/blind865: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind865/" },
  { "eight-hundred-and-sixty-seventh blind set (tests/gold/blind867: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind867/" },
  { "eight-hundred-and-sixty-second blind set (tests/gold/blind862: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind862/" },
  { "eight-hundred-and-sixty-first blind set (tests/gold/blind861: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41b, without the code)",
    gold_dir .. "blind861/" },
  { "eight-hundred-and-seventy-fourth blind set (tests/gold/blind874: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind874/" },
  { "eight-hundred-and-seventy-second blind set (tests/gold/blind872: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind872/" },
  { "eight-hundred-and-seventy-fifth blind set (tests/gold/blind875: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind875/" },
  { "eight-hundred-and-seventy-first blind set (tests/gold/blind871: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind871/" },
  { "eight-hundred-and-seventy-sixth blind set (tests/gold/blind876: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind876/" },
  { "eight-hundred-and-seventy-third blind set (tests/gold/blind873: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind873/" },
  { "eight-hundred-and-sixty-ninth blind set (tests/gold/blind869: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind869/" },
  { "eight-hundred-and-seventieth blind set (tests/gold/blind870: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41c, without the code)",
    gold_dir .. "blind870/" },
  { "eight-hundred-and-eighty-second blind set (tests/gold/blind882: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind882/" },
  { "eight-hundred-and-eighty-fourth blind set (tests/gold/blind884: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind884/" },
  { "eight-hundred-and-eighty-first blind set (tests/gold/blind881: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind881/" },
  { "eight-hundred-and-seventy-ninth blind set (tests/gold/blind879: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind879/" },
  { "eight-hundred-and-eightieth blind set (tests/gold/blind880: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind880/" },
  { "eight-hundred-and-eighty-third blind set (tests/gold/blind883: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind883/" },
  { "eight-hundred-and-seventy-eighth blind set (tests/gold/blind878: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind878/" },
  { "eight-hundred-and-seventy-seventh blind set (tests/gold/blind877: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41d, without the code)",
    gold_dir .. "blind877/" },
  { "eight-hundred-and-eighty-seventh blind set (tests/gold/blind887: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind887/" },
  { "eight-hundred-and-eighty-fifth blind set (tests/gold/blind885: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind885/" },
  { "eight-hundred-and-ninetieth blind set (tests/gold/blind890: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind890/" },
  { "eight-hundred-and-ninety-second blind set (tests/gold/blind892: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind892/" },
  { "eight-hundred-and-eighty-ninth blind set (tests/gold/blind889: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind889/" },
  { "eight-hundred-and-eighty-eighth blind set (tests/gold/blind888: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind888/" },
  { "eight-hundred-and-eighty-sixth blind set (tests/gold/blind886: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind886/" },
  { "eight-hundred-and-ninety-first blind set (tests/gold/blind891: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41e, without the code)",
    gold_dir .. "blind891/" },
  { "eight-hundred-and-ninety-eighth blind set (tests/gold/blind898: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind898/" },
  { "eight-hundred-and-ninety-sixth blind set (tests/gold/blind896: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind896/" },
  { "nine-hundredth blind set (tests/gold/blind900: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind900/" },
  { "eight-hundred-and-ninety-fifth blind set (tests/gold/blind895: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind895/" },
  { "eight-hundred-and-ninety-seventh blind set (tests/gold/blind897: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind897/" },
  { "eight-hundred-and-ninety-third blind set (tests/gold/blind893: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind893/" },
  { "eight-hundred-and-ninety-ninth blind set (tests/gold/blind899: multilateral bodies, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind899/" },
  { "eight-hundred-and-ninety-fourth blind set (tests/gold/blind894: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 41's round 41f, without the code)",
    gold_dir .. "blind894/" },
  { "nine-hundred-and-eighth blind set (tests/gold/blind908: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind908/" },
  { "nine-hundred-and-sixth blind set (tests/gold/blind906: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind906/" },
  { "nine-hundred-and-fifth blind set (tests/gold/blind905: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind905/" },
  { "nine-hundred-and-third blind set (tests/gold/blind903: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind903/" },
  { "nine-hundred-and-seventh blind set (tests/gold/blind907: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind907/" },
  { "nine-hundred-and-second blind set (tests/gold/blind902: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind902/" },
  { "nine-hundred-and-fourth blind set (tests/gold/blind904: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind904/" },
  { "nine-hundred-and-first blind set (tests/gold/blind901: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42a, without the code)",
    gold_dir .. "blind901/" },
  { "nine-hundred-and-sixteenth blind set (tests/gold/blind916: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind916/" },
  { "nine-hundred-and-fourteenth blind set (tests/gold/blind914: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind914/" },
  { "nine-hundred-and-thirteenth blind set (tests/gold/blind913: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind913/" },
  { "nine-hundred-and-fifteenth blind set (tests/gold/blind915: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind915/" },
  { "nine-hundred-and-twelfth blind set (tests/gold/blind912: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind912/" },
  { "nine-hundred-and-eleventh blind set (tests/gold/blind911: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind911/" },
  { "nine-hundred-and-tenth blind set (tests/gold/blind910: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind910/" },
  { "nine-hundred-and-ninth blind set (tests/gold/blind909: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42b, without the code)",
    gold_dir .. "blind909/" },
  { "nine-hundred-and-twenty-second blind set (tests/gold/blind922: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind922/" },
  { "nine-hundred-and-twenty-third blind set (tests/gold/blind923: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind923/" },
  { "nine-hundred-and-eighteenth blind set (tests/gold/blind918: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind918/" },
  { "nine-hundred-and-twenty-fourth blind set (tests/gold/blind924: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind924/" },
  { "nine-hundred-and-twentieth blind set (tests/gold/blind920: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind920/" },
  { "nine-hundred-and-nineteenth blind set (tests/gold/blind919: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind919/" },
  { "nine-hundred-and-twenty-first blind set (tests/gold/blind921: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind921/" },
  { "nine-hundred-and-thirty-second blind set (tests/gold/blind932: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind932/" },
  { "nine-hundred-and-twenty-seventh blind set (tests/gold/blind927: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind927/" },
  { "nine-hundred-and-thirtieth blind set (tests/gold/blind930: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind930/" },
  { "nine-hundred-and-twenty-eighth blind set (tests/gold/blind928: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind928/" },
  { "nine-hundred-and-thirty-first blind set (tests/gold/blind931: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind931/" },
  { "nine-hundred-and-twenty-sixth blind set (tests/gold/blind926: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind926/" },
  { "nine-hundred-and-seventeenth blind set (tests/gold/blind917: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42c, without the code)",
    gold_dir .. "blind917/" },
  { "nine-hundred-and-thirty-eighth blind set (tests/gold/blind938: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind938/" },
  { "nine-hundred-and-thirty-sixth blind set (tests/gold/blind936: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind936/" },
  { "nine-hundred-and-thirty-fifth blind set (tests/gold/blind935: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind935/" },
  { "nine-hundred-and-twenty-ninth blind set (tests/gold/blind929: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind929/" },
  { "nine-hundred-and-thirty-ninth blind set (tests/gold/blind939: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind939/" },
  { "nine-hundred-and-thirty-fourth blind set (tests/gold/blind934: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind934/" },
  { "nine-hundred-and-fortieth blind set (tests/gold/blind940: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind940/" },
  { "nine-hundred-and-forty-third blind set (tests/gold/blind943: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind943/" },
  { "nine-hundred-and-thirty-seventh blind set (tests/gold/blind937: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind937/" },
  { "nine-hundred-and-forty-seventh blind set (tests/gold/blind947: multilateral bodies, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind947/" },
  { "nine-hundred-and-forty-fourth blind set (tests/gold/blind944: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind944/" },
  { "nine-hundred-and-forty-sixth blind set (tests/gold/blind946: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind946/" },
  { "nine-hundred-and-twenty-fifth blind set (tests/gold/blind925: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42d, without the code)",
    gold_dir .. "blind925/" },
  { "nine-hundred-and-forty-second blind set (tests/gold/blind942: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind942/" },
  { "nine-hundred-and-forty-eighth blind set (tests/gold/blind948: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind948/" },
  { "nine-hundred-and-forty-fifth blind set (tests/gold/blind945: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42f, without the code)",
    gold_dir .. "blind945/" },
  { "nine-hundred-and-thirty-third blind set (tests/gold/blind933: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 42's round 42e, without the code)",
    gold_dir .. "blind933/" },
  { "nine-hundred-and-fifty-fourth blind set (tests/gold/blind954: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind954/" },
  { "nine-hundred-and-fifty-fifth blind set (tests/gold/blind955: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind955/" },
  { "nine-hundred-and-fifty-sixth blind set (tests/gold/blind956: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind956/" },
  { "nine-hundred-and-fifty-first blind set (tests/gold/blind951: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind951/" },
  { "nine-hundred-and-fiftieth blind set (tests/gold/blind950: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind950/" },
  { "nine-hundred-and-fifty-second blind set (tests/gold/blind952: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind952/" },
  { "nine-hundred-and-fifty-third blind set (tests/gold/blind953: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind953/" },
  { "nine-hundred-and-forty-first blind set (tests/gold/blind941: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43a, without the code)",
    gold_dir .. "blind941/" },
  { "nine-hundred-and-sixtieth blind set (tests/gold/blind960: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind960/" },
  { "nine-hundred-and-sixty-third blind set (tests/gold/blind963: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind963/" },
  { "nine-hundred-and-fifty-ninth blind set (tests/gold/blind959: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind959/" },
  { "nine-hundred-and-sixty-fourth blind set (tests/gold/blind964: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind964/" },
  { "nine-hundred-and-fifty-eighth blind set (tests/gold/blind958: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind958/" },
  { "nine-hundred-and-sixty-first blind set (tests/gold/blind961: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind961/" },
  { "nine-hundred-and-sixty-second blind set (tests/gold/blind962: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind962/" },
  { "nine-hundred-and-forty-ninth blind set (tests/gold/blind949: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43b, without the code)",
    gold_dir .. "blind949/" },
  { "nine-hundred-and-sixty-eighth blind set (tests/gold/blind968: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind968/" },
  { "nine-hundred-and-sixty-sixth blind set (tests/gold/blind966: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind966/" },
  { "nine-hundred-and-sixty-seventh blind set (tests/gold/blind967: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind967/" },
  { "nine-hundred-and-seventy-first blind set (tests/gold/blind971: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind971/" },
  { "nine-hundred-and-seventy-second blind set (tests/gold/blind972: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind972/" },
  { "nine-hundred-and-sixty-ninth blind set (tests/gold/blind969: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind969/" },
  { "nine-hundred-and-seventieth blind set (tests/gold/blind970: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind970/" },
  { "nine-hundred-and-fifty-seventh blind set (tests/gold/blind957: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43c, without the code)",
    gold_dir .. "blind957/" },
  { "nine-hundred-and-seventy-eighth blind set (tests/gold/blind978: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind978/" },
  { "nine-hundred-and-seventy-ninth blind set (tests/gold/blind979: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind979/" },
  { "nine-hundred-and-seventy-fourth blind set (tests/gold/blind974: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind974/" },
  { "nine-hundred-and-seventy-fifth blind set (tests/gold/blind975: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind975/" },
  { "nine-hundred-and-seventy-sixth blind set (tests/gold/blind976: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind976/" },
  { "nine-hundred-and-eightieth blind set (tests/gold/blind980: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind980/" },
  { "nine-hundred-and-seventy-seventh blind set (tests/gold/blind977: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind977/" },
  { "nine-hundred-and-sixty-fifth blind set (tests/gold/blind965: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43d, without the code)",
    gold_dir .. "blind965/" },
  { "nine-hundred-and-eighty-sixth blind set (tests/gold/blind986: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind986/" },
  { "nine-hundred-and-eighty-fourth blind set (tests/gold/blind984: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind984/" },
  { "nine-hundred-and-eighty-second blind set (tests/gold/blind982: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind982/" },
  { "nine-hundred-and-eighty-third blind set (tests/gold/blind983: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind983/" },
  { "nine-hundred-and-eighty-seventh blind set (tests/gold/blind987: multilateral bodies, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind987/" },
  { "nine-hundred-and-eighty-eighth blind set (tests/gold/blind988: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind988/" },
  { "nine-hundred-and-seventy-third blind set (tests/gold/blind973: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind973/" },
  { "nine-hundred-and-eighty-fifth blind set (tests/gold/blind985: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 43's round 43e, without the code)",
    gold_dir .. "blind985/" },
  { "nine-hundred-and-ninetieth blind set (tests/gold/blind990: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind990/" },
  { "nine-hundred-and-ninety-first blind set (tests/gold/blind991: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind991/" },
  { "nine-hundred-and-ninety-second blind set (tests/gold/blind992: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind992/" },
  { "nine-hundred-and-ninety-fourth blind set (tests/gold/blind994: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind994/" },
  { "nine-hundred-and-ninety-fifth blind set (tests/gold/blind995: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind995/" },
  { "nine-hundred-and-ninety-sixth blind set (tests/gold/blind996: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind996/" },
  { "nine-hundred-and-eighty-first blind set (tests/gold/blind981: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind981/" },
  { "nine-hundred-and-ninety-third blind set (tests/gold/blind993: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44a, without the code)",
    gold_dir .. "blind993/" },
  { "one-thousandth blind set (tests/gold/blind1000: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind1000/" },
  { "nine-hundred-and-ninety-eighth blind set (tests/gold/blind998: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind998/" },
  { "one-thousand-and-first blind set (tests/gold/blind1001: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind1001/" },
  { "one-thousand-and-second blind set (tests/gold/blind1002: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind1002/" },
  { "one-thousand-and-third blind set (tests/gold/blind1003: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind1003/" },
  { "one-thousand-and-fourth blind set (tests/gold/blind1004: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind1004/" },
  { "nine-hundred-and-ninety-ninth blind set (tests/gold/blind999: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind999/" },
  { "nine-hundred-and-eighty-ninth blind set (tests/gold/blind989: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44b, without the code)",
    gold_dir .. "blind989/" },
  { "one-thousand-and-tenth blind set (tests/gold/blind1010: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1010/" },
  { "one-thousand-and-eleventh blind set (tests/gold/blind1011: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1011/" },
  { "one-thousand-and-ninth blind set (tests/gold/blind1009: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1009/" },
  { "one-thousand-and-twelfth blind set (tests/gold/blind1012: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1012/" },
  { "one-thousand-and-seventh blind set (tests/gold/blind1007: multilateral bodies, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1007/" },
  { "one-thousand-and-sixth blind set (tests/gold/blind1006: mainstream bilateral kinds, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1006/" },
  { "one-thousand-and-eighth blind set (tests/gold/blind1008: trilateral and minilateral statements, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind1008/" },
  { "nine-hundred-and-ninety-seventh blind set (tests/gold/blind997: bilateral kinds rarely seen, "
    .. "written beside seven other sets of session 44's round 44c, without the code)",
    gold_dir .. "blind997/" },
  { "one-thousand-and-nineteenth blind set (tests/gold/blind1019: multilateral bodies, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1019/" },
  { "one-thousand-and-twentieth blind set (tests/gold/blind1020: trilateral and minilateral statements, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1020/" },
  { "one-thousand-and-seventeenth blind set (tests/gold/blind1017: bilateral kinds rarely seen, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1017/" },
  { "one-thousand-and-eighteenth blind set (tests/gold/blind1018: mainstream bilateral kinds, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1018/" },
  { "one-thousand-and-fifteenth blind set (tests/gold/blind1015: multilateral bodies, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1015/" },
  { "one-thousand-and-fourteenth blind set (tests/gold/blind1014: mainstream bilateral kinds, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1014/" },
  { "one-thousand-and-sixteenth blind set (tests/gold/blind1016: trilateral and minilateral statements, "
    .. "written beside six other sets of session 44's round 44d, without the code)",
    gold_dir .. "blind1016/" },
  { "one-thousand-and-twenty-eighth blind set (tests/gold/blind1028: trilateral and minilateral statements, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1028/" },
  { "one-thousand-and-twenty-fifth blind set (tests/gold/blind1025: bilateral kinds rarely seen, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1025/" },
  { "one-thousand-and-twenty-seventh blind set (tests/gold/blind1027: multilateral bodies, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1027/" },
  { "one-thousand-and-twenty-sixth blind set (tests/gold/blind1026: mainstream bilateral kinds, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1026/" },
  { "one-thousand-and-twenty-second blind set (tests/gold/blind1022: mainstream bilateral kinds, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1022/" },
  { "one-thousand-and-twenty-third blind set (tests/gold/blind1023: multilateral bodies, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1023/" },
  { "one-thousand-and-fifth blind set (tests/gold/blind1005: bilateral kinds rarely seen, "
    .. "written beside six other sets of session 44's round 44e, without the code)",
    gold_dir .. "blind1005/" },
}
local any = false
for _, set in ipairs(sets) do
  if #gold_files(set[2]) > 0 then
    any = true
    report(set[1], eval_set(set[2]))
  end
end
if not any then print("eval: no gold files in " .. gold_dir) end
