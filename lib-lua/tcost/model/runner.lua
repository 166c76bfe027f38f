-- model/runner.lua: one run of one scenario file, from its path to the result
-- structure that every output format renders. It applies --assumptions files
-- and --set overrides, records every source loaded (for the fingerprint), and
-- calls the sampler.
local host = require "tcost.c.host"
local mc = require "tcost.c.mc"
local catalog = require "tcost.c.catalog"
local sandbox = require "tcost.lang.sandbox"
local dsl = require "tcost.lang.dsl"
local model = require "tcost.model.model"
local sample = require "tcost.model.sample"

local M = {}

-- Stream scopes (mc.stream_scope): an unlabeled uncertain value's random stream
-- is keyed by the file that created it and its place there. The scenario file is
-- scope 0, the i-th --assumptions file scope i, --set values their own scope.
local SCENARIO_SCOPE, SET_SCOPE = 0, (1 << 30) - 1

M.VERSION = require "tcost.version"

local function read(path)
  local src, err = host.read_file(path)
  if not src then error("tcost: " .. err, 0) end -- not a scenario line: the tool speaks
  return src
end

-- Text given to --set: a number, or an expression over the distributions
-- (range(1.5, 3), 2048 * 24900), evaluated in an environment holding nothing else.
local function parse_value(text, name, G)
  local n = tonumber(text)
  if n then
    if n ~= n or n == math.huge or n == -math.huge then
      error("--set " .. name .. ": value must be finite (got " .. text .. ")", 0)
    end
    return n
  end
  local env = {}
  for _, k in ipairs({ "point", "uniform", "normal", "lognormal", "lognormal_ms", "range", "triangular", "pert",
    "beta", "choice", "mixture", "truncate", "min", "max" }) do env[k] = G[k] end
  env.math = { pi = math.pi }
  local fn, err = load("return " .. text, "=--set " .. name, "t", env)
  if not fn then error("--set " .. name .. ": not a number or distribution: " .. text, 0) end
  local res = table.pack(pcall(fn))
  local ok, v = res[1], res[2]
  -- the chunk is named "--set NAME": its own position would say the flag twice
  if not ok then error("--set " .. name .. ": " .. tostring(v):gsub("^%?: ", ""):gsub("^%-%-set [^\n]-:%d+: ", ""), 0) end
  if res.n > 2 then -- Lua's `return 1, 2`: the 2 would be dropped without a word
    error("--set " .. name .. "=" .. text .. ": one value only (a list of values is for sweeps: tcost sweep FILE --set "
      .. name .. "=" .. text .. ")", 0)
  end
  if math.type(v) == nil and not mc.isnode(v) then
    error("--set " .. name .. ": expected a number or a distribution, got '" .. text .. "'", 0)
  end
  if math.type(v) and (v ~= v or v == math.huge or v == -math.huge) then
    error("--set " .. name .. ": value must be finite (got " .. text .. ")", 0)
  end
  return v
end
M.parse_value = parse_value

local function split_set(s)
  local name, text = s:match("^([^=]+)=(.*)$")
  return name, text
end
M.split_set = split_set

