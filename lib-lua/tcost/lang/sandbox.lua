-- lang/sandbox.lua: the environment a scenario runs in, and loading scenario files.
--
-- An allow-list: a scenario's globals are built here from copies of the safe
-- libraries, never from _G minus the dangerous parts. Names a scenario might
-- reach for (io, os, debug, package, dofile, loadfile, string.dump) exist as
-- traps that raise "... is not available in scenarios", so the author learns
-- why instead of reading "attempt to index a nil value".
-- Files: a scenario may `require` only text .lua modules inside its own folder
-- (links resolved before the check), never absolute paths or "..".
local host = require "tcost.c.host"

local mc = require "tcost.c.mc"

-- The type name a message shows: an uncertain value by that name, else type().
local function mc_name(v)
  return mc.isnode(v) and "an uncertain value" or nil
end

local M = {}

-- The files being run, innermost last: { path =, text = }. A tail call
-- (`return hw "x"`, `return require "m"`, a module's usual last line) removes
-- the file's frame, so the stack alone would name the file that required it,
-- a library file or nothing; this names the file.
local running = {}
local pop_running = setmetatable({}, { __close = function() running[#running] = nil end })

-- fn(...) run as the chunk of path; with a to-be-closed variable in scope the
-- return is not a tail call, so the entry is popped after it, error or not.
local function run_file(path, text, fn, ...)
  running[#running + 1] = { path = path, text = text }
  local _ <close> = pop_running
  return fn(...)
end

-- The last line of text holding the word return outside a comment: where a
-- file's own tail call is (a chunk's return is its last statement).
local function last_return_line(text)
  local n, found = 0, nil
  for l in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if l:gsub("%-%-.*$", ""):find("%f[%w_]return%f[^%w_]") then found = n end
  end
  return found
end

---The scenario file and line that called into the tool: the nearest scenario
---frame, unless a tail call removed the innermost running file's frames; then
---that file at its last `return` line. nil when no scenario code is running.
---@return string|nil file
---@return integer|nil line
function M.where()
  local file, line, tail = host.where()
  local top = running[#running]
  if top and (not file or (tail and file ~= top.path)) then
    local n = top.line or last_return_line(top.text)
    if n then return top.path, n end
  end
  return file, line
end

---Calls fn(...), a scenario's function called by the model (a custom
---pricing), so that an error it raises after a tail call, with no frame of
---its file left, is placed at path:line (where it was declared).
---@param path string
---@param line integer
---@param fn function
function M.call_at(path, line, fn, ...)
  running[#running + 1] = { path = path, line = line }
  local _ <close> = pop_running
  return fn(...)
end

-- "FILE:LINE: " of M.where(), or "" outside a scenario.
local function at()
  local file, line = M.where()
  return file and (file .. ":" .. line .. ": ") or ""
end

local FORBIDDEN_LIBS = {
  io = "scenarios cannot read or write files",
  os = "scenarios cannot run programs, read the clock or the environment",
  debug = "scenarios cannot inspect the interpreter",
  package = "scenarios load modules only with require, from their own folder",
}
local FORBIDDEN_FUNCS = {
  dofile = "use require for modules in the scenario's folder",
  loadfile = "use require for modules in the scenario's folder",
}

local function copy(t)
  local c = {}
  for k, v in next, t do c[k] = v end
  return c
end

local function trap(libname, why)
  return setmetatable({}, {
    __index = function(_, key)
      error(string.format("%s.%s is not available in scenarios: %s", libname, tostring(key), why), 2)
    end,
    __newindex = function() error(libname .. " is not available in scenarios: " .. why, 2) end,
    __metatable = "locked",
  })
end

local function unavailable(name, why)
  return function() error(name .. " is not available in scenarios: " .. why, 2) end
end

-- A limit (time, memory) must end the run even inside pcall: rethrow it.
local function after_protected(ok, ...)
  local hit = host.limit()
  if hit then error(hit, 0) end
  return ok, ...
end

local function safe_pcall(f, ...) return after_protected(pcall(f, ...)) end
local function safe_xpcall(f, h, ...) return after_protected(xpcall(f, h, ...)) end

local function safe_setmetatable(t, mt)
  if type(t) ~= "table" then
    error("setmetatable: argument 1: table expected, got " .. (mc_name(t) or type(t)), 2)
  end
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("__gc metamethods are not available in scenarios", 2)
  end
  return setmetatable(t, mt)
end

local GC_OPTIONS = { collect = true, count = true, step = true, isrunning = true }
local function safe_collectgarbage(opt, ...)
  opt = opt or "collect"
  if not GC_OPTIONS[opt] then
    error("collectgarbage('" .. tostring(opt) .. "') is not available in scenarios", 2)
  end
  return collectgarbage(opt, ...)
end

-- What scenarios may print to stderr in one run of tcost: enough for any
-- debugging, far from the gigabytes a loop could write within the time limit.
-- One budget for the process (this module lives once in the Lua state), not
-- per file: a sweep runs its file once per point, up to 10,000 times, and a
-- cap per run of a file let it write 10 GB.
M.PRINT_LIMIT = 1 << 20
local printed, cut = 0, false

---A print for one file: to stderr, terminal-safe (host.eprint), and cut with
---a note once the run's scenarios have printed M.PRINT_LIMIT bytes.
local function new_print()
  return function(...)
    if cut then return end
    local parts = table.pack(...)
    for i = 1, parts.n do parts[i] = tostring(parts[i]) end
    local line = table.concat(parts, "\t", 1, parts.n)
    if printed + #line > M.PRINT_LIMIT then
      cut = true
      host.eprint(line:sub(1, M.PRINT_LIMIT - printed))
      host.eprint(string.format("tcost: print output cut after %d bytes (for the whole run)", M.PRINT_LIMIT))
      return
    end
    printed = printed + #line + 1
    host.eprint(line)
  end
end

---Returns the folder part of a path ("." for a bare file name).
---@param path string
---@return string
function M.dirname(path)
  return path:match("^(.*)/[^/]*$") or "."
end

local function check_module_name(name)
  if type(name) ~= "string" or name == "" then
    error(at() .. "require needs a module name", 0)
  end
  if name:sub(1, 1) == "/" then
    error(at() .. "require('" .. name .. "'): absolute paths are not allowed; modules come from the scenario's folder", 0)
  end
  if name:find("..", 1, true) then
    error(at() .. "require('" .. name .. "'): '..' is not allowed; modules come from the scenario's folder", 0)
  end
  if name:find("\0", 1, true) or name:find("[\\]") then
    error(at() .. "require('" .. name .. "'): not a valid module name", 0)
  end
end

-- The allow-listed standard library: copies, so a scenario that changes one
-- changes only its own; what is unsafe or irreproducible is a trap with a reason.
local function standard_library(env)
  for _, name in ipairs({ "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget",
    "rawlen", "rawset", "select", "tonumber", "tostring", "type", "getmetatable" }) do
    env[name] = _G[name]
  end
  env._VERSION = _VERSION
  env.pcall, env.xpcall = safe_pcall, safe_xpcall
  env.setmetatable = safe_setmetatable
  env.collectgarbage = safe_collectgarbage
  env.print = new_print()

  env.string = copy(string)
  env.string.dump = unavailable("string.dump", "bytecode cannot be made or loaded")
  env.table, env.math, env.utf8 = copy(table), copy(math), copy(utf8)
  -- math.random is seeded per process; a report must not depend on it
  env.math.random = unavailable("math.random", "use the distributions (range, normal, ...) so runs are reproducible")
  env.math.randomseed = env.math.random
  local co = copy(coroutine)
  -- the deadline's hook lands on the main thread only: each coroutine watches the clock itself
  co.create, co.wrap = host.coroutine_create, host.coroutine_wrap
  co.resume = function(...) return after_protected(coroutine.resume(...)) end
  co.close = function(...) return after_protected(coroutine.close(...)) end
  env.coroutine = co

  for name, why in pairs(FORBIDDEN_LIBS) do env[name] = trap(name, why) end
  for name, why in pairs(FORBIDDEN_FUNCS) do env[name] = unavailable(name, why) end
end

-- load for scenarios: text only, and never under a chunk name of its choosing.
local function safe_load(env)
  return function(chunk, name, mode, e)
    if mode ~= nil and mode ~= "t" then
      error("load: only text chunks are available in scenarios (mode 't')", 2)
    end
    if type(chunk) ~= "string" and type(chunk) ~= "function" then
      error("load: chunk must be a string or a function", 2)
    end
    -- the chunk name is not the scenario's to choose: "@/etc/passwd" would make
    -- reports say "Defined in /etc/passwd:1", "@lib-lua/..." would hide its
    -- frames as the tool's own. A "=" name is never taken for a file: messages
    -- and "Defined in" name the line of the file tcost opened that called it.
    return load(chunk, "=(load)", "t", e == nil and env or e)
  end
end

-- The text of each file an environment ran, by chunk path, so the language
-- can read the line of a call (assume tells `assume "x" { ... }`, a statement,
-- from `local d = assume "x" { ... }`). Weak keys: it goes with the environment.
local texts = setmetatable({}, { __mode = "k" })

local function remember(env, path, text)
  texts[env] = texts[env] or {}
  texts[env][path] = { text = text }
end

---Line n of the file at path as env ran it, or nil when it has no text (a
---bundled module, a REPL line) or no such line.
---@param env table from M.env
---@param path string as in messages
---@param n integer
---@return string|nil
function M.line(env, path, n)
  local t = texts[env] and texts[env][path]
  if not t or n < 1 then return nil end
  if not t.lines then
    -- split once per file: assume asks for a line at every call, and walking
    -- the text from line 1 each time made 5,000 assumptions take 14 s
    t.lines = {}
    for l in (t.text .. "\n"):gmatch("([^\n]*)\n") do t.lines[#t.lines + 1] = l end
  end
  return t.lines[n]
end

-- The value of module `name` from a file in the scenario's folder (never outside it).
local function load_module(ctx, env, name)
  local path = ctx.dir .. "/" .. name:gsub("%.", "/") .. ".lua"
  local real = host.realpath(path)
  if not real then
    error(at() .. "require('" .. name .. "'): no module " .. path .. " in the scenario's folder", 0)
  end
  local root = host.realpath(ctx.dir) or ctx.dir
  if real:sub(1, #root + 1) ~= root .. "/" then
    error(at() .. "require('" .. name .. "'): " .. path .. " leads outside the scenario's folder", 0)
  end
  local src, err = host.read_file(real)
  if not src then error(at() .. "require('" .. name .. "'): " .. err, 0) end
  if ctx.on_load then ctx.on_load(path, src) end
  local text = M.text(src)
  remember(env, path, text)
  local fn, perr = load(text, "@" .. path, "t", env)
  if not fn then error(require("tcost.lang.messages").syntax(perr, text), 0) end
  return run_file(path, text, fn, name)
end

-- require for scenarios: modules inlined by `tcost bundle`, else the scenario's folder.
local function safe_require(ctx, env)
  local loaded, loading = {}, {}
  local function finished(name) for i = #loading, 1, -1 do if loading[i] == name then table.remove(loading, i) end end end
  return function(name)
    check_module_name(name)
    if loaded[name] ~= nil then return loaded[name] end
    for i, n in ipairs(loading) do
      if n == name then -- a cycle: it would load again and again until the time limit
        local chain = table.concat(loading, " -> ", i) .. " -> " .. name
        error(at() .. "require('" .. name .. "'): modules require each other in a cycle (" .. chain .. ")", 0)
      end
    end
    loading[#loading + 1] = name
    local value
    local bundled = ctx.bundled and ctx.bundled[name]
    do -- off the loading list when it returns or fails (an error keeps its frames: no pcall)
      local _ <close> = setmetatable({}, { __close = function() finished(name) end })
      if bundled then value = bundled(name) else value = load_module(ctx, env, name) end
    end
    if value == nil then value = true end
    loaded[name] = value
    return value
  end
end

---Builds a fresh scenario environment.
---@param ctx table { dir = scenario folder, globals = table of DSL names, on_load = function(path, source) }
---@return table env
function M.env(ctx)
  local env = {}
  standard_library(env)
  env.load = safe_load(env)
  env.require = safe_require(ctx, env)
  for k, v in pairs(ctx.globals or {}) do env[k] = v end
  env._G = env
  -- Strict names: reading a global nobody defined is a mistake (a typo, a
  -- missing assume), raised at the line that reads it. ctx.unknown words it.
  setmetatable(env, {
    __index = function(_, name)
      local msg = ctx.unknown and ctx.unknown(name) or ("unknown name '" .. tostring(name) .. "'")
      error(msg, 2)
    end,
    __metatable = "locked",
  })
  return env
end

-- Editors on some systems save a byte-order mark, and a file may start with
-- "#!": Lua's own file loader skips both; load() on a string does not.
-- The "#" line becomes empty so line numbers stay right.
function M.text(src)
  if src:sub(1, 3) == "\239\187\191" then src = src:sub(4) end
  if src:sub(1, 1) == "#" then src = src:gsub("^[^\n]*", "", 1) end
  return src
end

---Loads and runs a scenario source inside env.
---@param src string the file's text
---@param path string shown in messages
---@param env table from M.env
function M.run(src, path, env)
  if src:sub(1, 4) == "\27Lua" then
    error(path .. ": binary chunks are not accepted; scenarios are Lua source text", 0)
  end
  local text = M.text(src)
  remember(env, path, text)
  local fn, err = load(text, "@" .. path, "t", env)
  if not fn then error(require("tcost.lang.messages").syntax(err, text), 0) end
  return run_file(path, text, fn)
end

return M
