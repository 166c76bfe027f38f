/* lua_mc.c: the Lua module tcost.c.mc: uncertain values for scripts.
 *
 * An uncertain value is a userdata node ("tcost.Uncertain", metatable
 * locked) of the engine's graph (mc.h). Arithmetic on nodes builds new nodes;
 * nothing is sampled until run(). Each node keeps the nodes it refers to as
 * user values (1: its label, 2..: children), so the graph stays alive as long
 * as any node of it does, and the C pointers into it stay valid.
 *
 * Module: point uniform normal lognormal lognormal_ms range triangular pert
 * beta choice mixture truncate (constructors), min max isnode label
 * correlate quantile median inputs run, and point(outputs, overrides) (point
 * with a table first evaluates instead of constructing). Node methods: gt lt
 * ge le label. Samples kept by run(..., {keep = true}) have :csv(names).
 * run's options: samples (default 10000), seed (0), percentiles ({5, 25,
 * 50, 75, 95}), bins (30), keep (false), rankcorr (true; false skips the
 * rank correlations, e.g. for summaries nobody ranks).
 *
 * Memory: every run's buffers come from the state's allocator (so the host's
 * memory budget sees them) and belong to a to-be-closed holder, freed on
 * return and on any error. What is not here: sampling and statistics (mc.c,
 * dist.c, stats.c), the scenario language (lib-lua/). */
#include "lua_mc.h"

#include <lauxlib.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "mc.h"
#include "parallel.h"
#include "stats.h"

#define NODE_MT     "tcost.Uncertain"
#define HOLDER_MT   "tcost.mc.Run"
#define SAMPLES_MT  "tcost.Samples"
#define REG_ORDINAL "tcost.mc.ordinal" /* integer: leaves created so far */
#define REG_CORR    "tcost.mc.corr"    /* flat list: a, b, rho, a, b, rho, ... */
#define REG_LEAVES  "tcost.mc.leaves"  /* weak: light userdata (tc_node *) -> leaf */

#define MAX_LIST       1000000 /* values of a choice, outputs of a run */
#define MAX_COMPONENTS 10000   /* mixture components (each a user value) */
#define MAX_PCT        1000
#define MAX_BINS       100000
#define DEFAULT_SAMPLES 10000
#define ERRLEN 512

typedef struct lnode {
	tc_node nd;
	double more[]; /* choice and mixture storage */
} lnode;

/* A run in progress: freed by __close on return or error, or by __gc. */
#define NSCRATCH 7
typedef struct holder {
	tc_run *run;
	lua_Alloc f;
	void *ud;
	void *scratch[NSCRATCH];
	size_t bytes[NSCRATCH];
} holder;

/* Samples kept for export (run with keep = true); user value 1 anchors the
 * run's nodes. */
typedef struct samples {
	tc_run *run;
	size_t nout;
} samples;

/* ---- nodes ------------------------------------------------------------ */

static lnode *check_node(lua_State *L, int i)
{
	return luaL_checkudata(L, i, NODE_MT);
}

static lnode *test_node(lua_State *L, int i)
{
	return luaL_testudata(L, i, NODE_MT);
}

int tcost_mc_isnode(lua_State *L, int idx)
{
	return test_node(L, idx) != NULL;
}

/* The leaf at i, or an error saying what `what` needs. */
static lnode *check_leaf(lua_State *L, int i, const char *what)
{
	lnode *u = test_node(L, i);
	if (!u || u->nd.kind != TC_NODE_LEAF)
		luaL_error(L, "%s: needs a distribution such as range(1, 2), not %s", what,
		           u ? "an expression of uncertain values" : luaL_typename(L, i));
	return u;
}

/* Pushes a new node with `extra` bytes of storage and room for nref
 * referenced values (user values 2 ..). stack: +1 */
static lnode *new_node(lua_State *L, size_t extra, int nref)
{
	lnode *u;
	if (extra > SIZE_MAX - sizeof(lnode))
		luaL_error(L, "not enough memory");
	u = lua_newuserdatauv(L, sizeof(lnode) + extra, 1 + nref);
	memset(u, 0, sizeof *u);
	luaL_setmetatable(L, NODE_MT);
	return u;
}

/* The next creation ordinal of a leaf, the stream id of unlabeled leaves. */
static uint64_t next_ordinal(lua_State *L)
{
	lua_Integer k;
	lua_getfield(L, LUA_REGISTRYINDEX, REG_ORDINAL);
	k = lua_tointeger(L, -1) + 1;
	lua_pop(L, 1);
	lua_pushinteger(L, k);
	lua_setfield(L, LUA_REGISTRYINDEX, REG_ORDINAL);
	return (uint64_t)k;
}

/* Makes the node on top a leaf of d and records it so C pointers can be
 * mapped back to it. stack: node -> node */
static int finish_leaf(lua_State *L, const tc_dist *d)
{
	lnode *u = lua_touserdata(L, -1);
	tc_node_leaf(&u->nd, d, next_ordinal(L));
	lua_getfield(L, LUA_REGISTRYINDEX, REG_LEAVES);
	lua_pushvalue(L, -2);
	lua_rawsetp(L, -2, &u->nd);
	lua_pop(L, 1);
	return 1;
}

/* Pushes the leaf (userdata) whose node is nd; it must be alive. */
static void push_leaf_of(lua_State *L, const tc_node *nd)
{
	lua_getfield(L, LUA_REGISTRYINDEX, REG_LEAVES);
	lua_rawgetp(L, -1, nd);
	lua_remove(L, -2);
}

/* Pushes the label of leaf nd (a string or nil), read from its user value
 * rather than through the C pointer. */
