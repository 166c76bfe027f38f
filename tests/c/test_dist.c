/* test_dist.c: distributions and special functions (src/dist.c, src/rng.c).
 *
 * Statistical checks use fixed seeds and tolerances of 5 standard errors:
 * a mean from n draws has standard error sd/sqrt(n); a percentile is checked
 * through the empirical CDF at the exact quantile q_p, whose fraction of
 * draws below q_p has standard error sqrt(p(1-p)/n) whatever the
 * distribution. With n = 200,000 a 5-SE miss has probability ~6e-7 per
 * check, and the seeds are fixed, so these tests are deterministic. */
#include <float.h>
#include <stdlib.h>
#include "check.h"
#include "dist.h"

#define N 200000
#define PI 3.14159265358979323846

static double draws[N];

/* Fills draws[] from d with a fixed seed. */
static void sample(const tc_dist *d, uint64_t seed)
{
	tc_rng r;
	tc_rng_seed(&r, seed);
	/* in uneven pieces, as the engine's chunks would */
	for (size_t i = 0; i < N; i += 777)
		tc_dist_sample(d, &r, draws + i, N - i < 777 ? N - i : 777);
}

static double mean_of(void)
{
	double s = 0;
	for (size_t i = 0; i < N; i++)
		s += draws[i];
	return s / N;
}

static double frac_below(double q)
{
	size_t k = 0;
	for (size_t i = 0; i < N; i++)
		k += draws[i] <= q;
	return (double)k / N;
}

/* |mean - want| <= 5 sd / sqrt(N) */
#define CHECK_MEAN(want, sd) do { double m_ = mean_of(); \
	if (!(fabs(m_ - (want)) <= 5 * (sd) / sqrt(N))) { \
	tc_fail(__FILE__, __LINE__, "mean %.17g, want %.17g (sd %g)", m_, (double)(want), (double)(sd)); return; } } while (0)

/* the fraction of draws <= the exact p-quantile is p within 5 SE */
#define CHECK_PCT(d, p) do { double q_ = tc_dist_quantile((d), (p)), f_ = frac_below(q_); \
	if (!(fabs(f_ - (p)) <= 5 * sqrt((p) * (1 - (p)) / N))) { \
	tc_fail(__FILE__, __LINE__, "F(q_%g) = %.6f, want %g", (double)(p), f_, (double)(p)); return; } } while (0)

/* cdf(quantile(p)) == p on a grid, to rel (plus 1e-15 absolute: a quantile
 * is rounded to its own ulp, which for p = 1e-6 of uniform(2, 5) is already
 * 1e-10 of p) */
static int roundtrip(const tc_dist *d, double rel)
{
	static const double ps[] = {1e-6, 0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999};
	for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
		double q = tc_dist_quantile(d, ps[i]), back = tc_dist_cdf(d, q);
		if (!(fabs(back - ps[i]) <= rel * ps[i] + 1e-15)) {
			printf("  roundtrip p=%g q=%.17g cdf=%.17g\n", ps[i], q, back);
			return 0;
		}
	}
	return 1;
}

static void norm_inv_known(void)
{
	CHECK_NEAR(tc_norm_inv(0.975), 1.959963984540054, 1e-15);
	CHECK_NEAR(tc_norm_inv(0.025), -1.959963984540054, 1e-15);
	CHECK_NEAR(tc_norm_inv(0.95), 1.6448536269514722, 1e-15);
	CHECK_NEAR(tc_norm_inv(0.8413447460685429), 1.0, 1e-14);
	CHECK_NEAR(tc_norm_inv(1e-10), -6.361340902404056, 1e-14);
	CHECK(tc_norm_inv(0.5) == 0.0);
	CHECK(isinf(tc_norm_inv(0.0)) && tc_norm_inv(0.0) < 0);
	CHECK(isinf(tc_norm_inv(1.0)) && tc_norm_inv(1.0) > 0);
}

