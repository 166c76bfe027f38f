/* test_mc.c: the Monte Carlo graph and evaluator (src/mc.c), driven from C
 * with the C library's allocator. Statistical tolerances are 5 standard
 * errors (derivations beside each check); seeds are fixed. */
#include <stdlib.h>
#include "check.h"
#include "mc.h"
#include "stats.h"

/* A lua_Alloc-style allocator over malloc with an optional budget, so
 * allocation failures can be provoked. */
static size_t budget = SIZE_MAX, in_use;

static void *test_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	(void)ud;
	if (nsize == 0) {
		if (ptr)
			in_use -= osize;
		free(ptr);
		return NULL;
	}
	if (ptr || nsize > budget - in_use)
		return NULL; /* the engine never reallocates */
	void *p = malloc(nsize);
	if (p)
		in_use += nsize;
	return p;
}

static tc_run_opts sample_opts(size_t n, uint64_t seed)
{
	tc_run_opts o = {0};
	o.mode = TC_RUN_SAMPLE;
	o.n = n;
	o.seed = seed;
	o.nfull = SIZE_MAX; /* every output kept whole */
	o.npct_out = SIZE_MAX;
	o.alloc = test_alloc;
	return o;
}

/* Runs outputs and returns the run (NULL on error, message in err). */
static tc_run *run(tc_node *const *outs, size_t nout, const tc_run_opts *o, char *err)
{
	tc_run *r;
	if (tc_run_new(&r, outs, nout, o, err, 300))
		return NULL;
	if (tc_run_eval(r, err, 300)) {
		tc_run_free(r);
		return NULL;
	}
	return r;
}

static void leaf(tc_node *nd, int (*mk)(tc_dist *, double, double, char *, size_t), double a, double b,
                 uint64_t ord)
{
	tc_dist d;
	char err[200];
	mk(&d, a, b, err, sizeof err);
	tc_node_leaf(nd, &d, ord);
}

static void product_of_lognormals(void)
{
	/* ln(X·Y) ~ normal(1 + 2, sqrt(0.3² + 0.4²) = 0.5); with n = 100,000 the
	 * mean of the logs has SE 0.5/sqrt(n) = 0.0016 and their sd has SE about
	 * 0.5/sqrt(2n) = 0.0011; 5 SE: 0.008 and 0.0056. */
	tc_node x, y, xy;
	char err[300];
	size_t n = 100000;
	leaf(&x, tc_dist_lognormal, 1, 0.3, 1);
	leaf(&y, tc_dist_lognormal, 2, 0.4, 2);
	tc_node_op(&xy, TC_OP_MUL, &x, &y);
	tc_node *outs[] = {&xy};
	tc_run_opts o = sample_opts(n, 7);
	tc_run *r = run(outs, 1, &o, err);
	CHECK(r);
	double *v = tc_run_output(r, 0), mean, sd, lo, hi;
	for (size_t i = 0; i < n; i++)
		v[i] = log(v[i]);
	tc_stats_moments(v, n, &mean, &sd, &lo, &hi);
	tc_run_free(r);
	CHECK(fabs(mean - 3) < 0.008);
	CHECK(fabs(sd - 0.5) < 0.0056);
}

static void range_interval(void)
{
	/* the fraction below lo should be 0.05: SE sqrt(0.05·0.95/n) = 0.00069
	 * at n = 100,000; 5 SE = 0.0035 (same above hi) */
	tc_node x;
	char err[300];
	size_t n = 100000, below = 0, above = 0;
	leaf(&x, tc_dist_range, 1.5, 3, 3);
	tc_node *outs[] = {&x};
	tc_run_opts o = sample_opts(n, 1);
	tc_run *r = run(outs, 1, &o, err);
	CHECK(r);
	const double *v = tc_run_output(r, 0);
	for (size_t i = 0; i < n; i++) {
		below += v[i] < 1.5;
		above += v[i] > 3;
	}
	tc_run_free(r);
	CHECK(fabs((double)below / n - 0.05) < 0.0035);
	CHECK(fabs((double)above / n - 0.05) < 0.0035);
}

