-- expect: where_rental_rates_key.lua:2: rental: field 'rates': unknown accelerator 'H900'; did you mean 'H800'?
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rates = { H900 = 2 } } } }
