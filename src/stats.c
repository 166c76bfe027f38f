/* stats.c: moments, multi-quickselect percentiles, histogram and rank
 * correlation (see stats.h). */
#include "stats.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void tc_stats_moments(const double *x, size_t n, double *mean, double *sd, double *min, double *max)
{
	/* shift by the first value (exact means of constants); not by an
	 * infinite one, which would turn every difference into NaN */
	double x0 = isfinite(x[0]) ? x[0] : 0.0, s = 0.0, lo = x[0], hi = x[0], m, ss = 0.0;
	for (size_t i = 0; i < n; i++) {
		double v = x[i];
		s += v - x0;
		if (v < lo)
			lo = v;
		if (v > hi)
			hi = v;
	}
	m = x0 + s / (double)n;
	for (size_t i = 0; i < n; i++) {
		double d = x[i] - m;
		ss += d * d;
	}
	if (lo == hi) { /* a constant, possibly infinite */
		m = lo;
		ss = 0.0;
	}
	*mean = m;
	*sd = n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
	if (isnan(*sd)) /* infinite samples among finite ones */
		*sd = INFINITY;
	*min = lo;
	*max = hi;
}

/* ---- selection ------------------------------------------------------- */

static void swap(double *x, ptrdiff_t i, ptrdiff_t j)
{
	double t = x[i];
	x[i] = x[j];
	x[j] = t;
}

/* Both selections below place in x[k] the value it would hold if
 * x[lo..hi] (inclusive) were sorted, with nothing larger before k and
 * nothing smaller after it, within [lo, hi]. */

/* The fallback: Hoare partition around a median of three; if the rounds
 * exceed about 2·log2(n) (an adversarial order), pivots become
 * pseudo-random, which restores expected linear time. Short ranges finish
 * by insertion sort. */
static void hoare_select(double *x, ptrdiff_t lo, ptrdiff_t hi, ptrdiff_t k)
{
	int rounds = 0, limit = 16;
	uint64_t st = 0x2545f4914f6cdd1du;
	for (ptrdiff_t m = hi - lo; m > 0; m >>= 1)
		limit += 2;
	while (hi - lo >= 16) {
		ptrdiff_t mid = lo + (hi - lo) / 2, i = lo, j = hi;
		double pv;
		if (++rounds > limit) {
			st ^= st << 13;
			st ^= st >> 7;
			st ^= st << 17;
			pv = x[lo + (ptrdiff_t)(st % (uint64_t)(hi - lo + 1))];
		} else {
			double a = x[lo], b = x[mid], c = x[hi];
			pv = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
		}
		while (i <= j) {
			while (x[i] < pv)
				i++;
			while (x[j] > pv)
				j--;
			if (i <= j) {
				swap(x, i, j);
				i++;
				j--;
			}
		}
		/* now x[lo..j] <= pv, x[i..hi] >= pv, and x[j+1..i-1] == pv */
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			return;
	}
	for (ptrdiff_t i = lo + 1; i <= hi; i++) {
		double v = x[i];
		ptrdiff_t j = i - 1;
		while (j >= lo && x[j] > v) {
			x[j + 1] = x[j];
			j--;
		}
		x[j + 1] = v;
	}
}

/* Partitions x[left..right] around t = x[k] (the others are compared with
 * it once each): values below t first, then t and every other value equal
 * to it in x[*lo..*hi], then those above. The moves do not depend on the
 * comparisons (Lomuto's scheme with unconditional swaps), so there is no
 * branch to mispredict, which in a Hoare partition of random values costs
 * more than the work; equal values are gathered in a second pass only when
 * there are any. */
static void partition(double *x, ptrdiff_t left, ptrdiff_t right, ptrdiff_t k, ptrdiff_t *lo, ptrdiff_t *hi)
{
	double t = x[k];
	ptrdiff_t s = left, e;
	size_t eq = 0;
	swap(x, k, right);
	for (ptrdiff_t i = left; i < right; i++) { /* x[left..s) < t <= x[s..i) */
		double v = x[i];
		x[i] = x[s];
		x[s] = v;
		s += v < t;
		eq += v == t;
	}
	swap(x, s, right);
	e = s;
	if (eq) /* x[s..e] == t < x(e..i) */
		for (ptrdiff_t i = s + 1; i <= right; i++) {
			double v = x[i];
			x[i] = x[e + 1];
			x[e + 1] = v;
			e += v == t;
		}
	*lo = s;
	*hi = e;
}

/* Floyd & Rivest 1975 (SELECT): on a large range, first select k within a
 * small sample-sized window around where k should fall, so the pivot lands
 * very close to rank k and one partition pass leaves little to do; about
 * n + min(k, n - k) comparisons instead of quickselect's 2n to 3.4n. Each
 * partition pass spends one unit of *budget; when it runs out (inputs built
 * to defeat the sampling), the range is finished by hoare_select. */
