-- lang/generate.lua: text derived from the language's declaration
-- (lang/api.lua) and the C primitives' table: the LuaLS definitions
-- (lib-lua/meta/tcost.lua), the help of each constructor and of the built-in
-- functions, and the help topics the shell completions offer. `make generated`
-- writes the files; a test fails when one on disk differs from what this makes.
local api = require "tcost.lang.api"
local prim = require "tcost.c.prim"
local catalog = require "tcost.c.catalog"
local fields = require "tcost.lang.fields"

local M = {}

-- Numbers as the validation messages write them (one rule: fields.fmt_num).
local function fmt_num(v)
  if v == nil then return nil end
  return fields.fmt_num(v)
end

-- "0 to 1", "above 0, at most 1", ">= 0": fields.range_text, the one wording.
local valid_text = fields.range_text

local function enum_values(f)
  if f.values == "precisions" then return catalog.precisions() end
  if type(f.values) == "function" then return f.values() end
  return f.values
end

-- The values of an enum as text.
local function enum_text(f)
  local l = {}
  for _, v in ipairs(enum_values(f)) do l[#l + 1] = tostring(v) end
  return table.concat(l, ", ")
end

-- The LuaLS class of a nested table of fields, named by its path: tcost.EnergyFields,
-- tcost.ReconcileStepsFields.
local function nested_class(path)
  local words = {}
  for w in path:gmatch("[%w]+") do words[#words + 1] = w:sub(1, 1):upper() .. w:sub(2) end
  return "tcost." .. table.concat(words) .. "Fields"
end

-- The LuaLS type of a field; path names its nested class.
local function lua_type(f, path)
  local k = f.kind
  path = path or f[1]
  if f.literal then
    local t = f.literal[1] == true and "true|" or ""
    return t .. lua_type(setmetatable({ literal = false }, { __index = f }), path)
  end
  if k == "value" then return "tcost.Value" end
  if k == "number" then return "number" end
  if k == "integer" then return "integer" end
  if k == "text" or k == "unit" then return "string" end
  if k == "boolean" then return "boolean" end
  if k == "enum" then
    local q = {}
    for _, v in ipairs(enum_values(f)) do q[#q + 1] = type(v) == "number" and tostring(v) or string.format("%q", v) end
    return table.concat(q, "|")
  end
  if k == "accelerator" then return "tcost.Accelerator|string" end
  if k == "region" then return "tcost.Region|string" end
  if k == "map" then return "table<string, " .. lua_type(f.of, path) .. ">" end
  if k == "list" then return f.of and (lua_type(f.of, path) .. "[]") or "string[]" end
  if k == "function" then return "function" end
  if k == "fields" then return nested_class(path) end
  if k == "table" then return "table" end
  return "any"
end

local function field_comment(f)
  local parts = { f.doc }
  f = f.of or f
  if f.unit and f.unit ~= "1" then parts[#parts + 1] = "unit: " .. f.unit end
  local v = valid_text(f)
  if v then parts[#parts + 1] = "valid: " .. v end
  if f.plausible then parts[#parts + 1] = "usual: " .. fmt_num(f.plausible[1]) .. " to " .. fmt_num(f.plausible[2]) end
  if f.default then parts[#parts + 1] = "default: " .. f.default end
  return table.concat(parts, "; ")
end

local function class_name(c)
  return "tcost." .. c.name:sub(1, 1):upper() .. c.name:sub(2) .. "Fields"
end

local RESULT = { ["a phase of compute"] = "tcost.Phase", ["a pricing model"] = "tcost.Pricing", ["a cost"] = "tcost.Cost",
  ["a derived figure"] = "tcost.Figure", ["a scenario"] = "tcost.Scenario", ["an assumption"] = "tcost.Value",
  ["an exchange rate"] = "number" }

local STATIC = [[
---@meta tcost
-- LuaLS definitions for tcost scenario files: everything a scenario can call.
-- GENERATED from lib-lua/tcost/lang/api.lua by `make generated`: DO NOT EDIT.
-- Not loaded by tcost; point lua-language-server at this folder (see README).

---@class tcost.Accelerator
---@field name string
---@field key string
---@field aliases string[]
---@field vendor string
---@field year integer
---@field memory_gb number
---@field memory_bw_gbs number
---@field link_gbs number
---@field tdp_w number
---@field tflops table<string, number> dense peaks by precision; absent when not published
---@field price_usd? number
---@field rent_usd_per_hour? number
---@field note? string
---@field sources table<string, {source: string, date: string, status: string}>

---@class tcost.Region
---@field key string
---@field name string
---@field usd_per_kwh? number
---@field kg_co2e_per_kwh? number

---An uncertain value: combine with + - * / ^ and unary minus.
---@class tcost.Uncertain
local Uncertain = {}
---@param x number|tcost.Uncertain
---@return tcost.Uncertain indicator 1 where self > x
function Uncertain:gt(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:ge(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:lt(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:le(x) end
---@return string|nil
function Uncertain:label() end

---A number or uncertain value with a unit (an assumption with a unit, or quantity(v, unit)).
---@class tcost.Quantity
---@field value number|tcost.Uncertain
---@field unit string

---@alias tcost.Value number|tcost.Uncertain|tcost.Quantity

---@class tcost.Phase
---@class tcost.Pricing
---@class tcost.Cost
---@class tcost.Figure
---@class tcost.Scenario
]]

-- The field of a nested table of fields: itself, or the entry of a list or map of them.
local function nested(f)
  if f.kind == "fields" then return f end
  if (f.kind == "list" or f.kind == "map") and f.of and f.of.kind == "fields" then return f.of end
  return nil
end

-- One class of fields (a constructor's or a nested table's), then its nested classes.
local function meta_class(add, name, list, positional, path)
  add("---@class " .. name)
  for i, f in ipairs(positional or {}) do
    add(string.format("---@field [%d]%s %s %s", i, f.required and "" or "?", lua_type(f), f.doc))
  end
  for _, f in ipairs(list) do
    local sub = path and (path .. "_" .. f[1]) or f[1]
    add(string.format("---@field %s%s %s %s", f[1]:match("^[%a_][%w_]*$") and f[1] or ('["' .. f[1] .. '"]'),
      f.required and "" or "?", lua_type(f, sub), field_comment(f)))
  end
  add("")
  for _, f in ipairs(list) do
    local n = nested(f)
    if n then
      local sub = path and (path .. "_" .. f[1]) or f[1]
      meta_class(add, nested_class(sub), n.fields, n.positional, sub)
    end
  end
end

-- The field classes: each constructor's fields and the nested tables within.
local function meta_classes(add)
  for _, c in ipairs(api.constructors) do
    if c.fields then meta_class(add, class_name(c), c.fields, c.positional) end
  end
end

-- The signatures of the constructors whose call shape is their own.
local SPECIAL = {
  hw = { "---@param name_or_fields string|tcost.HwFields", "---@return tcost.Accelerator", "function hw(name_or_fields) end" },
  region = { "---@param key string", "---@return tcost.Region", "function region(key) end" },
  correlate = { "---@param a tcost.Value @param b tcost.Value @param rho number", "function correlate(a, b, rho) end" },
  quantity = { "---@param value number|tcost.Uncertain @param unit string @return tcost.Quantity",
    "function quantity(value, unit) end" },
}

-- One constructor's function, typed by its call shape.
local function meta_constructor(add, c)
  local result = RESULT[c.what] or "any"
  add("---" .. c.doc:sub(1, 1):upper() .. c.doc:sub(2) .. ".")
  add("---Example: " .. c.example)
  if c.shape == "named" then
    add("---@param name string")
    add(string.format("---@return fun(fields: %s%s): %s", class_name(c),
      c.name == "assume" and "|tcost.Value" or "", result))
    add(string.format("function %s(name) end", c.name))
  elseif c.shape == "optional-name" then
    add(string.format("---@param name_or_fields string|%s", class_name(c)))
    add(string.format("---@return %s|fun(fields: %s): %s", result, class_name(c), result))
    add(string.format("function %s(name_or_fields) end", c.name))
  elseif c.shape == "named-function" then
    add("---@param name string")
    add("---@return fun(fn: function)")
    add(string.format("function %s(name) end", c.name))
  elseif SPECIAL[c.name] then
    for _, line in ipairs(SPECIAL[c.name]) do add(line) end
  else
    add("---@return tcost.Value")
    add(string.format("function %s(...) end", c.name))
  end
  add("")
end

-- The distributions, the multipliers and the primitives.
local function meta_functions(add)
  for _, d in ipairs(api.DISTRIBUTIONS) do
    add("---" .. d.doc)
    local params = {}
    for _, p in ipairs(d.params) do params[#params + 1] = "@param " .. p[1] .. " " .. p[2] end
    add("---" .. table.concat(params, " ") .. " @return " .. (d.returns or "tcost.Uncertain"))
    local names = {}
    for _, p in ipairs(d.params) do names[#names + 1] = p[1]:gsub("%?$", "") end
    add(string.format("function %s(%s) end", d.name, table.concat(names, ", ")))
  end
  for _, m in ipairs(api.MULTIPLIERS) do
    add(string.format("---%s: params = 70 * billion reads as 70e9.", fmt_num(m[2])))
    add("---@type number")
    add(m[1] .. " = " .. string.format("%.0f", m[2]))
  end
  add("")
  for _, p in ipairs(prim.list()) do
    local sig = api.FUNCTIONS[p.name]
    add("---" .. p.doc)
    local params = {}
    for i, a in ipairs(p.args) do
      params[#params + 1] = "@param " .. a .. " tcost.Value" .. (sig and sig.args[i] and (" " .. sig.args[i]) or "")
    end
    add("---" .. table.concat(params, " ") .. " @return tcost.Value" .. (sig and (" " .. sig.returns) or ""))
    add(string.format("function %s(%s) end", p.name, table.concat(p.args, ", ")))
  end
end

---The text of lib-lua/meta/tcost.lua.
---@return string
function M.meta()
  local out = { STATIC }
  local function add(s) out[#out + 1] = s end
  meta_classes(add)
  for _, c in ipairs(api.constructors) do meta_constructor(add, c) end
  meta_functions(add)
  return table.concat(out, "\n") .. "\n"
end

-- Help ----------------------------------------------------------------------

-- prefix, then text wrapped to width; continuation lines indented by `indent` spaces.
local function wrap_text(prefix, text, width, indent)
  local lines, line = {}, prefix
  local fresh = true
  for w in text:gmatch("%S+") do
    if not fresh and #line + 1 + #w > width then
      lines[#lines + 1] = line
      line = string.rep(" ", indent) .. w
    else
      line = line .. (fresh and "" or " ") .. w
    end
    fresh = false
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end

local function field_lines(list)
  local out = {}
  for _, decl in ipairs(list) do
    -- a list's or map's entries: their unit and ranges
    local f = decl.of and setmetatable({ decl[1], doc = decl.doc, default = decl.default, required = decl.required },
      { __index = decl.of }) or decl
    local parts = {}
    if f.unit and f.unit ~= "1" then parts[#parts + 1] = f.unit end
    local v = valid_text(f)
    if v then parts[#parts + 1] = v end
    if f.plausible then parts[#parts + 1] = "usually " .. fmt_num(f.plausible[1]) .. " to " .. fmt_num(f.plausible[2]) end
    if f.default then parts[#parts + 1] = "default " .. f.default end
    if f.kind == "enum" then parts[#parts + 1] = "one of " .. enum_text(f) end
    if decl.kind == "map" and decl.keys then
      parts[#parts + 1] = "keys: " .. table.concat(type(decl.keys) == "function" and decl.keys() or decl.keys, ", ")
    end
    if f.required then parts[#parts + 1] = "required" end
    -- a name too long for its column gets a line of its own
    local head = string.format("  %-16s ", f[1])
    if #head > 19 then out[#out + 1] = "  " .. f[1]; head = string.rep(" ", 19) end
    out[#out + 1] = wrap_text(head, f.doc, 78, 19)
    if #parts > 0 then
      out[#out + 1] = wrap_text(string.rep(" ", 19), "[" .. table.concat(parts, "; ") .. "]", 78, 20)
    end
  end
  return table.concat(out, "\n")
end

-- Positional fields, shown as [1] NAME.
local function positional_lines(list)
  local shown = {}
  for i, f in ipairs(list) do
    shown[i] = setmetatable({ "[" .. i .. "] " .. f[1] }, { __index = f })
  end
  return field_lines(shown)
end

-- The fields of the nested tables in list, after their own heading each.
local function nested_help(out, list, prefix)
  for _, f in ipairs(list) do
    local n = nested(f)
    if n then
      local path = prefix .. f[1] .. (f.kind == "list" and "[i]" or f.kind == "map" and ".NAME" or "")
      out[#out + 1] = ""
      out[#out + 1] = path .. " = { ... } fields:"
      if n.positional then out[#out + 1] = positional_lines(n.positional) end
      out[#out + 1] = field_lines(n.fields)
      nested_help(out, n.fields, path .. ".")
    end
  end
end

---The help text of one constructor, or nil.
---@param name string
---@return string|nil
function M.constructor_help(name)
  local c = api.constructor(name)
  if not c then return nil end
  local out = { string.format("%s: %s", c.name, c.doc), "", "  " .. c.example }
  if c.shape == "optional-name" then
    out[#out + 1] = ""
    out[#out + 1] = string.format("The name is optional: %s { ... } or %s \"name\" { ... }.", c.name, c.name)
  end
  if c.names then
    out[#out + 1] = ""
    out[#out + 1] = wrap_text("", "Names (" .. c.names_doc .. "): " .. table.concat(c.names(), ", ") .. ".", 78, 0)
  end
  if c.fields then
    out[#out + 1] = ""
    if c.positional then
      out[#out + 1] = "Given first, without a name:"
      out[#out + 1] = positional_lines(c.positional)
      out[#out + 1] = ""
    end
    out[#out + 1] = "Fields (unit; valid range; usual range; default):"
    out[#out + 1] = field_lines(c.fields)
    nested_help(out, c.fields, "")
    out[#out + 1] = ""
    out[#out + 1] = "A value outside the valid range is an error; outside the usual range, a warning"
    out[#out + 1] = "(an error with --strict). A plain number is taken in the field's unit."
  end
  return table.concat(out, "\n") .. "\n"
end

-- The formulas of tcost.c.prim, by group, each with its arguments' units and its result's.
local function formula_lines(out)
  local group
  for _, p in ipairs(prim.list()) do
    if p.group ~= group then
      group = p.group
      out[#out + 1] = ""
      out[#out + 1] = "Formulas (" .. group .. "):"
    end
    local sig = api.FUNCTIONS[p.name]
    local args = {}
    for i, a in ipairs(p.args) do args[#args + 1] = a .. (sig and sig.args[i] and sig.args[i] ~= "1" and
      (" [" .. sig.args[i] .. "]") or "") end
    out[#out + 1] = wrap_text("  ", string.format("%s(%s)%s: %s", p.name, table.concat(args, ", "),
      sig and (" -> " .. sig.returns) or "", p.doc), 78, 6)
  end
end

---The text of `tcost help functions`: every function the language gives a
---scenario besides the constructors of named things, with what it returns.
---@return string
function M.functions_help()
  local out = { "Functions a scenario may call, besides the constructors (tcost help CONSTRUCTOR):", "",
    "Distributions (each returns an uncertain value; min, max and P as said):" }
  for _, d in ipairs(api.DISTRIBUTIONS) do
    local names = {}
    for _, p in ipairs(d.params) do names[#names + 1] = p[1] end
    out[#out + 1] = wrap_text("  ", string.format("%s(%s): %s", d.name, table.concat(names, ", "), d.doc), 78, 6)
  end
  out[#out + 1] = ""
  out[#out + 1] = "Values from the catalog, the market and units (tcost help NAME for each):"
  for _, c in ipairs(api.constructors) do
    if c.shape == "function" or c.shape == "value" then
      out[#out + 1] = wrap_text("  ", string.format("%s -> %s: %s", c.name, c.what, c.example), 78, 6)
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "Multipliers: " .. (function()
    local l = {}
    for _, m in ipairs(api.MULTIPLIERS) do l[#l + 1] = string.format("%s = %s", m[1], fmt_num(m[2])) end
    return table.concat(l, ", ")
  end)() .. " (params = 70 * billion)."
  formula_lines(out)
  out[#out + 1] = ""
  out[#out + 1] = "Arguments with units convert to the units in [ ] (a plain number is taken in them);"
  out[#out + 1] = "the result carries the unit after ->, so a mismatch is an error when the line runs."
  return table.concat(out, "\n") .. "\n"
end

-- Shell completion: one generated line in each script, found by its marker.
M.MARK = "generated from lib-lua/tcost/lang/api.lua (make generated)"

---The generated line of scripts/completion.bash or scripts/_tcost.
---@param shell string "bash" or "zsh"
---@return string
function M.completion_line(shell)
  -- the topics written by hand (help.lua) are listed in the scripts already
  local static = require("tcost.cmd.help").TOPICS
  local list = {}
  for _, name in ipairs(M.topics()) do if not static[name] then list[#list + 1] = name end end
  local t = table.concat(list, shell == "bash" and "\\n" or " ")
  if shell == "bash" then return "\ttopics+=$'\\n" .. t .. "' # " .. M.MARK end
  return "  topics+=(" .. t .. ") # " .. M.MARK
end

-- Option lists ----------------------------------------------------------------

-- The options of cmd/help.lua's declaration, sorted by name (one order for every run).
local function all_options()
  local help = require "tcost.cmd.help"
  local names = {}
  for name in pairs(help.OPTION) do names[#names + 1] = name end
  table.sort(names)
  return names, help
end

---The lines of scripts/completion.bash's generated block "options": the
---options that take their value as the next word, and each command's options.
---@return string
function M.bash_options()
  local names, help = all_options()
  local valued = {}
  for _, n in ipairs(names) do
    local o = help.OPTION[n]
    -- --date takes its value only as --date=VALUE
    if o.value and o.value ~= "date" then
      if o.alias then valued[#valued + 1] = o.alias end
      valued[#valued + 1] = n
    end
  end
  local out = { "\tlocal valued='^(" .. table.concat(valued, "|") .. ")$'", "\tlocal -A opts_of=(" }
  for _, c in ipairs(help.OPTIONS) do
    local words = {}
    for _, o in ipairs(help.options(c[1])) do
      words[#words + 1] = o.name
      if o.alias then words[#words + 1] = o.alias end
    end
    out[#out + 1] = string.format("\t\t[%s]='%s'", c[1], table.concat(words, " "))
  end
  out[#out + 1] = "\t)"
  return table.concat(out, "\n")
end

-- zsh quoting: inside '...', a ' is '"'"'.
local function zq(s) return (s:gsub("'", [['"'"']])) end

local ZSH_ACTION = {
  format = ":format:->format", path = ":path:_files", folder = ":folder:_files -/",
  lua = [[:file:_files -g "*.lua(-.)"]], date = "::date (YYYY-MM-DD)",
}

-- One _arguments spec of an option.
local function zsh_spec(o)
  local action = ""
  if o.value == "chart" then
    local charts = {}
    for k in pairs(require("tcost.report.report").CHARTS) do charts[#charts + 1] = k end
    table.sort(charts)
    action = ":chart:(" .. table.concat(charts, " ") .. ")"
  elseif o.value then
    action = ZSH_ACTION[o.value] or (":" .. o.value)
  end
  local desc = "[" .. zq(o.doc) .. "]" .. zq(action)
  if o.name == "--help" then return "'(- *)'{-h,--help}'" .. desc .. "'" end
  local suffix = not o.value and "" or o.value == "date" and "=-" or "="
  if o.alias then
    return string.format("'(%s %s)'{%s%s,%s%s}'%s'", o.alias, o.name, o.alias, o.value and "+" or "",
      o.name, suffix, desc)
  end
  return string.format("'%s%s%s%s'", o.many and "*" or "", o.name, suffix, desc)
end

---The lines of scripts/_tcost's generated block "options": one array of
---_arguments specs per command (o_run, o_check, ...).
---@return string
function M.zsh_options()
  local help = require "tcost.cmd.help"
  local arrays = {}
  for _, c in ipairs(help.OPTIONS) do arrays[#arrays + 1] = "o_" .. c[1] end
  local out = { "  local -a " .. table.concat(arrays, " ") }
  for _, c in ipairs(help.OPTIONS) do
    out[#out + 1] = "  o_" .. c[1] .. "=("
    for _, o in ipairs(help.options(c[1])) do out[#out + 1] = "    " .. zsh_spec(o) end
    out[#out + 1] = "  )"
  end
  return table.concat(out, "\n")
end

-- Man page --------------------------------------------------------------------

-- Text for roff: backslashes and hyphens escaped, no control word at a line start.
local function roff(s)
  s = s:gsub("\\", "\\e"):gsub("%-", "\\-")
  if s:match("^[.']") then s = "\\&" .. s end
  return s
end

-- The unit names by what they measure: { label, "hour, h, hr; minute, min (= 0.01667 hour); ..." }.
local function unit_groups()
  local lang_units = require "tcost.lang.units"
  local groups, by_key = {}, {}
  for _, d in ipairs(lang_units.defs()) do
    local key = lang_units.dims_text(d.d)
    local g = by_key[key]
    if not g then
      local meaning = lang_units.meaning({ d = d.d })
      g = { label = meaning and (meaning .. " (" .. key .. ")") or key == "1" and "a plain number" or key, items = {} }
      by_key[key] = g
      groups[#groups + 1] = g
    end
    local item = table.concat(d.names, ", ")
    if d.s ~= 1 then item = item .. " (= " .. fmt_num(d.s) .. (key == "1" and "" or (" " .. key)) .. ")" end
    g.items[#g.items + 1] = item
  end
  return groups
end

---The text of `tcost help units`: the units tcost knows by what they
---measure, the currencies and the multipliers (as the man page says them).
---@return string
function M.units_help()
  local lang_units = require "tcost.lang.units"
  local out = { wrap_text("", "Units: an assumption's unit = \"...\" or quantity(value, unit). Units combine " ..
    "with /, per, a space, -, * or × and powers ^N (kg CO2e/kWh, USD per GPU-hour); a plural is the singular. " ..
    "Arithmetic carries them when a line runs: adding values of different dimensions, or giving a field a value " ..
    "of another dimension, is an error at that line; compatible units convert; a plain number takes the " ..
    "field's unit.", 78, 0), "" }
  for _, g in ipairs(unit_groups()) do
    out[#out + 1] = wrap_text("  " .. g.label .. ": ", table.concat(g.items, "; "), 78, 6)
  end
  local cur = {}
  for k in pairs(lang_units.CURRENCIES) do cur[#cur + 1] = k end
  table.sort(cur)
  out[#out + 1] = ""
  out[#out + 1] = wrap_text("", "Currencies: USD is the base; " .. table.concat(cur, ", ") .. " need the rate " ..
    "with its source, and tcost converts no currency silently: " .. api.constructor("currency").example, 78, 2)
  local l = {}
  for _, m in ipairs(api.MULTIPLIERS) do l[#l + 1] = string.format("%s = %s", m[1], fmt_num(m[2])) end
  out[#out + 1] = ""
  out[#out + 1] = "Multipliers: " .. table.concat(l, ", ") .. " (params = 70 * billion)."
  return table.concat(out, "\n") .. "\n"
end

---The lines of src/tcost.1's generated block "values": the units tcost
---knows, the currencies and the number multipliers, from lang/units.lua and
---lang/api.lua.
---@return string
function M.man_values()
  local lang_units = require "tcost.lang.units"
  local out = { ".SS Units",
    "A value may carry a unit: an assumption's", ".B unit", "field or", ".BR \"quantity(value, unit)\" .",
    "Units combine with /, per, a space, \\-, * or \\(mu and powers ^N",
    "(\\fBkg CO2e/kWh\\fP, \\fBUSD per GPU\\-hour\\fP); a plural is the singular.",
    "Arithmetic carries units when an expression is built; adding values of different",
    "dimensions, or giving a field a value of another dimension, is an error naming the",
    "file and line; compatible units convert. A plain number takes the field's unit.",
    "The names tcost knows, by what they measure:" }
  for _, g in ipairs(unit_groups()) do
    out[#out + 1] = ".TP"
    out[#out + 1] = ".B " .. roff(g.label)
    out[#out + 1] = roff(table.concat(g.items, "; "))
  end
  local cur = {}
  for k in pairs(lang_units.CURRENCIES) do cur[#cur + 1] = k end
  table.sort(cur)
  out[#out + 1] = ".SS Currencies"
  out[#out + 1] = "USD is the base. A unit in " .. table.concat(cur, ", ") .. " is an error unless the"
  out[#out + 1] = "scenario declares the rate with its source, and tcost converts no currency silently:"
  out[#out + 1] = ".RS"
  out[#out + 1] = "\\fB" .. roff(api.constructor("currency").example) .. "\\fP"
  out[#out + 1] = ".RE"
  out[#out + 1] = ".SS Number multipliers"
  local l = {}
  for _, m in ipairs(api.MULTIPLIERS) do l[#l + 1] = string.format("\\fB%s\\fP = %s", m[1], fmt_num(m[2])) end
  out[#out + 1] = table.concat(l, ", ") .. ":"
  out[#out + 1] = "\\fB" .. roff("params = 70 * billion, tokens = 15 * trillion") .. "\\fP."
  out[#out + 1] = "A value far outside a field's usual range gets a warning that suggests the multiplier"
  out[#out + 1] = "(70 parameters: did you mean 70e9?)."
  return table.concat(out, "\n")
end

-- Generated blocks: the lines between a "BEGIN generated KEY" line and an
-- "END generated KEY" line, whatever comment syntax holds the markers.

---A file's text with the block KEY replaced by body (nil when it has no such block).
---@param text string
---@param key string
---@param body string
---@return string|nil
function M.replace_block(text, key, body)
  local out, state = {}, "before"
  for l in (text:gsub("\n$", "") .. "\n"):gmatch("([^\n]*)\n") do
    if state == "before" and l:find("BEGIN generated " .. key .. ":", 1, true) then
      out[#out + 1] = l
      out[#out + 1] = body
      state = "inside"
    elseif state == "inside" then
      if l:find("END generated " .. key, 1, true) then out[#out + 1] = l; state = "after" end
    else
      out[#out + 1] = l
    end
  end
  if state ~= "after" then return nil end
  return table.concat(out, "\n") .. "\n"
end

---Every generated file: { path = text } for whole files, marker lines, and blocks.
---@return table<string, string> files
---@return table<string, string> lines path -> the generated line
---@return table<string, table<string, string>> blocks path -> { key = body }
function M.outputs()
  return { ["lib-lua/meta/tcost.lua"] = M.meta() },
    { ["scripts/completion.bash"] = M.completion_line("bash"), ["scripts/_tcost"] = M.completion_line("zsh") },
    { ["scripts/completion.bash"] = { options = M.bash_options() }, ["scripts/_tcost"] = { options = M.zsh_options() },
      ["src/tcost.1"] = { values = M.man_values() } }
end

---A file's text with its generated line replaced (nil when it has no marker).
---@param text string
---@param line string
---@return string|nil
function M.replace_line(text, line)
  local out, found = {}, false
  for l in (text:gsub("\n$", "") .. "\n"):gmatch("([^\n]*)\n") do
    if l:find(M.MARK, 1, true) then out[#out + 1] = line; found = true else out[#out + 1] = l end
  end
  if not found then return nil end
  return table.concat(out, "\n") .. "\n"
end

---The help topics that come from the declaration: every constructor, "functions" and "units".
---@return string[]
function M.topics()
  local t = {}
  for _, c in ipairs(api.constructors) do t[#t + 1] = c.name end
  t[#t + 1] = "functions"
  t[#t + 1] = "units"
  return t
end

return M
