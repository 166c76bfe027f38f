-- version.lua: tcost's version, on its own so `tcost --version` loads nothing else.
return "0.1.0"
