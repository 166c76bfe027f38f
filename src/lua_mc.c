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
 * correlate quantile stream_scope median inputs run, and point(outputs, overrides) (point
 * with a table first evaluates instead of constructing). Node methods: gt lt
 * ge le label.
 *
 * What lives here: nodes (the userdata, checks, labels), the constructors,
 * operators and metamethods, correlate/quantile/label/isnode, prim nodes for
 * lua_prim.c. What is not here: runs and everything that evaluates a graph
 * (run, its options and summaries, kept samples and :csv, point(outputs,
 * overrides), inputs, median) and the module's registration
 * (luaopen_tcost_mc) are in lua_run.c, which builds on this file and never
 * the other way round; what both files share is in lua_mc_priv.h;
 * sampling and statistics are in mc.c, dist.c, stats.c; the scenario
 * language is in lib-lua/. */
#include "lua_mc.h"
#include "lua_mc_priv.h"

#include <lauxlib.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "mc.h"

#define REG_ORDINAL "tcost.mc.ordinal" /* integer: the last ordinal given in the current scope */

/* Ordinals are scope · 2^32 + the leaf's place in its scope, so a leaf's
 * stream depends on which file created it and where, never on how many
 * leaves other files created before it (see mc_stream_scope). */
#define SCOPE_SHIFT 32
#define MAX_SCOPE   ((lua_Integer)1 << 30)
#define REG_LEAVES  "tcost.mc.leaves"  /* weak: light userdata (tc_node *) -> leaf */

#define MAX_COMPONENTS 10000   /* mixture components (each a user value) */

/* ---- nodes ------------------------------------------------------------ */

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
lnode *tcost_mc_new_node(lua_State *L, size_t extra, int nref)
{
	lnode *u;
	if (extra > SIZE_MAX - sizeof(lnode))
		luaL_error(L, "not enough memory");
	u = lua_newuserdatauv(L, sizeof(lnode) + extra, 1 + nref);
	memset(u, 0, sizeof *u);
	luaL_setmetatable(L, NODE_MT);
	return u;
}

/* The next creation ordinal of a leaf, the stream id of unlabeled leaves:
 * its place in the current scope (see mc_stream_scope). */
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
void tcost_mc_push_leaf_of(lua_State *L, const tc_node *nd)
{
	lua_getfield(L, LUA_REGISTRYINDEX, REG_LEAVES);
	lua_rawgetp(L, -1, nd);
	lua_remove(L, -2);
}

/* Pushes the label of leaf nd (a string or nil), read from its user value
 * rather than through the C pointer. */
void tcost_mc_push_label(lua_State *L, const tc_node *nd)
{
	tcost_mc_push_leaf_of(L, nd);
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
	u = tcost_mc_new_node(L, 0, 0);
	tc_node_const(&u->nd, x);
	lua_replace(L, i);
	return &u->nd;
}

/* ---- constructors ------------------------------------------------------- */

int tcost_mc_dist_result(lua_State *L, int rc, const tc_dist *d, const char *err)
{
	if (rc)
		return luaL_error(L, "%s", err);
	tcost_mc_new_node(L, 0, 0);
	return finish_leaf(L, d);
}

static int mc_uniform(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), hi = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_uniform(&d, lo, hi, err, sizeof err), &d, err);
}

static int mc_normal(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double m = luaL_checknumber(L, 1), s = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_normal(&d, m, s, err, sizeof err), &d, err);
}

static int mc_lognormal(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double mu = luaL_checknumber(L, 1), sigma = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_lognormal(&d, mu, sigma, err, sizeof err), &d, err);
}

static int mc_lognormal_ms(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double m = luaL_checknumber(L, 1), s = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_lognormal_ms(&d, m, s, err, sizeof err), &d, err);
}

static int mc_range(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), hi = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_range(&d, lo, hi, err, sizeof err), &d, err);
}

static int mc_triangular(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), mode = luaL_checknumber(L, 2), hi = luaL_checknumber(L, 3);
	return tcost_mc_dist_result(L, tc_dist_triangular(&d, lo, mode, hi, err, sizeof err), &d, err);
}

static int mc_pert(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double lo = luaL_checknumber(L, 1), mode = luaL_checknumber(L, 2), hi = luaL_checknumber(L, 3);
	return tcost_mc_dist_result(L, tc_dist_pert(&d, lo, mode, hi, err, sizeof err), &d, err);
}

static int mc_beta(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	double a = luaL_checknumber(L, 1), b = luaL_checknumber(L, 2);
	return tcost_mc_dist_result(L, tc_dist_beta(&d, a, b, err, sizeof err), &d, err);
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
double tcost_mc_list_number(lua_State *L, int t, size_t k, const char *what, const char *item)
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
		w[k] = tcost_mc_list_number(L, i, k + 1, what, "weight");
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
		tmp[k] = tcost_mc_list_number(L, 1, k + 1, "choice", "value");
	const double *w = read_weights(L, 2, n, tmp + n, "choice", "values");
	lnode *u = tcost_mc_new_node(L, 2 * n * sizeof(double), 0);
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
	lnode *u = tcost_mc_new_node(L, n * sizeof(double), (int)n + 1);
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
	tcost_mc_new_node(L, 0, 1);
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, -2, 2);
	return finish_leaf(L, &d);
}

/* ---- operators ---------------------------------------------------------- */

