-- fmt/json.lua: the whole result as JSON (schema "tcost-result/1"), keys
-- sorted and indented by two spaces so two runs diff cleanly. Absent fields
-- (nil) are simply missing; a null number means "not a finite number".
local json = require "tcost.json"

---Renders a result as pretty-printed JSON with a "schema" key and a trailing newline.
---@param result table the result structure
---@param opts? table unused
---@return string
return function(result, opts)
  local _ = opts
  -- A shallow copy, so the caller's table is not changed by adding "schema".
  local doc = { schema = "tcost-result/1" }
  for k, v in pairs(result) do
    if k ~= "schema" then doc[k] = v end
  end
  return json.encode(doc, { indent = 2 }) .. "\n"
end
