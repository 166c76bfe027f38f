/* lua_json.c: tcost.c.json, JSON text of plain Lua data for lib/json.lua
 * (which keeps the decoder and the markers: json.null, json.object,
 * json.array). Numbers and strings follow json.h's one rule; object keys are
 * sorted byte by byte (Lua's own order of strings in the C locale), so the
 * text depends only on the value. Tables are read raw (no metamethods but
 * the markers' identity): a result is plain data.
 *
 *   encode(v, indent, null, object_mt, array_mt) -> string
 *   number_text(x) -> string          a finite number as json.h writes it
 *   sanitize_utf8(s) -> string        s as valid UTF-8 (U+FFFD for bad bytes)
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "host.h"
#include "json.h"

#define MAX_DEPTH 200 /* nesting, as lib/json.lua's decoder accepts */
#define MAX_INDENT 16

/* encode's arguments, then the output buffer's slot */
enum { ARG_VALUE = 1, ARG_INDENT, ARG_NULL, ARG_OBJECT, ARG_ARRAY, SLOT_BUF };

/* One step of the path from the root to the value being written: an
 * object's key (s) or an array's index (s == NULL). */
typedef struct step {
	const char *s;
	size_t n;
	lua_Integer i;
} step;

typedef struct enc {
	lua_State *L;
	char *p; /* the text so far: a userdata in SLOT_BUF */
	size_t len, cap;
	int indent;
	const void *open[MAX_DEPTH + 2]; /* the tables being written, root first */
	step path[MAX_DEPTH + 2];
	int depth_of_path;
} enc;

/* Raises msg as it is: the encoder's messages name no position, as the Lua
 * encoder's error(msg, 0) did (luaL_error would add lib/json.lua's line). */
static int raise_plain(lua_State *L, const char *msg)
{
	lua_pushstring(L, msg);
	return lua_error(L);
}

/* Room for n more bytes at the end of the text; the buffer moves to a bigger
 * userdata (the old one is garbage), so an error never leaks it. */
static char *room(enc *e, size_t n)
{
	if (n > e->cap - e->len) {
		size_t cap = e->cap ? e->cap : 4096;
		if (n > SIZE_MAX / 4 || e->len > SIZE_MAX / 4 - n)
			raise_plain(e->L, "json: text too long");
		while (cap - e->len < n)
			cap *= 2;
		char *p = lua_newuserdatauv(e->L, cap, 0);
		if (e->len)
			memcpy(p, e->p, e->len);
		lua_replace(e->L, SLOT_BUF);
		e->p = p;
		e->cap = cap;
	}
	return e->p + e->len;
}

static void add(enc *e, const char *s, size_t n)
{
	memcpy(room(e, n), s, n);
	e->len += n;
}

/* A new line indented to depth (nothing when compact). */
static void newline(enc *e, int depth)
{
	if (!e->indent)
		return;
	size_t n = (size_t)e->indent * (size_t)depth;
	char *p = room(e, n + 1);
	p[0] = '\n';
	memset(p + 1, ' ', n);
	e->len += n + 1;
}

/* Raises "json: WHAT at a[1].b" (the path to the value, when there is one). */
static int fail(enc *e, const char *what)
{
	lua_State *L = e->L;
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	luaL_addstring(&b, what);
	for (int k = 0; k < e->depth_of_path; k++) {
		const step *s = &e->path[k];
		if (k == 0)
			luaL_addstring(&b, " at ");
		if (s->s) {
			if (k > 0)
				luaL_addchar(&b, '.');
			luaL_addlstring(&b, s->s, s->n);
		} else {
			lua_pushfstring(L, "[%I]", (LUAI_UACINT)s->i);
			luaL_addvalue(&b);
		}
	}
	luaL_pushresult(&b);
	return lua_error(L);
}

static void string_bytes(enc *e, const char *s, size_t n)
{
	if (n > (SIZE_MAX / 4 - 2) / TC_JSON_ESCAPE_MAX)
		raise_plain(e->L, "json: text too long");
	char *p = room(e, n * TC_JSON_ESCAPE_MAX + 2);
	p[0] = '"';
	size_t w = tc_json_escape(s, n, p + 1);
	p[w + 1] = '"';
	e->len += w + 2;
}

static void string_at(enc *e, int idx)
{
	size_t n;
	const char *s = lua_tolstring(e->L, idx, &n);
	string_bytes(e, s, n);
}

