--- scm.source: read communiqués from the files analysts download -- PDF
-- (through Poppler's pdftotext, run as a program, never linked), HTML
-- pages and text -- deciding the kind from the bytes.
--
--    local source = require "scm.source"
--    source.detect(bytes, path)          --> "pdf" | "html" | "text"
--    source.read(path [, opts])          --> Document | nil, message, code
--    source.load(path [, opts])          --> { kind, text, hash, pages,
--                                              path, bytes } | nil, msg, code
--
-- See docs/inputs.md.

local core = require "scm.core"

local M = {}

--- The pdftotext program to run (a name on PATH or a path).
M.pdftotext = "pdftotext"

local INSTALL = "install poppler-utils (apt-get install poppler-utils)"

--- The kind of a source, from its first bytes: "%PDF-" (anywhere in the
-- first KiB, as readers allow), an HTML opening (doctype, <html>, <head>,
-- <body>, or <?xml followed by <html), else text.  The extension decides
-- only between "html" and "text" for a fragment with no opening tag.
function M.detect(bytes, path)
  local head = bytes:sub(1, 1024)
  if head:find("%PDF-", 1, true) then return "pdf" end
  local start = head:gsub("^\239\187\191", ""):gsub("^%s+", ""):lower()
  while start:sub(1, 4) == "<!--" do
    local close = start:find("-->", 5, true)
    if not close then break end
    start = start:sub(close + 3):gsub("^%s+", "")
  end
  if start:find("^<!doctype%s+html") or start:find("^<html[%s>]")
      or start:find("^<head[%s>]") or start:find("^<body[%s>]")
      or (start:find("^<%?xml") and start:find("<html[%s>]")) then
    return "html"
  end
  if path and path:lower():find("%.x?html?$") and start:find("^<%a") then
    return "html"
  end
  return "text"
end

local function quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function slurp(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s, rerr = f:read("a")
  f:close()
  if not s then return nil, ("%s: %s"):format(path, rerr or "cannot read") end
  return s
end

local function first_line(s)
  return (s or ""):match("^%s*([^\n]-)%s*\n") or (s or ""):match("^%s*(.-)%s*$")
end

--- Run pdftotext -bbox-layout on a file.
-- @return the XHTML, or nil, message, code ("missing", "encrypted",
--   "permission", "broken")
function M.pdftotext_xhtml(path, opts)
  opts = opts or {}
  local out, errf = os.tmpname(), os.tmpname()
  -- a path starting with '-' would read as an option
  local arg = path:sub(1, 1) == "-" and "./" .. path or path
  local cmd = quote(opts.pdftotext or M.pdftotext) .. " -bbox-layout -enc UTF-8"
  if opts.password then cmd = cmd .. " -upw " .. quote(opts.password) end
  cmd = cmd .. " " .. quote(arg) .. " " .. quote(out) .. " 2>" .. quote(errf)
  local ok, how, code = os.execute(cmd)
  local xhtml = slurp(out)
  local stderr = slurp(errf) or ""
  os.remove(out)
  os.remove(errf)
  if ok and xhtml then return xhtml end
  if how == "exit" and code == 127 or stderr:find("not found", 1, true) and code == 127 then
    return nil, "pdftotext not found: " .. INSTALL, "missing"
  end
  if how ~= "exit" then
    return nil, "pdftotext was stopped by signal " .. tostring(code), "broken"
  end
  if stderr:find("Incorrect password", 1, true) then
    if opts.password then
      return nil, "encrypted PDF: the password was not accepted", "encrypted"
    end
    return nil, "encrypted PDF: a password is needed (opts.password)", "encrypted"
  end
  if code == 3 then
    return nil, "the PDF's permissions forbid copying its text", "permission"
  end
  local detail = first_line(stderr)
  if detail == "" then detail = "exit status " .. tostring(code) end
  return nil, "not a readable PDF (pdftotext: " .. detail .. ")", "broken"
end

-- Is pdftotext there at all?  (A missing program must not read as a
-- broken PDF.)
local function have_pdftotext(opts)
  local prog = (opts and opts.pdftotext) or M.pdftotext
  local ok = os.execute(quote(prog) .. " -v >/dev/null 2>&1")
  return ok
end

--- Turn the bytes of a file into the text the normaliser reads.
-- @return { kind, text, hash, pages, title, date, bytes } or nil, message,
--   code
function M.load(path, opts)
  opts = opts or {}
  local bytes, err = slurp(path)
  if not bytes then return nil, err, "io" end
  local kind = M.detect(bytes, path)
  local rec = { kind = kind, path = path, hash = core.hash(bytes), bytes = #bytes }
  if kind == "text" then
    if path:lower():find("%.pdf$") then
      return nil, path .. ": not a PDF (no %PDF- header)", "broken"
    end
    rec.text = bytes
    return rec
  end
  local input = bytes
  if kind == "pdf" then
    if not have_pdftotext(opts) then
      return nil, path .. ": pdftotext not found: " .. INSTALL, "missing"
    end
    local code
    input, err, code = M.pdftotext_xhtml(path, opts)
    if not input then return nil, path .. ": " .. err, code end
  end
  local text, info_or_err, code = core.source_text(kind, input, opts)
  if not text then return nil, path .. ": " .. info_or_err, code end
  for k, v in pairs(info_or_err) do rec[k] = v end
  rec.kind, rec.text = kind, text
  return rec
end

--- Read and parse a file of any kind into a Document.
-- @return Document, or nil, "path: message", code
function M.read(path, opts)
  opts = opts or {}
  local bytes, err = slurp(path)
  if not bytes then return nil, err, "io" end
  local kind = M.detect(bytes, path)
  local doc, code
  if kind == "text" then
    if path:lower():find("%.pdf$") then
      return nil, path .. ": not a PDF (no %PDF- header)", "broken"
    end
    doc, err, code = core.parse(bytes, opts)
    if not doc then return nil, ("%s: %s"):format(path, err), code end
    return doc, kind, bytes
  end
  local input = bytes
  if kind == "pdf" then
    if not have_pdftotext(opts) then
      return nil, path .. ": pdftotext not found: " .. INSTALL, "missing"
    end
    input, err, code = M.pdftotext_xhtml(path, opts)
    if not input then return nil, path .. ": " .. err, code end
  end
  doc, err, code = core.parse_source(kind, input, opts)
  if not doc then return nil, ("%s: %s"):format(path, err), code end
  doc.source.hash = core.hash(bytes)
  doc.source.bytes = #bytes
  return doc, kind, bytes
end

return M
