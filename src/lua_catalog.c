/* lua_catalog.c: the Lua module "tcost.c.catalog": the built-in accelerator
 * catalog and electricity regions as fresh Lua tables, and custom(), which
 * returns a user-defined accelerator in the same shape. Checking that
 * definition is the language's (lang/hw.lua, from lang/api.lua's M.HW), not
 * this file's: custom() only reads a table already checked.
 *
 * Entry shape (the contract with lib-lua/ and the reports):
 *   { name, key, aliases = {...}, vendor, year, memory_gb, memory_bw_gbs,
 *     link_gbs, tdp_w, tflops = { bf16 = 989, ... } (dense),
 *     sparse_tflops = { bf16 = 1979, ... } (the vendor's sparse figures), price_usd,
 *     price_includes_server, rent_usd_per_hour, note, custom,
 *     sources = { year = { source, date, status }, memory, bandwidth, link,
 *                 tdp, tflops, price, rent } }
 * An absent figure is an absent key, never 0. Custom entries have custom =
 * true and sources with status "U" (user-supplied) and no date.
 * Every call returns new tables, so callers may change them freely. The data
 * and the name matching live in catalog.c, catalog_data.c and regions.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>

#include "catalog.h"
#include "host.h"
#include "names.h"
#include "prices.h"
#include "regions.h"


/* ---- pushing built-in data -------------------------------------------- */

static void set_string(lua_State *L, const char *field, const char *s)
{
	if (s) {
		lua_pushstring(L, s);
		lua_setfield(L, -2, field);
	}
}

/* Absent (NAN) numbers leave the key absent. */
static void set_number(lua_State *L, const char *field, double v)
{
	if (!isnan(v)) {
		lua_pushnumber(L, v);
		lua_setfield(L, -2, field);
	}
}

/* stack: tbl -> tbl (with tbl[field] = { source, date, status }) */
static void set_source(lua_State *L, const char *field, const tc_source *s)
{
	char status[2] = { s->status, '\0' };
	lua_createtable(L, 0, 3);
	set_string(L, "source", s->text);
	set_string(L, "date", s->date);
	set_string(L, "status", status);
	lua_setfield(L, -2, field);
}

/* stack: ... -> ... entry. A custom entry (custom = 1) has no
 * price_includes_server: a user's price is what they say it is. */
static void push_entry(lua_State *L, const tc_accel *a, int custom)
{
	luaL_checkstack(L, 4, "catalog entry");
	lua_createtable(L, 0, 18);
	set_string(L, "name", a->name);
	set_string(L, "key", a->key);

	lua_createtable(L, TC_MAXALIAS, 0);
	for (int k = 0; k < TC_MAXALIAS && a->aliases[k]; k++) {
		lua_pushstring(L, a->aliases[k]);
		lua_rawseti(L, -2, k + 1);
	}
	lua_setfield(L, -2, "aliases");

	set_string(L, "vendor", a->vendor);
	if (a->year > 0) {
		lua_pushinteger(L, a->year);
		lua_setfield(L, -2, "year");
	}
	set_number(L, "memory_gb", a->memory_gb);
	set_number(L, "memory_bw_gbs", a->memory_bw_gbs);
	set_number(L, "link_gbs", a->link_gbs);
	set_number(L, "tdp_w", a->tdp_w);

	lua_createtable(L, 0, TC_NPREC);
	for (int p = 0; p < TC_NPREC; p++)
		set_number(L, tc_precision_name(p), a->tflops[p]);
	lua_setfield(L, -2, "tflops");

	/* The vendor's figures with sparsity, shown as such, never for sizing. */
	lua_createtable(L, 0, TC_NPREC);
	for (int p = 0; p < TC_NPREC; p++)
		set_number(L, tc_precision_name(p), a->sparse[p]);
	lua_setfield(L, -2, "sparse_tflops");

	set_number(L, "price_usd", a->price_usd);
	if (!isnan(a->price_usd) && !custom) {
		lua_pushboolean(L, a->price_includes_server);
		lua_setfield(L, -2, "price_includes_server");
	}
	set_number(L, "rent_usd_per_hour", a->rent_usd_per_hour);
	set_number(L, "embodied_kg", a->embodied_kg);
	set_string(L, "note", a->note);
	lua_pushboolean(L, custom);
	lua_setfield(L, -2, "custom");

	/* stack: entry sources */
	lua_createtable(L, 0, TC_NFIG);
	for (int f = 0; f < TC_NFIG; f++)
		if (tc_accel_has(a, f))
			set_source(L, tc_figure_name(f), &a->src[f]);
	lua_setfield(L, -2, "sources");
}

