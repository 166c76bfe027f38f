/* dist.c: distributions (see dist.h) and the special functions behind them.
 *
 * Methods, one line each, details beside the code:
 *   inverse normal CDF  Wichura 1988, AS241 PPND16 (relative error ~1e-16)
 *   normal CDF          erfc from the C library
 *   incomplete beta     continued fraction, modified Lentz (Numerical Recipes §6.4)
 *   inverse beta        Newton's method safeguarded by bisection
 *   gamma draws         Marsaglia & Tsang 2000; a < 1 by a boost U^(1/a)
 *   sampling            by inverse CDF of one uniform per draw, except beta
 *                       and PERT (two gamma draws) and mixtures (one uniform
 *                       picks the component, which then draws itself). */
#include "dist.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define Z95 1.6448536269514722 /* Φ⁻¹(0.95) */

/* ---- special functions ------------------------------------------------ */

/* AS241 PPND16: rational approximations in three regions of p. */
static inline double norm_inv(double p)
{
	double q = p - 0.5, r, v;
	if (fabs(q) <= 0.425) {
		r = 0.180625 - q * q;
		return q * (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
			+ 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
			+ 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
			+ 1.3314166789178437745e+2) * r + 3.3871328727963666080e0)
			/ (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
			+ 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
			+ 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
			+ 4.2313330701600911252e+1) * r + 1.0);
	}
	r = q < 0 ? p : 1.0 - p;
	if (r <= 0)
		return q < 0 ? -INFINITY : INFINITY;
	r = sqrt(-log(r));
	if (r <= 5.0) {
		r -= 1.6;
		v = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
			+ 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r
			+ 3.64784832476320460504e0) * r + 5.76949722146069140550e0) * r
			+ 4.63033784615654529590e0) * r + 1.42343711074968357734e0)
			/ (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
			+ 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
			+ 6.89767334985100004550e-1) * r + 1.67638483018380384940e0) * r
			+ 2.05319162663775882187e0) * r + 1.0);
	} else {
		r -= 5.0;
		v = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
			+ 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
			+ 2.96560571828504891230e-1) * r + 1.78482653991729133580e0) * r
			+ 5.46378491116411436990e0) * r + 6.65790464350110377720e0)
			/ (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
			+ 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
			+ 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
			+ 5.99832206555887937690e-1) * r + 1.0);
	}
	return q < 0 ? -v : v;
}

double tc_norm_inv(double p)
{
	if (!(p > 0))
		return p == 0 ? -INFINITY : NAN;
	if (!(p < 1))
		return p == 1 ? INFINITY : NAN;
	return norm_inv(p);
}

double tc_norm_cdf(double x)
{
	return 0.5 * erfc(-x * 0.70710678118654752440);
}

#define LENTZ_TINY 1e-300

/* One step of the modified Lentz method with coefficient aa: updates the
 * running C and D (kept away from 0) and returns the factor for h. */
static inline double lentz_step(double *c, double *d, double aa)
{
	*d = 1.0 + aa * *d;
	if (fabs(*d) < LENTZ_TINY)
		*d = LENTZ_TINY;
	*c = 1.0 + aa / *c;
	if (fabs(*c) < LENTZ_TINY)
		*c = LENTZ_TINY;
	*d = 1.0 / *d;
	return *d * *c;
}

/* Continued fraction for I_x(a, b) (converges fast for x < (a+1)/(a+b+2)),
 * evaluated by the modified Lentz method: an even and an odd step a term. */
static double betacf(double x, double a, double b)
{
	double qab = a + b, qap = a + 1.0, qam = a - 1.0;
	double c = 1.0, d = 1.0 - qab * x / qap, h;
	if (fabs(d) < LENTZ_TINY)
		d = LENTZ_TINY;
	d = 1.0 / d;
	h = d;
	for (int m = 1; m <= 10000; m++) {
		double m2 = 2.0 * m;
		h *= lentz_step(&c, &d, m * (b - m) * x / ((qam + m2) * (a + m2)));
		double del = lentz_step(&c, &d, -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)));
		h *= del;
		if (fabs(del - 1.0) < 1e-16)
			break;
	}
	return h;
}

