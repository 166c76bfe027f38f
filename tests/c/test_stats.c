/* test_stats.c: moments, percentiles, histogram, rank correlation
 * (src/stats.c). Percentiles are checked against numpy's default by hand on a
 * small array, and against a full sort on large and adversarial ones. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "stats.h"

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Reference: numpy "linear" percentile from a sorted copy. */
static double ref_pct(const double *sorted, size_t n, double p)
{
	double h = p / 100.0 * (double)(n - 1);
	size_t lo = (size_t)h;
	double f = h - (double)lo;
	if (lo >= n - 1)
		return sorted[n - 1];
	if (f == 0)
		return sorted[lo];
	double a = sorted[lo], b = sorted[lo + 1];
	return f < 0.5 ? a + (b - a) * f : b - (b - a) * (1.0 - f);
}

static uint64_t lcg = 12345;
static double rnd(void)
{
	lcg = lcg * 6364136223846793005u + 1442695040888963407u;
	return (double)(lcg >> 11) / 9007199254740992.0;
}

static void by_hand(void)
{
	/* sorted: 1 1 2 3 4 5 6 9 (n = 8, h = p/100 · 7)
	 * p5:  h = 0.35 -> 1 + 0.35·(1-1) = 1
	 * p25: h = 1.75 -> 1 + 0.75·(2-1) = 1.75
	 * p50: h = 3.5  -> 3 + 0.5·(4-3)  = 3.5
	 * p75: h = 5.25 -> 5 + 0.25·(6-5) = 5.25
	 * p95: h = 6.65 -> 6 + 0.65·(9-6) = 7.95
	 * (numpy.percentile gives the same: 1, 1.75, 3.5, 5.25, 7.95) */
	double x[] = {3, 1, 4, 1, 5, 9, 2, 6};
	const double p[] = {95, 5, 50, 0, 25, 100, 75};
	double out[7];
	tc_stats_percentiles(x, 8, p, 7, out);
	CHECK_NEAR(out[0], 7.95, 1e-15);
	CHECK(out[1] == 1);
	CHECK(out[2] == 3.5);
	CHECK(out[3] == 1);
	CHECK(out[4] == 1.75);
	CHECK(out[5] == 9);
	CHECK(out[6] == 5.25);
	double one = 42, o1[2];
	const double p2[] = {0, 50};
	tc_stats_percentiles(&one, 1, p2, 2, o1);
	CHECK(o1[0] == 42 && o1[1] == 42);
}

/* Percentiles of x (n) equal the sorted reference exactly. */
static int matches_sort(double *x, size_t n)
{
	static const double p[] = {5, 25, 50, 75, 95, 0, 100, 2.5, 97.5, 50};
	double out[10];
	double *s = malloc(n * sizeof *s);
	memcpy(s, x, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp);
	tc_stats_percentiles(x, n, p, 10, out);
	int ok = 1;
	for (int i = 0; i < 10; i++)
		if (out[i] != ref_pct(s, n, p[i])) {
			printf("  n=%zu p=%g got %.17g want %.17g\n", n, p[i], out[i], ref_pct(s, n, p[i]));
			ok = 0;
		}
	free(s);
	return ok;
}

static void against_sort(void)
{
	static const size_t sizes[] = {2, 3, 17, 600, 601, 1000, 20000, 32767, 32768, 100001, 1000000};
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		double *x = malloc(n * sizeof *x);
		for (size_t i = 0; i < n; i++)
			x[i] = rnd();
		CHECK(matches_sort(x, n));
		for (size_t i = 0; i < n; i++) /* many ties */
			x[i] = floor(rnd() * 10);
		CHECK(matches_sort(x, n));
		free(x);
	}
}

static void adversarial_orders(void)
{
	size_t n = 200000;
	double *x = malloc(n * sizeof *x);
	for (int kind = 0; kind < 6; kind++) {
		for (size_t i = 0; i < n; i++) {
			switch (kind) {
			case 0: x[i] = (double)i; break;                         /* sorted */
			case 1: x[i] = (double)(n - i); break;                   /* reversed */
			case 2: x[i] = 7; break;                                 /* all equal */
			case 3: x[i] = (double)(i < n / 2 ? i : n - i); break;   /* organ pipe */
			case 4: x[i] = (double)(i % 2 ? i : -(double)i); break;  /* interleaved */
			/* the strided pilot (every 32nd value at this n) sees only zeros:
			 * its windows miss and the selection must start over */
			default: x[i] = i % 32 == 0 ? 0 : (double)i; break;
			}
		}
		CHECK(matches_sort(x, n));
	}
	free(x);
}

