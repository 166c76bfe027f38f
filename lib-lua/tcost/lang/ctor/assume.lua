-- lang/ctor/assume.lua: assumptions. `assume "name" { value, unit =, source = }`
-- records a named input (with --set overrides and shared --assumptions files
-- applied) and binds it as a global; reg.default declares tcost's own defaults
-- the same way, so the report lists every input with its source.
local mc = require "tcost.c.mc"
local fields = require "tcost.lang.fields"
local units = require "tcost.lang.units"

local fail = fields.fail

local M = {}
local check_default

local RESERVED = { ["and"] = 1, ["break"] = 1, ["do"] = 1, ["else"] = 1, ["elseif"] = 1, ["end"] = 1,
  ["false"] = 1, ["for"] = 1, ["function"] = 1, ["goto"] = 1, ["if"] = 1, ["in"] = 1, ["local"] = 1,
  ["nil"] = 1, ["not"] = 1, ["or"] = 1, ["repeat"] = 1, ["return"] = 1, ["then"] = 1, ["true"] = 1,
  ["until"] = 1, ["while"] = 1 }

-- The value of def (positional or value =), converted to its declared unit;
-- an undeclared unit is taken from the value.
local function value_of(I, name, def)
  local value = def[1]
  if def.value ~= nil then
    if value ~= nil then fail("assumption '%s': give the value once (positionally or as value =)", name) end
    value = def.value
  end
  if value == nil then fail("assumption '%s': missing value", name) end
  if units.is(value) then
    if def.unit then
      local ok, r = pcall(units.convert, value, def.unit, "assumption '" .. name .. "'", I.reg.rates)
      if not ok then fail("%s", r) end
      value = r
    else
      def.unit = units.show(units.unit(value))
      value = units.raw(value)
    end
  end
  if not fields.is_value(value) then
    fail("assumption '%s': value must be a finite number or an uncertain value (got %s)", name,
      type(value) == "number" and tostring(value) or type(value))
  end
  return value
end

