/* lua_prim.c: the Lua module tcost.c.prim: one function per row of the
 * primitive table (prim.h), generated from the table, plus list().
 *
 * Called with numbers, a primitive checks them (tc_prim_check) and returns
 * the worker's number. Called with at least one uncertain value, it returns
 * a node of the Monte Carlo graph (lua_mc.c) and the same check runs on every
 * sample. What is not here: the primitives themselves (prim.c). */
#include "lua_mc.h"

#include <lauxlib.h>
#include <string.h>

/* Upvalue 1: the primitive's index in the table. */
static int prim_call(lua_State *L)
{
	const tc_prim *p = tc_prim_at((int)lua_tointeger(L, lua_upvalueindex(1)));
	int n = lua_gettop(L), anynode = 0;
	double a[TC_PRIM_MAXARGS];
	char err[256];
	if (n != p->nargs) {
		luaL_Buffer b;
		luaL_buffinit(L, &b);
		for (int k = 0; k < p->nargs; k++) {
			if (k)
				luaL_addstring(&b, ", ");
			luaL_addstring(&b, p->argname[k]);
		}
		luaL_pushresult(&b);
		return luaL_error(L, "%s: expects %d argument%s (%s), got %d", p->name, p->nargs,
		                  p->nargs == 1 ? "" : "s", lua_tostring(L, -1), n);
	}
	for (int k = 1; k <= n; k++)
		anynode |= tcost_mc_isnode(L, k);
	if (anynode) {
		tcost_mc_pushprim(L, p, 1);
		return 1;
	}
	for (int k = 0; k < n; k++)
		a[k] = luaL_checknumber(L, k + 1);
	if (tc_prim_check(p, a, err, sizeof err))
		return luaL_error(L, "%s", err);
	lua_pushnumber(L, p->fn(a));
	return 1;
}

/* list() -> { {name=, group=, args={...}, doc=}, ... } in table order. */
static int prim_list(lua_State *L)
{
	int n = tc_prim_count();
	lua_createtable(L, n, 0);
	for (int i = 0; i < n; i++) {
		const tc_prim *p = tc_prim_at(i);
		luaL_checkstack(L, 4, NULL);
		lua_createtable(L, 0, 4); /* stack: list entry */
		lua_pushstring(L, p->name);
		lua_setfield(L, -2, "name");
		lua_pushstring(L, p->group);
		lua_setfield(L, -2, "group");
		lua_pushstring(L, p->doc);
		lua_setfield(L, -2, "doc");
		lua_createtable(L, p->nargs, 0);
		for (int k = 0; k < p->nargs; k++) {
			lua_pushstring(L, p->argname[k]);
			lua_rawseti(L, -2, k + 1);
		}
		lua_setfield(L, -2, "args");
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

int luaopen_tcost_prim(lua_State *L)
{
	int n = tc_prim_count();
	lua_createtable(L, 0, n + 1);
	for (int i = 0; i < n; i++) {
		luaL_checkstack(L, 2, NULL);
		lua_pushinteger(L, i);
		lua_pushcclosure(L, prim_call, 1);
		lua_setfield(L, -2, tc_prim_at(i)->name);
	}
	lua_pushcfunction(L, prim_list);
	lua_setfield(L, -2, "list");
	return 1;
}
