/* floor.c: the benchmark model in plain C, the speed floor for tcost.
 *
 * It computes what `tcost run tests/bench/model.lua` computes for its report,
 * and nothing else: the 23 distinct uncertain values of the report (5 inputs,
 * per-phase and total GPU-hours, energy, carbon, energy cost, rental and
 * purchase cost, the purchase-price figure), each summarized from ALL samples by
 * mean, sd (n - 1), min, max and the percentiles 5, 25, 50, 75, 95 (numpy's
 * linear interpolation); a 30-bin histogram of the two total costs; and the
 * Spearman rank correlation of each total cost with each input it depends on.
 * Model: GPU-hours 2.664e6 × range(0.9, 1.1) + 271e3 (a fixed phase); rental
 * at range(1.5, 3) $/GPU-hour; purchase 2,048 × range(20000, 30000), shared
 * between phases by GPU-hours; energy = GPU-hours × 0.7 kW × PUE range(1.1,
 * 1.5); carbon = energy × 0.367 kg/kWh; energy cost = energy × range(0.06,
 * 0.12) $/kWh; range(lo, hi) is the lognormal whose 5th and 95th percentiles
 * are lo and hi.
 * The same generator as tcost: xoshiro256** seeded by splitmix64, one stream
 * per input and per 2,048-sample chunk, normals by inverse CDF (AS241).
 * The same algorithms where they are the fastest known here (Floyd–Rivest
 * selection, radix ranks), plain loops elsewhere, whole arrays in memory: so
 * the gap to tcost is the engine's overhead, not a choice of method.
 * Threads: floor N [threads] splits sampling by chunks and the summaries by
 * value over that many threads (default 1).
 * Build: cc -O2 -pthread floor.c -lm. Prints one line per value. */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK 2048
#define NPCT 5
#define BINS 30

typedef struct rng {
	uint64_t s[4];
} rng;

