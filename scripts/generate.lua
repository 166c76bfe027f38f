-- generate.lua: makes the files derived from the language's declaration
-- (lib-lua/meta/tcost.lua, the help-topic lines and option lists of the shell
-- completions, the man page's section on quantities, currencies and multipliers)
-- under build/generated/; `make generated` runs it through the test build
-- (build/tcost-test selftest scripts/generate.lua) and copies them into place.
local host = require "tcost.c.host"
local generate = require "tcost.lang.generate"

local OUT = "build/generated"
assert(host.mkdir("build"))
assert(host.mkdir(OUT))
local files, lines, blocks = generate.outputs()
for path, line in pairs(lines) do
  files[path] = assert(generate.replace_line(assert(host.read_file(path)), line), path .. ": no generated line")
end
-- blocks in sorted order, so a file with two is written the same way every time
local paths = {}
for path in pairs(blocks) do paths[#paths + 1] = path end
table.sort(paths)
for _, path in ipairs(paths) do
  local keys = {}
  for key in pairs(blocks[path]) do keys[#keys + 1] = key end
  table.sort(keys)
  for _, key in ipairs(keys) do
    local text = files[path] or assert(host.read_file(path))
    files[path] = assert(generate.replace_block(text, key, blocks[path][key]), path .. ": no generated block " .. key)
  end
end
for path, text in pairs(files) do
  assert(host.write(OUT .. "/" .. path:gsub("/", "__"), text))
end
