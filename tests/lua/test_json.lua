-- test_json.lua: the JSON encoder (stable order, escaping, non-finite → null,
-- number formats) and the strict decoder, including a field-by-field round
-- trip of the fixture result.
local json = require "tcost.lib.json"
local fixture = helper("fixture_result")

test("numbers", function()
  eq(json.encode(294000), "294000", "integer")
  eq(json.encode(294000.0), "294000", "integer-valued float")
  eq(json.encode(2 ^ 53 - 1), "9007199254740991", "largest exact integer below 2^53")
  eq(json.encode(-0.25), "-0.25", "")
end)

-- Numbers for programs at 15 significant digits (lib/json.lua's number_text,
-- docs/ARCHITECTURE.md): the digits people typed, without the binary noise
-- arithmetic leaves in the 16th and 17th.
test("numbers_at_15_significant_digits", function()
  eq(json.encode(0.1), "0.1", "0.1 is 0.10000000000000001 at 17 digits")
  eq(json.encode(4.1), "4.1", "4.0999999999999996 at 17 digits")
  eq(json.encode(1e300), "1e+300", "large float")
  -- 0.1 + 0.2 = 0.3000000000000000444...: the noise is in the 17th digit
  eq(json.encode(0.1 + 0.2), "0.3", "float noise left out")
  -- 2,048 × $20,000 shared by GPU-hours over four phases and added back: 40959999.99999999
  local shares = { 2664e3, 119e3, 5e3, 147e3 }
  local sum = 0
  for _, h in ipairs(shares) do sum = sum + 40960000 * h / 2935e3 end
  truthy(sum ~= 40960000, "the shares add up to another double: " .. string.format("%.17g", sum))
  eq(json.number_text(sum), "40960000", "written as the capex")
  eq(json.encode(1 / 3), "0.333333333333333", "15 threes")
  eq(json.encode(2 / 3), "0.666666666666667", "rounded in the 15th digit")
  -- 2^53 = 9007199254740992 is past the integers a double counts exactly: 15 digits like any other
  eq(json.encode(2 ^ 53), "9.00719925474099e+15", "2^53")
  eq(json.encode(121175.99999999999), "121176", "kWh through a server factor")
  -- typed values read back exactly; computed ones within 5 parts in 10^15
  for _, x in ipairs({ 0.1, 4.1, 123456.789, 1e-300, 0.088, 2.59 }) do
    eq(tonumber(json.number_text(x)), x, "typed value reads back: " .. json.number_text(x))
  end
  for _, x in ipairs({ 1 / 3, 2 / 3, 0.1 + 0.2, 2 ^ 0.5, math.pi, 5870000 / 294000 }) do
    truthy(math.abs(tonumber(json.number_text(x)) - x) <= 5e-15 * math.abs(x), "within 5e-15: " .. json.number_text(x))
  end
  -- the largest double, 1.7976931348623157e308, rounds at 15 digits to 1.79769313486232e308,
  -- which is past it (inf when read back): all 17 digits (fuzz_formats found it)
  eq(json.encode(-1.7976931348623157e308), "-1.7976931348623157e+308", "-DBL_MAX reads back finite")
  eq(json.encode(1.7976931348623157e308), "1.7976931348623157e+308", "DBL_MAX reads back finite")
  eq(json.encode(1.79769313486231e308), "1.79769313486231e+308", "below the edge: 15 digits")
end)

test("non_finite_is_null", function()
  eq(json.encode(0 / 0), "null", "NaN")
  eq(json.encode(math.huge), "null", "inf")
  eq(json.encode({ 1, -math.huge, 3 }), "[1,null,3]", "in an array")
  eq(json.encode({ x = 0 / 0 }), '{"x":null}', "in an object")
end)

