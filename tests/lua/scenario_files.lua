-- scenario_files.lua (helper "scenario_files"): scenario text written to
-- build/test-tmp as numbered files, for the Lua tests that run the language
-- end to end. One writer per test file: files("pricing") names its files
-- pricing1.lua, pricing2.lua, ..., so two test files never share a name.
local host = require "tcost.c.host"
local runner = require "tcost.model.runner"

local DIR = "build/test-tmp"

---@param prefix string the test file's tag
---@return { dir: string, file: fun(src: string, name?: string): string, run: fun(src: string, opts?: table): table }
return function(prefix)
  assert(host.mkdir("build"))
  assert(host.mkdir(DIR))
  local count = 0
  local W = { dir = DIR }
  ---Writes src to a new file (named name.lua when given) and returns its path.
  function W.file(src, name)
    count = count + 1
    local path = DIR .. "/" .. (name or (prefix .. count)) .. ".lua"
    assert(host.write(path, src))
    return path
  end
  ---Runs src as a scenario file: runner.run's result and registry.
  function W.run(src, opts) return runner.run(W.file(src), opts or {}) end
  return W
end
