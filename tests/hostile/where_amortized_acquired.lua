-- expect: where_amortized_acquired.lua:3: amortized: training start 2019-10-01 is before the hardware was acquired (2030-01-01)
scenario "S" { phase "a" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = { amortized { unit_price = 18625, acquired = "2030-01-01", start = "2019-10-01" } } }