/* Percentiles come from a histogram between the least and greatest value
 * (and fall back to the windows of a pilot from 32,768 values, to selecting
 * in place below): the same as a sort for skewed values, a far outlier that
 * squeezes the rest into one bucket, infinities, both signs, values two
 * buckets apart, equal values. */
static void histogram_percentiles(void)
{
	static const size_t sizes[] = {4000, 20000, 32767, 100001};
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		double *x = malloc(n * sizeof *x);
		for (int kind = 0; kind < 7; kind++) {
			for (size_t i = 0; i < n; i++) {
				double u = rnd();
				switch (kind) {
				case 0: x[i] = 1e6 * exp(4 * u * u * u); break;       /* a long right tail */
				case 1: x[i] = i == 7 ? 1e300 : u; break;             /* one far outlier */
				case 2: x[i] = i % 1000 == 3 ? -INFINITY : u; break;  /* infinities */
				case 3: x[i] = (u - 0.5) * 1e-3; break;               /* both signs */
				case 4: x[i] = (double)(i % 3) / 1024.0; break;       /* three levels, buckets apart */
				case 5: x[i] = 5.0; break;                            /* all equal */
				default: x[i] = (double)(n - i); break;               /* reversed */
				}
			}
			if (!matches_sort(x, n))
				tc_fail(__FILE__, __LINE__, "n %zu kind %d", n, kind);
		}
		free(x);
	}
}

/* The cell map gives tc_stats_cell's answer for every value: on window
 * ends, one step either side of them (nextafter), between and inside
 * windows, far outside, at +-inf; for windows with open ends (+-inf), a
 * degenerate window (a == b), windows narrower than a bucket, and a range
 * so narrow that ends share buckets. */
static int classify_agrees(const double *a, const double *b, size_t nw)
{
	static tc_cellmap map;
	static double x[4000], in[4000];
	size_t cells[4 * 8 + 1] = {0}, want[4 * 8 + 1] = {0}, n = 0, nin = 0, k;
	tc_stats_cellmap(&map, a, b, nw);
	for (size_t w = 0; w < nw; w++)
		for (int e = 0; e < 2; e++) {
			double v = e ? b[w] : a[w];
			x[n++] = v;
			x[n++] = nextafter(v, -INFINITY);
			x[n++] = nextafter(v, INFINITY);
		}
	x[n++] = INFINITY;
	x[n++] = -INFINITY;
	x[n++] = 1e300;
	x[n++] = -1e300;
	x[n++] = 0.0;
	while (n < 4000) {
		double lo = isfinite(a[0]) ? a[0] : -10, hi = isfinite(b[nw - 1]) ? b[nw - 1] : 10;
		x[n++] = lo - 1 + (hi - lo + 2) * rnd();
	}
	for (size_t i = 0; i < n; i++) {
		size_t c = tc_stats_cell(x[i], a, b, nw);
		want[c]++;
		nin += (c & 3) == 2;
	}
	k = tc_stats_classify(&map, a, b, nw, x, n, cells, in);
	return k == nin && memcmp(cells, want, sizeof cells) == 0;
}

static void classify_cells(void)
{
	static const double a1[] = {1.0, 2.0, 3.0, 3.5, NAN}, b1[] = {1.5, 2.0, 3.25, 7.0, NAN};
	static const double a2[] = {-INFINITY, 0.0, NAN}, b2[] = {-1.0, 1.0, NAN};
	static const double a3[] = {0.0, 5.0, NAN}, b3[] = {1.0, INFINITY, NAN};
	static const double a4[] = {1.0, 1.0 + 1e-12, NAN}, b4[] = {1.0 + 1e-13, 1.0 + 2e-12, NAN};
	static const double a5[] = {0.0, 1e-9, 0.5, NAN}, b5[] = {1e-10, 2e-9, 1e6, NAN};
	static const double a6[] = {100.0, NAN}, b6[] = {100.0, NAN};
	CHECK(classify_agrees(a1, b1, 4));
	CHECK(classify_agrees(a2, b2, 2));
	CHECK(classify_agrees(a3, b3, 2));
	CHECK(classify_agrees(a4, b4, 2));
	CHECK(classify_agrees(a5, b5, 3));
	CHECK(classify_agrees(a6, b6, 1));
}