/* The Spearman correlation of outputs 0 and 1 over all n samples. */
static double spearman_of(tc_run *r, size_t n)
{
	double *w = malloc(2 * n * sizeof *w);
	tc_rankpair *p = malloc(n * sizeof *p);
	double rho = tc_stats_spearman(tc_run_output(r, 0), tc_run_output(r, 1), n, w, p);
	free(w);
	free(p);
	return rho;
}

static void copula_rank_correlation(void)
{
	/* the SE of a Spearman coefficient rs is about (1 - rs²)/sqrt(n) ·
	 * 1.06, 0.0017 for rs = 0.7 and n = 100,000; 0.01 is 6 SE. Marginals
	 * differ (lognormal, PERT, uniform) because the copula should not care. */
	tc_node a, b, c;
	tc_dist d;
	char err[300];
	size_t n = 100000;
	leaf(&a, tc_dist_range, 1.5, 3, 1);
	a.label = "rate";
	tc_dist_pert(&d, 10, 20, 60, err, sizeof err);
	tc_node_leaf(&b, &d, 2);
	b.label = "price";
	leaf(&c, tc_dist_uniform, 0, 1, 3);
	c.label = "pue";
	tc_corr corr[] = {{&a, &b, 0.7}, {&b, &c, -0.4}};
	tc_node *outs[] = {&a, &b, &c};
	tc_run_opts o = sample_opts(n, 11);
	o.corr = corr;
	o.ncorr = 2;
	tc_run *r = run(outs, 3, &o, err);
	CHECK(r);
	double rs = spearman_of(r, n);
	tc_node *outs2[] = {&b, &c};
	tc_run *r2 = run(outs2, 2, &o, err);
	double rs2 = r2 ? spearman_of(r2, n) : 0;
	tc_run_free(r);
	tc_run_free(r2);
	CHECK(fabs(rs - 0.7) < 0.01);
	CHECK(fabs(rs2 + 0.4) < 0.01);
}

static void not_positive_definite(void)
{
	tc_node a, b, c;
	char err[300];
	leaf(&a, tc_dist_uniform, 0, 1, 1);
	leaf(&b, tc_dist_uniform, 0, 1, 2);
	leaf(&c, tc_dist_uniform, 0, 1, 3);
	a.label = "a";
	b.label = "b";
	c.label = "c";
	tc_corr corr[] = {{&a, &b, 0.9}, {&b, &c, 0.9}, {&a, &c, -0.9}};
	tc_node *outs[] = {&a, &b, &c};
	tc_run_opts o = sample_opts(10, 1);
	o.corr = corr;
	o.ncorr = 3;
	tc_run *r;
	CHECK(tc_run_new(&r, outs, 3, &o, err, sizeof err) == TC_MC_ERROR);
	CHECK(r == NULL);
	CHECK_STR(err, "correlate: the correlations between 'a', 'b' and 'c' are not consistent "
	               "(their correlation matrix is not positive definite)");
}

static void determinism(void)
{
	tc_node a, b, sum, other;
	char err[300];
	leaf(&a, tc_dist_range, 1, 2, 1);
	leaf(&b, tc_dist_normal, 0, 1, 2);
	a.label = "a";
	tc_node_op(&sum, TC_OP_ADD, &a, &b);
	tc_node *outs[] = {&sum, &a};
	tc_run_opts o = sample_opts(5000, 3);
	tc_run *r1 = run(outs, 2, &o, err), *r2 = run(outs, 2, &o, err);
	o.seed = 4;
	tc_run *r3 = run(outs, 2, &o, err);
	/* fewer samples: the same prefix (the engine's streams are per leaf) */
	o.seed = 3;
	o.n = 3000;
	tc_run *r4 = run(outs, 2, &o, err);
	/* another named input in the run does not move a's draws */
	leaf(&other, tc_dist_uniform, 0, 1, 99);
	other.label = "other";
	tc_node *outs5[] = {&other, &a};
	o.n = 5000;
	tc_run *r5 = run(outs5, 2, &o, err);
	int ok = r1 && r2 && r3 && r4 && r5;
	if (ok) {
		ok &= memcmp(tc_run_output(r1, 0), tc_run_output(r2, 0), 5000 * sizeof(double)) == 0;
		ok &= memcmp(tc_run_output(r1, 0), tc_run_output(r3, 0), 5000 * sizeof(double)) != 0;
		ok &= memcmp(tc_run_output(r1, 0), tc_run_output(r4, 0), 3000 * sizeof(double)) == 0;
		ok &= memcmp(tc_run_output(r1, 1), tc_run_output(r5, 1), 5000 * sizeof(double)) == 0;
	}
	tc_run_free(r1);
	tc_run_free(r2);
	tc_run_free(r3);
	tc_run_free(r4);
	tc_run_free(r5);
	CHECK(ok);
}

