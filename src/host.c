/* host.c: setting up the Lua state and calling into it (see host.h).
 *
 * The state has no io, os, debug or package library at all: the tool's Lua
 * code reaches files only through tcost.c.host, and scenarios run in an
 * environment built by lib-lua/tcost/lang/sandbox.lua from what is opened here. */
#include "host.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "embed.h"

int luaopen_tcost_prim(lua_State *L);
int luaopen_tcost_mc(lua_State *L);

static const luaL_Reg natives[] = {
	{"tcost.c.host", luaopen_tcost_host},
	{"tcost.c.catalog", luaopen_tcost_catalog},
	{"tcost.c.prim", luaopen_tcost_prim},
	{"tcost.c.mc", luaopen_tcost_mc},
	{"tcost.c.text", luaopen_tcost_text},
	{"tcost.c.json", luaopen_tcost_json},
	{"tcost.c.escape", luaopen_tcost_escape},
	{NULL, NULL}
};

#define LOADED_KEY "tcost.loaded"
#define MAX_TRACE 10
#define MAX_SCAN 200

/* Nothing here is process-wide: what a run needs is reached from its state.
 * The limits are the allocator's user data (main.c hands tc_limits_alloc
 * the run's tc_limits); the chunk-name prefix of the tool's own library
 * lives in the registry, so two states (or a fuzzer's many) never share it. */
#define LIB_PREFIX_KEY "tcost.lib_prefix" /* "@lib-lua/" or "@DIR/" (--lib) */

tc_limits *tc_host_limits(lua_State *L)
{
	void *ud;
	return lua_getallocf(L, &ud) == tc_limits_alloc ? ud : NULL;
}

/* The library's chunk-name prefix; the registry keeps the string alive, so
 * the pointer stays valid after the pop. stack: unchanged */
static const char *lib_prefix_of(lua_State *L)
{
	lua_getfield(L, LUA_REGISTRYINDEX, LIB_PREFIX_KEY);
	const char *p = lua_tostring(L, -1);
	lua_pop(L, 1);
	return p ? p : "@lib-lua/";
}

static int is_scenario_source(const char *prefix, const char *src)
{
	return src[0] == '@' && strncmp(src, prefix, strlen(prefix)) != 0;
}

int tc_host_where_tail(lua_State *L, const char **file, int *line, int *tail)
{
	const char *prefix = lib_prefix_of(L);
	lua_Debug ar;
	if (tail)
		*tail = 0;
	for (int level = 0; lua_getstack(L, level, &ar); level++) {
		lua_getinfo(L, "Slt", &ar);
		if (ar.currentline > 0 && is_scenario_source(prefix, ar.source)) {
			*file = ar.source + 1;
			*line = ar.currentline;
			return 1;
		}
		if (tail && ar.istailcall)
			*tail = 1; /* `return f(...)` replaced its caller's frame */
	}
	return 0;
}

int tc_host_where(lua_State *L, const char **file, int *line)
{
	return tc_host_where_tail(L, file, line, NULL);
}

/* The text of the error at index 1: the limit's message when a limit was
 * hit, the string (or number) raised, or where a non-string error object
 * was raised; never calls a scenario's __tostring. May push a string. */
static const char *error_text(lua_State *L)
{
	tc_limits *limits = tc_host_limits(L);
	if (limits && tc_limits_settle(limits, L))
		return tc_limits_message(limits);
	if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER)
		return lua_tostring(L, 1);
	/* a scenario's __tostring may loop or allocate: say where the scenario
	 * raised it, as a string error would */
	const char *file;
	int line;
	if (tc_host_where(L, &file, &line))
		return lua_pushfstring(L, "%s:%d: (error object is a %s value)", file, line, luaL_typename(L, 1));
	return lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
}

/* Adds "\n  in FILE:LINE" for up to MAX_TRACE scenario frames to b, skipping
 * the frame msg already names and folding a recursion's repeats into one
 * line. prefix is the library's chunk-name prefix (its frames are skipped). */
