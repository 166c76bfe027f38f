/* embed.c: the build-time generator that compiles lib-lua/ into tcost.
 *
 * Usage: embed lib-lua/tcost/a.lua lib-lua/tcost/b/c.lua ... > lib_embed.c
 * Each file is compiled here, by the same Lua the binary links, and its
 * bytecode becomes a byte array and a row of tc_embedded[] with the module
 * name ("tcost.b.c"). Compiling at build time instead of at every start keeps
 * a point-estimate run within milliseconds. The bytecode keeps the chunk name
 * "@lib-lua/tcost/b/c.lua" and line numbers, so an internal error still says
 * where it happened, but not the names of local variables and upvalues:
 * loading those strings was a third of the cost of loading the library, and
 * they only ever named a variable in an internal error ("local 'x'"), never in
 * a message about a scenario (scenarios are loaded as text, with every name).
 * TCOST_LIB=lib-lua runs the sources, with every name, for debugging. A Lua
 * whose dump is not in the format read here keeps its names (and says so).
 * Only tcost's own library is ever loaded as bytecode; scenarios are text.
 * The output is generated: do not edit it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

static int modname(const char *path, char *out, size_t cap)
{
	const char *p = strncmp(path, "lib-lua/", 8) == 0 ? path + 8 : path;
	size_t n = strlen(p);
	if (n < 5 || strcmp(p + n - 4, ".lua") != 0 || n - 4 >= cap)
		return -1;
	for (size_t i = 0; i < n - 4; i++)
		out[i] = p[i] == '/' ? '.' : p[i];
	out[n - 4] = '\0';
	return 0;
}

typedef struct dump {
	unsigned char *p;
	size_t len, cap;
} dump;

static int writer(lua_State *L, const void *p, size_t sz, void *ud)
{
	dump *d = ud;
	(void)L;
	if (d->len + sz > d->cap) {
		size_t cap = (d->len + sz) * 2;
		unsigned char *q = realloc(d->p, cap);
		if (!q)
			return 1;
		d->p = q;
		d->cap = cap;
	}
	memcpy(d->p + d->len, p, sz);
	d->len += sz;
	return 0;
}

/* Rewriting a dumped chunk without local and upvalue names. The format is
 * Lua 5.4's (ldump.c): sizes are unsigned varints, most significant 7-bit
 * group first, the last byte marked with 0x80; a string is its size + 1
 * (0 for none) and its bytes. */
typedef struct cursor {
	const unsigned char *p, *end;
	dump *out;
	int bad; /* ran past the end, or could not write */
} cursor;

static void put(cursor *c, const void *p, size_t n)
{
	if (writer(NULL, p, n, c->out) != 0)
		c->bad = 1;
}

static void put_size(cursor *c, size_t x)
{
	unsigned char buf[16];
	size_t n = 0;
	do {
		buf[sizeof buf - ++n] = (unsigned char)(x & 0x7f);
		x >>= 7;
	} while (x != 0);
	buf[sizeof buf - 1] |= 0x80;
	put(c, buf + sizeof buf - n, n);
}

static size_t read_size(cursor *c)
{
	size_t x = 0;
	int b;
	do {
		if (c->p >= c->end) {
			c->bad = 1;
			return 0;
		}
		b = *c->p++;
		x = (x << 7) | (size_t)(b & 0x7f);
	} while (!(b & 0x80));
	return x;
}

/* n bytes of input: copied to the output, or only skipped */
static void take(cursor *c, size_t n, int keep)
{
	if (c->bad || n > (size_t)(c->end - c->p)) {
		c->bad = 1;
		return;
	}
	if (keep)
		put(c, c->p, n);
	c->p += n;
}

static size_t copy_size(cursor *c)
{
	size_t x = read_size(c);
	put_size(c, x);
	return x;
}

static void copy_string(cursor *c)
{
	size_t n = copy_size(c);
	if (n > 0)
		take(c, n - 1, 1);
}

static void skip_string(cursor *c)
{
	size_t n = read_size(c);
	if (n > 0)
		take(c, n - 1, 0);
}

/* A function's constants: a type tag, then a number (8 bytes) or a string. */
static void copy_constants(cursor *c)
{
	size_t n = copy_size(c);
	for (size_t i = 0; i < n && !c->bad; i++) {
		int tag = c->p < c->end ? *c->p : -1;
		take(c, 1, 1);
		if (tag == 0x03) /* integer */
			take(c, sizeof(lua_Integer), 1);
		else if (tag == 0x13) /* float */
			take(c, sizeof(lua_Number), 1);
		else if (tag == 0x04 || tag == 0x14) /* short, long string */
			copy_string(c);
	}
}

/* Debug information: line info kept; local names (with their pc range) and
 * upvalue names left out, their counts written as 0. */
