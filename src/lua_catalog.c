/* lua_catalog.c: the Lua module "tcost.c.catalog": the built-in accelerator
 * catalog and electricity regions as fresh Lua tables, and validate(), which
 * checks a user-defined accelerator and returns it in the same shape.
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

#define MAX_ALIASES 64 /* a custom accelerator's aliases; bounds the loop */

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

static void push_accel(lua_State *L, const tc_accel *a)
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
	if (!isnan(a->price_usd)) {
		lua_pushboolean(L, a->price_includes_server);
		lua_setfield(L, -2, "price_includes_server");
	}
	set_number(L, "rent_usd_per_hour", a->rent_usd_per_hour);
	set_number(L, "embodied_kg", a->embodied_kg);
	set_string(L, "note", a->note);
	lua_pushboolean(L, 0);
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
	lua_createtable(L, 0, 8);
	set_string(L, "key", r->key);
	set_string(L, "name", r->name);
	set_number(L, "usd_per_kwh", r->usd_per_kwh);
	set_number(L, "kg_co2e_per_kwh", r->kg_co2e_per_kwh);
	set_number(L, "market_kg_co2e_per_kwh", r->market_kg_co2e_per_kwh);
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
		push_accel(L, tc_catalog_at(i));
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
		push_accel(L, a);
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

/* region(key) -> region | nil, message listing the known keys */
static int tcost_catalog_region(lua_State *L)
{
	const char *key = luaL_checkstring(L, 1);
	const tc_region *r = tc_region_find(key);
	if (r) {
		push_region(L, r);
		return 1;
	}
	luaL_Buffer b;
	lua_pushnil(L);
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

/* ---- validate --------------------------------------------------------- */

/* The fields a custom accelerator may have, in the order they are checked. */
static const char *const custom_fields[] = {
	"name", "vendor", "year", "memory_gb", "memory_bw_gbs", "link_gbs", "tdp_w",
	"tflops", "price_usd", "rent_usd_per_hour", "note", "source", "aliases"
};
#define NCUSTOM (sizeof custom_fields / sizeof custom_fields[0])

/* What the user gave, for messages: a number as %g, NaN always "nan",
 * anything else by its type name. */
static const char *describe(lua_State *L, int idx, char *buf, size_t len)
{
	if (lua_type(L, idx) != LUA_TNUMBER)
		return luaL_typename(L, idx);
	double v = lua_tonumber(L, idx);
	if (isnan(v))
		return "nan";
	snprintf(buf, len, "%g", v);
	return buf;
}

/* Raises "custom accelerator 'X': <msg>"; X is the name when it is usable. */
static int custom_error(lua_State *L, const char *msg)
{
	lua_pushliteral(L, "name");
	lua_rawget(L, 1);
	const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
	if (name && *name)
		return luaL_error(L, "custom accelerator '%s': %s", name, msg);
	return luaL_error(L, "custom accelerator: %s", msg);
}

/* Pushes tbl[field] without metamethods: a definition is plain data. */
static int get_raw(lua_State *L, int t, const char *field)
{
	lua_pushstring(L, field);
	return lua_rawget(L, t);
}

/* Unknown or non-string keys. The smallest offender is reported so the
 * message does not depend on pairs() order. */
static void check_known_fields(lua_State *L)
{
	const char *unknown = NULL, *badtype = NULL;
	lua_pushnil(L);
	while (lua_next(L, 1)) { /* stack: tbl ... key value */
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING) {
			const char *tn = luaL_typename(L, -1);
			if (!badtype || strcmp(tn, badtype) < 0)
				badtype = tn;
			continue;
		}
		const char *k = lua_tostring(L, -1); /* stays alive: the table holds it */
		size_t i = 0;
		while (i < NCUSTOM && strcmp(k, custom_fields[i]) != 0)
			i++;
		if (i == NCUSTOM && (!unknown || strcmp(k, unknown) < 0))
			unknown = k;
	}
	char msg[200];
	if (badtype) {
		snprintf(msg, sizeof msg, "keys must be field names like name = ... (found a %s key)", badtype);
		custom_error(L, msg);
	}
	if (unknown) {
		const char *hint = tc_name_nearest(unknown, custom_fields, NCUSTOM);
		lua_pushfstring(L, "unknown field '%s'", unknown);
		if (hint)
			lua_pushfstring(L, " (did you mean '%s'?)", hint);
		else
			lua_pushliteral(L, "");
		lua_concat(L, 2);
		custom_error(L, lua_tostring(L, -1));
	}
}

