/* stats.h: summaries of an array of doubles: moments, percentiles,
 * histogram, rank correlation. Plain functions over caller-owned arrays; none
 * allocates. What is not here: sampling (dist.c, mc.c), the Lua tables of
 * results (lua_mc.c). */
#ifndef TCOST_STATS_H
#define TCOST_STATS_H

#include <stddef.h>
#include <stdint.h>

/* n >= 1. mean (shifted by x[0], so a constant array gives exactly that
 * constant), sample sd with n - 1 (0 when n == 1 or all values are equal,
 * inf when some but not all are infinite), min and max. */
void tc_stats_moments(const double *x, size_t n, double *mean, double *sd, double *min, double *max);

/* Writes to out[i] the pct[i]-th percentile of x[0..n), numpy's default
 * "linear" definition: with h = pct/100 · (n - 1), x(floor h) + (h - floor h)
 * · (x(floor h + 1) - x(floor h)) over the sorted values. pct[i] in [0, 100],
 * any order; n >= 1; x must hold no NaN. A histogram of 2,048 equal
 * buckets between the least and greatest value keeps the few values in the
 * buckets of the wanted ranks and selects among them; when a far outlier or
 * an infinite value defeats it, on 32,768 values or more, one classification
 * pass against windows placed by a strided pilot (see tc_stats_windows) does
 * the same; otherwise (or when a window misses) a multi-quickselect places
 * every needed rank (the middle one first, then each half, Floyd–Rivest), so
 * x MAY BE REORDERED. */
void tc_stats_percentiles(double *x, size_t n, const double *pct, size_t np, double *out);
/* The same, given the least and greatest of x[0..n) (min and max of
 * tc_stats_finish), which then need not be looked for again. */
void tc_stats_percentiles_in(double *x, size_t n, double xmin, double xmax, const double *pct, size_t np,
                             double *out);

/* Moments of a stream read block by block: tc_stats_block summarizes one
 * block, tc_stats_join appends a block's summary to a running one (Chan,
 * Golub & LeVeque's pairwise update), tc_stats_finish gives mean, sample sd,
 * min and max with tc_stats_moments' conventions (a constant, infinite or
 * not, is exact with sd 0; infinite values among others give sd inf; a NaN
 * in a block makes its mean NaN, which callers use to detect it). The
 * result depends only on the blocks and the order they are joined in. */
typedef struct tc_moments {
	double n, mean, m2, min, max;
} tc_moments;
void tc_stats_block(const double *x, size_t n, tc_moments *m);
void tc_stats_join(tc_moments *acc, const tc_moments *b);
void tc_stats_finish(const tc_moments *m, double *mean, double *sd, double *min, double *max);

/* The sorted, distinct 0-based ranks that the percentiles pct[0..np) of n
 * values read (floor h, and floor h + 1 when interpolating) into ranks (room
 * for 2·np); returns how many. */
size_t tc_stats_pct_ranks(const double *pct, size_t np, size_t n, size_t *ranks);

/* The percentiles pct[0..np) of n values from the values at the ranks of
 * tc_stats_pct_ranks (value[i] is the ranks[i]-th smallest), with
 * tc_stats_percentiles' interpolation. */
void tc_stats_pct_values(const double *pct, size_t np, size_t n, const size_t *ranks, size_t nr,
                         const double *value, double *out);

/* value[i] := the ranks[i]-th smallest of x[0..n) (ranks sorted, distinct,
 * at most 64 for the fast paths), xmin and xmax its least and greatest
 * value: what tc_stats_percentiles_in reads its percentiles from, by the
 * same paths, so x MAY BE REORDERED. */
void tc_stats_rank_values(double *x, size_t n, double xmin, double xmax, const size_t *ranks, size_t nr,
                          double *value);

/* Places each of ranks[0..nr) (ascending, distinct, < n) at its sorted
 * position in x (x is REORDERED; x[ranks[i]] is then the ranks[i]-th
 * smallest). */
void tc_stats_order(double *x, size_t n, const size_t *ranks, size_t nr);

/* Exact order statistics of a stream too long to keep, in one pass.
 * Windows: from a pilot (x[0..m), a uniform part of the stream, REORDERED),
 * for each wanted rank k of the n values an interval [a, b] between pilot
 * order statistics about z standard errors either side of where k falls
 * (-inf / inf past the pilot's ends); overlapping intervals merge. Writes the
 * nw <= nr windows to a[], b[] (room for nr + 1: a NaN sentinel follows the
 * last window) (ascending, disjoint), returns nw, and sets
 * *frac to the share of the pilot strictly inside them (to size the store).
 * A pass then classifies each value: tc_stats_cell gives its counter, of
 * 4·nw + 1: 4w the values between window w - 1 and w, 4w + 1 those equal to
 * a[w], 4w + 2 those strictly inside (which the caller also stores), 4w + 3
 * those equal to b[w] (when b[w] > a[w]), 4·nw those above every window.
 * tc_stats_window_values then finds the value of each rank: 0, or -1 when
 * one fell outside every window (the pilot was unlucky: keep the values of
 * the output instead). */
