-- unlabeled.lua: uncertain values that are not assumptions (no name), for the
-- tests of random streams: theirs are keyed by their place in this file.
assume "rate" { 2, unit = "USD/GPU-hour", source = "test: a fixed rate, swept by the tests" }
scenario "Unlabeled" {
  phase "Run" { gpu = hw "H800", gpu_hours = 1e6 * range(0.9, 1.1) },
  pricing = { rental { rate = rate * range(0.8, 1.2) } },
}