/* Checks an optional (or required) number field: finite and > 0. Returns
 * NAN when absent. whole requires an integer value (the year). */
static double check_number(lua_State *L, const char *field, int required, int whole)
{
	char buf[64], msg[160];
	int t = get_raw(L, 1, field);
	double v = NAN;
	if (t == LUA_TNIL && !required) {
		lua_pop(L, 1);
		return NAN;
	}
	if (t == LUA_TNUMBER)
		v = lua_tonumber(L, -1);
	if (t != LUA_TNUMBER || !isfinite(v) || !(v > 0) || (whole && v != floor(v))) {
		snprintf(msg, sizeof msg, "field '%s' must be a %s > 0 (got %s)", field,
		         whole ? "whole number" : "finite number", describe(L, -1, buf, sizeof buf));
		custom_error(L, msg);
	}
	lua_pop(L, 1);
	return v;
}

/* Leaves the string (or nil when absent and optional) on the stack. */
static const char *check_string(lua_State *L, const char *field, int required)
{
	char msg[160];
	int t = get_raw(L, 1, field);
	if (t == LUA_TNIL && !required)
		return NULL;
	if (t != LUA_TSTRING || lua_rawlen(L, -1) == 0) {
		snprintf(msg, sizeof msg, "field '%s' must be a non-empty string (got %s)", field,
		         t == LUA_TSTRING ? "an empty string" : luaL_typename(L, -1));
		custom_error(L, msg);
	}
	return lua_tostring(L, -1);
}

/* Writes "fp64, fp64_tensor, ..., fp4" (the catalog's own list, for
 * messages) into buf and returns it. No static buffer: states run on
 * several threads. */
static const char *known_precisions(char *buf, size_t len)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int p = 0; p < TC_NPREC && n < len; p++)
		n += (size_t)snprintf(buf + n, len - n, "%s%s", p ? ", " : "", tc_precision_name(p));
	return buf;
}

/* stack: ... -> ... tflops (a new table of the present precisions) */
static void check_tflops(lua_State *L)
{
	char buf[64], msg[256], known[96];
	if (get_raw(L, 1, "tflops") != LUA_TTABLE) {
		snprintf(msg, sizeof msg, "field 'tflops' must be a table such as { bf16 = 989 } (got %s)",
		         luaL_typename(L, -1));
		custom_error(L, msg);
	}
	int src = lua_gettop(L);
	const char *unknown = NULL;
	lua_pushnil(L);
	while (lua_next(L, src)) { /* stack: ... src key value */
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING) {
			snprintf(msg, sizeof msg, "field 'tflops' must be keyed by precision names "
			         "such as bf16 (found a %s key)", luaL_typename(L, -1));
			custom_error(L, msg);
		}
		const char *k = lua_tostring(L, -1);
		if (tc_precision_find(k) < 0 && (!unknown || strcmp(k, unknown) < 0))
			unknown = k;
	}
	if (unknown) {
		const char *cand[TC_NPREC];
		for (int p = 0; p < TC_NPREC; p++)
			cand[p] = tc_precision_name(p);
		const char *hint = tc_name_nearest(unknown, cand, TC_NPREC);
		snprintf(msg, sizeof msg, "unknown precision '%s' in field 'tflops'%s%s%s (known: %s)",
		         unknown, hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "",
		         known_precisions(known, sizeof known));
		custom_error(L, msg);
	}
	lua_createtable(L, 0, TC_NPREC); /* stack: ... src out */
	int n = 0;
	for (int p = 0; p < TC_NPREC; p++) {
		const char *pn = tc_precision_name(p);
		if (get_raw(L, src, pn) == LUA_TNIL) {
			lua_pop(L, 1);
			continue;
		}
		double v = lua_tonumber(L, -1);
		if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(v) || !(v > 0)) {
			snprintf(msg, sizeof msg, "field 'tflops.%s' must be a finite number > 0 (got %s)",
			         pn, describe(L, -1, buf, sizeof buf));
			custom_error(L, msg);
		}
		lua_setfield(L, -2, pn);
		n++;
	}
	if (n == 0)
	{
		snprintf(msg, sizeof msg, "field 'tflops' must give at least one precision (%s)",
		         known_precisions(known, sizeof known));
		custom_error(L, msg);
	}
	lua_remove(L, src);
}