/* An operand that is a table with its own metamethod for event (a value
 * with a unit, lib-lua/tcost/lang/units.lua) does the operation, as Lua
 * would have asked it had it come first: range(1, 2) * rate keeps rate's
 * unit. 1 with the result on the stack, 0 when no operand has one (or
 * event is NULL: an operation no metamethod stands for). */
static int delegated(lua_State *L, const char *event)
{
	for (int i = 1; event && i <= 2; i++) {
		if (lua_type(L, i) == LUA_TTABLE && luaL_getmetafield(L, i, event) != LUA_TNIL) {
			lua_insert(L, 1); /* stack: metamethod a b */
			lua_call(L, 2, 1);
			return 1;
		}
	}
	return 0;
}

/* A node for op(arg 1, arg 2); what names the operation in errors, event
 * is its metamethod's name (NULL for the methods gt, lt, ..., min and max). */
static int binop(lua_State *L, int op, const char *what, const char *event)
{
	lua_settop(L, 2);
	if (delegated(L, event))
		return 1;
	tc_node *a = operand(L, 1, what), *b = operand(L, 2, what);
	lnode *u = tcost_mc_new_node(L, 0, 2); /* stack: a b node */
	tc_node_op(&u->nd, op, a, b);
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, 3, 2);
	lua_pushvalue(L, 2);
	lua_setiuservalue(L, 3, 3);
	return 1;
}

static int mt_add(lua_State *L) { return binop(L, TC_OP_ADD, "+", "__add"); }
static int mt_sub(lua_State *L) { return binop(L, TC_OP_SUB, "-", "__sub"); }
static int mt_mul(lua_State *L) { return binop(L, TC_OP_MUL, "*", "__mul"); }
static int mt_div(lua_State *L) { return binop(L, TC_OP_DIV, "/", "__div"); }
static int mt_pow(lua_State *L) { return binop(L, TC_OP_POW, "^", "__pow"); }

static int mt_unm(lua_State *L)
{
	lua_settop(L, 1);
	tc_node *a = operand(L, 1, "-");
	lnode *u = tcost_mc_new_node(L, 0, 1);
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

static int m_gt(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_GT, "gt", NULL); }
static int m_lt(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_LT, "lt", NULL); }
static int m_ge(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_GE, "ge", NULL); }
static int m_le(lua_State *L) { check_node(L, 1); return binop(L, TC_OP_LE, "le", NULL); }

/* min/max of two values; two numbers give a number. */
static int minmax(lua_State *L, int op, const char *what)
{
	if (lua_type(L, 1) == LUA_TNUMBER && lua_type(L, 2) == LUA_TNUMBER) {
		int first = lua_compare(L, 1, 2, LUA_OPLT) == (op == TC_OP_MIN);
		lua_pushvalue(L, first ? 1 : 2);
		return 1;
	}
	return binop(L, op, what, NULL);
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

/* clear_correlations() -> how many were recorded: forgets every correlate()
 * so far. Called before each registry's correlations are recorded
 * (model.build), so a correlation lives for one file or one sweep point,
 * never the next one. */
static int mc_clear_correlations(lua_State *L)
{
	lua_getfield(L, LUA_REGISTRYINDEX, REG_CORR);
	lua_Integer n = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) / 3 : 0;
	lua_newtable(L);
	lua_setfield(L, LUA_REGISTRYINDEX, REG_CORR);
	lua_pushinteger(L, n);
	return 1;
}

/* stream_scope(k): the unlabeled leaves created from now on are numbered
 * 1, 2, ... within scope k (0 .. 2^30 - 1). The runner opens a scope before
 * each file it runs, so an unlabeled input's random stream is keyed by its
 * file's role and its place in that file: the same file alone, in a batch,
 * at every sweep point and on both sides of `tcost diff` draws the same
 * samples. */
static int mc_stream_scope(lua_State *L)
{
	lua_Integer k = luaL_checkinteger(L, 1);
	luaL_argcheck(L, k >= 0 && k < MAX_SCOPE, 1, "scope out of range");
	lua_pushinteger(L, (lua_Integer)((uint64_t)k << SCOPE_SHIFT));
	lua_setfield(L, LUA_REGISTRYINDEX, REG_ORDINAL);
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

/* ---- prim nodes (for lua_prim.c) -------------------------------------- */

void tcost_mc_pushprim(lua_State *L, const tc_prim *p, int first)
{
	tc_node *kid[TC_PRIM_MAXARGS];
	double probe[TC_PRIM_MAXARGS];
	char err[ERRLEN];
	first = lua_absindex(L, first);
	luaL_checkstack(L, 4, NULL);
	tcost_mc_node_setup(L); /* tcost.c.prim may be loaded before tcost.c.mc */
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
	lnode *u = tcost_mc_new_node(L, 0, p->nargs);
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

/* The module's functions that build values; lua_run.c adds those that run
 * them (run, point, inputs, median) when it opens the module. */
const luaL_Reg tcost_mc_node_funcs[] = {
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
	{"clear_correlations", mc_clear_correlations},
	{"quantile", mc_quantile},
	{"stream_scope", mc_stream_scope},
	{NULL, NULL}
};

/* A class metatable: metamethods, a locked __metatable, and __index =
 * methods when there are any. stack: unchanged */
void tcost_mc_new_class(lua_State *L, const char *name, const luaL_Reg *meta, const luaL_Reg *methods)
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

/* Creates the node class and the registry entries once per state. */
void tcost_mc_node_setup(lua_State *L)
{
	tcost_mc_new_class(L, NODE_MT, node_meta, node_methods);
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
