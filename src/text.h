/* text.h: the mechanics of terminal text, for the text report's layout
 * (lib-lua/tcost/fmt/text.lua decides what goes where; lua_text.c binds these).
 *
 * Width is counted in terminal columns: an East Asian wide character takes
 * two, every other character one. "Valid" means UTF-8 as RFC 3629 (and Lua's
 * utf8.len) has it: no overlong forms, no surrogates, nothing above U+10FFFF.
 * Whitespace is C's isspace in the C locale (as Lua's %s). Nothing here
 * allocates: results are lengths, or ranges of the input handed to a callback.
 * Also the text of a number at n significant figures (tc_text_fixed), which
 * every report's figures go through (lib-lua/tcost/lib/units.lua). */
#ifndef TCOST_TEXT_H
#define TCOST_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Columns a code point takes: 2 for East Asian wide ones, else 1. */
int tc_text_char_width(uint32_t cp);

/* Length (1-4) of the valid UTF-8 sequence at s[i] (i < len), its code point
 * in *cp; 0 when none starts there. */
size_t tc_text_next(const char *s, size_t len, size_t i, uint32_t *cp);

/* Columns of s in *cols; 0, or -1 when s is not valid UTF-8. */
int tc_text_width(const char *s, size_t len, size_t *cols);

/* s without control characters: CR, LF and TAB become a space, every other
 * byte 0-31 and 127 is dropped. Returns -1 when s is not valid UTF-8, 0 when
 * nothing changes, 1 when something does; *n is the cleaned length (<= len)
 * and *cols its width; the text is written to dst (room for len bytes)
 * unless dst is NULL. */
int tc_text_clean(char *dst, const char *s, size_t len, size_t *n, size_t *cols);

/* Bytes of the longest prefix of valid UTF-8 s at most cols columns wide; its
 * width in *used. */
size_t tc_text_prefix(const char *s, size_t len, size_t cols, size_t *used);

/* One line of a wrap: s[start, end) of the text, whose whitespace runs are
 * read as single spaces (tc_text_join); plain when its words are already one
 * space apart. Returns nothing; may longjmp. */
typedef void (*tc_text_emit)(void *ctx, size_t start, size_t end, int plain);

/* Word-wraps valid UTF-8 s into lines of at most w columns, calling emit for
 * each in order. A line is the longest run of words that fits, one space
 * apart. A word wider than a line is cut into pieces of at most w columns
 * (at least one character each), a piece ending after its last '-', '/' or
 * '.' when that keeps more than half of its bytes, so URLs and keys break
 * where they read; its last piece starts the next line. Linear in len. */
void tc_text_wrap(const char *s, size_t len, size_t w, tc_text_emit emit, void *ctx);

/* Copies s to dst (room for len bytes) with every whitespace run made one
 * space; returns the length written. */
size_t tc_text_join(char *dst, const char *s, size_t len);

/* Room tc_text_fixed needs: 309 digits of the largest double, or a point
 * and 99 decimals, and the NUL. */
#define TC_TEXT_FIXED_MAX 320

/* Plain-notation text of |x| (finite) with n (1-99) significant figures, as
 * C's "%#.<n>g" writes it when that is plain ("5.58", "294", "0.0123",
 * its point dropped when nothing follows), and otherwise "%.<d>f" with the
 * d = n - 1 - X decimals that the exponent X of "%.<n-1>e" calls for
 * ("0.0000123"; "0" below 99 decimals) or, when d < 0, that "%.<n-1>e" text
 * read back and written whole ("930" for 928 at two figures). Writes out
 * (TC_TEXT_FIXED_MAX bytes) and returns the length. Correctly rounded like
 * glibc's printf (ties to even), from which it differs only in speed: the
 * common case is one multiplication, the rest is printf. *lead is the
 * exponent of the text's first figure ("294" 2, "0.0123" -2, "0" 0), which
 * says whether it rounded up to the next power of ten. */
size_t tc_text_fixed(char *out, double x, int n, int *lead);

#endif