/* lgamma writes the global signgam: a data race when chunks are sampled on
 * several threads. lgamma_r (glibc, musl, the BSDs; _DEFAULT_SOURCE) gives
 * the same values without it. */
static double log_gamma(double x)
{
	int sign;
	return lgamma_r(x, &sign);
}

static double lbeta(double a, double b)
{
	return log_gamma(a) + log_gamma(b) - log_gamma(a + b);
}

double tc_ibeta(double x, double a, double b)
{
	if (!(x > 0))
		return 0.0;
	if (!(x < 1))
		return 1.0;
	double front = exp(a * log(x) + b * log1p(-x) - lbeta(a, b));
	if (x < (a + 1.0) / (a + b + 2.0))
		return front * betacf(x, a, b) / a;
	return 1.0 - front * betacf(1.0 - x, b, a) / b;
}

/* Newton on I_x(a,b) - p, keeping a bracket [lo, hi] that always holds the
 * root; any step leaving it is replaced by bisection. */
double tc_ibeta_inv(double p, double a, double b)
{
	if (!(p > 0))
		return 0.0;
	if (!(p < 1))
		return 1.0;
	double lo = 0.0, hi = 1.0, lb = lbeta(a, b);
	double x = a / (a + b);
	for (int it = 0; it < 300; it++) {
		double f = tc_ibeta(x, a, b) - p, xn;
		if (f == 0)
			return x;
		if (f < 0)
			lo = x;
		else
			hi = x;
		double pdf = exp((a - 1.0) * log(x) + (b - 1.0) * log1p(-x) - lb);
		xn = x - f / pdf;
		if (!(xn > lo && xn < hi))
			xn = 0.5 * (lo + hi);
		if (fabs(xn - x) <= 1e-15 * xn || hi - lo <= 1e-15 * hi)
			return xn;
		x = xn;
	}
	return x;
}

/* ---- gamma draws -------------------------------------------------------- */

typedef struct gamma_gen {
	double d, c, boost; /* boost = 1/a when a < 1, else 0 */
} gamma_gen;

static void gamma_init(gamma_gen *g, double a)
{
	g->boost = a < 1.0 ? 1.0 / a : 0.0;
	if (a < 1.0)
		a += 1.0;
	g->d = a - 1.0 / 3.0;
	g->c = 1.0 / sqrt(9.0 * g->d);
}

/* Marsaglia & Tsang: accept d·v, v = (1 + c·x)³ for a standard normal x,
 * with a squeeze before the log test. */
static double gamma_draw(const gamma_gen *g, tc_rng *r)
{
	double x, v, u;
	for (;;) {
		do {
			x = norm_inv(tc_rng_uniform(r));
			v = 1.0 + g->c * x;
		} while (v <= 0);
		v = v * v * v;
		u = tc_rng_uniform(r);
		if (u < 1.0 - 0.0331 * (x * x) * (x * x))
			break;
		if (log(u) < 0.5 * x * x + g->d * (1.0 - v + log(v)))
			break;
	}
	if (g->boost != 0)
		return g->d * v * pow(tc_rng_uniform(r), g->boost);
	return g->d * v;
}

/* ---- constructors ------------------------------------------------------- */

/* %.15g, with one spelling of NaN. */
static const char *num(char *buf, double x)
{
	if (isnan(x))
		return "nan";
	snprintf(buf, 32, "%.15g", x);
	return buf;
}

static void clear(tc_dist *d, int kind, int form)
{
	memset(d, 0, sizeof *d);
	d->kind = kind;
	d->form = form;
	d->parts = 1;
}

/* Refuses a truncate or mixture whose innermost distribution would lie
 * depth levels down, or whose CDF would visit parts distributions (see
 * TC_DIST_MAX_DEPTH). */
static int nest_ok(const char *what, int depth, double parts, char *err, size_t errlen)
{
	if (depth > TC_DIST_MAX_DEPTH) {
		snprintf(err, errlen, "%s: an uncertain value nested deeper than %d levels "
		         "(truncate or mixture of a truncate or mixture ...)", what, TC_DIST_MAX_DEPTH);
		return 0;
	}
	if (parts > TC_DIST_MAX_PARTS) {
		snprintf(err, errlen, "%s: an uncertain value built from more than %.0f distributions "
		         "(mixtures of mixtures, repeats counted)", what, TC_DIST_MAX_PARTS);
		return 0;
	}
	return 1;
}