static void push_label(lua_State *L, const tc_node *nd)
{
	push_leaf_of(L, nd);
	if (lua_isuserdata(L, -1))
		lua_getiuservalue(L, -1, 1);
	else
		lua_pushnil(L);
	lua_remove(L, -2);
}

/* The node at stack index i: a node, or a number, which is replaced on the
 * stack by a new constant node. */
static tc_node *operand(lua_State *L, int i, const char *what)
{
	lnode *u;
	i = lua_absindex(L, i);
	if ((u = test_node(L, i)) != NULL)
		return &u->nd;
	if (lua_type(L, i) != LUA_TNUMBER)
		luaL_error(L, "%s: needs numbers or uncertain values (got %s)", what, luaL_typename(L, i));
	double x = lua_tonumber(L, i);
	u = new_node(L, 0, 0);
	tc_node_const(&u->nd, x);
	lua_replace(L, i);
	return &u->nd;
}

/* ---- constructors ------------------------------------------------------- */

static int dist_result(lua_State *L, int rc, const tc_dist *d, const char *err)
{
	if (rc)
		return luaL_error(L, "%s", err);
	new_node(L, 0, 0);
	return finish_leaf(L, d);
}

static int mc_uniform(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), hi = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_uniform(&d, lo, hi, err, sizeof err), &d, err);
}

static int mc_normal(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double m = luaL_checknumber(L, 1), s = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_normal(&d, m, s, err, sizeof err), &d, err);
}

static int mc_lognormal(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double mu = luaL_checknumber(L, 1), sigma = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_lognormal(&d, mu, sigma, err, sizeof err), &d, err);
}

static int mc_lognormal_ms(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double m = luaL_checknumber(L, 1), s = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_lognormal_ms(&d, m, s, err, sizeof err), &d, err);
}

static int mc_range(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), hi = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_range(&d, lo, hi, err, sizeof err), &d, err);
}

static int mc_triangular(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), mode = luaL_checknumber(L, 2), hi = luaL_checknumber(L, 3);
	return dist_result(L, tc_dist_triangular(&d, lo, mode, hi, err, sizeof err), &d, err);
}

static int mc_pert(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), mode = luaL_checknumber(L, 2), hi = luaL_checknumber(L, 3);
	return dist_result(L, tc_dist_pert(&d, lo, mode, hi, err, sizeof err), &d, err);
}

static int mc_beta(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double a = luaL_checknumber(L, 1), b = luaL_checknumber(L, 2);
	return dist_result(L, tc_dist_beta(&d, a, b, err, sizeof err), &d, err);
}

/* Length of the array at i: a table of 1 .. max elements. */
static size_t list_len(lua_State *L, int i, const char *what, const char *items, lua_Integer max)
{
	lua_Integer n;
	if (lua_type(L, i) != LUA_TTABLE)
		luaL_error(L, "%s: %s must be an array (got %s)", what, items, luaL_typename(L, i));
	n = luaL_len(L, i);
	if (n < 1 || n > max)
		luaL_error(L, "%s: needs 1 to %I %s (got %I)", what, max, items, n);
	return (size_t)n;
}

/* Element k (1-based) of the array at t, which must be a number. */
static double list_number(lua_State *L, int t, size_t k, const char *what, const char *item)
{
	double x;
	lua_geti(L, t, (lua_Integer)k);
	if (lua_type(L, -1) != LUA_TNUMBER)
		luaL_error(L, "%s: %s %I must be a number (got %s)", what, item, (lua_Integer)k,
		           luaL_typename(L, -1));
	x = lua_tonumber(L, -1);
	lua_pop(L, 1);
	return x;
}

/* Reads the optional weights array at i (same length n as the values) into
 * w; returns w, or NULL when there is none. */
static double *read_weights(lua_State *L, int i, size_t n, double *w, const char *what, const char *items)
{
	if (lua_isnoneornil(L, i))
		return NULL;
	if (lua_type(L, i) != LUA_TTABLE)
		luaL_error(L, "%s: weights must be an array (got %s)", what, luaL_typename(L, i));
	if (luaL_len(L, i) != (lua_Integer)n)
		luaL_error(L, "%s: %I %s but %I weights", what, (lua_Integer)n, items, luaL_len(L, i));
	for (size_t k = 0; k < n; k++)
		w[k] = list_number(L, i, k + 1, what, "weight");
	return w;
}

static int mc_choice(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	lua_settop(L, 2);
	size_t n = list_len(L, 1, "choice", "values", MAX_LIST);
	/* n <= MAX_LIST, so these sizes cannot overflow */
	double *tmp = lua_newuserdatauv(L, 2 * n * sizeof(double), 0);
	for (size_t k = 0; k < n; k++)
		tmp[k] = list_number(L, 1, k + 1, "choice", "value");
	const double *w = read_weights(L, 2, n, tmp + n, "choice", "values");
	lnode *u = new_node(L, 2 * n * sizeof(double), 0);
	if (tc_dist_choice(&d, tmp, w, n, u->more, err, sizeof err))
		return luaL_error(L, "%s", err);
	return finish_leaf(L, &d);
}