static void fr_select(double *x, ptrdiff_t left, ptrdiff_t right, ptrdiff_t k, int *budget)
{
	while (right > left) {
		ptrdiff_t lo, hi;
		if (--*budget < 0) {
			hoare_select(x, left, right, k);
			return;
		}
		if (right - left > 600) {
			double n = (double)(right - left + 1), i = (double)(k - left + 1);
			double z = log(n), s = 0.5 * exp(2.0 * z / 3.0);
			double sd = 0.5 * sqrt(z * s * (n - s) / n) * (i < n / 2 ? -1.0 : 1.0);
			double nl = floor((double)k - i * s / n + sd), nr = floor((double)k + (n - i) * s / n + sd);
			fr_select(x, nl > (double)left ? (ptrdiff_t)nl : left, nr < (double)right ? (ptrdiff_t)nr : right,
			          k, budget);
		}
		partition(x, left, right, k, &lo, &hi);
		if (k < lo)
			right = lo - 1;
		else if (k > hi)
			left = hi + 1;
		else
			return; /* x[k] equals t, which is in its final place */
	}
}

static void select_k(double *x, ptrdiff_t lo, ptrdiff_t hi, ptrdiff_t k)
{
	int budget = 64;
	for (ptrdiff_t m = hi - lo; m > 0; m >>= 1)
		budget += 4;
	fr_select(x, lo, hi, k, &budget);
}

/* The rank below which the p-th percentile's interpolation starts, and the
 * weight of the next one. */
static void virtual_index(double p, size_t n, size_t *lo, double *frac)
{
	double h = p / 100.0 * (double)(n - 1);
	if (!(h > 0))
		h = 0;
	if (h > (double)(n - 1))
		h = (double)(n - 1);
	*lo = (size_t)h;
	*frac = h - (double)*lo;
	if (*lo >= n - 1) {
		*lo = n - 1;
		*frac = 0.0;
	}
}

/* Places each rank of ranks[a..b] (sorted, distinct) at its sorted position
 * within x[lo..hi]: the middle rank first over the whole range, then each half
 * within the part it falls in, so the ranges halve at every level (about
 * n log2(r) work for r ranks, against n·r for selecting each over the rest). */
static void place_ranks(double *x, ptrdiff_t lo, ptrdiff_t hi, const size_t *ranks, ptrdiff_t a, ptrdiff_t b)
{
	while (a <= b && lo <= hi) {
		ptrdiff_t m = a + (b - a) / 2, k = (ptrdiff_t)ranks[m];
		if (k == lo) {
			/* the minimum of the range: one pass, no partitioning */
			ptrdiff_t j = lo;
			for (ptrdiff_t i = lo + 1; i <= hi; i++)
				if (x[i] < x[j])
					j = i;
			swap(x, lo, j);
		} else {
			select_k(x, lo, hi, k);
		}
		place_ranks(x, lo, k - 1, ranks, a, m - 1);
		lo = k + 1; /* the right half, without recursion */
		a = m + 1;
	}
}

size_t tc_stats_pct_ranks(const double *pct, size_t np, size_t n, size_t *ranks)
{
	/* np is small, so an insertion into a short array will do */
	size_t nr = 0;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < np; i++) {
		size_t lo, want[2];
		double f;
		virtual_index(pct[i], n, &lo, &f);
		want[0] = lo;
		want[1] = lo + 1;
		for (int w = 0; w < (f > 0 ? 2 : 1); w++) {
			size_t j = nr;
			int dup = 0;
			for (size_t q = 0; q < nr; q++)
				dup |= ranks[q] == want[w];
			if (dup)
				continue;
			while (j > 0 && ranks[j - 1] > want[w]) {
				ranks[j] = ranks[j - 1];
				j--;
			}
			ranks[j] = want[w];
			nr++;
		}
	}
	return nr;
}

/* The value at rank k, given the values of the sorted ranks[0..nr). */
static double value_at(size_t k, const size_t *ranks, size_t nr, const double *value)
{
	size_t lo = 0, hi = nr;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (ranks[mid] <= k)
			lo = mid;
		else
			hi = mid;
	}
	return value[lo];
}

void tc_stats_pct_values(const double *pct, size_t np, size_t n, const size_t *ranks, size_t nr,
                         const double *value, double *out)
{
	for (size_t i = 0; i < np; i++) {
		size_t lo;
		double f, a, b;
		virtual_index(pct[i], n, &lo, &f);
		a = value_at(lo, ranks, nr, value);
		if (f == 0) {
			out[i] = a;
			continue;
		}
		b = value_at(lo + 1, ranks, nr, value);
		if (a == b) { /* also keeps inf from becoming inf - inf */
			out[i] = a;
			continue;
		}
		/* numpy's lerp: from the nearer end, so p = 100 style ends are exact */
		out[i] = f < 0.5 ? a + (b - a) * f : b - (b - a) * (1.0 - f);
	}
}

void tc_stats_order(double *x, size_t n, const size_t *ranks, size_t nr)
{
	if (n && nr)
		place_ranks(x, 0, (ptrdiff_t)n - 1, ranks, 0, (ptrdiff_t)nr - 1);
}

