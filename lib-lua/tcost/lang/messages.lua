-- lang/messages.lua: what a scenario's author reads when Lua itself objects.
-- Syntax errors get the line where the mistake is and a plain hint; raw
-- runtime messages ("attempt to call a nil value", "bad argument #1 to '?'")
-- are reworded in terms of the scenario. Messages tcost wrote itself pass
-- through unchanged. This module only rewords text; it raises nothing.
local M = {}

-- The line number of the last line before `line` holding code (not blank, not only a comment).
local function previous_code_line(src, line)
  local lines = {}
  for l in (src .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
  for i = line - 1, 1, -1 do
    local l = (lines[i] or ""):gsub("%-%-.*$", "")
    if l:find("%S") then return i end
  end
  return line
end

---Rewords a Lua syntax error (from load) with the line of the mistake and a hint.
---@param msg string e.g. "f.lua:4: '}' expected (to close '{' at line 3) near 'gpu_hours'"
---@param src string the chunk's text, to find the line before
---@return string
function M.syntax(msg, src)
  local file, line, rest = msg:match("^(.-):(%d+): (.*)$")
  if not file then return msg end
  line = tonumber(line)
  local closer, near = rest:match("^'([}%)])' expected.- near '([%a_][%w_]*)'$")
  if not closer then closer, near = rest:match("^'([}%)])' expected.- near '?([\"%[{].*)$") end
  if closer then
    -- a field or argument starts where the list expected its end: the comma is missing before it
    local at = previous_code_line(src, line)
    if rest:find("near '" .. (near or ""), 1, true) and near and near:match("^[%a_]") then
      local lineof = at == line and "" or (" (before '" .. near .. "' on line " .. line .. ")")
      return string.format("%s:%d: missing ',' after this %s?%s", file, at,
        closer == "}" and "field" or "argument", lineof)
    end
    return string.format("%s:%d: missing ',' after this %s? [Lua: %s]", file, at,
      closer == "}" and "field" or "argument", rest)
  end
  local num = rest:match("^malformed number near '(.-)'$")
  if num then
    local n, suffix = num:match("^([%d%.]+)([KkMBbTt])$")
    local exp = ({ K = 3, k = 3, M = 6, B = 9, b = 9, T = 12, t = 12 })[suffix or ""]
    if exp then
      local word = ({ [3] = "thousand", [6] = "million", [9] = "billion", [12] = "trillion" })[exp]
      return string.format("%s:%d: '%s' is not a number in Lua; write %se%d or %s * %s", file, line, num, n, exp, n, word)
    end
    return string.format("%s:%d: '%s' is not a number (digits, '.', and an exponent such as 1e9)", file, line, num)
  end
  if rest:match("^unfinished string") then
    return string.format("%s:%d: a string is not closed: end it with the quote it starts with", file, line)
  end
  if rest:match("^unfinished long string") or rest:match("^unfinished long comment") then
    return string.format("%s:%d: a [[ long string ]] or --[[ comment ]] is not closed [Lua: %s]", file, line, rest)
  end
  local opener = rest:match("^'end' expected %(to close '(%a+)' at line %d+%)") or rest:match("^'end' expected")
  if opener then
    return string.format("%s:%d: a block is not closed: add 'end' [Lua: %s]", file, line, rest)
  end
  if rest:match("^<eof> expected") then
    return string.format("%s:%d: unexpected text: one 'end', ')' or '}' too many before it? [Lua: %s]", file, line, rest)
  end
  local sym = rest:match("^unexpected symbol near '(.-)'$")
  if sym then
    return string.format("%s:%d: unexpected '%s': a stray character, or a missing value before it? [Lua: %s]", file,
      line, sym, rest)
  end
  local eq = rest:match("^'=' expected near '(.-)'$")
  if eq then
    return string.format("%s:%d: a name stands alone here: did you mean a call, a field (name = value) or a local? [Lua: %s]",
      file, line, rest)
  end
  return msg
end

local WHAT = { global = "global", ["local"] = "local", field = "field", method = "method", upvalue = "variable",
  constant = "constant" }

---Rewords a raw Lua runtime message; messages tcost wrote pass unchanged.
---@param msg string
---@return string
function M.runtime(msg)
  if type(msg) ~= "string" then return msg end
  local where, rest = msg:match("^(.-:%d+: )(.*)$")
  if not where then where, rest = "", msg end
  local first, tail = rest:match("^([^\n]*)(.*)$")
  local out
  local kind, how, name = first:match("^attempt to call a (%S+) value %((%a+) '(.-)'%)$")
  if kind then
    if kind == "nil" then
      out = string.format("'%s' does not exist (nil), so it cannot be called", name)
    else
      out = string.format("%s '%s' is a %s, not a function", WHAT[how] or how, name, kind)
    end
  end
  kind = not out and first:match("^attempt to call a (.-) value$")
  if kind then
    if kind:match("^tcost%.") then
      local what = ({ pricing = "pricing model", other = "cost" })[kind:sub(7)] or kind:sub(7)
      out = string.format("a %s is already complete: one { ... } too many after it?", what)
    else
      out = string.format("called a %s value as if it were a function", kind)
    end
  end
  if not out then
    local op, vkind, h, n = first:match("^attempt to (%a[%a ]-) a (%S+) value %((%a+) '(.-)'%)$")
    if op then
      if vkind == "nil" then
        out = string.format("%s '%s' is nil (not defined?), so cannot %s it", WHAT[h] or h, n,
          op == "index" and "read a field of" or op:gsub("^perform ", "do "):gsub(" on$", " with"))
      else
        out = string.format("cannot %s %s '%s', a %s", op:gsub("^perform ", "do "):gsub(" on$", " with"), WHAT[h] or h, n,
          vkind)
      end
    end
  end
  if not out then
    local op, vkind = first:match("^attempt to (%a[%a ]-) a (%S+) value$")
    if op then
      out = string.format("cannot %s a %s value", op == "index" and "read a field of" or
        op:gsub("^perform ", "do "):gsub(" on$", " with"), vkind)
    end
  end
  if not out then
    local a, b = first:match("^attempt to compare (%S+) with (%S+)$")
    if a then out = string.format("cannot compare a %s with a %s", a, b) end
    if first:match("^attempt to compare two (%S+) values$") then
      out = "cannot compare these values: " .. first:match("two (%S+) values") .. "s have no order"
    end
  end
  if not out then
    -- integer % 0 and // 0 (a float gives nan or inf instead)
    if first == "attempt to perform 'n%0'" then
      out = "x % 0: the remainder of a division by zero (integers); write x % 0.0 for nan"
    elseif first == "attempt to divide by zero" then
      out = "x // 0: an integer division by zero; write x / 0 for inf"
    end
  end
  if not out then
    local n, fname, why = first:match("^bad argument #(%d+) to '(.-)' %((.*)%)$")
    if n then
      out = fname == "?" and string.format("argument %s: %s", n, why) or
          string.format("%s: argument %s: %s", fname, n, why)
    end
  end
  if not out then return msg end
  return where .. out .. tail
end

---Rewords "bad argument #N to '?'" raised inside a named tcost function.
---@param msg string
---@param fname string the function the scenario called
---@return string
function M.argument(msg, fname)
  local n, why = msg:match("bad argument #(%d+) to '[^']*' %((.*)%)")
  if n then return string.format("%s: argument %s: %s", fname, n, why) end
  return msg
end

return M
