-- test_escape.lua: tcost.c.escape, the byte-table escaper behind the
-- Markdown and HTML/SVG formats; expected text worked out by hand.
local escape = require "tcost.c.escape"

test("replaces_collapses_and_repairs", function()
  local esc = escape.new({ ["&"] = "&amp;", ["*"] = "\\*", ["\t"] = "" }, "\1\2", " ")
  eq(esc("a&b*c"), "a&amp;b\\*c", "replacements")
  eq(esc("x\1\2\1y\2z"), "x y z", "a run of the run class is one space")
  eq(esc("t\tab"), "tab", "replaced by nothing")
  eq(esc("\xff&"), "\239\191\189&amp;", "invalid byte repaired, then escaped")
  local plain = "nothing to do, é"
  eq(esc(plain), plain, "unchanged text comes back as it is")
end)

test("markdown_and_xml_escapers", function()
  eq(require("tcost.lib.svg").esc("<a href='x'>&\1\n"), "&lt;a href=&#39;x&#39;&gt;&amp; ", "XML: controls go, newline a space")
end)

test("escaper_checks_its_table", function()
  raises(function() escape.new({ ab = "x" }) end, "single ASCII characters")
  raises(function() escape.new({ ["\200"] = "x" }) end, "single ASCII characters")
  raises(function() escape.new({ a = string.rep("x", 17) }) end, "at most 16 bytes")
  raises(function() escape.new({ a = 1 }) end, "at most 16 bytes")
  raises(function() escape.new({}, "\200", " ") end, "ASCII bytes expected")
  raises(function() escape.new("x") end, "table expected")
end)
