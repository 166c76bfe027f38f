/* host.h: the Lua state of a tcost run: which libraries exist, how the tool's
 * own Lua library is found (embedded or --lib DIR), and the one way C calls
 * Lua (tc_host_docall, with a message handler that keeps only scenario frames). */
#ifndef TCOST_HOST_H
#define TCOST_HOST_H

#include <stdio.h>

#include <lua.h>

#include "budget.h"

/* Opens the libraries the tool allows (base without dofile/loadfile, string
 * without dump, table, math, utf8, coroutine), locks the string metatable,
 * and installs the tool-side `require` that finds tcost.* modules in lib_dir
 * (NULL: embedded) and the native tcost.c.* modules. Raises on failure. */
void tc_host_setup(lua_State *L, tc_limits *lim, const char *lib_dir);

/* Calls the function below narg arguments with the message handler; returns
 * the lua_pcall status, leaving results or one error string on the stack. */
int tc_host_docall(lua_State *L, int narg, int nres);

/* The message handler: turns the error into "FILE:LINE: message" plus at most
 * ten "  in FILE:LINE" lines of scenario frames. */
int tc_host_msghandler(lua_State *L);

/* The nearest scenario frame (not the tool's library, not C): fills file and
 * line and returns 1, or returns 0 when there is none. */
int tc_host_where(lua_State *L, const char **file, int *line);
/* As tc_host_where; *tail is set when a tail call (`return f(...)`) removed
 * a frame below the library's before the scenario frame found (or before the
 * bottom): the frame found is then not the call's own line. */
int tc_host_where_tail(lua_State *L, const char **file, int *line, int *tail);

/* Terminal-safe text: control characters (C0 but newline and tab, DEL, the
 * C1 controls as UTF-8) become visible "\xNN", so scenario text cannot move
 * the cursor, retitle the window or write the clipboard (OSC 52). With
 * keep_sgr, colour sequences (ESC [ digits m) pass. Writes to out (room for
 * 4 x len bytes) when out is not NULL; returns the output length. */
size_t tc_host_visible(char *out, const unsigned char *s, size_t len, int keep_sgr);

/* A message to stderr, terminal-safe, with a newline: at most MSG_MAX_BYTES
 * and MSG_MAX_LINES lines, then a note of how much was cut. */
#define MSG_MAX_BYTES 8192
#define MSG_MAX_LINES 40
void tc_host_put_message(FILE *f, const char *s, size_t len);

/* The budget of the run in L (the allocator's user data), or NULL when L
 * was not created with tc_limits_alloc. */
tc_limits *tc_host_limits(lua_State *L);

/* The native modules tc_host_setup preloads as tcost.c.host (lua_host.c),
 * tcost.c.catalog (lua_catalog.c), tcost.c.text (lua_text.c), tcost.c.json
 * (lua_json.c) and tcost.c.escape (lua_escape.c). */
int luaopen_tcost_host(lua_State *L);
int luaopen_tcost_catalog(lua_State *L);
int luaopen_tcost_text(lua_State *L);
int luaopen_tcost_json(lua_State *L);
int luaopen_tcost_escape(lua_State *L);

#endif
