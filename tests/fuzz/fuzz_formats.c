/* fuzz_formats.c: every built-in format's writer on random result structures
 * (built from the input bytes by tests/fuzz/formats.lua), which must yield
 * JSON that parses back, RFC 4180 CSV and well-formed XML for HTML and SVG.
 * The Lua side raises on invalid output; that raise is the finding.
 *
 * The formats are Lua: lua_cov.h gives libFuzzer their line coverage. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "budget.h"
#include "host.h"
#include "lua_cov.h"

static tc_limits lim;

/* check(bytes): sets up the library as main does, then runs formats.lua */
static int check(lua_State *L)
{
	tc_host_setup(L, &lim, NULL);
	lua_cov_attach(L);
	if (luaL_loadfilex(L, "tests/fuzz/formats.lua", "t") != LUA_OK)
		return lua_error(L);
	lua_pushvalue(L, 1);
	lua_call(L, 1, 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	memset(&lim, 0, sizeof lim);
	lim.mem_limit = (size_t)256 << 20;
	lim.time_limit = 30;
	lua_State *L = lua_newstate(tc_limits_alloc, &lim);
	if (!L)
		abort();
	lua_pushcfunction(L, check);
	lua_pushlstring(L, (const char *)data, size);
	/* A result built from at most a few KB of input renders in well under
	 * the memory limit: hitting it means a format ran away (a loop that never
	 * ends and keeps appending), so it is a finding too. */
	if (tc_host_docall(L, 1, 0) != LUA_OK) {
		fprintf(stderr, "format check failed: %s\n", lim.hit ? tc_limits_message(&lim) : lua_tostring(L, -1));
		abort();
	}
	lua_close(L);
	tc_limits_release(&lim);
	return 0;
}
