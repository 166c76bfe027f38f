-- csvparse.lua: a strict RFC 4180 reader for tests (records end in CRLF,
-- every field quoted or not, no bare CR or LF); raises on anything else.
local M = {}

-- RFC 4180: records end in CRLF; quoted fields may hold commas, CRLF and "".
function M.parse(s)
  local rows, row, field, i, n = {}, {}, {}, 1, #s
  local quoted = false
  while i <= n do
    local c = s:sub(i, i)
    if quoted then
      if c == '"' then
        if s:sub(i + 1, i + 1) == '"' then field[#field + 1] = '"'; i = i + 1 else quoted = false end
      else field[#field + 1] = c end
    elseif c == '"' then
      if #field > 0 then error("quote inside an unquoted field") end
      quoted = true
    elseif c == "," then row[#row + 1] = table.concat(field); field = {}
    elseif c == "\r" and s:sub(i + 1, i + 1) == "\n" then
      row[#row + 1] = table.concat(field); field = {}
      rows[#rows + 1] = row; row = {}
      i = i + 1
    elseif c == "\r" or c == "\n" then error("bare CR or LF outside quotes at byte " .. i)
    else field[#field + 1] = c end
    i = i + 1
  end
  if quoted then error("unterminated quoted field") end
  if #field > 0 or #row > 0 then error("last record lacks CRLF") end
  return rows
end

return M