/* Requires every one of the n values to be finite; names the first that is not. */
static int finite_args(const char *what, const char *const *names, const double *v, int n,
                       char *err, size_t errlen)
{
	char b[32];
	for (int i = 0; i < n; i++) {
		if (!isfinite(v[i])) {
			snprintf(err, errlen, "%s: %s must be a finite number (got %s)", what, names[i],
			         num(b, v[i]));
			return -1;
		}
	}
	return 0;
}

int tc_dist_point(tc_dist *d, double x, char *err, size_t errlen)
{
	static const char *const names[] = {"value"};
	if (finite_args("point", names, &x, 1, err, errlen))
		return -1;
	clear(d, TC_DIST_POINT, TC_FORM_PLAIN);
	d->arg[0] = d->a = x;
	return 0;
}

/* The bounds of a range (uniform, the lognormal of range): finite, lo < hi;
 * with positive, lo > 0 too (checked before the order). */
static int bounds(const char *what, double lo, double hi, int positive, char *err, size_t errlen)
{
	static const char *const names[] = {"lo", "hi"};
	double v[2] = {lo, hi};
	char b1[32], b2[32];
	if (finite_args(what, names, v, 2, err, errlen))
		return -1;
	if (positive && !(lo > 0)) {
		snprintf(err, errlen, "%s: lo must be > 0 (got %s)", what, num(b1, lo));
		return -1;
	}
	if (!(lo < hi)) {
		snprintf(err, errlen, "%s: lo must be < hi (got lo=%s, hi=%s)", what, num(b1, lo), num(b2, hi));
		return -1;
	}
	return 0;
}

int tc_dist_uniform(tc_dist *d, double lo, double hi, char *err, size_t errlen)
{
	if (bounds("uniform", lo, hi, 0, err, errlen))
		return -1;
	clear(d, TC_DIST_UNIFORM, TC_FORM_PLAIN);
	d->arg[0] = d->a = lo;
	d->arg[1] = d->b = hi;
	return 0;
}

/* A spread (sd, sigma) must be >= 0; names it otherwise. */
static int nonnegative(const char *what, const char *name, double v, char *err, size_t errlen)
{
	char b[32];
	if (v >= 0)
		return 0;
	snprintf(err, errlen, "%s: %s must be >= 0 (got %s)", what, name, num(b, v));
	return -1;
}

/* The two-parameter families given as a location and a spread (normal,
 * lognormal): both finite, the spread >= 0, kept as they were given. */
static int location_spread(tc_dist *d, int kind, const char *what, const char *const names[2],
                           double loc, double spread, char *err, size_t errlen)
{
	double v[2] = {loc, spread};
	if (finite_args(what, names, v, 2, err, errlen) || nonnegative(what, names[1], spread, err, errlen))
		return -1;
	clear(d, kind, TC_FORM_PLAIN);
	d->arg[0] = d->a = loc;
	d->arg[1] = d->b = spread;
	return 0;
}

int tc_dist_normal(tc_dist *d, double mean, double sd, char *err, size_t errlen)
{
	static const char *const names[] = {"mean", "sd"};
	return location_spread(d, TC_DIST_NORMAL, "normal", names, mean, sd, err, errlen);
}

int tc_dist_lognormal(tc_dist *d, double mu, double sigma, char *err, size_t errlen)
{
	static const char *const names[] = {"mu", "sigma"};
	return location_spread(d, TC_DIST_LOGNORMAL, "lognormal", names, mu, sigma, err, errlen);
}

/* From the mean m and sd s of the lognormal itself:
 * sigma² = ln(1 + s²/m²), mu = ln m - sigma²/2. */
