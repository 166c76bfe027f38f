-- expect: where_rental_rates_missing.lua:2: rental: field 'rates' has no rate for H800 SXM (phase 'p'); add ["H800 SXM"] = ... to it
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rates = { H100 = 2 } } } }