static void norm_roundtrip(void)
{
	/* a relative error e in x = Φ⁻¹(p) becomes about x²·e in Φ(x), so the
	 * far tail (x = -37 at p = 1e-300) allows x² times more */
	for (double p = 1e-300; p < 0.5; p *= 3.7) {
		double x = tc_norm_inv(p);
		CHECK_NEAR(tc_norm_cdf(x), p, 1e-14 * (1 + x * x));
		CHECK_NEAR(tc_norm_cdf(-tc_norm_inv(p)), 1 - p, 1e-15);
	}
	for (double p = 0.001; p < 1; p += 0.01)
		CHECK_NEAR(tc_norm_cdf(tc_norm_inv(p)), p, 1e-14);
}

static void ibeta_closed_forms(void)
{
	for (double x = 0.01; x < 1; x += 0.07) {
		CHECK_NEAR(tc_ibeta(x, 1, 1), x, 1e-14);
		CHECK_NEAR(tc_ibeta(x, 3, 1), x * x * x, 1e-13);
		CHECK_NEAR(tc_ibeta(x, 1, 4), 1 - pow(1 - x, 4), 1e-13);
		/* I_x(2,2) = 3x² - 2x³ */
		CHECK_NEAR(tc_ibeta(x, 2, 2), 3 * x * x - 2 * x * x * x, 1e-13);
	}
	CHECK_NEAR(tc_ibeta(0.5, 7.5, 7.5), 0.5, 1e-14);
	for (double p = 0.001; p < 1; p += 0.0373) {
		CHECK_NEAR(tc_ibeta(tc_ibeta_inv(p, 2.5, 0.7), 2.5, 0.7), p, 1e-12);
		CHECK_NEAR(tc_ibeta(tc_ibeta_inv(p, 0.3, 0.4), 0.3, 0.4), p, 1e-12);
	}
}

static void uniform_dist(void)
{
	tc_dist d;
	char err[200];
	CHECK(tc_dist_uniform(&d, 2, 5, err, sizeof err) == 0);
	sample(&d, 1);
	for (size_t i = 0; i < N; i++)
		CHECK(draws[i] > 2 && draws[i] < 5);
	CHECK_MEAN(3.5, 3 / sqrt(12));
	CHECK_PCT(&d, 0.05);
	CHECK_PCT(&d, 0.5);
	CHECK_NEAR(tc_dist_quantile(&d, 0.25), 2.75, 1e-15);
	CHECK(roundtrip(&d, 1e-12));
}

static void normal_dist(void)
{
	tc_dist d;
	char err[200];
	CHECK(tc_dist_normal(&d, 10, 2, err, sizeof err) == 0);
	sample(&d, 2);
	CHECK_MEAN(10, 2);
	CHECK_PCT(&d, 0.05);
	CHECK_PCT(&d, 0.95);
	CHECK_NEAR(tc_dist_quantile(&d, 0.975), 10 + 2 * 1.959963984540054, 1e-15);
	CHECK(roundtrip(&d, 1e-12));
}

static void lognormal_forms(void)
{
	tc_dist d;
	char err[200];
	CHECK(tc_dist_lognormal(&d, 1, 0.5, err, sizeof err) == 0);
	sample(&d, 3);
	double m = exp(1 + 0.125), sd = m * sqrt(exp(0.25) - 1);
	CHECK_MEAN(m, sd);
	CHECK_PCT(&d, 0.05);
	CHECK(roundtrip(&d, 1e-12));
	/* from mean and sd */
	CHECK(tc_dist_lognormal_ms(&d, 10, 3, err, sizeof err) == 0);
	sample(&d, 4);
	CHECK_MEAN(10, 3);
	CHECK_NEAR(tc_dist_quantile(&d, 0.5), 10 / sqrt(1 + 0.09), 1e-14); /* median = m / sqrt(1 + cv²) */
	/* the 90% interval */
	CHECK(tc_dist_range(&d, 2, 8, err, sizeof err) == 0);
	CHECK_NEAR(tc_dist_quantile(&d, 0.05), 2, 1e-14);
	CHECK_NEAR(tc_dist_quantile(&d, 0.95), 8, 1e-14);
	CHECK_NEAR(tc_dist_quantile(&d, 0.5), 4, 1e-14);
	sample(&d, 5);
	CHECK_PCT(&d, 0.05);
	CHECK_PCT(&d, 0.95);
}

