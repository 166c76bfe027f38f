-- expect: leak_coroutine_close.lua:3: close: argument 1: thread expected, got number
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
coroutine.close(42)
