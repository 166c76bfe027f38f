-- uncertain.lua: a small scenario with uncertain inputs, for tests.
assume "rate" { range(1.5, 3), unit = "USD/GPU-hour", source = "test: a 90% interval of $1.50-$3.00" }
assume "hours" { uniform(90e3, 110e3), unit = "GPU-h", source = "test: uniform between 90K and 110K" }
scenario "Uncertain" {
  phase "Run" { gpu = hw "H800", gpu_hours = hours },
  pricing = { rental { rate = rate } },
}