static void triangular_and_pert(void)
{
	tc_dist d;
	char err[200];
	CHECK(tc_dist_triangular(&d, 1, 2, 4, err, sizeof err) == 0);
	sample(&d, 6);
	/* mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18 */
	CHECK_MEAN(7.0 / 3, sqrt((1 + 4 + 16 - 2 - 4 - 8) / 18.0));
	CHECK_PCT(&d, 0.1);
	CHECK_PCT(&d, 0.8);
	CHECK_NEAR(tc_dist_cdf(&d, 2), 1.0 / 3, 1e-14);
	CHECK(roundtrip(&d, 1e-12));
	CHECK(tc_dist_pert(&d, 1, 2, 4, err, sizeof err) == 0);
	sample(&d, 7);
	/* alpha = 1 + 4/3, beta = 1 + 8/3 on [1, 4]: mean (lo + 4 mode + hi)/6 */
	double a = 7.0 / 3, b = 11.0 / 3, var = a * b / ((a + b) * (a + b) * (a + b + 1)) * 9;
	CHECK_MEAN(13.0 / 6, sqrt(var));
	CHECK_PCT(&d, 0.05);
	CHECK_PCT(&d, 0.5);
	CHECK_PCT(&d, 0.95);
	CHECK(roundtrip(&d, 1e-10));
}

static void beta_dist(void)
{
	tc_dist d;
	char err[200];
	CHECK(tc_dist_beta(&d, 2, 5, err, sizeof err) == 0);
	sample(&d, 8);
	CHECK_MEAN(2.0 / 7, sqrt(10.0 / (49 * 8)));
	CHECK_PCT(&d, 0.05);
	CHECK_PCT(&d, 0.95);
	/* a shape below 1 takes the boosted gamma path */
	CHECK(tc_dist_beta(&d, 0.5, 0.5, err, sizeof err) == 0);
	sample(&d, 9);
	CHECK_MEAN(0.5, sqrt(0.25 / 2));
	CHECK_PCT(&d, 0.1);
	CHECK_NEAR(tc_dist_quantile(&d, 0.25), 0.5 - sqrt(2) / 4, 1e-10); /* arcsine law: sin²(πp/2) */
}

static void choice_and_mixture(void)
{
	tc_dist d, n0, n1;
	char err[200];
	double store[6], cum[2];
	const double v[] = {3, 1, 2}, w[] = {0.5, 0.2, 0.3};
	CHECK(tc_dist_choice(&d, v, w, 3, store, err, sizeof err) == 0);
	sample(&d, 10);
	CHECK_MEAN(2.3, sqrt(0.2 * 1.69 + 0.3 * 0.09 + 0.5 * 0.49));
	CHECK_NEAR(frac_below(1), 0.2, 5 * sqrt(0.16 / N) / 0.2);
	CHECK(tc_dist_quantile(&d, 0.2) == 1 && tc_dist_quantile(&d, 0.21) == 2 && tc_dist_quantile(&d, 0.9) == 3);
	CHECK_NEAR(tc_dist_cdf(&d, 2.5), 0.5, 1e-15);

	CHECK(tc_dist_normal(&n0, 0, 1, err, sizeof err) == 0);
	CHECK(tc_dist_normal(&n1, 10, 1, err, sizeof err) == 0);
	const tc_dist *comp[] = {&n0, &n1};
	const double mw[] = {3, 7};
	CHECK(tc_dist_mixture(&d, comp, mw, 2, cum, err, sizeof err) == 0);
	sample(&d, 11);
	CHECK_MEAN(7, sqrt(1 + 0.21 * 100));
	CHECK_PCT(&d, 0.2);
	CHECK_PCT(&d, 0.5);
	CHECK(roundtrip(&d, 1e-9));
}

