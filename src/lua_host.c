/* lua_host.c: tcost.c.host, the tool library's only door to the machine.
 * Scenarios never see this module: the sandbox's require cannot load it.
 * Everything here is deliberately narrow: read a file, write a report
 * atomically, resolve a path, ask the terminal, hash text, locate the
 * scenario frame that called the tool. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>

#include "host.h"
#include "budget.h"
#include "outfile.h"
#include "sha256.h"

#define MAX_FILE_BYTES (64u << 20) /* a scenario or assumptions file */

/* ---- the files this run read ------------------------------------------
 * Kept in the state (a registry userdata, its array from the state's
 * allocator), never in a global: each state starts with none, and a process
 * that runs several states (a fuzzer) carries nothing from one to the next. */
typedef struct inputs {
	tc_file_id *ids;
	size_t n, cap;
} inputs;

static const char inputs_key = 'i'; /* its address is the registry key */

static int inputs_gc(lua_State *L)
{
	inputs *in = lua_touserdata(L, 1);
	void *ud;
	lua_Alloc f = lua_getallocf(L, &ud);
	f(ud, in->ids, in->cap * sizeof *in->ids, 0);
	in->ids = NULL;
	in->n = in->cap = 0;
	return 0;
}

/* The state's list, made by luaopen_tcost_host (so finding it never allocates). */
static inputs *get_inputs(lua_State *L)
{
	inputs *in;
	lua_rawgetp(L, LUA_REGISTRYINDEX, &inputs_key);
	in = lua_touserdata(L, -1);
	lua_pop(L, 1);
	return in;
}

/* Remembers st as an input of this run. Returns -1 when out of memory (the
 * caller closes what it holds, then raises). */
static int note_input(lua_State *L, const struct stat *st)
{
	inputs *in = get_inputs(L);
	tc_outfile_inputs view = { in->ids, in->n };
	if (tc_outfile_is_input(&view, st))
		return 0;
	if (in->n == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 16;
		void *ud;
		lua_Alloc f = lua_getallocf(L, &ud);
		tc_file_id *p = cap <= SIZE_MAX / 2 / sizeof *p ? f(ud, in->ids, in->cap * sizeof *p, cap * sizeof *p) : NULL;
		if (!p)
			return -1;
		in->ids = p;
		in->cap = cap;
	}
	in->ids[in->n].dev = st->st_dev;
	in->ids[in->n].ino = st->st_ino;
	in->n++;
	return 0;
}

static void new_inputs(lua_State *L)
{
	inputs *in;
	if (lua_rawgetp(L, LUA_REGISTRYINDEX, &inputs_key) == LUA_TUSERDATA) {
		lua_pop(L, 1);
		return;
	}
	lua_pop(L, 1);
	in = lua_newuserdatauv(L, sizeof *in, 0); /* stack: in */
	memset(in, 0, sizeof *in);
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, inputs_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &inputs_key); /* stack: */
}

static int fail(lua_State *L, const char *what, const char *path)
{
	lua_pushnil(L);
	lua_pushfstring(L, "cannot %s '%s': %s", what, path, strerror(errno));
	return 2;
}

/* read_file(path [, input]) -> string | nil, reason
 * Only a regular file: a FIFO, a device or a folder is refused at once (the
 * open does not wait for a FIFO's writer). The file is remembered as an input
 * of this run, which no output may overwrite, unless input is false. */
