-- expect: mixture_doubling.lua:5: mixture: an uncertain value built from more than 1000000 distributions
-- A mixture of itself, doubled 60 times, is 2^60 distributions deep in every
-- CDF: it would never end in C, where no time limit's hook fires.
local x = range(1, 2)
for i = 1, 60 do x = mixture({ x, x }) end
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = x } } }
