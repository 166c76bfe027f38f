-- fmt/text.lua: the result as plain text for a terminal: aligned tables that
-- fit opts.width columns (default 100, counted in terminal columns: a CJK
-- character takes two), ANSI bold/dim only when opts.color. Text from
-- scenarios is stripped of control characters so a name cannot smuggle
-- terminal escapes into the report. Tables too wide for the page split into
-- column groups that repeat the first column, rather than truncating numbers.
-- This file decides what goes where; measuring, cleaning, wrapping and
-- padding text are tcost.c.text's (src/text.c, src/lua_text.c).
local units = require "tcost.lib.units"
local view = require "tcost.report.view"
local ctext = require "tcost.c.text"

local BOLD, DIM, RESET = "\27[1m", "\27[2m", "\27[0m"
local INDENT, GAP = 2, 2
local width, truncate = ctext.width, ctext.truncate

-- Invalid UTF-8 repaired as JSON does (U+FFFD for each bad byte), before
-- cleaning; json is loaded only for such text.
local function repair(s) return require("tcost.lib.json").sanitize_utf8(s) end

-- Scenario text without control characters (tcost.c.text.clean), and its width.
local function clean(s)
  if s == nil then return "", 0 end
  if type(s) ~= "string" then s = tostring(s) end
  local c, u = ctext.clean(s)
  if not c then c, u = ctext.clean(repair(s)) end
  return c, u
end

local function pad(s, w, right)
  local fill = string.rep(" ", w - width(s))
  return right and (fill .. s) or (s .. fill)
end

-- Word-wraps `s` into lines of at most `w` columns (tcost.c.text.wrap: words
-- wider than a line, URLs and hashes, are cut where they read).
local function wrap(s, w)
  return ctext.wrap((clean(s)), w)
end