static void push_region(lua_State *L, const tc_region *r)
{
	luaL_checkstack(L, 4, "region entry");
	lua_createtable(L, 0, 10);
	set_string(L, "key", r->key);
	set_string(L, "name", r->name);
	set_number(L, "usd_per_kwh", r->usd_per_kwh);
	set_number(L, "kg_co2e_per_kwh", r->kg_co2e_per_kwh);
	set_string(L, "carbon_basis", r->carbon_basis);
	set_number(L, "market_kg_co2e_per_kwh", r->market_kg_co2e_per_kwh);
	set_string(L, "market_basis", r->market_basis);
	set_number(L, "wue_l_per_kwh", r->wue_l_per_kwh);
	set_number(L, "grid_water_l_per_kwh", r->grid_water_l_per_kwh);
	lua_createtable(L, 0, 2);
	if (!isnan(r->usd_per_kwh))
		set_source(L, "price", &r->price);
	if (!isnan(r->kg_co2e_per_kwh))
		set_source(L, "carbon", &r->carbon);
	if (!isnan(r->market_kg_co2e_per_kwh))
		set_source(L, "market", &r->market);
	if (!isnan(r->wue_l_per_kwh))
		set_source(L, "wue", &r->wue);
	if (!isnan(r->grid_water_l_per_kwh))
		set_source(L, "grid_water", &r->grid_water);
	lua_setfield(L, -2, "sources");
}

/* ---- list, get, precisions, version, regions, region ------------------ */