void tc_stats_cellmap(tc_cellmap *mp, const double *a, const double *b, size_t nw)
{
	double lo = nw ? a[0] : 0.0, hi = nw ? b[nw - 1] : 0.0, scale = (double)TC_STATS_MAP / (hi - lo);
	size_t j = 0, nb = 2 * nw;
	if (!nw || nw > 16000 || !isfinite(lo) || !isfinite(hi) || !(hi > lo) || !isfinite(scale)) {
		mp->lo = 0.0;
		mp->scale = 1.0; /* any finite map: every bucket is mixed */
		for (size_t k = 0; k < TC_STATS_MAP + 2; k++)
			mp->cell[k] = TC_STATS_MIXED;
		return;
	}
	mp->lo = lo;
	mp->scale = scale;
	/* The ends a[0] <= b[0] < a[1] <= b[1] < ... ascend, so their buckets do
	 * too. A bucket k that holds no end has j ends in buckets below it; as
	 * the bucket is monotone in the value, each of its values is above
	 * exactly those j ends and below the rest: j = 2w means between windows
	 * w - 1 and w (cell 4w), j = 2w + 1 inside window w (cell 4w + 2). */
	for (size_t k = 0; k < TC_STATS_MAP + 2; k++) {
		int mixed = 0;
		for (; j < nb; j++) {
			size_t e = tc_stats_bucket(mp, j & 1 ? b[j / 2] : a[j / 2]);
			if (e > k)
				break;
			mixed |= e == k;
		}
		mp->cell[k] = mixed ? TC_STATS_MIXED : (unsigned short)(4 * (j / 2) + 2 * (j & 1));
	}
}

size_t tc_stats_classify(const tc_cellmap *mp, const double *a, const double *b, size_t nw, const double *x,
                         size_t n, size_t *cells, double *in)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		double v = x[i];
		size_t cell = mp->cell[tc_stats_bucket(mp, v)];
		if (cell == TC_STATS_MIXED)
			cell = tc_stats_cell(v, a, b, nw);
		cells[cell]++;
		in[k] = v; /* kept only when inside: no branch to mispredict */
		k += (cell & 3) == 2;
	}
	return k;
}

/* The values at ranks[0..nr) of x[0..n) in one classification pass (stats.h,
 * windows) from a strided pilot of n/32 values (2,048 to 65,536), faster than
 * selecting each rank in place on large arrays. Returns -1 (nothing found)
 * when memory is short or a rank fell outside its window; x is unchanged. */
#define PILOT_IN_MEMORY 2048
#define CLASSIFY_BLOCK 2048 /* values classified between checks of the store's room */
static int window_ranks(const double *x, size_t n, const size_t *ranks, size_t nr, double *value)
{
	size_t m = n / 32 < PILOT_IN_MEMORY ? PILOT_IN_MEMORY : n / 32 > 65536 ? 65536 : n / 32;
	size_t stride = n / m, cap, k = 0, nw;
	double frac, *pilot = malloc(m * sizeof *pilot), *a = malloc((nr + 1) * sizeof *a);
	double *b = malloc((nr + 1) * sizeof *b), *in = NULL;
	size_t *cells = calloc(4 * nr + 1, sizeof *cells);
	tc_cellmap map;
	int rc = -1;
	if (!pilot || !a || !b || !cells)
		goto done;
	for (size_t i = 0; i < m; i++)
		pilot[i] = x[i * stride];
	nw = tc_stats_windows(pilot, m, n, ranks, nr, 4.0, a, b, &frac);
	cap = (size_t)(frac * (double)n * 1.25) + 64;
	if (cap > n / 2 || !(in = malloc((cap + CLASSIFY_BLOCK) * sizeof *in)))
		goto done; /* windows as wide as that gain nothing */
	tc_stats_cellmap(&map, a, b, nw);
	for (size_t i = 0; i < n; i += CLASSIFY_BLOCK) {
		k += tc_stats_classify(&map, a, b, nw, x + i, n - i < CLASSIFY_BLOCK ? n - i : CLASSIFY_BLOCK, cells,
		                       in + k);
		if (k > cap)
			goto done; /* more inside than planned: the pilot was unlucky */
	}
	rc = tc_stats_window_values(a, b, nw, cells, in, k, ranks, nr, value);
done:
	free(pilot);
	free(a);
	free(b);
	free(in);
	free(cells);
	return rc;
}

/* The values at ranks[0..nr) of x[0..n) from a histogram of HIST_BUCKETS
 * equal buckets between lo and hi, the least and the greatest value: a
 * value's bucket only rises with the value (a rounded difference, a product,
 * clamps and a truncation, each monotone), so the k-th smallest lies in the
 * bucket where the running count passes k, at the place the count leaves.
 * One pass counts (noting each value's bucket), one copies out the values
 * of the few buckets that hold a wanted rank (a branch, rarely taken: a
 * store to a dummy cell every time chained each value to the last through
 * the dummy's counter, 1.73 against 1.35 ns a value), and a selection among
 * those places the ranks: 1.35 ns a value against 4.1-4.2 selecting in
 * place (20,000 values, five percentiles), and x is unchanged. Returns -1 (nothing found) when a value is
 * infinite, memory is short, or the wanted buckets hold more than a quarter
 * of the values (a far outlier squeezes the rest into a few buckets). */
