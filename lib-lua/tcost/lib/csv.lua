-- lib/csv.lua: RFC 4180 pieces shared by every CSV tcost writes (reports, the
-- catalog, sweeps): a field quoted when it holds a comma, quote, CR or LF,
-- numbers written exactly, records joined with CRLF.
local host = require "tcost.c.host"
local json = require "tcost.lib.json"

local M = {}

---A text field, quoted when needed; invalid UTF-8 becomes U+FFFD and control
---characters (but newline and tab) a visible \xNN, as in text reports: a CSV
---is often printed to a terminal, where a file or accelerator name holding
---ESC ] 0 ; ... BEL would retitle the window or write the clipboard.
---@param s string
---@return string
function M.field(s)
  s = host.visible(json.sanitize_utf8(tostring(s)))
  -- A cell starting with = + - @ tab or CR is a formula to Excel and
  -- LibreOffice (OWASP, CSV injection): a leading ' makes it text. A number
  -- ("-5", "1e-3") is left as it is: a spreadsheet reads it as that number.
  if s:find("^[=+%-@\t\r]") and not tonumber(s) then s = "'" .. s end
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

---A number at 15 significant digits, as every number for a program (json.number_text);
---empty when absent or not finite (a spreadsheet reads an empty cell as missing).
---@param x any
---@return string
function M.number(x)
  if type(x) ~= "number" or x ~= x or x == math.huge or x == -math.huge then return "" end
  return json.number_text(x)
end

---A whole document from rows of already-formatted fields, CRLF after every record.
---@param rows string[][]
---@return string
function M.document(rows)
  local lines = {}
  for i, r in ipairs(rows) do lines[i] = table.concat(r, ",") end
  return M.join(lines)
end

---A whole document from records already joined with commas, CRLF after every record.
---@param lines string[]
---@return string
function M.join(lines)
  return table.concat(lines, "\r\n") .. "\r\n"
end

return M
