/* lua_text.c: the Lua module "tcost.c.text": the text report's mechanics
 * (width, cleaning, truncation, word wrap, a table's padded lines) over the
 * workers of text.c. What a report shows, how a table is split into column
 * groups and how wide each column may be are lib-lua/tcost/fmt/text.lua's.
 * Every function takes any string (embedded NULs, any size); one that needs
 * valid UTF-8 raises "invalid UTF-8 code" (as Lua's utf8.codes) without it. */
#include <string.h>

#include <lua.h>
#include <lauxlib.h>

#include "host.h"
#include "text.h"

#define ELLIPSIS "\xE2\x80\xA6" /* U+2026, one column */

/* Columns of s; raises when s is not valid UTF-8. */
static size_t width_of(lua_State *L, const char *s, size_t len)
{
	size_t cols;
	if (tc_text_width(s, len, &cols) != 0)
		luaL_error(L, "invalid UTF-8 code");
	return cols;
}

/* A width argument: negative ones are 0, and one past len is as good as
 * any larger (no line of s is wider than len columns). */
static size_t arg_width(lua_State *L, int arg, size_t len)
{
	lua_Integer w = luaL_checkinteger(L, arg);
	if (w < 0)
		return 0;
	return (lua_Unsigned)w > len ? len + 1 : (size_t)w;
}

/* ---- a byte buffer held by a userdata at a fixed stack slot --------------- */

typedef struct buf {
	char *p;
	size_t n, cap;
	int slot; /* the stack index whose userdata holds p */
} buf;

/* Pushes nil as the buffer's slot: storage comes on first use. */
static void buf_init(lua_State *L, buf *b)
{
	lua_pushnil(L);
	b->p = NULL;
	b->n = b->cap = 0;
	b->slot = lua_gettop(L);
}

/* Room for `more` bytes after the first n; the storage moves when it grows. */
static char *buf_room(lua_State *L, buf *b, size_t more)
{
	if (more > b->cap - b->n) {
		if (more > (size_t)-1 / 4 - b->n)
			luaL_error(L, "text too long");
		size_t cap = 2 * (b->n + more);
		char *p = lua_newuserdatauv(L, cap, 0);
		if (b->n)
			memcpy(p, b->p, b->n);
		lua_replace(L, b->slot);
		b->p = p;
		b->cap = cap;
	}
	return b->p + b->n;
}

static void buf_add(lua_State *L, buf *b, const char *s, size_t len)
{
	if (len) {
		memcpy(buf_room(L, b, len), s, len);
		b->n += len;
	}
}

static void buf_spaces(lua_State *L, buf *b, size_t n)
{
	if (n) {
		memset(buf_room(L, b, n), ' ', n);
		b->n += n;
	}
}

/* ---- wrap ------------------------------------------------------------------ */

typedef struct wrapping {
	lua_State *L;
	const char *s;
	int table;       /* stack index of the list of lines */
	lua_Integer n;   /* lines so far */
	buf join;        /* for a line whose words are more than one space apart */
} wrapping;

static void add_line(void *ctx, size_t start, size_t end)
{
	wrapping *wr = ctx;
	lua_State *L = wr->L;
	const char *s = wr->s + start;
	size_t len = end - start, i;
	for (i = 1; i < len; i++) /* a line starts and ends with a word */
		if ((s[i] <= ' ' && s[i] != ' ') || (s[i] == ' ' && s[i - 1] == ' '))
			break;
	if (i < len) {
		wr->join.n = 0;
		size_t n = tc_text_join(buf_room(L, &wr->join, len), s, len);
		lua_pushlstring(L, wr->join.p, n);
	} else {
		lua_pushlstring(L, s, len);
	}
	lua_rawseti(L, wr->table, ++wr->n);
}

/* Pushes the list of lines of s wrapped at w columns (tc_text_wrap). */
static lua_Integer push_wrapped(lua_State *L, const char *s, size_t len, size_t w)
{
	wrapping wr = { L, s, 0, 0, { NULL, 0, 0, 0 } };
	width_of(L, s, len);
	lua_createtable(L, 0, 0);
	wr.table = lua_gettop(L);
	buf_init(L, &wr.join);
	tc_text_wrap(s, len, w, add_line, &wr);
	lua_pop(L, 1); /* stack: lines */
	return wr.n;
}

