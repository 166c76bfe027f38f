-- expect: leak_reconcile_no_steps.lua:3: reconcile: field 'steps' lists no step; give at least one, e.g. { "Headline", phases = { ... } }
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
scenario "S" { phase "a" { gpu = hw "H800", gpu_hours = 100, headline = true }, phase "b" { gpu = hw "H800", gpu_hours = 200 }, reconcile = { steps = {} }, pricing = { rental { rate = 2 } } }
