-- expect: unknown accelerator 'H900'; did you mean 'H800'?
local g = hw "H900"
