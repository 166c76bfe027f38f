-- expect: leak_error_level3.lua:3: mine
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
error("mine", 3)
