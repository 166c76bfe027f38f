-- fmt/svg.lua: one chart, alone, for the first scenario of the result, as a
-- standalone SVG file. opts.chart picks it: "phases" (default), "waterfall",
-- "histogram" or "tornado" (the last two use the first pricing model), or
-- "scenarios": every scenario's total side by side.
local svg = require "tcost.lib.svg"

local CHARTS = { phases = true, waterfall = true, histogram = true, tornado = true, scenarios = true }

---Renders one chart of the first scenario as an SVG document.
---@param result table the result structure
---@param opts? { chart?: "phases"|"waterfall"|"histogram"|"tornado" }
---@return string
return function(result, opts)
  opts = opts or {}
  local chart = opts.chart or "phases"
  if not CHARTS[chart] then
    error("unknown chart '" .. tostring(chart) .. "' (want phases, waterfall, histogram, tornado or scenarios)", 0)
  end
  local scenario = result.scenarios and result.scenarios[1]
  local body
  if chart == "scenarios" then
    body = svg.scenarios(result)
  elseif not scenario then
    body = svg.placeholder("tcost", "The result holds no scenario.")
  else
    body = svg[chart](scenario)
  end
  return '<?xml version="1.0" encoding="UTF-8"?>\n' .. body .. "\n"
end
