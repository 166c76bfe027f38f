-- fields.lua: checking the tables a scenario passes to tcost's constructors.
-- Every message names the scenario file and line of the offending call and
-- the field, e.g. `r1.lua:7: phase 'R1 RL': unknown field 'gpu_hour' (did you mean 'gpu_hours'?)`.
local host = require "tcost.c.host"
local mc = require "tcost.c.mc"

local M = {}

---"file:line" of the scenario code being run, or "?" outside one.
---@return string
function M.where()
  local file, line = host.where()
  if not file then return "?" end
  return file .. ":" .. line
end

---Raises a one-line error located at the scenario call.
---@param fmt string
function M.fail(fmt, ...)
  error(M.where() .. ": " .. string.format(fmt, ...), 0)
end

local function distance(a, b)
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = { [0] = i }
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = cur
  end
  return prev[#b]
end

---The candidate closest to name, when it is close enough to be a typo.
---@param name string
---@param candidates string[]
---@return string|nil
function M.suggest(name, candidates)
  local best, bestd
  local lname = name:lower()
  for _, c in ipairs(candidates) do
    local d = distance(lname, c:lower())
    if not bestd or d < bestd or (d == bestd and c < best) then best, bestd = c, d end
  end
  if best and bestd <= math.max(2, #name // 3) then return best end
  return nil
end

-- Keys in a fixed order (numbers first, then strings), so the first error
-- reported does not depend on pairs() order.
local function sorted_keys(t)
  local keys = {}
  for k in next, t do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "number" or ta == "string" then return a < b end
    return tostring(a) < tostring(b)
  end)
  return keys
end

---Is v a finite number or an uncertain value?
function M.is_value(v)
  return (math.type(v) ~= nil and v == v and v ~= math.huge and v ~= -math.huge) or mc.isnode(v)
end

local function show(v)
  if type(v) == "number" then return string.format("%g", v) end
  if type(v) == "string" then return string.format("%q", #v > 40 and v:sub(1, 40) .. "..." or v) end
  return type(v)
end

-- Kinds of field: "string", "boolean", "function", "table", "any",
-- "value" (finite number or uncertain), "value>=0", "value>0", "fraction" (0..1),
-- "integer>0" (a whole number, e.g. a GPU count).
local checks = {
  -- every string ends up in reports: JSON, XML and terminals need valid UTF-8
  string = function(v)
    if type(v) ~= "string" or v == "" then return false, "a non-empty string" end
    if not utf8.len(v) then return false, "valid UTF-8 text" end
    if v:find("[%z\1-\8\11\12\14-\31\127]") then return false, "text without control characters" end
    return true
  end,
  boolean = function(v) return type(v) == "boolean", "true or false" end,
  ["function"] = function(v) return type(v) == "function", "a function" end,
  table = function(v) return type(v) == "table", "a table" end,
  any = function() return true, "" end,
  value = function(v) return M.is_value(v), "a finite number or an uncertain value" end,
  ["value>=0"] = function(v)
    return M.is_value(v) and (mc.isnode(v) or v >= 0), "a finite number >= 0 or an uncertain value"
  end,
  ["value>0"] = function(v)
    return M.is_value(v) and (mc.isnode(v) or v > 0), "a finite number > 0 or an uncertain value"
  end,
  fraction = function(v)
    return M.is_value(v) and (mc.isnode(v) or (v >= 0 and v <= 1)), "a number between 0 and 1"
  end,
  ["integer>0"] = function(v)
    return math.type(v) ~= nil and v == math.floor(v) and v >= 1 and v < 2 ^ 53, "a whole number >= 1"
  end,
}

---Checks tbl's named fields against spec ({field = kind}) and required fields.
---Positional entries (tbl[1], ...) are left to the caller.
---@param what string e.g. "phase 'R1 RL'"
---@param tbl table
---@param spec table<string,string>
---@param required? string[]
function M.check(what, tbl, spec, required)
  if type(tbl) ~= "table" then M.fail("%s: expected a table of fields, got %s", what, type(tbl)) end
  for _, k in ipairs(sorted_keys(tbl)) do
    if type(k) == "string" then
      local kind = spec[k]
      if not kind then
        local hint = M.suggest(k, sorted_keys(spec))
        M.fail("%s: unknown field '%s'%s", what, k, hint and (" (did you mean '" .. hint .. "'?)") or
          (" (known: " .. table.concat(sorted_keys(spec), ", ") .. ")"))
      end
      local ok, want = checks[kind](tbl[k])
      if not ok and want == "valid UTF-8 text" then M.fail("%s: field '%s' is not valid UTF-8", what, k) end
      if not ok then M.fail("%s: field '%s' must be %s (got %s)", what, k, want, show(tbl[k])) end
    elseif math.type(k) ~= "integer" then
      M.fail("%s: unexpected key of type %s", what, type(k))
    end
  end
  for _, k in ipairs(required or {}) do
    if tbl[k] == nil then M.fail("%s: missing required field '%s'", what, k) end
  end
end

---Checks a name given to a constructor: a non-empty, printable string.
function M.name(kind, name)
  if type(name) ~= "string" then M.fail("%s needs a name string first, e.g. %s \"name\" {...} (got %s)", kind, kind, type(name)) end
  if name == "" then M.fail("%s name must not be empty", kind) end
  if #name > 200 then M.fail("%s name is longer than 200 bytes", kind) end
  if not utf8.len(name) then M.fail("%s name is not valid UTF-8", kind) end
  if name:find("[%z\1-\31\127]") then M.fail("%s name contains control characters", kind) end
  return name
end

return M