/* ---- the functions of the module -------------------------------------------- */

/* width(s) -> columns of s in a terminal */
static int tcost_text_width(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	lua_pushinteger(L, (lua_Integer)width_of(L, s, len));
	return 1;
}

/* clean(s) -> s without control characters, its width | nil when s is not
 * valid UTF-8 (the caller repairs it first) */
static int tcost_text_clean(lua_State *L)
{
	size_t len, n, cols;
	const char *s = luaL_checklstring(L, 1, &len);
	int r = tc_text_clean(NULL, s, len, &n, &cols);
	if (r < 0) {
		lua_pushnil(L);
		return 1;
	}
	if (r == 0) {
		lua_settop(L, 1);
	} else {
		luaL_Buffer b;
		char *p = luaL_buffinitsize(L, &b, n ? n : 1);
		tc_text_clean(p, s, len, &n, &cols);
		luaL_pushresultsize(&b, n);
	}
	lua_pushinteger(L, (lua_Integer)cols);
	return 2;
}

/* truncate(s, w) -> s when at most w columns wide, else its longest prefix of
 * w - 1 columns and "…" ("" when w <= 0) */
static int tcost_text_truncate(lua_State *L)
{
	size_t len, used;
	const char *s = luaL_checklstring(L, 1, &len);
	lua_Integer w = luaL_checkinteger(L, 2);
	size_t cols = width_of(L, s, len);
	if (w >= 0 && (lua_Unsigned)w >= cols) {
		lua_settop(L, 1);
	} else if (w <= 0) {
		lua_pushliteral(L, "");
	} else {
		luaL_Buffer b;
		luaL_buffinit(L, &b);
		luaL_addlstring(&b, s, tc_text_prefix(s, len, (size_t)w - 1, &used));
		luaL_addstring(&b, ELLIPSIS);
		luaL_pushresult(&b);
	}
	return 1;
}

/* wrap(s, w) -> { line, ... }: s word-wrapped at w columns (tc_text_wrap) */
static int tcost_text_wrap(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	push_wrapped(L, s, len, arg_width(L, 2, len));
	return 1;
}

/* ---- grid: a table's lines ------------------------------------------------- */

typedef struct column {
	lua_Integer field; /* the row's field this column shows */
	size_t width;
	int right, wrap, dim;
} column;

typedef struct cell {
	const char *s; /* a string held on the stack for the line */
	size_t len;
} cell;

typedef struct grid {
	size_t n;          /* columns */
	column *cols;
	cell *cells;       /* the line being laid out */
	int *stacks;       /* stack index of each column's wrapped lines, or 0 */
	size_t indent, gap;
	const char *bold, *faint, *reset; /* NULL when uncoloured */
	lua_Integer out_n; /* lines in the output list */
	buf line;
} grid;

