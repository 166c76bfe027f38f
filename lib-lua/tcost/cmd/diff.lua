-- cmd/diff.lua: `tcost diff A.lua [B.lua]`, the what-if: run A and B (B is A
-- again when not given) with --set/--assumptions on both sides and
-- --set-a/--set-b/--assumptions-a/-b on one side, then say which overrides
-- applied where, which assumptions, phases and figures differ (the break-even
-- figures and each owned cluster's NPV versus renting among them), and how
-- each pricing model's total moves. The comparison is a view (report/view.lua), so every
-- format lays it out: text, md, html, csv and json.
local runner = require "tcost.model.runner"
local command = require "tcost.command"
local units = require "tcost.lib.units"
local view = require "tcost.report.view"

local M = {}

M.FORMATS = { text = true, md = true, html = true, csv = true, json = true }

local text, code, value = view.text, view.code, view.value

local function mean(v) return units.point(v) end

local function join(...)
  local out = {}
  for i = 1, select("#", ...) do
    for _, x in ipairs(select(i, ...) or {}) do out[#out + 1] = x end
  end
  return out
end

---Pairs the scenarios of two results: by name first, then the rest by order.
---@return table[] pairs { a = scenario, b = scenario, by = "name"|"order" }
---@return table[] only_a, table[] only_b scenarios left unpaired
function M.pair(a, b)
  local bn, used, out = {}, {}, {}
  for i, s in ipairs(b.scenarios or {}) do bn[s.name] = bn[s.name] or i end
  local rest_a = {}
  for _, s in ipairs(a.scenarios or {}) do
    local j = bn[s.name]
    if j and not used[j] then
      used[j] = true
      out[#out + 1] = { a = s, b = b.scenarios[j], by = "name" }
    else
      rest_a[#rest_a + 1] = s
    end
  end
  local rest_b = {}
  for j, s in ipairs(b.scenarios or {}) do if not used[j] then rest_b[#rest_b + 1] = s end end
  local n = math.min(#rest_a, #rest_b)
  for i = 1, n do out[#out + 1] = { a = rest_a[i], b = rest_b[i], by = "order" } end
  return out, { table.unpack(rest_a, n + 1) }, { table.unpack(rest_b, n + 1) }
end

-- A scenario's figures by name, with each owned cluster's net present value
-- versus renting (model/finance.lua) among them: what a what-if on a rate moves.
local function figures_of(s)
  local list = {}
  for _, f in ipairs(s.figures or {}) do list[#list + 1] = f end
  for _, p in ipairs(s.pricing or {}) do
    local npv = p.finance and p.finance.npv_vs_renting
    if npv then
      list[#list + 1] = { name = "Net present value of owning versus renting (" .. p.key .. ")", value = npv,
        unit = "USD" }
    end
  end
  return list
end

-- The figures of a pair that differ: a value, or whether it never comes.
local function compare_figures(out, name, sa, sb)
  local fb = {}
  for _, f in ipairs(figures_of(sb)) do fb[f.name] = fb[f.name] or f end
  local seen = {}
  for _, f in ipairs(figures_of(sa)) do
    local g = fb[f.name]
    seen[f.name] = true
    if not g or mean(f.value) ~= mean(g.value) or view.never_text(f) ~= view.never_text(g) then
      out.figures[#out.figures + 1] = { scenario = name, name = f.name, a = f, b = g }
    end
  end
  for _, g in ipairs(figures_of(sb)) do
    if not seen[g.name] then out.figures[#out.figures + 1] = { scenario = name, name = g.name, b = g } end
  end
end

---Compares two results: assumptions, phases, figures and totals that differ,
---as plain records (also the JSON and CSV shape).
---@param a table result A
---@param b table result B
---@return table { pairs, assumptions, phases, figures, totals, only_a, only_b }
function M.compare(a, b)
  local out = { assumptions = {}, phases = {}, figures = {}, totals = {} }
  local bn, an = {}, {}
  for _, x in ipairs(b.assumptions or {}) do bn[x.name] = x end
  for _, x in ipairs(a.assumptions or {}) do
    an[x.name] = x
    local y = bn[x.name]
    if not y then
      out.assumptions[#out.assumptions + 1] = { name = x.name, a = x.display, change = "only in A", unit = x.unit }
    else
      local what = {}
      if x.display ~= y.display then what[#what + 1] = "value" end
      if x.unit ~= y.unit then what[#what + 1] = "unit" end
      if x.source ~= y.source then what[#what + 1] = "source" end
      if #what > 0 then
        out.assumptions[#out.assumptions + 1] = { name = x.name, a = x.display, b = y.display, unit = y.unit,
          change = table.concat(what, ", ") }
      end
    end
  end
  for _, y in ipairs(b.assumptions or {}) do
    if not an[y.name] then
      out.assumptions[#out.assumptions + 1] = { name = y.name, b = y.display, change = "only in B", unit = y.unit }
    end
  end
  local pairs_, only_a, only_b = M.pair(a, b)
  out.pairs, out.only_a, out.only_b = pairs_, only_a, only_b
  for _, p in ipairs(pairs_) do
    local sa, sb = p.a, p.b
    local name = sa.name == sb.name and sa.name or (sa.name .. " / " .. sb.name)
    p.name = name
    -- phases: by name, then what changed in each
    local pb, seen = {}, {}
    for _, ph in ipairs(sb.phases or {}) do pb[ph.name] = ph end
    for _, ph in ipairs(sa.phases or {}) do
      local q = pb[ph.name]
      seen[ph.name] = true
      if not q then
        out.phases[#out.phases + 1] = { scenario = name, phase = ph.name, change = "only in A", a = ph.gpu_hours }
      else
        local what = {}
        if mean(ph.gpu_hours) ~= mean(q.gpu_hours) then what[#what + 1] = "GPU-hours" end
        if ph.gpu ~= q.gpu then what[#what + 1] = "accelerator" end
        if ph.gpus ~= q.gpus then what[#what + 1] = "GPUs" end
        if mean(ph.energy_kwh) ~= mean(q.energy_kwh) then what[#what + 1] = "energy" end
        if #what > 0 then
          out.phases[#out.phases + 1] = { scenario = name, phase = ph.name, change = table.concat(what, ", "),
            a = ph.gpu_hours, b = q.gpu_hours }
        end
      end
    end
    for _, q in ipairs(sb.phases or {}) do
      if not seen[q.name] then
        out.phases[#out.phases + 1] = { scenario = name, phase = q.name, change = "only in B", b = q.gpu_hours }
      end
    end
    compare_figures(out, name, sa, sb)
    -- totals of every pricing model either side has
    local keys, kseen = {}, {}
    for _, s in ipairs({ sa, sb }) do
      for _, pr in ipairs(s.pricing or {}) do
        if not kseen[pr.key] then kseen[pr.key] = true; keys[#keys + 1] = pr.key end
      end
    end
    for _, key in ipairs(keys) do
      local va, vb = sa.totals.cost[key], sb.totals.cost[key]
      local ma, mb = mean(va), mean(vb)
      out.totals[#out.totals + 1] = { scenario = name, pricing = key, a = va, b = vb,
        change = (ma and mb) and (mb - ma) or nil, ratio = (ma and mb and ma ~= 0) and (mb / ma) or nil }
    end
  end
  return out
end

local function override_text(list)
  local out = {}
  for _, s in ipairs(list or {}) do out[#out + 1] = s end
  return table.concat(out, ", ")
end

---The comparison as a view: overrides and where they applied, pairing,
---assumptions, phases and totals that differ.
---@param d table from compare
---@param fa string file A
---@param fb string file B
---@param args table the command line (sets, sets_a, sets_b, assumptions...)
---@return table view
function M.view(d, fa, fb, args)
  local rows = {}
  local function ov(side, sets, files)
    if #sets > 0 then rows[#rows + 1] = { text(side), text("--set"), code(override_text(sets)) } end
    if #files > 0 then rows[#rows + 1] = { text(side), text("--assumptions"), code(override_text(files)) } end
  end
  ov("both A and B", args.sets or {}, args.assumptions or {})
  ov("A only", args.sets_a or {}, args.assumptions_a or {})
  ov("B only", args.sets_b or {}, args.assumptions_b or {})
  local intro = { type = "para", parts = { text("A = "), code(fa), text(", B = "), code(fb),
    text(fa == fb and " (the same file: B is A with its own overrides)." or ".") } }
  local blocks = { intro }
  if #rows > 0 then
    blocks[#blocks + 1] = { type = "table", id = "overrides", heading = "Overrides", columns = {
      { head = "Applies to" }, { head = "Option" }, { head = "Values", min = 12 } }, rows = rows }
    if #(args.sets or {}) > 0 or #(args.assumptions or {}) > 0 then
      blocks[#blocks + 1] = { type = "para", muted = true, parts = { text(
        "--set and --assumptions apply to both sides; --set-a/--set-b and --assumptions-a/-b to one.") } }
    end
  end
  local pr = {}
  for _, p in ipairs(d.pairs) do
    pr[#pr + 1] = { text(p.a.name), text(p.b.name), text(p.by == "name" and "same name" or "by order") }
  end
  for _, s in ipairs(d.only_a) do pr[#pr + 1] = { text(s.name), text("—"), text("only in A") } end
  for _, s in ipairs(d.only_b) do pr[#pr + 1] = { text("—"), text(s.name), text("only in B") } end
  blocks[#blocks + 1] = { type = "table", id = "pairs", heading = "Scenarios compared", columns = {
    { head = "Scenario in A", min = 12 }, { head = "Scenario in B", min = 12 }, { head = "Paired" } }, rows = pr,
    empty = "No scenarios." }
  local ar = {}
  for _, x in ipairs(d.assumptions) do
    ar[#ar + 1] = { code(x.name), text(x.a or "—"), text(x.b or "—"), text(x.unit), text(x.change) }
  end
  blocks[#blocks + 1] = { type = "table", id = "assumptions", heading = "Assumptions that differ", columns = {
    { head = "Assumption", min = 12 }, { head = "A" }, { head = "B" }, { head = "Unit" }, { head = "What changed" } },
    rows = ar, empty = "None." }
  local phr = {}
  for _, x in ipairs(d.phases) do
    phr[#phr + 1] = { text(x.scenario), text(x.phase), value(x.a, "GPU-h"), value(x.b, "GPU-h"), text(x.change) }
  end
  blocks[#blocks + 1] = { type = "table", id = "phases", heading = "Phases that differ", columns = {
    { head = "Scenario", min = 12 }, { head = "Phase", min = 12 }, { head = "GPU-hours in A", num = true },
    { head = "GPU-hours in B", num = true }, { head = "What changed" } }, rows = phr, empty = "None." }
  local tr = {}
  for _, t in ipairs(d.totals) do
    tr[#tr + 1] = { text(t.scenario), code(t.pricing), value(t.a, "USD"), value(t.b, "USD"),
      { t = "delta", v = t.change, unit = "USD" }, { t = "delta", v = t.ratio and (t.ratio - 1), unit = "ratio" } }
  end
  blocks[#blocks + 1] = { type = "table", id = "totals", heading = "Total cost, A → B", columns = {
    { head = "Scenario", min = 12 }, { head = "Pricing" }, { head = "A", num = true }, { head = "B", num = true },
    { head = "Change", num = true }, { head = "Change %", num = true } }, rows = tr, empty = "No scenario in common." }
  local fr = {}
  for _, x in ipairs(d.figures) do
    local f = x.a or x.b
    local delta = x.a and x.b and not view.never_text(x.a) and not view.never_text(x.b) and mean(x.a.value) and
      mean(x.b.value) and (mean(x.b.value) - mean(x.a.value)) or nil
    fr[#fr + 1] = { text(x.scenario), text(x.name), x.a and view.figure_cell(x.a) or text("—"),
      x.b and view.figure_cell(x.b) or text("—"), { t = "delta", v = delta, unit = f.unit } }
  end
  blocks[#blocks + 1] = { type = "table", id = "figures", heading = "Figures that differ", columns = {
    { head = "Scenario", min = 12 }, { head = "Figure", min = 16 }, { head = "A", num = true }, { head = "B", num = true },
    { head = "Change", num = true } }, rows = fr, empty = "None." }
  return {
    title = "tcost diff: what changes from A to B",
    page_title = "tcost diff: " .. fa .. (fa == fb and "" or (" vs " .. fb)),
    lead = "Every total is the mean of its samples; uncertain values show their 90% interval.",
    sections = { { id = "diff", heading = "A → B", blocks = blocks } },
    data = M.records(d, fa, fb),
  }
end

---The diff as flat records for csv and json: one per total, assumption, phase and figure that differ.
function M.records(d, fa, fb)
  local fields = { "kind", "scenario", "name", "pricing", "a", "b", "change", "change_ratio", "what_changed",
    "file_a", "file_b", "never_reason_a", "never_reason_b" }
  local out = {}
  for _, t in ipairs(d.totals) do
    out[#out + 1] = { kind = "total", scenario = t.scenario, pricing = t.pricing, a = mean(t.a), b = mean(t.b),
      change = t.change, change_ratio = t.ratio and (t.ratio - 1), file_a = fa, file_b = fb }
  end
  for _, x in ipairs(d.assumptions) do
    out[#out + 1] = { kind = "assumption", name = x.name, a = x.a, b = x.b, what_changed = x.change, file_a = fa,
      file_b = fb }
  end
  for _, x in ipairs(d.phases) do
    out[#out + 1] = { kind = "phase", scenario = x.scenario, name = x.phase, a = mean(x.a), b = mean(x.b),
      what_changed = x.change, file_a = fa, file_b = fb }
  end
  for _, x in ipairs(d.figures) do
    -- a break-even that never comes says so in what_changed ("B: pays back only after its 4-year life (in 303
    -- months)") and names its state in never_reason_a/_b
    local never = {}
    if x.a and view.never_text(x.a) then never[#never + 1] = "A: " .. view.never_text(x.a) end
    if x.b and view.never_text(x.b) then never[#never + 1] = "B: " .. view.never_text(x.b) end
    -- a summary at its cap (1,000%, 1,200 months) is no figure to write (view.sentinel)
    local a = x.a and not view.sentinel(x.a) and mean(x.a.value) or nil
    local b = x.b and not view.sentinel(x.b) and mean(x.b.value) or nil
    -- the change is withheld when either side never pays back, as the text does (D2)
    out[#out + 1] = { kind = "figure", scenario = x.scenario, name = x.name, a = a, b = b,
      never_reason_a = x.a and view.never_reason(x.a), never_reason_b = x.b and view.never_reason(x.b),
      change = a and b and #never == 0 and (b - a) or nil, what_changed = #never > 0 and table.concat(never, "; ") or
        (not x.a and "only in B") or (not x.b and "only in A") or "value", file_a = fa, file_b = fb }
  end
  return { schema = "tcost-diff/1", fields = fields, records = out }
end

-- runner.run for one side, its errors naming the flag that gave a --set:
-- "--set-b rat: unknown assumption 'rat'", not "--set rat" for a flag the
-- command line does not have.
local function run_side(file, opts, own, flag)
  local flag_of = {}
  for _, s in ipairs(own or {}) do flag_of[runner.split_set(s) or ""] = flag end
  return function()
    local res = table.pack(pcall(runner.run, file, opts))
    if res[1] then return table.unpack(res, 2, res.n) end
    local msg = res[2]
    local name = type(msg) == "string" and msg:match("^%-%-set ([^:=]+)")
    if name and flag_of[name] then msg = flag_of[name] .. msg:sub(#"--set" + 1) end
    error(msg, 0)
  end
end

function M.main(args)
  local usage, protected = command.usage, command.protected
  if #args.files < 1 or #args.files > 2 then
    return usage("diff takes one or two scenario files (B defaults to A)", "diff")
  end
  local fmt = args.format or "text"
  if not M.FORMATS[fmt] then
    return usage("diff formats are text, md, html, csv and json (got '" .. fmt .. "')", "diff")
  end
  local fa, fb = args.files[1], args.files[2] or args.files[1]
  local oa, ob = command.run_opts(args), command.run_opts(args)
  oa.sets, oa.assumptions = join(args.sets, args.sets_a), join(args.assumptions, args.assumptions_a)
  ob.sets, ob.assumptions = join(args.sets, args.sets_b), join(args.assumptions, args.assumptions_b)
  local a = protected(run_side(fa, oa, args.sets_a, "--set-a"))
  if not a then return 1 end
  local b = protected(run_side(fb, ob, args.sets_b, "--set-b"))
  if not b then return 1 end
  local v = M.view(M.compare(a, b), fa, fb, args)
  local out = protected(function() return require("tcost.fmt." .. fmt).view(v, { color = command.color_wanted(args) }) end)
  if not out then return 1 end
  return command.emit(args.output, out)
end

return M
