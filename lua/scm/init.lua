--- scm: read, store and compare diplomatic joint communiqués.
--
--    local scm = require "scm"
--    local doc = assert(scm.read("scm44-2012.txt"))
--    print(doc.title, doc.date)
--
-- The work is done by the C core (`scm.core`); this module gives it the
-- friendly shape: reading files, option checking, the lexicon table and the
-- corpus entry point.

local core = require "scm.core"

local scm = {
  _VERSION = "scm dev-1",
  core = core,
}

local function check_opts(opts, fname)
  if opts ~= nil and type(opts) ~= "table" then
    error(("scm.%s: options must be a table, got %s"):format(fname, type(opts)), 3)
  end
  return opts
end

--- Parse a communiqué given as a string.
-- @param text the raw bytes (UTF-8; see opts.encoding)
-- @param opts { encoding = "utf-8" | "auto" | "windows-1252" }
-- @return Document, or nil and a message that names the byte
function scm.parse(text, opts)
  if type(text) ~= "string" then
    error(("scm.parse: text must be a string, got %s"):format(type(text)), 2)
  end
  return core.parse(text, check_opts(opts, "parse"))
end

local function basename(path)
  return path:match("([^/\\]+)$") or path
end

--- Read and parse a file: text, PDF (needs pdftotext, from poppler-utils)
-- or HTML, the kind decided from the bytes (see docs/inputs.md).
-- @param opts { encoding = ..., charset = "windows-1252" (HTML),
--   password = "..." (PDF) }
-- @return Document, or nil, "path: message", code
function scm.read(path, opts)
  if type(path) ~= "string" then
    error(("scm.read: path must be a string, got %s"):format(type(path)), 2)
  end
  check_opts(opts, "read")
  local doc, kind, bytes = require("scm.source").read(path, opts)
  if not doc then return nil, kind, bytes end
  core.set_source(doc, path, basename(path))
  local src = doc.source
  if kind == "text" then
    src.hash = core.hash(bytes)
    src.bytes = #bytes
  end
  return doc
end

--- Compile a PCRE2 pattern (UTF and UCP on). Raises on a malformed pattern.
-- @param flags any of "imsxu"
function scm.regex(pattern, flags)
  return core.regex(pattern, flags)
end

--- Parse one date: "October 24, 2012" -> "2012-10-24", "day".
function scm.date(s)
  return core.date(s)
end

--- The word lists the core consults; extend them before parsing.
scm.lexicon = {
  --- add(list, word [, { class = "..." }])
  add = function(list, word, opts)
    local class = opts
    if type(opts) == "table" then class = opts.class end
    core.lexicon_add(list, word, class)
  end,
  --- has(list, word) -> true, class | false
  has = function(list, word) return core.lexicon_has(list, word) end,
  --- words(list) -> { { word = ..., class = ... }, ... }
  words = function(list) return core.lexicon_words(list) end,
  --- lists() -> the list names
  lists = function() return core.lexicon_lists() end,
}

--- Open (or create) a corpus; see docs/corpus.md.
function scm.open(path, opts)
  return require("scm.corpus").open(path, opts)
end

--- The methods table of every Document: add a function here and every
-- document has it (plugins use this).
scm.Document = core.Document

return scm