static void moments(void)
{
	double x[] = {2, 4, 4, 4, 5, 5, 7, 9}, mean, sd, lo, hi;
	tc_stats_moments(x, 8, &mean, &sd, &lo, &hi);
	CHECK(mean == 5);
	CHECK_NEAR(sd, sqrt(32.0 / 7), 1e-15);
	CHECK(lo == 2 && hi == 9);
	double c[1000];
	for (int i = 0; i < 1000; i++)
		c[i] = 0.1;
	tc_stats_moments(c, 1000, &mean, &sd, &lo, &hi);
	CHECK(mean == 0.1 && sd == 0); /* a constant is exactly itself */
	tc_stats_moments(c, 1, &mean, &sd, &lo, &hi);
	CHECK(mean == 0.1 && sd == 0);
	/* "never" (a breakeven primitive's inf) stays meaningful */
	double inf[] = {INFINITY, INFINITY, INFINITY}, mixed[] = {INFINITY, 1, 2}, p50[1];
	const double p[] = {50};
	tc_stats_moments(inf, 3, &mean, &sd, &lo, &hi);
	CHECK(isinf(mean) && sd == 0);
	tc_stats_moments(mixed, 3, &mean, &sd, &lo, &hi);
	CHECK(isinf(mean) && isinf(sd) && lo == 1);
	tc_stats_percentiles(inf, 3, p, 1, p50);
	CHECK(isinf(p50[0]));
}

static void histogram(void)
{
	double x[] = {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.99, 4};
	size_t counts[4];
	tc_stats_hist(x, 9, 0, 4, 4, counts);
	CHECK(counts[0] == 2 && counts[1] == 2 && counts[2] == 2 && counts[3] == 3);
	tc_stats_hist(x, 9, 1, 1, 4, counts);
	CHECK(counts[0] == 9 && counts[3] == 0);
}

static void ranks_and_spearman(void)
{
	double x[] = {10, 20, 20, 5, 30}, r[5];
	tc_rankpair tmp[5];
	tc_stats_rank(x, 5, r, tmp);
	CHECK(r[0] == 2 && r[1] == 3.5 && r[2] == 3.5 && r[3] == 1 && r[4] == 5);
	size_t n = 1000;
	double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *w = malloc(2 * n * sizeof *w);
	tc_rankpair *p = malloc(n * sizeof *p);
	for (size_t i = 0; i < n; i++) {
		a[i] = rnd();
		b[i] = exp(5 * a[i]); /* monotone: Spearman 1 though Pearson is not */
	}
	CHECK_NEAR(tc_stats_spearman(a, b, n, w, p), 1.0, 1e-12);
	for (size_t i = 0; i < n; i++)
		b[i] = -a[i] * a[i] * a[i];
	CHECK_NEAR(tc_stats_spearman(a, b, n, w, p), -1.0, 1e-12);
	for (size_t i = 0; i < n; i++)
		b[i] = 3;
	CHECK(tc_stats_spearman(a, b, n, w, p) == 0);
	free(a);
	free(b);
	free(w);
	free(p);
}

/* Ranks of large arrays (the radix path) against a sort of (value, index)
 * pairs: wide and narrow ranges, negatives, zeros of both signs, ties. */
static int cmp_pair(const void *a, const void *b)
{
	const tc_rankpair *x = a, *y = b;
	return x->v < y->v ? -1 : x->v > y->v ? 1 : (x->i > y->i) - (x->i < y->i);
}

