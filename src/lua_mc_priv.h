/* lua_mc_priv.h: private to lua_mc.c and lua_run.c. What the runs that evaluate uncertain
 * values (lua_run.c) use of the nodes (lua_mc.c); lua_mc.c uses nothing
 * of lua_run.c, so the dependency goes one way. No other file includes
 * this; lua_prim.c uses lua_mc.h, and scripts see only the module tcost.c.mc. */
#ifndef TCOST_LUA_MC_PRIV_H
#define TCOST_LUA_MC_PRIV_H

#include <lua.h>
#include <lauxlib.h>
#include <stddef.h>
#include "mc.h"

#define NODE_MT  "tcost.Uncertain"
#define REG_CORR "tcost.mc.corr" /* flat list: a, b, rho, a, b, rho, ... */

#define MAX_LIST 1000000 /* values of a choice, outputs of a run */
#define ERRLEN   512

/* An uncertain value: an engine node, plus choice and mixture storage. */
typedef struct lnode {
	tc_node nd;
	double more[]; /* choice and mixture storage */
} lnode;

/* The node at i, or raises. */
static inline lnode *check_node(lua_State *L, int i)
{
	return luaL_checkudata(L, i, NODE_MT);
}

/* The node at i, or NULL. */
static inline lnode *test_node(lua_State *L, int i)
{
	return luaL_testudata(L, i, NODE_MT);
}

/* ---- lua_mc.c ----------------------------------------------------------- */

/* Pushes a new node with `extra` bytes of storage and room for nref
 * referenced values (user values 2 ..). stack: +1 */
lnode *tcost_mc_new_node(lua_State *L, size_t extra, int nref);

/* Pushes the leaf (userdata) whose node is nd; it must be alive. stack: +1 */
void tcost_mc_push_leaf_of(lua_State *L, const tc_node *nd);

/* Pushes the label of leaf nd (a string or nil). stack: +1 */
void tcost_mc_push_label(lua_State *L, const tc_node *nd);

/* Element k (1-based) of the array at t, which must be a number (raises
 * otherwise, naming what and item). */
double tcost_mc_list_number(lua_State *L, int t, size_t k, const char *what, const char *item);

/* Raises err when rc is non-zero; otherwise pushes a new leaf of d and
 * returns 1. */
int tcost_mc_dist_result(lua_State *L, int rc, const tc_dist *d, const char *err);

/* Creates the class metatable name once per state: metamethods meta, a
 * locked __metatable, and __index = methods when not NULL. stack: unchanged */
void tcost_mc_new_class(lua_State *L, const char *name, const luaL_Reg *meta, const luaL_Reg *methods);

/* Creates the node class and the registry entries once per state. */
void tcost_mc_node_setup(lua_State *L);

/* The module's functions that build uncertain values (not those that run them). */
extern const luaL_Reg tcost_mc_node_funcs[];

#endif