int tc_dist_lognormal_ms(tc_dist *d, double mean, double sd, char *err, size_t errlen)
{
	static const char *const names[] = {"mean", "sd"};
	double v[2] = {mean, sd};
	char b[32];
	if (finite_args("lognormal_ms", names, v, 2, err, errlen))
		return -1;
	if (!(mean > 0)) {
		snprintf(err, errlen, "lognormal_ms: mean must be > 0 (got %s)", num(b, mean));
		return -1;
	}
	if (nonnegative("lognormal_ms", "sd", sd, err, errlen))
		return -1;
	double cv = sd / mean, s2 = log1p(cv * cv);
	clear(d, TC_DIST_LOGNORMAL, TC_FORM_LOGNORMAL_MS);
	d->arg[0] = mean;
	d->arg[1] = sd;
	d->a = log(mean) - 0.5 * s2;
	d->b = sqrt(s2);
	return 0;
}

int tc_dist_range(tc_dist *d, double lo, double hi, char *err, size_t errlen)
{
	if (bounds("lognormal", lo, hi, 1, err, errlen))
		return -1;
	clear(d, TC_DIST_LOGNORMAL, TC_FORM_RANGE);
	d->arg[0] = lo;
	d->arg[1] = hi;
	d->a = 0.5 * (log(lo) + log(hi));
	d->b = (log(hi) - log(lo)) / (2.0 * Z95);
	return 0;
}

/* Shared check of (lo, mode, hi) for triangular and PERT. */
static int check_lmh(const char *what, double lo, double mode, double hi, char *err, size_t errlen)
{
	static const char *const names[] = {"lo", "mode", "hi"};
	double v[3] = {lo, mode, hi};
	char b1[32], b2[32], b3[32];
	if (finite_args(what, names, v, 3, err, errlen))
		return -1;
	if (!(lo < hi && lo <= mode && mode <= hi)) {
		snprintf(err, errlen, "%s: need lo <= mode <= hi and lo < hi (got lo=%s, mode=%s, hi=%s)",
		         what, num(b1, lo), num(b2, mode), num(b3, hi));
		return -1;
	}
	return 0;
}

int tc_dist_triangular(tc_dist *d, double lo, double mode, double hi, char *err, size_t errlen)
{
	if (check_lmh("triangular", lo, mode, hi, err, errlen))
		return -1;
	clear(d, TC_DIST_TRIANGULAR, TC_FORM_PLAIN);
	d->arg[0] = d->a = lo;
	d->arg[1] = d->c = mode;
	d->arg[2] = d->b = hi;
	return 0;
}

int tc_dist_pert(tc_dist *d, double lo, double mode, double hi, char *err, size_t errlen)
{
	if (check_lmh("pert", lo, mode, hi, err, errlen))
		return -1;
	clear(d, TC_DIST_BETA, TC_FORM_PERT);
	d->arg[0] = lo;
	d->arg[1] = mode;
	d->arg[2] = hi;
	d->a = 1.0 + 4.0 * (mode - lo) / (hi - lo);
	d->b = 1.0 + 4.0 * (hi - mode) / (hi - lo);
	d->lo = lo;
	d->scale = hi - lo;
	return 0;
}

int tc_dist_beta(tc_dist *d, double a, double b, char *err, size_t errlen)
{
	static const char *const names[] = {"a", "b"};
	double v[2] = {a, b};
	char buf[32];
	if (finite_args("beta", names, v, 2, err, errlen))
		return -1;
	for (int i = 0; i < 2; i++) {
		if (!(v[i] > 0)) {
			snprintf(err, errlen, "beta: %s must be > 0 (got %s)", names[i], num(buf, v[i]));
			return -1;
		}
	}
	clear(d, TC_DIST_BETA, TC_FORM_PLAIN);
	d->arg[0] = d->a = a;
	d->arg[1] = d->b = b;
	d->lo = 0.0;
	d->scale = 1.0;
	return 0;
}

/* Checks n weights (NULL: equal) and writes their normalized running sums to
 * cum[i * stride]; the last is exactly 1. */
static int cumulate(const char *what, const double *w, size_t n, double *cum, size_t stride,
                    char *err, size_t errlen)
{
	char b[32];
	double total = 0.0, run = 0.0;
	for (size_t i = 0; i < n; i++) {
		double wi = w ? w[i] : 1.0;
		if (!(isfinite(wi) && wi >= 0)) {
			snprintf(err, errlen, "%s: weight %zu must be a finite number >= 0 (got %s)", what, i + 1,
			         num(b, wi));
			return -1;
		}
		total += wi;
	}
	if (!(total > 0) || !isfinite(total)) {
		snprintf(err, errlen, "%s: weights must add up to a finite number > 0", what);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		run += w ? w[i] : 1.0;
		cum[i * stride] = run / total;
	}
	cum[(n - 1) * stride] = 1.0;
	return 0;
}

