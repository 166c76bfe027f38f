-- evil.lua: tries to change what a later file of the same batch sees: a
-- catalog entry, its metatable, the libraries, the DSL's constructors, the
-- string metatable. Every attempt is caught here; the next file's report must
-- be byte for byte the one it has alone (tests/cli/commands.sh, state/*).
local g = hw "H800"
for _, f in ipairs({
  function() g.tdp_w = 1 end,
  function() rawset(g, "tdp_w", 1) end,
  function() getmetatable(g).__index = function() return 0 end end,
  function() getmetatable("").__index = {} end,
  function() string.rep = nil end,
  function() string.format = function() return "0" end end,
  function() math.floor = function() return 0 end end,
  function() table.concat = function() return "" end end,
  function() rental.rate = 0 end,
  function() getmetatable(rental).__call = nil end,
}) do pcall(f) end
-- replace every function of every table it can reach (its own globals included)
for _, v in pairs(_G) do
  if type(v) == "table" and v ~= _G then
    pcall(function() for k, fn in pairs(v) do if type(fn) == "function" then v[k] = function() return 0 end end end end)
  end
end
correlate = nil