-- A writer collects output lines (an entry may hold several, '\n' between
-- them: a table's) and knows the page width and colour mode.
local function writer(opts)
  local w = { lines = {}, width = opts.width or 100, color = opts.color == true }
  function w.add(s) w.lines[#w.lines + 1] = s end
  function w.blank()
    local last = w.lines[#w.lines]
    if last == nil or (last ~= "" and last:byte(-1) ~= 10) then w.add("") end -- unless the last line is empty
  end
  function w.style(code, s) return w.color and (code .. s .. RESET) or s end
  function w.heading(s, rule)
    w.blank()
    local t = truncate(clean(s), w.width)
    w.add(w.style(BOLD, t))
    if rule then w.add(string.rep(rule, width(t))) end
  end
  function w.para(s, indent)
    indent = indent or 0
    for _, l in ipairs(wrap(s, w.width - indent)) do w.add(string.rep(" ", indent) .. l) end
  end
  return w
end

-- Shrinks flexible columns (widest first) until the table fits or they reach
-- their minimum; returns the total width used. A column of the view is
-- flexible when it has a minimum (`min`: prose such as a source or note,
-- which wraps). One column at a time, the first
-- of equals: the columns tied at the widest go down in turns, so whole turns
-- down to the next width (or a minimum) are taken at once, the same widths in
-- far fewer steps than one column at a time.
local function fit(cols, widths, limit)
  local total = INDENT + GAP * (#widths - 1)
  for _, x in ipairs(widths) do total = total + x end
  while total > limit do
    local top, tied, next_w, room = nil, {}, 0, math.huge
    for i, c in ipairs(cols) do
      local x = widths[i]
      if c.min ~= nil and x > (c.min or 12) then
        if not top or x > top then
          next_w = top or next_w
          top, tied, room = x, { i }, x - (c.min or 12)
        elseif x == top then
          tied[#tied + 1] = i
          room = math.min(room, x - (c.min or 12))
        else
          next_w = math.max(next_w, x)
        end
      end
    end
    if not top then break end
    local turns = math.min(top - next_w, room, (total - limit) // #tied)
    if turns >= 1 then
      for _, i in ipairs(tied) do widths[i] = widths[i] - turns end
      total = total - turns * #tied
    else
      widths[tied[1]] = top - 1
      total = total - 1
    end
  end
  return total
end

-- Lays out the columns idx of a table (tcost.c.text.grid pads, truncates,
-- wraps and styles): each at its natural width, shrunk by fit() when the
-- group is wider than the page. Columns marked wrap (sources, notes) continue
-- on following lines; the others are truncated, which only happens to names
-- in very narrow pages.
local function render_group(w, cols, heads, cells, idx, natural)
  local sub, widths = {}, {}
  local layout = { cols = idx, heads = {}, widths = widths, right = {}, wrap = {}, dim = {},
    stride = #cols, indent = INDENT, gap = GAP, bold = false, faint = false, reset = false }
  for k, i in ipairs(idx) do
    local c = cols[i]
    sub[k], widths[k], layout.heads[k] = c, natural[i], heads[i]
    layout.right[k], layout.wrap[k], layout.dim[k] = c.num, c.min ~= nil, c.long
  end
  local used = fit(sub, widths, w.width)
  if used > w.width then
    -- Last resort for a single column group wider than the page.
    local over = used - w.width
    widths[1] = math.max(4, widths[1] - over)
  end
  if w.color then layout.bold, layout.faint, layout.reset = BOLD, DIM, RESET end
  w.add(ctext.grid(cells, layout))
end

-- Renders rows (`cells`: row after row of #cols texts) under column heads;
-- when the table cannot fit, columns after the first are dealt into groups,
-- each printed with the first column again.
local function table_out(w, cols, cells)
  -- Heads carry scenario text too ("Cost: <pricing key>"): cleaned copies, so
  -- the view's own columns stay as other formats need them.
  local heads, natural = {}, ctext.clean_cells(cells, #cols, repair)
  for i, c in ipairs(cols) do
    local h, u = clean(c.head)
    heads[i] = h
    if u > natural[i] then natural[i] = u end
  end
  -- Groups are chosen at natural widths so that splitting, not truncation,
  -- is what makes a wide table fit; fit() still shrinks a group that cannot.
  local function width_of(idx)
    local t = INDENT + GAP * (#idx - 1)
    for _, i in ipairs(idx) do t = t + natural[i] end
    return t
  end
  local all = {}
  for i = 1, #cols do all[i] = i end
  local whole = {}
  for i = 1, #cols do whole[i] = natural[i] end
  if fit(cols, whole, w.width) <= w.width or #cols <= 2 then
    render_group(w, cols, heads, cells, all, natural)
    return
  end
  local groups, current = {}, { 1 }
  for i = 2, #cols do
    local try = { table.unpack(current) }
    try[#try + 1] = i
    if #current > 1 and width_of(try) > w.width then
      groups[#groups + 1] = current
      current = { 1, i }
    else
      current = try
    end
  end
  groups[#groups + 1] = current
  for g, idx in ipairs(groups) do
    if g > 1 then w.add("") end
    render_group(w, cols, heads, cells, idx, natural)
  end
end

-- Figures met in this report, by unit (M.view empties it): a report shows a
-- value many times (a total in several tables; rent_vs_buy has 87 distinct
-- among 176), and writing one is most of a cell's cost. Only plain floats at
-- the default figures are kept; units.value is a pure function of them.
local figures, NO_UNIT = {}, {}
local function figure(v, unit, n)
  if n ~= nil or math.type(v) ~= "float" or v ~= v then return units.value(v, unit, n) end
  local key = unit == nil and NO_UNIT or unit
  local by = figures[key]
  if not by then
    by = {}
    figures[key] = by
  end
  local s = by[v]
  if not s then
    s = units.value(v, unit)
    by[v] = s
  end
  return s
end

-- A cell as terminal text: figures in human units, an uncertain value with
-- its interval inline (control characters are cleaned where lines are laid out).
local function plain(s) return tostring(s or "") end
local cell_text, parts_text = view.cell_writer({ esc = plain, value = figure, code = plain,
  source = function(s) return s == nil and "(unsourced)" or tostring(s) end })

local function table_block(w, b)
  if b.heading then w.heading(b.heading) end
  if b.intro then w.para(b.intro, INDENT) end
  if #b.rows == 0 then
    if b.empty then w.add(string.rep(" ", INDENT) .. b.empty) end
    return
  end
  local cols = b.columns -- head, num (right-aligned), long (dim), min (flexible, wraps)
  local cells, n, j = {}, #cols, 0 -- row after row, n texts each
  for _, r in ipairs(b.rows) do
    for k = 1, n do
      local c = r[k]
      j = j + 1
      cells[j] = c and cell_text(c) or ""
    end
  end
  table_out(w, cols, cells)
  if b.footnote then
    for _, l in ipairs(wrap(b.footnote, w.width - INDENT)) do w.add(w.style(DIM, string.rep(" ", INDENT) .. l)) end
  end
end

local function list_block(w, b)
  for _, it in ipairs(b.items) do
    local v = parts_text(it.cells)
    if v == "" then w.add(string.rep(" ", INDENT) .. it.key)
    else
      for i, l in ipairs(wrap(v, w.width - INDENT - 17)) do
        w.add(string.rep(" ", INDENT) .. (i == 1 and pad(it.key, 17) or string.rep(" ", 17)) .. l)
      end
    end
    for _, sub in ipairs(it.sub or {}) do w.para(parts_text(sub), 4) end
  end
end

local function section_out(w, sec)
  w.heading(sec.heading, "=")
  for _, b in ipairs(sec.blocks) do
    if b.type == "para" then
      if b.muted then
        w.add(w.style(DIM, truncate(clean(parts_text(b.parts)), w.width)))
      else
        w.para(parts_text(b.parts))
      end
    elseif b.type == "table" then table_block(w, b)
    elseif b.type == "list" then list_block(w, b)
    end
    -- charts are for the graphical formats (html, svg)
  end
end

local M = {}

---Lays out a built view (report/view.lua) as aligned plain text: the one entry
---for reports, comparisons, diffs and sweeps.
---@param v table a view
---@param opts? table { color?: boolean, width?: integer } (text)
---@return string
function M.view(v, opts)
  opts = opts or {}
  figures = {}
  local w = writer(opts)
  w.add(w.style(BOLD, truncate(clean(v.title), w.width)))
  w.para(v.lead)
  for _, sec in ipairs(v.sections) do section_out(w, sec) end
  figures = {}
  return table.concat(w.lines, "\n") .. "\n"
end

---Renders a result as aligned plain text.
---@param result table the result structure
---@param opts? table
---@return string
function M.render(result, opts)
  return M.view(view.build(result, opts), opts)
end

return setmetatable(M, { __call = function(_, result, opts) return M.render(result, opts) end })