-- A shared --assumptions file and a --set flag replace what the scenario says.
local function apply_outside(ctx, reg, a)
  local shared = ctx.shared and ctx.shared[a.name]
  if shared then
    a.value, a.source, a.note = shared.value, shared.source, shared.note
    a.unit = shared.unit or a.unit
    a.from = shared.file
    ctx.shared_used[a.name] = true
  end
  local ov = ctx.overrides and ctx.overrides[a.name]
  if ov then
    -- a field that refuses this value names the flag (lang/dsl.lua's origin)
    reg.set_values[#reg.set_values + 1] = { value = ov.value, flag = "--set " .. a.name .. "=" .. ov.text }
    a.replaced = a.value -- what --set replaced (a correlation may name it: model.build)
    a.value, a.overridden, a.override_text = ov.value, true, ov.text
    ctx.used[a.name] = true
  end
end

-- Is name a global of the language (a constructor, a function, a library)?
local function builtin(ctx, name)
  if ctx.globals and ctx.globals[name] ~= nil then return true end
  local v = ctx.env and rawget(ctx.env, name)
  return type(v) == "function" or type(v) == "table"
end

-- Why `assume "name"` cannot bind a global of that name, or nil when it can.
local function unbindable(I, name)
  if not name:match("^[%a_][%w_]*$") then
    return "is not a Lua name (letters, digits and _, not starting with a digit), so no global can hold it"
  end
  if RESERVED[name] then return "is a Lua keyword, so no global can hold it" end
  if name == "_ENV" then return "is the name of the environment itself, so no global can hold it" end
  if builtin(I.ctx, name) then
    local c = require("tcost.lang.api").constructor(name)
    return string.format("is a built-in name (%s), so the assumption cannot be a global of that name",
      c and (name .. " { ... } makes " .. c.what) or "tcost's or Lua's")
  end
  return nil
end

-- Records an assumption and returns what the scenario gets back.
local function record(I, name, def, is_default)
  local reg, ctx = I.reg, I.ctx
  local value = value_of(I, name, def)
  if reg.by_name[name] then
    local prev = reg.by_name[name]
    fail("assumption '%s' is already defined at %s:%d", name, prev.file or "?", prev.line or 0)
  end
  -- a built-in default is declared by tcost itself, not at a line of the scenario
  local file, line
  if not is_default then file, line = I.where() end
  local a = { name = name, value = value, unit = def.unit, source = def.source, note = def.note,
    file = file, line = line, overridden = false, default = is_default or nil }
  apply_outside(ctx, reg, a)
  if mc.isnode(a.value) then pcall(mc.label, a.value, name) end
  reg.assumptions[#reg.assumptions + 1] = a
  reg.by_name[name] = a
  -- an assumption with a unit (other than a plain fraction or ratio) is a
  -- quantity in the scenario, so its unit is checked wherever it goes
  local bound = a.value
  local u = a.unit and units.parse(a.unit, reg.rates)
  if u and not (units.dimensionless(u) and u.s == 1) then bound = units.new(a.value, u) end
  a.bound = bound -- what a scenario's name holds: the REPL binds it after :load (cmd/repl.lua)
  if is_default then return a.value end -- the model's own default: a plain value
  -- a name no global can hold (data, "GPU price") is reached through the
  -- explicit form, local d = assume "data" { ... } (unbindable says why)
  if ctx.env and not unbindable(I, name) then rawset(ctx.env, name, bound) end
  return bound
end

-- Text that ends an expression's left side: after it, the call's value is used.
local function leads_to_value(before)
  return before:match("[=(,{%[+%-*/%^<>~]$") or before:match("%f[%w_]return$") or before:match("%.%.$")
end

-- Whether the call being run uses assume's value (local d = assume "x" { ... },
-- f(assume "x" { ... })) instead of being a statement of its own, as the text
-- before `assume` on its line (or, when the call starts the line, the end of
-- the line above) says. When the text cannot tell (no text, two calls on a
-- line), it answers yes: a name is never refused on a guess.
local function value_used(I, name)
  local file, n = I.where()
  local sandbox = require "tcost.lang.sandbox"
  local text = file and I.ctx.env and sandbox.line(I.ctx.env, file, n)
  if not text then return true end
  -- a comment is no second call (`assume "hw" { ... } -- assume "hw"`)
  text = text:gsub("%-%-.*$", "")
  local pat = "assume%s*%(?%s*[\"']" .. name:gsub("%W", "%%%0") .. "[\"']"
  local at = text:find(pat)
  if not at or text:find(pat, at + 1) then return true end
  local before = text:sub(1, at - 1):gsub("%s+$", "")
  while before == "" and n > 1 do
    n = n - 1
    before = (sandbox.line(I.ctx.env, file, n) or ""):gsub("%-%-.*$", ""):gsub("%s+$", "")
  end
  return leads_to_value(before) ~= nil
end

-- A value standing for one of tcost's defaults, whatever its route (--set, an
-- --assumptions file, the scenario's own assume "pue" { ... }), meets the range
-- of the field it stands for (lang/api.lua), as energy = { pue = ... } does.
-- It runs while the model is built, so the place is the assumption's own line
-- (or the --set flag, or the --assumptions file), never the line being built.
function check_default(I, a)
  local f = require("tcost.lang.api").default_field(a.name)
  if not f then return end
  local at = a.file and (a.file .. ":" .. (a.line or 0) .. ": ") or ""
  local what = "assumption '" .. a.name .. "'" .. (a.from and (" (from " .. a.from .. ")") or "")
  local here = fields.where() .. ": "
  local function warn(msg)
    if I.ctx.strict then error(at .. msg .. " (an error under --strict)", 0) end
    I.reg.warnings[#I.reg.warnings + 1] = { file = a.file, line = a.line, message = msg }
  end
  local ok, err = pcall(function()
    fields.magnitude(what, f, I.convert(what, f, a.bound), warn, I.vopts.origin)
  end)
  if not ok then
    err = tostring(err)
    if err:sub(1, #here) == here then err = err:sub(#here + 1) end
    error(((err:find("^%-%-set ") or err:find("^" .. at:gsub("%p", "%%%0"))) and "" or at) .. err, 0)
  end
end

---Adds assume to I.G and reg.default to I.reg.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  local reg = I.reg
  ---assume "rate" { 2.00, unit = "USD/GPU-hour", source = "...", note = "..." } -> the value
  function I.G.assume(name)
    if reg.building then fail("assume '%s': declared while the model is being built (inside a pricing function?); declare it at the top level of the file", tostring(name)) end
    fields.name("assume", name)
    local why = unbindable(I, name)
    if why and not value_used(I, name) then
      local v = name:match("^%a") and name:sub(1, 1):lower() or "x"
      fail("assume \"%s\": '%s' %s; write local %s = assume \"%s\" { ... } and use %s", name, name, why, v, name, v)
    end
    -- Lua calls assume "x" before it builds the table, so a distribution
    -- that fails inside { ... } can name the assumption it was meant for
    reg.assuming = name
    return function(def)
      reg.assuming = nil
      if type(def) ~= "table" or mc.isnode(def) then def = { def } else def = fields.copy(def) end
      fields.validate("assumption '" .. name .. "'", def, I.decl("assume"), I.vopts, "assume")
      if #def > 1 then fail("assumption '%s': one value only, then named fields", name) end
      return record(I, name, def)
    end
  end

  ---The value of a built-in default assumption, declared on first use so it is listed with its source.
  function reg.default(name, def)
    local a = reg.by_name[name]
    if not a then
      record(I, name, def, true)
      a = reg.by_name[name]
    end
    -- tcost's own figures are not re-checked; any other route is, once
    if not a.checked and (a.overridden or a.from or not a.default) then check_default(I, a) end
    a.checked = true
    return a.value
  end
end

return M
