-- expect: phase name is not valid UTF-8
phase "\xff\xfe" { gpu = hw "H800", gpu_hours = 1 }
