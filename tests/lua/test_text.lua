-- test_text.lua: tcost.c.text, the text report's mechanics, against cases
-- worked out by hand (widths in terminal columns: a CJK character is two).
local ctext = require "tcost.c.text"

test("width_counts_columns", function()
  eq(ctext.width("日本"), 4, "two wide characters")
  eq(ctext.width("café"), 4, "é is one column")
  eq(ctext.width(""), 0, "empty")
  raises(function() ctext.width("\255") end, "invalid UTF-8 code")
end)

test("clean_drops_controls", function()
  local s, w = ctext.clean("a\tb\nc")
  eq(s, "a b c", "tab and newline are spaces")
  eq(w, 5, "its width")
  s, w = ctext.clean("x\27[31my")
  eq(s, "x[31my", "escape dropped")
  eq(w, 6, "its width")
  s, w = ctext.clean("日本")
  eq(s, "日本", "unchanged")
  eq(w, 4, "wide")
  eq(ctext.clean("bad \255"), nil, "invalid UTF-8 is the caller's to repair")
end)

test("clean_cells_in_place", function()
  local cells = { "a\tb", "日本", "x", "bad \255" }
  local widths = ctext.clean_cells(cells, 2, function(s) return (s:gsub("\255", "?")) end)
  eq(cells, { "a b", "日本", "x", "bad ?" }, "cleaned, the invalid one repaired first")
  eq(widths, { 3, 5 }, "the widest of each column: 'a b' and 'bad ?' (日本 is 4)")
end)

test("truncate_ends_in_ellipsis", function()
  eq(ctext.truncate("abcdef", 6), "abcdef", "fits")
  eq(ctext.truncate("abcdef", 4), "abc…", "three columns and the ellipsis")
  eq(ctext.truncate("日本語", 4), "日…", "本 would make four columns before the ellipsis")
  eq(ctext.truncate("abc", 0), "", "no room")
  eq(ctext.truncate("abc", -3), "", "less than none")
end)

test("wrap_words_and_long_words", function()
  eq(ctext.wrap("the quick brown fox", 10), { "the quick", "brown fox" }, "words")
  eq(ctext.wrap("a  b", 10), { "a b" }, "one space between words")
  eq(ctext.wrap("https://example.com/a", 10), { "https://", "example.", "com/a" }, "a URL breaks after / and .")
  eq(ctext.wrap("ab-cdefghijk", 8), { "ab-cdefg", "hijk" }, "a '-' before half the line: a hard cut")
  eq(ctext.wrap("", 10), {}, "no words, no lines")
  local big = string.rep("x", 200000)
  eq(#ctext.wrap(big, 100), 2000, "200 KB without a space: 2,000 lines of 100")
end)

test("grid_pads_aligns_and_wraps", function()
  local t = ctext.grid({ "rental", "$5.87M", "a long note here", "own", "$51.0M", "" }, {
    stride = 3, cols = { 1, 2, 3 }, heads = { "Key", "Cost", "Note" }, widths = { 6, 6, 9 },
    right = { false, true, false }, wrap = { false, false, true }, dim = {}, indent = 2, gap = 2 })
  eq(t, table.concat({
    "  Key       Cost  Note",
    "  rental  $5.87M  a long",
    "                  note here",
    "  own     $51.0M",
  }, "\n"), "heads, a wrapped note, trailing empty cells and spaces dropped")
  t = ctext.grid({ "日本語テキスト", "1" }, { stride = 2, cols = { 1, 2 }, heads = { "Name", "N" }, widths = { 5, 1 },
    right = { false, true }, wrap = {}, dim = { false, true }, indent = 2, gap = 2,
    bold = "<b>", faint = "<f>", reset = "</>" })
  eq(t, "  <b>Name </>  <b>N</>\n  日本…  <f>1</>", "coloured: heads bold, dim columns faint; a CJK name cut")
  eq(ctext.grid({ "", "" }, { stride = 2, cols = { 1, 2 }, heads = { "", "" }, widths = { 3, 3 }, indent = 2, gap = 2 }),
    "\n", "an empty head line and an empty row: two empty lines")
  t = ctext.grid({ "x", "two  spaces   apart" }, { stride = 2, cols = { 2, 1 }, heads = { "B", "A" }, widths = { 12, 1 },
    wrap = { true }, indent = 0, gap = 1 })
  eq(t, "B            A\ntwo spaces   x\napart", "columns in the order asked; a wrapped line's words one space apart")
  -- no room at all: a column 0 wide shows nothing, even a wide character
  -- wrapped onto lines of its own (it once padded by 0 - 2 columns)
  eq(ctext.grid({ "日本" }, { stride = 1, cols = { 1 }, heads = { "H" }, widths = { 0 }, right = { true },
    wrap = { true }, indent = 0, gap = 0 }), "\n\n", "three empty lines: the head and 日, 本")
end)

test("fixed_significant_figures", function()
  eq({ ctext.fixed(5.576, 3) }, { "5.58", 0 }, "three figures, exponent 0")
  eq({ ctext.fixed(999.7, 3) }, { "1000", 3 }, "rounds up into the next power of ten")
  eq({ ctext.fixed(0.0123, 3) }, { "0.0123", -2 }, "small")
  raises(function() ctext.fixed(1, 0) end, "significant figures")
end)