static int mc_mixture(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	lua_settop(L, 2);
	size_t n = list_len(L, 1, "mixture", "distributions", MAX_COMPONENTS);
	double *w = lua_newuserdatauv(L, n * sizeof(double), 0);
	const double *wp = read_weights(L, 2, n, w, "mixture", "distributions");
	/* user values: 2 .. n+1 the components, n+2 the array of their dists */
	lnode *u = new_node(L, n * sizeof(double), (int)n + 1);
	int ui = lua_gettop(L);
	double *cum = u->more;
	const tc_dist **comp = lua_newuserdatauv(L, n * sizeof *comp, 0);
	lua_setiuservalue(L, ui, (int)n + 2);
	for (size_t k = 0; k < n; k++) {
		lua_geti(L, 1, (lua_Integer)k + 1);
		lnode *c = test_node(L, -1);
		if (!c || c->nd.kind != TC_NODE_LEAF)
			return luaL_error(L, "mixture: component %I must be a distribution such as range(1, 2)",
			                  (lua_Integer)k + 1);
		comp[k] = &c->nd.dist;
		lua_setiuservalue(L, ui, 2 + (int)k); /* pops the component */
	}
	if (tc_dist_mixture(&d, comp, wp, n, cum, err, sizeof err))
		return luaL_error(L, "%s", err);
	return finish_leaf(L, &d);
}

static int mc_truncate(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	lnode *b = check_leaf(L, 1, "truncate");
	double lo = luaL_optnumber(L, 2, -HUGE_VAL), hi = luaL_optnumber(L, 3, HUGE_VAL);
	if (tc_dist_truncate(&d, &b->nd.dist, lo, hi, err, sizeof err))
		return luaL_error(L, "%s", err);
	new_node(L, 0, 1);
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, -2, 2);
	return finish_leaf(L, &d);
}

/* ---- operators ---------------------------------------------------------- */

/* A node for op(arg 1, arg 2); what names the operation in errors. */
static int binop(lua_State *L, int op, const char *what)
{
	lua_settop(L, 2);
	tc_node *a = operand(L, 1, what), *b = operand(L, 2, what);
	lnode *u = new_node(L, 0, 2); /* stack: a b node */
	tc_node_op(&u->nd, op, a, b);
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, 3, 2);
	lua_pushvalue(L, 2);
	lua_setiuservalue(L, 3, 3);
	return 1;
}

static int mt_add(lua_State *L) { return binop(L, TC_OP_ADD, "+"); }
static int mt_sub(lua_State *L) { return binop(L, TC_OP_SUB, "-"); }
static int mt_mul(lua_State *L) { return binop(L, TC_OP_MUL, "*"); }
static int mt_div(lua_State *L) { return binop(L, TC_OP_DIV, "/"); }
static int mt_pow(lua_State *L) { return binop(L, TC_OP_POW, "^"); }

static int mt_unm(lua_State *L)
{
	lua_settop(L, 1);
	tc_node *a = operand(L, 1, "-");
	lnode *u = new_node(L, 0, 1);
	tc_node_op(&u->nd, TC_OP_NEG, a, NULL);
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, 2, 2);
	return 1;
}

/* Comparisons cannot be answered without sampling; say what to use. */
static int mt_compare(lua_State *L)
{
	return luaL_error(L, "uncertain values cannot be compared with < or <=; "
	                     "use x:lt(y), x:gt(y) (their mean is the probability)");
}

static int mt_tostring(lua_State *L)
{
	lnode *u = check_node(L, 1);
	char buf[256];
	if (u->nd.kind == TC_NODE_LEAF) {
		tc_dist_describe(&u->nd.dist, buf, sizeof buf);
		lua_pushstring(L, buf);
	} else {
		lua_pushliteral(L, "uncertain expression");
	}
	return 1;
}

static int m_gt(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_GT, "gt"); }
static int m_lt(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_LT, "lt"); }
static int m_ge(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_GE, "ge"); }
static int m_le(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_LE, "le"); }

/* min/max of two values; two numbers give a number. */
static int minmax(lua_State *L, int op, const char *what)
{
	if (lua_type(L, 1) == LUA_TNUMBER && lua_type(L, 2) == LUA_TNUMBER) {
		int first = lua_compare(L, 1, 2, LUA_OPLT) == (op == TC_OP_MIN);
		lua_pushvalue(L, first ? 1 : 2);
		return 1;
	}
	return binop(L, op, what);
}

static int mc_min(lua_State *L) { return minmax(L, TC_OP_MIN, "min"); }
static int mc_max(lua_State *L) { return minmax(L, TC_OP_MAX, "max"); }

static int mc_isnode(lua_State *L)
{
	lua_pushboolean(L, test_node(L, 1) != NULL);
	return 1;
}

/* label(node) -> its name or nil; label(node, name) names a leaf and
 * returns it. Also the method n:label(). */
static int mc_label(lua_State *L)
{
	lnode *u = check_node(L, 1);
	size_t len;
	if (lua_isnoneornil(L, 2)) {
		lua_getiuservalue(L, 1, 1);
		return 1;
	}
	if (u->nd.kind != TC_NODE_LEAF)
		return luaL_error(L, "label: only a distribution (an uncertain input) can be named, not an expression");
	luaL_checktype(L, 2, LUA_TSTRING);
	const char *s = lua_tolstring(L, 2, &len);
	if (len == 0 || strlen(s) != len)
		return luaL_error(L, "label: the name must be a non-empty string without zero bytes");
	lua_pushvalue(L, 2);
	lua_setiuservalue(L, 1, 1); /* anchors s */
	u->nd.label = s;
	lua_settop(L, 1);
	return 1;
}