/* layout[key][k] as a boolean (an absent list is all false) */
static int flag_at(lua_State *L, int layout, const char *key, lua_Integer k)
{
	int on = 0;
	if (lua_getfield(L, layout, key) == LUA_TTABLE) {
		lua_geti(L, -1, k);
		on = lua_toboolean(L, -1);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	return on;
}

/* Pushes layout[key], which must be a table. */
static int push_list(lua_State *L, int layout, const char *key)
{
	if (lua_getfield(L, layout, key) != LUA_TTABLE)
		luaL_error(L, "grid: layout.%s is not a list", key);
	return lua_gettop(L);
}

/* layout[key][k] as an integer; raises when it is not one */
static lua_Integer int_at(lua_State *L, int layout, const char *key, lua_Integer k)
{
	int ok;
	lua_geti(L, push_list(L, layout, key), k);
	lua_Integer v = lua_tointegerx(L, -1, &ok);
	if (!ok)
		luaL_error(L, "grid: layout.%s[%d] is not an integer", key, (int)k);
	lua_pop(L, 2);
	return v;
}

static size_t count_of(lua_State *L, int layout, const char *key)
{
	int ok;
	lua_getfield(L, layout, key);
	lua_Integer v = lua_tointegerx(L, -1, &ok);
	lua_pop(L, 1);
	if (!ok || v < 0 || v > 1000)
		luaL_error(L, "grid: %s must be an integer from 0 to 1000", key);
	return (size_t)v;
}

/* a style string of the layout, or NULL; pushed to keep it alive */
static const char *style_of(lua_State *L, int layout, const char *key)
{
	lua_getfield(L, layout, key);
	if (!lua_isnil(L, -1))
		luaL_checktype(L, -1, LUA_TSTRING);
	return lua_tostring(L, -1);
}

/* Reads the layout (argument 3) into g; pushes what g points into. */
static void read_layout(lua_State *L, grid *g)
{
	lua_Unsigned n = lua_rawlen(L, push_list(L, 3, "cols"));
	lua_pop(L, 1);
	luaL_argcheck(L, n <= 100000, 3, "too many columns");
	luaL_checkstack(L, (int)(4 * n + 20), "too many columns");
	g->n = (size_t)n;
	g->cols = lua_newuserdatauv(L, (g->n + 1) * sizeof(column), 0);
	g->cells = lua_newuserdatauv(L, (g->n + 1) * sizeof(cell), 0);
	g->stacks = lua_newuserdatauv(L, (g->n + 1) * sizeof(int), 0);
	for (size_t k = 0; k < g->n; k++) {
		column *c = &g->cols[k];
		lua_Integer w = int_at(L, 3, "widths", (lua_Integer)k + 1);
		c->field = int_at(L, 3, "cols", (lua_Integer)k + 1);
		c->width = w < 0 ? 0 : (size_t)w;
		c->right = flag_at(L, 3, "right", (lua_Integer)k + 1);
		c->wrap = flag_at(L, 3, "wrap", (lua_Integer)k + 1);
		c->dim = flag_at(L, 3, "dim", (lua_Integer)k + 1);
	}
	g->indent = count_of(L, 3, "indent");
	g->gap = count_of(L, 3, "gap");
	g->bold = style_of(L, 3, "bold");
	g->faint = style_of(L, 3, "faint");
	g->reset = style_of(L, 3, "reset");
	if (!g->bold || !g->faint || !g->reset)
		g->bold = g->faint = g->reset = NULL;
	g->out_n = (lua_Integer)lua_rawlen(L, 1);
	buf_init(L, &g->line);
}

/* Lays out one cell into the line: truncated to its column when wider
 * ("…"), padded on the left (right-aligned) or right, styled when `on`;
 * the last cell of a left-aligned line without its trailing spaces. */
static void put_cell(lua_State *L, grid *g, size_t k, int last, const char *on)
{
	const column *c = &g->cols[k];
	const char *s = g->cells[k].s;
	size_t len = g->cells[k].len, u = width_of(L, s, len);
	const char *tail = "";
	if (u > c->width) {
		len = c->width ? tc_text_prefix(s, len, c->width - 1, &u) : 0;
		u += c->width ? 1 : 0;
		tail = c->width ? ELLIPSIS : "";
	}
	if (on)
		buf_add(L, &g->line, on, strlen(on));
	if (c->right)
		buf_spaces(L, &g->line, c->width - u);
	if (last && !c->right && !*tail)
		while (len > 0 && s[len - 1] == ' ')
			len--;
	buf_add(L, &g->line, s, len);
	buf_add(L, &g->line, tail, strlen(tail));
	if (!c->right && !last)
		buf_spaces(L, &g->line, c->width - u);
	if (on)
		buf_add(L, &g->line, g->reset, strlen(g->reset));
}

/* Appends the line of g->cells to the output (argument 1): the indent, the
 * cells a gap apart, no trailing spaces. Uncoloured, empty cells at the end
 * are left out (only spaces). head: every cell bold, else dim columns faint. */
static void put_line(lua_State *L, grid *g, int head)
{
	size_t keep = g->n;
	if (!g->bold)
		while (keep > 0 && g->cells[keep - 1].len == 0)
			keep--;
	g->line.n = 0;
	buf_spaces(L, &g->line, g->indent);
	for (size_t k = 0; k < keep; k++) {
		if (k > 0)
			buf_spaces(L, &g->line, g->gap);
		const char *on = !g->bold ? NULL : head ? g->bold : g->cols[k].dim ? g->faint : NULL;
		put_cell(L, g, k, k + 1 == keep, on);
	}
	while (g->line.n > 0 && g->line.p[g->line.n - 1] == ' ')
		g->line.n--;
	lua_pushlstring(L, g->line.p, g->line.n);
	lua_rawseti(L, 1, ++g->out_n);
}

/* Pushes row[field] (a string, nil as "") and points the cell at it. */
static void take_cell(lua_State *L, cell *c, int row, lua_Integer field)
{
	int t = lua_geti(L, row, field);
	if (t != LUA_TSTRING && t != LUA_TNIL)
		luaL_error(L, "grid: a cell is a %s, not a string", lua_typename(L, t));
	c->s = t == LUA_TNIL ? "" : lua_tolstring(L, -1, &c->len);
	if (t == LUA_TNIL)
		c->len = 0;
}

/* The lines of one row: wrap columns wider than their width continue on the
 * lines below; returns how many lines the row took. */
static void put_row(lua_State *L, grid *g, int row)
{
	lua_Integer height = 1;
	for (size_t k = 0; k < g->n; k++) {
		column *c = &g->cols[k];
		cell *cl = &g->cells[k];
		take_cell(L, cl, row, c->field);
		g->stacks[k] = 0;
		if (c->wrap && width_of(L, cl->s, cl->len) > c->width) {
			lua_Integer h = push_wrapped(L, cl->s, cl->len, c->width);
			g->stacks[k] = lua_gettop(L);
			take_cell(L, cl, g->stacks[k], 1);
			if (h > height)
				height = h;
		}
	}
	put_line(L, g, 0);
	for (lua_Integer h = 2; h <= height; h++) {
		int top = lua_gettop(L);
		for (size_t k = 0; k < g->n; k++) {
			if (g->stacks[k])
				take_cell(L, &g->cells[k], g->stacks[k], h);
			else
				g->cells[k] = (cell){ "", 0 };
		}
		put_line(L, g, 0);
		lua_settop(L, top);
	}
}

/* grid(out, rows, layout): appends to the list `out` the lines of a table:
 * its heads, then each row of `rows` (a list of lists of cleaned strings).
 * layout = { cols = {field, ...}, heads = {s, ...}, widths = {n, ...},
 * right, wrap, dim = {bool, ...} (per column), indent, gap = n
 * [, bold, faint, reset = escape codes when coloured] }. */
static int tcost_text_grid(lua_State *L)
{
	grid g;
	luaL_checktype(L, 1, LUA_TTABLE);
	luaL_checktype(L, 2, LUA_TTABLE);
	luaL_checktype(L, 3, LUA_TTABLE);
	read_layout(L, &g);
	int heads = push_list(L, 3, "heads");
	for (size_t k = 0; k < g.n; k++)
		take_cell(L, &g.cells[k], heads, (lua_Integer)k + 1);
	put_line(L, &g, 1);
	lua_settop(L, heads);
	for (lua_Integer r = 1;; r++) {
		int t = lua_geti(L, 2, r); /* stack: ... row */
		if (t == LUA_TNIL)
			break;
		if (t != LUA_TTABLE)
			luaL_error(L, "grid: row %d is a %s, not a list", (int)r, lua_typename(L, t));
		put_row(L, &g, heads + 1);
		lua_settop(L, heads);
	}
	return 0;
}

/* fixed(x, n) -> |x| at n (1-99) significant figures in plain notation,
 * the exponent of its first figure (tc_text_fixed): the figures of every
 * number a report shows */
static int tcost_text_fixed(lua_State *L)
{
	char out[TC_TEXT_FIXED_MAX];
	int lead;
	double x = luaL_checknumber(L, 1);
	lua_Integer n = luaL_checkinteger(L, 2);
	luaL_argcheck(L, n >= 1 && n <= 99, 2, "1 to 99 significant figures");
	lua_pushlstring(L, out, tc_text_fixed(out, x, (int)n, &lead));
	lua_pushinteger(L, lead);
	return 2;
}

static const luaL_Reg text_funcs[] = {
	{"width", tcost_text_width},
	{"clean", tcost_text_clean},
	{"truncate", tcost_text_truncate},
	{"wrap", tcost_text_wrap},
	{"grid", tcost_text_grid},
	{"fixed", tcost_text_fixed},
	{NULL, NULL}
};

int luaopen_tcost_text(lua_State *L)
{
	luaL_newlib(L, text_funcs);
	return 1;
}