static void truncated(void)
{
	tc_dist d, base;
	char err[200];
	CHECK(tc_dist_normal(&base, 0, 1, err, sizeof err) == 0);
	CHECK(tc_dist_truncate(&d, &base, 0, INFINITY, err, sizeof err) == 0);
	sample(&d, 12);
	for (size_t i = 0; i < N; i++)
		CHECK(draws[i] >= 0);
	CHECK_MEAN(sqrt(2 / PI), sqrt(1 - 2 / PI)); /* half-normal */
	CHECK_NEAR(tc_dist_quantile(&d, 0.5), 0.6744897501960817, 1e-13);
	CHECK(roundtrip(&d, 1e-10));
	CHECK(tc_dist_truncate(&d, &base, 5, 6, err, sizeof err) == 0);
	CHECK(tc_dist_quantile(&d, 0.01) >= 5 && tc_dist_quantile(&d, 0.99) <= 6);
}

static void errors(void)
{
	tc_dist d, base;
	char err[200];
	const double v[] = {1, 2}, w[] = {1, -1};
	double store[4];
	CHECK(tc_dist_uniform(&d, 3, 1, err, sizeof err) == -1);
	CHECK_STR(err, "uniform: lo must be < hi (got lo=3, hi=1)");
	CHECK(tc_dist_normal(&d, 0, -1, err, sizeof err) == -1);
	CHECK_STR(err, "normal: sd must be >= 0 (got -1)");
	CHECK(tc_dist_range(&d, -1, 5, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal: lo must be > 0 (got -1)");
	CHECK(tc_dist_range(&d, 5, 5, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal: lo must be < hi (got lo=5, hi=5)");
	CHECK(tc_dist_lognormal(&d, 0, -2, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal: sigma must be >= 0 (got -2)");
	CHECK(tc_dist_lognormal_ms(&d, 0, 1, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal_ms: mean must be > 0 (got 0)");
	/* mean is checked before sd: both wrong names the mean */
	CHECK(tc_dist_lognormal_ms(&d, -1, -1, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal_ms: mean must be > 0 (got -1)");
	CHECK(tc_dist_lognormal_ms(&d, 10, -3, err, sizeof err) == -1);
	CHECK_STR(err, "lognormal_ms: sd must be >= 0 (got -3)");
	CHECK(tc_dist_normal(&d, NAN, -1, err, sizeof err) == -1);
	CHECK_STR(err, "normal: mean must be a finite number (got nan)");
	CHECK(tc_dist_triangular(&d, 1, 5, 4, err, sizeof err) == -1);
	CHECK_STR(err, "triangular: need lo <= mode <= hi and lo < hi (got lo=1, mode=5, hi=4)");
	CHECK(tc_dist_pert(&d, 1, 1, 1, err, sizeof err) == -1);
	CHECK_HAS(err, "pert: need lo <= mode <= hi and lo < hi");
	CHECK(tc_dist_beta(&d, 1, 0, err, sizeof err) == -1);
	CHECK_STR(err, "beta: b must be > 0 (got 0)");
	CHECK(tc_dist_uniform(&d, NAN, 1, err, sizeof err) == -1);
	CHECK_STR(err, "uniform: lo must be a finite number (got nan)");
	CHECK(tc_dist_choice(&d, v, w, 2, store, err, sizeof err) == -1);
	CHECK_STR(err, "choice: weight 2 must be a finite number >= 0 (got -1)");
	CHECK(tc_dist_normal(&base, 0, 1, err, sizeof err) == 0);
	CHECK(tc_dist_truncate(&d, &base, 2, 1, err, sizeof err) == -1);
	CHECK_STR(err, "truncate: lo must be < hi (got lo=2, hi=1)");
	CHECK(tc_dist_uniform(&base, 0, 1, err, sizeof err) == 0);
	CHECK(tc_dist_truncate(&d, &base, 2, 3, err, sizeof err) == -1);
	CHECK_HAS(err, "no probability between 2 and 3");
}

static void describe(void)
{
	tc_dist d;
	char err[200], buf[100];
	tc_dist_range(&d, 1.5, 3, err, sizeof err);
	tc_dist_describe(&d, buf, sizeof buf);
	CHECK_STR(buf, "range(1.5, 3)");
	tc_dist_pert(&d, 1, 2, 4, err, sizeof err);
	tc_dist_describe(&d, buf, sizeof buf);
	CHECK_STR(buf, "pert(1, 2, 4)");
	tc_dist_normal(&d, 0, 1, err, sizeof err);
	tc_dist_describe(&d, buf, sizeof buf);
	CHECK_STR(buf, "normal(0, 1)");
}

static void streams(void)
{
	tc_rng a, b, c;
	tc_rng_stream(&a, 42, 7);
	tc_rng_stream(&b, 42, 7);
	tc_rng_stream(&c, 42, 8);
	int same = 1, differ = 0;
	for (int i = 0; i < 1000; i++) {
		uint64_t x = tc_rng_next(&a), y = tc_rng_next(&b), z = tc_rng_next(&c);
		same &= x == y;
		differ += x != z;
	}
	CHECK(same);
	CHECK(differ == 1000);
	for (int i = 0; i < 1000000; i++) {
		double u = tc_rng_uniform(&a);
		CHECK(u > 0 && u < 1);
	}
	CHECK(tc_fnv1a64("a", 1) == 0xaf63dc4c8601ec8cu); /* published FNV-1a 64 test vector */
}

/* Truncate and mixture nest at most TC_DIST_MAX_DEPTH levels (deeper chains
 * overflowed the C stack of the recursive walks) and visit at most
 * TC_DIST_MAX_PARTS distributions (a mixture of itself doubled needs 2^k). */
static void nesting_bounded(void)
{
	static tc_dist chain[TC_DIST_MAX_DEPTH + 2];
	char err[256], buf[128];
	tc_dist_uniform(&chain[0], 1, 2, err, sizeof err);
	for (int i = 1; i <= TC_DIST_MAX_DEPTH; i++)
		CHECK(tc_dist_truncate(&chain[i], &chain[i - 1], 0, 10, err, sizeof err) == 0);
	CHECK(chain[TC_DIST_MAX_DEPTH].depth == TC_DIST_MAX_DEPTH);
	CHECK(tc_dist_truncate(&chain[TC_DIST_MAX_DEPTH + 1], &chain[TC_DIST_MAX_DEPTH], 0, 10, err,
	                       sizeof err) == -1);
	CHECK_STR(err, "truncate: an uncertain value nested deeper than 100 levels "
	               "(truncate or mixture of a truncate or mixture ...)");
	tc_dist_describe(&chain[TC_DIST_MAX_DEPTH], buf, sizeof buf); /* returns: no overflow */
	CHECK(tc_dist_quantile(&chain[TC_DIST_MAX_DEPTH], 0.5) == 1.5);
	/* doubling: parts = 2^(k+1) - 1 after k mixtures of {x, x}; 2^19 - 1 < 1e6 < 2^20 - 1 */
	static tc_dist dbl[21];
	static const tc_dist *pair[21][2];
	static double cum[21][2];
	tc_dist_uniform(&dbl[0], 1, 2, err, sizeof err);
	for (int k = 1; k <= 20; k++) {
		pair[k][0] = pair[k][1] = &dbl[k - 1];
		int rc = tc_dist_mixture(&dbl[k], pair[k], NULL, 2, cum[k], err, sizeof err);
		CHECK(rc == (k <= 18 ? 0 : -1));
		if (rc)
			break;
	}
	CHECK_STR(err, "mixture: an uncertain value built from more than 1000000 distributions "
	               "(mixtures of mixtures, repeats counted)");
}

static const tc_test tests[] = {
	{"norm_inv_known", norm_inv_known},
	{"norm_roundtrip", norm_roundtrip},
	{"ibeta_closed_forms", ibeta_closed_forms},
	{"uniform", uniform_dist},
	{"normal", normal_dist},
	{"lognormal_forms", lognormal_forms},
	{"triangular_and_pert", triangular_and_pert},
	{"beta", beta_dist},
	{"choice_and_mixture", choice_and_mixture},
	{"truncate", truncated},
	{"nesting_bounded", nesting_bounded},
	{"errors", errors},
	{"describe", describe},
	{"streams", streams},
	{NULL, NULL}
};

const tc_suite suite_dist = {"dist", tests};