static int mc_correlate(lua_State *L)
{
	lnode *a = test_node(L, 1), *b = test_node(L, 2);
	double rho = luaL_checknumber(L, 3);
	if (!a || !b || a->nd.kind != TC_NODE_LEAF || b->nd.kind != TC_NODE_LEAF || !a->nd.label || !b->nd.label)
		return luaL_error(L, "correlate: both values must be named uncertain inputs (distributions)");
	if (a == b)
		return luaL_error(L, "correlate: '%s' cannot be correlated with itself", a->nd.label);
	if (!(rho > -1 && rho < 1))
		return luaL_error(L, "correlate: the rank correlation must be > -1 and < 1 (got %f)", rho);
	lua_getfield(L, LUA_REGISTRYINDEX, REG_CORR);
	lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
	lua_pushvalue(L, 1);
	lua_rawseti(L, -2, n + 1);
	lua_pushvalue(L, 2);
	lua_rawseti(L, -2, n + 2);
	lua_pushnumber(L, rho);
	lua_rawseti(L, -2, n + 3);
	return 0;
}

static int mc_quantile(lua_State *L)
{
	lnode *u = check_leaf(L, 1, "quantile");
	double p = luaL_checknumber(L, 2);
	if (!(p >= 0 && p <= 1))
		return luaL_error(L, "quantile: p must be between 0 and 1 (got %f)", p);
	lua_pushnumber(L, tc_dist_quantile(&u->nd.dist, p));
	return 1;
}

/* ---- runs: holders, outputs, correlations ----------------------------- */

static void holder_release(holder *h)
{
	tc_run_free(h->run);
	h->run = NULL;
	for (int i = 0; i < NSCRATCH; i++) {
		if (h->scratch[i])
			h->f(h->ud, h->scratch[i], h->bytes[i], 0);
		h->scratch[i] = NULL;
	}
}

static int holder_gc(lua_State *L)
{
	holder_release(luaL_checkudata(L, 1, HOLDER_MT));
	return 0;
}

/* Pushes a new holder marked to-be-closed. stack: +1 */
static holder *push_holder(lua_State *L)
{
	holder *h = lua_newuserdatauv(L, sizeof *h, 0);
	memset(h, 0, sizeof *h);
	h->f = lua_getallocf(L, &h->ud);
	luaL_setmetatable(L, HOLDER_MT);
	lua_toclose(L, -1);
	return h;
}

/* A scratch array of count × size bytes owned by h (slot i). */
static void *scratch(lua_State *L, holder *h, int i, size_t count, size_t size, size_t n)
{
	if (size && count > SIZE_MAX / size)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	size_t bytes = count * size;
	if (bytes == 0)
		bytes = 1;
	h->scratch[i] = h->f(h->ud, NULL, 0, bytes);
	if (!h->scratch[i])
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	h->bytes[i] = bytes;
	return h->scratch[i];
}

/* Raises the engine's error, if any. */
static void check_rc(lua_State *L, int rc, const char *err, size_t n)
{
	if (rc == TC_MC_NOMEM)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	if (rc)
		luaL_error(L, "%s", err);
}

/* Reads the outputs array at t: pushes a pointer array (userdata) and a
 * table anchoring every output node (numbers become constant nodes).
 * stack: +2 */
static tc_node **collect_outputs(lua_State *L, int t, const char *what, size_t *nout)
{
	lua_Integer n;
	if (lua_type(L, t) != LUA_TTABLE)
		luaL_error(L, "%s: outputs must be an array (got %s)", what, luaL_typename(L, t));
	n = luaL_len(L, t);
	if (n < 0 || n > MAX_LIST)
		luaL_error(L, "%s: too many outputs (%I)", what, n);
	tc_node **arr = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *arr, 0);
	lua_createtable(L, (int)n, 0);
	int anchors = lua_gettop(L);
	for (lua_Integer i = 1; i <= n; i++) {
		luaL_checkstack(L, 2, NULL);
		lua_geti(L, t, i);
		lnode *u = test_node(L, -1);
		if (!u) {
			if (lua_type(L, -1) != LUA_TNUMBER)
				luaL_error(L, "%s: output %I must be a number or an uncertain value (got %s)", what, i,
				           luaL_typename(L, -1));
			double x = lua_tonumber(L, -1);
			lua_pop(L, 1);
			u = new_node(L, 0, 0);
			tc_node_const(&u->nd, x);
		}
		arr[i - 1] = &u->nd;
		lua_rawseti(L, anchors, i);
	}
	*nout = (size_t)n;
	return arr;
}

/* The recorded correlations as an array (a userdata). stack: +1 */
static tc_corr *collect_corr(lua_State *L, size_t *ncorr)
{
	lua_getfield(L, LUA_REGISTRYINDEX, REG_CORR);
	size_t k = lua_rawlen(L, -1) / 3;
	if (k > SIZE_MAX / sizeof(tc_corr) - 1)
		luaL_error(L, "not enough memory");
	tc_corr *c = lua_newuserdatauv(L, (k ? k : 1) * sizeof *c, 0);
	for (size_t i = 0; i < k; i++) {
		lua_rawgeti(L, -2, (lua_Integer)(3 * i + 1));
		lua_rawgeti(L, -3, (lua_Integer)(3 * i + 2));
		lua_rawgeti(L, -4, (lua_Integer)(3 * i + 3));
		c[i].a = &((lnode *)lua_touserdata(L, -3))->nd;
		c[i].b = &((lnode *)lua_touserdata(L, -2))->nd;
		c[i].rank_rho = lua_tonumber(L, -1);
		lua_pop(L, 3);
	}
	lua_remove(L, -2);
	*ncorr = k;
	return c;
}

/* ---- run ---------------------------------------------------------------- */

typedef struct run_opts {
	size_t n;
	uint64_t seed;
	double *pct;
	size_t npct;
	size_t bins;
	int keep;
	int rankcorr; /* compute rank correlations (default true) */
} run_opts;

