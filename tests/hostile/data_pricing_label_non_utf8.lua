-- expect: is not valid UTF-8
-- args: --format svg
-- A pricing label that is not UTF-8 and starts with a continuation byte: svg.lua fit()
-- raised "initial position is a continuation byte" from utf8.offset.
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 },
  pricing = { rental { rate = 2, label = "\x80" .. string.rep("a", 120) } } }
