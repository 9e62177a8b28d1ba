-- Specs for bin/scm: the real command, run in a temporary directory.
-- luacheck: no max line length
local root = os.getenv("SCM_TEST_ROOT") or "."
local LUA = os.getenv("LUA") or "lua5.4"
local SCM = LUA .. " " .. root .. "/bin/scm"

local DOC_A = [[
Joint Communiqué

The 44th U.S.-ROK Security Consultative Meeting

Washington, D.C., October 24, 2012

The Secretary and the Minister reaffirmed the commitment to provide extended deterrence for the ROK, using the full range of military capabilities, including the U.S. nuclear umbrella.

They urged North Korea to abandon all nuclear weapons and existing nuclear programs.
]]

local DOC_B = [[
Joint Communiqué

Seoul, October 2, 2013

The Minister welcomed the commitment of the United States to extended deterrence, which remains firm, and "a tailored strategy".
]]

local dir

local function write(name, bytes)
  local f = assert(io.open(dir .. "/" .. name, "wb"))
  f:write(bytes)
  f:close()
end

-- Run the command in the temporary directory: stdout, stderr, exit status.
local function run(args)
  local cmd = ("cd %s && %s %s > out.txt 2> err.txt"):format(dir, SCM, args)
  local _, _, status = os.execute(cmd)
  local function read(n)
    local f = io.open(dir .. "/" .. n)
    local s = f and f:read("a") or ""
    if f then f:close() end
    return s
  end
  return read("out.txt"), read("err.txt"), status
end

describe("bin/scm", function()
  setup(function()
    local p = io.popen("mktemp -d")
    dir = p:read("l")
    p:close()
    write("scm44-2012.txt", DOC_A)
    write("scm45-2013.txt", DOC_B)
    write("bad.txt", "Joint Statement\n\nBroken \255 bytes.\n")
  end)
  teardown(function() os.execute("rm -rf " .. dir) end)

  it("prints help for the command and each subcommand", function()
    local out, _, status = run("--help")
    assert.are.equal(0, status)
    for _, c in ipairs({ "ingest", "search", "show", "sql", "kwic", "stats" }) do
      assert.matches(c, out)
      local sub, _, s = run(c .. " --help")
      assert.are.equal(0, s)
      assert.matches("Usage: scm " .. c, sub)
    end
  end)

  it("exits 2 on a usage error", function()
    local _, err, status = run("frobnicate")
    assert.are.equal(2, status)
    assert.matches("Usage", err)
    status = select(3, run("search"))
    assert.are.equal(2, status)
  end)

  it("ingests files, reports the bad one and exits 1", function()
    local out, err, status = run("ingest alliance.db scm44-2012.txt bad.txt scm45-2013.txt")
    assert.are.equal(1, status)
    assert.matches("scm44%-2012.txt%s+new", out)
    assert.matches("bad.txt%s+failed", out)
    assert.matches("bad.txt: .*byte", err)
    out, err, status = run("ingest alliance.db scm44-2012.txt scm45-2013.txt")
    assert.matches("0 failed", err)
    assert.are.equal(0, status)
    assert.matches("unchanged", out)
  end)

  it("ingests PDF and HTML files, once, and reports an unreadable PDF", function()
    local fx = root .. "/tests/fixtures/"
    local html = fx .. "html/statement-layout.html"
    if not os.execute("pdftotext -v >/dev/null 2>&1") then
      pending("pdftotext is not installed (apt-get install poppler-utils): HTML only")
      local out, _, status = run("ingest web.db " .. html)
      assert.are.equal(0, status)
      assert.matches("new", out)
      return
    end
    local files = fx .. "pdf/nordavia-dcm7.pdf " .. fx .. "pdf/scanned.pdf " .. html
    local out, err, status = run("ingest web.db " .. files)
    assert.are.equal(1, status)
    assert.matches("nordavia%-dcm7.pdf%s+new", out)
    assert.matches("statement%-layout.html%s+new", out)
    assert.matches("scanned.pdf: .*OCR", err)
    out, err, status = run("ingest web.db " .. fx .. "pdf/nordavia-dcm7.pdf " .. html)
    assert.are.equal(0, status, err)
    assert.matches("nordavia%-dcm7.pdf%s+unchanged", out)
  end)

  it("searches, in every format", function()
    local out, _, status = run("search alliance.db '\"extended deterrence\"'")
    assert.are.equal(0, status)
    assert.matches("scm44%-2012.txt", out)
    assert.matches("%[extended deterrence%]", out)
    local json = run("search alliance.db deterrence --format json")
    local cjson = require "cjson"
    local hits = cjson.decode(json)
    assert.are.equal(2, #hits)
    assert.is_string(hits[1].snippet)
    local csv = run("search alliance.db tailored --format csv")
    assert.matches("^document,version,date", csv)
    assert.is_truthy(csv:find('""a tailored strategy"".', 1, true)) -- RFC 4180 quoting
  end)

  it("explains a malformed query and exits 1", function()
    local _, err, status = run("search alliance.db '\"unclosed'")
    assert.are.equal(1, status)
    assert.matches("malformed search query", err)
  end)

  it("exits 0 with no output when nothing is found", function()
    local out, _, status = run("search alliance.db zeppelin --format csv")
    assert.are.equal(0, status)
    assert.are.equal("", out)
  end)

  it("runs SQL with parameters, read-only unless --write", function()
    local out, _, status = run("sql alliance.db \"SELECT name FROM documents WHERE name = :n\" n=scm45-2013.txt --format csv")
    assert.are.equal(0, status)
    assert.are.equal("name\r\nscm45-2013.txt\r\n", out)
    local _, err, s = run("sql alliance.db \"DELETE FROM documents\"")
    assert.are.equal(1, s)
    assert.matches("would change the corpus", err)
    out = run("sql alliance.db \"SELECT count(*) AS n FROM sentences WHERE text REGEXP ?\" '\\bdeterr\\w+' --format json")
    assert.matches('"n":2', out)
  end)

  it("shows keywords in context", function()
    local out, _, status = run("kwic alliance.db 'deterren*' --window 2")
    assert.are.equal(0, status)
    assert.matches("provide extended%s+deterrence%s+for the", out)
  end)

  it("prints figures", function()
    local out, _, status = run("stats alliance.db")
    assert.are.equal(0, status)
    assert.matches("2 documents", out)
    local json = run("stats alliance.db --format json")
    assert.are.equal(2, require("cjson").decode(json).documents)
  end)

  it("shows one document", function()
    local out, _, status = run("show scm44-2012.txt")
    assert.are.equal(0, status)
    assert.matches("Paragraphs", out)
    assert.matches("nuclear umbrella", out)
    local json = run("show scm44-2012.txt --format json")
    assert.is_table(require("cjson").decode(json).paragraphs)
  end)

  it("says so when a file is not a corpus", function()
    local _, err, status = run("search scm44-2012.txt deterrence")
    assert.are.equal(1, status)
    assert.matches("not an scm corpus", err)
    local _
    _, err, status = run("stats missing.db")
    assert.are.equal(1, status)
    assert.matches("no such corpus", err)
  end)
end)
