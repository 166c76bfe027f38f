-- cmd/validate.lua: `tcost validate [FILE|DIR]...`: runs every scenario file
-- that states expectations (default: the bundled library, examples/runs/)
-- and prints one table of all their checks (text, csv or json), then a count
-- line. Exit 1 when a check fails (or passes though marked `fails = ...`) or
-- a file does not run; each such problem is also one line on stderr naming
-- the file and line of its expectation. What a check is lives in lang/expect.lua.
local host = require "tcost.c.host"
local command = require "tcost.command"
local runner = require "tcost.model.runner"
local expect = require "tcost.lang.expect"
local csv = require "tcost.lib.csv"
local json = require "tcost.lib.json"

local M = {}

M.DEFAULT = "examples/runs"

---The library to validate when no file is named: examples/runs/ of the
---current folder (a source tree), else the copy `make install` put under
---PREFIX/share/doc/tcost/ beside PREFIX/bin/tcost; nil when neither exists.
---@return string|nil
function M.default_dir()
  if host.kind(M.DEFAULT) == "dir" then return M.DEFAULT end
  local exe = host.exe_path()
  local prefix = exe and exe:match("^(.*)/bin/[^/]+$")
  local installed = prefix and (prefix .. "/share/doc/tcost/" .. M.DEFAULT)
  if installed and host.kind(installed) == "dir" then return installed end
  return nil
end

local FORMATS = { text = true, csv = true, json = true }
local COLUMNS = { "file", "scenario", "check", "published", "tcost", "diff", "allowed", "status" }

-- Folders deeper than this are not walked: stat() follows symbolic links, so a
-- link to a parent folder would otherwise be walked for ever.
local MAX_DEPTH = 8

