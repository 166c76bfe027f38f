-- fmt/text.lua: the result as plain text for a terminal: aligned tables that
-- fit opts.width columns (default 100, counted in UTF-8 characters), ANSI
-- bold/dim only when opts.color. Text from scenarios is stripped of control
-- characters so a name cannot smuggle terminal escapes into the report.
-- Tables too wide for the page split into column groups that repeat the first
-- column, rather than truncating numbers.
local units = require "tcost.lib.units"
local view = require "tcost.report.view"

local BOLD, DIM, RESET = "\27[1m", "\27[2m", "\27[0m"
local INDENT, GAP = 2, 2
local concat = table.concat

-- Runs of n spaces (none for n <= 0), made once: every padded cell needs one.
local spaces = setmetatable({}, { __index = function(t, n)
  local s = string.rep(" ", n)
  t[n] = s
  return s
end })

-- The layout measures every cell several times (natural width, group width,
-- truncation, padding): each text is measured once per report.
local measured = {} -- width of each text met in this report (M.view empties it)

local function clean(s)
  if s == nil then return "" end
  s = tostring(s)
  local n = utf8.len(s) -- strict, as json.sanitize_utf8
  if not n then s = require("tcost.lib.json").sanitize_utf8(s) end
  if s:find("^[^%c]*$") then -- the common case (%c: 0-31 and 127), one anchored scan, no copies
    if n == #s then measured[s] = n end -- plain ASCII: a column per byte, already counted
    return s
  end
  return (s:gsub("[\r\n\t]", " "):gsub("[%z\1-\31\127]", ""))
end

-- East Asian wide characters take two terminal columns; counting them as two
-- keeps CJK names aligned and never undercounts a line's characters.
local function char_width(cp)
  if (cp >= 0x1100 and cp <= 0x115F) or (cp >= 0x2E80 and cp <= 0xA4CF) or (cp >= 0xAC00 and cp <= 0xD7A3)
    or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0xFE30 and cp <= 0xFE4F) or (cp >= 0xFF00 and cp <= 0xFF60)
    or (cp >= 0xFFE0 and cp <= 0xFFE6) or (cp >= 0x20000 and cp <= 0x3FFFD) then
    return 2
  end
  return 1
end

-- Display width in terminal columns (text is valid UTF-8 after clean()).
-- utf8.len counts characters in C; every wide character is at U+1100 or
-- above (lead byte \225-\244), so only those sequences are decoded here.
local function ulen(s)
  local n = measured[s]
  if n then return n end
  n = utf8.len(s)
  if not n then -- invalid UTF-8: utf8.codes raises the error it always did
    n = 0
    for _, cp in utf8.codes(s) do n = n + char_width(cp) end
    return n
  end
  if n ~= #s and s:find("[\225-\244]") then
    for seq in s:gmatch("[\225-\244][\128-\191]*") do n = n + char_width(utf8.codepoint(seq)) - 1 end
  end
  measured[s] = n
  return n
end

-- The longest prefix of `s` at most `w` columns wide, and the rest.
local function split_at(s, w)
  if not s:find("[\128-\255]") then return s:sub(1, w), s:sub(w + 1) end
  local used = 0
  for pos, cp in utf8.codes(s) do
    used = used + char_width(cp)
    if used > w then return s:sub(1, pos - 1), s:sub(pos) end
  end
  return s, ""
end

-- `s` cut to `w` columns, ending in "…" when cut.
local function truncate(s, w)
  if ulen(s) <= w then return s end
  if w <= 0 then return "" end
  return (split_at(s, w - 1)) .. "…"
end

-- Drops trailing spaces in linear time; gsub("%s+$", "") retries at every
-- space of a padded line and goes quadratic; "^.*[^ ]" runs to the end once
-- and backs up over the trailing spaces only.
local function rtrim(s)
  if s:byte(-1) ~= 32 then return s end
  return s:match("^.*[^ ]") or ""
end

local function pad(s, w, right)
  local fill = spaces[w - ulen(s)]
  return right and (fill .. s) or (s .. fill)
end

