--- scm.plugins: find, load and run analysis workflows.
--
-- A plugin is a Lua module that returns a table:
--
--    return {
--      name = "compare",
--      summary = "Redline two communiqués ...",        -- one line
--      description = "...",                             -- optional, for --help
--      arguments = { { "old", "The earlier communiqué." }, { "new", "..." } },
--      options = { { "--threshold", "Least similarity.", default = "0.5",
--                    convert = "number" }, { "--quiet", "...", flag = true } },
--      formats = { "text", "json", "csv", "html" },     -- optional
--      run = function(ctx, args) return data end,       -- plain Lua tables
--      render = { text = f, csv = f, html = f },        -- f(data, ctx) -> string
--    }
--
-- Built-ins are the modules scm.plugins.NAME (plugins/NAME.lua in the
-- source tree).  User plugins are NAME.lua files in the directories of
-- SCM_PLUGIN_PATH (separated by ":" or ";") and in ~/.config/scm/plugins/
-- ($XDG_CONFIG_HOME/scm/plugins/); a user plugin with a built-in's name
-- takes its place.  Every plugin is loaded inside pcall: a broken one is
-- reported with its file name and the others carry on.

local M = {}

M.builtins = { "compare", "track", "commitments", "glossary", "timeline", "keyness", "report" }
M.formats = { "text", "json", "csv", "html" }

local EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

---------------------------------------------------------------------------
-- Finding plugin files

local function file_exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- The source tree's plugins/ directory, found from this file's own path
-- (lua/scm/plugins.lua -> plugins/), so that require "scm.plugins.NAME"
-- works uninstalled.  nil when installed (then the rockspec put the
-- plugins next to this module).
local function tree_dir()
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) ~= "@" then return nil end
  local path = src:sub(2)
  local dir = path:match("^(.*[/\\])lua[/\\]scm[/\\]plugins%.lua$")
    or (path:match("^lua[/\\]scm[/\\]plugins%.lua$") and "./")
  if not dir then return nil end
  return dir .. "plugins"
end
M.tree_dir = tree_dir()

-- A package searcher for scm.plugins.NAME in the source tree.
local function tree_searcher(modname)
  local name = modname:match("^scm%.plugins%.([%w_%-]+)$")
  if not name or not M.tree_dir then return nil end
  local path = M.tree_dir .. "/" .. name .. ".lua"
  if not file_exists(path) then return "\n\tno file '" .. path .. "'" end
  local chunk, err = loadfile(path)
  if not chunk then error(("error loading module '%s' from file '%s':\n\t%s"):format(modname, path, err), 2) end
  return chunk, path
end

local installed = false
for _, s in ipairs(package.searchers) do
  if s == tree_searcher then installed = true end
end
if not installed then table.insert(package.searchers, tree_searcher) end

