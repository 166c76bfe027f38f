-- expect: phase name contains control characters
phase "a\0b" { gpu = hw "H800", gpu_hours = 1 }
