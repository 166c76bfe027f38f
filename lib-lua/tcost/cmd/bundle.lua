-- cmd/bundle.lua: `tcost bundle FILE -o OUT.lua`: one self-contained scenario.
-- Runs FILE once to learn which modules it requires (the sandbox records every
-- file it loads), then writes each module's text inside
-- bundled("name", function(...) <source> end) ahead of the main file.
local host = require "tcost.c.host"
local runner = require "tcost.model.runner"
local command = require "tcost.command"
local sandbox = require "tcost.lang.sandbox"

local M = {}

local function module_name(dir, path)
  local rel = path:sub(#dir + 2):gsub("%.lua$", "")
  return (rel:gsub("/", "."))
end

function M.main(args)
  local usage, protected = command.usage, command.protected
  if #args.files ~= 1 then return usage("bundle takes one scenario file", "bundle") end
  if not args.output then return usage("bundle needs -o OUT.lua", "bundle") end
  local file = args.files[1]
  -- a bundle is a program, like `tcost init`'s file: never written over one
  if host.kind(args.output) then
    host.eprint("tcost: " .. args.output .. " already exists; not overwriting it")
    return 1
  end
  local reg, ctx = protected(runner.load, file, { sets = {}, assumptions = {} })
  if not reg then return 1 end
  -- a byte-order mark or a "#!" line is valid only at the start of a file:
  -- inside the bundle it would be a syntax error
  local main_src = sandbox.text(assert(host.read_file(file)))
  local parts = { "-- Bundled by tcost " .. runner.VERSION .. " from " .. file ..
    ": every module it requires is inlined below.\n" }
  for _, s in ipairs(ctx.sources) do
    if s.path ~= file then
      local src = sandbox.text(assert(host.read_file(s.path)))
      parts[#parts + 1] = string.format("bundled(%q, function(...)\n%s\nend)\n", module_name(ctx.dir, s.path), src)
    end
  end
  parts[#parts + 1] = main_src
  return command.emit(args.output, table.concat(parts))
end

return M
