-- lang/hw.lua: hw { ... }, an accelerator a scenario defines. Its fields are
-- declared in lang/api.lua (M.HW) and checked here by lang/fields.lua, as
-- every constructor's are: unknown fields with did-you-mean, kinds, units,
-- valid ranges (errors) and usual ranges (warnings). tcost.c.catalog.custom
-- then shapes the checked table as a catalog entry (the one shape, built in C
-- for built-in and custom accelerators alike). What is not here: finding an
-- accelerator by name (the constructor hw "NAME"), prices (the catalog's).
local api = require "tcost.lang.api"
local fields = require "tcost.lang.fields"
local catalog = require "tcost.c.catalog"

local M = {}

-- "custom accelerator 'NAME'" when the name can be shown, else without it
-- (a bad name is then reported by the field check itself).
local function title(def)
  local name = rawget(def, "name")
  if type(name) == "string" and name ~= "" and #name <= 200 and utf8.len(name) and
      not name:find("[%z\1-\31\127]") then
    return "custom accelerator '" .. name .. "'"
  end
  return "custom accelerator"
end

---Checks a custom accelerator's definition and returns its catalog entry
---(custom = true, each figure's source the definition's, status "U").
---@param def table a copy of what the scenario gave (fields.copy)
---@param opts? table fields.validate's options: { warn = fun(msg) } for values outside the usual range
---@return table entry
function M.define(def, opts)
  local what = title(def)
  if type(def) ~= "table" then fields.fail("%s: expected a table of fields, got %s", what, type(def)) end
  local first
  for k in next, def do
    if math.type(k) == "integer" and (not first or k < first) then first = k end
  end
  if first then
    fields.fail("%s: keys must be field names like name = ... (found entry %d: hw takes a name or a table " ..
      "of fields, not both)", what, first)
  end
  fields.validate(what, def, api.HW, opts, "hw")
  return catalog.custom(def)
end

return M
