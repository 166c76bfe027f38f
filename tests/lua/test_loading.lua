-- test_loading.lua: a point run loads only the modules it needs (issue 18: "load
-- only what the command needs, and only when it needs it"). Counts modules, never
-- time. The library's modules call the global require, so a wrapper put there
-- before anything loads sees every module the run asks for.
local asked = {}
local real_require = require
_G.require = function(name, ...)
  asked[name] = true
  return real_require(name, ...)
end

local runner = require "tcost.model.runner"
local report = require "tcost.report.report"

-- rent_vs_buy.lua declares no expect, asks no market price, gives no dollars = ...,
-- has no error, and its text report writes no JSON number
local result, reg = runner.run("examples/rent_vs_buy.lua", { samples = 0 })
report.render(result, "text", {}, reg)

test("a point run of a text report loads its language, model and format", function()
  for _, m in ipairs({ "tcost.lang.sandbox", "tcost.lang.api", "tcost.model.model", "tcost.model.pricing",
    "tcost.report.view", "tcost.fmt.text" }) do
    eq(asked[m], true, m)
  end
end)

test("a point run loads no module it does not use", function()
  for _, m in ipairs({
    "tcost.lang.expect",     -- no expect in the file
    "tcost.lang.messages",   -- no error to word
    "tcost.model.market",    -- no rent_as_of, price_as_of or market
    "tcost.model.inflation", -- no dollars = ...
    "tcost.model.price_index",
    "tcost.model.cluster",   -- no cluster_costs
    "tcost.lib.json",        -- text needs no JSON number
    "tcost.lib.csv", "tcost.lib.svg",
    "tcost.report.batch",    -- one file
    "tcost.lang.generate", "tcost.cmd.help", "tcost.lang.hw",
  }) do
    eq(asked[m], nil, m)
  end
end)

test("a file with expects loads expect.lua, and one with market prices market.lua", function()
  runner.run("examples/epoch/llama2_70b.lua", { samples = 0 }) -- declares expects
  eq(asked["tcost.lang.expect"], true, "expect")
  eq(asked["tcost.model.market"], nil, "no market price there")
  runner.run("examples/market_prices.lua", { samples = 0 }) -- rent_as_of, price_as_of, market
  eq(asked["tcost.model.market"], true, "market")
end)