static void strip_names(cursor *c)
{
	size_t n = copy_size(c);
	take(c, n, 1); /* line info: a byte per instruction */
	n = copy_size(c);
	for (size_t i = 0; i < n && !c->bad; i++) { /* absolute line info: pc, line */
		copy_size(c);
		copy_size(c);
	}
	n = read_size(c);
	put_size(c, 0);
	for (size_t i = 0; i < n && !c->bad; i++) { /* a local: name, startpc, endpc */
		skip_string(c);
		read_size(c);
		read_size(c);
	}
	n = read_size(c);
	put_size(c, 0);
	for (size_t i = 0; i < n && !c->bad; i++)
		skip_string(c);
}

static void copy_function(cursor *c)
{
	copy_string(c); /* source: only the main function's is there */
	copy_size(c);	/* linedefined */
	copy_size(c);	/* lastlinedefined */
	take(c, 3, 1);	/* numparams, is_vararg, maxstacksize */
	size_t n = copy_size(c);
	if (n > SIZE_MAX / 4)
		c->bad = 1;
	else
		take(c, n * 4, 1); /* code */
	copy_constants(c);
	n = copy_size(c);
	if (n > SIZE_MAX / 3)
		c->bad = 1;
	else
		take(c, n * 3, 1); /* upvalues: instack, idx, kind */
	n = copy_size(c);
	for (size_t i = 0; i < n && !c->bad; i++)
		copy_function(c); /* nested functions */
	strip_names(c);
}

/* The 5.4 header (signature, version 0x54, format, check data, three sizes,
 * a test integer and float) and the main function's upvalue count. */
#define HEADER_BYTES (4 + 1 + 1 + 6 + 3 + sizeof(lua_Integer) + sizeof(lua_Number) + 1)

/* d's chunk without local and upvalue names, into out; 0 on success, -1
 * when the chunk is not in the format read here. */
static int strip_chunk(const dump *d, dump *out)
{
	cursor c = {d->p, d->p + d->len, out, 0};
	if (d->len < HEADER_BYTES || d->p[4] != 0x54)
		return -1;
	take(&c, HEADER_BYTES, 1);
	copy_function(&c);
	return c.bad || c.p != c.end ? -1 : 0;
}

/* Compiles path and prints its bytecode as array m<idx>; returns its length or -1. */
static long emit_chunk(lua_State *L, const char *path, int idx)
{
	dump d = {NULL, 0, 0};
	lua_settop(L, 0);
	if (luaL_loadfilex(L, path, "t") != LUA_OK) {
		fprintf(stderr, "embed: %s\n", lua_tostring(L, -1));
		return -1;
	}
	/* luaL_loadfilex names the chunk "@path": tracebacks show the real file */
	dump s = {NULL, 0, 0};
	if (lua_dump(L, writer, &d, 0) != 0) {
		free(d.p);
		return -1;
	}
	if (strip_chunk(&d, &s) != 0 || luaL_loadbufferx(L, (const char *)s.p, s.len, path, "b") != LUA_OK) {
		/* a Lua whose dump format is not the one read here: keep every name */
		fprintf(stderr, "embed: %s: bytecode kept with its names (an unknown dump format)\n", path);
		free(s.p);
		s = d;
		d.p = NULL;
	}
	printf("static const unsigned char m%d[] = {\n", idx);
	for (size_t i = 0; i < s.len; i++)
		printf("%d,%s", s.p[i], i % 24 == 23 ? "\n" : "");
	printf("0};\n");
	free(d.p);
	free(s.p);
	return (long)s.len;
}

int main(int argc, char **argv)
{
	char name[256];
	long *lens = calloc((size_t)argc, sizeof *lens);
	lua_State *L = luaL_newstate();
	if (!lens || !L)
		return 1;
	printf("/* Generated by scripts/embed.c from lib-lua/: DO NOT EDIT. */\n");
	printf("#include \"embed.h\"\n\n");
	for (int i = 1; i < argc; i++) {
		if (modname(argv[i], name, sizeof name) != 0) {
			fprintf(stderr, "embed: '%s' is not a Lua module path\n", argv[i]);
			return 1;
		}
		lens[i] = emit_chunk(L, argv[i], i);
		if (lens[i] < 0 || lens[i] > 0x7fffffff) {
			fprintf(stderr, "embed: cannot compile '%s'\n", argv[i]);
			return 1;
		}
	}
	printf("\nconst tc_embedded tc_embedded_lib[] = {\n");
	for (int i = 1; i < argc; i++) {
		modname(argv[i], name, sizeof name);
		printf("\t{\"%s\", \"@%s\", (const char *)m%d, %ld},\n", name, argv[i], i, lens[i]);
	}
	printf("\t{0, 0, 0, 0}\n};\n");
	lua_close(L);
	free(lens);
	return 0;
}