--- The directories searched for user plugins, in order.
function M.dirs()
  local dirs = {}
  local path = os.getenv("SCM_PLUGIN_PATH")
  if path then
    for d in path:gmatch("[^:;]+") do dirs[#dirs + 1] = (d:gsub("/+$", "")) end
  end
  local xdg = os.getenv("XDG_CONFIG_HOME")
  local home = os.getenv("HOME")
  if xdg and xdg ~= "" then
    dirs[#dirs + 1] = xdg .. "/scm/plugins"
  elseif home then
    dirs[#dirs + 1] = home .. "/.config/scm/plugins"
  end
  return dirs
end

-- The NAME.lua files of a directory (none when it does not exist).
local function lua_files(dir)
  local out = {}
  local p = io.popen('ls -1 "' .. dir:gsub('"', '\\"') .. '" 2>/dev/null')
  if not p then return out end
  for f in p:lines() do
    local name = f:match("^([%w_%-]+)%.lua$")
    if name then out[#out + 1] = name end
  end
  p:close()
  table.sort(out)
  return out
end

---------------------------------------------------------------------------
-- Loading

--- Check a plugin table's shape.
-- @return the plugin, or nil and what is wrong
function M.validate(p, name)
  if type(p) ~= "table" then
    return nil, ("did not return a table (got %s)"):format(type(p))
  end
  if type(p.run) ~= "function" then return nil, "has no run(ctx, args) function" end
  if p.name ~= nil and type(p.name) ~= "string" then return nil, "name must be a string" end
  if p.name == nil then p.name = name end
  if p.summary ~= nil and type(p.summary) ~= "string" then return nil, "summary must be a string" end
  for _, k in ipairs({ "arguments", "options", "render", "formats" }) do
    if p[k] ~= nil and type(p[k]) ~= "table" then return nil, k .. " must be a table" end
  end
  for i, o in ipairs(p.options or {}) do
    if type(o) ~= "table" or type(o[1]) ~= "string" or not o[1]:match("^%-") then
      return nil, ("options[%d] must be { \"--name\", \"description\", ... }"):format(i)
    end
  end
  for i, a in ipairs(p.arguments or {}) do
    if type(a) ~= "table" or type(a[1]) ~= "string" then
      return nil, ("arguments[%d] must be { \"name\", \"description\" }"):format(i)
    end
  end
  return p
end

--- Load a plugin from a file, in protected mode.
-- @return plugin, or nil and "path: message"
function M.load_file(path, name)
  name = name or path:match("([^/\\]+)%.lua$") or path
  local chunk, err = loadfile(path, "t")
  if not chunk then return nil, ("plugin '%s' (%s): %s"):format(name, path, err) end
  local ok, p = pcall(chunk, "scm.plugins." .. name, path)
  if not ok then return nil, ("plugin '%s' (%s) failed to load: %s"):format(name, path, tostring(p)) end
  local valid, why = M.validate(p, name)
  if not valid then return nil, ("plugin '%s' (%s) %s"):format(name, path, why) end
  valid.path = valid.path or path
  return valid
end

--- Where plugin NAME would come from: a user file, or the built-in.
-- @return path or nil, origin ("user" | "builtin")
function M.find(name)
  if type(name) ~= "string" or not name:match("^[%w_%-]+$") then return nil end
  for _, dir in ipairs(M.dirs()) do
    local path = dir .. "/" .. name .. ".lua"
    if file_exists(path) then return path, "user" end
  end
  for _, b in ipairs(M.builtins) do
    if b == name then
      local path = M.tree_dir and (M.tree_dir .. "/" .. name .. ".lua")
      return path and file_exists(path) and path or ("scm.plugins." .. name), "builtin"
    end
  end
  return nil
end

--- Load plugin NAME (user plugins first, then built-ins).
-- @return plugin, or nil and a message naming the file
function M.load(name)
  local path, origin = M.find(name)
  if not path then
    return nil, ("no plugin named '%s' (try 'scm plugins')"):format(tostring(name))
  end
  if origin == "user" then
    local p, err = M.load_file(path, name)
    if p then p.origin = "user" end
    return p, err
  end
  local ok, p = pcall(require, "scm.plugins." .. name)
  if not ok then
    -- "module not found" lists every path tried: its first line says enough
    local msg = tostring(p)
    if msg:find("not found:", 1, true) then msg = msg:match("^[^\n]*") end
    return nil, ("plugin '%s' (%s) failed to load: %s"):format(name, path, msg)
  end
  local valid, why = M.validate(p, name)
  if not valid then return nil, ("plugin '%s' (%s) %s"):format(name, path, why) end
  valid.origin = "builtin"
  valid.path = valid.path or path
  return valid
end

--- Every plugin: built-ins and user plugins, each loaded in protected
-- mode; a broken one is listed with its error.
-- @return list of { name, summary, origin, path, error }, sorted by name
function M.list()
  local seen, out = {}, {}
  local function add(name)
    if seen[name] then return end
    seen[name] = true
    local path, origin = M.find(name)
    local p, err = M.load(name)
    out[#out + 1] = {
      name = name, origin = origin, path = path,
      summary = p and (p.summary or "") or nil, error = err,
      overrides = origin == "user" and (function()
        for _, b in ipairs(M.builtins) do if b == name then return true end end
        return false
      end)() or nil,
    }
  end
  for _, dir in ipairs(M.dirs()) do
    for _, name in ipairs(lua_files(dir)) do add(name) end
  end
  for _, name in ipairs(M.builtins) do add(name) end
  table.sort(out, function(a, b) return a.name < b.name end)
  return out
end

---------------------------------------------------------------------------
-- The context a plugin runs with

local function sqlite_file(path)
  local f = io.open(path, "rb")
  if not f then return false end
  local head = f:read(16)
  f:close()
  return head == "SQLite format 3\0"
end

--- Make the context handed to run(ctx, args).
-- @param opts { stdout, stderr, format, color }
function M.context(opts)
  opts = opts or {}
  local scm = require "scm"
  local ctx = {
    scm = scm,
    diff = require "scm.diff",
    render = {
      text = require "scm.render.text",
      json = require "scm.render.json",
      csv = require "scm.render.csv",
      html = require "scm.render.html",
      svg = require "scm.render.svg",
    },
    stdout = opts.stdout or io.stdout,
    stderr = opts.stderr or io.stderr,
    format = opts.format or "text",
  }
  ctx.color = ctx.render.text.use_color(ctx.stdout, opts.color)
  ctx.style = ctx.render.text.styler(ctx.color)

  --- A warning on stderr (never in the result).
  function ctx.warn(msg) ctx.stderr:write("scm: ", msg, "\n") end

  --- Read a document; raises with the file's name when it fails.
  function ctx.read(path)
    local doc, err = scm.read(path)
    if not doc then error(err, 0) end
    return doc
  end

  --- A corpus from the inputs: one SQLite corpus file (opened read-only),
  -- or text files ingested into an in-memory corpus.  Files that fail are
  -- reported and skipped.
  function ctx.corpus(inputs)
    if type(inputs) == "string" then inputs = { inputs } end
    if #inputs == 0 then error("no input: give a corpus file or communiqués", 0) end
    if #inputs == 1 and sqlite_file(inputs[1]) then
      local c, err = scm.open(inputs[1], { readonly = true })
      if not c then error(err, 0) end
      return c
    end
    local c = assert(scm.open(":memory:"))
    local report = c:ingest(inputs)
    for _, rec in ipairs(report.files) do
      if rec.status == "failed" then ctx.warn(rec.error or (rec.path .. ": failed")) end
    end
    return c
  end
  return ctx
end

---------------------------------------------------------------------------
-- Rendering a result

--- Render a plugin's result in a format.
-- @return the text
function M.render(plugin, data, format, ctx)
  ctx = ctx or M.context({ format = format })
  local r = plugin.render or {}
  if format == "json" then
    if r.json then return r.json(data, ctx) end
    return ctx.render.json.encode(data) .. "\n"
  end
  if r[format] then return r[format](data, ctx) end
  -- generic: a result that holds { columns = {...}, rows = {...} }
  if type(data) == "table" and data.columns and data.rows then
    if format == "csv" then return ctx.render.csv.table(data.columns, data.rows) end
    if format == "text" then return ctx.render.text.table(data.columns, data.rows, { color = ctx.color }) end
    if format == "html" then
      return ctx.render.html.page({ title = plugin.name, generator = "scm run " .. plugin.name,
        body = ctx.render.html.table(data.columns, data.rows) })
    end
  end
  error(("plugin '%s' has no %s output"):format(plugin.name, format), 0)
end

---------------------------------------------------------------------------
-- The command line: scm plugins / scm run NAME ... / scm NAME ...

local function converter(c)
  if c == "number" then return tonumber end
  if c == "integer" then return function(s) return math.tointeger(tonumber(s)) end end
  return c
end

--- An argparse parser for a plugin.
function M.parser(plugin, prog)
  local argparse = require "argparse"
  local p = argparse(prog or ("scm run " .. plugin.name), plugin.summary or "")
  if plugin.description then p:description((plugin.summary or "") .. "\n\n" .. plugin.description) end
  if plugin.epilog then p:epilog(plugin.epilog) end
  p:help_max_width(100)
  for _, a in ipairs(plugin.arguments or {}) do
    local arg = p:argument(a[1], a[2] or "")
    if a.args then arg:args(a.args) end
    if a.default then arg:default(a.default) end
  end
  local formats = plugin.formats or M.formats
  p:option("--format -f", "Output: " .. table.concat(formats, ", ") .. ".", formats[1]):choices(formats)
  p:option("--output -o", "Write to this file instead of standard output.")
  for _, o in ipairs(plugin.options or {}) do
    if o.flag then
      p:flag(o[1], o[2] or "")
    else
      local opt = p:option(o[1], o[2] or "", o.default)
      if o.choices then opt:choices(o.choices) end
      if o.convert then opt:convert(converter(o.convert)) end
      if o.count then opt:count(o.count) end
      if o.args then opt:args(o.args) end
    end
  end
  return p
end

local function clean(msg)
  return (tostring(msg):gsub("^[^\n]-%.lua:%d+: ", ""))
end

--- Run plugin NAME with command-line arguments.
-- @param argv list of strings (after the plugin's name)
-- @param opts { stdout, stderr, color, prog }
-- @return exit status (0 ok, 1 failed, 2 usage), and the result data
function M.run(name, argv, opts)
  opts = opts or {}
  local stderr = opts.stderr or io.stderr
  local plugin, err = M.load(name)
  if not plugin then
    stderr:write("scm: ", err, "\n")
    return EXIT_FAILED
  end
  local parser = M.parser(plugin, opts.prog)
  local ok, args = parser:pparse(argv)
  if not ok then
    stderr:write(parser:get_usage(), "\n\nscm: ", tostring(args), "\n")
    return EXIT_USAGE
  end
  local ctx = M.context({ stdout = opts.stdout, stderr = stderr, format = args.format,
                          color = args.output and false or opts.color })
  local rok, data = pcall(plugin.run, ctx, args)
  if not rok then
    stderr:write("scm: ", name, ": ", clean(data), "\n")
    return EXIT_FAILED
  end
  local wok, text = pcall(M.render, plugin, data, args.format, ctx)
  if not wok then
    stderr:write("scm: ", name, ": ", clean(text), "\n")
    return EXIT_FAILED
  end
  if args.output then
    local f, ferr = io.open(args.output, "wb")
    if not f then
      stderr:write("scm: ", ferr, "\n")
      return EXIT_FAILED
    end
    f:write(text)
    f:close()
  else
    ctx.stdout:write(text)
  end
  return EXIT_OK, data
end

--- `scm plugins`: the installed plugins with their summaries.
-- @return exit status
function M.print_list(opts)
  opts = opts or {}
  local stdout = opts.stdout or io.stdout
  local text = require "scm.render.text"
  local style = text.styler(text.use_color(stdout, opts.color))
  local list = M.list()
  local width = 0
  for _, p in ipairs(list) do width = math.max(width, #p.name) end
  local broken = false
  for _, p in ipairs(list) do
    local line = style("bold", p.name) .. (" "):rep(width - #p.name + 2)
    if p.error then
      broken = true
      line = line .. style("red", "BROKEN: " .. p.error)
    else
      line = line .. p.summary
      if p.origin == "user" then
        line = line .. style("dim", " [" .. p.path .. (p.overrides and ", replaces the built-in" or "") .. "]")
      end
    end
    stdout:write(line, "\n")
  end
  stdout:write("\nRun one: scm run NAME --help.  User plugins: ",
    table.concat(M.dirs(), ", "), "\n")
  return broken and EXIT_FAILED or EXIT_OK
end

--- The entry point for bin/scm.
--   main({ "plugins" })             list the plugins
--   main({ "run", NAME, ... })      run one
--   main({ NAME, ... })             the same, as its own subcommand
-- @return exit status
function M.main(argv, opts)
  opts = opts or {}
  local stderr = opts.stderr or io.stderr
  local cmd = argv[1]
  if cmd == "plugins" then return M.print_list(opts) end
  local rest = {}
  if cmd == "run" then
    if not argv[2] or argv[2] == "--help" or argv[2] == "-h" then
      stderr:write("Usage: scm run NAME [ARGS...]   (scm plugins lists the names)\n")
      return argv[2] and EXIT_OK or EXIT_USAGE
    end
    for i = 3, #argv do rest[#rest + 1] = argv[i] end
    opts.prog = opts.prog or ("scm run " .. argv[2])
    return (M.run(argv[2], rest, opts))
  end
  if not cmd then
    stderr:write("Usage: scm plugins | scm run NAME [ARGS...]\n")
    return EXIT_USAGE
  end
  for i = 2, #argv do rest[#rest + 1] = argv[i] end
  opts.prog = opts.prog or ("scm " .. cmd)
  return (M.run(cmd, rest, opts))
end

return M