static void point_mode(void)
{
	tc_node a, b, k, prod, sum;
	char err[300];
	leaf(&a, tc_dist_range, 2, 8, 1); /* median 4 */
	leaf(&b, tc_dist_uniform, 0, 10, 2); /* median 5 */
	tc_node_const(&k, 1.5);
	tc_node_op(&prod, TC_OP_MUL, &a, &b);
	tc_node_op(&sum, TC_OP_ADD, &prod, &k);
	tc_node *outs[] = {&sum};
	tc_run_opts o = {0};
	o.mode = TC_RUN_POINT;
	o.alloc = test_alloc;
	tc_run *r = run(outs, 1, &o, err);
	CHECK(r);
	CHECK_NEAR(tc_run_output(r, 0)[0], 21.5, 1e-14);
	tc_run_free(r);
	const tc_node *over[] = {&b};
	const double val[] = {1};
	o.over = over;
	o.over_value = val;
	o.nover = 1;
	r = run(outs, 1, &o, err);
	CHECK(r);
	CHECK_NEAR(tc_run_output(r, 0)[0], 5.5, 1e-14);
	tc_run_free(r);
}

static void prim_errors_name_the_sample(void)
{
	tc_node h, rate, disc, rc;
	char err[300];
	leaf(&h, tc_dist_normal, 0, 1, 1);
	leaf(&rate, tc_dist_uniform, 1, 2, 2);
	tc_node_const(&disc, 0);
	tc_node *args[] = {&h, &rate, &disc};
	tc_node_prim(&rc, tc_prim_find("rental_cost"), args);
	tc_node *outs[] = {&rc};
	tc_run_opts o = sample_opts(100, 1);
	tc_run *r = run(outs, 1, &o, err);
	CHECK(r == NULL);
	CHECK_HAS(err, "rental_cost: gpu_hours must be a finite number >= 0 (got -");
	CHECK_HAS(err, ") (in sample ");
	/* and 0/0 is refused */
	tc_node z, q;
	tc_node_const(&z, 0);
	tc_node_op(&q, TC_OP_DIV, &z, &z);
	outs[0] = &q;
	r = run(outs, 1, &o, err);
	CHECK(r == NULL);
	CHECK_HAS(err, "not a number");
	CHECK_HAS(err, "in sample 1");
}

static void inputs_in_first_reach_order(void)
{
	tc_node a, b, c, ab, cab;
	char err[300];
	leaf(&a, tc_dist_uniform, 0, 1, 1);
	leaf(&b, tc_dist_uniform, 0, 1, 2);
	leaf(&c, tc_dist_uniform, 0, 1, 3);
	a.label = "a";
	c.label = "c"; /* b stays unnamed: not an input */
	tc_node_op(&ab, TC_OP_ADD, &a, &b);
	tc_node_op(&cab, TC_OP_MUL, &c, &ab);
	tc_node *outs[] = {&cab, &a};
	tc_run_opts o = {0};
	o.mode = TC_RUN_WALK;
	o.alloc = test_alloc;
	tc_run *r;
	CHECK(tc_run_new(&r, outs, 2, &o, err, sizeof err) == 0);
	size_t n = tc_run_ninputs(r);
	const tc_node *first = n > 0 ? tc_run_input(r, 0) : NULL, *second = n > 1 ? tc_run_input(r, 1) : NULL;
	tc_run_free(r);
	CHECK(n == 2 && first == &c && second == &a);
	/* uses: output 1 (a alone) depends on a only */
	tc_run_opts s = sample_opts(10, 1);
	r = run(outs, 2, &s, err);
	CHECK(r);
	int u00 = tc_run_uses(r, 0, 0), u01 = tc_run_uses(r, 0, 1), u10 = tc_run_uses(r, 1, 0), u11 = tc_run_uses(r, 1, 1);
	tc_run_free(r);
	CHECK(u00 && u01 && !u10 && u11);
}

