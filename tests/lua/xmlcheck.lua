-- xmlcheck.lua: a small XML well-formedness checker for the format tests.
-- Checks what a real XML parser would reject in tcost's HTML and SVG: one
-- root element, tags that nest and close, quoted and unique attributes, valid
-- entity and character references, no stray '<' or '&', valid UTF-8.
-- It does not validate against a DTD or schema, and skips DOCTYPE contents.
local M = {}

local NAME = "[%a_:][%w_:%.%-]*"

-- Character data or an attribute value: every '&' starts a known reference.
local function check_refs(s)
  local pos = 1
  while true do
    local a = s:find("&", pos, true)
    if not a then return true end
    local ref = s:match("^&(#?x?%w*);", a)
    if not ref then return nil, "bare '&'" end
    local ok = ref == "amp" or ref == "lt" or ref == "gt" or ref == "quot" or ref == "apos"
      or ref:match("^#%d+$") or ref:match("^#x%x+$")
    if not ok then return nil, "unknown entity &" .. ref .. ";" end
    pos = a + 1
  end
end

---Checks that `s` is a well-formed XML document.
---@param s string
---@return boolean|nil ok
---@return string|nil err "line N: reason"
function M.check(s)
  if not utf8.len(s) then return nil, "invalid UTF-8" end
  local pos, n, stack, roots = 1, #s, {}, 0
  local function fail(msg)
    local line = 1
    for _ in s:sub(1, pos - 1):gmatch("\n") do line = line + 1 end
    return nil, "line " .. line .. ": " .. msg
  end
  if s:sub(1, 5) == "<?xml" then
    local e = s:find("?>", 1, true)
    if not e then return fail("unterminated XML declaration") end
    pos = e + 2
  end
  while pos <= n do
    local lt = s:find("<", pos, true)
    local textpart = s:sub(pos, (lt or n + 1) - 1)
    if textpart:find("]]>", 1, true) then return fail("']]>' in text") end
    local ok, err = check_refs(textpart)
    if not ok then return fail(err) end
    if #stack == 0 and textpart:find("%S") then return fail("text outside the root element") end
    if not lt then break end
    pos = lt
    if s:sub(pos, pos + 3) == "<!--" then
      local e = s:find("-->", pos + 4, true)
      if not e then return fail("unterminated comment") end
      if s:sub(pos + 4, e - 1):find("--", 1, true) then return fail("'--' inside a comment") end
      pos = e + 3
    elseif s:sub(pos, pos + 8) == "<![CDATA[" then
      if #stack == 0 then return fail("CDATA outside the root element") end
      local e = s:find("]]>", pos, true)
      if not e then return fail("unterminated CDATA") end
      pos = e + 3
    elseif s:sub(pos, pos + 8):upper() == "<!DOCTYPE" then
      if roots > 0 or #stack > 0 then return fail("DOCTYPE after the root element") end
      local e = s:find(">", pos, true)
      if not e then return fail("unterminated DOCTYPE") end
      pos = e + 1
    elseif s:sub(pos, pos + 1) == "<?" then
      local e = s:find("?>", pos, true)
      if not e then return fail("unterminated processing instruction") end
      if s:sub(pos + 2, pos + 4):lower() == "xml" and s:sub(pos + 5, pos + 5):match("[%s?]") then
        return fail("XML declaration not at the start")
      end
      pos = e + 2
    elseif s:sub(pos, pos + 1) == "</" then
      local name, e = s:match("^</(" .. NAME .. ")%s*>()", pos)
      if not name then return fail("malformed end tag") end
      local open = table.remove(stack)
      if open ~= name then return fail("</" .. name .. "> closes <" .. tostring(open) .. ">") end
      pos = e
    else
      local name, p = s:match("^<(" .. NAME .. ")()", pos)
      if not name then return fail("malformed start tag") end
      if #stack == 0 then
        roots = roots + 1
        if roots > 1 then return fail("more than one root element") end
      end
      local seen = {}
      while true do
        local ws, p2 = s:match("^(%s*)()", p)
        p = p2
        if s:sub(p, p + 1) == "/>" then p = p + 2; break end
        if s:sub(p, p) == ">" then stack[#stack + 1] = name; p = p + 1; break end
        if ws == "" then return fail("attributes of <" .. name .. "> not separated by space") end
        local an, q, p3 = s:match("^(" .. NAME .. ")%s*=%s*([\"'])()", p)
        if not an then return fail("unquoted or malformed attribute in <" .. name .. ">") end
        if seen[an] then return fail("duplicate attribute " .. an .. " in <" .. name .. ">") end
        seen[an] = true
        local close = s:find(q, p3, true)
        if not close then return fail("unterminated attribute value") end
        local value = s:sub(p3, close - 1)
        if value:find("<", 1, true) then return fail("'<' in attribute value") end
        local vok, verr = check_refs(value)
        if not vok then return fail(verr .. " in attribute " .. an) end
        p = close + 1
      end
      pos = p
    end
  end
  if #stack > 0 then return fail("<" .. stack[#stack] .. "> never closed") end
  if roots == 0 then return fail("no root element") end
  return true
end

return M
