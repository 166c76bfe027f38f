-- test_generated.lua: the files generated from lang/api.lua are current
-- (run `make generated` after changing the declaration).
local host = require "tcost.c.host"
local generate = require "tcost.lang.generate"

local files, lines = generate.outputs()
for path, want in pairs(files) do
  test("current_" .. path:gsub("[^%w]", "_"), function()
    local got = host.read_file(path)
    truthy(got == want, path .. " is stale: run make generated")
  end)
end
for path, line in pairs(lines) do
  test("current_" .. path:gsub("[^%w]", "_"), function()
    local got = assert(host.read_file(path))
    truthy(generate.replace_line(got, line) == got, path .. ": its generated line is stale: run make generated")
  end)
end

test("every_constructor_has_help_with_its_fields", function()
  local help = require "tcost.cmd.help"
  local api = require "tcost.lang.api"
  for _, c in ipairs(api.constructors) do
    local text = help.topic(c.name)
    truthy(text, "help " .. c.name)
    for _, f in ipairs(c.fields or {}) do
      -- a name too long for its column stands on a line of its own
      truthy(text:find("\n  " .. f[1] .. " ", 1, true) or text:find("\n  " .. f[1] .. "\n", 1, true),
        "help " .. c.name .. " lists " .. f[1])
    end
  end
  -- hw { ... }'s fields are the ones lang/hw.lua checks (api.HW), nested tflops too
  truthy(help.topic("hw"):find("\ntflops = { ... } fields:\n  fp64 ", 1, true), "hw lists tflops' precisions")
  truthy(help.topic("functions"):find("wall_days(gpu_hours [GPU-hour], gpus [GPU]) -> day", 1, true), "functions")
end)