static void add_frames(lua_State *L, luaL_Buffer *b, const char *msg, const char *prefix)
{
	lua_Debug ar;
	int shown = 0, repeats = 0;
	char last[512] = "";
	/* lua_getstack walks from the top, so scanning a 200,000-deep recursion
	 * whole would take quadratic time: look at the nearest frames only */
	for (int level = 1; shown < MAX_TRACE && level < MAX_SCAN && lua_getstack(L, level, &ar); level++) {
		lua_getinfo(L, "Sl", &ar);
		if (ar.currentline <= 0 || !is_scenario_source(prefix, ar.source))
			continue;
		char where[512];
		snprintf(where, sizeof where, "%s:%d:", ar.source + 1, ar.currentline);
		if (shown == 0 && strncmp(msg, where, strlen(where)) == 0) {
			shown++; /* the message already says where */
			continue;
		}
		where[strlen(where) - 1] = '\0';
		if (strcmp(where, last) == 0) {
			repeats++; /* deep recursion: one line, not ten copies */
			continue;
		}
		if (repeats > 0) {
			lua_pushfstring(L, " (and %d more times)", repeats);
			luaL_addvalue(b);
			repeats = 0;
		}
		luaL_addstring(b, "\n  in ");
		luaL_addstring(b, where);
		memcpy(last, where, sizeof last);
		shown++;
	}
	if (repeats > 0) {
		lua_pushfstring(L, " (and %d more times)", repeats);
		luaL_addvalue(b);
	}
}

/* The end of the first "FILE:LINE: " position in p's first line (of its
 * first word when word is set), past the ": "; NULL when there is none. */
static const char *position_end(const char *p, int word)
{
	for (; *p && *p != '\n' && !(word && *p == ' '); p++) {
		if (*p != ':' || p[1] < '0' || p[1] > '9')
			continue;
		const char *q = p + 1;
		while (*q >= '0' && *q <= '9')
			q++;
		if (q[0] == ':' && q[1] == ' ')
			return q + 2;
	}
	return NULL;
}

/* The length of a "LIB/x.lua:N: " position of the library (prefix without
 * its '@') at the start of msg; 0 when msg does not start with one. */
static size_t lib_position(const char *msg, const char *prefix)
{
	size_t plen = strlen(prefix + 1);
	const char *end;
	if (strncmp(msg, prefix + 1, plen) != 0)
		return 0;
	end = position_end(msg + plen, 0);
	return end ? (size_t)(end - msg) : 0;
}

/* Whether msg starts with a "FILE:LINE: " position. */
static int has_position(const char *msg)
{
	return position_end(msg, 1) != NULL;
}

/* A string raised with no position by a C function a scenario called
 * directly (next({}, "k"), coroutine.yield at top level, a primitive's
 * argument check): the scenario line of that call. NULL otherwise. */
static const char *called_from(lua_State *L, const char *msg, const char *prefix)
{
	lua_Debug c, s;
	if (lua_type(L, 1) != LUA_TSTRING || msg != lua_tostring(L, 1) || has_position(msg))
		return NULL; /* a limit's message, or one that says where already */
	if (!lua_getstack(L, 1, &c) || !lua_getstack(L, 2, &s))
		return NULL;
	lua_getinfo(L, "S", &c);
	lua_getinfo(L, "Sl", &s);
	if (strcmp(c.what, "C") != 0 || s.currentline <= 0 || !is_scenario_source(prefix, s.source))
		return NULL;
	return lua_pushfstring(L, "%s:%d: %s", s.source + 1, s.currentline, msg);
}

/* An error raised inside the library at a position of its own (a Lua error
 * in a metamethod, a wrapper's check, a scenario's error("x", 3)) is the
 * scenario's mistake at the line that called in: the library's position is
 * replaced by that line's, so no lib-lua/ path reaches a user. With no
 * scenario frame it is tcost's own failure and says so. May push a string. */