static int cmp_pair(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return (a > b) - (a < b);
}

int tc_dist_choice(tc_dist *d, const double *values, const double *weights, size_t n,
                   double *store, char *err, size_t errlen)
{
	char b[32];
	if (n == 0) {
		snprintf(err, errlen, "choice: needs at least one value");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(values[i])) {
			snprintf(err, errlen, "choice: value %zu must be a finite number (got %s)", i + 1,
			         num(b, values[i]));
			return -1;
		}
	}
	/* Check the weights in the order given, then sort (value, weight)
	 * pairs by value and turn the weights into cumulative probabilities. */
	if (cumulate("choice", weights, n, store, 2, err, errlen))
		return -1;
	for (size_t i = 0; i < n; i++) {
		store[2 * i] = values[i];
		store[2 * i + 1] = weights ? weights[i] : 1.0;
	}
	qsort(store, n, 2 * sizeof(double), cmp_pair);
	double total = 0.0, run = 0.0;
	for (size_t i = 0; i < n; i++)
		total += store[2 * i + 1];
	for (size_t i = 0; i < n; i++) {
		run += store[2 * i + 1];
		store[2 * i + 1] = run / total;
	}
	store[2 * (n - 1) + 1] = 1.0;
	clear(d, TC_DIST_CHOICE, TC_FORM_PLAIN);
	d->n = n;
	d->pair = store;
	return 0;
}

int tc_dist_mixture(tc_dist *d, const tc_dist *const *comp, const double *weights, size_t n,
                    double *cumstore, char *err, size_t errlen)
{
	if (n == 0) {
		snprintf(err, errlen, "mixture: needs at least one component");
		return -1;
	}
	int depth = 0;
	double parts = 1;
	for (size_t i = 0; i < n; i++) {
		depth = comp[i]->depth > depth ? comp[i]->depth : depth;
		parts += comp[i]->parts;
	}
	if (!nest_ok("mixture", depth + 1, parts, err, errlen))
		return -1;
	if (cumulate("mixture", weights, n, cumstore, 1, err, errlen))
		return -1;
	clear(d, TC_DIST_MIXTURE, TC_FORM_PLAIN);
	d->depth = depth + 1;
	d->parts = parts;
	d->n = n;
	d->cum = cumstore;
	d->comp = comp;
	return 0;
}

static double below(const tc_dist *d, double x);

int tc_dist_truncate(tc_dist *d, const tc_dist *base, double lo, double hi, char *err, size_t errlen)
{
	char b1[32], b2[32];
	if (isnan(lo) || isnan(hi) || !(lo < hi)) {
		snprintf(err, errlen, "truncate: lo must be < hi (got lo=%s, hi=%s)", num(b1, lo), num(b2, hi));
		return -1;
	}
	if (!nest_ok("truncate", base->depth + 1, base->parts + 1, err, errlen))
		return -1;
	double flo = below(base, lo), fhi = tc_dist_cdf(base, hi);
	if (!(fhi > flo)) {
		snprintf(err, errlen, "truncate: the distribution has no probability between %s and %s",
		         num(b1, lo), num(b2, hi));
		return -1;
	}
	clear(d, TC_DIST_TRUNCATE, TC_FORM_PLAIN);
	d->depth = base->depth + 1;
	d->parts = base->parts + 1;
	d->base = base;
	d->lo = lo;
	d->hi = hi;
	d->a = flo;
	d->b = fhi;
	return 0;
}

/* ---- CDF and quantile --------------------------------------------------- */

/* Index of the first cumulative value >= p in cum[0], cum[stride], ... */
static size_t first_at_least(const double *cum, size_t stride, size_t n, double p)
{
	size_t lo = 0, hi = n - 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cum[mid * stride] >= p)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* P(X <= x) when inclusive, else P(X < x); they differ only for atoms. */
