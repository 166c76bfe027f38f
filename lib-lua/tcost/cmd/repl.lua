-- cmd/repl.lua: `tcost repl`, an interactive prompt with the scenario language
-- loaded, in the same sandbox and under the same limits as a scenario file.
-- Each line is tried first as an expression (its value is printed), then as a
-- statement. Uncertain values are summarized from a quick Monte Carlo run.
local host = require "tcost.c.host"
local mc = require "tcost.c.mc"
local sandbox = require "tcost.lang.sandbox"
local dsl = require "tcost.lang.dsl"

local units = require "tcost.lang.units"
local messages = require "tcost.lang.messages"

local M = {}

local show
function show(v)
  if units.is(v) then return show(units.raw(v)) .. " " .. units.show(units.unit(v)) end
  if mc.isnode(v) then
    local st = mc.run({ v }, { samples = 20000, seed = 1, percentiles = { 5, 50, 95 } })[1]
    return string.format("%s: mean %.6g, 90%% interval %.6g to %.6g (20,000 samples)", tostring(v), st.mean,
      st.p[5], st.p[95])
  elseif type(v) == "number" then
    return string.format("%.10g", v)
  elseif type(v) == "table" and type(rawget(v, "name")) == "string" and type(rawget(v, "tflops")) == "table"
      and type(rawget(v, "tdp_w")) == "number" then
    return string.format("%s (%s): %g W, BF16 %s TFLOPS", v.name, v.vendor or "?", v.tdp_w,
      v.tflops.bf16 and string.format("%g", v.tflops.bf16) or "-")
  end
  return tostring(v)
end
M.show = show

function M.main(args)
  local ctx = { overrides = {}, shared = {}, used = {}, shared_used = {}, dir = "." }
  local G = dsl.new(ctx)
  ctx.globals = G
  local env = sandbox.env(ctx)
  ctx.env = env
  local interactive = host.isatty(0)
  if interactive then
    host.eprint("tcost repl: the scenario language, sandboxed. Try: rental_cost(147e3, 2, 0)  or  range(1.5, 3) * 2.788e6")
    host.eprint("  help, help TOPIC, quit. No line editor here: `rlwrap tcost repl` gives history and arrow keys.")
  end
  local n = 0
  while true do
    local line, why = host.readline("tcost> ")
    if line == nil or line == "quit" or line == "exit" then break end
    n = n + 1
    local topic = type(line) == "string" and (line:match("^%s*help%s*$") and "" or line:match("^%s*help%s+([%w_%-]+)%s*$"))
    if line == false then
      host.eprint("tcost: " .. why)
    elseif topic then
      local text = require("tcost.cmd.help").topic(topic ~= "" and topic or nil)
      if text then
        host.write("-", text)
      else
        host.eprint("tcost: no help topic '" .. topic .. "' (topics: " .. require("tcost.cmd.help").list() .. ")")
      end
    elseif line:find("\27", 1, true) then
      -- arrow keys, Home, End arrive as escape sequences without a line editor
      host.eprint("tcost: that line holds terminal key codes (arrow keys?); tcost repl has no line editor:" ..
        " run `rlwrap tcost repl` for history and editing")
    elseif line:match("%S") then
      -- one line, one budget: an error, a limit, a value that cannot be shown
      -- (a bad field, an erroring __tostring) is reported and the REPL goes on
      local ok, err = host.budgeted(function()
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
          for i = 1, res.n do out[#out + 1] = show(res[i]) end
          return table.concat(out, "\t") .. "\n"
        end
      end)
      if not ok then
        host.eprint(messages.runtime(tostring(err)))
      elseif err then
        host.write("-", err)
      end
    end
  end
  return 0
end

return M