test("string_escaping", function()
  eq(json.encode('a"b\\c'), '"a\\"b\\\\c"', "quote and backslash")
  eq(json.encode("l1\nl2\tx\r\b\f"), '"l1\\nl2\\tx\\r\\b\\f"', "short escapes")
  eq(json.encode("\1\31"), '"\\u0001\\u001f"', "other control characters")
  eq(json.encode("über 数据"), '"über 数据"', "valid UTF-8 passes through")
  eq(json.encode("a\255b"), '"a\239\191\189b"', "invalid byte becomes U+FFFD")
  eq(json.encode("\192\175"), '"\239\191\189\239\191\189"', "overlong form rejected byte by byte")
  eq(json.encode("\237\160\128"), '"\239\191\189\239\191\189\239\191\189"', "encoded surrogate rejected")
end)

test("stable_key_order", function()
  eq(json.encode({ b = 1, a = 2, c = { z = 1, y = 2 } }), '{"a":2,"b":1,"c":{"y":2,"z":1}}', "sorted")
  eq(json.encode({}), "[]", "empty table is an array")
  eq(json.encode(json.object()), "{}", "marked empty object")
  eq(json.encode({ a = {} }, { indent = 2 }), '{\n  "a": []\n}', "pretty")
end)

test("encode_refuses_bad_tables", function()
  raises(function() json.encode({ 1, 2, x = 3 }) end, "mixed")
  raises(function() json.encode({ [1] = 1, [3] = 3 }) end, "mixed")
  local t = {}
  t.self = t
  raises(function() json.encode(t) end, "cycle")
  raises(function() json.encode({ f = print }) end, "cannot encode a function at f")
  -- the error says where the value is (red team F27: a result's stray engine node)
  raises(function() json.encode({ scenarios = { { lines = { { share = print } } } } }) end,
    "cannot encode a function at scenarios[1].lines[1].share")
  raises(function() json.encode({ a = { 1, 2, x = 3 } }) end, "mixed or non-string keys at a")
  raises(function() json.encode({ x = { t } }) end, "cannot encode a cycle at x[1].self")
  raises(function() json.encode(json.object({ 1 })) end, "object keys must be strings")
  -- 201 tables inside each other are written, 202 are not (as the decoder's limit)
  local function nest(n) local v = 1; for _ = 1, n do v = { v } end; return v end
  eq(#json.encode(nest(201)), 201 * 2 + 1, "201 levels")
  raises(function() json.encode(nest(202)) end, "nesting deeper than 200")
  -- the whole message, as the Lua encoder raised it: no position of lib/json.lua's
  -- (red team R2: the C encoder's luaL_error added "lib-lua/tcost/lib/json.lua:57: ")
  local function message(f) local ok, err = pcall(f); return not ok and err end
  eq(message(function() json.encode(nest(100000)) end), "json: nesting deeper than 200", "10^5 levels")
  eq(message(function() json.encode(json.object({ 1 })) end), "json: object keys must be strings", "a number key")
end)

test("shared_tables_are_no_cycle", function()
  local s = { 1 }
  eq(json.encode({ a = s, b = { s, s } }), '{"a":[1],"b":[[1],[1]]}', "the same table twice")
end)

test("marked_array_and_holes", function()
  eq(json.encode(json.array({ 1, 2, x = 3 })), "[1,2]", "a marked array writes 1..n only")
  eq(json.encode({ 1, json.null, 3 }), "[1,null,3]", "json.null")
  eq(json.encode({ a = json.null }), '{"a":null}', "json.null in an object")
  eq(json.encode({ a = { b = { 1, 2 } } }, { indent = 1 }), '{\n "a": {\n  "b": [\n   1,\n   2\n  ]\n }\n}',
    "one space a level")
  eq(json.encode({ [""] = 1, ["a\0b"] = 2, a = 3, ["\xff"] = 4 }), '{"":1,"a":3,"a\\u0000b":2,"\239\191\189":4}',
    "keys in byte order, shorter first; escaped and repaired like values")
end)

test("number_text_and_sanitize", function()
  eq(json.number_text(3), "3", "integer")
  eq(json.number_text(-0.0), "0", "negative zero")
  eq(json.number_text(1e21), "1e+21", "integer-valued float past 2^53")
  raises(function() json.number_text(math.huge) end, "finite number expected")
  raises(function() json.number_text(0 / 0) end, "finite number expected")
  local s = "valid é"
  eq(json.sanitize_utf8(s), s, "valid text unchanged")
  eq(json.sanitize_utf8("\xe2\x82"), "\239\191\189\239\191\189", "a cut sequence: each byte replaced")
end)

test("decode_values", function()
  local v = json.decode(' {"a": [1, 2.5e3, -0.25, true, false, null], "s": "\\u00e9\\ud83d\\ude00\\n"} ')
  eq(v.a[1], 1, "integer")
  eq(math.type(v.a[1]), "integer", "integer subtype")
  eq(v.a[2], 2500.0, "exponent")
  eq(v.a[3], -0.25, "negative fraction")
  eq(v.a[4], true, "true")
  eq(v.a[5], false, "false")
  eq(v.a[6], json.null, "null sentinel")
  eq(v.s, "é😀\n", "escapes and surrogate pair")
end)

test("decode_is_strict", function()
  raises(function() json.decode("[1,]") end, "unexpected character")
  raises(function() json.decode("01") end, "bad number")
  raises(function() json.decode("1.") end, "bad number")
  raises(function() json.decode("NaN") end, "unexpected character")
  raises(function() json.decode('{"a":1,"a":2}') end, "duplicate key")
  raises(function() json.decode('"\\ud800"') end, "lone surrogate")
  raises(function() json.decode('"a\tb"') end, "control character")
  raises(function() json.decode('"\255"') end, "invalid UTF-8")
  raises(function() json.decode("[1] 2") end, "trailing characters")
  raises(function() json.decode("{'a':1}") end, "expected a string key")
  raises(function() json.decode("[") end, "unexpected end")
  raises(function() json.decode(string.rep("[", 300)) end, "nesting")
end)

test("round_trip_is_identical", function()
  local text = json.encode(fixture, { indent = 2 })
  eq(json.encode(json.decode(text), { indent = 2 }), text, "encode(decode(x)) == x")
end)

test("round_trip_field_by_field", function()
  local back = json.decode(json.encode(fixture))
  eq(back.tool.version, "0.1.0", "tool.version")
  eq(back.run.samples, 10000, "run.samples")
  eq(back.run.overrides[1].name, "pue", "override name")
  eq(back.run.files[2].path, "examples/deepseek_r1_full.lua", "file path")
  eq(back.run.date, nil, "absent date stays absent")
  local r1 = back.scenarios[1]
  eq(r1.name, "DeepSeek-R1, as reported", "scenario name")
  eq(r1.phases[1].gpu_hours, 101000, "R1-Zero GPU-h")
  eq(r1.phases[1].cost.rental, 202000, "R1-Zero cost")
  eq(r1.phases[2].cost.rental, 10000, "SFT data cost")
  eq(r1.phases[3].cost.rental, 82000, "R1 cost")
  eq(r1.totals.cost.rental, 294000, "R1 total")
  eq(r1.phases[1].energy_kwh, 66281.25, "energy, exact binary fraction")
  eq(r1.reconciliation, nil, "no reconciliation")
  local full = back.scenarios[2]
  local rent = full.totals.cost.rental
  near(rent.mean, 35857000, 0, "summary mean")
  near(rent.p95, 45100000, 0, "summary p95")
  eq(#rent.hist.counts, 20, "hist bins")
  eq(rent.hist.counts[7], 1330, "hist count")
  near(full.reconciliation.steps[2].ratio, 5870000 / 294000, 5e-15, "ratio at 15 digits")
  eq(full.sensitivity.rental.tornado[1].input, "experiment_multiple", "tornado order")
  eq(full.other[2].name, 'Data, "curation" | labelling — 数据标注', "awkward text")
  eq(back.assumptions[3].overridden, true, "override flag")
  eq(back.assumptions[4].source, nil, "unsourced stays absent")
end)
