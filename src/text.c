/* text.c: display width, control characters, prefixes and word wrap of
 * UTF-8 text (see text.h). Pure functions of their arguments: no Lua, no
 * allocation, no output. */
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* C's isspace in the C locale, without its locale lookup. */
static int is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

int tc_text_char_width(uint32_t cp)
{
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
	    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
	    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

size_t tc_text_next(const char *str, size_t len, size_t i, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str + i;
	size_t left = len - i, n;
	unsigned lo = 0x80, hi = 0xBF;
	uint32_t c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80; /* no overlong form */
		hi = c == 0xED ? 0x9F : 0xBF; /* no surrogate */
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		lo = c == 0xF0 ? 0x90 : 0x80; /* no overlong form */
		hi = c == 0xF4 ? 0x8F : 0xBF; /* nothing above U+10FFFF */
		c &= 0x07;
	} else {
		return 0;
	}
	if (left < n || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3F);
	}
	*cp = c;
	return n;
}

int tc_text_width(const char *s, size_t len, size_t *cols)
{
	size_t w = 0, i = 0;
	while (i < len) {
		uint32_t cp;
		size_t ascii = i;
		while (i < len && (unsigned char)s[i] < 0x80) /* a column a byte */
			i++;
		w += i - ascii;
		if (i >= len)
			break;
		size_t n = tc_text_next(s, len, i, &cp);
		if (n == 0)
			return -1;
		w += (size_t)tc_text_char_width(cp);
		i += n;
	}
	*cols = w;
	return 0;
}

int tc_text_clean(char *dst, const char *s, size_t len, size_t *n, size_t *cols)
{
	size_t out = 0, i = 0, w = 0;
	int changed = 0;
	while (i < len) {
		size_t plain = i; /* a run of printable ASCII: kept, a column a byte */
		while (i < len && (unsigned char)s[i] >= 32 && (unsigned char)s[i] < 127)
			i++;
		if (dst && i > plain)
			memcpy(dst + out, s + plain, i - plain);
		out += i - plain;
		w += i - plain;
		if (i >= len)
			break;
		unsigned char c = (unsigned char)s[i];
		uint32_t cp = c;
		size_t k = c < 0x80 ? 1 : tc_text_next(s, len, i, &cp);
		if (k == 0)
			return -1;
		if (c < 0x80) { /* a control character */
			changed = 1;
			if (c == '\r' || c == '\n' || c == '\t') {
				if (dst)
					dst[out] = ' ';
				out++;
				w++;
			}
		} else {
			if (dst)
				memcpy(dst + out, s + i, k);
			out += k;
			w += (size_t)tc_text_char_width(cp);
		}
		i += k;
	}
	*n = out;
	*cols = w;
	return changed;
}

