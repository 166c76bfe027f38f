/* floor.c: the benchmark model in plain C, the speed floor for tcost.
 *
 * Same model as engine_bench.lua: GPU-hours 2.664e6 × range(0.9, 1.1) +
 * 271e3; rental at range(1.5, 3) $/GPU-hour; capex 2048 × range(20000,
 * 30000); energy cost = GPU-hours × 0.7 kW × PUE range(1.1, 1.5) ×
 * range(0.06, 0.12) $/kWh, where range(lo, hi) is the lognormal whose 5th and
 * 95th percentiles are lo and hi. Prints mean, p5, p50, p95 of each.
 * Self-contained on purpose (xoshiro256** seeded by splitmix64, normals by
 * inverse CDF, Floyd–Rivest quickselect percentiles with numpy's linear
 * interpolation), with the same algorithms tcost uses (they measured fastest
 * here: Box–Muller was about 15% slower), so the gap to tcost is the engine's
 * overhead, not a choice of method.
 * Build: cc -O2 floor.c -lm. Usage: floor [samples] (default 1e6). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t s[4];

static uint64_t next(void)
{
	uint64_t x = s[1] * 5, r = ((x << 7) | (x >> 57)) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = (s[3] << 45) | (s[3] >> 19);
	return r;
}

static double uniform(void)
{
	return ((double)(next() >> 12) + 0.5) / 4503599627370496.0;
}

/* Φ⁻¹(p) by Wichura's AS241 (PPND16), relative error about 1e-16. */
static double norm_inv(double p)
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


/* range(lo, hi): the lognormal whose 5th and 95th percentiles are lo and hi. */
typedef struct lognormal {
	double mu, sigma;
} lognormal;

static lognormal range(double lo, double hi)
{
	lognormal d = {0.5 * (log(lo) + log(hi)), (log(hi) - log(lo)) / (2 * 1.6448536269514722)};
	return d;
}

static double draw(lognormal d)
{
	return exp(d.mu + d.sigma * norm_inv(uniform()));
}

/* k-th smallest of x[lo..hi] into place: Floyd & Rivest's SELECT (select
 * within a sample-sized window first, then one partition pass). */
static void swap(double *x, long i, long j)
{
	double t = x[i];
	x[i] = x[j];
	x[j] = t;
}

static void select_k(double *x, long lo, long hi, long k)
{
	while (hi > lo) {
		if (hi - lo > 600) {
			double n = (double)(hi - lo + 1), i = (double)(k - lo + 1), z = log(n);
			double s = 0.5 * exp(2 * z / 3), sd = 0.5 * sqrt(z * s * (n - s) / n) * (i < n / 2 ? -1 : 1);
			double nl = floor((double)k - i * s / n + sd), nr = floor((double)k + (n - i) * s / n + sd);
			select_k(x, nl > (double)lo ? (long)nl : lo, nr < (double)hi ? (long)nr : hi, k);
		}
		double t = x[k];
		long i = lo, j = hi;
		swap(x, lo, k);
		if (x[hi] > t)
			swap(x, hi, lo);
		while (i < j) {
			swap(x, i, j);
			i++;
			j--;
			while (x[i] < t) i++;
			while (x[j] > t) j--;
		}
		if (x[lo] == t)
			swap(x, lo, j);
		else
			swap(x, ++j, hi);
		if (j <= k) lo = j + 1;
		if (k <= j) hi = j - 1;
	}
}

/* p5, p50, p95 with numpy's linear interpolation, selected left to right. */
static void summarize(const char *name, double *x, long n)
{
	double sum = 0, out[3];
	const double ps[3] = {5, 50, 95};
	long start = 0;
	for (long i = 0; i < n; i++)
		sum += x[i];
	for (int q = 0; q < 3; q++) {
		double h = ps[q] / 100 * (double)(n - 1);
		long lo = (long)h;
		double f = h - (double)lo, v;
		select_k(x, start, n - 1, lo);
		v = x[lo];
		if (f > 0) {
			double m = x[lo + 1];
			for (long i = lo + 2; i < n; i++)
				if (x[i] < m) m = x[i];
			v += f * (m - v);
		}
		out[q] = v;
		start = lo + 1;
	}
	printf("%-12s mean %.6g  p5 %.6g  p50 %.6g  p95 %.6g\n", name, sum / (double)n, out[0], out[1], out[2]);
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	uint64_t seed = 42;
	if (n < 1)
		return 1;
	for (int i = 0; i < 4; i++) { /* splitmix64 */
		uint64_t z = (seed += 0x9e3779b97f4a7c15u);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
		s[i] = z ^ (z >> 31);
	}
	double *hours = malloc(n * sizeof *hours), *rental = malloc(n * sizeof *rental);
	double *capex = malloc(n * sizeof *capex), *energy = malloc(n * sizeof *energy);
	if (!hours || !rental || !capex || !energy)
		return 1;
	lognormal scale = range(0.9, 1.1), rate = range(1.5, 3), price = range(20000, 30000);
	lognormal pue = range(1.1, 1.5), usd_kwh = range(0.06, 0.12);
	for (long i = 0; i < n; i++) {
		double h = 2.664e6 * draw(scale) + 119e3 + 5e3 + 147e3;
		hours[i] = h;
		rental[i] = h * draw(rate);
		capex[i] = 2048 * draw(price);
		energy[i] = h * 700 / 1000 * draw(pue) * draw(usd_kwh);
	}
	summarize("gpu_hours", hours, n);
	summarize("rental_cost", rental, n);
	summarize("capex", capex, n);
	summarize("energy_cost", energy, n);
	free(hours);
	free(rental);
	free(capex);
	free(energy);
	return 0;
}
