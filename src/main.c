/* main.c: tcost's entry point. main parses the command line, creates the
 * state with its memory budget and runs everything else inside one protected
 * call (pmain), so no Lua API call that can raise runs unprotected. What a
 * command does is decided by lib-lua/tcost/main.lua. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "cli.h"
#include "tcost.h"
#include "host.h"
#include "budget.h"
#include "outfile.h"

static void set_strings(lua_State *L, const char *field, const char **v, int n)
{
	lua_createtable(L, n, 0);
	for (int i = 0; i < n; i++) {
		lua_pushstring(L, v[i]);
		lua_rawseti(L, -2, i + 1);
	}
	lua_setfield(L, -2, field);
}

static void set_string(lua_State *L, const char *field, const char *v)
{
	if (v) {
		lua_pushstring(L, v);
		lua_setfield(L, -2, field);
	}
}

/* stack: -> args table */
static void push_args(lua_State *L, const tc_cli *cli)
{
	lua_newtable(L);
	set_string(L, "command", cli->command);
	set_strings(L, "files", cli->files, cli->nfiles);
	set_strings(L, "sets", cli->sets, cli->nsets);
	set_strings(L, "assumptions", cli->assumptions, cli->nassumptions);
	set_strings(L, "sets_a", cli->sets_a, cli->nsets_a);
	set_strings(L, "sets_b", cli->sets_b, cli->nsets_b);
	set_strings(L, "assumptions_a", cli->assumptions_a, cli->nassumptions_a);
	set_strings(L, "assumptions_b", cli->assumptions_b, cli->nassumptions_b);
	set_string(L, "format", cli->format);
	set_string(L, "output", cli->output);
	set_string(L, "chart", cli->chart);
	set_string(L, "export_samples", cli->export_samples);
	set_string(L, "date", cli->date);
	if (cli->samples >= 0) {
		lua_pushinteger(L, cli->samples);
		lua_setfield(L, -2, "samples");
	}
	if (cli->seed_given) {
		lua_pushinteger(L, (lua_Integer)cli->seed);
		lua_setfield(L, -2, "seed");
	}
	lua_pushboolean(L, cli->help);
	lua_setfield(L, -2, "help");
	lua_pushboolean(L, cli->no_color);
	lua_setfield(L, -2, "no_color");
	lua_pushboolean(L, cli->prices);
	lua_setfield(L, -2, "prices");
	lua_pushboolean(L, cli->regions);
	lua_setfield(L, -2, "regions");
	lua_pushboolean(L, cli->strict);
	lua_setfield(L, -2, "strict");
	lua_pushnumber(L, cli->time_limit);
	lua_setfield(L, -2, "time_limit");
	lua_pushinteger(L, (lua_Integer)(cli->memory_limit >> 20));
	lua_setfield(L, -2, "memory_limit_mib");
}

static const char *lib_dir(const tc_cli *cli)
{
	const char *env = getenv("TCOST_LIB");
	if (cli->lib)
		return cli->lib;
	return env && *env ? env : NULL;
}

/* pmain(cli, limits) -> exit code */
static int pmain(lua_State *L)
{
	const tc_cli *cli = lua_touserdata(L, 1);
	tc_limits *lim = lua_touserdata(L, 2);

	tc_host_setup(L, lim, lib_dir(cli));
	tc_limits_arm(lim, L);
#ifdef TCOST_SELFTEST
	if (strcmp(cli->command, "selftest") == 0) {
		/* the test build runs trusted test files with the tool's own powers */
		if (luaL_loadfilex(L, "tests/lua/runner.lua", "t") != LUA_OK)
			return lua_error(L);
		push_args(L, cli);
		lua_call(L, 1, 1);
		return 1;
	}
#endif
	lua_getglobal(L, "require");
	lua_pushliteral(L, "tcost.main");
	lua_call(L, 1, 1);
	push_args(L, cli);
	lua_call(L, 1, 1);
	return 1;
}

