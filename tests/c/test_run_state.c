/* test_run_state.c: a run's data lives in its Lua state or is passed in,
 * never in a process global, so a process that runs several states (a
 * fuzzer calling tc_main again and again, two states side by side) starts
 * each one clean. Each test below failed when budget.c kept the hook's budget
 * and the limit message in statics and outfile.c kept the inputs of "the"
 * run in a static list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "check.h"
#include "budget.h"
#include "host.h"
#include "outfile.h"

/* Two budgets, two messages: the text of one is not overwritten by the other. */
static void limit_messages_are_per_budget(void)
{
	tc_limits mem = {0}, time = {0};
	mem.mem_limit = (size_t)64 << 20;
	mem.hit = TC_HIT_MEMORY;
	time.time_limit = 5;
	time.hit = TC_HIT_TIME;
	const char *m = tc_limits_message(&mem);
	const char *t = tc_limits_message(&time);
	CHECK_STR(m, "memory limit of 64 MiB reached (raise it with --memory-limit)");
	CHECK_STR(t, "time limit of 5 s reached (raise it with --time-limit)");
}

/* Runs a bounded loop in L; returns the error text, or NULL when it finished. */
static const char *run_loop(lua_State *L)
{
	/* 2e6 iterations: some thousands of count-hook calls, well under a second */
	if (luaL_loadstring(L, "local n = 0 for i = 1, 2e6 do n = n + i end return n") != LUA_OK)
		return lua_tostring(L, -1);
	if (lua_pcall(L, 0, 1, 0) != LUA_OK)
		return lua_tostring(L, -1);
	return NULL;
}

/* The count hook reads the budget of the state it runs in: arming a second
 * state afterwards does not hand the first one the second one's clock. */
static void hook_uses_its_own_state_budget(void)
{
	tc_limits spent = {0}, fresh = {0};
	spent.mem_limit = fresh.mem_limit = (size_t)64 << 20;
	spent.time_limit = 0;     /* the deadline is now: the first hook call is past it */
	fresh.time_limit = 3600;  /* a generous bound: never reached by this test */
	lua_State *a = lua_newstate(tc_limits_alloc, &spent);
	lua_State *b = lua_newstate(tc_limits_alloc, &fresh);
	CHECK(a && b);
	setenv("TCOST_NO_ALARM", "1", 1); /* the count hook alone: no SIGALRM in a unit test */
	tc_limits_arm(&spent, a);
	tc_limits_arm(&fresh, b); /* armed last: a global "armed" budget would now be b's */
	const char *err = run_loop(a);
	int hit_a = spent.hit;
	const char *ok = run_loop(b);
	unsetenv("TCOST_NO_ALARM");
	CHECK_HAS(err, "time limit of 0 s reached");
	CHECK(hit_a == TC_HIT_TIME);
	CHECK(ok == NULL);
	CHECK(fresh.hit == TC_HIT_NONE);
	lua_close(a);
	lua_close(b);
	tc_limits_release(&spent);
	tc_limits_release(&fresh);
}

/* tc_outfile_write refuses exactly the inputs it is given, and remembers
 * nothing between calls. */
static void outfile_inputs_are_passed(void)
{
	char dir[] = "/tmp/tcost-test-XXXXXX", path[64], err[256];
	struct stat st;
	CHECK(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/in.lua", dir);
	CHECK(tc_outfile_write(path, "x = 1\n", 6, NULL, 0, err, sizeof err) == 0);
	CHECK(stat(path, &st) == 0);
	tc_file_id id = { st.st_dev, st.st_ino };
	tc_outfile_inputs in = { &id, 1 };
	CHECK(tc_outfile_write(path, "gone", 4, &in, 0, err, sizeof err) == -1);
	CHECK_HAS(err, "it is an input of this run");
	CHECK(tc_outfile_write(path, "y = 2\n", 6, NULL, 0, err, sizeof err) == 0); /* another run: no inputs */
	CHECK(unlink(path) == 0);
	CHECK(rmdir(dir) == 0); /* no temporary file left behind either */
}

/* A file read through tcost.c.host in one state is an input of that state's
 * run only: another state may write it. */
static void host_inputs_live_in_the_state(void)
{
	char dir[] = "/tmp/tcost-test-XXXXXX", path[64], chunk[256];
	tc_limits la = {0}, lb = {0};
	la.mem_limit = lb.mem_limit = (size_t)64 << 20;
	CHECK(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/s.lua", dir);
	FILE *f = fopen(path, "w");
	CHECK(f);
	fputs("return 1\n", f);
	fclose(f);
	lua_State *a = lua_newstate(tc_limits_alloc, &la);
	lua_State *b = lua_newstate(tc_limits_alloc, &lb);
	CHECK(a && b);
	luaL_requiref(a, "host", luaopen_tcost_host, 1);
	luaL_requiref(b, "host", luaopen_tcost_host, 1);
	snprintf(chunk, sizeof chunk, "local s = host.read_file('%s') return host.write('%s', 'return 2\\n')", path, path);
	CHECK(luaL_dostring(a, chunk) == LUA_OK);
	CHECK(lua_gettop(a) == 3 && lua_isnil(a, -2)); /* a read it: a refuses */
	CHECK_HAS(lua_tostring(a, -1), "it is an input of this run");
	snprintf(chunk, sizeof chunk, "return host.write('%s', 'return 3\\n')", path);
	CHECK(luaL_dostring(b, chunk) == LUA_OK);
	CHECK(lua_toboolean(b, -1)); /* b never read it */
	lua_close(a);
	lua_close(b);
	tc_limits_release(&la);
	tc_limits_release(&lb);
	CHECK(unlink(path) == 0);
	CHECK(rmdir(dir) == 0);
}

static const tc_test tests[] = {
	{"limit_messages_are_per_budget", limit_messages_are_per_budget},
	{"hook_uses_its_own_state_budget", hook_uses_its_own_state_budget},
	{"outfile_inputs_are_passed", outfile_inputs_are_passed},
	{"host_inputs_live_in_the_state", host_inputs_live_in_the_state},
	{NULL, NULL}
};

const tc_suite suite_run_state = {"run_state", tests};
