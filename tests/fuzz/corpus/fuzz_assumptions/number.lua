assume "rate" { 2.5, unit = "USD/GPU-hour", source = "shared" }
