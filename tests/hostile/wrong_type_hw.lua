-- expect: hw needs a name string first
local g = hw()
