-- A user-defined output format: a LaTeX table and a tweet-length summary.
-- Shows: format "name" (function(result, out) ... end), then
--   tcost run examples/custom_format.lua --format latex
--   tcost run examples/custom_format.lua --format tweet
-- The scenario is DeepSeek-R1 as reported (R1 supplementary Table 7).

local h800 = hw "H800"
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-R1 supplementary Table 7" }

scenario "DeepSeek-R1, as reported" {
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3, source = "Table 7" },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3, source = "Table 7" },
  phase "R1 RL"             { gpu = h800, gpu_hours = 41e3, source = "Table 7" },
  pricing = { rental { rate = rate } },
}

-- A value is a number, or a summary table with a mean when it is uncertain.
local function mean(v) return type(v) == "table" and v.mean or v end

local function usd(v)
  v = mean(v)
  return string.format("\\$%s", tostring(math.floor(v + 0.5)):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

format "latex" (function(result, out)
  for _, s in ipairs(result.scenarios) do
    local key = s.pricing[1].key
    out("\\begin{tabular}{lrr}\n\\hline\n")
    out("Phase & GPU-hours & Cost \\\\\n\\hline\n")
    for _, p in ipairs(s.phases) do
      out(p.name, " & ", string.format("%.0f", mean(p.gpu_hours)), " & ", usd(p.cost[key]), " \\\\\n")
    end
    out("\\hline\nTotal & ", string.format("%.0f", mean(s.totals.gpu_hours)), " & ", usd(s.totals.cost[key]), " \\\\\n")
    out("\\hline\n\\end{tabular}\n")
  end
end)

format "tweet" (function(result, out)
  local s = result.scenarios[1]
  out(string.format("%s: %.0fK H800 GPU-hours at $%.2f/h = $%.0fK. Compute only; no base model, staff or data.\n",
    s.name, mean(s.totals.gpu_hours) / 1e3, mean(result.assumptions[1].value), mean(s.totals.cost.rental) / 1e3))
end)
