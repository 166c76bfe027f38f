/* dist.h: probability distributions as plain C values.
 *
 * A tc_dist holds validated parameters; it can draw a chunk of samples from
 * a generator, give its quantile (inverse CDF) and its CDF. Constructors
 * check their parameters and, on failure, write one line such as
 *   "normal: sd must be >= 0 (got -1)"
 * to err and return -1 (0 on success). Nothing here allocates: choice and
 * mixture borrow storage from the caller, who must keep it (and mixture
 * components, truncation bases) alive as long as the tc_dist.
 * Also here: the special functions the distributions need (inverse normal
 * CDF, regularized incomplete beta and its inverse), exported for tests.
 * What is not here: graphs, correlation (mc.c), the Lua binding (lua_mc.c). */
#ifndef TCOST_DIST_H
#define TCOST_DIST_H

#include <stddef.h>
#include "rng.h"

enum tc_dist_kind {
	TC_DIST_POINT,
	TC_DIST_UNIFORM,
	TC_DIST_NORMAL,
	TC_DIST_LOGNORMAL,
	TC_DIST_TRIANGULAR,
	TC_DIST_BETA,       /* also PERT: a beta scaled onto [lo, hi] */
	TC_DIST_CHOICE,
	TC_DIST_MIXTURE,
	TC_DIST_TRUNCATE
};

/* How the distribution was written; only tc_dist_describe looks at it. */
enum tc_dist_form {
	TC_FORM_PLAIN,
	TC_FORM_LOGNORMAL_MS, /* lognormal_ms(mean, sd) */
	TC_FORM_RANGE,        /* range(lo, hi): lognormal with that 90% interval */
	TC_FORM_PERT          /* pert(lo, mode, hi) */
};

typedef struct tc_dist {
	int kind, form;
	double arg[3];   /* the parameters as written */
	/* point: a = value. uniform: a = lo, b = hi. normal: a = mean, b = sd.
	 * lognormal: a = mu, b = sigma. triangular: a = lo, b = hi, c = mode.
	 * beta: a = alpha, b = beta, lo + scale * Beta(a, b).
	 * truncate: lo, hi = the bounds, a = F(below lo), b = F(hi) of base. */
	double a, b, c, lo, scale, hi;
	size_t n;                          /* choice: values; mixture: components */
	const double *pair;                /* choice: n (value, cumulative) pairs, ascending */
	const double *cum;                 /* mixture: n cumulative weights, last = 1 */
	const struct tc_dist *const *comp; /* mixture components */
	const struct tc_dist *base;        /* truncate */
	int depth;                         /* levels of truncate/mixture below: 0 for the others */
	double parts;                      /* distributions a CDF visits, repeats counted: 1 for the others */
} tc_dist;

/* Truncate and mixture nest: their CDF, quantile, samples and description
 * walk the distributions inside by recursion, so a scenario's loop could
 * otherwise build a chain 100,000 deep that overflows the C stack, or a
 * mixture of itself doubled 60 times whose CDF never ends. Both are
 * refused when built. */
#define TC_DIST_MAX_DEPTH 100
#define TC_DIST_MAX_PARTS 1e6

/* Constructors: 0 on success, -1 with a message in err. */
int tc_dist_point(tc_dist *d, double x, char *err, size_t errlen);
int tc_dist_uniform(tc_dist *d, double lo, double hi, char *err, size_t errlen);
int tc_dist_normal(tc_dist *d, double mean, double sd, char *err, size_t errlen);
int tc_dist_lognormal(tc_dist *d, double mu, double sigma, char *err, size_t errlen);
int tc_dist_lognormal_ms(tc_dist *d, double mean, double sd, char *err, size_t errlen);
/* Lognormal whose 5th and 95th percentiles are lo and hi:
 * mu = (ln lo + ln hi) / 2, sigma = (ln hi - ln lo) / (2 · 1.6448536269514722). */
int tc_dist_range(tc_dist *d, double lo, double hi, char *err, size_t errlen);
int tc_dist_triangular(tc_dist *d, double lo, double mode, double hi, char *err, size_t errlen);
/* PERT: beta with alpha = 1 + 4(mode-lo)/(hi-lo), beta = 1 + 4(hi-mode)/(hi-lo) on [lo, hi]. */
int tc_dist_pert(tc_dist *d, double lo, double mode, double hi, char *err, size_t errlen);
int tc_dist_beta(tc_dist *d, double a, double b, char *err, size_t errlen);
/* values[i] has weight weights[i] (weights NULL: all equal). store must hold
 * 2n doubles and outlive d. */
int tc_dist_choice(tc_dist *d, const double *values, const double *weights, size_t n,
                   double *store, char *err, size_t errlen);
/* comp[i] has weight weights[i] (NULL: all equal). cumstore must hold n
 * doubles; comp, the components and cumstore must outlive d. */
int tc_dist_mixture(tc_dist *d, const tc_dist *const *comp, const double *weights, size_t n,
                    double *cumstore, char *err, size_t errlen);
/* base restricted to [lo, hi] (either may be infinite), sampled by inverse
 * CDF on [F(lo), F(hi)]. base must outlive d. */
int tc_dist_truncate(tc_dist *d, const tc_dist *base, double lo, double hi, char *err, size_t errlen);

/* Fills out[0..n) with independent draws, consuming r. */
void tc_dist_sample(const tc_dist *d, tc_rng *r, double *out, size_t n);
/* The p-quantile, smallest x with F(x) >= p; p in [0, 1] (0 and 1 give the
 * ends of the support, possibly infinite). */
double tc_dist_quantile(const tc_dist *d, double p);
/* P(X <= x). */
double tc_dist_cdf(const tc_dist *d, double x);
/* A short description such as "range(1.5, 3)"; never samples. */
void tc_dist_describe(const tc_dist *d, char *buf, size_t len);

/* Special functions. */
double tc_norm_inv(double p);    /* Φ⁻¹(p), Wichura's AS241 (PPND16) */
double tc_norm_cdf(double x);    /* Φ(x) = erfc(-x/√2)/2 */
double tc_ibeta(double x, double a, double b);     /* I_x(a, b) */
double tc_ibeta_inv(double p, double a, double b); /* x with I_x(a, b) = p */

#endif