/* Integer field k of the options table at t, between lo and hi, or dflt. */
static lua_Integer opt_int(lua_State *L, int t, const char *k, lua_Integer dflt, lua_Integer lo, lua_Integer hi)
{
	int isint;
	lua_Integer v;
	if (lua_getfield(L, t, k) == LUA_TNIL) {
		lua_pop(L, 1);
		return dflt;
	}
	v = lua_tointegerx(L, -1, &isint);
	if (!isint || lua_type(L, -1) != LUA_TNUMBER || v < lo || v > hi)
		luaL_error(L, "run: %s must be an integer between %I and %I (got %s)", k, lo, hi,
		           luaL_tolstring(L, -1, NULL));
	lua_pop(L, 1);
	return v;
}

/* Reads run's options at t (a table or nil); pushes the percentile array
 * (a userdata). stack: +1 */
static void read_opts(lua_State *L, int t, run_opts *o)
{
	static const double dflt[] = {5, 25, 50, 75, 95};
	int have = lua_type(L, t) == LUA_TTABLE;
	if (!have && !lua_isnoneornil(L, t))
		luaL_error(L, "run: options must be a table (got %s)", luaL_typename(L, t));
	o->n = have ? (size_t)opt_int(L, t, "samples", DEFAULT_SAMPLES, 1, TC_MC_MAX_SAMPLES) : DEFAULT_SAMPLES;
	o->seed = have ? (uint64_t)opt_int(L, t, "seed", 0, LUA_MININTEGER, LUA_MAXINTEGER) : 0;
	o->bins = have ? (size_t)opt_int(L, t, "bins", 30, 1, MAX_BINS) : 30;
	o->keep = 0;
	o->rankcorr = 1;
	if (have) {
		lua_getfield(L, t, "keep");
		o->keep = lua_toboolean(L, -1);
		lua_getfield(L, t, "rankcorr");
		o->rankcorr = lua_isnil(L, -1) || lua_toboolean(L, -1);
		lua_pop(L, 2);
	}
	if (have && lua_getfield(L, t, "percentiles") != LUA_TNIL) {
		int pt = lua_gettop(L);
		if (lua_type(L, pt) != LUA_TTABLE)
			luaL_error(L, "run: percentiles must be an array of numbers (got %s)", luaL_typename(L, pt));
		lua_Integer k = luaL_len(L, pt);
		if (k < 0 || k > MAX_PCT)
			luaL_error(L, "run: at most %d percentiles (got %I)", MAX_PCT, k);
		o->npct = (size_t)k;
		o->pct = lua_newuserdatauv(L, (o->npct ? o->npct : 1) * sizeof(double), 0);
		for (size_t i = 0; i < o->npct; i++) {
			double p = list_number(L, pt, i + 1, "run", "percentile");
			if (!(p >= 0 && p <= 100))
				luaL_error(L, "run: percentiles must be between 0 and 100 (got %f)", p);
			o->pct[i] = p;
		}
		lua_remove(L, pt);
	} else {
		if (have)
			lua_pop(L, 1);
		o->npct = sizeof dflt / sizeof dflt[0];
		o->pct = lua_newuserdatauv(L, sizeof dflt, 0);
		memcpy(o->pct, dflt, sizeof dflt);
	}
}

/* What each output's summary needs besides its Lua table: filled by
 * summarize() on the workers, pushed by push_summary() on the Lua thread. */
typedef struct summary_job {
	tc_run *run;
	const run_opts *o;
	double *moments;  /* nout × 4: mean, sd, min, max */
	size_t *counts;   /* nout × bins */
	double *pv;       /* nout × npct */
	double *copy;     /* keep: a copy to reorder, so the kept samples stay in order */
} summary_job;

static void summarize(void *arg, size_t i, int w)
{
	summary_job *j = arg;
	const run_opts *o = j->o;
	double *x = tc_run_output(j->run, i), *mo = j->moments + 4 * i;
	(void)w;
	tc_stats_moments(x, o->n, &mo[0], &mo[1], &mo[2], &mo[3]);
	tc_stats_hist(x, o->n, mo[2], mo[3], o->bins, j->counts + i * o->bins);
	if (o->keep) { /* one worker only: the copy is shared */
		memcpy(j->copy, x, o->n * sizeof *x);
		x = j->copy;
	}
	tc_stats_percentiles(x, o->n, o->pct, o->npct, j->pv + i * o->npct);
}

/* Rank correlations of output i with every labeled input it depends on,
 * from the first TC_SPEARMAN_MAX samples, before percentiles reorder them.
 * Pushes the array. */
static void push_rankcorr(lua_State *L, holder *h, const run_opts *o, size_t i, unsigned char *ranked)
{
	tc_run *r = h->run;
	size_t m = o->n < TC_SPEARMAN_MAX ? o->n : TC_SPEARMAN_MAX, nin = tc_run_ninputs(r);
	double *in_rank = h->scratch[0], *out_rank = h->scratch[1];
	tc_rankpair *pairs = h->scratch[2];
	int any = 0;
	lua_newtable(L);
	for (size_t j = 0; j < nin && o->rankcorr; j++) {
		if (!tc_run_uses(r, i, j))
			continue;
		size_t len;
		const double *v = tc_run_input_values(r, j, &len);
		if (!any) {
			tc_stats_rank(tc_run_output(r, i), m, out_rank, pairs);
			any = 1;
		}
		if (!ranked[j]) {
			tc_stats_rank(v, m, in_rank + j * m, pairs);
			ranked[j] = 1;
		}
		luaL_checkstack(L, 4, NULL);
		lua_createtable(L, 0, 2);
		push_label(L, tc_run_input(r, j));
		lua_setfield(L, -2, "input");
		lua_pushnumber(L, tc_stats_pearson(out_rank, in_rank + j * m, m));
		lua_setfield(L, -2, "rho");
		lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	}
}

