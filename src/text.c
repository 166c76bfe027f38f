/* text.c: display width, control characters, prefixes and word wrap of
 * UTF-8 text (see text.h). Pure functions of their arguments: no Lua, no
 * allocation, no output. */
#include "text.h"

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
		if ((unsigned char)s[i] < 0x80) {
			w++;
			i++;
			continue;
		}
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
		unsigned char c = (unsigned char)s[i];
		uint32_t cp = c;
		size_t k = c < 0x80 ? 1 : tc_text_next(s, len, i, &cp);
		if (k == 0)
			return -1;
		if (c < 32 || c == 127) {
			changed = 1;
			if (c == '\r' || c == '\n' || c == '\t') {
				if (dst)
					dst[out] = ' ';
				out++;
				w++;
			}
		} else {
			w += (size_t)tc_text_char_width(cp);
			for (size_t j = 0; j < k; j++) {
				if (dst)
					dst[out + j] = s[i + j];
			}
			out += k;
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
		emit(ctx, pos, e);
		pos = e;
		if (pos >= b)
			return b;
	}
}

void tc_text_wrap(const char *s, size_t len, size_t w, tc_text_emit emit, void *ctx)
{
	size_t i = 0, start = 0, end = 0, used = 0;
	int open = 0; /* a line holds words from start to end, used columns */
	while (i < len) {
		while (i < len && is_space((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		size_t a = i, width;
		while (i < len && !is_space((unsigned char)s[i]))
			i++;
		if (tc_text_width(s + a, i - a, &width) != 0)
			width = i - a; /* not valid UTF-8: a column a byte */
		if (width > w) {
			if (open)
				emit(ctx, start, end);
			open = 0;
			a = cut_long(s, a, i, w ? w : 1, emit, ctx);
			if (a == i)
				continue; /* nothing left of the word */
			tc_text_width(s + a, i - a, &width);
		}
		if (open && used + 1 + width <= w) {
			end = i;
			used += 1 + width;
			continue;
		}
		if (open)
			emit(ctx, start, end);
		start = a;
		end = i;
		used = width;
		open = 1;
	}
	if (open)
		emit(ctx, start, end);
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
