-- lib/json.lua: a JSON encoder whose output depends only on the value (sorted
-- object keys, fixed number formats) and a strict RFC 8259 decoder for tests
-- and for reading results back. Not a streaming parser; no comments, no
-- trailing commas, no NaN. Non-finite numbers encode as null: in tcost's
-- result schema a null number means "not a finite number".
local M = {}

---Decoded JSON null, and a value that encodes as null.
M.null = setmetatable({}, { __name = "json.null", __tostring = function() return "null" end })

local OBJECT = { __jsontype = "object" }
local ARRAY = { __jsontype = "array" }

---Marks `t` (default a new table) as an object, so an empty one encodes as {}.
---@param t? table
---@return table
function M.object(t) return setmetatable(t or {}, OBJECT) end

---Marks `t` (default a new table) as an array, so an empty one encodes as [].
---@param t? table
---@return table
function M.array(t) return setmetatable(t or {}, ARRAY) end

local MAX_DEPTH = 200

-- Encoding ------------------------------------------------------------------
-- In C (src/lua_json.c, the rules in src/json.h): number and string text is
-- one rule for every program-readable output, and the encoder writes a
-- result's JSON without building a string per value.
local cjson = require "tcost.c.json"

---`s` as valid UTF-8 (strict: no overlongs, surrogates or > U+10FFFF): every
---byte that does not start a valid sequence becomes U+FFFD.
---@type fun(s: string): string
M.sanitize_utf8 = cjson.sanitize_utf8

---A number as tcost writes it for a program to read (JSON, CSV, sweep
---values): an integer below 2^53 in full ("40960000"), any other number at
---15 significant digits, trailing zeros dropped ("4.1", "0.3"). A double holds
---15 decimal digits (DBL_DIG): every value typed with up to 15 significant
---digits reads back exactly as typed, and the 16th and 17th digits, which
---only arithmetic's binary rounding fills (0.1 + 0.2 = 0.30000000000000004;
---2,048 × $20,000 through GPU-hour shares = 40959999.99999999), are left
---out. Within 5 parts in 10^15 of the largest double, 15 digits round past
---it: such a number is written with all 17 digits. The rule lives in
---src/json.c only. Raises on a non-finite number.
---@type fun(x: number): string
M.number_text = cjson.number_text

---Encodes a Lua value. Object keys are sorted; a table is an array when its keys
---are exactly 1..n (an empty table is [] unless made with json.object()).
---Non-finite numbers are null. Raises on cycles, functions, userdata and mixed keys.
---@param v any
---@param opts? { indent?: integer } indent > 0 pretty-prints with that many spaces
---@return string
function M.encode(v, opts)
  return cjson.encode(v, opts and opts.indent or 0, M.null, OBJECT, ARRAY)
end

-- Decoding ------------------------------------------------------------------