size_t tc_stats_windows(double *x, size_t m, size_t n, const size_t *ranks, size_t nr, double z, double *a,
                        double *b, double *frac);

/* a[] and b[] must have room for nw + 1: a[nw] = b[nw] = NaN (set by
 * tc_stats_windows) lets the classification run without branches. */
static inline size_t tc_stats_cell(double v, const double *a, const double *b, size_t nw)
{
	size_t w = 0;
	for (size_t j = 0; j < nw; j++) /* windows wholly below v */
		w += v > b[j];
	double aw = a[w], bw = b[w]; /* NaN past the last: every test below is 0 */
	return 4 * w + (size_t)(v >= aw) + (size_t)(v > aw) + (size_t)(v >= bw && bw > aw);
}

/* A cell map makes tc_stats_cell's answer a table look-up for almost every
 * value: [a[0], b[nw - 1]] is cut into TC_STATS_MAP equal buckets (plus one
 * below and one above), and a bucket that no window end falls in holds the
 * one cell of all its values; the few buckets holding an end say
 * TC_STATS_MIXED, and their values go through tc_stats_cell. The bucket of
 * a value is a monotone function of it, which is what makes the table
 * exact (see tc_stats_cellmap). */
#define TC_STATS_MAP 2048
#define TC_STATS_MIXED 0xffffu
typedef struct tc_cellmap {
	double lo, scale;
	unsigned short cell[TC_STATS_MAP + 2];
} tc_cellmap;

/* Fills mp for windows a[0..nw), b[0..nw) (those of tc_stats_windows, at
 * most 16,000). When the windows' ends are not finite, every bucket is
 * TC_STATS_MIXED (still exact). */
void tc_stats_cellmap(tc_cellmap *mp, const double *a, const double *b, size_t nw);

static inline size_t tc_stats_bucket(const tc_cellmap *mp, double v)
{
	double d = (v - mp->lo) * mp->scale;
	/* clamped to [-1, TC_STATS_MAP]; a NaN, which callers never pass, to -1 */
	d = d > -1.0 ? d : -1.0;
	d = d < (double)TC_STATS_MAP ? d : (double)TC_STATS_MAP;
	return (size_t)(ptrdiff_t)(d + 1.0); /* one instruction, where a size_t conversion takes several */
}

/* Classifies x[0..n) into cells[] (tc_stats_cell's counters) through mp,
 * storing the values strictly inside a window in in[] (room for n);
 * returns how many were stored. */
size_t tc_stats_classify(const tc_cellmap *mp, const double *a, const double *b, size_t nw, const double *x,
                         size_t n, size_t *cells, double *in);

/* in: the values counted in cells 4w + 2 (any order, REORDERED), len of
 * them; cells: the 4·nw + 1 counters; value[i] := the ranks[i]-th smallest
 * of the stream. */
int tc_stats_window_values(const double *a, const double *b, size_t nw, const size_t *cells, double *in,
                           size_t len, const size_t *ranks, size_t nr, double *value);

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

/* The same ranks in steps that several threads can share (tc_stats_rank runs
 * them on one): tc_rank_init, then for each phase p = 0 .. TC_RANK_PHASES - 1
 * in turn, k = tc_rank_phase(rk, p) on one thread, then tc_rank_item(rk, p, i)
 * for every i < k, in any order, on any threads; phase p + 1 starts once
 * every item of phase p is done. Items of a phase touch disjoint parts of
 * the arrays, and the ranks are a function of the values, so they are
 * tc_stats_rank's whatever the order and the threads. rank may be x itself
 * (x is read only in phase 0). Phases: keys (by slice of the input), bucket
 * counts (by slice), scattering into buckets (by slice), sorting (by
 * bucket), indices out of rank's space (by slice), ranks (by bucket). The
 * ranker is about 66 KB. */
#define TC_RANK_PHASES 6
#define TC_RANK_SLICES 64          /* at most, so the counts stay small */
#define TC_RANK_SLICE_MIN 16384    /* values in a slice, at least */
#define TC_RANK_RADIX_MIN 4096     /* fewer: one item, a sort of pairs */
typedef struct tc_ranker {
	const double *x;
	double *rank;
	tc_rankpair *tmp;
	size_t n, nslice;
	int radix, shift;
	uint64_t lo, slo[TC_RANK_SLICES], shi[TC_RANK_SLICES];
	uint32_t cnt[TC_RANK_SLICES][256]; /* per slice: bucket counts, then next places */
	uint32_t start[257];               /* each bucket's first place */
} tc_ranker;
void tc_rank_init(tc_ranker *rk, const double *x, size_t n, double *rank, tc_rankpair *tmp);
size_t tc_rank_phase(tc_ranker *rk, int p);
void tc_rank_item(tc_ranker *rk, int p, size_t i);

/* Pearson correlation of x and y; 0 when either is constant (or n < 2). */
double tc_stats_pearson(const double *x, const double *y, size_t n);

/* Spearman rank correlation: Pearson of the ranks. work must hold 2n doubles
 * and tmp n pairs. */
double tc_stats_spearman(const double *x, const double *y, size_t n, double *work, tc_rankpair *tmp);

#endif
