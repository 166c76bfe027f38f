-- test_market.lua: dated prices as answers (tcost.model.market): the nearest
-- observation, Epoch's fallback with its discounts, the spread near a date,
-- purchases by scope, and the errors. Every expected figure is read from the
-- observation it comes from (Epoch AI's Hardware prices.csv or the summary
-- named), not from what the code printed.
local market = require "tcost.model.market"
local catalog = require "tcost.c.catalog"

test("the nearest observation of the asked commitment", function()
  -- Google Cloud a3-highgpu-1g, 17 Mar 2025: 3-year $4.86 per H100-hour
  local usd, o = market.rent_as_of("h100-sxm", "2025-03", "3-year")
  eq(usd, 4.86, "3-year as of 2025-03")
  eq(o.provider, "Google Cloud", "provider")
  eq(o.date, "2025-03-17", "date")
  -- AWS p4d A100 40GB, 9 Dec 2022: on-demand $4.10 (the only hyperscaler row that month)
  eq(market.rent_as_of("a100-40gb", "2022-12", "on-demand", { class = "hyperscaler", provider = "AWS" }), 4.10,
    "AWS A100 on demand")
end)

test("Epoch's fallback: a missing commitment comes from another with its discounts", function()
  -- H100 PCIe has only on-demand prices; nearest to 2025-03 are three listings of 3 Mar 2025
  -- (Cudo 2.45, Oblivus 1.98, RunPod 2.39); ties go to provider order, so Cudo Compute 2.45.
  -- Epoch's default discounts for a provider it does not list are Lambda's: 3-year 56%.
  -- 2.45 × (1 − 0.56) / (1 − 0) = 1.078
  local usd, o, how = market.rent_as_of("h100-pcie", "2025-03", "3-year")
  near(usd, 2.45 * 0.44, 1e-12, "rescaled on-demand")
  eq(o.commitment, "on-demand", "found on demand")
  truthy(how:find("fallback", 1, true), "the source says it is Epoch's fallback")
  -- AWS: 1-year 41%, 3-year 64% off: a 1-year price to 3-year is × 0.36 / 0.59
  near(market.rescale(2.40, "AWS", "1-year", "3-year"), 2.40 * 0.36 / 0.59, 1e-12, "AWS 1-year to 3-year")
  near(market.rescale(10, "Google Cloud", "on-demand", "1-year"), 6.3, 1e-12, "GCP 37% off")
  near(market.rescale(10, "Azure", "on-demand", "3-year"), 5.1, 1e-12, "Azure 49% off")
end)

test("the fallback says whose discounts it used when the provider has none of its own", function()
  -- CoreWeave H100 SXM, 2026: on demand $2.23, 1-year $1.79, no 3-year. Epoch lists no CoreWeave
  -- discount, so Lambda's carry the 1-year price to 3 years: 1.79 × (1 − 0.56) / (1 − 0.34) = 1.1933
  local usd, o, how = market.rent_as_of("h100-sxm", "2026-12", "3-year", { provider = "CoreWeave" })
  near(usd, 1.79 * 0.44 / 0.66, 1e-12, "rescaled 1-year")
  eq(o.commitment, "1-year", "from the 1-year price")
  truthy(how:find("Lambda Labs' discounts (Epoch's default for a provider it lists none for; "
    .. "no CoreWeave discount is published here)", 1, true), "the label names the borrowed discounts")
  -- AWS has its own (41% / 64%): nothing borrowed, nothing said
  local _, _, aws = market.rent_as_of("a100-40gb", "2022-12", "3-year", { provider = "AWS" })
  truthy(not aws:find("Lambda", 1, true), "AWS's own discounts")
end)

test("the spread of observations near a date", function()
  -- H100 SXM on demand within 6 months of 2026-03: AWS 10.08 (15 Jan 2026, $80.62 / 8), AWS 6.88 and
  -- marketplaces 1.47 (compux, Mar 2026), and the May 2026 tiers 3.50, 5.00, 2.50, 3.50, 1.99, 2.50
  local values = market.spread("h100-sxm", "2026-03", "on-demand")
  table.sort(values)
  eq(values, { 1.47, 1.99, 2.5, 2.5, 3.5, 3.5, 5.0, 6.88, 10.08 }, "nine observations")
  -- a narrower window keeps only March 2026
  local march = market.spread("h100-sxm", "2026-03", "on-demand", { window = 1 })
  table.sort(march)
  eq(march, { 1.47, 6.88 }, "one month")
  -- hyperscalers only: 10.08, 6.88, 3.50, 5.00
  local hyper = market.spread("h100-sxm", "2026-03", "on-demand", { class = "hyperscaler" })
  eq(#hyper, 4, "four hyperscaler observations")
end)

test("purchases as of a date, by scope", function()
  -- SemiAnalysis May 2023: DGX H100 about $270,000 / 8 = $33,750 per GPU with the server
  local usd, o = market.price_as_of("h100-sxm", "2023-06", { scope = "server" })
  eq(usd, 33750, "2023 server share")
  eq(o.date, "2023-05-29", "date")
  -- Uvation marketplace, 3 Mar 2025: the card alone $31,250
  eq(market.price_as_of("h100-sxm", "2025-03", { scope = "chip" }), 31250, "2025 chip")
  -- "an H100 in 2023" and "in 2026" differ: Vipera's DGX H100 of Mar 2025 is $375,000 / 8
  eq(market.price_as_of("h100-sxm", "2026-01", { scope = "server" }), 46875, "2025-26 server share")
end)

test("clear errors", function()
  raises(function() market.rent_as_of("b300", "2026-03", "on-demand") end, "no rental prices for B300 (HGX)")
  raises(function() market.rent_as_of("h100-sxm", "2019-03", "on-demand") end,
    "no H100 SXM, on-demand rental price within 24 months of 2019-03")
  raises(function() market.rent_as_of("h100-sxm", "2026-3", "on-demand") end,
    "dates are written YYYY, YYYY-MM or YYYY-MM-DD (got '2026-3')")
  raises(function() market.rent_as_of("h100-sxm", "2026-03", "2-year") end, "unknown commitment '2-year'")
  raises(function() market.spread("h100-sxm", "2026-03", "spot") end, "its spot prices are dated 2026-12")
  raises(function() market.rent_as_of("nope", "2026-03", "on-demand") end, "unknown accelerator 'nope'")
  raises(function() market.rent_as_of("h100-sxm", "2026-03", "on-demand", { class = "cloud" }) end,
    "unknown provider class 'cloud'")
end)

test("every observation's source cites an existing docs/sources.md key or a URL", function()
  for _, o in ipairs(catalog.prices()) do
    truthy(o.source.source:find("%[[a-z0-9%-]+%-%d%d%d%d%]") or o.source.source:find("https?://"),
      o.key .. " " .. o.date .. " followable")
  end
end)