static void number_at(enc *e, int idx)
{
	char t[TC_JSON_NUMBER_MAX];
	size_t n;
	if (lua_isinteger(e->L, idx)) {
		n = tc_json_integer(t, (long long)lua_tointeger(e->L, idx));
	} else {
		double x = (double)lua_tonumber(e->L, idx);
		if (!isfinite(x)) {
			add(e, "null", 4); /* in tcost's schema: not a finite number */
			return;
		}
		n = tc_json_number(t, x);
	}
	add(e, t, n);
}

static void value_at(enc *e, int idx, int depth);

enum kind { MIXED, ARRAY, OBJECT };

/* ARRAY or OBJECT (by marker, or by keys: exactly 1..n, or all strings; an
 * empty table is an array), or MIXED; count: the keys counted (0 when marked). */
static enum kind kind_of(enc *e, int idx, size_t *count)
{
	lua_State *L = e->L;
	if (lua_getmetatable(L, idx)) { /* stack: mt */
		int object = lua_rawequal(L, -1, ARG_OBJECT), array = lua_rawequal(L, -1, ARG_ARRAY);
		lua_pop(L, 1);
		if (object || array) {
			*count = 0;
			return object ? OBJECT : ARRAY;
		}
	}
	size_t n = 0, strings = 0;
	lua_pushnil(L);
	while (lua_next(L, idx)) { /* stack: key value */
		n++;
		strings += lua_type(L, -2) == LUA_TSTRING;
		lua_pop(L, 1);
	}
	*count = n;
	if (n == 0)
		return ARRAY;
	if (strings == n)
		return OBJECT;
	if (strings == 0 && lua_rawlen(L, idx) == n)
		return ARRAY;
	return MIXED;
}

static int key_order(const void *a, const void *b)
{
	const step *x = a, *y = b;
	int c = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* An object's keys (counted: n), sorted; the array is a userdata left on the stack. */
static step *sorted_keys(enc *e, int idx, size_t n)
{
	lua_State *L = e->L;
	if (n > SIZE_MAX / sizeof(step))
		raise_plain(L, "json: too many keys");
	step *keys = lua_newuserdatauv(L, n ? n * sizeof(step) : 1, 0);
	size_t k = 0;
	lua_pushnil(L);
	while (lua_next(L, idx)) { /* stack: keys key value */
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING)
			raise_plain(L, "json: object keys must be strings");
		if (k < n) /* the string stays alive as a key of the table */
			keys[k].s = lua_tolstring(L, -1, &keys[k].n);
		k++;
	}
	if (k != n)
		raise_plain(L, "json: a table changed while being written");
	qsort(keys, n, sizeof(step), key_order);
	return keys;
}

/* One member: the path step, the key (objects), the value on the stack top, popped. */
static void member(enc *e, const step *s, int depth)
{
	e->path[e->depth_of_path++] = *s;
	newline(e, depth + 1);
	if (s->s) {
		string_bytes(e, s->s, s->n);
		if (e->indent)
			add(e, ": ", 2);
		else
			add(e, ":", 1);
	}
	value_at(e, lua_gettop(e->L), depth + 1);
	lua_pop(e->L, 1);
	e->depth_of_path--;
}

/* An array's members 1..n; returns n. */
static size_t array_at(enc *e, int idx, int depth)
{
	size_t n = lua_rawlen(e->L, idx);
	add(e, "[", 1);
	for (size_t i = 1; i <= n; i++) {
		step s = { NULL, 0, (lua_Integer)i };
		if (i > 1)
			add(e, ",", 1);
		lua_rawgeti(e->L, idx, (lua_Integer)i);
		member(e, &s, depth);
	}
	return n;
}

/* An object's members in key order (count: its keys, 0 when not counted yet); returns their number. */
static size_t object_at(enc *e, int idx, int depth, size_t count)
{
	lua_State *L = e->L;
	if (count == 0) { /* a marked object: count its keys */
		lua_pushnil(L);
		while (lua_next(L, idx)) {
			count++;
			lua_pop(L, 1);
		}
	}
	step *keys = sorted_keys(e, idx, count); /* stack: keys */
	add(e, "{", 1);
	for (size_t i = 0; i < count; i++) {
		if (i > 0)
			add(e, ",", 1);
		lua_pushlstring(L, keys[i].s, keys[i].n);
		lua_rawget(L, idx);
		member(e, &keys[i], depth);
	}
	lua_pop(L, 1);
	return count;
}

