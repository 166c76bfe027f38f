-- diff.lua: `tcost diff A.lua B.lua`: which assumptions differ between two
-- scenario files, and how much each pricing model's total moves from A to B.
local runner = require "tcost.runner"
local command = require "tcost.command"
local units = require "tcost.units"

local M = {}

local function mean(v) return type(v) == "table" and v.mean or v end

---Compares two results; returns a plain table (also the JSON shape).
function M.compare(a, b)
  local out = { assumptions = {}, totals = {} }
  local bn = {}
  for _, x in ipairs(b.assumptions) do bn[x.name] = x end
  local an = {}
  for _, x in ipairs(a.assumptions) do
    an[x.name] = x
    local y = bn[x.name]
    if not y then
      out.assumptions[#out.assumptions + 1] = { name = x.name, a = x.display, b = nil, change = "only in A" }
    else
      local what = {}
      if x.display ~= y.display then what[#what + 1] = "value" end
      if x.unit ~= y.unit then what[#what + 1] = "unit" end
      if x.source ~= y.source then what[#what + 1] = "source" end
      if #what > 0 then
        out.assumptions[#out.assumptions + 1] = { name = x.name, a = x.display, b = y.display,
          change = table.concat(what, ", ") }
      end
    end
  end
  for _, y in ipairs(b.assumptions) do
    if not an[y.name] then
      out.assumptions[#out.assumptions + 1] = { name = y.name, a = nil, b = y.display, change = "only in B" }
    end
  end
  local bs = {}
  for _, s in ipairs(b.scenarios) do bs[s.name] = s end
  local pairs_ = {}
  for _, s in ipairs(a.scenarios) do
    if bs[s.name] then pairs_[#pairs_ + 1] = { s, bs[s.name] } end
  end
  if #pairs_ == 0 and #a.scenarios == 1 and #b.scenarios == 1 then pairs_[1] = { a.scenarios[1], b.scenarios[1] } end
  for _, p in ipairs(pairs_) do
    local sa, sb = p[1], p[2]
    for _, pr in ipairs(sa.pricing) do
      local va, vb = mean(sa.totals.cost[pr.key]), mean(sb.totals.cost[pr.key])
      if vb then
        out.totals[#out.totals + 1] = { scenario = sa.name == sb.name and sa.name or (sa.name .. " / " .. sb.name),
          pricing = pr.key, a = va, b = vb, change = vb - va, ratio = va ~= 0 and vb / va or nil }
      end
    end
  end
  return out
end

local function text(d, fa, fb)
  local L = { "Assumptions that differ (A = " .. fa .. ", B = " .. fb .. "):" }
  if #d.assumptions == 0 then L[#L + 1] = "  none" end
  for _, x in ipairs(d.assumptions) do
    L[#L + 1] = string.format("  %-24s %-18s -> %-18s (%s)", x.name, x.a or "-", x.b or "-", x.change)
  end
  L[#L + 1] = ""
  L[#L + 1] = "Totals:"
  if #d.totals == 0 then L[#L + 1] = "  no scenario in common" end
  for _, t in ipairs(d.totals) do
    local pct = t.ratio and string.format("%+.1f%%", (t.ratio - 1) * 100) or ""
    local sign = t.change >= 0 and "+" or "-"
    L[#L + 1] = string.format("  %s [%s]: %s -> %s (%s%s, %s)", t.scenario, t.pricing, units.money(t.a),
      units.money(t.b), sign, units.money(math.abs(t.change)), pct)
  end
  return table.concat(L, "\n") .. "\n"
end

local function md(d, fa, fb)
  local function e(s) return (tostring(s or "-"):gsub("|", "\\|")) end
  local L = { "# tcost diff", "", "A = `" .. fa .. "`, B = `" .. fb .. "`", "", "## Assumptions that differ", "",
    "| Assumption | A | B | What changed |", "|---|---|---|---|" }
  for _, x in ipairs(d.assumptions) do
    L[#L + 1] = string.format("| %s | %s | %s | %s |", e(x.name), e(x.a), e(x.b), e(x.change))
  end
  L[#L + 1] = ""
  L[#L + 1] = "## Totals"
  L[#L + 1] = ""
  L[#L + 1] = "| Scenario | Pricing | A | B | Change |"
  L[#L + 1] = "|---|---|---:|---:|---:|"
  for _, t in ipairs(d.totals) do
    L[#L + 1] = string.format("| %s | %s | %s | %s | %s |", e(t.scenario), e(t.pricing), units.money(t.a),
      units.money(t.b), t.ratio and string.format("%+.1f%%", (t.ratio - 1) * 100) or "")
  end
  return table.concat(L, "\n") .. "\n"
end

function M.main(args)
  local usage, protected, ropts = command.usage, command.protected, command.run_opts(args)
  if #args.files ~= 2 then return usage("diff takes two scenario files", "diff") end
  local fmt = args.format or "text"
  if fmt ~= "text" and fmt ~= "md" and fmt ~= "json" then
    return usage("diff formats are text, md and json (got '" .. fmt .. "')", "diff")
  end
  local a = protected(runner.run, args.files[1], ropts)
  if not a then return 1 end
  local b = protected(runner.run, args.files[2], ropts)
  if not b then return 1 end
  local d = M.compare(a, b)
  local out
  if fmt == "json" then
    d.a, d.b = args.files[1], args.files[2]
    out = require("tcost.json").encode(d, { indent = 2 }) .. "\n"
  elseif fmt == "md" then
    out = md(d, args.files[1], args.files[2])
  else
    out = text(d, args.files[1], args.files[2])
  end
  return command.emit(args.output, out)
end

return M