static double cdf2(const tc_dist *d, double x, int inclusive)
{
	double z, s;
	switch (d->kind) {
	case TC_DIST_POINT:
		return inclusive ? (x >= d->a) : (x > d->a);
	case TC_DIST_UNIFORM:
		z = (x - d->a) / (d->b - d->a);
		return z <= 0 ? 0.0 : z >= 1 ? 1.0 : z;
	case TC_DIST_NORMAL:
		if (d->b == 0)
			return inclusive ? (x >= d->a) : (x > d->a);
		return tc_norm_cdf((x - d->a) / d->b);
	case TC_DIST_LOGNORMAL:
		if (!(x > 0))
			return 0.0;
		if (d->b == 0)
			return inclusive ? (log(x) >= d->a) : (log(x) > d->a);
		return tc_norm_cdf((log(x) - d->a) / d->b);
	case TC_DIST_TRIANGULAR:
		if (x <= d->a)
			return 0.0;
		if (x >= d->b)
			return 1.0;
		if (x <= d->c)
			return (x - d->a) * (x - d->a) / ((d->b - d->a) * (d->c - d->a));
		return 1.0 - (d->b - x) * (d->b - x) / ((d->b - d->a) * (d->b - d->c));
	case TC_DIST_BETA:
		return tc_ibeta((x - d->lo) / d->scale, d->a, d->b);
	case TC_DIST_CHOICE: {
		/* the cumulative probability of the last value <= x (or < x) */
		size_t lo = 0, hi = d->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			double v = d->pair[2 * mid];
			if (inclusive ? v <= x : v < x)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo == 0 ? 0.0 : d->pair[2 * (lo - 1) + 1];
	}
	case TC_DIST_MIXTURE:
		s = 0.0;
		for (size_t i = 0; i < d->n; i++) {
			double w = d->cum[i] - (i ? d->cum[i - 1] : 0.0);
			s += w * cdf2(d->comp[i], x, inclusive);
		}
		return s > 1 ? 1.0 : s;
	case TC_DIST_TRUNCATE:
		if (inclusive ? x < d->lo : x <= d->lo)
			return 0.0;
		if (inclusive ? x >= d->hi : x > d->hi)
			return 1.0;
		z = (cdf2(d->base, x, inclusive) - d->a) / (d->b - d->a);
		return z <= 0 ? 0.0 : z >= 1 ? 1.0 : z;
	}
	return NAN;
}

double tc_dist_cdf(const tc_dist *d, double x)
{
	return cdf2(d, x, 1);
}

static double below(const tc_dist *d, double x)
{
	return cdf2(d, x, 0);
}

/* Mixture quantile by bisection of the mixture CDF. The answer lies between
 * the smallest and the largest component quantile at p, which brackets it. */