static int tcost_host_read_file(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct stat st;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	FILE *f;
	if (fd < 0)
		return fail(L, "read", path);
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return fail(L, "read", path);
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		lua_pushnil(L);
		lua_pushfstring(L, "cannot read '%s': %s", path,
				S_ISDIR(st.st_mode) ? "it is a folder, not a scenario file"
				: S_ISFIFO(st.st_mode) ? "it is a FIFO (named pipe), not a regular file"
				: "it is a device or socket, not a regular file");
		return 2;
	}
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0 || !(f = fdopen(fd, "rb"))) {
		int e = errno;
		close(fd);
		errno = e;
		return fail(L, "read", path);
	}
	if (lua_toboolean(L, 2) == 0 && !lua_isnone(L, 2)) {
		/* read_file(path, false): tcost's own bookkeeping, not an input */
	} else if (note_input(L, &st) != 0) {
		fclose(f);
		return luaL_error(L, "not enough memory");
	}
	if ((unsigned long long)st.st_size > MAX_FILE_BYTES) {
		fclose(f);
		lua_pushnil(L);
		lua_pushfstring(L, "cannot read '%s': larger than %d MiB", path, (int)(MAX_FILE_BYTES >> 20));
		return 2;
	}
	luaL_Buffer b;
	char *p = luaL_buffinitsize(L, &b, (size_t)st.st_size + 1);
	size_t n = fread(p, 1, (size_t)st.st_size + 1, f);
	int bad = ferror(f);
	fclose(f);
	if (bad)
		return fail(L, "read", path);
	luaL_pushresultsize(&b, n);
	return 1;
}

/* realpath(path) -> absolute path with links resolved | nil, reason */
static int tcost_host_realpath(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char *r = realpath(path, NULL);
	if (!r)
		return fail(L, "resolve", path);
	lua_pushstring(L, r);
	free(r);
	return 1;
}

/* note_input(path): path is an input of this run (a batch names its files
 * before reading them): no report may overwrite it. A missing file is fine. */
static int tcost_host_note_input(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct stat st;
	if (stat(path, &st) == 0 && note_input(L, &st) != 0)
		return luaL_error(L, "not enough memory");
	return 0;
}

/* kind(path [, nofollow]) -> "file" | "dir" | "link" | "other" | nil;
 * "link" only with nofollow (lstat), else the link's target is described. */
static int tcost_host_kind(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct stat st;
	if ((lua_toboolean(L, 2) ? lstat(path, &st) : stat(path, &st)) != 0)
		return 0;
	lua_pushstring(L, S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir"
	                  : S_ISLNK(st.st_mode) ? "link" : "other");
	return 1;
}

/* exe_path() -> path | nil. Where the running binary lives (Linux's
 * /proc/self/exe), so an installed tcost finds what `make install` put
 * beside it (PREFIX/share/doc/tcost/) whatever PREFIX was. */
static int tcost_host_exe_path(lua_State *L)
{
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0 || (size_t)n >= sizeof buf - 1)
		return 0;
	lua_pushlstring(L, buf, (size_t)n);
	return 1;
}

/* list_dir(path) -> { names... } | nil, reason. The entries of a folder
 * except "." and "..", in the order the system gives (the caller sorts).
 * A bounded count: a folder of more than a million entries is refused. */
