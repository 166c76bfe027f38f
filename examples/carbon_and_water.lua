-- Where a run happens changes its carbon. The same 2.788M H800-hours
-- (DeepSeek-V3) on five grids, location-based; the water the data centre
-- evaporates on site plus the water the grid uses to make the power (Li et
-- al.'s method; the US averages unless a region publishes its own, as the
-- assumptions say); and one market-based figure a buyer would report with a
-- certificate contract.
-- Shows: regions, carbon_method, wue_l_per_kwh and grid_water_l_per_kwh.
-- Sources: each region's figures carry their own; V3's GPU-hours are Table 1
-- [deepseek-v3-report-2024]; water defaults [li-thirsty-2023].

local v3 = phase "V3 (all stages)" { gpu = hw "H800", gpu_hours = 2788e3, source = "Table 1 [deepseek-v3-report-2024]" }
local rent = rental "rent" { rate = 2, source = "DeepSeek's $2 per H800-hour [deepseek-v3-report-2024]" }

scenario "United States" { v3, energy = { region = "us-industrial" }, pricing = { rent } }
scenario "China" { v3, energy = { region = "china" }, pricing = { rent } }
scenario "Ireland" { v3, energy = { region = "ireland" }, pricing = { rent } }
scenario "Nordics" { v3, energy = { region = "nordics" }, pricing = { rent } }
scenario "Taiwan" { v3, energy = { region = "taiwan" }, pricing = { rent } }

assume "certificates" { 0.05, unit = "kg CO2e/kWh",
  source = "this example's assumption: a contract for certified low-carbon power; a market-based "
    .. "report uses the supplier's factor (GHG Protocol Scope 2 guidance, https://ghgprotocol.org/scope-2-guidance)" }
scenario "United States, market-based" {
  v3, pricing = { rent },
  energy = { region = "us-industrial", carbon_method = "market", market_kg_co2e_per_kwh = certificates },
}