static double mixture_quantile(const tc_dist *d, double p)
{
	double lo = INFINITY, hi = -INFINITY;
	for (size_t i = 0; i < d->n; i++) {
		double q = tc_dist_quantile(d->comp[i], p);
		if (q < lo)
			lo = q;
		if (q > hi)
			hi = q;
	}
	if (!isfinite(lo) || !isfinite(hi) || tc_dist_cdf(d, lo) >= p)
		return lo;
	/* invariant: F(lo) < p <= F(hi) */
	for (int it = 0; it < 200; it++) {
		double mid = 0.5 * (lo + hi);
		if (mid <= lo || mid >= hi)
			break;
		if (tc_dist_cdf(d, mid) >= p)
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

double tc_dist_quantile(const tc_dist *d, double p)
{
	double q;
	if (isnan(p))
		return NAN;
	p = p < 0 ? 0.0 : p > 1 ? 1.0 : p;
	switch (d->kind) {
	case TC_DIST_POINT:
		return d->a;
	case TC_DIST_UNIFORM:
		return d->a + p * (d->b - d->a);
	case TC_DIST_NORMAL:
		return d->b == 0 ? d->a : d->a + d->b * tc_norm_inv(p);
	case TC_DIST_LOGNORMAL:
		return d->b == 0 ? exp(d->a) : exp(d->a + d->b * tc_norm_inv(p));
	case TC_DIST_TRIANGULAR: {
		double w = d->b - d->a;
		if (p * w < d->c - d->a)
			return d->a + sqrt(p * w * (d->c - d->a));
		return d->b - sqrt((1.0 - p) * w * (d->b - d->c));
	}
	case TC_DIST_BETA:
		return d->lo + d->scale * tc_ibeta_inv(p, d->a, d->b);
	case TC_DIST_CHOICE:
		return d->pair[2 * first_at_least(d->pair + 1, 2, d->n, p)];
	case TC_DIST_MIXTURE:
		return mixture_quantile(d, p);
	case TC_DIST_TRUNCATE:
		q = tc_dist_quantile(d->base, d->a + p * (d->b - d->a));
		return q < d->lo ? d->lo : q > d->hi ? d->hi : q;
	}
	return NAN;
}

/* ---- sampling ----------------------------------------------------------- */

void tc_dist_sample(const tc_dist *d, tc_rng *r, double *out, size_t n)
{
	size_t i;
	switch (d->kind) {
	case TC_DIST_NORMAL:
		for (i = 0; i < n; i++)
			out[i] = d->a + d->b * norm_inv(tc_rng_uniform(r));
		return;
	case TC_DIST_LOGNORMAL:
		for (i = 0; i < n; i++)
			out[i] = exp(d->a + d->b * norm_inv(tc_rng_uniform(r)));
		return;
	case TC_DIST_UNIFORM:
		for (i = 0; i < n; i++)
			out[i] = d->a + tc_rng_uniform(r) * (d->b - d->a);
		return;
	case TC_DIST_BETA: {
		/* Beta(a, b) = X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
		gamma_gen ga, gb;
		gamma_init(&ga, d->a);
		gamma_init(&gb, d->b);
		for (i = 0; i < n; i++) {
			double x = gamma_draw(&ga, r), y = gamma_draw(&gb, r), s = x + y, v;
			if (s > 0)
				v = x / s;
			else /* both underflowed: tiny shapes put the mass at the ends */
				v = tc_rng_uniform(r) * (d->a + d->b) < d->a ? 1.0 : 0.0;
			out[i] = d->lo + d->scale * v;
		}
		return;
	}
	case TC_DIST_MIXTURE:
		for (i = 0; i < n; i++) {
			size_t k = first_at_least(d->cum, 1, d->n, tc_rng_uniform(r));
			tc_dist_sample(d->comp[k], r, out + i, 1);
		}
		return;
	default: /* point, triangular, choice, truncate: inverse CDF */
		for (i = 0; i < n; i++)
			out[i] = tc_dist_quantile(d, tc_rng_uniform(r));
		return;
	}
}

/* ---- description -------------------------------------------------------- */

void tc_dist_describe(const tc_dist *d, char *buf, size_t len)
{
	static const char *const names[] = {"point", "uniform", "normal", "lognormal", "triangular", "beta"};
	const double *g = d->arg;
	char inner[96];
	switch (d->kind) {
	case TC_DIST_CHOICE:
		snprintf(buf, len, "choice of %zu value%s", d->n, d->n == 1 ? "" : "s");
		return;
	case TC_DIST_MIXTURE:
		snprintf(buf, len, "mixture of %zu distribution%s", d->n, d->n == 1 ? "" : "s");
		return;
	case TC_DIST_TRUNCATE:
		tc_dist_describe(d->base, inner, sizeof inner);
		snprintf(buf, len, "truncate(%s, %g, %g)", inner, d->lo, d->hi);
		return;
	case TC_DIST_POINT:
		snprintf(buf, len, "point(%g)", g[0]);
		return;
	case TC_DIST_TRIANGULAR:
		snprintf(buf, len, "triangular(%g, %g, %g)", g[0], g[1], g[2]);
		return;
	}
	if (d->form == TC_FORM_PERT)
		snprintf(buf, len, "pert(%g, %g, %g)", g[0], g[1], g[2]);
	else if (d->form == TC_FORM_RANGE)
		snprintf(buf, len, "range(%g, %g)", g[0], g[1]);
	else if (d->form == TC_FORM_LOGNORMAL_MS)
		snprintf(buf, len, "lognormal_ms(%g, %g)", g[0], g[1]);
	else
		snprintf(buf, len, "%s(%g, %g)", names[d->kind], g[0], g[1]);
}