#define HIST_BUCKETS 2048
static int hist_ranks(const double *x, size_t n, double lo, double hi, const size_t *ranks, size_t nr,
                      double *value)
{
	double scale = HIST_BUCKETS / (hi - lo);
	if (hi == lo) { /* all equal */
		for (size_t i = 0; i < nr; i++)
			value[i] = lo;
		return 0;
	}
	if (!isfinite(scale) || !(scale > 0) || nr > 64)
		return -1;
	size_t cnt[HIST_BUCKETS] = {0}, first[65], pos[65], start[65], want = 0;
	unsigned char group[HIST_BUCKETS]; /* a wanted bucket's place among them, or nr (none) */
	unsigned short *bucket = malloc(n * sizeof *bucket);
	double *in = NULL;
	if (!bucket)
		return -1;
	for (size_t i = 0; i < n; i++) {
		/* clamped as a double, so even ends that are not the true ones
		 * index inside cnt; then a signed conversion, one instruction */
		double t = (x[i] - lo) * scale;
		t = t < HIST_BUCKETS - 1 ? t : HIST_BUCKETS - 1;
		bucket[i] = (unsigned short)(long)(t > 0 ? t : 0);
		cnt[bucket[i]]++;
	}
	memset(group, (int)nr, sizeof group);
	size_t below = 0, ng = 0, r = 0;
	for (size_t b = 0; b < HIST_BUCKETS && r < nr; below += cnt[b++]) {
		if (ranks[r] >= below + cnt[b])
			continue;
		group[b] = (unsigned char)ng;
		first[ng] = below; /* the rank of the bucket's least value */
		pos[ng] = want;
		want += cnt[b];
		ng++;
		while (r < nr && ranks[r] < below + cnt[b])
			r++;
	}
	if (want > n / 4 || !(in = malloc((want + 1) * sizeof *in))) {
		free(bucket);
		return -1;
	}
	memcpy(start, pos, sizeof start);
	for (size_t i = 0; i < n; i++) {
		size_t g = group[bucket[i]];
		if (g < ng)
			in[pos[g]++] = x[i];
	}
	for (size_t g = 0, i = 0; g < ng; g++) { /* the ranks in group g, shifted into it */
		size_t local[64], k = 0, len = pos[g] - start[g];
		for (size_t j = i; j < nr && ranks[j] < first[g] + len; j++)
			local[k++] = ranks[j] - first[g];
		tc_stats_order(in + start[g], len, local, k);
		for (size_t j = 0; j < k; j++)
			value[i + j] = in[start[g] + local[j]];
		i += k;
	}
	free(bucket);
	free(in);
	return 0;
}

void tc_stats_rank_values(double *x, size_t n, double xmin, double xmax, const size_t *ranks, size_t nr,
                          double *value)
{
	/* the histogram (its ends known: 1.3-1.4 ns a value at 2e4-1e6 values,
	 * against 2.9-3.1 for the windows of a strided pilot), then the windows
	 * (when a far outlier defeats equal buckets), then selecting in place */
	if (hist_ranks(x, n, xmin, xmax, ranks, nr, value) != 0 &&
	    (n < 16 * PILOT_IN_MEMORY || nr < 2 || window_ranks(x, n, ranks, nr, value) != 0)) {
		tc_stats_order(x, n, ranks, nr);
		for (size_t i = 0; i < nr; i++)
			value[i] = x[ranks[i]];
	}
}

void tc_stats_percentiles(double *x, size_t n, const double *pct, size_t np, double *out)
{
	double lo = n ? x[0] : 0.0, hi = lo;
	for (size_t i = 1; i < n; i++) {
		lo = x[i] < lo ? x[i] : lo;
		hi = x[i] > hi ? x[i] : hi;
	}
	tc_stats_percentiles_in(x, n, lo, hi, pct, np, out);
}

void tc_stats_percentiles_in(double *x, size_t n, double xmin, double xmax, const double *pct, size_t np, double *out)
{
	size_t stack[64], *ranks = stack, nr;
	double vstack[64] = {0}, *value = vstack;
	if (np == 0 || n == 0)
		return;
	if (2 * np > sizeof stack / sizeof stack[0]) {
		ranks = malloc(2 * np * sizeof *ranks);
		value = calloc(2 * np, sizeof *value);
		if (!ranks || !value) { /* no room for the plan: one rank at a time */
			free(ranks);
			free(value);
			for (size_t i = 0; i < np; i++) {
				size_t lo;
				double f;
				virtual_index(pct[i], n, &lo, &f);
				select_k(x, 0, (ptrdiff_t)n - 1, (ptrdiff_t)lo);
				out[i] = x[lo];
				if (f > 0) {
					select_k(x, 0, (ptrdiff_t)n - 1, (ptrdiff_t)lo + 1);
					out[i] = x[lo] == x[lo + 1] ? x[lo] : x[lo] + (x[lo + 1] - x[lo]) * f;
				}
			}
			return;
		}
	}
	nr = tc_stats_pct_ranks(pct, np, n, ranks);
	tc_stats_rank_values(x, n, xmin, xmax, ranks, nr, value);
	tc_stats_pct_values(pct, np, n, ranks, nr, value, out);
	if (ranks != stack) {
		free(ranks);
		free(value);
	}
}

/* ---- moments of a stream -------------------------------------------- */

void tc_stats_block(const double *x, size_t n, tc_moments *m)
{
	double x0 = isfinite(x[0]) ? x[0] : 0.0, s = 0.0, lo = x[0], hi = x[0], mean, ss = 0.0;
	for (size_t i = 0; i < n; i++) {
		double v = x[i];
		s += v - x0;
		lo = v < lo ? v : lo;
		hi = v > hi ? v : hi;
	}
	mean = x0 + s / (double)n;
	for (size_t i = 0; i < n; i++) {
		double d = x[i] - mean;
		ss += d * d;
	}
	if (lo == hi && s == s) { /* a constant; with a NaN among them the mean stays NaN */
		mean = lo;
		ss = 0.0;
	}
	m->n = (double)n;
	m->mean = mean;
	m->m2 = ss;
	m->min = lo;
	m->max = hi;
}

