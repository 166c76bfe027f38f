/* escape.c: a byte table's escaping of text (escape.h), without Lua. */
#include <string.h>

#include "escape.h"
#include "json.h"

int tc_escape_unchanged(const tc_escaper *e, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned char c = u[i];
		if (c < 0x80) {
			if (e->has_rep[c] || e->in_run[c])
				return 0;
			i++;
			continue;
		}
		size_t k = tc_utf8_seq(u + i, n - i);
		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

size_t tc_escape(const tc_escaper *e, const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0;
	while (i < n) {
		unsigned char c = u[i];
		if (c >= 0x80) { /* a valid sequence as it is, else U+FFFD */
			size_t k = tc_utf8_seq(u + i, n - i);
			if (k == 0) {
				memcpy(out + o, "\xEF\xBF\xBD", 3);
				o += 3;
				k = 1;
			} else {
				memcpy(out + o, u + i, k);
				o += k;
			}
			i += k;
		} else if (e->in_run[c]) {
			while (i < n && u[i] < 0x80 && e->in_run[u[i]])
				i++;
			memcpy(out + o, e->run, e->run_len);
			o += e->run_len;
		} else if (e->has_rep[c]) {
			memcpy(out + o, e->rep[c], e->rep_len[c]);
			o += e->rep_len[c];
			i++;
		} else {
			out[o++] = (char)c;
			i++;
		}
	}
	return o;
}