static void deep_chain(void)
{
	/* x + x + ... 100,000 times: the walk is iterative and buffers are
	 * recycled, so depth costs neither C stack nor memory per node */
	size_t depth = 100000;
	tc_node *nd = malloc((depth + 1) * sizeof *nd);
	char err[300];
	leaf(&nd[0], tc_dist_uniform, 1, 2, 1);
	for (size_t i = 1; i <= depth; i++)
		tc_node_op(&nd[i], TC_OP_ADD, &nd[i - 1], &nd[0]);
	tc_node *outs[] = {&nd[depth]};
	tc_run_opts o = sample_opts(3, 1);
	tc_run *r = run(outs, 1, &o, err);
	int ok = r != NULL;
	if (ok) {
		double *v = tc_run_output(r, 0);
		ok = v[0] > (double)(depth + 1) && v[0] < 2.0 * (double)(depth + 1);
	}
	tc_run_free(r);
	free(nd);
	CHECK(ok);
}

static void out_of_memory(void)
{
	/* every budget fails somewhere or succeeds; none leaks (ASan checks) */
	tc_node a, b, s;
	char err[300];
	leaf(&a, tc_dist_uniform, 0, 1, 1);
	leaf(&b, tc_dist_normal, 0, 1, 2);
	a.label = "a";
	b.label = "b";
	tc_node_op(&s, TC_OP_ADD, &a, &b);
	tc_corr corr[] = {{&a, &b, 0.5}};
	tc_node *outs[] = {&s, &a};
	tc_run_opts o = sample_opts(5000, 1);
	o.corr = corr;
	o.ncorr = 1;
	int failed = 0, succeeded = 0;
	for (size_t b0 = 0; b0 < 300000; b0 += 1500) {
		tc_run *r;
		budget = b0;
		int rc = tc_run_new(&r, outs, 2, &o, err, sizeof err);
		if (rc == TC_MC_NOMEM)
			failed++;
		else if (rc == 0)
			succeeded++, tc_run_free(r);
		if (in_use != 0)
			break;
	}
	budget = SIZE_MAX;
	CHECK(in_use == 0);
	CHECK(failed > 0 && succeeded > 0);
	o.n = TC_MC_MAX_SAMPLES + 1;
	tc_run *r;
	CHECK(tc_run_new(&r, outs, 2, &o, err, sizeof err) == TC_MC_ERROR);
	CHECK_HAS(err, "samples must be between 1 and 100000000");
}

static void prim_kinds_are_intervals(void)
{
	/* eval_prim checks a chunk against each argument's interval
	 * (tc_prim_interval), which is only valid for interval constraints: the
	 * six kinds known today. A new kind must be reviewed there before this
	 * list grows. */
	for (int i = 0; i < tc_prim_count(); i++) {
		const tc_prim *p = tc_prim_at(i);
		for (int k = 0; k < p->nargs; k++)
			CHECK(p->kind[k] <= TC_ARG_DISCOUNT);
	}
}

static void prim_chunk_check_finds_the_first_bad_sample(void)
{
	/* uniform(-0.001, 1000): about 1 sample in a million is negative, so
	 * most chunks pass whole; the failing one must still name its sample,
	 * the same as a one-by-one check would. */
	tc_node h, rate, disc, rc;
	char err[300];
	leaf(&h, tc_dist_uniform, -0.001, 1000, 1);
	tc_node_const(&rate, 2);
	tc_node_const(&disc, 0);
	tc_node *args[] = {&h, &rate, &disc};
	tc_node_prim(&rc, tc_prim_find("rental_cost"), args);
	tc_node *outs[] = {&rc, &h};
	tc_run_opts o = sample_opts(5000000, 1);
	tc_run *r = run(outs, 1, &o, err);
	CHECK(r == NULL);
	/* find the first negative draw of the same stream */
	tc_node *only[] = {&h};
	tc_run *r2 = run(only, 1, &o, err);
	CHECK(r2);
	size_t first = 0;
	const double *v = tc_run_output(r2, 0);
	while (first < 5000000 && v[first] >= 0)
		first++;
	tc_run_free(r2);
	char want[64];
	snprintf(want, sizeof want, "(in sample %zu)", first + 1);
	CHECK(first < 5000000);
	CHECK_HAS(err, want);
}

