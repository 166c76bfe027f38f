-- test_generated.lua: the files generated from lang/api.lua are current
-- (run `make generated` after changing the declaration).
local host = require "tcost.c.host"
local generate = require "tcost.lang.generate"

local files, lines, blocks = generate.outputs()
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

for path, list in pairs(blocks) do
  for key, body in pairs(list) do
    test("current_" .. path:gsub("[^%w]", "_") .. "_" .. key, function()
      local got = assert(host.read_file(path))
      truthy(generate.replace_block(got, key, body) == got, path .. ": its generated block " .. key ..
        " is stale: run make generated")
    end)
  end
end

test("completion_options_are_the_ones_cli_parses", function()
  -- src/cli.c's options[]: {"--name", "-a" or NULL, ...}; help.lua's OPTION declares the same set
  local help = require "tcost.cmd.help"
  local src = assert(host.read_file("src/cli.c"))
  local parsed = {}
  for name, alias in src:gmatch('\n%s*{"(%-%-[%w-]+)", ([^,]+),') do
    parsed[name] = alias == "NULL" and true or alias:match('"(.-)"')
  end
  for name, o in pairs(help.OPTION) do
    truthy(parsed[name], name .. " is parsed by src/cli.c")
    eq(o.alias, parsed[name] ~= true and parsed[name] or nil, name .. "'s alias")
  end
  for name in pairs(parsed) do truthy(help.OPTION[name], name .. " is declared in cmd/help.lua's OPTION") end
  -- every command of the completions has its options declared
  for _, c in ipairs(help.OPTIONS) do truthy(#help.options(c[1]) > 0, c[1]) end
end)

test("a_stale_block_is_found", function()
  local text = "a\n# BEGIN generated k: x\nold\n# END generated k\nb\n"
  eq(generate.replace_block(text, "k", "new"), "a\n# BEGIN generated k: x\nnew\n# END generated k\nb\n", "replaced")
  eq(generate.replace_block("a\n", "k", "new"), nil, "no block")
end)

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