void tc_stats_join(tc_moments *acc, const tc_moments *b)
{
	if (acc->n == 0) {
		*acc = *b;
		return;
	}
	double n = acc->n + b->n, d = b->mean - acc->mean;
	if (d != 0) { /* equal means (constants) stay exact */
		acc->m2 += b->m2 + d * d * (acc->n * b->n / n);
		acc->mean += d * (b->n / n);
	} else {
		acc->m2 += b->m2;
	}
	acc->n = n;
	acc->min = b->min < acc->min ? b->min : acc->min;
	acc->max = b->max > acc->max ? b->max : acc->max;
}

void tc_stats_finish(const tc_moments *m, double *mean, double *sd, double *min, double *max)
{
	*min = m->min;
	*max = m->max;
	if (m->min == m->max) { /* a constant, possibly infinite */
		*mean = m->min;
		*sd = 0.0;
		return;
	}
	*mean = m->mean;
	*sd = m->n > 1 ? sqrt(m->m2 / (m->n - 1)) : 0.0;
	if (!isfinite(m->min) || !isfinite(m->max) || isnan(*sd)) { /* infinite samples among others */
		*mean = isinf(m->min) && isinf(m->max) ? NAN : isinf(m->max) ? m->max : m->min;
		*sd = INFINITY;
	}
}

/* ---- exact order statistics of a stream --------------------------------- */

/* For each wanted rank i of n values, the pilot ranks jl[i] <= jh[i] (of
 * m) about z standard errors either side of where it falls (-1 and m mean
 * open), and the distinct pilot ranks among them, ascending, in pr[0..*np). */
static void pilot_ranks(size_t m, size_t n, const size_t *ranks, size_t nr, double z, ptrdiff_t *jl,
                        ptrdiff_t *jh, size_t *pr, size_t *np)
{
	*np = 0;
	for (size_t i = 0; i < nr; i++) {
		double q = (double)ranks[i] / (double)(n - 1), j = q * (double)(m - 1);
		double d = z * sqrt((double)m * q * (1.0 - q)) + 2.0;
		double lo = floor(j - d), hi = ceil(j + d);
		jl[i] = lo < 0 ? -1 : (ptrdiff_t)lo;
		jh[i] = hi > (double)(m - 1) ? (ptrdiff_t)m : (ptrdiff_t)hi;
		/* sorted and distinct (jl, jh ascend with i) */
		for (int e = 0; e < 2; e++) {
			ptrdiff_t v = e ? jh[i] : jl[i];
			if (v < 0 || v >= (ptrdiff_t)m)
				continue;
			size_t k = *np;
			int dup = 0;
			for (size_t t = 0; t < *np; t++)
				dup |= pr[t] == (size_t)v;
			if (dup)
				continue;
			while (k > 0 && pr[k - 1] > (size_t)v) {
				pr[k] = pr[k - 1];
				k--;
			}
			pr[k] = (size_t)v;
			(*np)++;
		}
	}
}

/* The windows between the pilot's order statistics at jl[i] and jh[i] (x
 * has them in place), overlapping ones merged; *frac: the share of the m
 * pilot values inside. Returns how many. */
static size_t merge_windows(const double *x, size_t m, const ptrdiff_t *jl, const ptrdiff_t *jh, size_t nr,
                            double *a, double *b, double *frac)
{
	size_t nw = 0;
	ptrdiff_t cl = 0, ch = 0;
	double inside = 0;
	for (size_t i = 0; i < nr; i++) {
		double lo = jl[i] < 0 ? -INFINITY : x[jl[i]], hi = jh[i] >= (ptrdiff_t)m ? INFINITY : x[jh[i]];
		if (nw && lo <= b[nw - 1]) { /* overlaps (or touches) the last window: merge */
			if (hi > b[nw - 1])
				b[nw - 1] = hi;
			ch = jh[i];
			continue;
		}
		if (nw)
			inside += (double)(ch - cl);
		a[nw] = lo;
		b[nw] = hi;
		cl = jl[i];
		ch = jh[i];
		nw++;
	}
	if (nw)
		inside += (double)(ch - cl);
	*frac = inside / (double)m;
	a[nw] = b[nw] = NAN;
	return nw;
}

size_t tc_stats_windows(double *x, size_t m, size_t n, const size_t *ranks, size_t nr, double z, double *a,
                        double *b, double *frac)
{
	size_t nw, np, *pr = NULL;
	ptrdiff_t *jl = malloc(nr * sizeof *jl), *jh = malloc(nr * sizeof *jh);
	*frac = 1.0;
	if (nr)
		pr = malloc(2 * nr * sizeof *pr);
	if (!jl || !jh || (nr && !pr) || m < 2 || n < 2) {
		free(jl);
		free(jh);
		free(pr);
		/* no plan: one window holding everything */
		a[0] = -INFINITY;
		b[0] = INFINITY;
		a[nr ? 1 : 0] = b[nr ? 1 : 0] = NAN;
		return nr ? 1 : 0;
	}
	pilot_ranks(m, n, ranks, nr, z, jl, jh, pr, &np);
	tc_stats_order(x, m, pr, np);
	nw = merge_windows(x, m, jl, jh, nr, a, b, frac);
	free(jl);
	free(jh);
	free(pr);
	return nw;
}

