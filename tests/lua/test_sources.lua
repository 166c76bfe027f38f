-- test_sources.lua: every source string of the built-in catalog and of the
-- electricity regions is followable (a URL, a DOI or a [key]) and every [key]
-- in them or in a catalog note names an entry of docs/sources.md.
-- (tests/cli/sources.sh checks the files and docs/sources.md's own shape.)
local catalog = require "tcost.c.catalog"
local host = require "tcost.c.host"

local KEY = "%[([a-z0-9%-]+%-%d%d%d%d)%]"

local function entries()
  local text = assert(host.read_file("docs/sources.md"))
  local keys, fence = {}, false
  for line in text:gmatch("[^\n]*") do
    if line:match("^```") then fence = not fence
    elseif not fence then
      local k = line:match("^## (%S+)$")
      if k then keys[k] = true end
    end
  end
  return keys
end

local known = entries()

local function followable(s)
  return s:find("https?://") or s:find("doi%.org/") or s:find(KEY)
end

local function check_keys(s, where)
  for k in s:gmatch(KEY) do truthy(known[k], where .. " cites [" .. k .. "], which docs/sources.md lacks") end
end

test("docs/sources.md has the entries the catalog relies on", function()
  -- two entries every DeepSeek figure rests on
  truthy(known["deepseek-v3-report-2024"], "deepseek-v3-report-2024")
  truthy(known["deepseek-r1-nature-2025"], "deepseek-r1-nature-2025")
end)

test("every catalog source is followable and cites only existing keys", function()
  for _, a in ipairs(catalog.list()) do
    for group, s in pairs(a.sources) do
      local where = a.key .. " " .. group
      truthy(followable(s.source), where .. ": '" .. s.source .. "' has no URL, DOI or [key]")
      check_keys(s.source, where)
    end
    if a.note then check_keys(a.note, a.key .. " note") end
  end
end)

test("every region source is followable and cites only existing keys", function()
  local n = 0
  for _, r in ipairs(catalog.regions()) do
    for what, s in pairs(r.sources or {}) do
      n = n + 1
      local where = r.key .. " " .. what
      truthy(followable(s.source), where .. ": '" .. s.source .. "' has no URL, DOI or [key]")
      check_keys(s.source, where)
    end
  end
  truthy(n >= 6, "regions carry sources (" .. n .. ")")
end)

test("the key pattern rejects what is not a citation", function()
  eq(("t[i] x[1] [a-b] [pue-1.25]"):match(KEY), nil, "no key in ordinary brackets")
  eq(("see [deepseek-v3-report-2024]."):match(KEY), "deepseek-v3-report-2024", "a citation")
end)