static const char *relocate(lua_State *L, const char *msg, const char *prefix)
{
	size_t cut = lib_position(msg, prefix);
	const char *file;
	int line;
	if (cut == 0) {
		const char *at = called_from(L, msg, prefix);
		return at ? at : msg;
	}
	if (tc_host_where(L, &file, &line))
		return lua_pushfstring(L, "%s:%d: %s", file, line, msg + cut);
	return lua_pushfstring(L, "internal error: %s (TCOST_DEBUG=1 shows where)", msg + cut);
}

int tc_host_msghandler(lua_State *L)
{
	const char *prefix = lib_prefix_of(L);
	const char *msg = error_text(L);
	luaL_Buffer b;
	if (getenv("TCOST_DEBUG")) {
		/* for tcost's own developers: every frame, the library's included */
		luaL_traceback(L, L, msg, 1);
		return 1;
	}
	msg = relocate(L, msg, prefix);
	luaL_buffinit(L, &b);
	/* stack: err [msg] [relocated] buffer... */
	size_t msglen = strlen(msg);
	if (msglen > MSG_MAX_BYTES) { /* a 100 MB error message is not read by anyone */
		luaL_addlstring(&b, msg, MSG_MAX_BYTES);
		lua_pushfstring(L, " [... %I more bytes of this message cut]", (lua_Integer)(msglen - MSG_MAX_BYTES));
		luaL_addvalue(&b);
	} else {
		luaL_addstring(&b, msg);
	}
	add_frames(L, &b, msg, prefix);
	luaL_pushresult(&b);
	return 1;
}

size_t tc_host_visible(char *out, const unsigned char *s, size_t len, int keep_sgr)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (keep_sgr && c == 0x1b && i + 1 < len && s[i + 1] == '[') {
			size_t j = i + 2;
			while (j < len && ((s[j] >= '0' && s[j] <= '9') || s[j] == ';'))
				j++;
			if (j < len && s[j] == 'm') { /* colour (SGR) only: it cannot move, query or copy */
				if (out)
					memcpy(out + n, s + i, j - i + 1);
				n += j - i + 1;
				i = j;
				continue;
			}
		}
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
			if (out)
				snprintf(out + n, 5, "\\x%02X", c);
			n += 4;
		} else if (c == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f) {
			/* U+0080..U+009F, the C1 controls (CSI, OSC, ...) in UTF-8 */
			if (out)
				snprintf(out + n, 5, "\\x%02X", s[i + 1]);
			n += 4;
			i++;
		} else {
			if (out)
				out[n] = (char)c;
			n++;
		}
	}
	return n;
}

void tc_host_put_message(FILE *f, const char *s, size_t len)
{
	size_t keep = len, lines = 0; /* the handler already cut at MSG_MAX_BYTES: room for its note */
	for (size_t i = 0; i < len; i++) {
		if (i >= 2 * MSG_MAX_BYTES || (s[i] == '\n' && ++lines >= MSG_MAX_LINES)) {
			keep = i;
			break;
		}
	}
	char buf[4 * 512];
	for (size_t i = 0; i < keep; i += 512) { /* 512 bytes in, at most 4 x 512 out */
		size_t part = keep - i < 512 ? keep - i : 512;
		size_t n = tc_host_visible(buf, (const unsigned char *)s + i, part, 0);
		fwrite(buf, 1, n, f);
	}
	if (keep < len)
		fprintf(f, "\n  [... %zu more bytes of this message cut]", len - keep);
	fputc('\n', f);
	fflush(f);
}

int tc_host_docall(lua_State *L, int narg, int nres)
{
	int base = lua_gettop(L) - narg;
	int status;
	lua_pushcfunction(L, tc_host_msghandler);
	lua_insert(L, base);
	status = lua_pcall(L, narg, nres, base);
	lua_remove(L, base);
	return status;
}

