-- expect: hw_entry_mutated.lua:5: accelerator 'H800 SXM' is read-only (field 'name')
-- The entry hw returns once was a plain table: a name with terminal escapes, or
-- a forged TDP, set after the checks reached every report (red team F15).
local g = hw "H800"
g.name = "\27]0;pwned\7"
scenario "S" { phase "p" { gpu = g, gpu_hours = 100 }, pricing = { rental { rate = 2 } } }
