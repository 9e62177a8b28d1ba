-- scm.plugins: discovery, loading in protected mode, the command line.
local plugins = require "scm.plugins"
local H = require "tests.helpers"

local fixtures = H.root .. "/tests/fixtures/"

-- A sink that collects what is written to it.
local function sink()
  local s = { parts = {} }
  function s:write(...)
    for _, v in ipairs({ ... }) do self.parts[#self.parts + 1] = tostring(v) end
    return self
  end
  function s:text() return table.concat(self.parts) end
  return s
end

local function tmpdir()
  local p = io.popen("mktemp -d")
  local d = p:read("l")
  p:close()
  return d
end

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

describe("scm.plugins", function()
  local dir, saved_getenv
  setup(function()
    dir = tmpdir()
    write(dir .. "/hello.lua", [[
return { name = "hello", summary = "Say hello to a document.",
  arguments = { { "file", "A communiqué." } },
  run = function(ctx, args)
    local doc = ctx.read(args.file)
    return { columns = { "title", "sentences" }, rows = { { doc.title, doc:count("sentences") } } }
  end }
]])
    write(dir .. "/syntax.lua", "return { name = 'syntax', run = function( end }\n")
    write(dir .. "/raises.lua", "error('boom at load time')\n")
    write(dir .. "/shapeless.lua", "return { name = 'shapeless' }\n")
    saved_getenv = os.getenv
    -- the plugin path is read through os.getenv: point it at the temp dir
    _G.os.getenv = function(k)
      if k == "SCM_PLUGIN_PATH" then return dir end
      if k == "XDG_CONFIG_HOME" then return dir .. "/xdg" end
      return saved_getenv(k)
    end
  end)
  teardown(function()
    _G.os.getenv = saved_getenv
    os.execute('rm -rf "' .. dir .. '"')
  end)

  it("loads every built-in as scm.plugins.NAME", function()
    for _, name in ipairs(plugins.builtins) do
      local p = require("scm.plugins." .. name)
      assert.equal(name, p.name)
      assert.is_function(p.run)
      assert.is_string(p.summary)
    end
  end)

  it("searches SCM_PLUGIN_PATH, then the config directory", function()
    assert.same({ dir, dir .. "/xdg/scm/plugins" }, plugins.dirs())
  end)

  it("lists built-ins and user plugins, broken ones with their file", function()
    local by = {}
    for _, p in ipairs(plugins.list()) do by[p.name] = p end
    assert.equal("Say hello to a document.", by.hello.summary)
    assert.equal("user", by.hello.origin)
    assert.equal("builtin", by.compare.origin)
    assert.matches("syntax.lua", by.syntax.error, 1, true)
    assert.matches("raises.lua) failed to load: ", by.raises.error, 1, true)
    assert.matches("boom at load time", by.raises.error, 1, true)
    assert.matches("shapeless.lua) has no run(ctx, args) function", by.shapeless.error, 1, true)
    assert.is_nil(by.compare.error)
  end)

  it("returns nil and a message naming the file for a broken plugin", function()
    local p, err = plugins.load("raises")
    assert.is_nil(p)
    assert.matches(dir .. "/raises.lua", err, 1, true)
    p, err = plugins.load("nonesuch")
    assert.is_nil(p)
    assert.equal("no plugin named 'nonesuch' (try 'scm plugins')", err)
  end)

  it("prints the list and fails (status 1) when a plugin is broken", function()
    local out = sink()
    local status = plugins.main({ "plugins" }, { stdout = out, color = false })
    assert.equal(1, status)
    assert.matches("\ncompare +Redline two communiqués", out:text())
    assert.matches("\nsyntax +BROKEN: plugin 'syntax'", out:text())
  end)

  it("runs a user plugin with the generic table output", function()
    local out, err = sink(), sink()
    local status = plugins.main({ "run", "hello", fixtures .. "dcm7-2031-spaced.txt", "-f", "csv" },
      { stdout = out, stderr = err })
    assert.equal(0, status, err:text())
    assert.equal("title,sentences\r\nJoint Communique,14\r\n", out:text())
  end)

  it("runs a plugin as its own subcommand", function()
    local out = sink()
    assert.equal(0, plugins.main({ "hello", fixtures .. "dcm7-2031-spaced.txt" }, { stdout = out, color = false }))
    assert.equal("title             sentences\nJoint Communique         14\n", out:text())
  end)

  it("reports a usage error with status 2", function()
    local out, err = sink(), sink()
    assert.equal(2, plugins.main({ "run", "compare", "only-one.txt" }, { stdout = out, stderr = err }))
    assert.matches("missing argument 'new'", err:text())
  end)

  it("reports a failing run with the plugin's name and status 1", function()
    local out, err = sink(), sink()
    assert.equal(1, plugins.main({ "run", "compare", "/nonexistent/a.txt", "/nonexistent/b.txt" },
      { stdout = out, stderr = err }))
    assert.matches("^scm: compare: /nonexistent/a.txt: No such file", err:text())
    assert.equal("", out:text())
  end)

  it("a broken plugin does not stop the others", function()
    local out = sink()
    assert.equal(0, plugins.main({ "run", "compare", fixtures .. "dcm7-2031-spaced.txt",
      fixtures .. "dcm8-2032-spaced.txt", "-f", "json" }, { stdout = out }))
    local data = require("scm.render.json").decode(out:text())
    assert.equal(1, data.summary.paragraphs_moved)
  end)

  it("writes to --output", function()
    local path = dir .. "/out.html"
    assert.equal(0, plugins.main({ "run", "compare", fixtures .. "dcm7-2031-spaced.txt",
      fixtures .. "dcm8-2032-spaced.txt", "-f", "html", "-o", path }, { stdout = sink() }))
    local html = H.slurp(path)
    assert.matches("^<!DOCTYPE html>", html)
    assert.matches("<ins>strengthen</ins>", html, 1, true)
    assert.matches("<del>deepen</del>", html, 1, true)
  end)
end)

describe("scm.render", function()
  it("quotes CSV fields as RFC 4180 says", function()
    local csv = require "scm.render.csv"
    assert.equal('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n',
      csv.table({ "a", "b" }, { { "x, y", 'say "hi"' }, { "two\nlines", 3 } }))
  end)

  it("writes JSON with sorted keys and [] for empty tables", function()
    local json = require "scm.render.json"
    assert.equal('{"a":[],"b":{"c":1,"d":[1,2]}}', json.encode({ b = { d = { 1, 2 }, c = 1 }, a = {} }))
  end)

  it("aligns text tables, numbers to the right", function()
    local text = require "scm.render.text"
    assert.equal("name    n\nalpha   1\nb      22\n", text.table({ "name", "n" }, { { "alpha", 1 }, { "b", 22 } }))
  end)

  it("colours only when told, and never under NO_COLOR", function()
    local text = require "scm.render.text"
    assert.equal("x", text.styler(false)("red", "x"))
    assert.equal("\27[31mx\27[0m", text.styler(true)("red", "x"))
    assert.is_false(text.use_color(io.stdout, false))
  end)

  it("draws a sparkline with dots for zeros", function()
    assert.equal("·▄█·", require("scm.render.text").sparkline({ 0, 1, 2, 0 }))
  end)

  it("escapes HTML", function()
    assert.equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", require("scm.render.html").escape("<a href=\"x\">&'"))
  end)
end)
