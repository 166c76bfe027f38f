/* lua_escape.c: tcost.c.escape, a format's escaping by a byte table in C
 * (escape.h): the formats build their escapers once and call them on every
 * piece of text, where Lua patterns with long bracket classes cost hundreds
 * of instructions a byte.
 *
 *   new(map [, run, run_rep]) -> esc
 *     map: { [byte] = replacement } for ASCII bytes (single-character string
 *     keys, replacements of at most 16 bytes); run: a string of the ASCII
 *     bytes whose runs collapse into one run_rep.
 *   esc(s) -> string   s as valid UTF-8, escaped (s itself when unchanged)
 */
#include <string.h>

#include <lauxlib.h>

#include "escape.h"
#include "host.h"

static int tcost_escape_apply(lua_State *L)
{
	const tc_escaper *e = lua_touserdata(L, lua_upvalueindex(1));
	size_t n;
	const char *s = luaL_checklstring(L, 1, &n);
	if (tc_escape_unchanged(e, s, n)) {
		lua_settop(L, 1);
		return 1;
	}
	if (n > ((size_t)-1 / 2) / e->max_out)
		return luaL_error(L, "escape: text too long");
	luaL_Buffer b;
	char *out = luaL_buffinitsize(L, &b, n * e->max_out);
	luaL_pushresultsize(&b, tc_escape(e, s, n, out));
	return 1;
}

/* Reads the map at index 1 into e. */
static void read_map(lua_State *L, tc_escaper *e)
{
	lua_pushnil(L);
	while (lua_next(L, 1)) { /* stack: ... key rep */
		size_t kn = 0, rn = 0;
		const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &kn) : NULL;
		const char *r = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &rn) : NULL;
		if (!k || kn != 1 || (unsigned char)k[0] >= 0x80) {
			luaL_argerror(L, 1, "keys must be single ASCII characters");
			return;
		}
		if (!r || rn > TC_ESCAPE_MAX_REP) {
			luaL_argerror(L, 1, "replacements must be strings of at most 16 bytes");
			return;
		}
		unsigned char c = (unsigned char)k[0];
		memcpy(e->rep[c], r, rn);
		e->rep_len[c] = (unsigned char)rn;
		e->has_rep[c] = 1;
		if (rn > e->max_out)
			e->max_out = rn;
		lua_pop(L, 1);
	}
}

/* new(map [, run, run_rep]): an escaper (see the header). */
static int tcost_escape_new(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	size_t runn = 0, repn = 0;
	const char *run = luaL_optlstring(L, 2, "", &runn);
	const char *rep = luaL_optlstring(L, 3, "", &repn);
	luaL_argcheck(L, repn <= TC_ESCAPE_MAX_REP, 3, "at most 16 bytes expected");
	lua_settop(L, 3);
	tc_escaper *e = lua_newuserdatauv(L, sizeof *e, 0); /* stack: map run rep e */
	memset(e, 0, sizeof *e);
	e->max_out = 3; /* U+FFFD for one bad byte */
	read_map(L, e);
	for (size_t i = 0; i < runn; i++) {
		unsigned char c = (unsigned char)run[i];
		luaL_argcheck(L, c < 0x80, 2, "ASCII bytes expected");
		e->in_run[c] = 1;
	}
	memcpy(e->run, rep, repn);
	e->run_len = (unsigned char)repn;
	if (repn > e->max_out)
		e->max_out = repn;
	lua_pushcclosure(L, tcost_escape_apply, 1);
	return 1;
}

static const luaL_Reg escape_funcs[] = {
	{"new", tcost_escape_new},
	{NULL, NULL}
};

int luaopen_tcost_escape(lua_State *L)
{
	luaL_newlib(L, escape_funcs);
	return 1;
}