---Loads one scenario file in a fresh sandbox and returns what it declared.
---@param path string
---@param opts table { sets = {"name=value"}, assumptions = {paths}, values = {[name]=value} (sweeps) }
---@return table reg, table ctx
function M.load(path, opts)
  local ctx = { overrides = {}, shared = {}, used = {}, shared_used = {}, sources = {}, strict = opts.strict }
  ctx.dir = sandbox.dirname(path)
  ctx.on_load = function(p, src) ctx.sources[#ctx.sources + 1] = { path = p, sha256 = host.sha256(src) } end

  -- shared assumption files: each in its own sandbox, recording its assume calls
  for i, file in ipairs(opts.assumptions or {}) do
    mc.stream_scope(i)
    local sctx = { overrides = {}, used = {}, shared_used = {}, dir = sandbox.dirname(file), on_load = ctx.on_load,
      strict = opts.strict }
    local G, reg = dsl.new(sctx)
    sctx.globals = G
    local env = sandbox.env(sctx)
    sctx.env = env
    local src = read(file)
    ctx.on_load(file, src)
    sandbox.run(src, file, env)
    for _, a in ipairs(reg.assumptions) do
      ctx.shared[a.name] = { value = a.value, unit = a.unit, source = a.source, note = a.note, file = file }
    end
    for name, f in pairs(reg.formats) do ctx.shared_formats = ctx.shared_formats or {}; ctx.shared_formats[name] = f end
    -- correlate() in a shared file holds for the scenario that uses its values
    for _, c in ipairs(reg.correlations) do
      ctx.shared_correlations = ctx.shared_correlations or {}
      ctx.shared_correlations[#ctx.shared_correlations + 1] = c
    end
  end

  local G, reg = dsl.new(ctx)
  mc.stream_scope(SET_SCOPE)
  for _, s in ipairs(opts.sets or {}) do
    local name, text = split_set(s)
    if ctx.overrides[name] then error("--set " .. name .. " is given twice", 0) end
    ctx.overrides[name] = { value = parse_value(text, name, G), text = text }
  end
  for name, v in pairs(opts.values or {}) do
    ctx.overrides[name] = { value = v, text = require("tcost.lib.json").number_text(v) }
  end
  ctx.globals = G
  local env = sandbox.env(ctx) -- its require also finds modules inlined by `tcost bundle` (ctx.bundled)
  ctx.env = env
  local src = read(path)
  ctx.on_load(path, src)
  mc.stream_scope(SCENARIO_SCOPE)
  sandbox.run(src, path, env)
  for name, f in pairs(ctx.shared_formats or {}) do reg.formats[name] = reg.formats[name] or f end
  for _, c in ipairs(ctx.shared_correlations or {}) do reg.correlations[#reg.correlations + 1] = c end
  return reg, ctx
end

local function known_names(reg)
  local names = {}
  for _, a in ipairs(reg.assumptions) do names[#names + 1] = a.name end
  table.sort(names)
  return names
end

local function fingerprint(sources)
  local lines = {}
  for _, s in ipairs(sources) do lines[#lines + 1] = s.sha256 .. "  " .. s.path end
  return host.sha256(table.concat(lines, "\n") .. "\n")
end

local function display(v)
  if mc.isnode(v) then return tostring(v) end
  return string.format("%.10g", v)
end

---Runs one scenario file to a result.
---@param path string
---@param opts table { sets, assumptions, samples, seed, date, keep, values, totals_only (sweeps: see sample.lua), skip_empty }
---@return table|nil result nil (with reg) only when `skip_empty` and the file declares no scenario
---@return table reg
function M.run(path, opts)
  host.subject(host.visible(path)) -- a long C call past the time limit names this file
  local reg, ctx = M.load(path, opts)
  if #reg.scenarios == 0 then
    if opts and opts.skip_empty then return nil, reg end
    error(path .. ": declares no scenario (add scenario \"name\" { ... })", 0)
  end
  local scenarios = model.build(reg)
  local set_names = {}
  for name in pairs(ctx.overrides) do set_names[#set_names + 1] = name end
  table.sort(set_names) -- the first unknown name reported is the same every run
  for _, name in ipairs(set_names) do
    if not ctx.used[name] then
      local known = known_names(reg)
      local near = catalog.nearest(name, known)
      error("--set " .. name .. ": unknown assumption '" .. name .. "'" .. (near and (" (did you mean '" .. near .. "'?)") or "")
        .. "; known: " .. table.concat(known, ", "), 0)
    end
  end
  local assumptions = {}
  for _, a in ipairs(reg.assumptions) do
    assumptions[#assumptions + 1] = { name = a.name, value = a.value, unit = a.unit, source = a.source,
      note = a.note, overridden = a.overridden, file = a.file, line = a.line, display = display(a.value),
      from = a.from, default = a.default }
  end
  local n = opts.samples or sample.DEFAULT_SAMPLES
  local seed = opts.seed or 1
  -- uncertain assumptions are summarized in the same pass, from the same draw
  local extra = {}
  for _, a in ipairs(assumptions) do
    if mc.isnode(a.value) then extra[#extra + 1] = { a, "value" } end
  end
  local uncertain, kept, kept_names = sample.summarize(scenarios, { samples = n, seed = seed, keep = opts.keep,
    totals_only = opts.totals_only }, extra)
  for _, s in ipairs(scenarios) do model.finish(s); model.check_finite(s) end
  if not opts.totals_only and #reg.expects > 0 then require("tcost.lang.expect").evaluate(scenarios, reg.expects) end
  local overrides = {}
  for _, s in ipairs(opts.sets or {}) do
    local name, text = split_set(s)
    overrides[#overrides + 1] = { name = name, value = text }
  end
  local result = {
    tool = { name = "tcost", version = M.VERSION, catalog = catalog.version() },
    run = { seed = seed, samples = uncertain and n or 0, uncertain = uncertain, fingerprint = fingerprint(ctx.sources),
      files = ctx.sources, overrides = overrides, assumption_files = opts.assumptions or {},
      date = opts.date },
    assumptions = assumptions,
    scenarios = scenarios,
    warnings = reg.warnings,
  }
  return result, reg, kept, kept_names
end

return M
