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

local SHORT_ESCAPE = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

local REPLACEMENT = "\239\191\189" -- U+FFFD

-- Length of the valid UTF-8 sequence starting at byte i, or nil. Rejects
-- overlong forms, surrogates and code points above U+10FFFF.
local function utf8_seq(s, i)
  local c = s:byte(i)
  if c < 0x80 then return 1 end
  local n, lo, hi = nil, 0x80, 0xBF
  if c >= 0xC2 and c <= 0xDF then n = 2
  elseif c == 0xE0 then n, lo = 3, 0xA0
  elseif c == 0xED then n, hi = 3, 0x9F
  elseif c >= 0xE1 and c <= 0xEF then n = 3
  elseif c == 0xF0 then n, lo = 4, 0x90
  elseif c >= 0xF1 and c <= 0xF3 then n = 4
  elseif c == 0xF4 then n, hi = 4, 0x8F
  else return nil end
  local b = s:byte(i + 1)
  if not b or b < lo or b > hi then return nil end
  for k = 2, n - 1 do
    b = s:byte(i + k)
    if not b or b < 0x80 or b > 0xBF then return nil end
  end
  return n
end

---`s` as valid UTF-8: every byte that does not start a valid sequence becomes U+FFFD.
---@param s string
---@return string
function M.sanitize_utf8(s)
  if utf8.len(s) then return s end -- strict: no overlongs, surrogates or > U+10FFFF
  local out, i, n = {}, 1, #s
  while i <= n do
    local len = utf8_seq(s, i)
    if len then out[#out + 1] = s:sub(i, i + len - 1); i = i + len
    else out[#out + 1] = REPLACEMENT; i = i + 1 end
  end
  return table.concat(out)
end

local function encode_string(s)
  s = M.sanitize_utf8(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return SHORT_ESCAPE[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

-- Significant digits of every number written for a program (JSON, CSV):
-- the one rule, documented in docs/ARCHITECTURE.md ("Numbers in CSV and JSON").
M.DIGITS = 15

---A number as tcost writes it for a program to read (JSON, CSV, sweep
---values): an integer below 2^53 in full ("40960000"), any other number at
---15 significant digits, trailing zeros dropped ("4.1", "0.3"). A double holds
---15 decimal digits (DBL_DIG): every value typed with up to 15 significant
---digits reads back exactly as typed, and the 16th and 17th digits, which
---only arithmetic's binary rounding fills (0.1 + 0.2 = 0.30000000000000004;
---2,048 × $20,000 through GPU-hour shares = 40959999.99999999), are left
---out. What a program reads back is within 5 parts in 10^15 of the double
---computed. Within 5 parts in 10^15 of the largest double, 15 digits round
---past it (1.79769313486232e+308 reads back as inf): such a number is written
---with all 17 digits.
---@param x number finite
---@return string
function M.number_text(x)
  if math.type(x) == "integer" then return string.format("%d", x) end
  if x == math.floor(x) and math.abs(x) < 2 ^ 53 then return string.format("%d", x) end
  local s = string.format("%." .. M.DIGITS .. "g", x)
  if math.abs(tonumber(s)) == math.huge then return string.format("%.17g", x) end
  return s
end

local function encode_number(x)
  if x ~= x or x == math.huge or x == -math.huge then return "null" end
  return M.number_text(x)
end

-- "array" when the keys are exactly 1..n, "object" when all are strings, else nil.
local function table_kind(t)
  local mt = getmetatable(t)
  if mt == OBJECT or mt == ARRAY then
    return mt.__jsontype
  end
  local n, strings, count = #t, 0, 0
  for k in pairs(t) do
    count = count + 1
    if type(k) == "string" then strings = strings + 1 end
  end
  if count == 0 then return "array" end
  if strings == count then return "object" end
  if strings == 0 and n == count then return "array" end
  return nil
end

local encode_value

-- The keys from the root to the value being encoded, kept in `seen` under this
-- private key, so an error says where: "at scenarios[1].cluster_lines[1].share".
local PATH = {}

local function where(seen)
  local parts = {}
  for i, k in ipairs(seen[PATH] or {}) do
    parts[i] = math.type(k) and ("[" .. k .. "]") or ((i > 1 and "." or "") .. tostring(k))
  end
  return #parts > 0 and (" at " .. table.concat(parts)) or ""
end

local function encode_table(t, opts, depth, seen, out)
  if seen[t] then error("json: cannot encode a cycle" .. where(seen), 0) end
  if depth > MAX_DEPTH then error("json: nesting deeper than " .. MAX_DEPTH, 0) end
  seen[t] = true
  local indent = opts.indent
  local nl, pad, inner, colon = "", "", "", ":"
  if indent then
    nl = "\n"
    pad = string.rep(" ", indent * depth)
    inner = string.rep(" ", indent * (depth + 1))
    colon = ": "
  end
  -- an array's members are 1..n, an object's its keys in sorted order (stable output);
  -- both are written the same way, an object's with its key before each value
  local keys, open, close = {}, "[", "]"
  local kind = table_kind(t)
  if not kind then error("json: cannot encode a table with mixed or non-string keys" .. where(seen), 0) end
  if kind == "array" then
    for i = 1, #t do keys[i] = i end
  else
    open, close = "{", "}"
    for k in pairs(t) do
      if type(k) ~= "string" then error("json: object keys must be strings", 0) end
      keys[#keys + 1] = k
    end
    table.sort(keys)
  end
  if #keys == 0 then
    out[#out + 1] = open .. close
  else
    out[#out + 1] = open .. nl
    for i, k in ipairs(keys) do
      out[#out + 1] = type(k) == "string" and (inner .. encode_string(k) .. colon) or inner
      local path = seen[PATH]
      path[#path + 1] = k
      encode_value(t[k], opts, depth + 1, seen, out)
      path[#path] = nil
      out[#out + 1] = (i < #keys and "," or "") .. nl
    end
    out[#out + 1] = pad .. close
  end
  seen[t] = nil
end

encode_value = function(v, opts, depth, seen, out)
  local ty = type(v)
  if v == nil or v == M.null then out[#out + 1] = "null"
  elseif ty == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif ty == "number" then out[#out + 1] = encode_number(v)
  elseif ty == "string" then out[#out + 1] = encode_string(v)
  elseif ty == "table" then encode_table(v, opts, depth, seen, out)
  else error("json: cannot encode a " .. ty .. where(seen), 0) end
end

---Encodes a Lua value. Object keys are sorted; a table is an array when its keys
---are exactly 1..n (an empty table is [] unless made with json.object()).
---Raises on cycles, functions, userdata and mixed keys.
---@param v any
---@param opts? { indent?: integer } indent > 0 pretty-prints with that many spaces
---@return string
function M.encode(v, opts)
  opts = opts or {}
  if opts.indent == 0 then opts = {} end
  local out = {}
  encode_value(v, opts, 0, { [PATH] = {} }, out)
  return table.concat(out)
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
