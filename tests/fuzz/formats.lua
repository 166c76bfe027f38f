-- formats.lua: the checker behind fuzz_formats.c. Called with the fuzz bytes,
-- it builds one result structure of the documented shape from them (README,
-- "Output formats and the result structure"; tests/lua/fixture_result.lua is
-- a hand-made one), renders it in every built-in format and raises when an
-- output breaks its contract:
--   json  decodes strictly, and gives back every string (as valid UTF-8),
--         boolean, and every finite number as its 15-digit text (within 5e-15 of
--         it, lib/json.lua); non-finite numbers come back as null
--   csv   RFC 4180: CRLF line ends, quoted fields, the same column count on
--         every record, one record per phase/other cost/total × pricing model
--         (found by the header's names), numeric cells empty or a finite number
--   html, svg (all four charts)  well-formed XML (tests/lua/xmlcheck.lua)
--   text, md  valid UTF-8 without control characters (but "\n", and ESC
--         when colour is on)
-- and when rendering changes the result. A raise from a format is a finding
-- too: formats must cope with any result of the documented shape, including
-- names with arbitrary bytes and numbers that are 0, negative, huge, tiny,
-- NaN or infinite. Only pricing keys are kept distinct as JSON object keys
-- (distinct after UTF-8 repair), as the scenario language guarantees.
local data = ...
assert(type(data) == "string", "formats.lua expects the fuzz bytes")

local json = require "tcost.lib.json"
local host = require "tcost.c.host"

local xml_src = assert(host.read_file("tests/lua/xmlcheck.lua"))
local xmlcheck = assert(load(xml_src, "@tests/lua/xmlcheck.lua", "t"))()

-- The byte source ------------------------------------------------------------

-- Bytes are consumed in order; past the end every read gives 0, so any input
-- builds a complete, deterministic structure.
local pos = 1
local function byte()
  local b = data:byte(pos)
  pos = pos + 1
  return b or 0
end

local function below(n) return byte() % n end
local function chance(k) return below(k) == 0 end -- 1 in k

-- Pieces that stress escaping in one format or another.
local TOKENS = { '"', "'", ",", "\r\n", "\n", "\r", "<", ">", "&", "&amp;", "]]>", "--", "<!--", "|", "*",
  "_", "`", "$", "#", "\\", "\t", "\0", "\27[31m", "é", "粗略", "€", "\xff", "\xc3", "\xed\xa0\x80",
  "\xf4\x90\x80\x80", "\xc0\xaf", "https://example.org/a_(b)?c=1&d=2", "http://x", "  ", "-", "1.",
  "%s", "%d", "†", "–", "\u{1F600}", "\u{FEFF}", ";", ":" }

local function str(maxlen)
  maxlen = maxlen or 40
  local mode = below(4)
  local n = below(maxlen + 1)
  local parts = {}
  if mode == 0 then
    return "" -- empty strings are legal text
  elseif mode == 1 then
    for i = 1, n do parts[i] = string.char(byte()) end -- raw bytes
  else
    for i = 1, n do
      local b = byte()
      if b < 96 then parts[i] = TOKENS[b % #TOKENS + 1]
      else parts[i] = string.char(32 + b % 95) end
    end
  end
  return table.concat(parts)
end

local function opt_str(maxlen)
  if chance(3) then return nil end
  return str(maxlen)
end

local nonfinite_ok -- set per input: some inputs keep every number finite

local SPECIAL = { 0, -0.0, 1, -1, 0.5, 2 ^ 53, 2 ^ 53 + 1, 2 ^ 63, -2 ^ 63, 1e15 + 0.5, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-9, 999.5, 999999.5,
  0.1, 294000, 5.58e6, 3.29e24, math.maxinteger, math.mininteger, 1e21, 123456789012345678 }

local raw_num -- defined below; num() wraps it

local function num() return raw_num() end

raw_num = function()
  local k = below(8)
  if k == 0 then
    return SPECIAL[below(#SPECIAL) + 1]
  elseif k == 1 then
    local b = {}
    for i = 1, 8 do b[i] = string.char(byte()) end
    local x = string.unpack("<d", table.concat(b))
    if x ~= x or x == math.huge or x == -math.huge then
      if not nonfinite_ok then return 0 end
    end
    return x
  elseif k == 2 then
    if nonfinite_ok then
      local v = below(3)
      return (v == 0 and 0 / 0) or (v == 1 and math.huge) or -math.huge
    end
    return -byte()
  elseif k == 3 then
    return byte() * 256 + byte() -- small integers
  elseif k == 4 then
    return -(byte() + byte() / 256) -- negative
  else
    -- a plausible magnitude: mantissa × 10^e
    return (byte() + byte() / 256) * 10 ^ (below(40) - 10)
  end
end

local function int(lo, hi)
  local v = byte() * 16777216 + byte() * 65536 + byte() * 256 + byte()
  if chance(4) then return hi end
  return lo + v % (hi - lo + 1)
end

local function hist()
  if chance(4) then return nil end
  local counts = {}
  for i = 1, below(41) do
    counts[i] = chance(3) and 0 or int(0, 100000000)
  end
  return { lo = num(), hi = num(), counts = counts }
end

local function summary()
  local s = { mean = num(), sd = num(), min = num(), max = num(), p5 = num(), p25 = num(), p50 = num(),
    p75 = num(), p95 = num(), hist = hist() }
  if chance(2) then
    -- ordered like a real one
    local q = { s.min, s.p5, s.p25, s.p50, s.p75, s.p95, s.max }
    local ok = true
    for _, x in ipairs(q) do if x ~= x then ok = false end end
    if ok then
      table.sort(q)
      s.min, s.p5, s.p25, s.p50, s.p75, s.p95, s.max = table.unpack(q)
    end
  end
  return s
end

local function value()
  if chance(3) then return summary() end
  return num()
end

local function opt_value()
  if chance(5) then return nil end
  return value()
end

local function list(maxn, make)
  local t = {}
  for i = 1, below(maxn + 1) do t[i] = make(i) end
  return t
end

-- The result structure -------------------------------------------------------

local function pricing_list()
  local seen, out = {}, {}
  local KINDS = { "rental", "ownership", "purchase", "custom" }
  for _ = 1, below(5) do
    local key
    local k = below(4)
    if k == 0 then key = ({ "rental", "own", "buy", "own_50", "custom" })[below(5) + 1]
    else key = str(12) end
    local clean = json.sanitize_utf8(key)
    if not seen[clean] then
      seen[clean] = true
      out[#out + 1] = { key = key, kind = chance(5) and str(10) or KINDS[below(#KINDS) + 1], label = opt_str(60) }
    end
  end
  return out
end

local function costs(pricing)
  local c = {}
  for _, p in ipairs(pricing) do
    if not chance(8) then c[p.key] = value() end
  end
  return c
end

local function phase(pricing)
  return { name = str(40), stage = str(12), headline = chance(2), gpu = str(20),
    gpus = (not chance(3)) and int(1, 1000000) or nil, hours = opt_value(), days = opt_value(),
    gpu_hours = value(), flops = opt_value(), energy_kwh = value(), carbon_kg = value(), energy_cost = opt_value(),
    cost = costs(pricing), source = opt_str(80) }
end

local function tornado_row()
  return { input = str(20), lo = num(), hi = num(), low_total = num(), high_total = num(), swing = num() }
end

local function scenario()
  local pricing = pricing_list()
  local s = {
    name = str(60), description = opt_str(200), file = str(40), line = int(0, 2147483647),
    pricing = pricing,
    phases = list(6, function() return phase(pricing) end),
    other = list(3, function()
      return { name = str(30), kind = ({ "staff", "data", "fixed", "experiments" })[below(4) + 1], cost = value(),
        source = opt_str(80), note = opt_str(60) }
    end),
    totals = { gpu_hours = value(), energy_kwh = value(), carbon_kg = value(), energy_cost = opt_value(),
      other_cost = value(), cost = costs(pricing) },
    figures = list(4, function()
      local units = { "USD", "GPU-h", "kWh", "kg", "ratio", "x", "days", "months", "FLOP", "TFLOP/s",
        "USD/GPU-hour", "USD/" }
      return { name = str(30), value = value(), unit = chance(2) and units[below(#units) + 1] or opt_str(12),
        note = opt_str(60), source = opt_str(40) }
    end),
  }
  if chance(2) and #pricing > 0 then
    s.reconciliation = { pricing = pricing[below(#pricing) + 1].key,
      steps = list(6, function() return { label = str(40), add = value(), total = value(), ratio = value() } end) }
  end
  if chance(2) then
    local sens = {}
    for _, p in ipairs(pricing) do
      if not chance(4) then
        sens[p.key] = { tornado = list(14, tornado_row),
          rankcorr = list(4, function() return { input = str(20), rho = num() } end) }
      end
    end
    s.sensitivity = sens
  end
  if chance(2) then
    s.energy = { kg_co2e_per_kwh = num(), power_ratio = num(), pue = num(), region = str(30),
      server_factor = num(), usd_per_kwh = num() }
  end
  return s
end

local function build()
  nonfinite_ok = chance(2)
  local uncertain = chance(2)
  local result = {
    tool = { name = chance(4) and str(10) or "tcost", version = chance(4) and str(10) or "0.1.0",
      catalog = chance(4) and str(12) or "2025-09-19" },
    run = { seed = int(0, 9007199254740991), samples = uncertain and int(0, 100000000) or 0, uncertain = uncertain,
      fingerprint = str(64),
      files = list(3, function() return { path = str(40), sha256 = str(64) } end),
      overrides = list(3, function() return { name = str(20), value = str(30) } end),
      assumption_files = list(2, function() return str(30) end),
      date = opt_str(12) },
    assumptions = list(6, function()
      return { name = str(30), value = value(), display = opt_str(30), unit = opt_str(16), source = opt_str(100),
        note = opt_str(60), overridden = chance(3), from = opt_str(20), default = chance(4) or nil,
        file = str(30), line = int(0, 100000) }
    end),
    scenarios = list(3, function() return scenario() end),
  }
  -- tornado inputs usually name a declared assumption, so units are looked up
  for _, s in ipairs(result.scenarios) do
    for _, sens in pairs(s.sensitivity or {}) do
      for _, row in ipairs(sens.tornado) do
        if #result.assumptions > 0 and chance(2) then
          row.input = result.assumptions[below(#result.assumptions) + 1].name
        end
      end
    end
  end
  return result
end

-- Checks ---------------------------------------------------------------------

local function finite(x) return x == x and x ~= math.huge and x ~= -math.huge end

local function show(s)
  return (string.format("%q", tostring(s)):sub(1, 600))
end

-- The decoded JSON `got` must hold `want` (see the header for the rules).
local function same_json(want, got, path)
  local tw = type(want)
  if want == nil then
    if got ~= nil then error(path .. ": absent value came back as " .. show(got), 0) end
  elseif tw == "number" then
    if finite(want) then
      -- numbers are written at 15 significant digits (lib/json.lua's number_text): what comes back
      -- is that text's double, within 5 parts in 10^15 of the value for every normal number
      if type(got) ~= "number" then error(path .. ": number came back as " .. show(got), 0) end
      local typed = tonumber(json.number_text(want))
      local near = math.abs(want) < 2.2250738585072014e-308 or math.abs(got - want) <= 5e-15 * math.abs(want)
      if got ~= typed or not near then
        error(path .. ": number " .. string.format("%.17g", want) .. " came back as " .. string.format("%.17g", got), 0)
      end
    elseif got ~= json.null then
      error(path .. ": non-finite number came back as " .. show(got), 0)
    end
  elseif tw == "string" then
    if got ~= json.sanitize_utf8(want) then error(path .. ": string " .. show(want) .. " came back as " .. show(got), 0) end
  elseif tw == "boolean" then
    if got ~= want then error(path .. ": boolean came back as " .. show(got), 0) end
  elseif tw == "table" then
    if type(got) ~= "table" then error(path .. ": table came back as " .. show(got), 0) end
    local n = 0
    for k, v in pairs(want) do
      n = n + 1
      local gk = type(k) == "string" and json.sanitize_utf8(k) or k
      same_json(v, got[gk], path .. "." .. tostring(gk))
    end
    local m = 0
    for _ in pairs(got) do m = m + 1 end
    if m ~= n then error(path .. ": " .. n .. " entries came back as " .. m, 0) end
  else
    error(path .. ": unexpected " .. tw .. " in the generated result", 0)
  end
end

local function check_json(result, out)
  if out:sub(-1) ~= "\n" then error("json: no trailing newline", 0) end
  local doc = json.decode(out)
  if doc.schema ~= "tcost-result/1" then error("json: schema is " .. show(doc.schema), 0) end
  doc.schema = nil
  -- "records" is the view's tidy table, derived from the result (checked by the
  -- golden tests); here it must decode as a list of objects, one per row.
  local records = doc.records
  doc.records = nil
  if type(records) ~= "table" then error("json: records is " .. show(records), 0) end
  for i, r in ipairs(records) do
    if type(r) ~= "table" then error("json: records[" .. i .. "] is " .. show(r), 0) end
  end
  same_json(result, doc, "json")
end

-- A strict RFC 4180 reader: records of fields, every record ended by CRLF.
local function parse_csv(s)
  local records, i, n = {}, 1, #s
  while i <= n do
    local rec = {}
    while true do
      local f
      if s:sub(i, i) == '"' then
        local parts, j = {}, i + 1
        while true do
          local q = s:find('"', j, true)
          if not q then error("csv: unterminated quoted field at byte " .. i, 0) end
          parts[#parts + 1] = s:sub(j, q - 1)
          if s:sub(q + 1, q + 1) == '"' then
            parts[#parts + 1] = '"'
            j = q + 2
          else
            i = q + 1
            break
          end
        end
        f = table.concat(parts)
      else
        local e = s:find('[,"\r\n]', i) or n + 1
        if s:sub(e, e) == '"' then error("csv: quote inside an unquoted field at byte " .. e, 0) end
        f = s:sub(i, e - 1)
        i = e
      end
      rec[#rec + 1] = f
      local c = s:sub(i, i)
      if c == "," then
        i = i + 1
      elseif s:sub(i, i + 1) == "\r\n" then
        i = i + 2
        break
      elseif c == "" then
        error("csv: last record not ended by CRLF", 0)
      else
        error("csv: " .. show(c) .. " after a field at byte " .. i .. " (bare CR or LF, or text after a quote)", 0)
      end
    end
    records[#records + 1] = rec
  end
  return records
end

-- Columns that hold numbers (empty when absent or not finite).
local NUMERIC = { gpus = true, days = true, gpu_hours = true, energy_kwh = true, energy_cost_usd = true,
  carbon_kg_co2e = true, cost_usd = true, cost_usd_p5 = true, cost_usd_p50 = true, cost_usd_p95 = true,
  water_l = true, embodied_kg_co2e = true, value_p5 = true, value_p95 = true }

-- A text cell as fmt/csv writes it: repaired UTF-8, control characters shown as
-- \xNN (lib/csv.lua, as text reports do), and a leading ' before a
-- text that a spreadsheet would take for a formula (OWASP CSV injection).
local function csv_text(s)
  s = host.visible(json.sanitize_utf8(tostring(s)))
  if s:find("^[=+%-@\t\r]") and not tonumber(s) then s = "'" .. s end
  return s
end

local function check_csv(result, out)
  if not utf8.len(out) then error("csv: invalid UTF-8", 0) end
  local recs = parse_csv(out)
  for r, rec in ipairs(recs) do
    if #rec ~= #recs[1] then error("csv: record " .. r .. " has " .. #rec .. " fields, the header " .. #recs[1], 0) end
  end
  if recs[1][1] ~= "scenario" then error("csv: no header row", 0) end
  local col = {}
  for i, h in ipairs(recs[1]) do col[h] = i end
  for _, h in ipairs({ "kind", "pricing" }) do
    if not col[h] then error("csv: no " .. h .. " column", 0) end
  end
  -- one record per phase × pricing, other cost × pricing, total × pricing
  local want = { false }
  for _, s in ipairs(result.scenarios) do
    local name = csv_text(s.name)
    for _, kind in ipairs({ "phase", "other cost", "total" }) do
      local items = (kind == "phase" and s.phases) or (kind == "other cost" and s.other) or { 1 }
      for _ = 1, #items do
        for _, p in ipairs(s.pricing) do want[#want + 1] = { name, kind, csv_text(p.key) } end
      end
    end
  end
  -- after them, the records of checks, figures and cash flows (view.records), not counted here
  local main = { recs[1] }
  for r = 2, #recs do
    local kind = recs[r][col.kind]
    if kind == "phase" or kind == "other cost" or kind == "total" then
      main[#main + 1] = recs[r]
    elseif kind ~= "check" and kind ~= "figure" and kind ~= "cash flow" then
      error("csv: record " .. r .. " has an unknown kind " .. show(kind), 0)
    end
  end
  if #main ~= #want then error("csv: " .. #main .. " phase, other cost and total records, want " .. #want, 0) end
  for r = 2, #main do
    local rec, w = main[r], want[r]
    local got = { rec[1], rec[col.kind], rec[col.pricing] }
    if got[1] ~= w[1] or got[2] ~= w[2] or got[3] ~= w[3] then
      error("csv: record " .. r .. " is " .. show(table.concat(got, "|")) .. ", want " .. show(table.concat(w, "|")), 0)
    end
  end
  for r = 2, #recs do
    local rec = recs[r]
    for h, c in pairs(col) do
      local f = rec[c]
      if NUMERIC[h] and f ~= "" then
        local x = tonumber(f)
        if not x or not finite(x) or not f:match("^%-?%d[%d.eE+%-]*$") then
          error("csv: record " .. r .. " column " .. h .. " is not a finite number: " .. show(f), 0)
        end
      end
    end
  end
end

local function check_xml(what, out)
  local ok, err = xmlcheck.check(out)
  if not ok then error(what .. ": not well-formed XML: " .. err, 0) end
end

local function check_plain(what, out, color)
  local len, at_bad = utf8.len(out)
  if not len then
    error(what .. ": invalid UTF-8 at byte " .. at_bad .. ": " .. show(out:sub(math.max(1, at_bad - 60), at_bad + 8)), 0)
  end
  local bad = color and "[%z\1-\9\11-\26\28-\31\127]" or "[%z\1-\9\11-\31\127]"
  local at = out:find(bad)
  if at then
    error(what .. ": control character " .. out:byte(at) .. " at byte " .. at .. ": "
      .. show(out:sub(math.max(1, at - 120), at + 60)), 0)
  end
  if out:sub(-1) ~= "\n" then error(what .. ": no trailing newline", 0) end
end

-- Main ------------------------------------------------------------------------

-- Findings already reported and not yet fixed. With TCOST_FUZZ_KNOWN=1 in
-- the environment an input that only reproduces one of them passes, so a
-- long run can look past them; without it (tests/fuzz/run) they are crashes.
local KNOWN = {} -- every finding so far is fixed; each has a seed in corpus/fuzz_formats

local function main()
  local result = build()
  local before = json.encode(result)
  local color = chance(2)
  local width = chance(3) and (40 + below(161)) or nil

  local function render(name, opts)
    local ok, out = pcall(require("tcost.fmt." .. name), result, opts)
    if not ok then error(name .. " raised: " .. tostring(out), 0) end
    if type(out) ~= "string" then error(name .. " returned a " .. type(out), 0) end
    return out
  end

  check_json(result, render("json", {}))
  check_csv(result, render("csv", {}))
  check_xml("html", render("html", {}))
  for _, chart in ipairs({ "phases", "waterfall", "histogram", "tornado" }) do
    check_xml("svg " .. chart, render("svg", { chart = chart }))
  end
  check_plain("text", render("text", { color = color, width = width }), color)
  check_plain("md", render("md", {}), false)

  if json.encode(result) ~= before then error("a format changed the result structure", 0) end
end

local ok, err = pcall(main)
if not ok then
  if host.getenv("TCOST_FUZZ_KNOWN") then
    for _, pat in ipairs(KNOWN) do
      if tostring(err):find(pat) then return end
    end
  end
  error(err, 0)
end