/* Finds a tcost.* module's source: embedded, or lib_dir/tcost/x/y.lua. */
static int load_module(lua_State *L, const char *name, const char *dir)
{
	if (!dir) {
		for (const tc_embedded *m = tc_embedded_lib; m->module; m++)
			if (strcmp(m->module, name) == 0)
				/* compiled from lib-lua/ at build time (scripts/embed.c) */
				return luaL_loadbufferx(L, m->source, (size_t)m->len, m->chunkname, "b");
		return -1;
	}
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	luaL_addstring(&b, dir);
	luaL_addchar(&b, '/');
	for (const char *p = name; *p; p++)
		luaL_addchar(&b, *p == '.' ? '/' : *p);
	luaL_addstring(&b, ".lua");
	luaL_pushresult(&b);
	const char *path = lua_tostring(L, -1);
	FILE *f = fopen(path, "rb");
	if (!f) {
		lua_pop(L, 1);
		return -1;
	}
	fclose(f);
	int status = luaL_loadfilex(L, path, "t");
	lua_remove(L, -2); /* the path */
	return status;
}

/* require(name) for the tool's own code; scenarios get sandbox.lua's instead. */
static int tool_require(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	const char *dir = lua_tostring(L, lua_upvalueindex(1));
	lua_getfield(L, LUA_REGISTRYINDEX, LOADED_KEY);
	lua_getfield(L, -1, name);
	if (!lua_isnil(L, -1))
		return 1;
	lua_pop(L, 1);
	/* stack: name loaded */
	for (const luaL_Reg *n = natives; n->name; n++)
		if (strcmp(n->name, name) == 0) {
			lua_pushcfunction(L, n->func);
			goto call;
		}
	if (strncmp(name, "tcost.", 6) != 0)
		return luaL_error(L, "module '%s' not found in tcost's library", name);
	int status = load_module(L, name, dir);
	if (status == -1)
		return luaL_error(L, "module '%s' not found in tcost's library", name);
	if (status != LUA_OK)
		return lua_error(L);
call:
	lua_pushstring(L, name);
	lua_call(L, 1, 1);
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		lua_pushboolean(L, 1);
	}
	lua_pushvalue(L, -1);
	lua_setfield(L, -3, name); /* loaded[name] = module */
	return 1;
}

static void open_lib(lua_State *L, const char *name, lua_CFunction open)
{
	luaL_requiref(L, name, open, 1);
	lua_pop(L, 1);
}

void tc_host_setup(lua_State *L, tc_limits *lim, const char *lib_dir)
{
	(void)lim; /* reached through the allocator: see tc_host_limits */
	if (lib_dir)
		lua_pushfstring(L, "@%s/", lib_dir);
	else
		lua_pushliteral(L, "@lib-lua/");
	lua_setfield(L, LUA_REGISTRYINDEX, LIB_PREFIX_KEY);

	open_lib(L, LUA_GNAME, luaopen_base);
	open_lib(L, LUA_STRLIBNAME, luaopen_string);
	open_lib(L, LUA_TABLIBNAME, luaopen_table);
	open_lib(L, LUA_MATHLIBNAME, luaopen_math);
	open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
	open_lib(L, LUA_COLIBNAME, luaopen_coroutine);

	/* Reading files and binary chunks is not the tool's business in Lua. */
	lua_pushnil(L);
	lua_setglobal(L, "dofile");
	lua_pushnil(L);
	lua_setglobal(L, "loadfile");
	lua_getglobal(L, "string");
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);

	/* The string metatable is shared by every string in the process: hide it
	 * so no scenario can replace its __index (the real string table). */
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_pushboolean(L, 0);
	lua_setfield(L, -2, "__metatable");
	lua_pop(L, 2);

	/* The collector starts a cycle once the heap has grown to 4 times what
	 * the last one left (Lua's default: 2). A run's heap is mostly the
	 * library and the scenario's declarations, alive to the end, which the
	 * default retraced cycle after cycle while they loaded: 5% of the
	 * examples' point runs. Their peak memory grows by at most a few hundred
	 * KB; --memory-limit is unchanged (a refused allocation collects first). */
	lua_gc(L, LUA_GCINC, 400, 0, 0);

	lua_newtable(L);
	lua_setfield(L, LUA_REGISTRYINDEX, LOADED_KEY);
	if (lib_dir)
		lua_pushstring(L, lib_dir);
	else
		lua_pushnil(L);
	lua_pushcclosure(L, tool_require, 1);
	lua_setglobal(L, "require");
}
