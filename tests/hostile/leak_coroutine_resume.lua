-- expect: leak_coroutine_resume.lua:3: resume: argument 1: thread expected, got number
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
coroutine.resume(42)
