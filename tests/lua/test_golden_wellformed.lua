-- test_golden_wellformed.lua: every golden report parses back: JSON decodes,
-- CSV is RFC 4180 with one column count, HTML and SVG are well-formed XML.
local host = require "tcost.c.host"
local json = require "tcost.lib.json"

local xml, csv = helper("xmlcheck"), helper("csvparse")

local cases = assert(host.read_file("tests/golden/cases"))
for name in cases:gmatch("\n([%w_.]+) ") do
  local ext = name:match("%.(%w+)$")
  if ext == "json" or ext == "csv" or ext == "html" or ext == "svg" then
    test(name, function()
      local text = assert(host.read_file("tests/golden/" .. name))
      if ext == "json" then
        local doc = json.decode(text)
        eq(doc.schema, "tcost-result/1", "schema")
        truthy(#doc.scenarios > 0, "has scenarios")
      elseif ext == "csv" then
        local rows = csv.parse(text)
        for i = 2, #rows do eq(#rows[i], #rows[1], "columns of row " .. i) end
      else
        local ok, err = xml.check(text)
        truthy(ok, "well-formed XML: " .. tostring(err))
      end
    end)
  end
end