/* The exit code of a run that ended with status (the command's own code,
 * or 1), saying on stderr why it failed: the limit hit, memory, or the
 * error message. */
static int exit_code(lua_State *L, int status, tc_limits *lim)
{
	if (status != LUA_OK)
		tc_limits_settle(lim, L); /* a refused allocation: garbage, or the limit? */
	if (lim->hit) { /* naming the file (and sweep point) that ran into it */
		fprintf(stderr, "tcost: %s%s%s%s\n", lim->subject, lim->subject[0] ? ": " : "", tc_limits_message(lim),
			lim->tail);
		return 1;
	}
	if (status == LUA_ERRMEM) {
		fprintf(stderr, "tcost: not enough memory\n");
		return 1;
	}
	if (status != LUA_OK) {
		size_t len;
		const char *msg = lua_tolstring(L, -1, &len);
		if (msg)
			tc_host_put_message(stderr, msg, len);
		else
			fputs("tcost: error without a message\n", stderr);
		return 1;
	}
	return lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 1;
}

/* code, or 1 when what was written to stdout could not all be written (a
 * closed descriptor, a full disk): help, version, check and repl print
 * through stdio, and exit() would drop the error of its last flush. */
static int flushed(int code)
{
	errno = 0;
	int failed = fflush(stdout) != 0;
	if ((!failed && !ferror(stdout)) || code != 0)
		return code; /* a failed command has said why already */
	fprintf(stderr, "tcost: cannot write 'stdout': %s\n", failed && errno ? strerror(errno) : "a write failed");
	return 1;
}

/* The whole program, returning its exit code. When the process ends with
 * it (last), the state is left to the operating system instead of closed:
 * lua_close frees every object one by one, 6% of a point run's instructions,
 * and every __gc of tcost's only frees memory (outputs are written and
 * renamed before). exit() is called here, with the state still on this
 * stack, so memcheck counts it "possibly lost" (Lua points inside its
 * blocks), never "definitely lost" (tests/valgrind checks that kind). */
static int run(int argc, char **argv, int last)
{
	tc_cli cli;
	tc_limits lim;
	char err[512];
	lua_State *L;
	int status, code;
	int bad = tc_cli_parse(argc, argv, &cli, err, sizeof err);
#ifndef TCOST_SELFTEST
	if (!bad && strcmp(cli.command, "selftest") == 0) {
		snprintf(err, sizeof err, "unknown command 'selftest'");
		bad = -1;
	}
#endif
	if (bad) {
		fprintf(stderr, "tcost: %s (see 'tcost help')\n", err);
		tc_cli_free(&cli);
		return 2;
	}
	memset(&lim, 0, sizeof lim);
	lim.mem_limit = cli.memory_limit;
	lim.mem_default = !cli.memory_limit_given;
	lim.time_limit = cli.time_limit;
	tc_outfile_install_signals();

	L = lua_newstate(tc_limits_alloc, &lim);
	if (!L) {
		fprintf(stderr, "tcost: cannot create the Lua state: not enough memory\n");
		tc_cli_free(&cli);
		return 1;
	}
	lua_pushcfunction(L, pmain);
	lua_pushlightuserdata(L, &cli);
	lua_pushlightuserdata(L, &lim);
	status = tc_host_docall(L, 2, 1);
	code = exit_code(L, status, &lim);
	code = flushed(code);
	tc_limits_disarm();
	if (last)
		exit(code);
	lua_close(L);
	tc_limits_release(&lim);
	tc_cli_free(&cli);
	return code;
}

/* For the fuzzers, which run the program again and again in one process:
 * everything is freed. */
int tc_main(int argc, char **argv)
{
	return run(argc, argv, 0);
}

#ifndef TCOST_FUZZ
int main(int argc, char **argv)
{
	return run(argc, argv, 1);
}
#endif
