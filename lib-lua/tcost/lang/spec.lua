-- lang/spec.lua: the handles constructors give back to a scenario (a phase, a
-- pricing model, a cost, a figure, a scenario) and the validated data behind
-- them. Nothing here checks fields (fields.lua) or builds anything (model/).
local fields = require "tcost.lang.fields"

local M = {}

-- What kind of spec each handle made here is, and the validated copy behind
-- it. Kept aside, in weak tables only this module holds, so a scenario can
-- neither see nor forge them, nor change a spec after it was checked: the
-- handle a scenario holds is read-only, and the model reads the copy.
local kinds = setmetatable({}, { __mode = "k" })
local datas = setmetatable({}, { __mode = "k" })

---A read-only handle over the validated table t.
---@param kind string "phase", "pricing", "other", "figure", "scenario" or "accelerator"
---@param t table
---@param hint? string what to do instead of assigning (default: set the field inside its { ... })
---@return table
function M.new(kind, t, hint)
  local handle = setmetatable({}, {
    __metatable = "tcost " .. kind, __name = "tcost." .. kind,
    __index = function(_, k) local v = t[k]; if type(v) == "table" then return fields.copy(v) end return v end,
    __newindex = function(_, k)
      local name, field = tostring(t.name or t.kind), tostring(k)
      if hint then error(string.format("%s '%s' is read-only (field '%s'); %s", kind, name, field, hint), 2) end
      error(string.format("%s '%s' is read-only once declared; set '%s' inside its { ... }", kind, name, field), 2)
    end,
  })
  kinds[handle], datas[handle] = kind, t
  return handle
end

---The kind of a tcost spec ("phase", "pricing", "other", "figure", "scenario") or nil.
---@return string|nil
function M.kind(v)
  return kinds[v]
end

---The validated data behind a spec handle (nil for anything else).
---@return table|nil
function M.data(v)
  return datas[v]
end

return M