/* Summarized outputs (i >= nfull) of a run of 300,000 samples: their
 * percentiles must be exactly those a full selection gives on all samples
 * (tc_stats_percentiles, tested against a sort in test_stats.c), however the
 * engine gets them: windows from a pilot (the default at this n), windows so
 * narrow that every rank misses and the second pass keeps the samples, no
 * streaming, and 1 or 3 threads. Ties: choice() has three values and
 * min(x, 1.5) puts P(x > 1.5) = 1 - Φ(ln 1.5) = 34% of the mass on 1.5. */
static void streamed_summaries_are_exact(void)
{
	static double store[6];
	const double vals[] = {1, 2, 3}, pct[] = {0, 5, 25, 50, 75, 95, 100, 33.3};
	tc_node x, c, k, y, xc, *outs[] = {&x, &c, &y, &xc};
	tc_dist d;
	char err[300];
	size_t n = 300000, np = sizeof pct / sizeof pct[0];
	leaf(&x, tc_dist_lognormal, 0, 1, 1);
	CHECK(tc_dist_choice(&d, vals, NULL, 3, store, err, sizeof err) == 0);
	tc_node_leaf(&c, &d, 2);
	tc_node_const(&k, 1.5);
	tc_node_op(&y, TC_OP_MIN, &x, &k);
	tc_node_op(&xc, TC_OP_MUL, &x, &c);
	CHECK(n >= TC_MC_STREAM_MIN);

	double want[4][8], mom[4][4];
	tc_run_opts o = sample_opts(n, 5);
	o.pct = pct;
	o.npct = np;
	tc_run *r = run(outs, 4, &o, err);
	CHECK(r);
	for (size_t i = 0; i < 4; i++) {
		double m, sd, lo, hi, *v = tc_run_output(r, i);
		tc_run_moments(r, i, &mom[i][0], &mom[i][1], &mom[i][2], &mom[i][3]);
		tc_stats_moments(v, n, &m, &sd, &lo, &hi);
		CHECK_NEAR(mom[i][0], m, 1e-12);
		CHECK_NEAR(mom[i][1], sd, 1e-9);
		CHECK(mom[i][2] == lo && mom[i][3] == hi);
		tc_stats_percentiles(v, n, pct, np, want[i]);
	}
	tc_run_free(r);
	CHECK(want[2][6] == 1.5 && want[2][5] == 1.5); /* p100 and p95 of min(x, 1.5) */

	static const struct { int stream; double z; const char *threads; } way[] = {
		{-1, 0, "1"}, {-1, 0, "3"}, {1, 1e-9, "1"}, {1, 1e-9, "2"}, {0, 0, "2"}, {1, 0.5, "3"},
	};
	for (size_t wi = 0; wi < sizeof way / sizeof way[0]; wi++) {
		setenv("TCOST_THREADS", way[wi].threads, 1);
		o = sample_opts(n, 5);
		o.nfull = 0;
		o.pct = pct;
		o.npct = np;
		o.stream = way[wi].stream;
		o.window_z = way[wi].z;
		r = run(outs, 4, &o, err);
		unsetenv("TCOST_THREADS");
		CHECK(r);
		for (size_t i = 0; i < 4; i++) {
			double m[4];
			const double *pv = tc_run_percentiles(r, i);
			tc_run_moments(r, i, &m[0], &m[1], &m[2], &m[3]);
			for (size_t q = 0; q < 4; q++)
				CHECK(m[q] == mom[i][q]);
			for (size_t q = 0; q < np; q++)
				if (pv[q] != want[i][q]) {
					tc_fail(__FILE__, __LINE__, "way %zu output %zu p%g = %.17g, want %.17g", wi, i, pct[q],
					        pv[q], want[i][q]);
					tc_run_free(r);
					return;
				}
		}
		tc_run_free(r);
	}
}

