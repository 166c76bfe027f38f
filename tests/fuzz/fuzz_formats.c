/* fuzz_formats.c: every built-in format's writer on random result structures
 * (built from the input bytes by tests/fuzz/formats.lua), which must yield
 * JSON that parses back, RFC 4180 CSV and well-formed XML for HTML and SVG.
 * The Lua side raises on invalid output; that raise is the finding.
 *
 * The formats are Lua, which libFuzzer's compile-time coverage cannot see,
 * so a line hook feeds Lua line-to-line transitions (AFL-style edges over
 * chunk name and line) into libFuzzer's extra counters. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "budget.h"
#include "host.h"

static tc_limits lim;

/* libFuzzer reads this section after every input as extra coverage. */
__attribute__((section("__libfuzzer_extra_counters"), used))
static uint8_t lua_edges[1 << 16];
static uint32_t prev_loc;

static void line_hook(lua_State *L, lua_Debug *ar)
{
	uint32_t h = 2166136261u;
	if (!lua_getinfo(L, "S", ar))
		return;
	for (const char *p = ar->source; *p; p++)
		h = (h ^ (uint8_t)*p) * 16777619u;
	uint32_t loc = (h ^ (uint32_t)ar->currentline * 2654435761u) & 0xffff;
	lua_edges[(loc ^ prev_loc) & 0xffff]++;
	prev_loc = loc >> 1;
}

/* check(bytes): sets up the library as main does, then runs formats.lua */
static int check(lua_State *L)
{
	tc_host_setup(L, &lim, NULL);
	prev_loc = 0;
	lua_sethook(L, line_hook, LUA_MASKLINE, 0);
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
	if (tc_host_docall(L, 1, 0) != LUA_OK && !lim.hit) {
		fprintf(stderr, "format check failed: %s\n", lua_tostring(L, -1));
		abort();
	}
	lua_close(L);
	return 0;
}
