-- expect: truncate_chain_deep.lua:5: truncate: an uncertain value nested deeper than 100 levels
-- A chain of 100,000 truncates once overflowed the C stack of the recursive
-- walks (describe, CDF, quantile): it is refused where it is built.
local x = range(1, 2)
for i = 1, 100000 do x = truncate(x, nil, 1e300) end
print(tostring(x))