static void table_at(enc *e, int idx, int depth)
{
	lua_State *L = e->L;
	const void *id = lua_topointer(L, idx);
	for (int k = 0; k < depth; k++) {
		if (e->open[k] == id) {
			fail(e, "json: cannot encode a cycle");
			return;
		}
	}
	if (depth > MAX_DEPTH) {
		lua_pushfstring(L, "json: nesting deeper than %d", MAX_DEPTH);
		lua_error(L);
		return;
	}
	luaL_checkstack(L, 6, "json: nesting");
	e->open[depth] = id;
	size_t count, n;
	enum kind kind = kind_of(e, idx, &count);
	if (kind == MIXED) {
		fail(e, "json: cannot encode a table with mixed or non-string keys");
		return;
	}
	n = kind == ARRAY ? array_at(e, idx, depth) : object_at(e, idx, depth, count);
	if (n > 0)
		newline(e, depth);
	add(e, kind == ARRAY ? "]" : "}", 1);
}

static void value_at(enc *e, int idx, int depth)
{
	lua_State *L = e->L;
	switch (lua_type(L, idx)) {
	case LUA_TNIL:
		add(e, "null", 4);
		break;
	case LUA_TBOOLEAN:
		if (lua_toboolean(L, idx))
			add(e, "true", 4);
		else
			add(e, "false", 5);
		break;
	case LUA_TNUMBER:
		number_at(e, idx);
		break;
	case LUA_TSTRING:
		string_at(e, idx);
		break;
	case LUA_TTABLE:
		if (lua_rawequal(L, idx, ARG_NULL))
			add(e, "null", 4);
		else
			table_at(e, idx, depth);
		break;
	default:
		lua_pushfstring(L, "json: cannot encode a %s", luaL_typename(L, idx));
		fail(e, lua_tostring(L, -1));
	}
}

/* encode(v, indent, null, object_mt, array_mt): v as JSON text, indented by
 * `indent` spaces a level (0: on one line). Raises on cycles, nesting deeper
 * than 200, mixed keys, functions, userdata and threads. */
static int tcost_json_encode(lua_State *L)
{
	luaL_checkany(L, ARG_VALUE);
	lua_Integer indent = luaL_checkinteger(L, ARG_INDENT);
	luaL_argcheck(L, indent >= 0 && indent <= MAX_INDENT, ARG_INDENT, "indent from 0 to 16 expected");
	luaL_checktype(L, ARG_NULL, LUA_TTABLE);
	luaL_checktype(L, ARG_OBJECT, LUA_TTABLE);
	luaL_checktype(L, ARG_ARRAY, LUA_TTABLE);
	lua_settop(L, ARG_ARRAY);
	lua_pushnil(L); /* SLOT_BUF */
	enc *e = lua_newuserdatauv(L, sizeof(enc), 0); /* big: not on the C stack */
	e->L = L;
	e->p = NULL;
	e->len = e->cap = 0;
	e->indent = (int)indent;
	e->depth_of_path = 0;
	value_at(e, ARG_VALUE, 0);
	lua_pushlstring(L, e->p, e->len);
	return 1;
}

/* number_text(x): a finite number as every program reads tcost's (json.h). */
static int tcost_json_number_text(lua_State *L)
{
	char t[TC_JSON_NUMBER_MAX];
	lua_Number x = luaL_checknumber(L, 1);
	if (lua_isinteger(L, 1)) {
		lua_pushfstring(L, "%I", (LUAI_UACINT)lua_tointeger(L, 1));
		return 1;
	}
	luaL_argcheck(L, isfinite((double)x), 1, "finite number expected");
	size_t n = tc_json_number(t, (double)x);
	lua_pushlstring(L, t, n);
	return 1;
}

/* sanitize_utf8(s): s itself when valid UTF-8, else a copy with U+FFFD for
 * every byte that starts no valid sequence. */
static int tcost_json_sanitize_utf8(lua_State *L)
{
	size_t n;
	const char *s = luaL_checklstring(L, 1, &n);
	if (tc_utf8_valid(s, n)) {
		lua_settop(L, 1);
		return 1;
	}
	if (n > SIZE_MAX / TC_UTF8_REPAIR_MAX)
		return luaL_error(L, "sanitize_utf8: text too long");
	luaL_Buffer b;
	char *out = luaL_buffinitsize(L, &b, n * TC_UTF8_REPAIR_MAX);
	luaL_pushresultsize(&b, tc_utf8_repair(s, n, out));
	return 1;
}

static const luaL_Reg json_funcs[] = {
	{"encode", tcost_json_encode},
	{"number_text", tcost_json_number_text},
	{"sanitize_utf8", tcost_json_sanitize_utf8},
	{NULL, NULL}
};

int luaopen_tcost_json(lua_State *L)
{
	luaL_newlib(L, json_funcs);
	return 1;
}