static int tcost_catalog_list(lua_State *L)
{
	int n = tc_catalog_count();
	lua_createtable(L, n, 0);
	for (int i = 0; i < n; i++) {
		push_entry(L, tc_catalog_at(i), 0);
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

/* get(name) -> entry | nil, message */
static int tcost_catalog_get(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	const tc_accel *a = tc_catalog_find(name);
	if (a) {
		push_entry(L, a, 0);
		return 1;
	}
	const char *hint = tc_catalog_suggest(name);
	lua_pushnil(L);
	if (hint)
		lua_pushfstring(L, "unknown accelerator '%s'; did you mean '%s'?", name, hint);
	else
		lua_pushfstring(L, "unknown accelerator '%s'", name);
	return 2;
}

static int tcost_catalog_precisions(lua_State *L)
{
	lua_createtable(L, TC_NPREC, 0);
	for (int p = 0; p < TC_NPREC; p++) {
		lua_pushstring(L, tc_precision_name(p));
		lua_rawseti(L, -2, p + 1);
	}
	return 1;
}

/* version() -> the as-of date of the newest built-in figure (accelerators
 * and regions), or "unknown" */
static int tcost_catalog_version(lua_State *L)
{
	const char *v = tc_date_newer(tc_catalog_version(), tc_regions_version());
	lua_pushstring(L, v ? v : "unknown");
	return 1;
}

/* same_name(a, b) -> whether a and b are one name under names.h's loose
 * equality (case, ' ', '-' and '_' ignored), as every C lookup compares. */
static int tcost_catalog_same_name(lua_State *L)
{
	lua_pushboolean(L, tc_name_equal(luaL_checkstring(L, 1), luaL_checkstring(L, 2)));
	return 1;
}

/* nearest(word, candidates) -> the candidate (a string of the array) nearest
 * to word when it is a plausible typo, else nil: "did you mean" for the Lua
 * side, by the same rule as every C lookup (names.h). Candidates that are not
 * strings are skipped; ties keep the first, so the caller's order decides. */
static int tcost_catalog_nearest(lua_State *L)
{
	const char *word = luaL_checkstring(L, 1);
	luaL_checktype(L, 2, LUA_TTABLE);
	lua_Integer n = luaL_len(L, 2);
	tc_name_best best = TC_NAME_BEST_INIT;
	int at = 0;
	for (lua_Integer i = 1; i <= n; i++) {
		if (lua_rawgeti(L, 2, i) == LUA_TSTRING) {
			const tc_name_best before = best;
			tc_name_consider(&best, word, lua_tostring(L, -1));
			if (best.best != before.best)
				at = (int)i;
		}
		lua_pop(L, 1); /* the string stays alive in the table */
	}
	if (!tc_name_pick(&best, word))
		return 0;
	lua_rawgeti(L, 2, at);
	return 1;
}

static int tcost_catalog_regions(lua_State *L)
{
	int n = tc_region_count();
	lua_createtable(L, n, 0);
	for (int i = 0; i < n; i++) {
		push_region(L, tc_region_at(i));
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

/* region(key) -> region | nil, message with a guess and the known keys */
static int tcost_catalog_region(lua_State *L)
{
	const char *key = luaL_checkstring(L, 1);
	const tc_region *r = tc_region_find(key);
	if (r) {
		push_region(L, r);
		return 1;
	}
	lua_pushnil(L);
	const tc_region *guess = tc_region_suggest(key);
	if (guess) {
		lua_pushfstring(L, "unknown region '%s' (did you mean '%s'?)", key, guess->key);
		return 2;
	}
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	lua_pushfstring(L, "unknown region '%s'; known: ", key);
	luaL_addvalue(&b);
	for (int i = 0; i < tc_region_count(); i++) {
		if (i > 0)
			luaL_addstring(&b, ", ");
		luaL_addstring(&b, tc_region_at(i)->key);
	}
	luaL_pushresult(&b);
	return 2;
}

/* ---- prices ----------------------------------------------------------- */

/* stack: -> obs (a new table) */
static void push_price(lua_State *L, const tc_price *p)
{
	const tc_accel *a = tc_catalog_find(p->accel);
	luaL_checkstack(L, 4, "price entry");
	lua_createtable(L, 0, 12);
	set_string(L, "accelerator", a ? a->name : p->accel);
	set_string(L, "key", p->accel);
	set_string(L, "date", p->date);
	set_string(L, "kind", p->kind == TC_PRICE_RENT ? "rent" : "purchase");
	set_string(L, "class", tc_price_class_name(p->pclass));
	if (p->kind == TC_PRICE_RENT)
		set_string(L, "commitment", tc_commitment_name(p->commitment));
	else
		set_string(L, "scope", tc_scope_name(p->scope));
	set_string(L, "provider", p->provider);
	set_number(L, "usd", p->usd);
	set_string(L, "region", p->region);
	set_string(L, "note", p->note);
	set_source(L, "source", &p->src);
}

/* prices([name]) -> list of observations (all, or one accelerator's) |
 * nil, message for an unknown accelerator */
static int tcost_catalog_prices(lua_State *L)
{
	const tc_accel *a = NULL;
	if (!lua_isnoneornil(L, 1)) {
		const char *name = luaL_checkstring(L, 1);
		a = tc_catalog_find(name);
		if (!a) {
			lua_pushnil(L);
			lua_pushfstring(L, "unknown accelerator '%s'", name);
			return 2;
		}
	}
	lua_newtable(L);
	lua_Integer n = 0;
	for (int i = 0; i < tc_price_count(); i++) {
		const tc_price *p = tc_price_at(i);
		if (a && strcmp(p->accel, a->key) != 0)
			continue;
		push_price(L, p);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* ---- custom accelerators ---------------------------------------------- */
/* custom(tbl) shapes a definition that lang/hw.lua has checked against
 * lang/api.lua's M.HW. Validation (fields, kinds, ranges, messages naming the
 * scenario's file and line) is the language's; this part only reads the
 * checked table, and what it cannot read is a caller's bug, raised as such. */

/* stack: ... -> ... (tbl[field], of Lua type want or absent, left pushed) */
static int get_checked(lua_State *L, const char *field, int want)
{
	lua_pushstring(L, field);
	int t = lua_rawget(L, 1); /* plain data: no metamethods */
	if (t != want && t != LUA_TNIL)
		luaL_error(L, "custom: field '%s' is a %s, not a %s: check the table with lang/hw.lua first", field,
		           lua_typename(L, t), lua_typename(L, want));
	return t != LUA_TNIL;
}

/* The string stays alive after the pop: the argument table holds it. */
static const char *opt_string(lua_State *L, const char *field)
{
	const char *s = get_checked(L, field, LUA_TSTRING) ? lua_tostring(L, -1) : NULL;
	lua_pop(L, 1);
	return s;
}

static double opt_number(lua_State *L, int t, const char *field)
{
	double v = NAN;
	lua_pushstring(L, field);
	int type = lua_rawget(L, t);
	if (type == LUA_TNUMBER)
		v = lua_tonumber(L, -1);
	else if (type != LUA_TNIL)
		luaL_error(L, "custom: field '%s' is not a number: check the table with lang/hw.lua first", field);
	lua_pop(L, 1);
	return v;
}

/* A key users could type: the name in lower case, blanks and '_' as '-'.
 * stack: ... -> ... key */
static const char *push_key(lua_State *L, const char *name)
{
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	for (const char *s = name; *s; s++) {
		char c = *s;
		if (c == ' ' || c == '_')
			c = '-';
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		luaL_addchar(&b, c);
	}
	luaL_pushresult(&b);
	return lua_tostring(L, -1);
}

/* Fills a from the checked table at index 1; every figure's source is the
 * definition's (or "user-defined"), status U, no date. stack: tbl -> tbl key */
static void read_custom(lua_State *L, tc_accel *a)
{
	const struct { const char *field; double *to; } figs[] = {
		{"memory_gb", &a->memory_gb}, {"memory_bw_gbs", &a->memory_bw_gbs}, {"link_gbs", &a->link_gbs},
		{"tdp_w", &a->tdp_w}, {"price_usd", &a->price_usd}, {"rent_usd_per_hour", &a->rent_usd_per_hour},
	};
	memset(a, 0, sizeof *a);
	a->name = opt_string(L, "name");
	if (!a->name)
		luaL_error(L, "custom: the table has no name: check it with lang/hw.lua first");
	a->vendor = opt_string(L, "vendor");
	a->note = opt_string(L, "note");
	const char *source = opt_string(L, "source");
	double year = opt_number(L, 1, "year");
	if (!isnan(year) && !(year >= 1 && year <= 9999 && year == floor(year)))
		luaL_error(L, "custom: field 'year' is not a checked year");
	a->year = isnan(year) ? 0 : (int)year;
	for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++)
		*figs[i].to = opt_number(L, 1, figs[i].field);
	for (int p = 0; p < TC_NPREC; p++)
		a->tflops[p] = a->sparse[p] = NAN;
	if (get_checked(L, "tflops", LUA_TTABLE))
		for (int p = 0; p < TC_NPREC; p++)
			a->tflops[p] = opt_number(L, lua_gettop(L), tc_precision_name(p));
	lua_pop(L, 1);
	a->embodied_kg = NAN;
	for (int f = 0; f < TC_NFIG; f++)
		a->src[f] = (tc_source){ source ? source : "user-defined", NULL, 'U' };
	a->key = push_key(L, a->name);
}

/* custom(tbl) -> the catalog entry of a checked custom accelerator */
static int tcost_catalog_custom(lua_State *L)
{
	tc_accel a;
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 1);
	read_custom(L, &a); /* stack: tbl key */
	push_entry(L, &a, 1); /* stack: tbl key entry */
	lua_newtable(L);     /* stack: tbl key entry aliases */
	if (get_checked(L, "aliases", LUA_TTABLE)) {
		lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
		for (lua_Integer i = 1; i <= n; i++) {
			lua_rawgeti(L, -1, i);
			lua_rawseti(L, -3, i);
		}
	}
	lua_pop(L, 1);
	lua_setfield(L, -2, "aliases");
	return 1;
}

static const luaL_Reg catalog_funcs[] = {
	{"list", tcost_catalog_list},
	{"get", tcost_catalog_get},
	{"precisions", tcost_catalog_precisions},
	{"version", tcost_catalog_version},
	{"nearest", tcost_catalog_nearest},
	{"same_name", tcost_catalog_same_name},
	{"regions", tcost_catalog_regions},
	{"region", tcost_catalog_region},
	{"prices", tcost_catalog_prices},
	{"custom", tcost_catalog_custom},
	{NULL, NULL}
};

/* The module table of "tcost.c.catalog". */
int luaopen_tcost_catalog(lua_State *L)
{
	luaL_newlib(L, catalog_funcs);
	return 1;
}
