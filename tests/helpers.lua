--- Shared by the specs: where the real documents are, and small utilities.
local M = {}

M.root = os.getenv("SCM_TEST_ROOT") or "."
M.shared = M.root .. "/../shared/corpus/"

--- Path of a document of ../shared/corpus, or nil when it is absent (as on
-- a user's machine, where the specs that need it are marked pending).
function M.corpus(name)
  local path = M.shared .. name
  local f = io.open(path, "rb")
  if not f then return nil end
  f:close()
  return path
end

--- Every .txt document of ../shared/corpus (empty when absent).
function M.corpus_files()
  local files = {}
  local p = io.popen('ls "' .. M.shared .. '" 2>/dev/null')
  if p then
    for name in p:lines() do
      if name:match("%.txt$") then files[#files + 1] = name end
    end
    p:close()
  end
  table.sort(files)
  return files
end

M.missing = "../shared/corpus not found: real-document specs skipped"

--- Path of the fixture of tests/fixtures/<dir> whose name opens with
-- `prefix` (the blind sets' long names: "lithuania-" is enough).
function M.fixture(dir, prefix)
  local path = M.root .. "/tests/fixtures/" .. dir .. "/"
  local p = assert(io.popen('ls "' .. path .. '"'))
  for name in p:lines() do
    if name:sub(1, #prefix) == prefix then
      p:close()
      return path .. name
    end
  end
  p:close()
  error("no fixture " .. dir .. "/" .. prefix)
end

function M.slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

--- A fresh path for a file corpus (nothing exists there yet).
function M.tmp_corpus_path()
  local p = os.tmpname()
  os.remove(p)
  return p .. ".db"
end

--- Remove a corpus file and its WAL, shared-memory and journal files.
function M.remove_corpus(path)
  for _, suffix in ipairs({ "", "-wal", "-shm", "-journal" }) do os.remove(path .. suffix) end
end

--- A fresh empty directory.
function M.tmpdir()
  local p = assert(io.popen("mktemp -d"))
  local d = p:read("l")
  p:close()
  return d
end

--- Write bytes to a file.
function M.write(path, bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
end

--- Collect an iterator's items into a list.
function M.list(iter)
  local out = {}
  for item in iter do out[#out + 1] = item end
  return out
end

--- A document's items of one kind (`doc:dates()`, ...) as a list, whether
-- the method returns a list or an iterator (of items or index, item).
function M.items(doc, name)
  local v = doc[name](doc)
  if type(v) ~= "function" then return v end
  local out = {}
  for a, b in v do out[#out + 1] = (type(a) == "table") and a or b end
  return out
end

return M