/* Pushes the summary table of output i from what summarize() computed.
 * stack: rankcorr -> summary */
static void push_summary(lua_State *L, const run_opts *o, const summary_job *j, size_t i)
{
	const double *mo = j->moments + 4 * i, *pv = j->pv + i * o->npct;
	const size_t *counts = j->counts + i * o->bins;
	luaL_checkstack(L, 6, NULL);
	lua_createtable(L, 0, 7);
	lua_insert(L, -2);
	lua_setfield(L, -2, "rankcorr");
	lua_pushnumber(L, mo[0]);
	lua_setfield(L, -2, "mean");
	lua_pushnumber(L, mo[1]);
	lua_setfield(L, -2, "sd");
	lua_pushnumber(L, mo[2]);
	lua_setfield(L, -2, "min");
	lua_pushnumber(L, mo[3]);
	lua_setfield(L, -2, "max");
	/* stack: summary hist counts */
	lua_createtable(L, 0, 3);
	lua_pushnumber(L, mo[2]);
	lua_setfield(L, -2, "lo");
	lua_pushnumber(L, mo[3]);
	lua_setfield(L, -2, "hi");
	lua_createtable(L, (int)o->bins, 0);
	for (size_t b = 0; b < o->bins; b++) {
		lua_pushinteger(L, (lua_Integer)counts[b]);
		lua_rawseti(L, -2, (lua_Integer)b + 1);
	}
	lua_setfield(L, -2, "counts");
	lua_setfield(L, -2, "hist");
	lua_createtable(L, 0, (int)o->npct);
	for (size_t k = 0; k < o->npct; k++) {
		lua_pushnumber(L, o->pct[k]);
		lua_pushnumber(L, pv[k]);
		lua_rawset(L, -3);
	}
	lua_setfield(L, -2, "p");
}

/* run(outputs, opts) -> summaries[, samples] */
static int mc_run(lua_State *L)
{
	run_opts o;
	size_t nout, ncorr;
	char err[ERRLEN];
	lua_settop(L, 2);
	read_opts(L, 2, &o);                                       /* 3: pct */
	tc_node **outs = collect_outputs(L, 1, "run", &nout);      /* 4: pointers, 5: anchors */
	tc_corr *corr = collect_corr(L, &ncorr);                   /* 6 */
	holder *h = push_holder(L);                                /* 7 */
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_SAMPLE;
	ro.n = o.n;
	ro.seed = o.seed;
	ro.keep = o.keep;
	ro.corr = corr;
	ro.ncorr = ncorr;
	ro.alloc = h->f;
	ro.ud = h->ud;
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, o.n);
	check_rc(L, tc_run_eval(h->run, err, sizeof err), err, o.n);

	size_t nin = o.rankcorr ? tc_run_ninputs(h->run) : 0, m = o.n < TC_SPEARMAN_MAX ? o.n : TC_SPEARMAN_MAX;
	if (nin > SIZE_MAX / m)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)o.n);
	scratch(L, h, 0, nin * m, sizeof(double), o.n);
	scratch(L, h, 1, m, sizeof(double), o.n);
	scratch(L, h, 2, m, sizeof(tc_rankpair), o.n);
	summary_job job = {h->run, &o, NULL, NULL, NULL, NULL};
	job.pv = scratch(L, h, 3, nout * o.npct, sizeof(double), o.n);
	job.counts = scratch(L, h, 4, nout * o.bins, sizeof(size_t), o.n);
	job.moments = scratch(L, h, 6, nout * 4, sizeof(double), o.n);
	unsigned char *ranked = lua_newuserdatauv(L, nin ? nin : 1, 0); /* 8 */
	memset(ranked, 0, nin ? nin : 1);
	if (o.keep)
		job.copy = scratch(L, h, 5, o.n, sizeof(double), o.n);

	lua_createtable(L, (int)nout, 0);                          /* 9: results */
	for (size_t i = 0; i < nout; i++) {
		push_rankcorr(L, h, &o, i, ranked);
		lua_rawseti(L, 9, (lua_Integer)i + 1);
	}
	/* the heavy part, selection and moments, on every core */
	tc_parallel_for(nout, o.keep ? 1 : tc_parallel_workers(), summarize, &job);
	for (size_t i = 0; i < nout; i++) {
		lua_rawgeti(L, 9, (lua_Integer)i + 1);
		push_summary(L, &o, &job, i);
		lua_rawseti(L, 9, (lua_Integer)i + 1);
	}
	if (!o.keep)
		return 1;
	samples *s = lua_newuserdatauv(L, sizeof *s, 1);           /* 10 */
	s->run = NULL;
	s->nout = nout;
	luaL_setmetatable(L, SAMPLES_MT);
	lua_pushvalue(L, 5);
	lua_setiuservalue(L, 10, 1);
	s->run = h->run; /* the samples own the run from here on */
	h->run = NULL;
	return 2;
}

/* ---- kept samples ------------------------------------------------------- */

static samples *check_samples(lua_State *L)
{
	samples *s = luaL_checkudata(L, 1, SAMPLES_MT);
	if (!s->run)
		luaL_error(L, "csv: these samples were released");
	return s;
}

static int samples_gc(lua_State *L)
{
	samples *s = luaL_checkudata(L, 1, SAMPLES_MT);
	tc_run_free(s->run);
	s->run = NULL;
	return 0;
}

/* Pushes a CSV field for the string on top, quoted when it holds a comma,
 * quote, CR or LF (quotes doubled). stack: s -> field */
