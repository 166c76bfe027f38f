-- lang/ctor/costs.lua: the costs besides compute a scenario lists: staff,
-- data, fixed and experiments, all declared in lang/api.lua and checked
-- by their declaration alone.
local fields = require "tcost.lang.fields"
local api = require "tcost.lang.api"

local fail = fields.fail

local M = {}

-- A constructor of the cost kind ctor.
local function other(I, ctor)
  return I.shaped(ctor, true, function(name, def)
    local c = api.constructor(ctor) -- its fields are built on the first call (lang/api.lua)
    def = fields.copy(def)
    local what = name and (ctor .. " '" .. name .. "'") or ctor
    fields.validate(what, def, c.fields, I.vopts, ctor)
    if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
    def.kind, def.name = ctor, name or c.default_name
    def.file, def.line = I.where()
    return I.spec("other", def)
  end)
end

---Adds staff, data, fixed and experiments to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  for _, ctor in ipairs({ "staff", "data", "fixed", "experiments" }) do I.G[ctor] = other(I, ctor) end
end

return M