/* Outputs that are a kept output plus, minus, times or over a constant
 * take their percentiles from its values at the ranks (mc.c, plan_derived):
 * bit for bit those a selection gives on their own samples (a run keeping
 * them whole), at 20,000 samples (kept, not streamed), on 1 and 2 threads;
 * c / x and x·(-2) reverse the order and are selected as before. Ties:
 * min(x, 1.5) puts 34% of the mass on 1.5 (see above). */
static void derived_percentiles_are_exact(void)
{
	const double pct[] = {0, 5, 25, 50, 75, 95, 100, 33.3};
	tc_node x, k, y, c3, cm2, c7, o[7];
	tc_node *outs[] = {&x, &y, &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &o[6]};
	char err[300];
	size_t n = 20000, np = sizeof pct / sizeof pct[0], nout = sizeof outs / sizeof outs[0];
	leaf(&x, tc_dist_lognormal, 0, 1, 1);
	tc_node_const(&k, 1.5);
	tc_node_const(&c3, 3);
	tc_node_const(&cm2, -2);
	tc_node_const(&c7, 7);
	tc_node_op(&y, TC_OP_MIN, &x, &k);
	tc_node_op(&o[0], TC_OP_MUL, &x, &c3);   /* derived from x */
	tc_node_op(&o[1], TC_OP_ADD, &c7, &y);   /* derived from y (ties) */
	tc_node_op(&o[2], TC_OP_SUB, &x, &c7);   /* derived */
	tc_node_op(&o[3], TC_OP_DIV, &y, &c3);   /* derived */
	tc_node_op(&o[4], TC_OP_DIV, &c3, &x);   /* reverses: selected */
	tc_node_op(&o[5], TC_OP_MUL, &x, &cm2);  /* reverses: selected */
	tc_node_op(&o[6], TC_OP_MUL, &o[0], &c3); /* its source is derived: selected */
	CHECK(n < TC_MC_STREAM_MIN);
	double want[9][8];
	tc_run_opts opt = sample_opts(n, 9);
	opt.pct = pct;
	opt.npct = np;
	tc_run *r = run(outs, nout, &opt, err);
	CHECK(r);
	for (size_t i = 0; i < nout; i++)
		tc_stats_percentiles(tc_run_output(r, i), n, pct, np, want[i]);
	tc_run_free(r);
	for (int th = 1; th <= 2; th++) {
		setenv("TCOST_THREADS", th == 1 ? "1" : "2", 1);
		opt.nfull = 0;
		r = run(outs, nout, &opt, err);
		unsetenv("TCOST_THREADS");
		CHECK(r);
		for (size_t i = 0; i < nout; i++) {
			const double *pv = tc_run_percentiles(r, i);
			for (size_t q = 0; q < np; q++)
				if (pv[q] != want[i][q])
					tc_fail(__FILE__, __LINE__, "threads %d output %zu p%g = %.17g, want %.17g", th, i, pct[q],
					        pv[q], want[i][q]);
		}
		tc_run_free(r);
	}
}

static const tc_test tests[] = {
	{"derived_percentiles_are_exact", derived_percentiles_are_exact},
	{"streamed_summaries_are_exact", streamed_summaries_are_exact},
	{"prim_kinds_are_intervals", prim_kinds_are_intervals},
	{"prim_chunk_check_finds_the_first_bad_sample", prim_chunk_check_finds_the_first_bad_sample},
	{"product_of_lognormals", product_of_lognormals},
	{"range_interval", range_interval},
	{"copula_rank_correlation", copula_rank_correlation},
	{"not_positive_definite", not_positive_definite},
	{"determinism", determinism},
	{"point_mode", point_mode},
	{"prim_errors_name_the_sample", prim_errors_name_the_sample},
	{"inputs_in_first_reach_order", inputs_in_first_reach_order},
	{"deep_chain", deep_chain},
	{"out_of_memory", out_of_memory},
	{NULL, NULL}
};

const tc_suite suite_mc = {"mc", tests};
