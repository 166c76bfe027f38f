-- test_hw.lua: hw { ... }, a custom accelerator, checked by the language
-- (lang/hw.lua against lang/api.lua's M.HW) and shaped by the catalog
-- (tcost.c.catalog.custom). One test per rule; every message names the
-- scenario's file and line, the field, and what it must be.
local runner = require "tcost.model.runner"
local catalog = require "tcost.c.catalog"

local run = helper("scenario_files")("hw").run
local function has(m, part) truthy(m:find(part, 1, true), m) end

-- A scenario whose only phase runs on hw { <fields> }, defined on line 2.
local function on(hw_fields)
  return '-- line 1\nlocal g = hw { ' .. hw_fields .. ' }\n' ..
    'scenario "s" { phase "p" { gpu = g, gpu_hours = 1000 }, pricing = { rental { rate = 2 } } }\n'
end
local function err(hw_fields) return raises(function() run(on(hw_fields)) end) end
local OK = 'name = "X1", tdp_w = 500, tflops = { bf16 = 400 }'

test("a_valid_definition_runs_and_keeps_its_figures", function()
  local r = run(on(OK .. ', memory_gb = 96, year = 2025, vendor = "Acme", source = "Acme datasheet"'))
  eq(#r.warnings, 0, "no warning")
  local row = r.scenarios[1].phases[1]
  eq(row.gpu, "X1", "the phase runs on it")
  -- 1000 GPU-hours at $2 = $2,000
  eq(row.cost.rental, 2000, "priced")
end)

test("unknown_field_with_did_you_mean_and_line", function()
  local m = err('name = "X", tdp = 700, tdp_w = 1, tflops = { bf16 = 1 }')
  has(m, ":2: custom accelerator 'X': unknown field 'tdp' (did you mean 'tdp_w'?)")
end)

test("unknown_field_without_a_near_name_lists_the_known", function()
  local m = err(OK .. ', colour = "red"')
  has(m, "custom accelerator 'X1': unknown field 'colour' (known: aliases, link_gbs, memory_bw_gbs, memory_gb, name, ")
end)

test("several_unknown_fields_name_the_first_in_order", function()
  -- the message never depends on pairs() order: 'alpha' sorts before 'zeta'
  has(err(OK .. ', zeta = 1, alpha = 2'), "unknown field 'alpha'")
end)

test("positional_entries_are_refused", function()
  has(err('"H100", ' .. OK), ":2: custom accelerator 'X1': keys must be field names like name = ... (found entry 1")
end)

test("name_is_required_text", function()
  has(err('tdp_w = 1, tflops = { bf16 = 1 }'), ":2: custom accelerator: missing required field 'name'")
  has(err('name = "", tdp_w = 1, tflops = { bf16 = 1 }'), "custom accelerator: field 'name' must be a non-empty string")
  has(err('name = 3, tdp_w = 1, tflops = { bf16 = 1 }'), "field 'name' must be a non-empty string (got 3)")
end)

test("tdp_is_required_finite_and_positive", function()
  has(err('name = "X", tflops = { bf16 = 1 }'), ":2: custom accelerator 'X': missing required field 'tdp_w'")
  has(err('name = "X", tdp_w = -1, tflops = { bf16 = 1 }'), "custom accelerator 'X': field 'tdp_w' must be > 0 W (got -1)")
  has(err('name = "X", tdp_w = 0, tflops = { bf16 = 1 }'), "field 'tdp_w' must be > 0 W (got 0)")
  -- NaN reads "nan" whatever its sign bit (0/0 is -nan to C's printf)
  has(err('name = "X", tdp_w = 0/0, tflops = { bf16 = 1 }'), "field 'tdp_w' must be a finite number in W (got nan)")
  has(err('name = "X", tdp_w = "700", tflops = { bf16 = 1 }'), "field 'tdp_w' must be a finite number in W (got \"700\")")
end)

test("a_figure_is_a_plain_number_not_an_uncertain_value", function()
  has(err('name = "X", tdp_w = uniform(500, 700), tflops = { bf16 = 1 }'),
    "custom accelerator 'X': field 'tdp_w' must be a plain number in W, not an uncertain value")
end)

test("optional_figures_are_finite_and_positive", function()
  has(err(OK .. ', memory_gb = math.huge'), "field 'memory_gb' must be a finite number in GB (got inf)")
  has(err(OK .. ', price_usd = 0'), "field 'price_usd' must be > 0 USD (got 0)")
  has(err(OK .. ', rent_usd_per_hour = -2'), "field 'rent_usd_per_hour' must be > 0 USD/GPU-hour (got -2)")
end)

test("year_is_a_whole_number_from_1", function()
  has(err(OK .. ', year = 2024.5'), "field 'year' must be a whole number (got 2024.5)")
  has(err(OK .. ', year = 0'), "field 'year' must be 1 to 9999 (got 0)")
  has(err(OK .. ', year = math.huge'), "field 'year' must be a whole number (got inf)")
end)

test("tflops_is_required_and_keyed_by_precision", function()
  has(err('name = "X", tdp_w = 1'), "custom accelerator 'X': missing required field 'tflops'")
  has(err('name = "X", tdp_w = 1, tflops = 989'), "field 'tflops' must be a table (got 989)")
  has(err('name = "X", tdp_w = 1, tflops = { 989 }'),
    "custom accelerator 'X': field 'tflops' takes precision = value pairs, not a list (found entry 1)")
  has(err('name = "X", tdp_w = 1, tflops = { bf61 = 1 }'),
    ":2: custom accelerator 'X' tflops: unknown precision 'bf61' (did you mean 'bf16'?)")
  has(err('name = "X", tdp_w = 1, tflops = {}'),
    "field 'tflops' must give at least one precision: fp64, fp64_tensor, fp32, tf32, bf16, fp16, fp8, fp4")
  has(err('name = "X", tdp_w = 1, tflops = { bf16 = 0 }'), "custom accelerator 'X' tflops: field 'bf16' must be > 0 TFLOP/s (got 0)")
end)

test("aliases_are_a_list_of_names", function()
  has(err(OK .. ', aliases = "x"'), "field 'aliases' must be a list of names (got \"x\")")
  has(err(OK .. ', aliases = { a = "x" }'), "field 'aliases' must be a list of names, { \"a\", \"b\" } (found key \"a\")")
  has(err(OK .. ', aliases = { "x", "" }'), "field 'aliases': entry 2 must be a name, a non-empty string (got \"\")")
end)

test("text_fields_are_text", function()
  has(err(OK .. ', vendor = 3'), "custom accelerator 'X1': field 'vendor' must be a non-empty string (got 3)")
  has(err(OK .. ', note = "a\\0b"'), "field 'note' must be text without control characters")
end)

test("figures_outside_the_usual_range_warn", function()
  local r = run(on('name = "X", tdp_w = 1, tflops = { bf16 = 400 }, year = 1970'))
  eq(#r.warnings, 2, "two warnings")
  local msgs = r.warnings[1].message .. "\n" .. r.warnings[2].message
  has(msgs, "custom accelerator 'X': tdp_w = 1 W, outside the usual 10 to 5000")
  has(msgs, "custom accelerator 'X': year = 1970, outside the usual 1980 to 2040")
  eq(r.warnings[1].line, 2, "located at the definition")
end)

test("a_phase_may_name_a_custom_accelerator_loosely", function()
  local r = run('hw { ' .. OK .. ', aliases = { "x-one" } }\n' ..
    'scenario "s" { phase "p" { gpu = "x 1", gpu_hours = 10 }, pricing = { rental { rate = 2 } } }\n')
  eq(r.scenarios[1].phases[1].gpu, "X1", "found by name under names.h's loose equality")
end)

test("a_batch_file_does_not_see_the_previous_files_accelerators", function()
  -- each file runs in a fresh instance of the language: X1 defined in the first is unknown in the second
  run(on(OK))
  local m = raises(function()
    run('scenario "s" { phase "p" { gpu = "X1", gpu_hours = 10 }, pricing = { rental { rate = 2 } } }\n')
  end)
  has(m, "unknown accelerator 'X1'")
end)

-- tcost.c.catalog.custom: the shape of a checked definition ------------------

test("custom_shapes_a_checked_table_as_a_catalog_entry", function()
  local x = catalog.custom {
    name = "My Chip_X1", tdp_w = 500, tflops = { bf16 = 400, fp8 = 800 },
    vendor = "Acme", year = 2025, memory_gb = 96, price_usd = 12000,
    source = "Acme datasheet, 2025", aliases = { "x1", "chip x1" },
  }
  eq(x.custom, true, "custom")
  eq(x.name, "My Chip_X1", "name")
  eq(x.key, "my-chip-x1", "key: lower case, blanks and '_' as '-'")
  eq(x.tdp_w, 500, "tdp_w")
  eq(x.tflops, { bf16 = 400, fp8 = 800 }, "tflops")
  eq(x.year, 2025, "year")
  eq(math.type(x.year), "integer", "year is an integer, as built-in years are")
  eq(x.aliases, { "x1", "chip x1" }, "aliases")
  eq(x.rent_usd_per_hour, nil, "absent rent")
  eq(x.price_includes_server, nil, "a user's price is what they say")
  eq(x.sources.tdp, { source = "Acme datasheet, 2025", status = "U" }, "tdp source")
  eq(x.sources.price.source, "Acme datasheet, 2025", "price source")
  eq(x.sources.rent, nil, "no source for an absent figure")
  local min = catalog.custom { name = "Tiny", tdp_w = 75, tflops = { fp16 = 65 } }
  eq(min.aliases, {}, "no aliases")
  eq(min.sources.tflops.source, "user-defined", "default source")
  eq(min.sources.year, nil, "no year, no year source")
end)

test("custom_refuses_what_was_not_checked", function()
  raises(function() catalog.custom("H100") end, "bad argument #1 to 'custom' (table expected, got string)")
  raises(function() catalog.custom { tdp_w = 1 } end, "custom: the table has no name")
  raises(function() catalog.custom { name = "X", tdp_w = "1" } end, "custom: field 'tdp_w' is not a number")
  raises(function() catalog.custom { name = "X", year = 0.5 } end, "custom: field 'year' is not a checked year")
end)