static void csv_field(lua_State *L)
{
	const char *s = lua_tostring(L, -1);
	if (!strpbrk(s, ",\"\r\n"))
		return;
	luaL_gsub(L, s, "\"", "\"\"");
	lua_pushfstring(L, "\"%s\"", lua_tostring(L, -1));
	lua_replace(L, -3);
	lua_pop(L, 1);
}

/* samples:csv(names) -> text: a header (names[i] for output i, then the
 * labels of the inputs), then one line per sample, numbers as %.17g. */
static int samples_csv(lua_State *L)
{
	samples *s = check_samples(L);
	tc_run *r = s->run;
	size_t n = tc_run_samples(r), nin = tc_run_ninputs(r), len;
	int names = !lua_isnoneornil(L, 2);
	luaL_Buffer b;
	char num[40];
	if (names)
		luaL_checktype(L, 2, LUA_TTABLE);
	luaL_buffinit(L, &b);
	for (size_t i = 0; i < s->nout + nin; i++) {
		if (i)
			luaL_addchar(&b, ',');
		if (i < s->nout && names && lua_geti(L, 2, (lua_Integer)i + 1) != LUA_TNIL) {
			if (lua_type(L, -1) != LUA_TSTRING)
				return luaL_error(L, "csv: name %I must be a string", (lua_Integer)i + 1);
		} else if (i < s->nout) {
			if (names)
				lua_pop(L, 1);
			lua_pushfstring(L, "output_%I", (lua_Integer)i + 1);
		} else {
			push_label(L, tc_run_input(r, i - s->nout));
		}
		csv_field(L);
		luaL_addvalue(&b);
	}
	luaL_addchar(&b, '\n');
	for (size_t k = 0; k < n; k++) {
		for (size_t i = 0; i < s->nout + nin; i++) {
			double v = i < s->nout ? tc_run_output(r, i)[k] : tc_run_input_values(r, i - s->nout, &len)[k];
			if (i)
				luaL_addchar(&b, ',');
			luaL_addlstring(&b, num, (size_t)snprintf(num, sizeof num, "%.17g", v));
		}
		luaL_addchar(&b, '\n');
	}
	luaL_pushresult(&b);
	return 1;
}

/* ---- point, inputs, median -------------------------------------------- */

/* point(outputs, overrides) -> values with every leaf at its median except
 * the overridden ones. */
