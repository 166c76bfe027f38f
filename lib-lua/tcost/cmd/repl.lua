-- cmd/repl.lua: `tcost repl`, a what-if desk: an interactive prompt with the
-- scenario language loaded, in the same sandbox and under the same limits as
-- a scenario file (each line has the time budget of one run). A line is tried
-- first as an expression (its value printed as reports print it), then as a
-- statement. Lines starting with ':' work on a scenario file: :load it,
-- :set an assumption and see every total move, :report it in any format.
-- What is not here: the language (lang/), the run (model/runner.lua), the
-- report (report/).
local host = require "tcost.c.host"
local mc = require "tcost.c.mc"
local sandbox = require "tcost.lang.sandbox"
local dsl = require "tcost.lang.dsl"
local lunits = require "tcost.lang.units"
local spec = require "tcost.lang.spec"
local messages = require "tcost.lang.messages"
local units = require "tcost.lib.units"

local M = {}

M.SAMPLES = 20000

-- A unit text the report formatter knows by another spelling; "1" is no unit.
local function report_unit(u)
  if u == nil or u == "1" or u == "" then return nil end
  return u
end

-- Every sample 0 or 1 (both seen): an indicator such as P(x:gt(y)), whose
-- mean is a probability.
local function indicator(st)
  local function bit(x) return x == 0 or x == 1 end
  return st.min == 0 and st.max == 1 and bit(st.p[5]) and bit(st.p[50]) and bit(st.p[95])
end

-- A number as text, whatever it holds (%g prints NaN as "-nan" on glibc).
local function num(x)
  if x ~= x then return "nan" end
  return string.format("%g", x)
end

local function finite(x)
  return x == x and x ~= math.huge and x ~= -math.huge
end

-- A table that reads as a catalog entry: a name, a number of watts, numbers of TFLOPS.
local function accelerator(v)
  if type(v) ~= "table" or type(rawget(v, "name")) ~= "string" or type(rawget(v, "tdp_w")) ~= "number" then
    return false
  end
  local tf = rawget(v, "tflops")
  return type(tf) == "table" and (rawget(tf, "bf16") == nil or type(rawget(tf, "bf16")) == "number")
end

