-- expect: leak_coroutine_close_running.lua:3: cannot close a running coroutine
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
coroutine.close(coroutine.running())
