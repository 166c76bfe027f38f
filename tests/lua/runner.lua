-- runner.lua: `tcost-test selftest FILE...` (test build only) runs Lua test
-- files inside the host, with the tool's own library reachable through require.
-- Each file gets the harness's test/eq/near/truthy/raises as globals, and
-- helper(name) to load a module kept beside the tests (tests/lua/NAME.lua).
local args = ...
local host = require "tcost.c.host"
local code = 0
for _, file in ipairs(args.files) do
  local src = assert(host.read_file("tests/lua/harness.lua"))
  local H = assert(load(src, "@tests/lua/harness.lua", "t"))()
  H.set_file((file:match("([^/]+)%.lua$") or file))
  local env = setmetatable({ test = H.test, eq = H.eq, near = H.near, truthy = H.truthy, raises = H.raises },
    { __index = _G })
  ---helper("xmlcheck"): a module beside the tests (not part of tcost's library).
  function env.helper(name)
    local path = "tests/lua/" .. name .. ".lua"
    return assert(load(assert(host.read_file(path)), "@" .. path, "t"))()
  end
  local tsrc, err = host.read_file(file)
  if not tsrc then
    print("FAIL lua/" .. file .. ": " .. err)
    code = 1
  else
    local fn, perr = load(tsrc, "@" .. file, "t", env)
    if not fn then
      print("FAIL lua/" .. file .. ": " .. perr)
      code = 1
    else
      local ok, rerr = xpcall(fn, host.traceback)
      if not ok then
        print("FAIL lua/" .. file .. ": " .. tostring(rerr):gsub("\n", " | "))
        code = 1
      end
    end
  end
end
return code
