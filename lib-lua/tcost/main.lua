-- main.lua: what each command does. The C host parsed the command line into
-- `args` (see src/cli.c); this returns the process exit code:
-- 0 success, 1 an error in a scenario or its inputs (limits included), 2 usage.
local host = require "tcost.c.host"
-- modules load on first use: a point estimate must start in milliseconds
local LAZY = { help = "tcost.cmd.help", report = "tcost.report.report", runner = "tcost.model.runner",
  version = "tcost.version" }
local lazy = setmetatable({}, { __index = function(t, k)
  local m = require(assert(LAZY[k], k))
  rawset(t, k, m)
  return m
end })

local commands = {}

local command = require "tcost.command"
local usage, protected, run_opts, color_wanted = command.usage, command.protected, command.run_opts,
  command.color_wanted

function commands.run(args)
  if #args.files == 0 then return usage("run needs at least one scenario file", "run") end
  local fmt = args.format or "text"
  if args.date and args.date ~= "" then
    -- the scenario language's own check: 2024-13-45 or 2023-02-29 is no date
    local ok, why = require("tcost.model.dates").parse(args.date)
    if not ok or not args.date:match("^%d%d%d%d%-%d%d%-%d%d$") then
      return usage("--date takes YYYY-MM-DD (got '" .. args.date .. "'" .. (why and ("; " .. why) or "") .. ")", "run")
    end
  end
  if args.chart and not lazy.report.CHARTS[args.chart] then
    return usage("unknown chart '" .. args.chart .. "' (charts: waterfall, phases, histogram, tornado, scenarios)", "run")
  end
  for _, s in ipairs(args.sets) do
    local _, text = lazy.runner.split_set(s)
    if text:find("^[^(]*:") or (text:find(",") and not text:find("%(")) then
      return usage("--set " .. s .. " is a sweep; use 'tcost sweep' for ranges and lists", "run")
    end
  end
  local out = args.output
  local batch = #args.files > 1 or (out and out ~= "-" and (out:sub(-1) == "/" or host.kind(out) == "dir"))
  -- an unknown format may still be one the scenario registers: checked after loading
  if args.export_samples and #args.files > 1 then
    return usage("--export-samples takes a single scenario file", "run")
  end
  if args.export_samples and out and out ~= "-" and (args.export_samples == out
      or (host.realpath(out) and host.realpath(out) == host.realpath(args.export_samples))) then
    return usage("-o and --export-samples name the same file; the report would overwrite the samples", "run")
  end
  local ropts = { color = color_wanted(args), chart = args.chart }
  if batch then return require("tcost.report.batch").run(args, run_opts(args), ropts) end

  local result, reg, kept, kept_names = protected(lazy.runner.run, args.files[1], run_opts(args))
  if not result then return 1 end
  command.print_warnings(result.warnings)
  if not lazy.report.known(fmt) and not reg.formats[fmt] then
    return usage("unknown format '" .. fmt .. "' (formats: " .. lazy.report.list(reg) .. ")", "run")
  end
  local text = protected(lazy.report.render, result, fmt, ropts, reg)
  if not text then return 1 end
  command.warn_checks(result)
  if args.export_samples and not protected(lazy.report.export_samples, args.export_samples, kept, kept_names) then
    return 1
  end
  return command.emit(out, text)
end

function commands.check(args)
  if #args.files == 0 then return usage("check needs at least one scenario file", "check") end
  local problems = 0
  for _, file in ipairs(args.files) do
    local opts = run_opts(args)
    opts.samples = 0
    local result = protected(lazy.runner.run, file, opts)
    if not result then
      problems = problems + 1
    else
      command.print_warnings(result.warnings)
      problems = problems + #result.warnings
      for _, a in ipairs(result.assumptions) do
        if not a.source then
          host.eprint(string.format("%s:%d: assumption '%s' has no source", a.file, a.line, a.name))
          problems = problems + 1
        end
      end
      for _, s in ipairs(result.scenarios) do
        if #s.phases == 0 then
          host.eprint(string.format("%s:%d: scenario '%s' has no phases", s.file, s.line, s.name))
          problems = problems + 1
        end
      end
    end
  end
  if problems > 0 then
    host.eprint(string.format("tcost check: %d problem%s", problems, problems == 1 and "" or "s"))
    return 1
  end
  host.write("-", string.format("ok: %d file%s checked\n", #args.files, #args.files == 1 and "" or "s"))
  return 0
end

function commands.validate(args)
  return require("tcost.cmd.validate").main(args)
end

function commands.hw(args)
  return require("tcost.cmd.hw").main(args)
end

function commands.diff(args)
  return require("tcost.cmd.diff").main(args)
end

function commands.bundle(args)
  return require("tcost.cmd.bundle").main(args)
end

function commands.sweep(args)
  return require("tcost.cmd.sweep").main(args)
end

function commands.init(args)
  return require("tcost.cmd.init").main(args)
end

function commands.repl(args)
  return require("tcost.cmd.repl").main(args)
end

function commands.help(args)
  local topic = args.files[1]
  local text = lazy.help.topic(topic)
  if not text then return usage(lazy.help.not_found(topic)) end
  host.write("-", text)
  return 0
end

function commands.version()
  local catalog = require "tcost.c.catalog"
  host.write("-", string.format("tcost %s (catalog as of %s, %s)\n", lazy.version, catalog.version(), _VERSION))
  return 0
end

return function(args)
  if args.help and args.command ~= "help" then
    host.write("-", lazy.help.topic(args.command))
    return 0
  end
  return commands[args.command](args)
end