int tc_stats_window_values(const double *a, const double *b, size_t nw, const size_t *cells, double *in,
                           size_t len, const size_t *ranks, size_t nr, double *value)
{
	/* The values inside the windows, sorted, are window 0's, then window
	 * 1's, ...: a wanted rank inside window w is at position (inside values
	 * of earlier windows) + (its offset past a[w]) of that order. */
	size_t stack[64], *pos = nr <= 64 ? stack : malloc(nr * sizeof *pos), npos = 0;
	int rc = 0;
	if (!pos)
		return -1;
	for (size_t i = 0; i < nr; i++) {
		size_t k = ranks[i], base = 0, ins = 0, w;
		value[i] = NAN;
		for (w = 0; w < nw; w++) {
			base += cells[4 * w];
			size_t ea = cells[4 * w + 1], ni = cells[4 * w + 2], eb = cells[4 * w + 3];
			if (k < base) {
				w = nw; /* between windows: missed */
				break;
			}
			if (k < base + ea) {
				value[i] = a[w];
				break;
			}
			if (k < base + ea + ni) {
				pos[npos++] = ins + (k - base - ea);
				break;
			}
			if (k < base + ea + ni + eb) {
				value[i] = b[w];
				break;
			}
			base += ea + ni + eb;
			ins += ni;
		}
		if (w == nw) {
			rc = -1;
			break;
		}
	}
	if (rc == 0 && npos) {
		/* pos ascends with the ranks, and is distinct since the ranks are */
		tc_stats_order(in, len, pos, npos);
		for (size_t i = 0, q = 0; i < nr; i++)
			if (value[i] != value[i])
				value[i] = in[pos[q++]];
	}
	if (pos != stack)
		free(pos);
	return rc;
}

/* ---- histogram ------------------------------------------------------- */

void tc_stats_hist(const double *x, size_t n, double lo, double hi, size_t k, size_t *counts)
{
	double w = hi - lo;
	for (size_t b = 0; b < k; b++)
		counts[b] = 0;
	if (k == 0)
		return;
	if (!(w > 0) || !isfinite(w)) {
		counts[0] = n;
		return;
	}
	double scale = (double)k / w;
	for (size_t i = 0; i < n; i++) {
		double t = (x[i] - lo) * scale;
		size_t b = t > 0 ? (t < (double)k ? (size_t)t : k - 1) : 0;
		counts[b]++;
	}
}

/* ---- rank correlation ------------------------------------------------ */