local show
---How the REPL prints a value: as reports do ($294K, 12.3%, an uncertain
---value's mean and 90% interval), a plain number in full.
---@param v any
---@return string
function show(v)
  local u
  if lunits.is(v) then u, v = report_unit(lunits.show(lunits.unit(v))), lunits.raw(v) end
  if mc.isnode(v) then
    local ok, run = pcall(mc.run, { v }, { samples = M.SAMPLES, seed = 1, percentiles = { 5, 50, 95 } })
    if not ok then error(tostring(run):gsub("^[^\n]-%.lua:%d+: ", ""), 0) end -- mc.run's own words, not our line
    local st = run[1]
    local label = v:label()
    local head = label and (label .. " = ") or ""
    if not (finite(st.mean) and finite(st.p[5]) and finite(st.p[95])) then
      return string.format("%snot a finite value (mean %s, 90%%: %s to %s)", head, num(st.mean), num(st.p[5]), num(st.p[95]))
    end
    if indicator(st) then
      return head .. units.ratio(st.mean) .. " (a probability: the share of " .. units.thousands(M.SAMPLES) ..
        " samples where it holds)"
    end
    local mean, range = units.parts({ mean = st.mean, p5 = st.p[5], p95 = st.p[95] }, units.formatter(u))
    return head .. mean .. " (90%: " .. range .. "; mean of " .. units.thousands(M.SAMPLES) .. " samples)"
  elseif type(v) == "number" then
    if u then return units.value(v, u) end
    return string.format("%.10g", v)
  elseif accelerator(spec.kind(v) == "accelerator" and spec.data(v) or v) then
    v = spec.data(v) or v -- hw "..." gives a read-only handle over the entry
    local vendor = rawget(v, "vendor")
    local bf16 = rawget(rawget(v, "tflops"), "bf16")
    return string.format("%s (%s): %s W, BF16 %s TFLOPS", rawget(v, "name"),
      type(vendor) == "string" and vendor or "?", num(rawget(v, "tdp_w")), bf16 and num(bf16) or "-")
  end
  return tostring(v)
end
M.show = show

M.COMMANDS = [[
Commands (the rest is the scenario language: an expression prints its value):
  :load FILE         run a scenario file and show its totals; its assumptions
                     become names here (rate * 2)
  :set NAME=VALUE    change an assumption of the loaded file (a number or a
                     distribution: range(1.5, 3)) and show each total before → after
  :unset NAME        back to the file's own value
  :report [FORMAT]   the loaded file's report (text, md, csv, json, html, svg,
                     or a format the file registers)
  :help              this list (help TOPIC: the language's topics)
  :quit              leave (also quit, exit, Ctrl-D)
]]

-- The loaded file and its overrides ------------------------------------------

-- Each scenario's total under each pricing model: { name, key, label, value }.
local function totals(result)
  local out = {}
  for _, s in ipairs(result.scenarios or {}) do
    for _, p in ipairs(s.pricing or {}) do
      out[#out + 1] = { scenario = tostring(s.name), key = p.key, value = s.totals and s.totals.cost[p.key] }
    end
  end
  return out
end

-- "$294K → $441K (+$147K, +50.0%)"; a total seen only once shows alone.
local function moved(before, after)
  local a, b = units.point(before), units.point(after)
  local text = units.value(before, "USD") .. " → " .. units.value(after, "USD")
  if a and b then
    text = text .. " (" .. units.signed(b - a, "USD") .. (a ~= 0 and (", " .. units.signed((b - a) / a, "ratio")) or "")
      .. ")"
  end
  return text
end

local function totals_text(list, before)
  local by, lines = {}, {}
  for _, t in ipairs(before or {}) do by[t.scenario .. "\0" .. t.key] = t end
  for _, t in ipairs(list) do
    local old = by[t.scenario .. "\0" .. t.key]
    lines[#lines + 1] = "  " .. t.scenario .. ", " .. t.key .. ": " ..
      (old and moved(old.value, t.value) or units.value(t.value, "USD"))
  end
  return table.concat(lines, "\n") .. "\n"
end

-- desk: { path, sets = { {name, text} }, result, args }. Runs the file with
-- the overrides; nil and the message when it fails (the desk is unchanged).
local function rerun(desk, path, sets)
  local opts = require("tcost.command").run_opts(desk.args)
  opts.sets = {}
  for _, s in ipairs(sets) do opts.sets[#opts.sets + 1] = s.name .. "=" .. s.text end
  local ok, result, reg = pcall(require("tcost.model.runner").run, path, opts)
  -- the runner names the command line's option; here it is the desk's command
  if not ok then error(type(result) == "string" and result:gsub("^%-%-set ", ":set ") or result, 0) end
  require("tcost.command").print_warnings(result.warnings)
  return result, reg
end

-- The loaded file's assumptions as names of the prompt's lines, holding what
-- the file's own names hold (with :set's overrides and units): `rate * 2`
-- after :load. The names of the file loaded before go; a name of the language
-- (a constructor, a function, a library) keeps its meaning.
local function bind(desk, reg)
  local env = desk.env
  if not env then return end
  for _, name in ipairs(desk.bound or {}) do rawset(env, name, nil) end
  desk.bound = {}
  for _, a in ipairs(reg.assumptions) do
    local v = rawget(env, a.name)
    local builtin = type(v) == "function" or type(v) == "table" or (desk.globals and desk.globals[a.name] ~= nil)
    -- a name a line can spell: power_ratio.gpu stays :set's alone
    local spelled = a.name:match("^[%a_][%w_]*$") and load("local " .. a.name, "=name", "t", {}) ~= nil
    if spelled and not builtin and a.bound ~= nil then
      rawset(env, a.name, a.bound)
      desk.bound[#desk.bound + 1] = a.name
    end
  end
end

local desk_cmd = {}

function desk_cmd.load(desk, arg)
  if arg == "" then error(":load needs a scenario file: :load examples/deepseek_r1_reported.lua", 0) end
  local result, reg = rerun(desk, arg, {})
  desk.path, desk.sets, desk.result, desk.reg = arg, {}, result, reg
  bind(desk, reg)
  return "loaded " .. arg .. ". " .. select(2, units.sampling(result.run)) .. " Total cost:\n" ..
    totals_text(totals(result)) .. (#desk.bound > 0 and ("Its assumptions are names here: " ..
    table.concat(desk.bound, ", ") .. " (:set changes them).\n") or "")
end

local function need_file(desk, what)
  if not desk.result then error(what .. " works on a loaded file: :load FILE first", 0) end
end

-- the overrides with NAME set to TEXT (nil: removed), in the order first given
local function with_set(sets, name, text)
  local out, found = {}, false
  for _, s in ipairs(sets) do
    if s.name == name then
      found = true
      if text then out[#out + 1] = { name = name, text = text } end
    else
      out[#out + 1] = s
    end
  end
  if text and not found then out[#out + 1] = { name = name, text = text } end
  return out, found
end

local function overrides_text(sets)
  if #sets == 0 then return "no overrides\n" end
  local parts = {}
  for _, s in ipairs(sets) do parts[#parts + 1] = s.name .. "=" .. s.text end
  return "overrides: " .. table.concat(parts, ", ") .. "\n"
end

local function apply(desk, sets, said)
  local before = totals(desk.result)
  local result, reg = rerun(desk, desk.path, sets)
  desk.sets, desk.result, desk.reg = sets, result, reg
  bind(desk, reg)
  return said .. "\n" .. totals_text(totals(result), before)
end

desk_cmd.set = function(desk, arg)
  need_file(desk, ":set")
  if arg == "" then return overrides_text(desk.sets) end
  local name, text = arg:match("^%s*([%w_%.%-]+)%s*=%s*(.-)%s*$")
  if not name or text == "" then error(":set takes NAME=VALUE (got '" .. arg .. "')", 0) end
  return apply(desk, (with_set(desk.sets, name, text)), name .. " = " .. text)
end

desk_cmd.unset = function(desk, arg)
  need_file(desk, ":unset")
  local sets, found = with_set(desk.sets, arg, nil)
  if not found then error(":unset: '" .. arg .. "' is not overridden; " .. overrides_text(desk.sets):gsub("\n$", ""), 0) end
  return apply(desk, sets, arg .. " back to the file's value")
end

desk_cmd.report = function(desk, arg)
  need_file(desk, ":report")
  local report = require "tcost.report.report"
  local fmt = arg ~= "" and arg or "text"
  -- the loaded file's own formats (custom_format.lua's latex, tweet) as `tcost run -f` offers them
  if not report.known(fmt) and not desk.reg.formats[fmt] then
    error(":report: unknown format '" .. fmt .. "' (formats: " .. report.list(desk.reg) .. ")", 0)
  end
  return report.render(desk.result, fmt, { color = false }, desk.reg)
end

desk_cmd.help = function() return M.COMMANDS end

-- One ':' line: the command's output, or an error raised with its message.
local function colon(desk, line)
  local name, arg = line:match("^%s*:(%a*)%s*(.-)%s*$")
  local f = desk_cmd[name]
  if not f then error("unknown command ':" .. name .. "'\n" .. M.COMMANDS, 0) end
  return f(desk, arg)
end

-- The prompt --------------------------------------------------------------------

-- A line of the language: its values, each printed as a report would.
local function evaluate(line, env)
  local chunkname = "@stdin"
  local fn = load("return " .. line, chunkname, "t", env)
  if not fn then
    local perr
    fn, perr = load(line, chunkname, "t", env)
    if not fn then error(perr, 0) end
  end
  local res = table.pack(fn())
  if res.n > 0 then
    local out = {}
    for i = 1, res.n do
      -- show() runs after the line's frame is gone: its errors are that line's
      local ok, text = pcall(show, res[i])
      if not ok then
        text = tostring(text):gsub("^[^\n]-/tcost/[^\n]-%.lua:%d+: ", "") -- the library's own position
        if not text:match("^[^\n]-:%d+: ") then text = "stdin:1: " .. text end
        error(text, 0)
      end
      out[#out + 1] = text
    end
    return table.concat(out, "\t") .. "\n"
  end
end

local function help_line(line)
  return line:match("^%s*help%s*$") and "" or line:match("^%s*help%s+([%w_%-]+)%s*$")
end

-- One line of input; returns false when the session ends.
local function step(line, env, desk)
  local topic = help_line(line)
  if line:match("^%s*:?quit%s*$") or line:match("^%s*:?exit%s*$") then return false end
  if topic then
    local help = require "tcost.cmd.help"
    local text = help.topic(topic ~= "" and topic or nil)
    if not text then host.eprint("tcost: " .. help.not_found(topic)); return true end
    host.write("-", topic == "" and (text .. "\n" .. M.COMMANDS) or text)
  elseif line:find("\27", 1, true) then
    -- arrow keys, Home, End arrive as escape sequences without a line editor
    host.eprint("tcost: that line holds terminal key codes (arrow keys?); tcost repl has no line editor:" ..
      " run `rlwrap tcost repl` for history and editing")
  elseif line:match("%S") then
    -- one line, one budget: an error, a limit, a value that cannot be shown
    -- (a bad field, an erroring __tostring) is reported and the REPL goes on
    local ok, out = host.budgeted(function()
      if line:match("^%s*:") then return colon(desk, line) end
      return evaluate(line, env)
    end)
    if not ok then
      host.eprint(messages.runtime(tostring(out)))
    elseif out then
      host.write("-", out)
    end
  end
  return true
end

---Runs the prompt until the end of input, `quit` or `:quit`.
---@param args table the command line (samples, seed, assumptions apply to :load)
---@return integer exit code
-- Options the prompt has no use for: refused, never dropped (a --set that
-- looked applied, an -o that wrote nothing). What to do instead.
local UNUSED = { { "sets", "--set", "use :set NAME=VALUE after :load" }, { "output", "-o", ":report prints to stdout" },
  { "format", "--format", "use :report FORMAT" }, { "export_samples", "--export-samples", "use tcost run" },
  { "chart", "--chart", "use tcost run" } }

function M.main(args)
  local usage = require("tcost.command").usage
  if args.files and #args.files > 0 then
    return usage("repl takes no file: type :load " .. args.files[1] .. " at its prompt", "repl")
  end
  for _, u in ipairs(UNUSED) do
    local v = args[u[1]]
    if v ~= nil and not (type(v) == "table" and #v == 0) then
      return usage("repl does not use " .. u[2] .. ": " .. u[3], "repl")
    end
  end
  local ctx = { overrides = {}, shared = {}, used = {}, shared_used = {}, dir = "." }
  local G = dsl.new(ctx)
  ctx.globals = G
  local env = sandbox.env(ctx)
  ctx.env = env
  local desk = { sets = {}, args = args, env = env, globals = G }
  if host.isatty(0) then
    host.eprint("tcost repl: the scenario language, sandboxed. Try: rental_cost(147e3, 2, 0)  or  range(1.5, 3) * 2.788e6")
    host.eprint("  :load FILE, :set NAME=VALUE, :report; help, :help, :quit. No line editor here: `rlwrap tcost repl`" ..
      " gives history and arrow keys.")
  end
  while true do
    local line, why = host.readline("tcost> ")
    if line == nil then break end
    if line == false then
      host.eprint("tcost: " .. why)
    elseif not step(line, env, desk) then
      break
    end
  end
  return 0
end

return M
