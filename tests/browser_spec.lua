-- The HTML report in a real browser: headless Chromium renders it, a
-- screenshot is taken, and the DOM is checked for the expected sections.
-- Skipped (with a message) where /usr/bin/chromium is absent; .ci/run
-- installs Debian's chromium.
local H = require "tests.helpers"
local plugins = require "scm.plugins"

local CHROMIUM = os.getenv("SCM_CHROMIUM") or "/usr/bin/chromium"

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- Chromium runs without the sanitizer runtime `make asan` preloads into
-- the Lua process (it would abort the browser, not test scm).
local function sh(cmd)
  local p = io.popen("env -u LD_PRELOAD " .. cmd .. " 2>/dev/null")
  local out = p:read("a")
  p:close()
  return out
end

describe("the HTML report in Chromium", function()
  if not exists(CHROMIUM) then
    pending("chromium not found at " .. CHROMIUM .. ": browser check skipped (apt-get install chromium)")
    return
  end

  local dir, html_path, flags
  setup(function()
    dir = sh("mktemp -d"):gsub("%s+$", "")
    html_path = dir .. "/report.html"
    local out = { write = function() end }
    local status = plugins.main({ "run", "report", H.root .. "/tests/fixtures/dcm7-2031-spaced.txt",
      H.root .. "/tests/fixtures/dcm8-2032-spaced.txt", "-o", html_path }, { stdout = out })
    assert.equal(0, status)
    flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run " ..
      "--disable-background-networking --disable-component-update --disable-sync " ..
      "--user-data-dir=" .. dir .. "/profile"
  end)
  teardown(function() os.execute('rm -rf "' .. dir .. '"') end)

  it("takes a screenshot of the page", function()
    local png = dir .. "/report.png"
    sh(("timeout 90 %s %s --window-size=1200,2000 --screenshot=%s file://%s"):format(CHROMIUM, flags, png, html_path))
    assert.is_true(exists(png), "no screenshot written")
    local head = H.slurp(png):sub(1, 8)
    assert.equal("\137PNG\r\n\26\n", head)
    assert.is_true(#H.slurp(png) > 20000, "the screenshot is suspiciously small (blank page?)")
  end)

  it("has the expected sections in its DOM", function()
    local dom = sh(("timeout 90 %s %s --dump-dom file://%s"):format(CHROMIUM, flags, html_path))
    for _, id in ipairs({ "facts", "summary", "people", "acts", "phrases", "redline", "side-by-side" }) do
      assert.matches('<section id="' .. id .. '">', dom, 1, true)
    end
    assert.matches("<del>deepen</del>", dom, 1, true)
    assert.matches("<ins>strengthen</ins>", dom, 1, true)
    assert.matches("moved from ¶7", dom, 1, true)
    assert.matches("<svg", dom, 1, true)
    -- self-contained: nothing fetched
    assert.is_nil(dom:find("<script", 1, true))
    assert.is_nil(dom:find('src="http', 1, true))
    assert.is_nil(dom:find('href="http', 1, true))
  end)
end)
