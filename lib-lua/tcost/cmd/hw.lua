-- cmd/hw.lua: `tcost hw [NAME]`: the accelerator catalog as a table, one entry
-- with every source, or the catalog as JSON or CSV for scripts; with --prices
-- the dated price observations, with --regions the electricity regions.
local host = require "tcost.c.host"
local catalog = require "tcost.c.catalog"
local command = require "tcost.command"
local csv = require "tcost.lib.csv"

local M = {}

local PRECISIONS = catalog.precisions()
local PRECISION_LABEL = setmetatable({ fp64 = "FP64 vector", fp64_tensor = "FP64 tensor" },
  { __index = function(_, p) return p:upper() end })

local function num(v, fmt)
  if v == nil then return "-" end
  return string.format(fmt or "%g", v)
end

local function pad(s, w, right)
  local n = utf8.len(s) or #s
  if n >= w then return s end
  return right and (string.rep(" ", w - n) .. s) or (s .. string.rep(" ", w - n))
end

-- The table: one row per accelerator with its dense peak per precision
-- (FP64 vector and tensor apart); bandwidth, link and sources per entry.
-- The width of a column: its heading's or its longest cell's, whichever is wider.
local function width(head, rows, field)
  local w = utf8.len(head) or #head
  for _, r in ipairs(rows) do
    local v = r[field]
    if v then w = math.max(w, utf8.len(v) or #v) end
  end
  return w
end

local function table_text(entries)
  local cols = { { "Accelerator", width("Accelerator", entries, "name") }, { "Year", 4, true }, { "GB", 4, true },
    { "TDP W", 5, true } }
  local prec_cols = { { "fp64", "FP64", 5 }, { "fp64_tensor", "FP64T", 5 }, { "fp32", "FP32", 5 },
    { "tf32", "TF32", 6 }, { "bf16", "BF16", 6 }, { "fp16", "FP16", 6 }, { "fp8", "FP8", 6 }, { "fp4", "FP4", 6 } }
  for _, p in ipairs(prec_cols) do cols[#cols + 1] = { p[2], p[3], true } end
  cols[#cols + 1] = { "Price $", 7, true }
  cols[#cols + 1] = { "$/h", 5, true }
  local lines = {}
  local head = {}
  for _, c in ipairs(cols) do head[#head + 1] = pad(c[1], c[2], c[3]) end
  lines[1] = table.concat(head, " ")
  for _, e in ipairs(entries) do
    local row = { e.name, num(e.year, "%d"), num(e.memory_gb), num(e.tdp_w) }
    for _, p in ipairs(prec_cols) do row[#row + 1] = num(e.tflops[p[1]]) end
    row[#row + 1] = num(e.price_usd, "%.0f")
    row[#row + 1] = num(e.rent_usd_per_hour, "%.2f")
    local cells = {}
    for i, c in ipairs(cols) do cells[i] = pad(row[i], c[2], c[3]) end
    lines[#lines + 1] = table.concat(cells, " ")
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "Dense peak TFLOPS (FP64 vector, FP64T tensor; vendors' sparse figures in tcost hw NAME);"
  lines[#lines + 1] = "'-' = not applicable or not published. Catalog as of " .. catalog.version() .. "."
  lines[#lines + 1] = "Sources: tcost hw NAME; dated rental and purchase prices: tcost hw NAME --prices."
  return table.concat(lines, "\n") .. "\n"
end

local SOURCE_ORDER = { "year", "memory", "bandwidth", "link", "tdp", "tflops", "price", "rent", "embodied" }

local function entry_text(e)
  local L = {}
  local function line(k, v) L[#L + 1] = pad(k, 20) .. v end
  line("Name", e.name)
  if e.aliases and #e.aliases > 0 then line("Aliases", table.concat(e.aliases, ", ")) end
  line("Vendor", e.vendor or "-")
  line("Launch year", num(e.year, "%d"))
  line("Memory", e.memory_gb and (num(e.memory_gb) .. " GB") or "-")
  line("Memory bandwidth", e.memory_bw_gbs and (num(e.memory_bw_gbs) .. " GB/s") or "-")
  line("Scale-up link", e.link_gbs and (num(e.link_gbs) .. " GB/s") or "-")
  line("TDP", e.tdp_w and (num(e.tdp_w) .. " W") or "- (not published)")
  for _, p in ipairs(PRECISIONS) do
    if e.tflops[p] then
      local sp = e.sparse_tflops and e.sparse_tflops[p]
      line("Dense " .. PRECISION_LABEL[p], num(e.tflops[p]) .. " TFLOPS" ..
        (sp and (" (vendor's figure with sparsity: " .. num(sp) .. ")") or ""))
    end
  end
  if e.price_usd then line("Reference price", string.format("$%.0f", e.price_usd)) end
  if e.rent_usd_per_hour then line("Reference rent", string.format("$%.2f per GPU-hour", e.rent_usd_per_hour)) end
  if e.embodied_kg then line("Embodied carbon", string.format("%g kg CO2e per unit (manufacturing)", e.embodied_kg)) end
  if e.note then line("Note", e.note) end
  L[#L + 1] = ""
  L[#L + 1] = "Sources (status: P primary, C verbatim copy, S secondary, D derived):"
  for _, k in ipairs(SOURCE_ORDER) do
    local s = e.sources and e.sources[k]
    if s then
      L[#L + 1] = string.format("  %-10s %s [%s, %s]", k, s.source, s.status or "?", s.date or "undated")
    end
  end
  return table.concat(L, "\n") .. "\n"
end

local CSV_COLS = { "name", "vendor", "year", "memory_gb", "memory_bw_gbs", "link_gbs", "tdp_w" }

local function csv_field(v)
  return type(v) == "number" and csv.number(v) or (v == nil and "" or csv.field(v))
end

local function csv_table(entries)
  local head = {}
  for _, c in ipairs(CSV_COLS) do head[#head + 1] = c end
  for _, p in ipairs(PRECISIONS) do head[#head + 1] = p .. "_tflops" end
  for _, p in ipairs(PRECISIONS) do head[#head + 1] = p .. "_sparse_tflops" end
  head[#head + 1] = "price_usd"
  head[#head + 1] = "rent_usd_per_hour"
  head[#head + 1] = "tflops_source"
  local lines = { head }
  for _, e in ipairs(entries) do
    local row = {}
    for _, c in ipairs(CSV_COLS) do row[#row + 1] = csv_field(e[c]) end
    for _, p in ipairs(PRECISIONS) do row[#row + 1] = csv_field(e.tflops[p]) end
    for _, p in ipairs(PRECISIONS) do row[#row + 1] = csv_field(e.sparse_tflops and e.sparse_tflops[p]) end
    row[#row + 1] = csv_field(e.price_usd)
    row[#row + 1] = csv_field(e.rent_usd_per_hour)
    row[#row + 1] = csv_field(e.sources and e.sources.tflops and e.sources.tflops.source)
    lines[#lines + 1] = row
  end
  return csv.document(lines)
end

-- ---- tcost hw [NAME] --regions ---------------------------------------------

local REGION_COLS = { "key", "name", "usd_per_kwh", "kg_co2e_per_kwh", "carbon_basis", "market_kg_co2e_per_kwh",
  "market_basis", "wue_l_per_kwh", "grid_water_l_per_kwh" }

-- One line per region; every intensity beside its basis, since the sources
-- count CO2 or CO2e, at the plant or over the lifecycle.
local function regions_text(list)
  local kw, nw = width("Region", list, "key"), width("Name", list, "name")
  local bw = width("Basis", list, "carbon_basis")
  local fmt = "%-" .. kw .. "s  %-" .. nw .. "s  %7s  %6s  %-" .. bw .. "s  %6s  %5s  %5s"
  local L = { string.format(fmt, "Region", "Name", "USD/kWh", "kg/kWh", "Basis", "Market", "WUE", "Grid") }
  for _, r in ipairs(list) do
    L[#L + 1] = string.format(fmt, r.key, r.name, num(r.usd_per_kwh), num(r.kg_co2e_per_kwh), r.carbon_basis or "-",
      num(r.market_kg_co2e_per_kwh), num(r.wue_l_per_kwh), num(r.grid_water_l_per_kwh))
  end
  L[#L + 1] = ""
  L[#L + 1] = "kg/kWh: location-based grid intensity, on the basis beside it (figures of two bases do not"
  L[#L + 1] = "compare); Market: the residual mix, none published here; WUE: on-site L per IT kWh; Grid: L per"
  L[#L + 1] = "kWh generated. '-' = not published (a scenario falls back to the U.S. average and says so;"
  L[#L + 1] = "for the price, the U.S. industrial average, named beside the energy cost)."
  L[#L + 1] = "Sources: tcost hw --regions KEY. In a scenario: energy = { region = \"KEY\" }."
  return table.concat(L, "\n") .. "\n"
end

local REGION_SOURCES = { { "price", "Price" }, { "carbon", "Grid intensity" }, { "market", "Market-based" },
  { "wue", "On-site water" }, { "grid_water", "Grid water" } }

local function region_text(r)
  local L = {}
  local function line(k, v) L[#L + 1] = pad(k, 20) .. v end
  line("Region", r.key)
  line("Name", r.name)
  -- what a scenario on this region uses in place of a missing figure (model/model.lua's fallbacks)
  local us = catalog.region("us-industrial")
  line("Price", r.usd_per_kwh and (num(r.usd_per_kwh) .. " USD/kWh") or
    ("- (not published: the U.S. industrial average " .. num(us.usd_per_kwh) .. " USD/kWh applies)"))
  line("Grid intensity", r.kg_co2e_per_kwh and (num(r.kg_co2e_per_kwh) .. " kg/kWh, " .. r.carbon_basis .. ", location-based")
    or ("- (not published: the U.S. average " .. num(us.kg_co2e_per_kwh) .. " kg/kWh, " .. us.carbon_basis .. ", applies)"))
  line("Market-based", r.market_kg_co2e_per_kwh and (num(r.market_kg_co2e_per_kwh) .. " kg/kWh, " .. r.market_basis)
    or "- (not published)")
  line("On-site water", r.wue_l_per_kwh and (num(r.wue_l_per_kwh) .. " L per IT kWh") or "- (the U.S. average applies)")
  line("Grid water", r.grid_water_l_per_kwh and (num(r.grid_water_l_per_kwh) .. " L per kWh generated")
    or "- (the U.S. average applies)")
  L[#L + 1] = ""
  L[#L + 1] = "Sources (status: P primary, C verbatim copy, S secondary, D derived):"
  for _, k in ipairs(REGION_SOURCES) do
    local s = r.sources and r.sources[k[1]]
    if s then L[#L + 1] = string.format("  %-15s %s [%s, %s]", k[2], s.source, s.status or "?", s.date or "undated") end
  end
  return table.concat(L, "\n") .. "\n"
end

-- The one entry named (a list of one), or all of them; nil after saying why
-- when the name matches nothing (get returns nil and the message).
local function one_or_all(name, get, all)
  if not name then return all() end
  local x, msg = get(name)
  if not x then host.eprint("tcost: " .. msg); return nil end
  return { x }
end

local function regions_main(args, fmt)
  local list = one_or_all(args.files[1], catalog.region, catalog.regions)
  if not list then return 1 end
  local text
  if fmt == "json" then
    text = require("tcost.lib.json").encode(args.files[1] and list[1] or { regions = list }, { indent = 2 }) .. "\n"
  elseif fmt == "csv" then
    local lines = { {} }
    for i, c in ipairs(REGION_COLS) do lines[1][i] = c end
    lines[1][#lines[1] + 1] = "carbon_source"
    for _, r in ipairs(list) do
      local row = {}
      for i, c in ipairs(REGION_COLS) do row[i] = csv_field(r[c]) end
      row[#row + 1] = csv_field(r.sources and r.sources.carbon and r.sources.carbon.source)
      lines[#lines + 1] = row
    end
    text = csv.document(lines)
  else
    text = args.files[1] and region_text(list[1]) or regions_text(list)
  end
  return command.emit(args.output, text)
end

-- ---- tcost hw [NAME] --prices ---------------------------------------------

local PRICE_COLS = { "accelerator", "date", "kind", "class", "commitment", "scope", "provider", "usd", "region",
  "note", "source", "status" }

local function sorted_prices(list)
  table.sort(list, function(a, b)
    if a.key ~= b.key then return a.key < b.key end
    if a.kind ~= b.kind then return a.kind > b.kind end -- rentals first
    if a.date ~= b.date then return a.date < b.date end
    if a.provider ~= b.provider then return a.provider < b.provider end
    return (a.commitment or a.scope) < (b.commitment or b.scope)
  end)
  return list
end

local function price_row(o)
  return { accelerator = o.accelerator, date = o.date, kind = o.kind, class = o.class, commitment = o.commitment,
    scope = o.scope, provider = o.provider, usd = o.usd, region = o.region, note = o.note,
    source = o.source.source, status = o.source.status }
end

local function prices_text(list, name)
  local L = {}
  local function section(kind, title, unit)
    local rows = {}
    for _, o in ipairs(list) do if o.kind == kind then rows[#rows + 1] = o end end
    if #rows == 0 then return end
    L[#L + 1] = title
    L[#L + 1] = string.format("  %-10s %-22s %-12s %-11s %10s  %s", "Date", "Provider", "Class",
      kind == "rent" and "Commitment" or "Scope", unit, "Source")
    local last
    for _, o in ipairs(rows) do
      if not name and o.accelerator ~= last then L[#L + 1] = "  " .. o.accelerator .. ":"; last = o.accelerator end
      local prov = o.provider
      if #prov > 22 then prov = prov:sub(1, 21) .. "~" end
      L[#L + 1] = string.format("  %-10s %-22s %-12s %-11s %10s  %s [%s]%s", o.date, prov, o.class,
        o.commitment or o.scope, string.format(kind == "rent" and "%.2f" or "%.0f", o.usd),
        o.source.source, o.source.status, o.note and ("; " .. o.note) or "")
    end
    L[#L + 1] = ""
  end
  section("rent", "Rental prices" .. (name and (" of " .. name) or ""), "USD/GPU-h")
  section("purchase", "Purchase prices per GPU" .. (name and (" of " .. name) or ""), "USD")
  if #L == 0 then return "No dated prices" .. (name and (" for " .. name) or "") .. ".\n" end
  L[#L + 1] = "Status: P primary, C verbatim copy, S secondary, D derived. Scopes: chip alone, share of an"
  L[#L + 1] = "8-GPU board, share of a whole server. In a scenario: rent_as_of, price_as_of, market."
  return table.concat(L, "\n") .. "\n"
end

local function prices_main(args, fmt)
  local list, name = nil, nil
  if args.files[1] then
    local e, msg = catalog.get(args.files[1])
    if not e then host.eprint("tcost: " .. msg); return 1 end
    name = e.name
    list = catalog.prices(e.key)
  else
    list = catalog.prices()
  end
  sorted_prices(list)
  local text
  if fmt == "json" then
    local json = require "tcost.lib.json"
    local rows = {}
    for i, o in ipairs(list) do rows[i] = o end
    text = json.encode({ accelerator = name, prices = rows }, { indent = 2 }) .. "\n"
  elseif fmt == "csv" then
    local lines = { PRICE_COLS }
    for _, o in ipairs(list) do
      local r, row = price_row(o), {}
      for i, c in ipairs(PRICE_COLS) do row[i] = csv_field(r[c]) end
      lines[#lines + 1] = row
    end
    text = csv.document(lines)
  else
    text = prices_text(list, name)
  end
  return command.emit(args.output, text)
end

function M.main(args)
  local usage = command.usage
  local fmt = args.format or "text"
  if fmt ~= "text" and fmt ~= "json" and fmt ~= "csv" then
    return usage("hw formats are text, json and csv (got '" .. fmt .. "')", "hw")
  end
  if #args.files > 1 then
    return usage(args.regions and "hw --regions takes at most one region key" or "hw takes at most one accelerator name", "hw")
  end
  if args.prices and args.regions then return usage("hw takes --prices or --regions, not both", "hw") end
  if args.prices then return prices_main(args, fmt) end
  if args.regions then return regions_main(args, fmt) end
  local entries = one_or_all(args.files[1], catalog.get, catalog.list)
  if not entries then return 1 end
  local text
  if fmt == "json" then
    local json = require "tcost.lib.json"
    text = json.encode(args.files[1] and entries[1] or { catalog = catalog.version(), accelerators = entries },
      { indent = 2 }) .. "\n"
  elseif fmt == "csv" then
    text = csv_table(entries)
  else
    text = args.files[1] and entry_text(entries[1]) or table_text(entries)
  end
  return command.emit(args.output, text)
end

return M
