-- test_catalog.lua: the Lua binding of the accelerator catalog (tcost.c.catalog):
-- entry shape, lookups, "did you mean", regions, validate() and argument errors.
local catalog = require "tcost.c.catalog"

test("list returns every entry in catalog order", function()
  local all = catalog.list()
  truthy(#all >= 16, "at least 16 entries")
  eq(all[1].name, "A100 SXM 40GB", "first entry")
  for i, a in ipairs(all) do
    eq(type(a.name), "string", "name of entry " .. i)
    eq(a.custom, false, a.name .. ".custom")
    truthy(next(a.tflops), a.name .. " has at least one precision")
    for group, s in pairs(a.sources) do
      truthy(s.source and s.date and s.status, a.name .. " source of " .. group)
      truthy(("PCSD"):find(s.status, 1, true), a.name .. " status letter")
    end
  end
end)

test("get finds names, keys and aliases regardless of case and separators", function()
  for _, n in ipairs { "h800", "H800 SXM", "h800-sxm", "H800_sxm" } do
    local a = catalog.get(n)
    truthy(a, n)
    eq(a.key, "h800-sxm", n)
  end
  eq(catalog.get("tpu v4").name, "Google TPU v4", "tpu v4")
end)

test("entry shape", function()
  local h800 = catalog.get("H800")
  eq(h800.name, "H800 SXM", "name")
  eq(h800.vendor, "NVIDIA", "vendor")
  eq(h800.year, 2023, "year")
  eq(math.type(h800.year), "integer", "year is an integer")
  eq(h800.memory_gb, 80, "memory_gb")
  eq(h800.link_gbs, 400, "link_gbs")
  eq(h800.tdp_w, 700, "tdp_w")
  eq(h800.tflops.bf16, 989, "bf16")
  eq(h800.tflops.fp8, 1979, "fp8")
  eq(h800.tflops.fp4, nil, "absent precision is absent")
  -- third-party listings: sparse 1979 (BF16) and 3958 (FP8), kept apart from the dense figures
  eq(h800.sparse_tflops.bf16, 1979, "sparse bf16 is the vendor's figure")
  eq(h800.sparse_tflops.fp8, 3958, "sparse fp8")
  eq(h800.price_usd, 24900, "price")
  eq(h800.price_includes_server, true, "price includes the server")
  eq(h800.rent_usd_per_hour, 2, "rent")
  eq(h800.sources.price.status, "D", "price status")
  eq(h800.sources.price.date, "2025-09-19", "price date")
  eq(h800.sources.rent.status, "P", "rent status")
  truthy(h800.sources.rent.source:find("2412.19437", 1, true), "rent source cites the paper")
  truthy(h800.note:find("No official NVIDIA datasheet", 1, true), "note")
  local found = false
  for _, al in ipairs(h800.aliases) do found = found or al == "H800" end
  truthy(found, "alias H800 listed")
end)

test("absent figures are absent keys", function()
  local a100 = catalog.get("A100")
  eq(a100.tflops.fp8, nil, "A100 has no fp8")
  eq(a100.tflops.bf16, 312, "A100 bf16")
  eq(a100.price_usd, nil, "A100 80GB has no reference price")
  eq(a100.sources.price, nil, "and no price source")
  local v5e = catalog.get("TPU v5e")
  eq(v5e.tdp_w, nil, "TPU v5e has no published TDP")
  eq(v5e.sources.tdp, nil, "and no TDP source")
end)

test("tables are fresh copies", function()
  local a = catalog.get("H100")
  a.tdp_w = 1
  a.tflops.bf16 = 1
  eq(catalog.get("H100").tdp_w, 700, "tdp_w unchanged")
  eq(catalog.get("H100").tflops.bf16, 989, "bf16 unchanged")
end)

test("unknown accelerator suggests a name", function()
  local a, msg = catalog.get("H900")
  eq(a, nil, "no entry")
  eq(msg, "unknown accelerator 'H900'; did you mean 'H800'?", "message")
  a, msg = catalog.get("mi300")
  eq(msg, "unknown accelerator 'mi300'; did you mean 'MI300X'?", "mi300")
  a, msg = catalog.get("nonsense")
  eq(a, nil, "no entry")
  eq(msg, "unknown accelerator 'nonsense'", "no suggestion when nothing is close")
end)

test("argument errors", function()
  -- A number is accepted as its string form, as luaL_checkstring does.
  local a, msg = catalog.get(42)
  eq(a, nil, "42 is not an accelerator")
  eq(msg, "unknown accelerator '42'", "42 message")
  raises(function() catalog.get() end, "bad argument #1 to 'get' (string expected, got no value)")
  raises(function() catalog.get({}) end, "bad argument #1 to 'get' (string expected, got table)")
  raises(function() catalog.region() end, "bad argument #1 to 'region'")
end)

test("precisions and version", function()
  eq(catalog.precisions(), { "fp64", "fp64_tensor", "fp32", "tf32", "bf16", "fp16", "fp8", "fp4" }, "precisions")
  -- the MI355X FP8 figure from AMD's ISSCC talk of 16 Feb 2026 is the newest
  eq(catalog.version(), "2026-02-16", "version is the newest figure's date")
end)

test("regions", function()
  local all = catalog.regions()
  truthy(#all >= 6, "at least 6 regions")
  eq(all[1].key, "us-industrial", "first region")
  local us = catalog.region("us-industrial")
  eq(us.usd_per_kwh, 0.0806, "US industrial price")
  eq(us.kg_co2e_per_kwh, 0.367, "US grid intensity")
  eq(us.sources.price.status, "P", "price status")
  eq(us.sources.carbon.status, "D", "carbon status (lb converted to kg)")
  local world = catalog.region("world")
  eq(world.usd_per_kwh, nil, "no world price")
  eq(world.sources.price, nil, "no world price source")
  eq(world.kg_co2e_per_kwh, 0.481, "world intensity")
  eq(catalog.region("China").usd_per_kwh, 0.088, "lookup ignores case")
  local r, msg = catalog.region("mars")
  eq(r, nil, "unknown region")
  -- EIA's 0.367 counts CO2 at the plants; Electricity Maps' U.S. 420 g is the state rows' lifecycle basis (audit2)
  local life = catalog.region("us-industrial-lifecycle")
  eq({ life.kg_co2e_per_kwh, life.carbon_basis, life.usd_per_kwh }, { 0.420, "CO2e, lifecycle", 0.0806 },
    "the U.S. on the states' basis")
  eq(msg, "unknown region 'mars'; known: us-industrial, us-industrial-lifecycle, us-california-industrial, us-virginia-industrial, "
    .. "us-texas-industrial, us-oregon-industrial, us-iowa-industrial, us-residential, china, ireland, netherlands, nordics, "
    .. "sweden, norway, finland, japan, taiwan, singapore, eu-average, world", "message")
end)

test("regions: every intensity names its basis, and the sources' own are kept", function()
  local bases = { ["CO2, direct combustion"] = true, ["CO2e, direct combustion"] = true, ["CO2e, lifecycle"] = true }
  for _, r in ipairs(catalog.regions()) do
    eq(r.kg_co2e_per_kwh ~= nil, r.carbon_basis ~= nil, r.key .. ": a basis exactly when an intensity")
    if r.carbon_basis then truthy(bases[r.carbon_basis], r.key .. ": a known basis (" .. r.carbon_basis .. ")") end
    eq(r.market_kg_co2e_per_kwh ~= nil, r.market_basis ~= nil, r.key .. ": a market basis exactly when a factor")
  end
  -- EIA's 0.81 lb/kWh counts CO2 at the plants; ELCS and MOEA count CO2 per kWh; Ember and Electricity Maps
  -- count lifecycle CO2e; the EEA's indicator counts CO2e emitted generating.
  eq(catalog.region("us-industrial").carbon_basis, "CO2, direct combustion", "EIA")
  eq(catalog.region("japan").carbon_basis, "CO2, direct combustion", "ELCS")
  eq(catalog.region("taiwan").carbon_basis, "CO2, direct combustion", "MOEA")
  eq(catalog.region("china").carbon_basis, "CO2e, lifecycle", "Ember via OWID")
  eq(catalog.region("us-texas-industrial").carbon_basis, "CO2e, lifecycle", "Electricity Maps")
  eq(catalog.region("eu-average").carbon_basis, "CO2e, direct combustion", "EEA")
end)

test("regions: the states' grids and the Nordics, as their sources give them", function()
  -- Electricity Maps 2023 (co2.js yearly_2023.json): PJM 401, ERCOT 394, BPA 123, MISO 503, CAISO 263 g/kWh
  eq(catalog.region("us-virginia-industrial").kg_co2e_per_kwh, 0.401, "PJM")
  eq(catalog.region("us-texas-industrial").kg_co2e_per_kwh, 0.394, "ERCOT")
  eq(catalog.region("us-oregon-industrial").kg_co2e_per_kwh, 0.123, "BPA")
  eq(catalog.region("us-iowa-industrial").kg_co2e_per_kwh, 0.503, "MISO")
  eq(catalog.region("us-california-industrial").kg_co2e_per_kwh, 0.263, "CAISO")
  eq(catalog.region("us-texas-industrial").sources.carbon.status, "S", "a republished copy")
  -- EIA Electric Power Annual 2023: Iowa industrial 6.91 cents/kWh
  eq(catalog.region("us-iowa-industrial").usd_per_kwh, 0.0691, "Iowa price")
  -- Ember via OWID, 2023: Sweden 38.42, Norway 30.46, Finland 81.21 g/kWh
  eq(catalog.region("sweden").kg_co2e_per_kwh, 0.038, "Sweden")
  eq(catalog.region("norway").kg_co2e_per_kwh, 0.030, "Norway")
  eq(catalog.region("finland").kg_co2e_per_kwh, 0.081, "Finland")
  -- (151.96 x 33.89 + 81.21 x 81.52 + 30.46 x 153.63 + 38.42 x 166.05) / 435.09 = 52.47 g
  eq(catalog.region("nordics").kg_co2e_per_kwh, 0.052, "Nordic generation-weighted mean")
  eq(catalog.region("nordics").sources.carbon.status, "D", "derived, arithmetic in the source")
end)

test("regions: prices for Ireland, the Netherlands, Finland and Taiwan, converted as their sources say", function()
  -- Eurostat nrg_pc_205 band IE (20,000-69,999 MWh/yr), excluding VAT, 2023 = mean of its semesters, EUR/kWh,
  -- x 1.0817 USD/EUR (Federal Reserve G.5A, 2023 average)
  eq(catalog.region("ireland").usd_per_kwh, 0.2362, "Ireland: (0.2290 + 0.2078) / 2 x 1.0817 = 0.23624")
  eq(catalog.region("netherlands").usd_per_kwh, 0.2017, "Netherlands: (0.2064 + 0.1666) / 2 x 1.0817 = 0.20174")
  eq(catalog.region("finland").usd_per_kwh, 0.0809, "Finland: (0.0810 + 0.0685) / 2 x 1.0817 = 0.08086")
  -- Taipower's industrial average NT$3.38/kWh / 31.1525 TWD per USD = 0.10850
  eq(catalog.region("taiwan").usd_per_kwh, 0.1085, "Taiwan")
  for _, key in ipairs({ "ireland", "netherlands", "finland", "taiwan" }) do
    local price = catalog.region(key).sources.price
    eq(price.status, "D", key .. ": converted here, the arithmetic in the source")
    truthy(price.source:find("fed-g5a-2024", 1, true), key .. ": the exchange rate is cited")
  end
  -- still without a price of their own: the U.S. stand-in applies and is named
  for _, key in ipairs({ "nordics", "sweden", "norway", "japan", "singapore", "world" }) do
    eq(catalog.region(key).usd_per_kwh, nil, key .. " has no price")
  end
end)

-- custom accelerators (hw { ... }): tests/lua/test_hw.lua

test("nearest: the one did-you-mean rule of src/names.c, for Lua callers", function()
  -- loose forms: "gpuhour" vs "gpuhours" is one insertion; 7 loose chars allow 1 + 7 // 4 = 2 slips
  eq(catalog.nearest("gpu_hour", { "gpus", "gpu_hours" }), "gpu_hours", "one slip")
  eq(catalog.nearest("GPU-Hours", { "gpu_hours" }), "gpu_hours", "case and separators are free")
  -- "H900": H800 is a digit one off (half a step), H100 a full step: H800 wins
  eq(catalog.nearest("H900", { "H100", "H800" }), "H800", "digit one off")
  -- ties keep the first: "ab" is one slip from both; 2 chars allow 1 slip (and d < len)
  eq(catalog.nearest("ab", { "ac", "ad" }), "ac", "first of a tie")
  eq(catalog.nearest("xyz", { "gpu_hours", "pue" }), nil, "a rewrite is not a typo")
  eq(catalog.nearest("pue", { 3, false, "pie" }), "pie", "non-strings skipped")
  eq(catalog.nearest("pue", {}), nil, "no candidates")
end)

test("same_name: names.h's loose equality, for Lua callers", function()
  truthy(catalog.same_name("H800 SXM", "h800-sxm"), "case and separators ignored")
  truthy(catalog.same_name("my_gpu", "MyGPU"), "underscore ignored")
  eq(catalog.same_name("H800", "H100"), false, "different names")
  raises(function() catalog.same_name("x") end, "bad argument #2")
end)
