-- expect: package.loaded is not available
local l = package.loaded