static int tcost_host_list_dir(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct dirent *d;
	lua_Integer n = 0;
	DIR *dir = opendir(path);
	if (!dir)
		return fail(L, "list", path);
	lua_newtable(L); /* stack: names */
	while ((d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		if (n >= 1000000) {
			closedir(dir);
			lua_pushnil(L);
			lua_pushfstring(L, "cannot list '%s': more than a million entries", path);
			return 2;
		}
		lua_pushstring(L, d->d_name); /* stack: names name */
		lua_rawseti(L, -2, ++n);      /* stack: names */
	}
	closedir(dir);
	return 1;
}

/* write(path, data [, regular_only]) -> true | nil, reason. "-" is stdout;
 * files are atomic. regular_only: refuse a symlink, device or FIFO at path
 * (TC_OUTFILE_REGULAR_ONLY) instead of writing through it. */
static int tcost_host_write(lua_State *L)
{
	size_t len;
	const char *path = luaL_checkstring(L, 1);
	const char *data = luaL_checklstring(L, 2, &len);
	char err[512];
	const inputs *in = get_inputs(L);
	tc_outfile_inputs view = { in->ids, in->n };
	if (strcmp(path, "-") == 0 && isatty(1)) {
		/* whatever reaches a terminal is terminal-safe: a scenario's text
		 * cannot move the cursor or write the clipboard (colour may pass) */
		size_t n = tc_host_visible(NULL, (const unsigned char *)data, len, 1);
		if (n != len) {
			luaL_Buffer b;
			char *p = luaL_buffinitsize(L, &b, n);
			tc_host_visible(p, (const unsigned char *)data, len, 1);
			luaL_pushresultsize(&b, n);
			data = lua_tolstring(L, -1, &len);
		}
	}
	int flags = lua_toboolean(L, 3) ? TC_OUTFILE_REGULAR_ONLY : 0;
	if (tc_outfile_write(path, data, len, &view, flags, err, sizeof err) != 0) {
		lua_pushnil(L);
		lua_pushstring(L, err);
		return 2;
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* mkdir(path) -> true | nil, reason; an existing folder is fine. */
static int tcost_host_mkdir(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct stat st;
	if (mkdir(path, 0777) != 0 && !(errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
		return fail(L, "create folder", path);
	lua_pushboolean(L, 1);
	return 1;
}

/* eprint(msg): one message to stderr, terminal-safe and capped
 * (tc_host_put_message). */
static int tcost_host_eprint(lua_State *L)
{
	size_t len;
	const char *msg = luaL_checklstring(L, 1, &len);
	tc_host_put_message(stderr, msg, len);
	return 0;
}

/* visible(s [, keep_sgr]) -> s with control characters shown as \xNN (see
 * tc_host_visible); for everything that may reach a terminal. */
static int tcost_host_visible(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	int keep = lua_toboolean(L, 2);
	size_t n = tc_host_visible(NULL, (const unsigned char *)s, len, keep);
	if (n == len) {
		lua_settop(L, 1); /* nothing to change: the same string */
		return 1;
	}
	luaL_Buffer b;
	char *p = luaL_buffinitsize(L, &b, n);
	tc_host_visible(p, (const unsigned char *)s, len, keep);
	luaL_pushresultsize(&b, n);
	return 1;
}

/* progress(msg): rewrites the last stderr line ("" clears it). */
static int tcost_host_progress(lua_State *L)
{
	const char *msg = luaL_checkstring(L, 1);
	fprintf(stderr, "\r\033[K%s", msg);
	fflush(stderr);
	return 0;
}

static int tcost_host_isatty(lua_State *L)
{
	lua_Integer fd = luaL_checkinteger(L, 1);
	luaL_argcheck(L, fd >= 0 && fd <= 2, 1, "0, 1 or 2 expected");
	lua_pushboolean(L, isatty((int)fd));
	return 1;
}

static int tcost_host_getenv(lua_State *L)
{
	lua_pushstring(L, getenv(luaL_checkstring(L, 1)));
	return 1;
}

/* where() -> file|nil, line|nil, tail: the scenario code that called into
 * the tool, and whether a tail call hid the frame of the real call */
static int tcost_host_where(lua_State *L)
{
	const char *file;
	int line, tail;
	if (!tc_host_where_tail(L, &file, &line, &tail)) {
		lua_pushnil(L);
		lua_pushnil(L);
	} else {
		lua_pushstring(L, file);
		lua_pushinteger(L, line);
	}
	lua_pushboolean(L, tail);
	return 3;
}

static int tcost_host_sha256(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	tc_sha256 h;
	char hex[65];
	tc_sha256_init(&h);
	tc_sha256_update(&h, s, len);
	tc_sha256_hex(&h, hex);
	lua_pushstring(L, hex);
	return 1;
}

/* limit() -> message of the limit that was hit | nil */
static int tcost_host_limit(lua_State *L)
{
	tc_limits *lim = tc_host_limits(L);
	if (!lim || !tc_limits_settle(lim, L))
		return 0;
	lua_pushstring(L, tc_limits_message(lim));
	return 1;
}

/* clock() -> monotonic seconds, for the progress line only (never in reports) */
static int tcost_host_clock(lua_State *L)
{
	lua_pushnumber(L, tc_monotonic());
	return 1;
}

/* today() -> "YYYY-MM-DD" (UTC); used only when --date asks for it */
static int tcost_host_today(lua_State *L)
{
	char buf[16];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	lua_pushstring(L, buf);
	return 1;
}

/* readline(prompt) -> line | nil at end of input | false, reason; for
 * `tcost repl`. A line of any length up to MAX_LINE bytes, NUL bytes kept
 * (the parser then names them); a longer line is read to its end and refused.
 * The time limit is paused while waiting for a person and restarted after. */
#define MAX_LINE (1u << 20)
static int tcost_host_readline(lua_State *L)
{
	const char *prompt = luaL_optstring(L, 1, "");
	tc_limits *lim = tc_host_limits(L);
	luaL_Buffer b;
	char *buf = luaL_buffinitsize(L, &b, MAX_LINE); /* within the budget, freed on error */
	size_t n = 0, dropped = 0;
	int c = EOF;
	if (isatty(0)) {
		fputs(prompt, stdout);
		fflush(stdout);
	}
	tc_limits_disarm();
	/* byte by byte (stdio buffers it): NUL bytes are kept, memory is bounded */
	while ((c = getchar()) != EOF && c != '\n') {
		if (n < MAX_LINE)
			buf[n++] = (char)c;
		else
			dropped++;
	}
	if (lim && !lim->hit)
		tc_limits_arm(lim, L);
	luaL_pushresultsize(&b, n);
	if (c == EOF && n == 0 && dropped == 0)
		return 0;
	if (dropped) {
		lua_pushboolean(L, 0);
		lua_pushfstring(L, "a line longer than %d MiB (%I bytes more) was ignored", (int)(MAX_LINE >> 20),
				(lua_Integer)dropped);
		return 2;
	}
	return 1;
}

/* restart_clock(): a fresh time budget, for the next file of a batch or the
 * next point of a sweep. A limit already hit stays hit. */
static int tcost_host_restart_clock(lua_State *L)
{
	tc_limits *lim = tc_host_limits(L);
	if (lim && !lim->hit)
		tc_limits_arm(lim, L);
	return 0;
}

/* subject(what [, tail]): what is running ("a.lua") and what will not run
 * if a long C call makes the backstop end the process ("; 2 later files not
 * run: ..."), for its message (tc_limits_subject). nil keeps a part, ""
 * clears it. The caller shows control characters (host.visible) first. */
static int tcost_host_subject(lua_State *L)
{
	tc_limits *lim = tc_host_limits(L);
	const char *subject = luaL_optstring(L, 1, NULL), *tail = luaL_optstring(L, 2, NULL);
	if (lim)
		tc_limits_subject(lim, subject, tail);
	return 0;
}

/* budgeted(fn, ...) -> true, results... | false, message
 * Runs fn with a budget of its own: a fresh clock, and a limit hit inside it
 * is that call's failure (the message handler adds the scenario's lines)
 * rather than the end of the run. For the batch loop: one file's endless loop
 * or memory bomb must not cost the other files their reports. The hit is
 * cleared here in C, before any Lua instruction runs again, because the
 * sticky hook would otherwise raise it once more in the caller. Scenario code
 * cannot run on afterwards: it cannot reach the host nor leave __gc behind. */
static int tcost_host_budgeted(lua_State *L)
{
	tc_limits *lim = tc_host_limits(L);
	int status;
	luaL_checktype(L, 1, LUA_TFUNCTION);
	if (lim && !lim->hit)
		tc_limits_arm(lim, L);
	lua_pushcfunction(L, tc_host_msghandler);
	lua_insert(L, 1);
	/* stack: handler fn args... */
	status = lua_pcall(L, lua_gettop(L) - 2, LUA_MULTRET, 1);
	if (status == LUA_OK) {
		lua_pushboolean(L, 1);
		lua_replace(L, 1);
		return lua_gettop(L);
	}
	if (lim)
		tc_limits_settle(lim, L);
	if (lim && lim->hit) {
		if (status != LUA_ERRRUN || !lua_isstring(L, -1)) {
			lua_settop(L, 0); /* the handler did not run (LUA_ERRMEM): say which limit */
			lua_pushstring(L, tc_limits_message(lim));
		}
		lim->hit = 0;
		tc_limits_arm(lim, L); /* a fresh deadline, no hook until it */
		lua_gc(L, LUA_GCCOLLECT);
	} else if (status == LUA_ERRMEM) {
		lua_settop(L, 0);
		lua_pushliteral(L, "not enough memory");
	}
	lua_pushboolean(L, 0);
	lua_insert(L, -2);
	return 2;
}

/* The time limit reaches a scenario's coroutines through these two, which
 * the sandbox hands scenarios as coroutine.create and coroutine.wrap: each
 * new thread gets the count hook of tc_limits_watch_thread. They are called
 * by the scenario itself, so a bad argument names the scenario's line. */

/* coroutine_create(f) -> thread */
static int tcost_host_coroutine_create(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TFUNCTION);
	lua_State *co = lua_newthread(L);
	lua_pushvalue(L, 1);
	lua_xmove(L, co, 1); /* the body, ready for the first resume */
	tc_limits_watch_thread(co);
	return 1;
}

/* coroutine_wrap(f) -> function: Lua's own coroutine.wrap, whose function's
 * first upvalue is the thread it resumes */
static int tcost_host_coroutine_wrap(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TFUNCTION);
	lua_getglobal(L, "coroutine");
	lua_getfield(L, -1, "wrap");
	lua_pushvalue(L, 1);
	lua_call(L, 1, 1);
	/* stack: f coroutine wrapped */
	lua_State *co = lua_getupvalue(L, -1, 1) ? lua_tothread(L, -1) : NULL;
	if (!co)
		return luaL_error(L, "coroutine.wrap made no thread (an unexpected Lua version?)");
	tc_limits_watch_thread(co);
	lua_pop(L, 1);
	return 1;
}

/* memory() -> bytes in use, peak bytes */
static int tcost_host_memory(lua_State *L)
{
	tc_limits *lim = tc_host_limits(L);
	lua_pushinteger(L, lim ? (lua_Integer)lim->mem_used : 0);
	lua_pushinteger(L, lim ? (lua_Integer)lim->mem_peak : 0);
	return 2;
}

static const luaL_Reg host_funcs[] = {
	{"read_file", tcost_host_read_file},
	{"realpath", tcost_host_realpath},
	{"kind", tcost_host_kind},
	{"note_input", tcost_host_note_input},
	{"list_dir", tcost_host_list_dir},
	{"exe_path", tcost_host_exe_path},
	{"write", tcost_host_write},
	{"mkdir", tcost_host_mkdir},
	{"eprint", tcost_host_eprint},
	{"visible", tcost_host_visible},
	{"progress", tcost_host_progress},
	{"isatty", tcost_host_isatty},
	{"getenv", tcost_host_getenv},
	{"where", tcost_host_where},
	{"sha256", tcost_host_sha256},
	{"limit", tcost_host_limit},
	{"clock", tcost_host_clock},
	{"today", tcost_host_today},
	{"readline", tcost_host_readline},
	{"memory", tcost_host_memory},
	{"restart_clock", tcost_host_restart_clock},
	{"budgeted", tcost_host_budgeted},
	{"subject", tcost_host_subject},
	{"coroutine_create", tcost_host_coroutine_create},
	{"coroutine_wrap", tcost_host_coroutine_wrap},
	{"traceback", tc_host_msghandler},
	{NULL, NULL}
};

int luaopen_tcost_host(lua_State *L)
{
	new_inputs(L);
	luaL_newlib(L, host_funcs);
	return 1;
}
