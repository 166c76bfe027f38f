/* lua_mc.h: what lua_prim.c needs from the Lua binding of the Monte Carlo
 * engine (lua_mc.c, lua_run.c): recognizing uncertain values and building
 * prim nodes. Scripts see none of this; they see the modules tcost.c.mc and
 * tcost.c.prim. What the two lua_mc*.c files share with each other only is
 * in lua_mc_priv.h, not here. */
#ifndef TCOST_LUA_MC_H
#define TCOST_LUA_MC_H

#include <lua.h>
#include "prim.h"

int luaopen_tcost_mc(lua_State *L);
int luaopen_tcost_prim(lua_State *L);

/* 1 when the value at idx is an uncertain value (a tcost.Uncertain node). */
int tcost_mc_isnode(lua_State *L, int idx);

/* Pushes the node "p applied to the values at stack indices first ..
 * first + p->nargs - 1", each a number or a node (raises otherwise, naming
 * the argument). Numbers are replaced on the stack by constant nodes.
 * Constant arguments are checked against p's constraints at once. */
void tcost_mc_pushprim(lua_State *L, const tc_prim *p, int first);

#endif