local function decode_error(s, pos, msg)
  local line, col = 1, 1
  for i = 1, math.min(pos - 1, #s) do
    if s:byte(i) == 10 then line, col = line + 1, 1 else col = col + 1 end
  end
  error(string.format("json: %s at line %d column %d", msg, line, col), 0)
end

local function skip_ws(s, pos)
  return s:find("[^ \t\r\n]", pos) or #s + 1
end

local ESCAPES = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

local function decode_string(s, pos)
  local out, i = {}, pos + 1
  while true do
    local j = s:find('[\0-\31"\\]', i)
    if not j then decode_error(s, pos, "unterminated string") end
    local chunk = s:sub(i, j - 1)
    if not utf8.len(chunk) then decode_error(s, i, "invalid UTF-8 in string") end
    out[#out + 1] = chunk
    local c = s:sub(j, j)
    if c == '"' then return table.concat(out), j + 1 end
    if c ~= "\\" then decode_error(s, j, "control character in string") end
    local e = s:sub(j + 1, j + 1)
    if ESCAPES[e] then
      out[#out + 1] = ESCAPES[e]
      i = j + 2
    elseif e == "u" then
      local hex = s:match("^%x%x%x%x", j + 2)
      if not hex then decode_error(s, j, "bad \\u escape") end
      local cp = tonumber(hex, 16)
      i = j + 6
      if cp >= 0xD800 and cp <= 0xDBFF then
        local lo = s:match("^\\u(%x%x%x%x)", i)
        lo = lo and tonumber(lo, 16)
        if not lo or lo < 0xDC00 or lo > 0xDFFF then decode_error(s, j, "lone surrogate") end
        cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
        i = i + 6
      elseif cp >= 0xDC00 and cp <= 0xDFFF then
        decode_error(s, j, "lone surrogate")
      end
      out[#out + 1] = utf8.char(cp)
    else
      decode_error(s, j, "bad escape")
    end
  end
end

local function decode_number(s, pos)
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
  -- The loose pattern above only finds the extent; the grammar is checked here.
  local ok = num and (num:match("^-?0$") or num:match("^-?[1-9]%d*$")
    or num:match("^-?0%.%d+$") or num:match("^-?[1-9]%d*%.%d+$")
    or num:match("^-?0[eE][-+]?%d+$") or num:match("^-?[1-9]%d*[eE][-+]?%d+$")
    or num:match("^-?0%.%d+[eE][-+]?%d+$") or num:match("^-?[1-9]%d*%.%d+[eE][-+]?%d+$"))
  if not ok then decode_error(s, pos, "bad number") end
  local v = tonumber(num)
  if not num:find("[.eE]") then v = math.tointeger(v) or v end
  return v, pos + #num
end

local decode_value

-- The items of an array or an object, from its opening bracket at pos to
-- `close`: read_item(at) reads one item (into the caller's table) and returns
-- the position after it. Returns the position after the closing bracket.
local function decode_items(s, pos, close, read_item)
  pos = skip_ws(s, pos + 1)
  if s:sub(pos, pos) == close then return pos + 1 end
  while true do
    pos = skip_ws(s, read_item(pos))
    local c = s:sub(pos, pos)
    if c == close then return pos + 1 end
    if c ~= "," then decode_error(s, pos, "expected ',' or '" .. close .. "'") end
    pos = skip_ws(s, pos + 1)
  end
end

local function decode_array(s, pos, depth)
  local t, n = M.array(), 0
  return t, decode_items(s, pos, "]", function(at)
    local v
    v, at = decode_value(s, at, depth + 1)
    n = n + 1
    t[n] = v
    return at
  end)
end

local function decode_object(s, pos, depth)
  local t = M.object()
  return t, decode_items(s, pos, "}", function(at)
    if s:sub(at, at) ~= '"' then decode_error(s, at, "expected a string key") end
    local k, v
    k, at = decode_string(s, at)
    if t[k] ~= nil then decode_error(s, at, "duplicate key '" .. k .. "'") end
    at = skip_ws(s, at)
    if s:sub(at, at) ~= ":" then decode_error(s, at, "expected ':'") end
    v, at = decode_value(s, skip_ws(s, at + 1), depth + 1)
    t[k] = v
    return at
  end)
end

decode_value = function(s, pos, depth)
  if depth > MAX_DEPTH then decode_error(s, pos, "nesting deeper than " .. MAX_DEPTH) end
  local c = s:sub(pos, pos)
  if c == "{" then return decode_object(s, pos, depth) end
  if c == "[" then return decode_array(s, pos, depth) end
  if c == '"' then return decode_string(s, pos) end
  if c == "-" or c:match("%d") then return decode_number(s, pos) end
  if s:sub(pos, pos + 3) == "true" then return true, pos + 4 end
  if s:sub(pos, pos + 4) == "false" then return false, pos + 5 end
  if s:sub(pos, pos + 3) == "null" then return M.null, pos + 4 end
  if c == "" then decode_error(s, pos, "unexpected end of input") end
  decode_error(s, pos, "unexpected character '" .. c .. "'")
end

---Decodes one JSON text strictly. Objects and arrays come back marked (see
---json.object/json.array) so they re-encode the same; null is json.null.
---Raises "json: <reason> at line L column C" on any deviation from RFC 8259.
---@param s string
---@return any
function M.decode(s)
  if type(s) ~= "string" then error("json: decode expects a string", 0) end
  if s:sub(1, 3) == "\239\187\191" then decode_error(s, 1, "byte order mark") end
  local v, pos = decode_value(s, skip_ws(s, 1), 0)
  pos = skip_ws(s, pos)
  if pos <= #s then decode_error(s, pos, "trailing characters") end
  return v
end

return M
