-- expect: reconcile steps[1]: field 'label' must be a non-empty string (got table)
-- a reconcile label that contains itself (it ran to the memory limit)
local lab = {}
lab[1] = lab
scenario "x" {
  phase "a" { gpu = hw "H800", gpu_hours = 10 },
  phase "b" { gpu = hw "H800", gpu_hours = 10 },
  pricing = { rental { rate = 2 } },
  reconcile = { pricing = "rental", steps = { { lab, phases = { "a" } }, { "b", phases = { "b" } } } },
}
