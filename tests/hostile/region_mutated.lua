-- expect: region_mutated.lua:4: region 'China, industrial average' is read-only (field 'usd_per_kwh')
-- A region said it was read-only but took changes to the fields it had.
local r = region "china"
r.usd_per_kwh = 0
