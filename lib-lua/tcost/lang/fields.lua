-- lang/fields.lua: checking the tables a scenario passes to tcost's constructors.
-- Every message names the scenario file and line of the offending call and
-- the field, e.g. `r1.lua:7: phase 'R1 RL': unknown field 'gpu_hour' (did you mean 'gpu_hours'?)`.
local host = require "tcost.c.host"
local mc = require "tcost.c.mc"
local catalog = require "tcost.c.catalog"

local M = {}

---"file:line" of the scenario code being run, or "?" outside one.
---@return string
function M.where()
  local file, line = require("tcost.lang.sandbox").where()
  if not file then return "?" end
  return file .. ":" .. line
end

---Raises a one-line error located at the scenario call.
---@param fmt string
function M.fail(fmt, ...)
  error(M.where() .. ": " .. string.format(fmt, ...), 0)
end

---The candidate closest to name, when it is close enough to be a typo: the
---one rule of src/names.c (case, ' ', '-' and '_' ignored; one slip per four
---characters), shared with every lookup by name in C. Ties keep the first.
---@param name string
---@param candidates string[]
---@return string|nil
function M.suggest(name, candidates)
  return catalog.nearest(name, candidates)
end

-- Keys of other types than numbers and strings: ordered by type name, then text.
local function mixed_order(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  return tostring(a) < tostring(b)
end

-- Keys in a fixed order (numbers first, then strings), so the first error
-- reported does not depend on pairs() order. Numbers and strings, the usual
-- keys, are sorted apart by Lua's own order (no comparator called per pair).
local function sorted_keys(t)
  local nums, strs, other = nil, {}, false
  for k in next, t do
    local tk = type(k)
    if tk == "string" then strs[#strs + 1] = k
    elseif tk == "number" then nums = nums or {}; nums[#nums + 1] = k
    else other = true; break end
  end
  if other then
    local keys = {}
    for k in next, t do keys[#keys + 1] = k end
    table.sort(keys, mixed_order)
    return keys
  end
  if not nums then table.sort(strs); return strs end
  table.sort(nums)
  if #strs > 1 then table.sort(strs) end
  local n = #nums
  for i = 1, #strs do nums[n + i] = strs[i] end
  return nums
end

---Is v a finite number or an uncertain value?
function M.is_value(v)
  return (math.type(v) ~= nil and v == v and v ~= math.huge and v ~= -math.huge) or mc.isnode(v)
end

---The first n bytes of s (cut back to a character's start, so UTF-8 stays
---whole) and "..." when s is longer: text quoted in a message.
---@param s string
---@param n integer
---@return string
function M.shorten(s, n)
  if #s <= n then return s end
  while n > 0 and (s:byte(n + 1) or 0) & 0xC0 == 0x80 do n = n - 1 end
  return s:sub(1, n) .. "..."
end

local function show(v)
  if v ~= v then return "nan" end -- one spelling, whatever the sign bit (0/0 is -nan in glibc's %g)
  if type(v) == "number" then return string.format("%g", v) end
  -- %q writes a line break as a backslash and a real one: a message stays one line
  if type(v) == "string" then return (string.format("%q", M.shorten(v, 40)):gsub("\\\n", "\\n")) end
  return type(v)
end

-- Whether text may hold a control character (%c, a superset of the sets the
-- checks refuse): most text holds none, and one anchored match of
-- "^[^%c]*$" costs less than an unanchored find, which tries a match at
-- every position, or than those sets, whose ranges are tested a byte each.
local function has_control(v)
  return not v:match("^[^%c]*$")
end

-- Text a scenario gives ends up in reports: JSON, XML and terminals need valid UTF-8.
local checks = {
  string = function(v)
    if type(v) ~= "string" or v == "" then return false, "a non-empty string" end
    if not utf8.len(v) then return false, "valid UTF-8 text" end
    if has_control(v) and v:find("[%z\1-\8\11\12\14-\31\127]") then
      return false, "text without control characters"
    end
    return true
  end,
}

-- Declaration-driven validation (lang/api.lua) ---------------------------------

local api = require "tcost.lang.api"

---A copy of a plain table, made with next() (never __pairs or __index), so
---what is checked is exactly what is kept. Tables with a metatable (specs,
---accelerator proxies) are kept by reference; nested plain tables are copied.
---@param t table
---@return table
function M.copy(t, depth, seen)
  depth, seen = depth or 0, seen or {}
  if seen[t] then return seen[t] end
  local c = {}
  seen[t] = c
  for k, v in next, t do
    if type(v) == "table" and getmetatable(v) == nil and depth < 16 then v = M.copy(v, depth + 1, seen) end
    c[k] = v
  end
  return c
end

-- How a unit reads in a message about its range.
local UNIT_WORDS = { fraction = "a fraction", ["1/year"] = "a fraction per year", ratio = "a ratio" }

-- 1e5, 2.5e-7, 0.05: three figures; the mantissa and exponent come from %e,
-- so a subnormal (5e-324) or an infinite value prints as what it is.
local function fmt_num(v)
  if v ~= v then return "nan" end
  if v == math.huge or v == -math.huge then return v > 0 and "inf" or "-inf" end
  if v ~= 0 and (math.abs(v) >= 1e5 or math.abs(v) < 1e-3) then
    local m, e = string.format("%.2e", v):match("^(.-)e(.*)$")
    m = m:gsub("%.?0+$", "")
    return m .. "e" .. math.tointeger(tonumber(e))
  end
  return string.format("%.4g", v)
end
M.fmt_num = fmt_num

-- "a fraction per year, 0 to 1" / ">= 0 GPU-hour": what a field must be.
local PLURAL = { parameter = true, token = true, GPU = true, ["GPU-hour"] = true, hour = true, day = true,
  year = true, FLOP = true }

---A field's valid range as words that say which bounds are allowed: "0 to 1"
---(both), "above 0, at most 1", "from 0, below 1", "above 0, below 1", ">= 0",
---"> 0", "<= 1", "< 1"; nil without bounds. The one wording of validation
---messages, `tcost help` and the LuaLS definitions.
---@param f tcost.api.Field
---@return string|nil
function M.range_text(f)
  local lo, hi = f.min, f.max
  if lo and hi then
    if not f.min_open and not f.max_open then return fmt_num(lo) .. " to " .. fmt_num(hi) end
    return string.format("%s %s, %s %s", f.min_open and "above" or "from", fmt_num(lo),
      f.max_open and "below" or "at most", fmt_num(hi))
  elseif lo then
    return (f.min_open and "> " or ">= ") .. fmt_num(lo)
  elseif hi then
    return (f.max_open and "< " or "<= ") .. fmt_num(hi)
  end
  return nil
end

-- "a fraction per year, 0 to 1" / ">= 0 GPU-hour": what a field must be.
local function describe_range(f)
  local words = UNIT_WORDS[f.unit]
  local unit = (f.unit and f.unit ~= "1" and not words) and (" " .. f.unit) or ""
  local range = M.range_text(f)
  if words then return words .. (range and (", " .. range) or "") end
  return (range or "a number") .. unit
end

local function in_valid(f, v)
  if f.min and (v < f.min or (f.min_open and v == f.min)) then return false end
  if f.max and (v > f.max or (f.max_open and v == f.max)) then return false end
  return true
end

local function in_plausible(f, v)
  local p = f.plausible
  return not p or (v >= p[1] and v <= p[2])
end

local SPELL = { [1e3] = "thousand", [1e6] = "million", [1e9] = "billion", [1e12] = "trillion" }

-- A likely intended value for v: a percentage written for a fraction, or a
-- count missing its e9/e12. nil when nothing fits.
local function suggestion(f, v)
  local ok = function(x) return in_valid(f, x) and in_plausible(f, x) end
  if f.max and f.max <= 5 and v > f.max and v <= 100 and ok(v / 100) then
    local s = string.format("%.2f", v / 100)
    if tonumber(s) ~= v / 100 then s = string.format("%.3g", v / 100) end
    return s
  end
  local p = f.plausible
  -- an amount of money off by a factor of 1000 is rarely a typo of magnitude,
  -- and a fraction or ratio has none to slip (0.5 a year is no 5e-13)
  if not p or v == 0 or (f.unit or ""):match("^USD") or UNIT_WORDS[f.unit] then return nil end
  local mid = f.mid or math.sqrt(math.max(p[1], 1e-300) * p[2])
  local best, bestd
  for _, m in ipairs({ 1e3, 1e6, 1e9, 1e12 }) do
    for _, x in ipairs({ v * m, v / m }) do
      if ok(x) then
        local d = math.abs(math.log(x / mid))
        if not bestd or d < bestd then best, bestd = { x = x, m = m, up = x > v }, d end
      end
    end
  end
  if not best then return nil end
  if best.up and v == math.floor(v) and v < 1e4 then
    return string.format("%de%d (%d * %s)", v, math.floor(math.log(best.m, 10) + 0.5), v, SPELL[best.m])
  end
  return fmt_num(best.x)
end

-- For a fraction above 1 that is no percent slip (mfu = 1.2): what 1 means.
local function over_whole(f, x)
  if UNIT_WORDS[f.unit] == "a fraction" and f.max == 1 and x > 1 then
    return string.format(", that is %s%%; 1 is 100%%", fmt_num(x * 100))
  end
  return ""
end

-- The number a range check looks at: the value, or an uncertain value's median.
local function probe(v)
  if math.type(v) then return v end -- a number is never a node
  if mc.isnode(v) then
    local ok, m = pcall(mc.median, v)
    if ok and type(m) == "number" then return m, true end
    return nil
  end
  return v
end

---Checks a value field's magnitude: outside the valid range raises, outside
---the plausible range calls warn(message).
---@param what string e.g. "own"
---@param f tcost.api.Field
---@param v number|userdata
---@param warn? fun(msg: string)
---@param origin? fun(v: any): string|nil the flag that gave v ("--set rate=250"), if one did
function M.magnitude(what, f, v, warn, origin)
  local x, uncertain = probe(v)
  if x == nil then return end
  -- a value from the command line: the flag is what to fix (the message
  -- handler adds the line that used it, "  in FILE:LINE")
  local flag = origin and origin(v)
  local fail = M.fail
  if flag then
    what = flag .. ": " .. what
    fail = function(fmt, ...) error(string.format(fmt, ...), 0) end
  end
  if x ~= x or x == math.huge or x == -math.huge then -- uniform(-1e308, 1e308): its width overflows
    fail("%s: field '%s' must be finite (got %s%s)", what, f[1], fmt_num(x),
      uncertain and ", the median of an uncertain value too wide for a double" or "")
  end
  if not in_valid(f, x) then
    local hint = suggestion(f, x)
    fail("%s: field '%s' must be %s (got %s%s)%s", what, f[1], describe_range(f), fmt_num(x),
      uncertain and ", the median of an uncertain value" or (hint and "" or over_whole(f, x)),
      hint and ("; did you mean " .. hint .. "?") or "")
  end
  if warn and not in_plausible(f, x) then
    local shown = uncertain and ("has median " .. fmt_num(x)) or ("= " .. fmt_num(x))
    local unit_words = UNIT_WORDS[f.unit] and "" or (f.unit and f.unit ~= "1" and (" " .. f.unit)) or ""
    -- "70 parameters", "3 GPUs": counted units read as plurals
    if PLURAL[f.unit] and x ~= 1 then unit_words = unit_words .. "s" end
    local hint = suggestion(f, x)
    local p = f.plausible
    warn(string.format("%s: %s %s%s, outside the usual %s to %s%s", what, f[1], shown, unit_words,
      fmt_num(p[1]), fmt_num(p[2]),
      hint and ("; did you mean " .. hint .. "?") or ""))
  end
end

local function enum_values(f)
  local vals = f.values
  if vals == "precisions" then return require("tcost.c.catalog").precisions() end
  if type(vals) == "function" then return vals() end
  return vals
end
M.enum_values = enum_values

local check_field, declared

-- The declaration of one entry of a list or map field: f.of, named by its path
-- ("steps[2]", "rates.H800") so messages say which entry is wrong.
local function entry(f, name)
  return setmetatable({ name }, { __index = f.of })
end

-- Checks each field kind; each returns the value to keep.
local kinds = {}

-- " in USD/GPU-hour" for a message about a field with a unit; "" without one.
local function in_unit(f) return f.unit and f.unit ~= "1" and (" in " .. f.unit) or "" end

-- The usual value: a finite plain number inside the field's valid and usual
-- ranges, for which there is nothing to convert and M.magnitude would
-- neither raise nor warn.
local function quiet(f, v)
  return math.type(v) ~= nil and v - v == 0 and in_valid(f, v) and in_plausible(f, v)
end

function kinds.value(what, f, v, opts)
  if quiet(f, v) then return v end
  -- a plain number is in the field's unit already: only a value with a unit converts
  if opts.convert and math.type(v) == nil then v = opts.convert(what, f, v) end
  if not M.is_value(v) then
    M.fail("%s: field '%s' must be a finite number or an uncertain value%s (got %s)", what, f[1],
      in_unit(f), show(v))
  end
  M.magnitude(what, f, v, opts.warn, opts.origin)
  return v
end

-- A plain number (an accelerator's figure, a tolerance): finite, never uncertain.
function kinds.number(what, f, v, opts)
  if quiet(f, v) then return v end
  if opts.convert and math.type(v) == nil then v = opts.convert(what, f, v) end
  if mc.isnode(v) then
    M.fail("%s: field '%s' must be a plain number%s, not an uncertain value", what, f[1],
      in_unit(f))
  end
  if math.type(v) == nil or v ~= v or v == math.huge or v == -math.huge then
    M.fail("%s: field '%s' must be a finite number%s (got %s)", what, f[1],
      in_unit(f), show(v))
  end
  M.magnitude(what, f, v, opts.warn, opts.origin)
  return v
end

function kinds.integer(what, f, v, opts)
  if math.type(v) == nil or v ~= math.floor(v) or v == math.huge or v == -math.huge then
    M.fail("%s: field '%s' must be a whole number (got %s)", what, f[1], show(v)) end
  if not quiet(f, v) then M.magnitude(what, f, v, opts.warn, opts.origin) end
  return v
end

function kinds.text(what, f, v)
  local ok, want = checks.string(v)
  if not ok and want == "valid UTF-8 text" then M.fail("%s: field '%s' is not valid UTF-8", what, f[1]) end
  if not ok then M.fail("%s: field '%s' must be %s (got %s)", what, f[1], want, show(v)) end
  return v
end

function kinds.unit(what, f, v, opts)
  local ok, want = checks.string(v)
  -- a unit is one line: its text is quoted in messages (unknown unit, the value given is)
  if ok and v:find("[\n\r]") then ok, want = false, "one line of text" end
  if not ok then M.fail("%s: field '%s' must be %s (got %s)", what, f[1], want, show(v)) end
  if opts.unit then opts.unit(what, f, v) end
  return v
end

function kinds.boolean(what, f, v)
  if type(v) ~= "boolean" then M.fail("%s: field '%s' must be true or false (got %s)", what, f[1], show(v)) end
  return v
end

function kinds.enum(what, f, v)
  local vals = enum_values(f)
  for _, x in ipairs(vals) do if x == v then return v end end
  if type(v) ~= "string" then
    M.fail("%s: field '%s' must be one of %s (got %s)", what, f[1], table.concat(vals, ", "), show(v))
  end
  local hint = M.suggest(v, vals)
  M.fail("%s: unknown %s '%s' (%s)", what, f[1], v,
    hint and ("did you mean '" .. hint .. "'?") or ("known: " .. table.concat(vals, ", ")))
end

function kinds.table(what, f, v)
  if type(v) ~= "table" then M.fail("%s: field '%s' must be a table (got %s)", what, f[1], show(v)) end
  return v
end

-- A nested table of fields: named fields checked against f.fields, values
-- given first against f.positional (without it, list entries are refused);
-- f.noun names its keys in messages ("precision"), f.nonempty asks for one.
function kinds.fields(what, f, v, opts)
  kinds.table(what, f, v)
  local at = what .. " " .. f[1]
  local pos = f.positional
  if not pos then
    local first
    for key in next, v do
      if math.type(key) == "integer" and (not first or key < first) then first = key end
    end
    if first then
      M.fail("%s: field '%s' takes %s = value pairs, not a list (found entry %d)", what, f[1], f.noun or "name", first)
    end
  end
  for i = 1, #v do
    if not pos[i] then M.fail("%s: unexpected positional value after %d; name every field", at, #pos) end
    v[i] = check_field(at, pos[i], v[i], opts)
  end
  M.validate(at, v, f.fields, opts, f[1], f.noun)
  if f.nonempty and next(v) == nil then
    M.fail("%s: field '%s' must give at least one %s: %s", what, f[1], f.noun or "field",
      table.concat(api.names(f.fields), ", "))
  end
  return v
end

-- A list: each entry checked by f.of (default: a name).
function kinds.list(what, f, v, opts)
  local of = f.of and (f.of.kind == "text" and "a list of names" or "a list") or "a list of names"
  if type(v) ~= "table" then M.fail("%s: field '%s' must be %s (got %s)", what, f[1], of, show(v)) end
  local n = #v
  for _, k in ipairs(sorted_keys(v)) do
    if math.type(k) ~= "integer" or k < 1 or k > n then
      M.fail("%s: field '%s' must be %s, %s (found key %s)", what, f[1], of,
        f.of and "{ {...}, {...} }" or '{ "a", "b" }', show(k))
    end
  end
  for i = 1, n do
    if f.of then
      v[i] = check_field(what, entry(f, f[1] .. "[" .. i .. "]"), v[i], opts)
    else
      local ok, want = checks.string(v[i])
      if not ok then M.fail("%s: field '%s': entry %d must be a name, %s (got %s)", what, f[1], i, want, show(v[i])) end
    end
  end
  return v
end

-- A map from names to entries checked by f.of; f.keys (a list, or a function
-- returning one) limits the names, with a did-you-mean.
function kinds.map(what, f, v, opts)
  local named = f.key_doc and (f.key_doc .. " names") or "names"
  if type(v) ~= "table" then
    M.fail("%s: field '%s' must be %sa table keyed by %s (got %s)", what, f[1], f.literal and "true or " or "", named, show(v))
  end
  local keys = sorted_keys(v)
  for _, k in ipairs(keys) do
    if type(k) ~= "string" then M.fail("%s: field '%s' is keyed by %s (got the key %s)", what, f[1], named, show(k)) end
  end
  local known = f.keys and (type(f.keys) == "function" and f.keys() or f.keys)
  for _, k in ipairs(keys) do
    if known then
      local found = false
      for _, x in ipairs(known) do found = found or x == k end
      if not found then
        local hint = M.suggest(k, known)
        M.fail("%s: unknown %s '%s'%s", what, f.key_doc or (f[1] .. " key"), k, hint and (" (did you mean '" .. hint .. "'?)")
          or (" (known: " .. table.concat(known, ", ") .. ")"))
      end
    end
    v[k] = check_field(what, entry(f, f[1] .. "." .. k), v[k], opts)
  end
  return v
end

function kinds.func(what, f, v)
  if type(v) ~= "function" then M.fail("%s: field '%s' must be a function (got %s)", what, f[1], show(v)) end
  return v
end
kinds["function"] = kinds.func

---Checks one field's value against its declaration; returns the value to keep.
---Values in f.literal (e.g. true) are kept as they are; accelerator, region
---and any are checked by the constructor that knows them.
check_field = function(what, f, v, opts)
  if f.literal then
    for _, x in ipairs(f.literal) do if rawequal(x, v) then return v end end
  end
  local k = kinds[f.kind]
  if not k then return v end
  return k(what, f, v, opts)
end
M.check_field = check_field

-- A declared field list (lang/api.lua) indexed once: its fields by name (the
-- first of a name, as api.field finds it) and its required ones in order.
-- The lists are the declarations themselves, never changed after loading.
local indexed = setmetatable({}, { __mode = "k" })
declared = function(list)
  local d = indexed[list]
  if d then return d end
  d = { by_name = {}, required = {} }
  for _, f in ipairs(list) do
    if d.by_name[f[1]] == nil then d.by_name[f[1]] = f end
    if f.required then d.required[#d.required + 1] = f end
  end
  indexed[list] = d
  return d
end

---Checks a copied table of fields against a declared field list (lang/api.lua):
---unknown or renamed fields, kinds, units, ranges, required fields. Values are
---replaced in place by what is kept (converted units).
---@param what string e.g. "phase 'R1 RL'"
---@param tbl table a copy made with M.copy
---@param list tcost.api.Field[]
---@param opts? table { warn = fun(msg), convert = fun(what, f, v): v, unit = fun(what, f, text) }
---@param prefix? string the constructor (or nested table) name, for renamed fields
---@param noun? string what its keys are, for messages (default "field")
function M.validate(what, tbl, list, opts, prefix, noun)
  opts = opts or {}
  if type(tbl) ~= "table" then M.fail("%s: expected a table of fields, got %s", what, type(tbl)) end
  local d = declared(list)
  for _, k in ipairs(sorted_keys(tbl)) do
    if type(k) == "string" then
      local f = d.by_name[k]
      if not f then
        local new = prefix and api.RENAMED[prefix .. "." .. k]
        if new then M.fail("%s: '%s' is now called '%s'", what, k, new) end
        local names = api.names(list)
        local hint = M.suggest(k, names)
        table.sort(names)
        M.fail("%s: unknown %s '%s'%s", what, noun or "field", k, hint and (" (did you mean '" .. hint .. "'?)") or
          (" (known: " .. table.concat(names, ", ") .. ")"))
      end
      tbl[k] = check_field(what, f, tbl[k], opts)
    elseif math.type(k) ~= "integer" then
      M.fail("%s: unexpected key of type %s", what, type(k))
    end
  end
  for _, f in ipairs(d.required) do
    if tbl[f[1]] == nil then M.fail("%s: missing required field '%s'", what, f[1]) end
  end
end

---Checks a name given to a constructor: a non-empty, printable string.
function M.name(kind, name)
  if type(name) ~= "string" then M.fail("%s needs a name string first, e.g. %s \"name\" {...} (got %s)", kind, kind, type(name)) end
  if name == "" then M.fail("%s name must not be empty", kind) end
  if #name > 200 then M.fail("%s name is longer than 200 bytes", kind) end
  if not utf8.len(name) then M.fail("%s name is not valid UTF-8", kind) end
  if has_control(name) and name:find("[%z\1-\31\127]") then M.fail("%s name contains control characters", kind) end
  return name
end

return M
