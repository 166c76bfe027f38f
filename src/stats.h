/* stats.h: summaries of an array of doubles: moments, percentiles,
 * histogram, rank correlation. Plain functions over caller-owned arrays; none
 * allocates. What is not here: sampling (dist.c, mc.c), the Lua tables of
 * results (lua_mc.c). */
#ifndef TCOST_STATS_H
#define TCOST_STATS_H

#include <stddef.h>

/* Rank correlations use at most this many leading samples. The standard
 * error of a Spearman coefficient near 0 is about 1/sqrt(n - 1), so 0.01
 * here: enough to rank inputs, and ranking 10,000 values is cheap. */
#define TC_SPEARMAN_MAX 10000

/* n >= 1. mean (shifted by x[0], so a constant array gives exactly that
 * constant), sample sd with n - 1 (0 when n == 1 or all values are equal,
 * inf when some but not all are infinite), min and max. */
void tc_stats_moments(const double *x, size_t n, double *mean, double *sd, double *min, double *max);

/* Writes to out[i] the pct[i]-th percentile of x[0..n), numpy's default
 * "linear" definition: with h = pct/100 · (n - 1), x(floor h) + (h - floor h)
 * · (x(floor h + 1) - x(floor h)) over the sorted values. pct[i] in [0, 100],
 * any order; n >= 1; x must hold no NaN. All percentiles come from one pass
 * of a multi-quickselect (needed ranks in increasing order, each selection,
 * Floyd–Rivest, restricted to what lies right of the previous one), so x is
 * REORDERED. */
void tc_stats_percentiles(double *x, size_t n, const double *pct, size_t np, double *out);

/* counts[0..k) = how many x fall in each of k equal bins of [lo, hi]; the
 * last bin includes hi; values outside are clamped into the end bins. When
 * hi <= lo (or the width is not finite) everything counts in bin 0. */
void tc_stats_hist(const double *x, size_t n, double lo, double hi, size_t k, size_t *counts);

/* Pairs used by tc_stats_rank while sorting. */
typedef struct tc_rankpair {
	double v;
	size_t i;
} tc_rankpair;

/* rank[i] = 1-based rank of x[i] among x[0..n), ties given their average
 * rank. tmp must hold n pairs. */
void tc_stats_rank(const double *x, size_t n, double *rank, tc_rankpair *tmp);

/* Pearson correlation of x and y; 0 when either is constant (or n < 2). */
double tc_stats_pearson(const double *x, const double *y, size_t n);

/* Spearman rank correlation: Pearson of the ranks. work must hold 2n doubles
 * and tmp n pairs. Callers pass at most TC_SPEARMAN_MAX leading samples. */
double tc_stats_spearman(const double *x, const double *y, size_t n, double *work, tc_rankpair *tmp);

#endif