size_t tc_text_prefix(const char *s, size_t len, size_t cols, size_t *used)
{
	size_t w = 0, i = 0;
	while (i < len) {
		uint32_t cp = (unsigned char)s[i];
		size_t n = cp < 0x80 ? 1 : tc_text_next(s, len, i, &cp);
		size_t cw = cp < 0x80 ? 1 : (size_t)tc_text_char_width(cp);
		if (n == 0 || w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	*used = w;
	return i;
}

/* Cuts the word s[a, b), wider than w columns (w >= 1), into pieces: emits
 * every piece but the last and returns where the last starts (b when a wide
 * character filled the last one-column piece). A piece is the longest run of
 * at most w columns, or one character when even that is wider; it ends after
 * its last '-', '/' or '.' when that lies past half its bytes. */
static size_t cut_long(const char *s, size_t a, size_t b, size_t w, tc_text_emit emit, void *ctx)
{
	size_t pos = a;
	for (;;) {
		size_t used, e = pos + tc_text_prefix(s + pos, b - pos, w, &used);
		if (e >= b)
			return pos;
		if (e == pos) { /* a wide character in a one-column line */
			uint32_t cp;
			size_t n = tc_text_next(s, b, pos, &cp);
			e = pos + (n ? n : 1);
		}
		size_t head = e - pos, cut = 0;
		for (size_t k = head; k > 0; k--) {
			char c = s[pos + k - 1];
			if (c == '-' || c == '/' || c == '.') {
				cut = k;
				break;
			}
		}
		if (cut > head / 2 && cut < head)
			e = pos + cut;
		emit(ctx, pos, e, 1);
		pos = e;
		if (pos >= b)
			return b;
	}
}

void tc_text_wrap(const char *s, size_t len, size_t w, tc_text_emit emit, void *ctx)
{
	size_t i = 0, start = 0, end = 0, used = 0;
	int open = 0, plain = 1; /* a line holds words from start to end, used columns; one space apart? */
	while (i < len) {
		while (i < len && is_space((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		size_t a = i, width;
		unsigned char high = 0; /* any byte >= 0x80 in the word? */
		while (i < len && !is_space((unsigned char)s[i]))
			high |= (unsigned char)s[i++];
		if (!(high & 0x80))
			width = i - a;
		else if (tc_text_width(s + a, i - a, &width) != 0)
			width = i - a; /* not valid UTF-8: a column a byte */
		if (width > w) {
			if (open)
				emit(ctx, start, end, plain);
			open = 0;
			a = cut_long(s, a, i, w ? w : 1, emit, ctx);
			if (a == i)
				continue; /* nothing left of the word */
			tc_text_width(s + a, i - a, &width);
		}
		if (open && used + 1 + width <= w) {
			plain = plain && a - end == 1 && s[end] == ' ';
			end = i;
			used += 1 + width;
			continue;
		}
		if (open)
			emit(ctx, start, end, plain);
		start = a;
		end = i;
		used = width;
		open = 1;
		plain = 1;
	}
	if (open)
		emit(ctx, start, end, plain);
}

size_t tc_text_join(char *dst, const char *s, size_t len)
{
	size_t out = 0;
	for (size_t i = 0; i < len; i++) {
		if (!is_space((unsigned char)s[i]))
			dst[out++] = s[i];
		else if (i == 0 || !is_space((unsigned char)s[i - 1]))
			dst[out++] = ' ';
	}
	return out;
}

/* ---- numbers ------------------------------------------------------------ */

/* Powers of ten a double holds exactly. */
static const double P10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* tc_text_fixed's rule through printf: "%#.<n>g" when plain, else the
 * exponent of "%.<n-1>e" decides the decimals. */
static size_t fixed_printf(char *out, double x, int n)
{
	char e_form[128];
	int len;
	if (n <= 17) {
		len = snprintf(out, TC_TEXT_FIXED_MAX, "%#.*g", n, x);
		if (len > 0 && !strchr(out, 'e')) {
			if (out[len - 1] == '.')
				out[--len] = '\0';
			return (size_t)len;
		}
	}
	snprintf(e_form, sizeof e_form, "%.*e", n - 1, x);
	const char *ep = strrchr(e_form, 'e');
	int decimals = n - 1 - (ep ? atoi(ep + 1) : 0);
	if (decimals < 0) /* whole: the rounded figures read back, 928 at two is 930 */
		len = snprintf(out, TC_TEXT_FIXED_MAX, "%.0f", strtod(e_form, NULL));
	else if (decimals > 99) /* printf's most: tinier values are zero */
		len = snprintf(out, TC_TEXT_FIXED_MAX, "0");
	else
		len = snprintf(out, TC_TEXT_FIXED_MAX, "%.*f", decimals, x);
	return len > 0 ? (size_t)len : 0;
}

/* The n digits of d (10^(n-1) <= d < 10^n) with exponent X as tc_text_fixed
 * writes them; 0 when printf must (below 1e-4, or whole beyond 2^53). */
static size_t fixed_digits(char *out, uint64_t d, int n, int X)
{
	char dig[16];
	size_t k = 0;
	for (int i = n - 1; i >= 0; i--, d /= 10)
		dig[i] = (char)('0' + d % 10);
	if (X < -4 || X >= 15)
		return 0;
	if (X < 0) {
		out[k++] = '0';
		out[k++] = '.';
		for (int i = -1; i > X; i--)
			out[k++] = '0';
	}
	for (int i = 0; i < n; i++) {
		if (i == X + 1 && X >= 0)
			out[k++] = '.';
		out[k++] = dig[i];
	}
	for (int i = n; i <= X; i++) /* whole: zeros after the figures */
		out[k++] = '0';
	out[k] = '\0';
	return k;
}

/* The common case in one multiplication or division by an exact power of
 * ten: y = |x| 10^p is within half an ulp of the exact product, so unless y
 * lies that near a tie, rounding y rounds x. 0 when printf must decide. */
static size_t fixed_fast(char *out, double x, int n)
{
	double lg = floor(log10(x));
	int X = (int)lg;
	for (int tries = 0; tries < 3; tries++) {
		int p = n - 1 - X;
		if (p > 22 || p < -22)
			return 0;
		double y = p >= 0 ? x * P10[p] : x / P10[-p];
		if (y < P10[n - 1]) {
			X--;
			continue;
		}
		if (y >= P10[n]) {
			X++;
			continue;
		}
		double r = floor(y), f = y - r;
		if (fabs(f - 0.5) <= y * 4e-16)
			return 0;
		uint64_t d = (uint64_t)r + (f > 0.5);
		if (d == (uint64_t)P10[n]) { /* 999.7 at three figures: 1000 */
			d /= 10;
			X++;
		}
		return fixed_digits(out, d, n, X);
	}
	return 0;
}

/* The exponent of the first figure of plain text s: "5.58" 0, "294" 2,
 * "0.0123" -2, "0" 0. */
static int lead_exponent(const char *s, size_t len)
{
	if (s[0] != '0') {
		const char *dot = memchr(s, '.', len);
		return (int)(dot ? (size_t)(dot - s) : len) - 1;
	}
	size_t i = 2;
	while (i < len && s[i] == '0')
		i++;
	return i < len ? -(int)(i - 1) : 0;
}

size_t tc_text_fixed(char *out, double x, int n, int *lead)
{
	size_t len = 0;
	x = fabs(x);
	if (x == 0) {
		out[0] = '0';
		out[1] = '\0';
		len = 1;
	} else if (n >= 1 && n <= 15 && x >= 1e-300 && x <= 1e300) {
		len = fixed_fast(out, x, n);
	}
	if (len == 0)
		len = fixed_printf(out, x, n);
	*lead = len ? lead_exponent(out, len) : 0;
	return len;
}
