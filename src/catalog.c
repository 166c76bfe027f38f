/* catalog.c: lookups over the accelerator table (data in catalog_data.c):
 * by loose name, nearest name for "did you mean", the catalog version, and
 * the loose-name matching that regions and the Lua binding reuse.
 * Nothing here allocates; every function is safe on any string. */
#include "catalog.h"

#include <math.h>
#include <string.h>

#include "regions.h"

/* Defined in catalog_data.c. */

static const char *const precision_names[TC_NPREC] = {
	"fp64", "fp64_tensor", "fp32", "tf32", "bf16", "fp16", "fp8", "fp4"
};

static const char *const figure_names[TC_NFIG] = {
	"year", "memory", "bandwidth", "link", "tdp", "tflops", "price", "rent", "embodied"
};

/* ---- loose names ------------------------------------------------------ */

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

const char *tc_name_nearest(const char *word, const char *const *cand, size_t n)
{
	const char *best = NULL;
	int bestd = 1 << 20;
	for (size_t i = 0; i < n; i++) {
		if (!cand[i])
			continue;
		int d = distance2(word, cand[i]);
		if (d < bestd) { /* ties keep the first, so order decides */
			bestd = d;
			best = cand[i];
		}
	}
	return best && tc_name_close((bestd + 1) / 2, loose_len(word)) ? best : NULL;
}

/* ---- the catalog ------------------------------------------------------ */

int tc_catalog_count(void)
{
	return tc_catalog_size;
}

const tc_accel *tc_catalog_at(int i)
{
	return (i >= 0 && i < tc_catalog_size) ? &tc_catalog_data[i] : NULL;
}

static int accel_matches(const tc_accel *a, const char *name)
{
	if (tc_name_equal(a->name, name) || tc_name_equal(a->key, name))
		return 1;
	for (int k = 0; k < TC_MAXALIAS && a->aliases[k]; k++)
		if (tc_name_equal(a->aliases[k], name))
			return 1;
	return 0;
}

const tc_accel *tc_catalog_find(const char *name)
{
	for (int i = 0; i < tc_catalog_size; i++)
		if (accel_matches(&tc_catalog_data[i], name))
			return &tc_catalog_data[i];
	return NULL;
}

/* Aliases come first because they are what people type ("H800"); the
 * canonical name and key follow. */
const char *tc_catalog_suggest(const char *name)
{
	const char *best = NULL;
	int bestd = 1 << 20;
	for (int i = 0; i < tc_catalog_size; i++) {
		const tc_accel *a = &tc_catalog_data[i];
		const char *cand[TC_MAXALIAS + 2];
		size_t n = 0;
		for (int k = 0; k < TC_MAXALIAS && a->aliases[k]; k++)
			cand[n++] = a->aliases[k];
		cand[n++] = a->name;
		cand[n++] = a->key;
		for (size_t k = 0; k < n; k++) {
			int d = distance2(name, cand[k]);
			if (d < bestd) {
				bestd = d;
				best = cand[k];
			}
		}
	}
	return best && tc_name_close((bestd + 1) / 2, loose_len(name)) ? best : NULL;
}

int tc_accel_has(const tc_accel *a, int fig)
{
	switch (fig) {
	case TC_FIG_YEAR:      return a->year > 0;
	case TC_FIG_MEMORY:    return !isnan(a->memory_gb);
	case TC_FIG_BANDWIDTH: return !isnan(a->memory_bw_gbs);
	case TC_FIG_LINK:      return !isnan(a->link_gbs);
	case TC_FIG_TDP:       return !isnan(a->tdp_w);
	case TC_FIG_PRICE:     return !isnan(a->price_usd);
	case TC_FIG_RENT:      return !isnan(a->rent_usd_per_hour);
	case TC_FIG_EMBODIED:  return !isnan(a->embodied_kg);
	case TC_FIG_TFLOPS:
		for (int p = 0; p < TC_NPREC; p++)
			if (!isnan(a->tflops[p]))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static const char *newer(const char *best, const char *date)
{
	/* ISO dates order as strings; "2025-09" sorts before "2025-09-19". */
	return (date && (!best || strcmp(date, best) > 0)) ? date : best;
}

const char *tc_catalog_version(void)
{
	const char *best = NULL;
	for (int i = 0; i < tc_catalog_size; i++)
		for (int f = 0; f < TC_NFIG; f++)
			if (tc_accel_has(&tc_catalog_data[i], f))
				best = newer(best, tc_catalog_data[i].src[f].date);
	for (int i = 0; i < tc_region_count(); i++) {
		const tc_region *r = tc_region_at(i);
		if (!isnan(r->usd_per_kwh))
			best = newer(best, r->price.date);
		if (!isnan(r->kg_co2e_per_kwh))
			best = newer(best, r->carbon.date);
	}
	return best ? best : "unknown";
}

const char *tc_precision_name(int p)
{
	return (p >= 0 && p < TC_NPREC) ? precision_names[p] : NULL;
}

int tc_precision_find(const char *name)
{
	for (int p = 0; p < TC_NPREC; p++)
		if (strcmp(precision_names[p], name) == 0)
			return p;
	return -1;
}

const char *tc_figure_name(int fig)
{
	return (fig >= 0 && fig < TC_NFIG) ? figure_names[fig] : NULL;
}