-- Adds the *.lua files under dir to files (sorted by name, each folder's files
-- before its subfolders, hidden entries skipped), marking them `walked`.
local function walk(dir, files, walked, depth)
  local names, err = host.list_dir(dir)
  if not names then return nil, err end
  table.sort(names)
  local subdirs = {}
  for _, n in ipairs(names) do
    local path = dir .. "/" .. n
    local kind = n:sub(1, 1) ~= "." and host.kind(path)
    if kind == "file" and n:match("%.lua$") then
      files[#files + 1] = path
      walked[path] = true
    elseif kind == "dir" then
      subdirs[#subdirs + 1] = path
    end
  end
  for _, sub in ipairs(subdirs) do
    if depth >= MAX_DEPTH then return nil, "cannot validate '" .. sub .. "': folders nest deeper than " .. MAX_DEPTH end
    local ok, werr = walk(sub, files, walked, depth + 1)
    if not ok then return nil, werr end
  end
  return true
end

-- The scenario files named: a folder stands for the *.lua files in it and in
-- its subfolders. Returns the list and the set of files found by walking a
-- folder (those may be --assumptions files, which declare no scenario).
local function expand(paths)
  local files, walked = {}, {}
  for _, p in ipairs(paths) do
    if host.kind(p) == "dir" then
      local ok, err = walk((p:gsub("(.)/+$", "%1")), files, walked, 1)
      if not ok then return nil, err end
    else
      files[#files + 1] = p
    end
  end
  return files, walked
end

-- Pads each column of rows (strings) to its widest cell; numbers right-aligned.
local function text_table(rows, right)
  local widths = {}
  for _, r in ipairs(rows) do
    for i, cell in ipairs(r) do widths[i] = math.max(widths[i] or 0, utf8.len(cell) or #cell) end
  end
  local lines = {}
  for _, r in ipairs(rows) do
    local parts = {}
    for i, cell in ipairs(r) do
      local fill = string.rep(" ", widths[i] - (utf8.len(cell) or #cell))
      parts[i] = (right[i] and (fill .. cell)) or (i < #r and (cell .. fill) or cell)
    end
    lines[#lines + 1] = table.concat(parts, "  ")
  end
  return table.concat(lines, "\n") .. "\n"
end

local function render(fmt, checks)
  if fmt == "json" then
    local list = {}
    for _, c in ipairs(checks) do
      list[#list + 1] = { file = c.file, line = c.line, scenario = c.scenario, check = expect.label(c),
        measure = c.measure, phase = c.phase, pricing = c.pricing, unit = c.unit, published = c.published,
        tcost = c.value, low = c.low, high = c.high, rel_diff = c.diff, within = c.within, inside = c.inside,
        percentile = c.percentile, status = c.status, ok = c.ok, reason = c.reason, source = c.source }
    end
    return json.encode({ schema = "tcost-checks/1", checks = json.array(list) }, { indent = 2 }) .. "\n"
  elseif fmt == "csv" then
    local rows = { { "file", "line", "scenario", "check", "unit", "published", "tcost", "rel_diff", "within",
      "status", "reason", "source" } }
    for _, c in ipairs(checks) do
      local value = c.inside and (csv.number(c.low) .. ".." .. csv.number(c.high)) or csv.number(c.value)
      rows[#rows + 1] = { csv.field(c.file), csv.number(c.line), csv.field(c.scenario), csv.field(expect.label(c)),
        csv.field(c.unit), csv.number(c.published), value, csv.number(c.diff),
        c.within and csv.number(c.within) or ("inside " .. csv.number(c.inside)), csv.field(c.status),
        csv.field(c.reason or ""), csv.field(c.source or "") }
    end
    return csv.document(rows)
  end
  local rows = { COLUMNS }
  for _, c in ipairs(checks) do
    local published, value, diff, within = expect.cells(c)
    local file = (c.file or "?"):match("([^/]+)$")
    rows[#rows + 1] = { file .. ":" .. (c.line or 0), c.scenario, expect.label(c), published, value, diff, within,
      c.status .. (c.reason and (" (" .. c.reason .. ")") or "") }
  end
  return text_table(rows, { [4] = true, [5] = true, [6] = true })
end

---Runs the command; returns the exit code.
---@param args table from the host (src/cli.c)
---@return integer
function M.main(args)
  local fmt = args.format or "text"
  if not FORMATS[fmt] then return command.usage("validate: --format takes text, csv or json (got '" .. fmt .. "')", "validate") end
  local default = M.default_dir()
  local paths = #args.files > 0 and args.files or { default }
  if #args.files == 0 and not default then
    host.eprint("tcost: validate: no " .. M.DEFAULT .. "/ here nor an installed library; name scenario files or folders to validate")
    return 1
  end
  local files, walked = expand(paths)
  if not files then host.eprint("tcost: " .. walked); return 1 end
  local checks, problems, broken, without, ran, skipped = {}, {}, 0, 0, 0, 0
  for _, file in ipairs(files) do
    host.restart_clock() -- --time-limit holds for each file
    local opts = command.run_opts(args)
    opts.skip_empty = walked[file] -- a folder's --assumptions files are not scenarios
    local result, reg = command.protected(runner.run, file, opts)
    if not result and reg then
      skipped = skipped + 1
    elseif not result then
      broken = broken + 1
    elseif #reg.expects == 0 then
      without = without + 1
    else
      ran = ran + 1
      for _, s in ipairs(result.scenarios) do
        for _, c in ipairs(s.checks or {}) do
          c.scenario = s.name
          checks[#checks + 1] = c
          if not c.ok then problems[#problems + 1] = expect.problem(c, s.name) end
        end
      end
    end
  end
  local counts = { pass = 0, fail = 0, ["expected fail"] = 0, ["unexpected pass"] = 0 }
  for _, c in ipairs(checks) do counts[c.status] = counts[c.status] + 1 end
  local summary = string.format("%d check%s in %d file%s: %d passed, %d failed as expected, %d failed",
    #checks, #checks == 1 and "" or "s", ran, ran == 1 and "" or "s", counts.pass, counts["expected fail"],
    counts.fail + counts["unexpected pass"])
  if broken > 0 then summary = summary .. string.format("; %d file%s did not run", broken, broken == 1 and "" or "s") end
  if without > 0 then
    summary = summary .. string.format("; %d file%s without expectations", without, without == 1 and "" or "s")
  end
  if skipped > 0 then
    summary = summary .. string.format("; %d file%s without a scenario skipped", skipped, skipped == 1 and "" or "s")
  end
  local text = render(fmt, checks)
  if fmt == "text" then text = text .. summary .. "\n" end
  local rc = command.emit(args.output, text)
  for _, line in ipairs(problems) do host.eprint(line) end
  if fmt ~= "text" then host.eprint(summary) end
  if rc ~= 0 then return rc end
  if #problems > 0 or broken > 0 or (#checks == 0 and #args.files > 0) then
    if #checks == 0 and broken == 0 then host.eprint("tcost: validate: no expectations in the files named") end
    return 1
  end
  return 0
end

return M
