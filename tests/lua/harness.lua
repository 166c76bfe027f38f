-- harness.lua: the assertion kit for Lua tests, loaded before each tests/lua/test_*.lua.
-- A test file calls test(name, fn); inside, eq/near/raises/truthy check values.
-- Each test prints "PASS lua/FILE/name" or "FAIL lua/FILE/name: reason" (one line).
local H = {}
local file_tag = "?"

local function fail(msg, level)
  error({ tcost_test_failure = msg }, (level or 1) + 1)
end

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) == "number" then return string.format("%.17g", v) end
  return tostring(v)
end

---Deep equality for plain tables, exact for everything else.
local function same(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

function H.eq(got, want, what)
  if not same(got, want) then
    fail(string.format("%s: got %s, want %s", what or "value", show(got), show(want)), 2)
  end
end

function H.near(got, want, rel, what)
  rel = rel or 1e-12
  if type(got) ~= "number" or not (math.abs(got - want) <= rel * math.abs(want)) then
    fail(string.format("%s: got %s, want %s (rel tol %g)", what or "value", show(got), show(want), rel), 2)
  end
end

function H.truthy(v, what)
  if not v then fail((what or "condition") .. " is false", 2) end
end

---Calls fn and requires it to raise an error whose message contains `part` (plain text).
function H.raises(fn, part, what)
  local ok, err = pcall(fn)
  if ok then fail((what or "call") .. " did not raise", 2) end
  local msg = type(err) == "table" and tostring(err.tcost_test_failure or err.message) or tostring(err)
  if part and not msg:find(part, 1, true) then
    fail(string.format("%s raised %s, want it to contain %s", what or "call", show(msg), show(part)), 2)
  end
  return msg
end

function H.test(name, fn)
  local ok, err = pcall(fn)
  if ok then
    print("PASS lua/" .. file_tag .. "/" .. name)
  else
    local msg = type(err) == "table" and err.tcost_test_failure or tostring(err)
    print("FAIL lua/" .. file_tag .. "/" .. name .. ": " .. tostring(msg):gsub("\n", " | "))
  end
end

function H.set_file(tag) file_tag = tag end

return H
