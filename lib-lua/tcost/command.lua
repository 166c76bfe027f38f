-- command.lua: what every command shares: a usage error, running a step under
-- the message handler, the run options taken from the command line, and
-- writing a command's output. Exit codes: 0 success, 1 an error in a
-- scenario or its inputs (limits included), 2 usage.
local host = require "tcost.c.host"

local M = {}

---Prints a usage error naming the help to read; returns exit code 2.
---@param msg string
---@param command? string
---@return integer
function M.usage(msg, command)
  host.eprint("tcost: " .. msg .. " (see 'tcost help" .. (command and (" " .. command) or "") .. "')")
  return 2
end

---Runs fn under the message handler; prints the error and returns nil on failure.
---A limit (time, memory) is raised on instead: the host reports it in one line.
function M.protected(fn, ...)
  local res = table.pack(xpcall(fn, host.traceback, ...))
  if not res[1] then
    local hit = host.limit()
    if hit then error(hit, 0) end
    host.eprint(require("tcost.lang.messages").runtime(tostring(res[2]))) -- loaded on an error only
    return nil
  end
  return table.unpack(res, 2, res.n)
end

---The options of runner.run from the command line.
---@param args table from the host (src/cli.c)
---@return table
function M.run_opts(args)
  return { sets = args.sets, assumptions = args.assumptions, samples = args.samples, seed = args.seed,
    date = args.date and (args.date == "" and host.today() or args.date) or nil,
    keep = args.export_samples ~= nil, strict = args.strict or nil }
end

---Prints each warning of a result (a value outside its plausible range) as FILE:LINE: warning: ...
---@param warnings table[]|nil
function M.print_warnings(warnings)
  for _, w in ipairs(warnings or {}) do
    -- a warning raised while the model is built (a --set default) has no scenario line
    if w.file then host.eprint(string.format("%s:%d: warning: %s", w.file, w.line or 0, w.message))
    else host.eprint("tcost: warning: " .. w.message) end
  end
end

---Whether text output may use colour: a terminal, no NO_COLOR, no --no-color, no -o file.
function M.color_wanted(args)
  return not args.no_color and host.getenv("NO_COLOR") == nil and host.isatty(1)
    and (args.output == nil or args.output == "-")
end

---Prints each failed check of a result as a warning on stderr: `run` reports
---and carries on; `tcost validate` is where a failed check is an error.
---@param result table
function M.warn_checks(result)
  for _, s in ipairs(result.scenarios or {}) do
    if s.checks then -- lang/expect.lua loads only when a scenario has checks
      for _, line in ipairs(require("tcost.lang.expect").problems(result)) do
        host.eprint("tcost: warning: " .. line)
      end
      return
    end
  end
end

---Writes a command's output to path ("-" or nil: stdout); returns the exit code.
---@param path string|nil
---@param text string
---@return integer
function M.emit(path, text)
  local ok, err = host.write(path or "-", text)
  if not ok then host.eprint("tcost: " .. err); return 1 end
  return 0
end

return M
