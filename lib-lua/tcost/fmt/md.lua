-- fmt/md.lua: the result as Markdown (GFM pipe tables): headings, pipe tables
-- and a provenance list. Every piece of scenario text is escaped, so a name
-- with '|', '*' or '<' cannot break a table or inject HTML; sources holding an
-- http(s) URL become links. Numbers come from units.lua, as in the text format.
local units = require "tcost.lib.units"
local escape = require "tcost.c.escape"
local view = require "tcost.report.view"

-- Markdown that renders the same on GitHub, pandoc and Python-Markdown:
-- punctuation all three unescape (Python-Markdown's list is the shortest:
-- \ ` * _ { } [ ] ( ) > # + - . ! and | with tables) gets a backslash; the
-- rest becomes an HTML entity, which all three decode, where a backslash
-- would show on Python-Markdown: '&', '<', '>', '~' and '$' ($ also keeps
-- GitHub from reading "$4.21M–$7.78M" as inline maths).
-- Control characters (NUL to US, and DEL): a run of them reads as one space.
-- The escaping runs in C (tcost.c.escape: invalid UTF-8 becomes U+FFFD first).
local ESCAPED = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ["~"] = "&#126;", ["$"] = "&#36;" }
for c in ("\\`*_[]|#!"):gmatch(".") do ESCAPED[c] = "\\" .. c end
local CONTROLS = {}
for b = 0, 31 do CONTROLS[#CONTROLS + 1] = string.char(b) end
CONTROLS = table.concat(CONTROLS) .. "\127"
local escaped, cleaned, valid = escape.new(ESCAPED, CONTROLS, " "), escape.new({}, CONTROLS, " "), escape.new({})

local function esc(s)
  if type(s) == "string" then return escaped(s) end
  if s == nil then return "" end
  return escaped(tostring(s))
end

-- Escaped text that starts a paragraph, where "- ", "+ " or "1. " would
-- begin a list.
local function guard(md)
  return (md:gsub("^([-+])", "\\%1"):gsub("^(%d+)([.)])", "%1\\%2"))
end
local function para(s) return guard(esc(s)) end

-- A value in human units, escaped like any other text.
local function num(v, kind, n) return esc(units.value(v, kind, n)) end


-- URL characters that would end or confuse a link destination are percent-encoded.
local function dest(url)
  return (url:gsub("[%c%s()<>\\`]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function source(s)
  if s == nil then return "*unsourced*" end
  s = valid(tostring(s))
  local url, text = units.split_url(s)
  if not url then return esc(s) end
  if text == "" then text = url end
  return "[" .. esc(text) .. "](" .. dest(url) .. ")"
end

-- Inline code for paths and hashes; backticks in the text fall back to escaping.
local function code(s)
  s = cleaned(tostring(s or ""))
  if s:find("`") or s == "" then return esc(s) end
  return "`" .. s .. "`"
end

-- A cell as Markdown: escaped text, code spans, links for sources.
local cell_md, parts_md = view.cell_writer({ esc = esc, value = num, source = source, code = code })

local function para_parts(parts) return guard(parts_md(parts)) end

local function table_block(out, b)
  if b.heading then out[#out + 1] = "### " .. esc(b.heading); out[#out + 1] = "" end
  if b.intro then out[#out + 1] = para(b.intro); out[#out + 1] = "" end
  if #b.rows == 0 then
    if b.empty then out[#out + 1] = esc(b.empty); out[#out + 1] = "" end
    return
  end
  local line, rule = {}, {}
  for i, c in ipairs(b.columns) do
    line[i] = esc(c.head)
    rule[i] = c.num and "--:" or "---"
  end
  out[#out + 1] = "| " .. table.concat(line, " | ") .. " |"
  out[#out + 1] = "|" .. table.concat(rule, "|") .. "|"
  for _, r in ipairs(b.rows) do
    local cells = {}
    for i = 1, #b.columns do
      local s = r[i] and cell_md(r[i]) or ""
      if r.total and s ~= "" then s = "**" .. s .. "**" end
      cells[i] = s
    end
    out[#out + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  out[#out + 1] = ""
  if b.footnote then out[#out + 1] = esc(b.footnote); out[#out + 1] = "" end
end

local function list_block(out, b)
  for _, it in ipairs(b.items) do
    out[#out + 1] = "- **" .. esc(it.key) .. "**: " .. parts_md(it.cells)
    for _, sub in ipairs(it.sub or {}) do out[#out + 1] = "  - " .. parts_md(sub) end
  end
  out[#out + 1] = ""
end

local M = {}

---Lays out a built view (report/view.lua) as Markdown that reads the same on GitHub, pandoc and Python-Markdown: the one entry
---for reports, comparisons, diffs and sweeps.
---@param v table a view
---@param opts? table { color?: boolean, width?: integer } (text)
---@return string
function M.view(v, opts)
  opts = opts or {}
  local out = { "# " .. esc(v.title), "", esc(v.lead), "" }
  for _, sec in ipairs(v.sections) do
    out[#out + 1] = "## " .. esc(sec.heading)
    out[#out + 1] = ""
    for _, b in ipairs(sec.blocks) do
      if b.type == "para" then out[#out + 1] = para_parts(b.parts); out[#out + 1] = ""
      elseif b.type == "table" then table_block(out, b)
      elseif b.type == "list" then list_block(out, b)
      end
    end
  end
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

---Renders a result as Markdown that reads the same on GitHub, pandoc and Python-Markdown.
---@param result table the result structure
---@param opts? table
---@return string
function M.render(result, opts)
  return M.view(view.build(result, opts), opts)
end

return setmetatable(M, { __call = function(_, result, opts) return M.render(result, opts) end })
