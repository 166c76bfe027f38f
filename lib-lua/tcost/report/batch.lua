-- report/batch.lua: a folder of reports (batch mode: one report per scenario
-- file, a comparison of them all and an index), or several files one after
-- another on stdout. Apart from report/report.lua, which a run of one file
-- loads, because a batch needs all of this and a single report none of it.
local host = require "tcost.c.host"
local runner = require "tcost.model.runner"
local report = require "tcost.report.report"

local M = {}

local function basename(path)
  return (path:match("([^/]+)$") or path):gsub("%.lua$", "")
end

local function index(fmt, entries)
  if fmt == "md" then
    local lines = { "# tcost reports", "" }
    for _, e in ipairs(entries) do
      lines[#lines + 1] = e.ok and string.format("- [%s](%s)", e.file, e.report) or
          string.format("- %s: **failed**: %s", e.file, e.err)
    end
    return table.concat(lines, "\n") .. "\n", "index.md"
  elseif fmt == "html" then
    local esc = require("tcost.lib.svg").esc
    local items = {}
    for _, e in ipairs(entries) do
      items[#items + 1] = e.ok and string.format('<li><a href="%s">%s</a></li>', esc(e.report), esc(e.file)) or
          string.format("<li>%s: failed: %s</li>", esc(e.file), esc(e.err))
    end
    return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>tcost reports</title></head>' ..
        "<body><h1>tcost reports</h1><ul>" .. table.concat(items) .. "</ul></body></html>\n", "index.html"
  end
  local lines = {}
  for _, e in ipairs(entries) do
    lines[#lines + 1] = e.ok and (e.report .. "\t" .. e.file) or ("FAILED\t" .. e.file .. "\t" .. e.err)
  end
  return table.concat(lines, "\n") .. "\n", "index.txt"
end

---The report file names of a batch: each file's base name with ext, made
---unique ("a.txt", "a-2.txt"), never the index's name (a scenario "index.lua").
---@param files string[]
---@param ext string
---@param index_name string
---@param comparison_name? string the comparison report's name, when there is one
---@return string[]
function M.report_names(files, ext, index_name, comparison_name)
  local used, names = { [index_name] = true, [M.MANIFEST] = true }, {}
  if comparison_name then used[comparison_name] = true end
  for i, file in ipairs(files) do
    local base, name, n = basename(file), nil, 1
    repeat
      name = base .. (n > 1 and ("-" .. n) or "") .. "." .. ext
      n = n + 1
    until not used[name]
    used[name] = true
    names[i] = name
  end
  return names
end

-- The files tcost wrote into a batch folder, one a line as sha256sum writes
-- them: the SHA-256 of the bytes written, two spaces, the name.
M.MANIFEST = ".tcost-batch"

-- name -> hash from the folder's manifest; only a regular file is read (a
-- link named .tcost-batch is not tcost's).
local function read_manifest(dir)
  local mine, path = {}, dir .. "/" .. M.MANIFEST
  local listed = host.kind(path, true) == "file" and host.read_file(path, false)
  for line in (listed or ""):gmatch("[^\n]+") do
    local hash, name = line:match("^(%x+)  (.+)$")
    if hash and #hash == 64 then mine[name] = hash:lower() end
  end
  return mine
end

---A batch writes into a folder the user named, under names tcost chose: it
---replaces only files it wrote there before, each listed in the folder's
---.tcost-batch with the SHA-256 of what was written, and only while the file
---still holds those bytes: a forged manifest names only files whose content
---its author already knows. Nothing is ever written through a symlink, a
---device or a FIFO there: a file is replaced by rename, and the manifest too.
---@param dir string
---@return table guard with write(name, text) -> ok, err and finish() -> ok, err
function M.folder_guard(dir)
  local mine = read_manifest(dir)
  local guard = {}
  -- the manifest of mine; gone files left out at the end (finish)
  local function save(check)
    local keep = {}
    for name, hash in pairs(mine) do
      if not name:find("\n", 1, true) and (not check or host.kind(dir .. "/" .. name, true) == "file") then
        keep[#keep + 1] = hash .. "  " .. name
      end
    end
    table.sort(keep, function(a, b) return a:sub(67) < b:sub(67) end)
    return host.write(dir .. "/" .. M.MANIFEST, table.concat(keep, "\n") .. "\n", true)
  end
  function guard.write(name, text)
    local path = dir .. "/" .. name
    local kind = host.kind(path, true)
    if kind == "file" then
      local old = mine[name] and host.read_file(path, false)
      if not old or host.sha256(old) ~= mine[name] then
        return nil, "cannot write '" .. path .. "': a file tcost did not write is there; not overwriting it" ..
            " (choose another folder with -o)"
      end
    end
    local ok, err = host.write(path, text, true) -- refuses a link, a device, a FIFO
    if ok then
      mine[name] = host.sha256(text)
      -- listed at once: when a long C call makes the time limit end the process
      -- (src/budget.c), the next run may still replace what this one wrote
      save(false)
    end
    return ok, err
  end
  function guard.finish() return save(true) end
  return guard
end

---The name of the comparison report a batch writes beside its reports, for
---the formats that have one (text, md, html); nil for the others.
---@param fmt string
---@return string|nil
function M.comparison_name(fmt)
  if fmt == "text" or fmt == "md" or fmt == "html" then return "comparison." .. report.EXT[fmt] end
  return nil
end

---One result holding the scenarios of several files (each name prefixed by
---its file), for the comparison of them all.
---@param list table[] { { result = table, file = string }, ... }
---@return table
function M.merge(list)
  local scenarios, tool = {}, nil
  for _, it in ipairs(list) do
    tool = tool or it.result.tool
    for _, s in ipairs(it.result.scenarios or {}) do
      local copy = {}
      for k, v in pairs(s) do copy[k] = v end
      copy.name = basename(it.file) .. ": " .. tostring(s.name)
      scenarios[#scenarios + 1] = copy
    end
  end
  return { tool = tool, run = list[1] and list[1].result.run or {}, scenarios = scenarios, assumptions = {} }
end

---What the time limit's backstop adds when a long C call in item i ends the
---process: the later items, which will not run ("; 2 later files not run: b.lua, c.lua").
---@param items string[]
---@param i integer
---@param noun string "file" or "point"
---@return string
function M.not_run_tail(items, i, noun)
  local n = #items - i
  if n == 0 then return "" end
  local names = table.concat(items, ", ", i + 1, math.min(#items, i + 8))
  return string.format("; %d later %s%s not run: %s%s", n, noun, n == 1 and "" or "s", host.visible(names),
    n > 8 and ", ..." or "")
end

-- One file of a batch: run, render and write its report. --time-limit and
-- --memory-limit hold for each file: a file that hits one fails alone, the
-- others still get their reports. Returns the index entry.
local function batch_one(b, i, file)
  local entry = { file = file }
  local ok, text = host.budgeted(function()
    local result, reg = runner.run(file, b.ropts_run)
    if not report.known(b.fmt) and not reg.formats[b.fmt] then
      error("unknown format '" .. b.fmt .. "' (formats: " .. report.list(reg) .. ")", 0)
    end
    local text = not b.combined and report.render(result, b.fmt, b.ropts, reg) or ""
    require("tcost.command").print_warnings(result.warnings)
    require("tcost.command").warn_checks(result)
    b.results[#b.results + 1] = { result = result, file = file }
    return text
  end)
  if ok and not b.combined then
    entry.report = b.names[i]
    local wok, werr
    if b.dir then wok, werr = b.guard.write(entry.report, text) else wok, werr = host.write("-", text) end
    if not wok then ok, text = false, werr end
  end
  if not ok then
    b.failed = b.failed + 1
    text = require("tcost.lang.messages").runtime(tostring(text))
    entry.err = text:match("^[^\n]*")
    -- say which file failed when the message does not (a limit, a write)
    host.eprint((entry.err:find(file, 1, true) and "" or (file .. ": ")) .. text)
  end
  entry.ok = ok
  return entry
end

-- After the files: the combined table (csv, json on stdout) or the
-- comparison of every file's scenarios, then the index. Returns false when a
-- write failed (said on stderr).
local function batch_finish(b, entries)
  local ok, err = true, nil
  if b.combined then
    ok, err = host.write("-", require("tcost.fmt." .. b.fmt).combined(b.results))
  elseif #b.results > 1 and M.comparison_name(b.fmt) then
    -- every pricing model of every file's scenarios side by side
    local text = report.render(M.merge(b.results), b.fmt, { comparison_only = true, color = b.ropts.color }, nil)
    local name = M.comparison_name(b.fmt)
    if b.dir then ok, err = b.guard.write(name, text) else ok, err = host.write("-", text) end
    if ok and b.dir then entries[#entries + 1] = { file = "(all files side by side)", report = name, ok = true } end
  end
  if ok and b.dir then
    ok, err = b.guard.write(b.index_name, (index(b.fmt, entries)))
    local mok, merr = b.guard.finish() -- also when the index could not be written
    if ok and not mok then ok, err = false, merr end
  end
  if not ok then host.eprint("tcost: " .. err) end
  return ok
end

---Batch mode: one report per scenario file into a folder (or one after another
---on stdout for text and md), plus an index. Returns the exit code.
---@param args table the command line
---@param ropts_run table runner options
---@param ropts table render options
---@return integer
function M.run(args, ropts_run, ropts)
  local fmt = args.format or "text"
  local dir = args.output
  if dir == "-" then dir = nil end
  if not dir and fmt ~= "text" and fmt ~= "md" and fmt ~= "csv" and fmt ~= "json" then
    host.eprint("tcost: several files in format " .. fmt .. " need -o DIR (see 'tcost help run')")
    return 2
  end
  -- csv and json on stdout: one combined table, not documents one after another
  local b = { fmt = fmt, ropts_run = ropts_run, ropts = ropts, combined = not dir and (fmt == "csv" or fmt == "json"),
    results = {}, names = {}, index_name = select(2, index(fmt, {})), failed = 0 }
  if dir then
    dir = dir:gsub("/+$", "")
    if dir == "" then dir = "/" end
    local ok, err = host.mkdir(dir)
    if not ok then host.eprint("tcost: " .. err); return 1 end
    b.names = M.report_names(args.files, report.EXT[fmt] or "txt", b.index_name, M.comparison_name(fmt))
    b.guard = M.folder_guard(dir)
  end
  b.dir = dir
  for _, file in ipairs(args.files) do host.note_input(file) end -- no report lands on a later file
  local entries, started, show_progress = {}, host.clock(), host.isatty(2)
  for i, file in ipairs(args.files) do
    if show_progress and host.clock() - started > 1 then
      host.progress(string.format("tcost: %d/%d %s", i, #args.files, file))
    end
    host.subject(nil, M.not_run_tail(args.files, i, "file"))
    entries[#entries + 1] = batch_one(b, i, file)
  end
  host.subject("", "")
  if show_progress and host.clock() - started > 1 then host.progress("") end
  if not batch_finish(b, entries) then return 1 end
  if b.failed > 0 then
    host.eprint(string.format("tcost: %d of %d scenario files failed", b.failed, #args.files))
    return 1
  end
  return 0
end

return M
