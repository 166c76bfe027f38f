-- generate.lua: makes the files derived from the language's declaration
-- (lib-lua/meta/tcost.lua, the help-topic lines of the shell completions)
-- under build/generated/; `make generated` runs it through the test build
-- (build/tcost-test selftest scripts/generate.lua) and copies them into place.
local host = require "tcost.c.host"
local generate = require "tcost.lang.generate"

local OUT = "build/generated"
assert(host.mkdir("build"))
assert(host.mkdir(OUT))
local files, lines = generate.outputs()
for path, line in pairs(lines) do
  files[path] = assert(generate.replace_line(assert(host.read_file(path)), line), path .. ": no generated line")
end
for path, text in pairs(files) do
  assert(host.write(OUT .. "/" .. path:gsub("/", "__"), text))
end
