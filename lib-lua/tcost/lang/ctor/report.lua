-- lang/ctor/report.lua: what a scenario adds to its report and its bundle:
-- figure (a derived number to show), expect (a published figure the run must
-- reproduce, checked after it by lang/expect.lua), format (an output format
-- written in Lua) and bundled (a module inlined by `tcost bundle`).
local fields = require "tcost.lang.fields"
local units = require "tcost.lang.units"

local fail = fields.fail

local M = {}

-- figure "Implied MFU" { value = ..., unit = "ratio", note = "..." }
local function install_figure(I)
  I.G.figure = I.shaped("figure", false, function(name, def)
    def = fields.copy(def)
    if units.is(def.value) then
      def.unit = def.unit or units.show(units.unit(def.value))
      if units.parse(def.unit, I.reg.rates) then
        def.value = I.convert("figure '" .. name .. "'", { "value", unit = def.unit }, def.value)
      else
        def.value = units.raw(def.value)
      end
    end
    fields.validate("figure '" .. name .. "'", def, I.decl("figure"), {}, "figure")
    return I.spec("figure", { name = name, value = def.value, unit = def.unit, note = def.note, source = def.source })
  end)
end

-- expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "..." }
local function install_expect(I)
  function I.G.expect(name)
    fields.name("expect", name)
    return function(def)
      if type(def) == "table" then
        def = fields.copy(def)
        for k, v in next, def do
          if units.is(v) then
            if def.unit == nil then def.unit = units.show(units.unit(v)) end
            def[k] = units.raw(v)
          end
        end
      elseif units.is(def) then
        def = { units.raw(def), unit = units.show(units.unit(def)) }
      end
      local e = require("tcost.lang.expect").declare(name, def)
      e.file, e.line = I.where()
      I.reg.expects[#I.reg.expects + 1] = e
    end
  end
end

---Adds figure, expect, format and bundled to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  install_figure(I)
  install_expect(I)
  ---format "latex" (function(result, out) ... end): a user-defined output format.
  function I.G.format(name)
    fields.name("format", name)
    local file, line = I.where()
    return function(fn)
      if type(fn) ~= "function" then fail("format '%s': expected a function(result, out)", name) end
      I.reg.formats[name] = { fn = fn, file = file, line = line }
    end
  end
  ---bundled("module", function(...) ... end): a module inlined by `tcost bundle`.
  function I.G.bundled(name, fn)
    fields.name("bundled", name)
    if type(fn) ~= "function" then fail("bundled '%s': expected a function", name) end
    I.ctx.bundled = I.ctx.bundled or {}
    I.ctx.bundled[name] = fn
  end
end

return M