static int point_eval(lua_State *L)
{
	size_t nout, nover = 0;
	char err[ERRLEN];
	lua_settop(L, 2);
	tc_node **outs = collect_outputs(L, 1, "point", &nout); /* 3, 4 */
	if (!lua_isnil(L, 2)) {
		luaL_checktype(L, 2, LUA_TTABLE);
		for (lua_pushnil(L); lua_next(L, 2); lua_pop(L, 1))
			if (++nover > MAX_LIST)
				return luaL_error(L, "point: too many overrides");
	}
	const tc_node **over = lua_newuserdatauv(L, (nover ? nover : 1) * sizeof *over, 0); /* 5 */
	double *val = lua_newuserdatauv(L, (nover ? nover : 1) * sizeof *val, 0);          /* 6 */
	if (nover) {
		size_t k = 0;
		for (lua_pushnil(L); lua_next(L, 2); lua_pop(L, 1)) {
			lnode *u = test_node(L, -2);
			if (!u || u->nd.kind != TC_NODE_LEAF)
				return luaL_error(L, "point: overrides must be keyed by uncertain inputs (distributions)");
			if (lua_type(L, -1) != LUA_TNUMBER)
				return luaL_error(L, "point: override values must be numbers (got %s)", luaL_typename(L, -1));
			over[k] = &u->nd;
			val[k++] = lua_tonumber(L, -1);
		}
	}
	holder *h = push_holder(L); /* 7 */
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_POINT;
	ro.over = over;
	ro.over_value = val;
	ro.nover = nover;
	ro.alloc = h->f;
	ro.ud = h->ud;
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, 1);
	check_rc(L, tc_run_eval(h->run, err, sizeof err), err, 1);
	lua_createtable(L, (int)nout, 0);
	for (size_t i = 0; i < nout; i++) {
		lua_pushnumber(L, tc_run_output(h->run, i)[0]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* point(x) constructs; point(outputs, overrides) evaluates. */
static int mc_point(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	if (lua_type(L, 1) == LUA_TTABLE)
		return point_eval(L);
	double x = luaL_checknumber(L, 1);
	return dist_result(L, tc_dist_point(&d, x, err, sizeof err), &d, err);
}

/* inputs(outputs) -> the labeled leaves reached, in order of first reach. */
static int mc_inputs(lua_State *L)
{
	size_t nout;
	char err[ERRLEN];
	lua_settop(L, 1);
	tc_node **outs = collect_outputs(L, 1, "inputs", &nout); /* 2, 3 */
	holder *h = push_holder(L);                              /* 4 */
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_WALK;
	ro.alloc = h->f;
	ro.ud = h->ud;
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, 1);
	size_t nin = tc_run_ninputs(h->run);
	lua_createtable(L, nin < INT32_MAX ? (int)nin : 0, 0);
	for (size_t j = 0; j < nin; j++) {
		luaL_checkstack(L, 2, NULL);
		push_leaf_of(L, tc_run_input(h->run, j));
		lua_rawseti(L, -2, (lua_Integer)j + 1);
	}
	return 1;
}

/* median(x): a number is itself; a leaf gives its exact median; an
 * expression gives its value with every leaf at its median. */
static int mc_median(lua_State *L)
{
	lnode *u;
	lua_settop(L, 1);
	if (lua_type(L, 1) == LUA_TNUMBER)
		return 1;
	u = check_node(L, 1);
	if (u->nd.kind == TC_NODE_LEAF) {
		lua_pushnumber(L, tc_dist_quantile(&u->nd.dist, 0.5));
		return 1;
	}
	lua_createtable(L, 1, 0);
	lua_pushvalue(L, 1);
	lua_rawseti(L, -2, 1);
	lua_replace(L, 1);
	lua_pushnil(L);
	point_eval(L);
	lua_rawgeti(L, -1, 1);
	return 1;
}

/* ---- prim nodes (for lua_prim.c) -------------------------------------- */

static void setup(lua_State *L);

void tcost_mc_pushprim(lua_State *L, const tc_prim *p, int first)
{
	tc_node *kid[TC_PRIM_MAXARGS];
	double probe[TC_PRIM_MAXARGS];
	char err[ERRLEN];
	first = lua_absindex(L, first);
	luaL_checkstack(L, 4, NULL);
	setup(L); /* tcost.c.prim may be loaded before tcost.c.mc */
	for (int k = 0; k < p->nargs; k++) {
		int i = first + k, t = lua_type(L, i);
		if (t != LUA_TNUMBER && !test_node(L, i))
			luaL_error(L, "%s: %s must be a number or an uncertain value (got %s)", p->name, p->argname[k],
			           luaL_typename(L, i));
		/* 0.5 satisfies every argument kind, so only numbers can fail */
		probe[k] = t == LUA_TNUMBER ? lua_tonumber(L, i) : 0.5;
	}
	if (tc_prim_check(p, probe, err, sizeof err))
		luaL_error(L, "%s", err);
	for (int k = 0; k < p->nargs; k++)
		kid[k] = operand(L, first + k, p->name);
	lnode *u = new_node(L, 0, p->nargs);
	int ui = lua_gettop(L);
	tc_node_prim(&u->nd, p, kid);
	for (int k = 0; k < p->nargs; k++) {
		lua_pushvalue(L, first + k);
		lua_setiuservalue(L, ui, 2 + k);
	}
}

/* ---- registration ------------------------------------------------------- */

static const luaL_Reg node_meta[] = {
	{"__add", mt_add},
	{"__sub", mt_sub},
	{"__mul", mt_mul},
	{"__div", mt_div},
	{"__pow", mt_pow},
	{"__unm", mt_unm},
	{"__lt", mt_compare},
	{"__le", mt_compare},
	{"__tostring", mt_tostring},
	{NULL, NULL}
};

static const luaL_Reg node_methods[] = {
	{"gt", m_gt},
	{"lt", m_lt},
	{"ge", m_ge},
	{"le", m_le},
	{"label", mc_label},
	{NULL, NULL}
};

static const luaL_Reg holder_meta[] = {
	{"__gc", holder_gc},
	{"__close", holder_gc},
	{NULL, NULL}
};

static const luaL_Reg samples_meta[] = {
	{"__gc", samples_gc},
	{"__close", samples_gc},
	{NULL, NULL}
};

static const luaL_Reg samples_methods[] = {
	{"csv", samples_csv},
	{NULL, NULL}
};

static const luaL_Reg mc_funcs[] = {
	{"point", mc_point},
	{"uniform", mc_uniform},
	{"normal", mc_normal},
	{"lognormal", mc_lognormal},
	{"lognormal_ms", mc_lognormal_ms},
	{"range", mc_range},
	{"triangular", mc_triangular},
	{"pert", mc_pert},
	{"beta", mc_beta},
	{"choice", mc_choice},
	{"mixture", mc_mixture},
	{"truncate", mc_truncate},
	{"min", mc_min},
	{"max", mc_max},
	{"isnode", mc_isnode},
	{"label", mc_label},
	{"correlate", mc_correlate},
	{"quantile", mc_quantile},
	{"median", mc_median},
	{"inputs", mc_inputs},
	{"run", mc_run},
	{NULL, NULL}
};

/* A class metatable: metamethods, a locked __metatable, and __index =
 * methods when there are any. stack: unchanged */
static void new_class(lua_State *L, const char *name, const luaL_Reg *meta, const luaL_Reg *methods)
{
	if (!luaL_newmetatable(L, name)) {
		lua_pop(L, 1);
		return;
	}
	luaL_setfuncs(L, meta, 0);
	lua_pushliteral(L, "locked");
	lua_setfield(L, -2, "__metatable");
	if (methods) {
		lua_newtable(L);
		luaL_setfuncs(L, methods, 0);
		lua_setfield(L, -2, "__index");
	}
	lua_pop(L, 1);
}

/* Creates the classes and registry entries once per state. */
static void setup(lua_State *L)
{
	new_class(L, NODE_MT, node_meta, node_methods);
	new_class(L, HOLDER_MT, holder_meta, NULL);
	new_class(L, SAMPLES_MT, samples_meta, samples_methods);
	if (lua_getfield(L, LUA_REGISTRYINDEX, REG_CORR) == LUA_TNIL) {
		lua_newtable(L);
		lua_setfield(L, LUA_REGISTRYINDEX, REG_CORR);
		lua_newtable(L); /* stack: nil leaves */
		lua_createtable(L, 0, 1);
		lua_pushliteral(L, "v");
		lua_setfield(L, -2, "__mode");
		lua_setmetatable(L, -2);
		lua_setfield(L, LUA_REGISTRYINDEX, REG_LEAVES);
	}
	lua_pop(L, 1);
}

int luaopen_tcost_mc(lua_State *L)
{
	setup(L);
	luaL_newlib(L, mc_funcs);
	return 1;
}