static int cmp_rankpair(const void *pa, const void *pb)
{
	const tc_rankpair *a = pa, *b = pb;
	if (a->v != b->v)
		return a->v < b->v ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

static int pair_less(const tc_rankpair *a, const tc_rankpair *b)
{
	return a->v < b->v || (a->v == b->v && a->i < b->i);
}

/* Sorts p[0..n) by (value, index): quicksort with a median-of-three pivot,
 * recursing into the smaller side; ranges past a depth budget (an
 * adversarial order) go to the C library's qsort, small ones to insertion
 * sort. The inline comparison makes it about twice as fast as qsort, and
 * ranks are computed for every output and input of every run. */
static void sort_pairs(tc_rankpair *p, size_t n, int depth)
{
	while (n > 16) {
		if (depth-- <= 0) {
			qsort(p, n, sizeof *p, cmp_rankpair);
			return;
		}
		tc_rankpair *a = &p[0], *b = &p[n / 2], *c = &p[n - 1], t;
		tc_rankpair pv = pair_less(a, b) ? (pair_less(b, c) ? *b : (pair_less(a, c) ? *c : *a))
		                                 : (pair_less(a, c) ? *a : (pair_less(b, c) ? *c : *b));
		size_t i = 0, j = n - 1;
		/* Hoare partition; keys are distinct (indices differ), so the
		 * pivot's own element stops both scans */
		for (;;) {
			while (pair_less(&p[i], &pv))
				i++;
			while (pair_less(&pv, &p[j]))
				j--;
			if (i >= j)
				break;
			t = p[i];
			p[i] = p[j];
			p[j] = t;
			i++;
			j--;
		}
		/* now p[0..j] <= pv <= p[j+1..n) */
		if (j + 1 < n - j - 1) {
			sort_pairs(p, j + 1, depth);
			p += j + 1;
			n -= j + 1;
		} else {
			sort_pairs(p + j + 1, n - j - 1, depth);
			n = j + 1;
		}
	}
	for (size_t i = 1; i < n; i++) {
		tc_rankpair v = p[i];
		size_t j = i;
		while (j > 0 && pair_less(&v, &p[j - 1])) {
			p[j] = p[j - 1];
			j--;
		}
		p[j] = v;
	}
}

/* Ranks from a sorted order over positions [from, to) of it: idx_at(t) the
 * index and val_at(t) the key at position t; ties (never split by the
 * range) get the average of their ranks. */
#define ASSIGN_RANKS(from, to, rank, idx_at, val_at) \
	for (size_t i_ = (from); i_ < (to);) { \
		size_t j_ = i_ + 1; \
		while (j_ < (to) && val_at(j_) == val_at(i_)) \
			j_++; \
		double r_ = 0.5 * (double)(i_ + 1 + j_); /* average of ranks i+1 .. j */ \
		for (size_t t_ = i_; t_ < j_; t_++) \
			(rank)[idx_at(t_)] = r_; \
		i_ = j_; \
	}

/* An order-preserving 64-bit key of a double (no NaN): flip the sign bit of
 * positives, every bit of negatives; -0 is +0 first so the two tie. */
static uint64_t sort_key(double v)
{
	union { double d; uint64_t u; } c;
	c.d = v + 0.0;
	return c.u >> 63 ? ~c.u : c.u | (uint64_t)1 << 63;
}

/* Sorts keys k[0..m) with their indices ix by least-significant-digit radix
 * on the low `bits` bits (8-bit digits, ping-pong with k2/ix2, digits every
 * key shares skipped); the result ends in k, ix. Short runs: insertion.
 * Only the top LSD_BITS of those bits are sorted by digits: keys that share
 * them (rare: 2^24 places for a bucket's keys, or equal values) are left in
 * runs, each then sorted on the rest the same way. Three digit passes
 * instead of six for keys that vary in 48 bits. */
#define LSD_BITS 24
static void lsd_sort(uint64_t *k, uint32_t *ix, uint64_t *k2, uint32_t *ix2, size_t m, int bits)
{
	if (m < 48) {
		for (size_t i = 1; i < m; i++) {
			uint64_t kv = k[i];
			uint32_t iv = ix[i];
			size_t j = i;
			while (j > 0 && k[j - 1] > kv) {
				k[j] = k[j - 1];
				ix[j] = ix[j - 1];
				j--;
			}
			k[j] = kv;
			ix[j] = iv;
		}
		return;
	}
	uint64_t *a = k, *b = k2;
	uint32_t *ia = ix, *ib = ix2;
	int low = bits > LSD_BITS ? bits - LSD_BITS : 0;
	for (int shift = low; shift < bits; shift += 8) {
		size_t cnt[256] = {0};
		for (size_t i = 0; i < m; i++)
			cnt[(a[i] >> shift) & 255]++;
		if (cnt[(a[0] >> shift) & 255] == m)
			continue; /* every key has this digit: nothing moves */
		size_t sum = 0;
		for (int d = 0; d < 256; d++) {
			size_t t = cnt[d];
			cnt[d] = sum;
			sum += t;
		}
		for (size_t i = 0; i < m; i++) {
			size_t at = cnt[(a[i] >> shift) & 255]++;
			b[at] = a[i];
			ib[at] = ia[i];
		}
		uint64_t *t = a;
		a = b;
		b = t;
		uint32_t *ti = ia;
		ia = ib;
		ib = ti;
	}
	if (a != k) {
		memcpy(k, a, m * sizeof *k);
		memcpy(ix, ia, m * sizeof *ix);
	}
	for (size_t i = 0; low > 0 && i < m;) { /* runs that share the sorted bits */
		size_t j = i + 1;
		while (j < m && k[j] >> low == k[i] >> low)
			j++;
		if (j - i > 1)
			lsd_sort(k + i, ix + i, k2 + i, ix2 + i, j - i, low);
		i = j;
	}
}

/* Ranks of fewer than TC_RANK_RADIX_MIN values (or of 2^32 and more): a
 * sort of (value, index) pairs. */
static void pair_rank(const double *x, size_t n, double *rank, tc_rankpair *tmp)
{
	for (size_t i = 0; i < n; i++) {
		tmp[i].v = x[i];
		tmp[i].i = i;
	}
	int depth = 8;
	for (size_t m = n; m > 0; m >>= 1)
		depth += 2;
	sort_pairs(tmp, n, depth);
#define IDX(t) tmp[t].i
#define VAL(t) tmp[t].v
	ASSIGN_RANKS(0, n, rank, IDX, VAL)
#undef IDX
#undef VAL
}

/* The radix method (tc_stats.h's phases): one most-significant-digit pass
 * splits the keys (less their minimum) into 256 buckets by their top 8
 * varying bits, then each bucket, small enough to stay in cache, is sorted
 * on the rest by lsd_sort. Linear time; about 4× faster than 8 passes over
 * the whole array, which scatter through memory. The workspace (24n bytes)
 * is tmp (16n) and rank itself (8n): keys ka, kb in tmp, 32-bit indices ia,
 * ib in rank; once sorted, the indices move into ka's space (ord) so the
 * ranks can be written over ia and ib. The MSD pass runs by slices of the
 * input, each with its own counts, so the buckets fill in index order
 * whatever order the slices run in. */
#define RK_KA(rk) ((uint64_t *)(void *)(rk)->tmp)
#define RK_KB(rk) (RK_KA(rk) + (rk)->n)
#define RK_IA(rk) ((uint32_t *)(void *)(rk)->rank)
#define RK_IB(rk) (RK_IA(rk) + (rk)->n)
#define RK_ORD(rk) ((uint32_t *)(void *)(rk)->tmp)

void tc_rank_init(tc_ranker *rk, const double *x, size_t n, double *rank, tc_rankpair *tmp)
{
	rk->x = x;
	rk->n = n;
	rk->rank = rank;
	rk->tmp = tmp;
	rk->radix = n >= TC_RANK_RADIX_MIN && n < UINT32_MAX && sizeof(tc_rankpair) >= 16;
	rk->nslice = n / TC_RANK_SLICE_MIN < 1 ? 1 : n / TC_RANK_SLICE_MIN > TC_RANK_SLICES ? TC_RANK_SLICES : n / TC_RANK_SLICE_MIN;
}

/* Slice s of the input: [*a, *b). */
static void rank_slice(const tc_ranker *rk, size_t s, size_t *a, size_t *b)
{
	*a = rk->n / rk->nslice * s;
	*b = s + 1 == rk->nslice ? rk->n : rk->n / rk->nslice * (s + 1);
}

/* The serial step before phase p (min and shift before counting, each
 * slice's first place in each bucket before scattering); its item count. */
size_t tc_rank_phase(tc_ranker *rk, int p)
{
	if (!rk->radix)
		return p == 0; /* one item: the pair sort */
	if (p == 1) {
		uint64_t lo = UINT64_MAX, hi = 0;
		for (size_t s = 0; s < rk->nslice; s++) {
			lo = rk->slo[s] < lo ? rk->slo[s] : lo;
			hi = rk->shi[s] > hi ? rk->shi[s] : hi;
		}
		int bits = 0;
		for (uint64_t r = hi - lo; r; r >>= 1)
			bits++;
		rk->lo = lo;
		rk->shift = bits > 8 ? bits - 8 : 0;
		memset(rk->cnt, 0, rk->nslice * sizeof rk->cnt[0]);
	} else if (p == 2) {
		uint32_t sum = 0;
		for (int d = 0; d < 256; d++) {
			rk->start[d] = sum;
			for (size_t s = 0; s < rk->nslice; s++) {
				uint32_t t = rk->cnt[s][d];
				rk->cnt[s][d] = sum;
				sum += t;
			}
		}
		rk->start[256] = sum;
	}
	return p == 3 || p == 5 ? 256 : p < TC_RANK_PHASES ? rk->nslice : 0;
}

void tc_rank_item(tc_ranker *rk, int p, size_t i)
{
	uint64_t *ka = RK_KA(rk), *kb = RK_KB(rk);
	uint32_t *ia = RK_IA(rk), *ib = RK_IB(rk), *ord = RK_ORD(rk);
	size_t a, b;
	if (!rk->radix) {
		pair_rank(rk->x, rk->n, rk->rank, rk->tmp);
		return;
	}
	if (p == 3 || p == 5) {
		a = rk->start[i];
		b = rk->start[i + 1];
	} else {
		rank_slice(rk, i, &a, &b);
	}
	switch (p) {
	case 0: { /* keys, and the slice's least and greatest */
		uint64_t lo = UINT64_MAX, hi = 0;
		for (size_t t = a; t < b; t++) {
			uint64_t k = sort_key(rk->x[t]);
			ka[t] = k;
			lo = k < lo ? k : lo;
			hi = k > hi ? k : hi;
		}
		rk->slo[i] = lo;
		rk->shi[i] = hi;
		break;
	}
	case 1: /* less the minimum: a bucket's keys share every bit above shift */
		for (size_t t = a; t < b; t++) {
			ka[t] -= rk->lo;
			rk->cnt[i][ka[t] >> rk->shift]++;
		}
		break;
	case 2:
		for (size_t t = a; t < b; t++) {
			uint32_t at = rk->cnt[i][ka[t] >> rk->shift]++;
			kb[at] = ka[t];
			ib[at] = (uint32_t)t;
		}
		break;
	case 3:
		lsd_sort(kb + a, ib + a, ka + a, ia + a, b - a, rk->shift);
		break;
	case 4: /* ka is free now; ord (in its first half) leaves rank for the ranks */
		memcpy(ord + a, ib + a, (b - a) * sizeof *ord);
		break;
	default:
#define IDX(t) ord[t]
#define VAL(t) kb[t]
		ASSIGN_RANKS(a, b, rk->rank, IDX, VAL)
#undef IDX
#undef VAL
		break;
	}
}

void tc_stats_rank(const double *x, size_t n, double *rank, tc_rankpair *tmp)
{
	tc_ranker rk;
	tc_rank_init(&rk, x, n, rank, tmp);
	for (int p = 0; p < TC_RANK_PHASES; p++)
		for (size_t i = 0, k = tc_rank_phase(&rk, p); i < k; i++)
			tc_rank_item(&rk, p, i);
}

double tc_stats_pearson(const double *x, const double *y, size_t n)
{
	if (n < 2)
		return 0.0;
	double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
	for (size_t i = 0; i < n; i++) {
		mx += x[i];
		my += y[i];
	}
	mx /= (double)n;
	my /= (double)n;
	for (size_t i = 0; i < n; i++) {
		double dx = x[i] - mx, dy = y[i] - my;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	if (!(sxx > 0) || !(syy > 0))
		return 0.0;
	return sxy / sqrt(sxx * syy);
}

double tc_stats_spearman(const double *x, const double *y, size_t n, double *work, tc_rankpair *tmp)
{
	tc_stats_rank(x, n, work, tmp);
	tc_stats_rank(y, n, work + n, tmp);
	return tc_stats_pearson(work, work + n, n);
}