static void ranks_of_large_arrays(void)
{
	size_t n = 100000;
	double *x = malloc(n * sizeof *x), *r = malloc(n * sizeof *r), *want = malloc(n * sizeof *want);
	tc_rankpair *tmp = malloc(n * sizeof *tmp), *ref = malloc(n * sizeof *ref);
	CHECK(x && r && want && tmp && ref);
	for (int kind = 0; kind < 6; kind++) {
		for (size_t i = 0; i < n; i++) {
			double u = rnd();
			switch (kind) {
			/* nine in ten in a sliver: one bucket of the first radix pass
			 * holds 90,000 keys that differ only in their low bits */
			case 5: x[i] = i % 10 ? 1.0 + u * 1e-9 : 1e9 * u; break;
			case 0: x[i] = 1e6 * exp(3 * u); break;                  /* lognormal-like, one sign */
			case 1: x[i] = (u - 0.5) * 1e-300 * (i % 7 ? 1 : 1e300); break; /* signs, huge range */
			case 2: x[i] = floor(u * 50) - 25; break;                 /* ties, -0.0 vs 0 below */
			case 3: x[i] = i % 3 ? 0.0 : -0.0; break;                 /* all equal as numbers */
			default: x[i] = 5e6 + u * 1e-3; break;                    /* narrow: only low bits vary */
			}
		}
		for (size_t i = 0; i < n; i++) {
			ref[i].v = x[i];
			ref[i].i = i;
		}
		qsort(ref, n, sizeof *ref, cmp_pair);
		for (size_t i = 0; i < n;) {
			size_t j = i + 1;
			while (j < n && ref[j].v == ref[i].v)
				j++;
			for (size_t t = i; t < j; t++)
				want[ref[t].i] = 0.5 * (double)(i + 1 + j);
			i = j;
		}
		tc_stats_rank(x, n, r, tmp);
		for (size_t i = 0; i < n; i++)
			if (r[i] != want[i]) {
				tc_fail(__FILE__, __LINE__, "kind %d: rank[%zu] = %g, want %g", kind, i, r[i], want[i]);
				return;
			}
	}
	free(x);
	free(r);
	free(want);
	free(tmp);
	free(ref);
}

/* tc_ranker's items of each phase run in any order give the ranks of a
 * sort of (value, index) pairs: reversed, and scrambled (item 7t mod k, as
 * workers taking items by turns might), into a separate array and over x
 * itself; 300,000 values make 18 slices, and the ties (a fifth of the values
 * on 50 levels) stay within a bucket. */
static void ranks_by_items_in_any_order(void)
{
	size_t n = 300000;
	double *x0 = malloc(n * sizeof *x0), *x = malloc(n * sizeof *x), *want = malloc(n * sizeof *want);
	double *r = malloc(n * sizeof *r);
	tc_rankpair *tmp = malloc(n * sizeof *tmp), *ref = malloc(n * sizeof *ref);
	tc_ranker *rk = malloc(sizeof *rk);
	CHECK(x0 && x && want && r && tmp && ref && rk);
	for (size_t i = 0; i < n; i++) {
		x0[i] = i % 5 ? 1e4 * exp(2 * rnd()) : floor(rnd() * 50) * 100;
		ref[i].v = x0[i];
		ref[i].i = i;
	}
	qsort(ref, n, sizeof *ref, cmp_pair);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && ref[j].v == ref[i].v)
			j++;
		for (size_t t = i; t < j; t++)
			want[ref[t].i] = 0.5 * (double)(i + 1 + j);
		i = j;
	}
	for (int order = 0; order < 4; order++) {
		double *out = order < 2 ? r : x;
		memcpy(x, x0, n * sizeof *x);
		tc_rank_init(rk, x, n, out, tmp);
		for (int p = 0; p < TC_RANK_PHASES; p++) {
			size_t k = tc_rank_phase(rk, p);
			for (size_t t = 0; t < k; t++)
				tc_rank_item(rk, p, order % 2 && k % 7 ? t * 7 % k : k - 1 - t);
		}
		for (size_t i = 0; i < n; i++)
			if (out[i] != want[i]) {
				tc_fail(__FILE__, __LINE__, "order %d: rank[%zu] = %g, want %g", order, i, out[i], want[i]);
				break;
			}
	}
	free(x0);
	free(x);
	free(want);
	free(r);
	free(tmp);
	free(ref);
	free(rk);
}

static const tc_test tests[] = {
	{"histogram_percentiles", histogram_percentiles},
	{"ranks_by_items_in_any_order", ranks_by_items_in_any_order},
	{"ranks_of_large_arrays", ranks_of_large_arrays},
	{"percentiles_by_hand", by_hand},
	{"percentiles_against_sort", against_sort},
	{"percentiles_adversarial_orders", adversarial_orders},
	{"classify_through_cell_map", classify_cells},
	{"moments", moments},
	{"histogram", histogram},
	{"ranks_and_spearman", ranks_and_spearman},
	{NULL, NULL}
};

const tc_suite suite_stats = {"stats", tests};
