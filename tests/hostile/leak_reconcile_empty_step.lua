-- expect: leak_reconcile_empty_step.lua:3: reconcile: step 1 ('x') adds nothing: give it phases = { ... } or other = { ... }
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
scenario "S" { phase "a" { gpu = hw "H800", gpu_hours = 100, headline = true }, phase "b" { gpu = hw "H800", gpu_hours = 200 }, reconcile = { steps = { { "x" } } }, pricing = { rental { rate = 2 } } }
