-- injection.lua: scenario text that a spreadsheet would run as a formula
-- (tests/cli/terminal.sh): OWASP's CSV-injection cases. Numbers stay numbers.
assume "rate" { 2, unit = "USD/GPU-hour", source = "=HYPERLINK(\"http://example.invalid\",\"x\")" }
scenario "=1+2" {
  phase "@SUM(A1)" { gpu = hw "H800", gpu_hours = 1000 },
  phase "+cmd|' /C calc'!A0" { gpu = hw "H800", gpu_hours = 500 },
  phase "-2+3" { gpu = hw "H800", gpu_hours = 250 },
  pricing = { rental { rate = rate } },
}
