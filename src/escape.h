/* escape.h: escaping text for a medium (Markdown, HTML/SVG) by a byte table,
 * as a plain C worker; src/lua_escape.c binds it as tcost.c.escape. The
 * formats (lib-lua/tcost/fmt/, lib/svg.lua) keep the policy: which byte
 * becomes what. The text is first made valid UTF-8 (json.h: U+FFFD for every
 * byte that starts no valid sequence); then each ASCII byte with a
 * replacement is replaced, and a run of bytes of the `run` class (such as
 * control characters) becomes one copy of the run's replacement. */
#ifndef TCOST_ESCAPE_H
#define TCOST_ESCAPE_H

#include <stddef.h>

#define TC_ESCAPE_MAX_REP 16 /* the longest replacement of one byte */

typedef struct tc_escaper {
	char rep[128][TC_ESCAPE_MAX_REP]; /* replacement of an ASCII byte */
	unsigned char rep_len[128];
	unsigned char has_rep[128];   /* 1: replaced (possibly by nothing) */
	unsigned char in_run[128];    /* 1: part of the run class */
	char run[TC_ESCAPE_MAX_REP];  /* what a run becomes */
	unsigned char run_len;
	size_t max_out; /* the most bytes one input byte becomes */
} tc_escaper;

/* Whether s[0..n) comes out of e unchanged (valid UTF-8, nothing to replace). */
int tc_escape_unchanged(const tc_escaper *e, const char *s, size_t n);

/* Writes s[0..n) escaped by e into out, which has room for e->max_out * n
 * bytes; returns the bytes written. */
size_t tc_escape(const tc_escaper *e, const char *s, size_t n, char *out);

#endif