-- wrap() for plain ASCII text whose words are one space apart: each line is
-- the longest run of whole words that fits, cut at its last space, as the
-- word by word loop below would; nil when a word is wider than a line.
local function wrap_ascii(s, w)
  local lines, pos, n = {}, 1, #s
  -- a position walks the text: cutting the rest off as a new string at every
  -- line copied it each time (quadratic in a long description)
  while n - pos + 1 > w do
    local cut = s:sub(pos, pos + w):match("^.*() ")
    if not cut then return nil end
    lines[#lines + 1] = s:sub(pos, pos + cut - 2)
    pos = pos + cut
  end
  if pos <= n then lines[#lines + 1] = s:sub(pos) end
  return lines
end

-- Where the piece of word starting at byte pos ends: the last byte of the
-- longest run of characters at most w columns wide (pos - 1 when even the
-- first is wider), and that run's width.
local function piece_end(word, pos, w)
  local used, e, i, n = 0, pos - 1, pos, #word
  while i <= n do
    local c = word:byte(i)
    local len = c < 0x80 and 1 or c < 0xE0 and 2 or c < 0xF0 and 3 or 4
    local cw = c >= 0xE1 and char_width(utf8.codepoint(word, i)) or 1 -- wide ones lead with \225-\244
    if used + cw > w then break end
    used, e, i = used + cw, i + len - 1, i + len
  end
  return e, used
end

-- Cuts a word wider than a line into lines of at most w columns, walking it
-- once (re-measuring and re-cutting the rest at every line was quadratic:
-- 200 KB without a space took 6 s). A line ends after its last '-', '/' or
-- '.' when that leaves at least half a line, so source keys
-- ([deepseek-v3-report-2024]) and URLs break where they read, and hard
-- otherwise. Returns the last piece, narrower than a line, and its width.
local function cut_long(word, w, lines)
  local pos, n = 1, #word
  w = math.max(w, 1)
  local ascii = not word:find("[\128-\255]")
  while true do
    local e, used
    if ascii then
      if n - pos + 1 <= w then return word:sub(pos), n - pos + 1 end
      e = pos + w - 1
    else
      e, used = piece_end(word, pos, w)
      if e >= n then return word:sub(pos), used end
      if e < pos then e = pos + #word:match("^.[\128-\191]*", pos) - 1 end -- a wide character in a 1-column slot
    end
    local head = word:sub(pos, e)
    local cut = head:match("^.*()[-/.]")
    if cut and cut > #head // 2 and cut < #head then e = pos + cut - 1; head = word:sub(pos, e) end
    lines[#lines + 1] = head
    pos = e + 1
  end
end

-- Word-wraps `s` into lines of at most `w` characters; words longer than a
-- line (URLs, hashes) are broken by cut_long. A line is kept as its words
-- and its width (widths add up: a space is one column), so each word is
-- measured once and each line joined once. `cleaned`: s went through clean().
local function wrap(s, w, cleaned)
  local lines, words, used = {}, {}, 0
  s = cleaned and s or clean(s)
  -- valid UTF-8 is as wide as it is long only when it is ASCII: then so is every word
  local ascii = ulen(s) == #s
  if ascii and w >= 1 and s:byte(1) ~= 32 and s:byte(-1) ~= 32 and not s:find("  ", 1, true) then
    local lines = wrap_ascii(s, w)
    if lines then return lines end
  end
  for word in s:gmatch("%S+") do
    local width = ascii and #word or ulen(word)
    if width > w then
      if #words > 0 then lines[#lines + 1] = concat(words, " "); words, used = {}, 0 end
      word, width = cut_long(word, w, lines)
    end
    if word == "" then -- nothing left of a broken word
    elseif #words == 0 then words[1], used = word, width
    elseif used + 1 + width <= w then words[#words + 1], used = word, used + 1 + width
    else lines[#lines + 1] = concat(words, " "); words, used = { word }, width end
  end
  if #words > 0 then lines[#lines + 1] = concat(words, " ") end
  return lines
end

-- A writer collects output lines and knows the page width and colour mode.
local function writer(opts)
  local w = { lines = {}, width = opts.width or 100, color = opts.color == true }
  function w.add(s) w.lines[#w.lines + 1] = s end
  function w.blank() if w.lines[#w.lines] ~= "" then w.add("") end end
  function w.style(code, s) return w.color and (code .. s .. RESET) or s end
  function w.heading(s, rule)
    w.blank()
    local t = truncate(clean(s), w.width)
    w.add(w.style(BOLD, t))
    if rule then w.add(string.rep(rule, ulen(t))) end
  end
  function w.para(s, indent)
    indent = indent or 0
    for _, l in ipairs(wrap(s, w.width - indent)) do w.add(string.rep(" ", indent) .. l) end
  end
  return w
end

-- Shrinks flexible columns (widest first) until the table fits or they reach
-- their minimum; returns the total width used. One column at a time, the first
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
      if c.flex and x > (c.min or 12) then
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

local function render_group(w, cols, rows, idx)
  local sub = {}
  for k, i in ipairs(idx) do sub[k] = cols[i] end
  local widths = {}
  for k, c in ipairs(sub) do
    local x = ulen(c.head)
    for _, r in ipairs(rows) do x = math.max(x, ulen(r[idx[k]] or "")) end
    widths[k] = x
  end
  local used = fit(sub, widths, w.width)
  if used > w.width then
    -- Last resort for a single column group wider than the page.
    local over = used - w.width
    widths[1] = math.max(4, widths[1] - over)
  end
  -- the columns' flags read once (sub's columns are proxies of the view's)
  local n, right, wraps, dims = #sub, {}, {}, {}
  for k, c in ipairs(sub) do right[k], wraps[k], dims[k] = c.right, c.wrap, c.dim end
  -- each cell padded to its column (an empty one is only spaces); the last
  -- column, when left-aligned, without its trailing spaces
  local parts = {} -- every line's cells, reused: concat takes the first `keep`
  local function line(cells, styler)
    local keep = n
    if not styler then -- uncoloured, empty cells at the end are only spaces, which rtrim drops
      while keep > 0 and cells[keep] == "" do keep = keep - 1 end
    end
    for k = 1, keep do
      local s, x, text = cells[k], widths[k], nil
      local u = ulen(s)
      if u > x then s = truncate(s, x); u = ulen(s) end
      if k == keep and not right[k] then text = rtrim(s) -- its padding would be trimmed
      elseif right[k] then text = spaces[x - u] .. s
      else text = s .. spaces[x - u] end
      parts[k] = styler and styler(k, text) or text
    end
    return rtrim(spaces[INDENT] .. concat(parts, spaces[GAP], 1, keep))
  end
  local heads = {}
  for k, c in ipairs(sub) do heads[k] = c.head end
  w.add(line(heads, w.color and function(_, t) return w.style(BOLD, t) end or nil))
  local row_style = w.color and function(k, t) return dims[k] and w.style(DIM, t) or t end or nil
  -- Columns marked wrap (sources, notes) continue on following lines; the
  -- others are truncated, which only happens to names in very narrow pages.
  local cells, more = {}, {} -- a row's first line and its continuations, reused
  for _, r in ipairs(rows) do
    local stacks, height = nil, 1
    for k, i in ipairs(idx) do
      local text = r[i] or ""
      if wraps[k] and ulen(text) > widths[k] then
        local lines = wrap(text, widths[k], true) -- table_out cleaned every cell
        stacks = stacks or {}
        stacks[k], cells[k] = lines, lines[1] or ""
        if #lines > height then height = #lines end
      else
        cells[k] = text
      end
    end
    w.add(line(cells, row_style))
    for h = 2, height do
      for k = 1, n do more[k] = stacks[k] and stacks[k][h] or "" end
      w.add(line(more, row_style))
    end
  end
end

-- Renders rows under column heads; when the table cannot fit, columns after
-- the first are dealt into groups, each printed with the first column again.
local function table_out(w, cols, rows)
  for _, r in ipairs(rows) do
    for i = 1, #cols do r[i] = clean(r[i]) end
  end
  -- Heads carry scenario text too ("Cost: <pricing key>"): clean copies, so
  -- the view's own columns stay as other formats need them.
  local heads = {}
  for i, c in ipairs(cols) do
    heads[i] = setmetatable({ head = clean(c.head) }, { __index = c })
  end
  cols = heads
  local natural = {}
  for i, c in ipairs(cols) do
    local x = ulen(c.head)
    for _, r in ipairs(rows) do x = math.max(x, ulen(r[i])) end
    natural[i] = x
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
    render_group(w, cols, rows, all)
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
    render_group(w, cols, rows, idx)
  end
end

-- A cell as terminal text: figures in human units, an uncertain value with
-- its interval inline (control characters are cleaned where lines are laid out).
local function plain(s) return tostring(s or "") end
local cell_text, parts_text = view.cell_writer({ esc = plain, value = units.value, code = plain,
  source = function(s) return s == nil and "(unsourced)" or tostring(s) end })

local function table_block(w, b)
  if b.heading then w.heading(b.heading) end
  if b.intro then w.para(b.intro, INDENT) end
  if #b.rows == 0 then
    if b.empty then w.add(string.rep(" ", INDENT) .. b.empty) end
    return
  end
  local cols = {}
  for i, c in ipairs(b.columns) do
    cols[i] = { head = c.head, right = c.num, flex = c.min ~= nil, min = c.min, wrap = c.min ~= nil, dim = c.long }
  end
  local rows = {}
  for i, r in ipairs(b.rows) do
    rows[i] = {}
    for k = 1, #cols do rows[i][k] = r[k] and cell_text(r[k]) or "" end
  end
  table_out(w, cols, rows)
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
  measured = {}
  local w = writer(opts)
  w.add(w.style(BOLD, truncate(clean(v.title), w.width)))
  w.para(v.lead)
  for _, sec in ipairs(v.sections) do section_out(w, sec) end
  measured = {}
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
