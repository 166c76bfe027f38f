/* lua_cov.h: Lua-level coverage for libFuzzer. tcost's scenario language and
 * formats are Lua, which compile-time instrumentation cannot see, so a line
 * hook maps each transition between (chunk, line) pairs, AFL-style, onto a
 * counter in libFuzzer's extra-counters section, read after every input.
 *
 * Harnesses that own their Lua state call lua_cov_attach(L). Harnesses that
 * go through tc_main cannot reach the state, so they are linked with
 * -Wl,--wrap=lua_sethook (see tests/fuzz/build): every lua_sethook of the
 * product then installs one hook that counts lines and forwards the product's
 * own count events (the time budget) unchanged.
 * Include this in exactly one file per harness. */
#ifndef TCOST_FUZZ_LUA_COV_H
#define TCOST_FUZZ_LUA_COV_H

#include <stdint.h>

#include <lua.h>

__attribute__((section("__libfuzzer_extra_counters"), used))
static uint8_t lua_cov_edges[1 << 16];
static uint32_t lua_cov_prev;

static void lua_cov_line(lua_State *L, lua_Debug *ar)
{
	uint32_t h = 2166136261u;
	if (!lua_getinfo(L, "S", ar))
		return;
	for (const char *p = ar->source; *p; p++)
		h = (h ^ (uint8_t)*p) * 16777619u;
	uint32_t loc = (h ^ (uint32_t)ar->currentline * 2654435761u) & 0xffff;
	lua_cov_edges[(loc ^ lua_cov_prev) & 0xffff]++;
	lua_cov_prev = loc >> 1;
}

static lua_Hook lua_cov_product_hook;

static void lua_cov_hook(lua_State *L, lua_Debug *ar)
{
	if (ar->event == LUA_HOOKLINE)
		lua_cov_line(L, ar);
	else if (lua_cov_product_hook)
		lua_cov_product_hook(L, ar);
}

/* For harnesses with their own state: count lines from now on. */
static inline void lua_cov_attach(lua_State *L)
{
	lua_cov_prev = 0;
	lua_sethook(L, lua_cov_hook, LUA_MASKLINE, 0);
}

#ifdef LUA_COV_WRAP
void __real_lua_sethook(lua_State *L, lua_Hook f, int mask, int count);

void __wrap_lua_sethook(lua_State *L, lua_Hook f, int mask, int count)
{
	lua_cov_product_hook = f;
	__real_lua_sethook(L, lua_cov_hook, (f ? mask : 0) | LUA_MASKLINE, count);
}
#endif

#endif