/* stack: ... -> ... aliases (a new list, possibly empty) */
static void check_aliases(lua_State *L)
{
	const char *msg = "field 'aliases' must be a list of non-empty strings";
	int t = get_raw(L, 1, "aliases");
	lua_createtable(L, 0, 0);
	if (t == LUA_TNIL) {
		lua_remove(L, -2);
		return;
	}
	if (t != LUA_TTABLE)
		custom_error(L, msg);
	int src = lua_gettop(L) - 1;
	lua_Integer n = 0;
	lua_pushnil(L);
	while (lua_next(L, src)) { /* count keys: a list has exactly 1..n */
		lua_pop(L, 1);
		if (++n > MAX_ALIASES)
			custom_error(L, "field 'aliases' has too many entries (at most 64)");
	}
	if ((lua_Integer)lua_rawlen(L, src) != n)
		custom_error(L, msg);
	for (lua_Integer i = 1; i <= n; i++) {
		if (lua_rawgeti(L, src, i) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
			custom_error(L, msg);
		lua_rawseti(L, -2, i);
	}
	lua_remove(L, src);
}

/* A key users could type: the name in lower case, blanks and '_' as '-'. */
static void push_key(lua_State *L, const char *name)
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
}

/* stack: ... out -> ... out (with a U source for each figure present) */
static void set_custom_sources(lua_State *L, const char *source)
{
	static const struct { const char *group, *field; } figs[] = {
		{"year", "year"}, {"memory", "memory_gb"}, {"bandwidth", "memory_bw_gbs"},
		{"link", "link_gbs"}, {"tdp", "tdp_w"}, {"tflops", "tflops"},
		{"price", "price_usd"}, {"rent", "rent_usd_per_hour"},
	};
	tc_source s = { source ? source : "user-defined", NULL, 'U' };
	lua_createtable(L, 0, 8); /* stack: ... out sources */
	for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++) {
		int present = lua_getfield(L, -2, figs[i].field) != LUA_TNIL;
		lua_pop(L, 1);
		if (present)
			set_source(L, figs[i].group, &s);
	}
	lua_setfield(L, -2, "sources");
}

/* validate(tbl) -> a normalized entry with custom = true, or an error */
static int tcost_catalog_validate(lua_State *L)
{
	static const char *const numbers[] = {
		"memory_gb", "memory_bw_gbs", "link_gbs", "tdp_w", "price_usd", "rent_usd_per_hour"
	};
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 1);
	luaL_checkstack(L, 12, "validate");
	check_known_fields(L);

	const char *name = check_string(L, "name", 1);   /* stack: tbl name */
	const char *vendor = check_string(L, "vendor", 0);
	lua_pop(L, 1);
	const char *note = check_string(L, "note", 0);
	lua_pop(L, 1);
	const char *source = check_string(L, "source", 0);
	lua_pop(L, 1);
	/* The popped strings stay alive: the argument table still holds them. */
	double year = check_number(L, "year", 0, 1);
	double num[sizeof numbers / sizeof numbers[0]];
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		num[i] = check_number(L, numbers[i], strcmp(numbers[i], "tdp_w") == 0, 0);

	lua_createtable(L, 0, 18); /* stack: tbl name out */
	lua_pushvalue(L, 2);
	lua_setfield(L, -2, "name");
	push_key(L, name);
	lua_setfield(L, -2, "key");
	check_aliases(L);
	lua_setfield(L, -2, "aliases");
	set_string(L, "vendor", vendor);
	if (!isnan(year)) {
		lua_Integer y;
		if (lua_numbertointeger(year, &y)) /* as built-in years are */
			lua_pushinteger(L, y);
		else
			lua_pushnumber(L, year);
		lua_setfield(L, -2, "year");
	}
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		set_number(L, numbers[i], num[i]);
	check_tflops(L);
	lua_setfield(L, -2, "tflops");
	set_string(L, "note", note);
	lua_pushboolean(L, 1);
	lua_setfield(L, -2, "custom");
	set_custom_sources(L, source);
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
	{"validate", tcost_catalog_validate},
	{NULL, NULL}
};

/* The module table of "tcost.c.catalog". */
int luaopen_tcost_catalog(lua_State *L)
{
	luaL_newlib(L, catalog_funcs);
	return 1;
}
