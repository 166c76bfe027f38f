/* json.h: the text of numbers and strings that tcost writes for programs
 * (JSON, CSV, sweep values), as plain C workers; src/lua_json.c binds them as
 * tcost.c.json and walks Lua values with them. One rule, here only:
 *
 * A number: an integer-valued double below 2^53 in full ("40960000"), any
 * other at 15 significant digits (DBL_DIG) with trailing zeros dropped
 * ("4.1", "0.3"): every value typed with up to 15 significant digits reads
 * back exactly as typed, and the 16th and 17th digits that only binary
 * rounding fills are left out (0.1 + 0.2 is "0.3"). Within 5 parts in 10^15
 * of the largest double, 15 digits round past it and would read back as
 * infinity: such a number is written with all 17 (docs/ARCHITECTURE.md,
 * "Numbers in CSV and JSON").
 *
 * A string: valid UTF-8 (strict: no overlong forms, surrogates or code points
 * above U+10FFFF), every byte that does not start a valid sequence replaced
 * by U+FFFD; in JSON, '"', '\\' and the control characters (0-31 and 127)
 * escaped. */
#ifndef TCOST_JSON_H
#define TCOST_JSON_H

#include <stddef.h>

/* Room for any number's text, with its terminating NUL. */
#define TC_JSON_NUMBER_MAX 32

/* Writes finite x as described above into out (NUL-terminated); returns its
 * length. x must be finite. */
size_t tc_json_number(char out[TC_JSON_NUMBER_MAX], double x);

/* Writes integer v in full (as "%lld") into out; returns its length. */
size_t tc_json_integer(char out[TC_JSON_NUMBER_MAX], long long v);

/* The length (1-4) of the valid UTF-8 sequence at s[0..n), or 0 when s[0]
 * starts none. n must be at least 1. */
size_t tc_utf8_seq(const unsigned char *s, size_t n);

/* Whether s[0..n) is valid UTF-8 as a whole. */
int tc_utf8_valid(const char *s, size_t n);

/* The most bytes tc_utf8_repair writes per input byte (U+FFFD). */
#define TC_UTF8_REPAIR_MAX 3

/* Writes s[0..n) into out with every byte that starts no valid sequence
 * replaced by U+FFFD; out has room for TC_UTF8_REPAIR_MAX * n bytes. Returns
 * the bytes written. */
size_t tc_utf8_repair(const char *s, size_t n, char *out);

/* The most bytes tc_json_escape writes per input byte ("\u001f"). */
#define TC_JSON_ESCAPE_MAX 6

/* Writes s[0..n) as the inside of a JSON string (no quotes), repaired and
 * escaped as described above, into out, which has room for
 * TC_JSON_ESCAPE_MAX * n bytes; returns the bytes written. */
size_t tc_json_escape(const char *s, size_t n, char *out);

#endif
