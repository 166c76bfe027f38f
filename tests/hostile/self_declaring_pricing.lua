-- expect: declared while the model is being built
-- a pricing function that declares a scenario whose pricing declares another, without end: refused at the first
local n = 0
local function spot(p)
  n = n + 1
  scenario ("inner" .. n) { phase "a" { gpu = hw "H800", gpu_hours = 10 }, pricing = { custom "spot" (spot) } }
  return p.gpu_hours * 2
end
scenario "x" { phase "a" { gpu = hw "H800", gpu_hours = 10 }, pricing = { custom "spot" (spot) } }
