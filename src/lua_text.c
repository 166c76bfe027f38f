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

/* Grows b to hold `more` bytes after its first n; the storage moves. */
static char *buf_grow(lua_State *L, buf *b, size_t more)
{
	if (more > (size_t)-1 / 4 - b->n)
		luaL_error(L, "text too long");
	size_t cap = 2 * (b->n + more);
	char *p = lua_newuserdatauv(L, cap, 0);
	if (b->n)
		memcpy(p, b->p, b->n);
	lua_replace(L, b->slot);
	b->p = p;
	b->cap = cap;
	return p + b->n;
}

/* Room for `more` bytes after the first n. */
static inline char *buf_room(lua_State *L, buf *b, size_t more)
{
	return more <= b->cap - b->n ? b->p + b->n : buf_grow(L, b, more);
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

static void add_line(void *ctx, size_t start, size_t end, int plain)
{
	wrapping *wr = ctx;
	lua_State *L = wr->L;
	const char *s = wr->s + start;
	size_t len = end - start;
	if (!plain) {
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

/* clean_cells(cells, n, repair) -> { width, ... }: cleans every text of the
 * list `cells` in place (as clean; one that is not valid UTF-8 is first
 * replaced by repair(text)) and returns the widest of each of the n columns,
 * the list holding row after row of n texts. */
static int tcost_text_clean_cells(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_Integer n = luaL_checkinteger(L, 2);
	luaL_checktype(L, 3, LUA_TFUNCTION);
	luaL_argcheck(L, n >= 0 && n <= 100000, 2, "0 to 100,000 columns");
	size_t *widest = lua_newuserdatauv(L, ((size_t)n + 1) * sizeof(size_t), 0);
	memset(widest, 0, ((size_t)n + 1) * sizeof(size_t));
	lua_Unsigned count = lua_rawlen(L, 1);
	for (lua_Unsigned j = 1; j <= count; j++) {
		size_t len, out, cols;
		if (lua_geti(L, 1, (lua_Integer)j) != LUA_TSTRING) /* stack: widest text */
			luaL_error(L, "clean_cells: text %d is a %s", (int)j, luaL_typename(L, -1));
		const char *s = lua_tolstring(L, -1, &len);
		int r = tc_text_clean(NULL, s, len, &out, &cols), repaired = r < 0;
		if (repaired) { /* stack: widest text -> widest repaired */
			lua_pushvalue(L, 3);
			lua_insert(L, -2);
			lua_call(L, 1, 1);
			if (lua_type(L, -1) != LUA_TSTRING)
				luaL_error(L, "clean_cells: repair gave no text");
			s = lua_tolstring(L, -1, &len);
			r = tc_text_clean(NULL, s, len, &out, &cols);
			if (r < 0)
				luaL_error(L, "clean_cells: repair gave invalid UTF-8");
		}
		if (r > 0) { /* stack: widest text cleaned -> widest text */
			luaL_Buffer b;
			char *p = luaL_buffinitsize(L, &b, out ? out : 1);
			tc_text_clean(p, s, len, &out, &cols);
			luaL_pushresultsize(&b, out);
			lua_seti(L, 1, (lua_Integer)j);
		} else if (repaired) {
			lua_pushvalue(L, -1);
			lua_seti(L, 1, (lua_Integer)j);
		}
		lua_pop(L, 1);
		if (n > 0 && cols > widest[(j - 1) % (lua_Unsigned)n])
			widest[(j - 1) % (lua_Unsigned)n] = cols;
	}
	lua_createtable(L, (int)n, 0);
	for (lua_Integer k = 0; k < n; k++) {
		lua_pushinteger(L, (lua_Integer)widest[k]);
		lua_rawseti(L, -2, k + 1);
	}
	return 1;
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
	const char *s; /* in a string held on the stack for the row */
	size_t len;
} cell;

typedef struct span {
	size_t start, end; /* a wrapped line: s[start, end) of its cell */
	int plain;         /* its words one space apart (else joined when laid out) */
} span;

typedef struct grid {
	size_t n;          /* columns shown */
	size_t stride;     /* texts in a row of the cells list */
	column *cols;
	cell *cells;       /* each column's text in the row */
	size_t *first;     /* each column's first wrapped line in spans */
	size_t *count;     /* and how many it has (0: the column does not wrap) */
	size_t indent, gap;
	const char *bold, *faint, *reset; /* NULL when uncoloured */
	buf out;           /* the table's lines, '\n' between them */
	size_t lines;      /* in out */
	buf spans;         /* wrapped lines of the row, as spans */
	buf join;          /* a wrapped line whose words were more than a space apart */
} grid;

/* list[k] as a boolean, for the list at stack index `list` (nil: all false) */
static int flag_at(lua_State *L, int list, lua_Integer k)
{
	if (lua_isnil(L, list))
		return 0;
	lua_geti(L, list, k);
	int on = lua_toboolean(L, -1);
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

/* list[k] as an integer, for the list at stack index `list` named `key`;
 * raises when it is not one */
static lua_Integer int_at(lua_State *L, int list, const char *key, lua_Integer k)
{
	int ok;
	lua_geti(L, list, k);
	lua_Integer v = lua_tointegerx(L, -1, &ok);
	if (!ok)
		luaL_error(L, "grid: layout.%s[%d] is not an integer", key, (int)k);
	lua_pop(L, 1);
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

/* a style string of the layout, or NULL (nil or false); pushed to keep it alive */
static const char *style_of(lua_State *L, int layout, const char *key)
{
	lua_getfield(L, layout, key);
	if (!lua_toboolean(L, -1))
		return NULL;
	luaL_checktype(L, -1, LUA_TSTRING);
	return lua_tostring(L, -1);
}

/* A zeroed array of n items of size bytes, held by a userdata it pushes. */
static void *new_array(lua_State *L, size_t n, size_t size)
{
	void *p = lua_newuserdatauv(L, (n + 1) * size, 0);
	memset(p, 0, (n + 1) * size);
	return p;
}

/* Reads the layout (argument 2) into g; pushes what g points into. */
static void read_layout(lua_State *L, grid *g)
{
	lua_Unsigned n = lua_rawlen(L, push_list(L, 2, "cols"));
	lua_pop(L, 1);
	luaL_argcheck(L, n <= 100000, 2, "too many columns");
	luaL_checkstack(L, (int)(n + 20), "too many columns");
	g->n = (size_t)n;
	g->cols = new_array(L, g->n, sizeof(column));
	g->cells = new_array(L, g->n, sizeof(cell));
	g->first = new_array(L, g->n, sizeof(size_t));
	g->count = new_array(L, g->n, sizeof(size_t));
	int top = lua_gettop(L), lists = top + 1; /* stack: cols widths right wrap dim */
	static const char *const names[] = { "cols", "widths", "right", "wrap", "dim" };
	for (int i = 0; i < 5; i++) {
		int t = lua_getfield(L, 2, names[i]), optional = i >= 2; /* the flags may be absent */
		if (t != LUA_TTABLE && !(optional && t == LUA_TNIL))
			luaL_error(L, "grid: layout.%s is not a list", names[i]);
	}
	for (size_t k = 0; k < g->n; k++) {
		column *c = &g->cols[k];
		lua_Integer w = int_at(L, lists + 1, "widths", (lua_Integer)k + 1);
		c->field = int_at(L, lists, "cols", (lua_Integer)k + 1);
		c->width = w < 0 ? 0 : (size_t)w;
		c->right = flag_at(L, lists + 2, (lua_Integer)k + 1);
		c->wrap = flag_at(L, lists + 3, (lua_Integer)k + 1);
		c->dim = flag_at(L, lists + 4, (lua_Integer)k + 1);
	}
	lua_settop(L, top);
	g->stride = count_of(L, 2, "stride");
	luaL_argcheck(L, g->stride > 0, 2, "stride must be positive");
	g->indent = count_of(L, 2, "indent");
	g->gap = count_of(L, 2, "gap");
	g->bold = style_of(L, 2, "bold");
	g->faint = style_of(L, 2, "faint");
	g->reset = style_of(L, 2, "reset");
	if (!g->bold || !g->faint || !g->reset)
		g->bold = g->faint = g->reset = NULL;
	buf_init(L, &g->out);
	g->lines = 0;
	buf_init(L, &g->spans);
	buf_init(L, &g->join);
}

/* Lays out one cell into the line: truncated to its column when wider
 * ("…"), padded on the left (right-aligned) or right, styled when `on`;
 * the last cell of a left-aligned line without its trailing spaces. */
static void put_cell(lua_State *L, grid *g, const column *c, cell t, int last, const char *on)
{
	size_t u = width_of(L, t.s, t.len);
	const char *tail = "";
	if (u > c->width && c->width == 0) { /* no room: nothing */
		t.len = u = 0;
	} else if (u > c->width) { /* the longest prefix of width - 1 columns and "…" */
		t.len = tc_text_prefix(t.s, t.len, c->width - 1, &u);
		u++;
		tail = ELLIPSIS;
	}
	if (on)
		buf_add(L, &g->out, on, strlen(on));
	if (c->right)
		buf_spaces(L, &g->out, c->width - u);
	if (last && !c->right && !*tail)
		while (t.len > 0 && t.s[t.len - 1] == ' ')
			t.len--;
	buf_add(L, &g->out, t.s, t.len);
	buf_add(L, &g->out, tail, strlen(tail));
	if (!c->right && !last)
		buf_spaces(L, &g->out, c->width - u);
	if (on)
		buf_add(L, &g->out, g->reset, strlen(g->reset));
}

/* Line h (0: the first) of column k's text: a wrapped column's h-th line
 * (its words one space apart), else the whole text on line 0, else "". */
static cell line_of(lua_State *L, grid *g, size_t k, size_t h)
{
	cell t = { "", 0 };
	if (g->count[k] == 0)
		return h == 0 ? g->cells[k] : t;
	if (h >= g->count[k])
		return t;
	span sp;
	memcpy(&sp, g->spans.p + (g->first[k] + h) * sizeof sp, sizeof sp);
	t.s = g->cells[k].s + sp.start;
	t.len = sp.end - sp.start;
	if (!sp.plain) {
		g->join.n = 0;
		t.len = tc_text_join(buf_room(L, &g->join, t.len), t.s, t.len);
		t.s = g->join.p;
	}
	return t;
}

/* Appends line h of the row (or the heads) to g->out: the indent, the cells
 * a gap apart, no trailing spaces. Uncoloured, empty cells at the end are
 * left out (only spaces). head: every cell bold, else dim columns faint. */
static void put_line(lua_State *L, grid *g, size_t h, int head)
{
	size_t keep = g->n, start;
	if (g->lines++ > 0)
		buf_add(L, &g->out, "\n", 1);
	start = g->out.n;
	if (!g->bold)
		while (keep > 0 && line_of(L, g, keep - 1, h).len == 0)
			keep--;
	buf_spaces(L, &g->out, g->indent);
	for (size_t k = 0; k < keep; k++) {
		if (k > 0)
			buf_spaces(L, &g->out, g->gap);
		const char *on = !g->bold ? NULL : head ? g->bold : g->cols[k].dim ? g->faint : NULL;
		put_cell(L, g, &g->cols[k], line_of(L, g, k, h), k + 1 == keep, on);
	}
	while (g->out.n > start && g->out.p[g->out.n - 1] == ' ')
		g->out.n--;
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

typedef struct spanning {
	lua_State *L;
	buf *spans;
	size_t n;
} spanning;

static void add_span(void *ctx, size_t start, size_t end, int plain)
{
	spanning *sp = ctx;
	span one = { start, end, plain };
	memcpy(buf_room(sp->L, sp->spans, sizeof one), &one, sizeof one);
	sp->spans->n += sizeof one;
	sp->n++;
}

/* The lines of the row whose texts follow index `base` of the cells list
 * (argument 1): a wrap column wider than its width continues on the lines
 * below. */
static void put_row(lua_State *L, grid *g, lua_Integer base)
{
	size_t height = 1;
	g->spans.n = 0;
	for (size_t k = 0; k < g->n; k++) {
		column *c = &g->cols[k];
		cell *t = &g->cells[k];
		luaL_argcheck(L, c->field >= 1 && (lua_Unsigned)c->field <= g->stride, 2, "a column outside the row");
		take_cell(L, t, 1, base + c->field);
		g->count[k] = 0;
		if (c->wrap && width_of(L, t->s, t->len) > c->width) {
			spanning sp = { L, &g->spans, 0 };
			g->first[k] = g->spans.n / sizeof(span);
			tc_text_wrap(t->s, t->len, c->width, add_span, &sp);
			if (sp.n == 0) /* only spaces: an empty cell */
				*t = (cell){ "", 0 };
			g->count[k] = sp.n;
			if (sp.n > height)
				height = sp.n;
		}
	}
	for (size_t h = 0; h < height; h++)
		put_line(L, g, h, 0);
}

/* grid(cells, layout) -> the lines of a table, '\n' between them: its heads,
 * then each row of `cells` (cleaned strings, row after row, `stride` a row).
 * layout = { stride = n, cols = {field, ...} (1..stride), heads = {s, ...},
 * widths = {n, ...}, right, wrap, dim = {bool, ...} (per column shown),
 * indent, gap = n [, bold, faint, reset = escape codes when coloured] }. */
static int tcost_text_grid(lua_State *L)
{
	grid g;
	luaL_checktype(L, 1, LUA_TTABLE);
	luaL_checktype(L, 2, LUA_TTABLE);
	read_layout(L, &g);
	size_t line = g.indent + 1, texts = lua_rawlen(L, 1);
	for (size_t k = 0; k < g.n; k++)
		line += g.gap + (g.cols[k].width < 1000 ? g.cols[k].width : 1000);
	size_t guess = texts / g.stride < 4096 ? (texts / g.stride + 1) * line : 4096 * line;
	buf_room(L, &g.out, guess < 65536 ? guess : 65536); /* room for most tables at once */
	int heads = push_list(L, 2, "heads");
	for (size_t k = 0; k < g.n; k++)
		take_cell(L, &g.cells[k], heads, (lua_Integer)k + 1);
	put_line(L, &g, 0, 1);
	lua_settop(L, heads);
	for (lua_Unsigned base = 0; base + g.stride <= texts; base += g.stride) {
		put_row(L, &g, (lua_Integer)base);
		lua_settop(L, heads);
	}
	lua_pushlstring(L, g.out.p ? g.out.p : "", g.out.n);
	return 1;
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
	{"clean_cells", tcost_text_clean_cells},
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
