-- expect: is not valid UTF-8
-- Two pricing names that differ only in invalid bytes: unchecked, both became
-- the JSON key "\uFFFD" twice (duplicate keys) and the text format raised.
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 },
  pricing = { rental "\xff" { rate = 2 }, rental "\xfe" { rate = 3 } } }
