assume "rate" { range(1, 4), unit = "USD/GPU-hour", source = "shared" }
assume "hours" { normal(1e5, 1e4), unit = "GPU-h", source = "shared" }
correlate(rate, hours, 0.5)
