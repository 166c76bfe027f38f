/* names.c: loose names and "did you mean" (see names.h): the one rule every
 * lookup by name follows, in C (catalog, regions, custom accelerators) and in
 * Lua (tcost.c.catalog.nearest, used by the scenario language's field and
 * name checks). Nothing here allocates; every function is safe on any string. */
#include "names.h"

#include <string.h>

#define LOOSE_MAX 63 /* longer names are never typos of ours */

static int skipped(char c)
{
	return c == ' ' || c == '-' || c == '_';
}

static char fold(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

int tc_name_equal(const char *a, const char *b)
{
	for (;;) {
		while (skipped(*a))
			a++;
		while (skipped(*b))
			b++;
		if (fold(*a) != fold(*b))
			return 0;
		if (*a == '\0')
			return 1;
		a++;
		b++;
	}
}

/* Writes the loose form of s into out (LOOSE_MAX + 1 bytes); returns its
 * length, or -1 when it does not fit. */
static int loose(const char *s, char *out)
{
	int n = 0;
	for (; *s; s++) {
		if (skipped(*s))
			continue;
		if (n == LOOSE_MAX)
			return -1;
		out[n++] = fold(*s);
	}
	out[n] = '\0';
	return n;
}

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;
	return m < c ? m : c;
}

/* Substitution cost in half steps: a digit one off ("H900" for "H800") is
 * the likeliest slip in a model number, so it costs half, which breaks the
 * tie with "H100" the right way. */
static int subst2(char a, char b)
{
	if (a == b)
		return 0;
	if (a >= '0' && a <= '9' && b >= '0' && b <= '9' && (a - b == 1 || b - a == 1))
		return 1;
	return 2;
}

/* Optimal string alignment distance in half steps: Levenshtein plus one
 * swap of neighbours, since "h80" for "h08" is one slip, not two. */
static int distance2(const char *a, const char *b)
{
	char x[LOOSE_MAX + 1], y[LOOSE_MAX + 1];
	int row[3][LOOSE_MAX + 1]; /* row i lives in row[i % 3] */
	int m = loose(a, x), n = loose(b, y);
	if (m < 0 || n < 0)
		return 1 << 20;
	for (int j = 0; j <= n; j++)
		row[0][j] = 2 * j;
	for (int i = 1; i <= m; i++) {
		int *cur = row[i % 3], *up = row[(i - 1) % 3], *up2 = row[(i + 1) % 3];
		cur[0] = 2 * i;
		for (int j = 1; j <= n; j++) {
			cur[j] = min3(up[j] + 2, cur[j - 1] + 2, up[j - 1] + subst2(x[i - 1], y[j - 1]));
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]
			    && up2[j - 2] + 2 < cur[j])
				cur[j] = up2[j - 2] + 2;
		}
	}
	return row[m % 3][n];
}

int tc_name_distance(const char *a, const char *b)
{
	return (distance2(a, b) + 1) / 2;
}

int tc_name_close(int d, size_t len)
{
	/* One slip per four characters, one at least; never a rewrite of the
	 * whole word ("x" is not a typo of "h20"). */
	return d >= 0 && (size_t)d < len && (size_t)d <= 1 + len / 4;
}

static size_t loose_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += !skipped(*s);
	return n;
}

void tc_name_consider(tc_name_best *b, const char *word, const char *cand)
{
	if (!cand)
		return;
	int d = distance2(word, cand);
	if (!b->best || d < b->d2) { /* ties keep the first, so order decides */
		b->d2 = d;
		b->best = cand;
	}
}

const char *tc_name_pick(const tc_name_best *b, const char *word)
{
	return b->best && tc_name_close((b->d2 + 1) / 2, loose_len(word)) ? b->best : NULL;
}

const char *tc_name_nearest(const char *word, const char *const *cand, size_t n)
{
	tc_name_best b = TC_NAME_BEST_INIT;
	for (size_t i = 0; i < n; i++)
		tc_name_consider(&b, word, cand[i]);
	return tc_name_pick(&b, word);
}
