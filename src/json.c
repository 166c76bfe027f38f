/* json.c: number and string text for programs (JSON, CSV): the rules stated
 * in json.h, as plain workers without Lua (tests/c/test_json.c calls them). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

/* 2^53: below it every integer-valued double is exact, so it is written in full. */
#define EXACT_INTEGERS 9007199254740992.0

/* Below this, 15 significant digits cannot round past DBL_MAX (1.7976931348623157e308). */
#define NEAR_DBL_MAX 1.7976931348623e308

size_t tc_json_integer(char out[TC_JSON_NUMBER_MAX], long long v)
{
	char digits[24];
	size_t n = 0, o = 0;
	/* the magnitude as unsigned, so the most negative value has one too */
	unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		digits[n++] = (char)('0' + (int)(m % 10));
		m /= 10;
	} while (m);
	if (v < 0)
		out[o++] = '-';
	while (n)
		out[o++] = digits[--n];
	out[o] = '\0';
	return o;
}

size_t tc_json_number(char out[TC_JSON_NUMBER_MAX], double x)
{
	int n;
	if (x == floor(x) && fabs(x) < EXACT_INTEGERS)
		return tc_json_integer(out, (long long)x);
	n = snprintf(out, TC_JSON_NUMBER_MAX, "%.15g", x);
	/* 15 digits rounded past the largest double: all 17 read back finite */
	if (fabs(x) > NEAR_DBL_MAX && fabs(strtod(out, NULL)) == HUGE_VAL)
		n = snprintf(out, TC_JSON_NUMBER_MAX, "%.17g", x);
	return n > 0 ? (size_t)n : 0;
}

size_t tc_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c == 0xE0)
		len = 3, lo = 0xA0; /* below: overlong */
	else if (c == 0xED)
		len = 3, hi = 0x9F; /* above: surrogates */
	else if (c >= 0xE1 && c <= 0xEF)
		len = 3;
	else if (c == 0xF0)
		len = 4, lo = 0x90; /* below: overlong */
	else if (c >= 0xF1 && c <= 0xF3)
		len = 4;
	else if (c == 0xF4)
		len = 4, hi = 0x8F; /* above: past U+10FFFF */
	else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t k = 2; k < len; k++)
		if (s[k] < 0x80 || s[k] > 0xBF)
			return 0;
	return len;
}

int tc_utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		size_t k = u[i] < 0x80 ? 1 : tc_utf8_seq(u + i, n - i);
		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

/* U+FFFD in UTF-8 */
static size_t replacement(char *out)
{
	out[0] = (char)0xEF;
	out[1] = (char)0xBF;
	out[2] = (char)0xBD;
	return 3;
}

size_t tc_utf8_repair(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0;
	while (i < n) {
		size_t k = tc_utf8_seq(u + i, n - i);
		if (k == 0) {
			o += replacement(out + o);
			i++;
		} else {
			memcpy(out + o, u + i, k);
			o += k;
			i += k;
		}
	}
	return o;
}

size_t tc_json_escape(const char *s, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0;
	while (i < n) {
		unsigned char c = u[i];
		if (c >= 0x80) {
			size_t k = tc_utf8_seq(u + i, n - i);
			if (k == 0) {
				o += replacement(out + o);
				k = 1;
			} else {
				memcpy(out + o, u + i, k);
				o += k;
			}
			i += k;
			continue;
		}
		i++;
		if (c >= 0x20 && c != 0x7F && c != '"' && c != '\\') {
			out[o++] = (char)c;
			continue;
		}
		out[o++] = '\\';
		switch (c) {
		case '"': out[o++] = '"'; break;
		case '\\': out[o++] = '\\'; break;
		case '\b': out[o++] = 'b'; break;
		case '\f': out[o++] = 'f'; break;
		case '\n': out[o++] = 'n'; break;
		case '\r': out[o++] = 'r'; break;
		case '\t': out[o++] = 't'; break;
		default: /* another control character: \u00XX */
			memcpy(out + o, "u00", 3);
			out[o + 3] = hex[c >> 4];
			out[o + 4] = hex[c & 15];
			o += 5;
		}
	}
	return o;
}
