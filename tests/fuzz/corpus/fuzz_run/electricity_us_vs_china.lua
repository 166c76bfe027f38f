-- Energy cost and carbon of the V3 + R1 compute under US and Chinese
-- electricity prices and grid intensities. The seeds quote "US $0.18 per kWh vs
-- China $0.08"; the US industrial average is nearer $0.08 and $0.18 matches
-- California's industrial rate: both are shown, each with its source.
-- Shows: energy settings per scenario, regions from the catalog, a custom
-- pricing model that counts electricity only.
-- Sources: each region's figures carry their own (EIA, China Briefing, Ember/OWID; the report
-- lists them) and Epoch's energy method [cottier-rising-costs-2024].

local h800 = hw "H800"

local compute = {
  phase "V3 (all stages)" { gpu = h800, gpu_hours = 2788e3, source = "V3 Table 1" },
  phase "R1 (all stages)" { gpu = h800, gpu_hours = 147e3, source = "R1 Table 7" },
}
local electricity = custom "electricity" (function(p) return p.energy_cost end)

scenario "US industrial average" {
  compute, energy = { region = "us-industrial" }, pricing = { electricity } }
scenario "California industrial (the seeds' \"US $0.18\")" {
  compute, energy = { region = "us-california-industrial" }, pricing = { electricity } }
scenario "China industrial" {
  compute, energy = { region = "china" }, pricing = { electricity } }
