-- What did an H100-hour cost, and when? The same run priced from the dated
-- price observations of the catalog (tcost hw H100 --prices): the observation
-- nearest a date for a commitment, Epoch AI's fallback when that commitment has
-- none, and the spread of the market around a date as an uncertain rate.
-- Shows: rent_as_of, market, goodput and the non-GPU cluster lines.
-- Sources: every price names its own (Epoch AI's Hardware prices.csv
-- [epoch-training-cost-trends-2024] and the 2026 summaries in docs/sources.md);
-- the 90% goodput is an assumption of this example.

local h100 = hw "H100"

assume "goodput" { 0.9, unit = "fraction",
  source = "this example's assumption: failures, restarts and checkpoints cost 10% of paid hours; "
    .. "SemiAnalysis measures it per cloud [semianalysis-cluster-tco-2026]" }

scenario "One million useful H100-hours" {
  goodput = goodput,
  phase "pre-training" { gpu = h100, gpu_hours = 1e6, stage = "pre-training" },
  pricing = {
    -- the 3-year price nearest March 2025 (Google Cloud, 17 Mar 2025)
    rental "3-year, 2025" { rate = rent_as_of(h100, "2025-03", "3-year") },
    -- no 3-year H100 price near May 2026 at a specialised cloud: Epoch's
    -- fallback takes the nearest 1-year or on-demand price and its discount
    rental "3-year, 2026" { rate = rent_as_of(h100, "2026-05", "3-year", { class = "specialised" }) },
    -- every on-demand observation within six months of March 2026, equally likely
    rental "on demand, 2026" { rate = market(h100, "2026-03", "on-demand"), cluster_costs = true },
  },
}