static uint64_t splitmix(uint64_t *st)
{
	uint64_t z = (*st += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static void seed_stream(rng *r, uint64_t seed, uint64_t chunk, uint64_t id)
{
	uint64_t st = seed ^ (chunk * 0x9E3779B97F4A7C15u), a = id, b;
	b = splitmix(&st) ^ splitmix(&a);
	st = splitmix(&b);
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix(&st);
}

static uint64_t next(rng *r)
{
	uint64_t *s = r->s, x = s[1] * 5, out = ((x << 7) | (x >> 57)) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = (s[3] << 45) | (s[3] >> 19);
	return out;
}

static double uniform(rng *r)
{
	return ((double)(next(r) >> 12) + 0.5) / 4503599627370496.0;
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

/* ---- the model ---------------------------------------------------------- */

enum { S, RATE, PRICE, PUE, ELEC, NIN };
static const double range_lo[NIN] = {0.9, 1.5, 20000, 1.1, 0.06}, range_hi[NIN] = {1.1, 3, 30000, 1.5, 0.12};
static const char *in_name[NIN] = {"pretrain_scale", "rate", "gpu_price", "pue", "electricity_price"};

enum {
	R, B, GH, E, C, EC,                    /* totals: rental, buy, GPU-hours, energy, carbon, energy cost */
	GH0, E0, C0, EC0, R0, B0,              /* pre-training phase */
	E1, C1, EC1, R1, B1,                   /* the fixed phase (271e3 GPU-hours) */
	FIG,                                   /* purchase price of the cluster */
	NOUT
};
static const char *out_name[NOUT] = {"total_rental", "total_buy", "total_gpu_hours", "total_energy_kwh",
	"total_carbon_kg", "total_energy_cost", "pre_gpu_hours", "pre_energy_kwh", "pre_carbon_kg",
	"pre_energy_cost", "pre_rental", "pre_buy", "fixed_energy_kwh", "fixed_carbon_kg", "fixed_energy_cost",
	"fixed_rental", "fixed_buy", "purchase_price"};

static long n;
static int threads;
static double *in[NIN];      /* every input sample */
static double *keep[2];      /* the two total costs, kept for ranks */

/* Output k at sample i, from the inputs. */
static double value(int k, long i)
{
	const double g1 = 271e3, kw = 0.7, co2 = 0.367;
	double gh0 = 2.664e6 * in[S][i], gh = gh0 + g1, pue = in[PUE][i], buy = 2048 * in[PRICE][i];
	switch (k) {
	case R: return gh0 * in[RATE][i] + g1 * in[RATE][i];
	case B: return buy * (gh0 / gh) + buy * (g1 / gh);
	case GH: return gh;
	case E: return gh0 * kw * pue + g1 * kw * pue;
	case C: return gh0 * kw * pue * co2 + g1 * kw * pue * co2;
	case EC: return gh0 * kw * pue * in[ELEC][i] + g1 * kw * pue * in[ELEC][i];
	case GH0: return gh0;
	case E0: return gh0 * kw * pue;
	case C0: return gh0 * kw * pue * co2;
	case EC0: return gh0 * kw * pue * in[ELEC][i];
	case R0: return gh0 * in[RATE][i];
	case B0: return buy * (gh0 / gh);
	case E1: return g1 * kw * pue;
	case C1: return g1 * kw * pue * co2;
	case EC1: return g1 * kw * pue * in[ELEC][i];
	case R1: return g1 * in[RATE][i];
	case B1: return buy * (g1 / gh);
	default: return buy;
	}
}

/* ---- summaries ------------------------------------------------------------ */

typedef struct summary {
	double mean, sd, min, max, p[NPCT];
	long hist[BINS];
	double rho[NIN]; /* NAN: not ranked */
} summary;

static summary sum_in[NIN], sum_out[NOUT];

static void summarize(double *x, summary *s, int hist)
{
	static const double pct[NPCT] = {5, 25, 50, 75, 95};
	double x0 = x[0], t = 0, lo = x[0], hi = x[0], ss = 0;
	for (long i = 0; i < n; i++) {
		t += x[i] - x0;
		lo = x[i] < lo ? x[i] : lo;
		hi = x[i] > hi ? x[i] : hi;
	}
	s->mean = x0 + t / (double)n;
	for (long i = 0; i < n; i++)
		ss += (x[i] - s->mean) * (x[i] - s->mean);
	s->sd = n > 1 ? sqrt(ss / (double)(n - 1)) : 0;
	s->min = lo;
	s->max = hi;
	if (hist) {
		double scale = hi > lo ? BINS / (hi - lo) : 0;
		memset(s->hist, 0, sizeof s->hist);
		for (long i = 0; i < n; i++) {
			double b = (x[i] - lo) * scale;
			s->hist[b > 0 ? (b < BINS ? (long)b : BINS - 1) : 0]++;
		}
	}
	/* percentiles left to right, each selection within what is right of the last */
	long start = 0;
	for (int q = 0; q < NPCT; q++) {
		double h = pct[q] / 100 * (double)(n - 1), f;
		long k = (long)h;
		f = h - (double)k;
		select_k(x, start, n - 1, k);
		s->p[q] = x[k];
		if (f > 0 && k + 1 < n) {
			double m = x[k + 1];
			for (long i = k + 2; i < n; i++)
				m = x[i] < m ? x[i] : m;
			s->p[q] = f < 0.5 ? x[k] + (m - x[k]) * f : m - (m - x[k]) * (1 - f);
		}
		start = k + 1;
	}
}

/* Ranks by an 11-bit LSD radix sort of order-preserving keys (no ties among
 * continuous draws, but they would get the average rank). */
static void rank(const double *x, double *r, uint64_t *ka, uint64_t *kb, uint32_t *ia, uint32_t *ib)
{
	static _Thread_local uint32_t cnt[6][2048];
	memset(cnt, 0, sizeof cnt);
	for (long i = 0; i < n; i++) {
		union { double d; uint64_t u; } c = {x[i] + 0.0};
		uint64_t k = c.u >> 63 ? ~c.u : c.u | (uint64_t)1 << 63;
		ka[i] = k;
		ia[i] = (uint32_t)i;
		for (int p = 0; p < 6; p++)
			cnt[p][(k >> (11 * p)) & 2047]++;
	}
	for (int p = 0; p < 6; p++) {
		uint32_t sum = 0;
		if (cnt[p][(ka[0] >> (11 * p)) & 2047] == (uint32_t)n)
			continue;
		for (int d = 0; d < 2048; d++) {
			uint32_t t = cnt[p][d];
			cnt[p][d] = sum;
			sum += t;
		}
		for (long i = 0; i < n; i++) {
			uint32_t at = cnt[p][(ka[i] >> (11 * p)) & 2047]++;
			kb[at] = ka[i];
			ib[at] = ia[i];
		}
		uint64_t *tk = ka; ka = kb; kb = tk;
		uint32_t *ti = ia; ia = ib; ib = ti;
	}
	for (long i = 0; i < n;) {
		long j = i + 1;
		while (j < n && ka[j] == ka[i])
			j++;
		for (long t = i; t < j; t++)
			r[ia[t]] = 0.5 * (double)(i + 1 + j);
		i = j;
	}
}

static double pearson(const double *x, const double *y)
{
	double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
	for (long i = 0; i < n; i++) {
		mx += x[i];
		my += y[i];
	}
	mx /= (double)n;
	my /= (double)n;
	for (long i = 0; i < n; i++) {
		sxx += (x[i] - mx) * (x[i] - mx);
		syy += (y[i] - my) * (y[i] - my);
		sxy += (x[i] - mx) * (y[i] - my);
	}
	return sxx > 0 && syy > 0 ? sxy / sqrt(sxx * syy) : 0;
}

/* ---- work split over threads ---------------------------------------------- */

/* Jobs: chunks of sampling, then values to summarize, then rankings. */
typedef struct job {
	int kind; /* 0 sample chunks, 1 summarize value, 2 rank */
	long a;
} job;

static job *jobs;
static long njobs, next_job;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static double *ranks[2 + NIN]; /* R, B, then the inputs */

static void run_job(const job *j, double *buf, uint64_t *ka, uint64_t *kb, uint32_t *ia, uint32_t *ib)
{
	if (j->kind == 0) {
		long start = j->a * CHUNK, c = n - start < CHUNK ? n - start : CHUNK;
		for (int v = 0; v < NIN; v++) {
			rng r;
			double mu = 0.5 * (log(range_lo[v]) + log(range_hi[v]));
			double sigma = (log(range_hi[v]) - log(range_lo[v])) / (2 * 1.6448536269514722);
			seed_stream(&r, 1, (uint64_t)j->a, (uint64_t)v + 1);
			for (long i = 0; i < c; i++)
				in[v][start + i] = exp(mu + sigma * norm_inv(uniform(&r)));
		}
	} else if (j->kind == 1) {
		long k = j->a;
		if (k < NOUT) {
			double *x = k < 2 ? keep[k] : buf;
			for (long i = 0; i < n; i++)
				x[i] = value((int)k, i);
			if (k < 2) { /* ranks before selection reorders: copy */
				memcpy(buf, x, (size_t)n * sizeof *buf);
				x = buf;
			}
			summarize(x, &sum_out[k], k < 2);
		} else {
			memcpy(buf, in[k - NOUT], (size_t)n * sizeof *buf);
			summarize(buf, &sum_in[k - NOUT], 0);
		}
	} else {
		const double *x = j->a < 2 ? keep[j->a] : in[j->a - 2];
		rank(x, ranks[j->a], ka, kb, ia, ib);
	}
}

static void *worker(void *arg)
{
	(void)arg;
	double *buf = malloc((size_t)n * sizeof *buf);
	uint64_t *ka = malloc((size_t)n * 2 * sizeof *ka);
	uint32_t *ia = malloc((size_t)n * 2 * sizeof *ia);
	if (!buf || !ka || !ia) {
		fprintf(stderr, "floor: out of memory\n");
		exit(1);
	}
	for (;;) {
		pthread_mutex_lock(&mu);
		long j = next_job < njobs ? next_job++ : -1;
		pthread_mutex_unlock(&mu);
		if (j < 0)
			break;
		run_job(&jobs[j], buf, ka, ka + n, ia, ia + n);
	}
	free(buf);
	free(ka);
	free(ia);
	return NULL;
}

/* Runs jobs[0..count) on the threads. */
static void run_all(job *js, long count)
{
	pthread_t tid[64];
	jobs = js;
	njobs = count;
	next_job = 0;
	for (int t = 1; t < threads; t++)
		pthread_create(&tid[t], NULL, worker, NULL);
	worker(NULL);
	for (int t = 1; t < threads; t++)
		pthread_join(tid[t], NULL);
}

int main(int argc, char **argv)
{
	n = argc > 1 ? atol(argv[1]) : 1000000;
	threads = argc > 2 ? atoi(argv[2]) : 1;
	if (n < 2 || n >= 4294967295L || threads < 1 || threads > 64)
		return 2;
	for (int v = 0; v < NIN; v++)
		if (!(in[v] = malloc((size_t)n * sizeof(double))))
			return 1;
	for (int k = 0; k < 2 + NIN; k++)
		if (!(ranks[k] = malloc((size_t)n * sizeof(double))))
			return 1;
	keep[0] = malloc((size_t)n * sizeof(double));
	keep[1] = malloc((size_t)n * sizeof(double));
	long chunks = (n + CHUNK - 1) / CHUNK;
	job *js = malloc((size_t)(chunks + NOUT + NIN + 2 + NIN) * sizeof *js);
	if (!keep[0] || !keep[1] || !js)
		return 1;
	for (long q = 0; q < chunks; q++)
		js[q] = (job){0, q};
	run_all(js, chunks);
	/* the totals first: their arrays are needed by the rankings */
	for (long k = 0; k < NOUT + NIN; k++)
		js[k] = (job){1, k};
	run_all(js, NOUT + NIN);
	/* rankings: R, B, and the inputs they depend on (R: S, RATE; B: S, PRICE) */
	long nr = 0;
	for (long k = 0; k < 2 + 3; k++)
		js[nr++] = (job){2, k == 4 ? 2 + PRICE : k < 2 ? k : 2 + (k == 2 ? S : RATE)};
	run_all(js, nr);
	for (int k = 0; k < NOUT; k++)
		for (int v = 0; v < NIN; v++)
			sum_out[k].rho[v] = NAN;
	sum_out[R].rho[S] = pearson(ranks[0], ranks[2 + S]);
	sum_out[R].rho[RATE] = pearson(ranks[0], ranks[2 + RATE]);
	sum_out[B].rho[S] = pearson(ranks[1], ranks[2 + S]);
	sum_out[B].rho[PRICE] = pearson(ranks[1], ranks[2 + PRICE]);
	for (int k = 0; k < NOUT + NIN; k++) {
		const summary *s = k < NOUT ? &sum_out[k] : &sum_in[k - NOUT];
		printf("%-18s mean %.6g sd %.6g min %.6g max %.6g p5 %.6g p25 %.6g p50 %.6g p75 %.6g p95 %.6g",
		       k < NOUT ? out_name[k] : in_name[k - NOUT], s->mean, s->sd, s->min, s->max, s->p[0], s->p[1],
		       s->p[2], s->p[3], s->p[4]);
		if (k < 2)
			printf(" rho_scale %.3f rho_%s %.3f", s->rho[S], k == R ? "rate" : "price", s->rho[k == R ? RATE : PRICE]);
		printf("\n");
	}
	return 0;
}
