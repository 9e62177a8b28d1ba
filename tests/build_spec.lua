-- The build files agree with the tree: every C source is compiled by the
-- rockspec, every Lua module is installed.
local helpers = require "tests.helpers"

local function rockspec()
  local env = {}
  local chunk = assert(loadfile(helpers.root .. "/scm-dev-1.rockspec", "t", env))
  chunk()
  return env
end

local function ls(pattern)
  local out = {}
  local p = io.popen("cd '" .. helpers.root .. "' && ls " .. pattern .. " 2>/dev/null")
  for line in p:lines() do out[#out + 1] = line end
  p:close()
  table.sort(out)
  return out
end

describe("scm-dev-1.rockspec", function()
  it("compiles every C file of core/ into scm.core", function()
    local spec = rockspec()
    local sources = spec.build.modules["scm.core"].sources
    local listed = {}
    for _, s in ipairs(sources) do listed[#listed + 1] = s end
    table.sort(listed)
    assert.same(ls("core/*.c core/extract/*.c"), listed)
  end)

  it("installs every Lua module of lua/scm and every plugin", function()
    local spec = rockspec()
    local installed = {}
    for name, src in pairs(spec.build.modules) do
      if type(src) == "string" then installed[#installed + 1] = src end
      assert.is_string(name)
    end
    table.sort(installed)
    local files = ls("lua/scm/*.lua lua/scm/*/*.lua plugins/*.lua")
    assert.same(files, installed)
  end)

  it("declares PCRE2 and SQLite as external dependencies", function()
    local spec = rockspec()
    assert.same({ header = "pcre2.h", library = "pcre2-8" }, spec.external_dependencies.PCRE2)
    assert.same({ header = "sqlite3.h", library = "sqlite3" }, spec.external_dependencies.SQLITE3)
    assert.equal("busted", spec.test.type)
  end)
end)
