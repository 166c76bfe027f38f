/* lua_run.c: runs of the Lua module tcost.c.mc (see lua_mc.c): what
 * evaluates a graph of uncertain values.
 *
 * What lives here: run(outputs, opts) -> summaries[, samples], with its
 * options, the to-be-closed holder that owns a run's memory, the summaries
 * (moments, histogram, percentiles, rank correlations), samples kept by
 * run(..., {keep = true}) with :shape(), :labels(), :column(i), point(x) and point(outputs,
 * overrides), inputs(outputs) and median(x). run's options: samples
 * (default 10000), seed (0), percentiles ({5, 25, 50, 75, 95}), bins (30),
 * keep (false), rankcorr (true; false skips the rank correlations), full
 * (every output: how many leading outputs get a histogram, rank
 * correlations and export; the others get mean, sd, min, max and
 * percentiles, which the engine finds without keeping their samples when the
 * run is large), ranked (every full output: how many leading ones get rank
 * correlations), pct_outputs (every output: how many leading ones get
 * percentiles; the others only mean, sd, min and max), and, for tests, stream (nil: the engine decides; false
 * never; true whenever it can) and window_z (see mc.h). Every summary comes
 * from all samples of the one run.
 *
 * Memory: every run's buffers come from the state's allocator (so the host's
 * memory budget sees them) and belong to a to-be-closed holder, freed on
 * return and on any error. The module's registration (luaopen_tcost_mc) is
 * here too: runs build on nodes, never the other way round. What is not here:
 * nodes, constructors, operators (lua_mc.c); sampling and statistics (mc.c,
 * dist.c, stats.c); the scenario language (lib-lua/). */
#include "lua_mc.h"
#include "lua_mc_priv.h"

#include <lauxlib.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "budget.h"
#include "mc.h"
#include "parallel.h"
#include "stats.h"

#define HOLDER_MT   "tcost.mc.Run"
#define SAMPLES_MT  "tcost.Samples"

#define MAX_PCT        1000
#define MAX_BINS       100000
#define DEFAULT_SAMPLES 10000

/* A run in progress: freed by __close on return or error, or by __gc. */
#define NSCRATCH 8
typedef struct holder {
	tc_run *run;
	lua_Alloc f;
	void *ud;
	void *scratch[NSCRATCH];
	size_t bytes[NSCRATCH];
} holder;

/* Samples kept for export (run with keep = true); user value 1 anchors the
 * run's nodes. */
typedef struct samples {
	tc_run *run;
	size_t nout;
} samples;

/* ---- runs: holders, outputs, correlations ----------------------------- */

static void holder_release(holder *h)
{
	tc_run_free(h->run);
	h->run = NULL;
	for (int i = 0; i < NSCRATCH; i++) {
		if (h->scratch[i])
			h->f(h->ud, h->scratch[i], h->bytes[i], 0);
		h->scratch[i] = NULL;
	}
}

static int holder_gc(lua_State *L)
{
	holder_release(luaL_checkudata(L, 1, HOLDER_MT));
	return 0;
}

/* Pushes a new holder marked to-be-closed. stack: +1 */
static holder *push_holder(lua_State *L)
{
	holder *h = lua_newuserdatauv(L, sizeof *h, 0);
	memset(h, 0, sizeof *h);
	h->f = lua_getallocf(L, &h->ud);
	if (h->f == tc_limits_alloc) /* arrays sized by --samples: see budget.h */
		h->f = tc_limits_alloc_samples;
	luaL_setmetatable(L, HOLDER_MT);
	lua_toclose(L, -1);
	return h;
}

/* A scratch array of count × size bytes owned by h (slot i). */
static void *scratch(lua_State *L, holder *h, int i, size_t count, size_t size, size_t n)
{
	if (size && count > SIZE_MAX / size)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	size_t bytes = count * size;
	if (bytes == 0)
		bytes = 1;
	h->scratch[i] = h->f(h->ud, NULL, 0, bytes);
	if (!h->scratch[i]) {
		/* as Lua does: collect the garbage, ask once more (a second refusal
		 * is the memory limit, see budget.c) */
		lua_gc(L, LUA_GCCOLLECT);
		h->scratch[i] = h->f(h->ud, NULL, 0, bytes);
	}
	if (!h->scratch[i])
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	h->bytes[i] = bytes;
	return h->scratch[i];
}

/* Raises the engine's error, if any. */
static void check_rc(lua_State *L, int rc, const char *err, size_t n)
{
	void *ud;
	if (rc == TC_MC_NOMEM && lua_getallocf(L, &ud) == tc_limits_alloc) {
		tc_limits *lim = ud;
		if (!lim->mem_default && lim->refused) {
			/* an explicit --memory-limit refused the samples' arrays; the
			 * garbage was collected before the run (tcost_mc_run), so what
			 * was in use plus the request is what the run needs */
			lim->hit = TC_HIT_MEMORY;
			luaL_error(L, "%s", tc_limits_message(lim));
		}
	}
	if (rc == TC_MC_NOMEM)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	if (rc)
		luaL_error(L, "%s", err);
}

/* Reads the outputs array at t: pushes a pointer array (userdata) and a
 * table anchoring every output node (numbers become constant nodes).
 * stack: +2 */
static tc_node **collect_outputs(lua_State *L, int t, const char *what, size_t *nout)
{
	lua_Integer n;
	if (lua_type(L, t) != LUA_TTABLE)
		luaL_error(L, "%s: outputs must be an array (got %s)", what, luaL_typename(L, t));
	n = luaL_len(L, t);
	if (n < 0 || n > MAX_LIST)
		luaL_error(L, "%s: too many outputs (%I)", what, n);
	tc_node **arr = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *arr, 0);
	lua_createtable(L, (int)n, 0);
	int anchors = lua_gettop(L);
	for (lua_Integer i = 1; i <= n; i++) {
		luaL_checkstack(L, 2, NULL);
		lua_geti(L, t, i);
		lnode *u = test_node(L, -1);
		if (!u) {
			if (lua_type(L, -1) != LUA_TNUMBER)
				luaL_error(L, "%s: output %I must be a number or an uncertain value (got %s)", what, i,
				           luaL_typename(L, -1));
			double x = lua_tonumber(L, -1);
			lua_pop(L, 1);
			u = tcost_mc_new_node(L, 0, 0);
			tc_node_const(&u->nd, x);
		}
		arr[i - 1] = &u->nd;
		lua_rawseti(L, anchors, i);
	}
	*nout = (size_t)n;
	return arr;
}

/* The recorded correlations as an array (a userdata). stack: +1 */
static tc_corr *collect_corr(lua_State *L, size_t *ncorr)
{
	lua_getfield(L, LUA_REGISTRYINDEX, REG_CORR);
	size_t k = lua_rawlen(L, -1) / 3;
	if (k > SIZE_MAX / sizeof(tc_corr) - 1)
		luaL_error(L, "not enough memory");
	tc_corr *c = lua_newuserdatauv(L, (k ? k : 1) * sizeof *c, 0);
	for (size_t i = 0; i < k; i++) {
		lua_rawgeti(L, -2, (lua_Integer)(3 * i + 1));
		lua_rawgeti(L, -3, (lua_Integer)(3 * i + 2));
		lua_rawgeti(L, -4, (lua_Integer)(3 * i + 3));
		c[i].a = &((lnode *)lua_touserdata(L, -3))->nd;
		c[i].b = &((lnode *)lua_touserdata(L, -2))->nd;
		c[i].rank_rho = lua_tonumber(L, -1);
		lua_pop(L, 3);
	}
	lua_remove(L, -2);
	*ncorr = k;
	return c;
}

/* ---- run ---------------------------------------------------------------- */

typedef struct run_opts {
	size_t n;
	uint64_t seed;
	double *pct;
	size_t npct;
	size_t bins;
	int keep;
	int rankcorr; /* compute rank correlations (default true) */
	size_t full;  /* outputs [0, full) get all of it; the others moments and percentiles (default all) */
	size_t ranked; /* outputs [0, ranked) of the full ones get rank correlations (default all) */
	size_t pct_outputs; /* outputs [0, pct_outputs) get percentiles, the others only moments (default all) */
	int stream;   /* -1 (default): the engine decides; 0 never; 1 whenever it can (tests) */
	double window_z;
} run_opts;

/* Integer field k of the options table at t, between lo and hi, or dflt. */
static lua_Integer opt_int(lua_State *L, int t, const char *k, lua_Integer dflt, lua_Integer lo, lua_Integer hi)
{
	int isint;
	lua_Integer v;
	if (lua_getfield(L, t, k) == LUA_TNIL) {
		lua_pop(L, 1);
		return dflt;
	}
	v = lua_tointegerx(L, -1, &isint);
	if (!isint || lua_type(L, -1) != LUA_TNUMBER || v < lo || v > hi)
		luaL_error(L, "run: %s must be an integer between %I and %I (got %s)", k, lo, hi,
		           luaL_tolstring(L, -1, NULL));
	lua_pop(L, 1);
	return v;
}

/* Reads run's options at t (a table or nil); pushes the percentile array
 * (a userdata). stack: +1 */
static void read_opts(lua_State *L, int t, run_opts *o)
{
	static const double dflt[] = {5, 25, 50, 75, 95};
	int have = lua_type(L, t) == LUA_TTABLE;
	if (!have && !lua_isnoneornil(L, t))
		luaL_error(L, "run: options must be a table (got %s)", luaL_typename(L, t));
	o->n = have ? (size_t)opt_int(L, t, "samples", DEFAULT_SAMPLES, 1, TC_MC_MAX_SAMPLES) : DEFAULT_SAMPLES;
	o->seed = have ? (uint64_t)opt_int(L, t, "seed", 0, LUA_MININTEGER, LUA_MAXINTEGER) : 0;
	o->bins = have ? (size_t)opt_int(L, t, "bins", 30, 1, MAX_BINS) : 30;
	o->keep = 0;
	o->rankcorr = 1;
	o->full = have ? (size_t)opt_int(L, t, "full", MAX_LIST, 0, MAX_LIST) : MAX_LIST;
	o->ranked = have ? (size_t)opt_int(L, t, "ranked", MAX_LIST, 0, MAX_LIST) : MAX_LIST;
	o->pct_outputs = have ? (size_t)opt_int(L, t, "pct_outputs", MAX_LIST, 0, MAX_LIST) : MAX_LIST;
	o->stream = -1;
	o->window_z = 0;
	if (have) {
		lua_getfield(L, t, "keep");
		o->keep = lua_toboolean(L, -1);
		lua_getfield(L, t, "rankcorr");
		o->rankcorr = lua_isnil(L, -1) || lua_toboolean(L, -1);
		lua_getfield(L, t, "stream");
		o->stream = lua_isnil(L, -1) ? -1 : lua_toboolean(L, -1);
		lua_getfield(L, t, "window_z");
		o->window_z = lua_isnil(L, -1) ? 0 : luaL_checknumber(L, -1);
		if (!(o->window_z >= 0))
			luaL_error(L, "run: window_z must be >= 0");
		lua_pop(L, 4);
	}
	if (have && lua_getfield(L, t, "percentiles") != LUA_TNIL) {
		int pt = lua_gettop(L);
		if (lua_type(L, pt) != LUA_TTABLE)
			luaL_error(L, "run: percentiles must be an array of numbers (got %s)", luaL_typename(L, pt));
		lua_Integer k = luaL_len(L, pt);
		if (k < 0 || k > MAX_PCT)
			luaL_error(L, "run: at most %d percentiles (got %I)", MAX_PCT, k);
		o->npct = (size_t)k;
		o->pct = lua_newuserdatauv(L, (o->npct ? o->npct : 1) * sizeof(double), 0);
		for (size_t i = 0; i < o->npct; i++) {
			double p = tcost_mc_list_number(L, pt, i + 1, "run", "percentile");
			if (!(p >= 0 && p <= 100))
				luaL_error(L, "run: percentiles must be between 0 and 100 (got %f)", p);
			o->pct[i] = p;
		}
		lua_remove(L, pt);
	} else {
		if (have)
			lua_pop(L, 1);
		o->npct = sizeof dflt / sizeof dflt[0];
		o->pct = lua_newuserdatauv(L, sizeof dflt, 0);
		memcpy(o->pct, dflt, sizeof dflt);
	}
}

/* What each output's summary needs besides its Lua table: filled by
 * summarize() on the workers, pushed by push_summary() on the Lua thread. */
typedef struct summary_job {
	tc_run *run;
	const run_opts *o;
	size_t nfull;
	size_t *counts;   /* nfull × bins */
	double *pv;       /* nfull × npct */
	double *copy;     /* keep: per worker, a copy to reorder, so the kept samples stay in order */
} summary_job;

/* Histogram and percentiles of full output i (the engine has the moments). */
static void summarize(void *arg, size_t i, int w)
{
	summary_job *j = arg;
	const run_opts *o = j->o;
	double *x = tc_run_output(j->run, i), mo[4];
	tc_run_moments(j->run, i, &mo[0], &mo[1], &mo[2], &mo[3]);
	tc_stats_hist(x, o->n, mo[2], mo[3], o->bins, j->counts + i * o->bins);
	if (o->keep) { /* this worker's copy */
		memcpy(j->copy + (size_t)w * o->n, x, o->n * sizeof *x);
		x = j->copy + (size_t)w * o->n;
	}
	tc_stats_percentiles_in(x, o->n, mo[2], mo[3], o->pct, o->npct, j->pv + i * o->npct);
}

/* Rank correlations of the first nfull outputs with every labeled input they
 * depend on, from all samples, before percentiles reorder them. Arrays are
 * ranked one at a time, each in fine steps on every core (tc_ranker), so a
 * core that another process slows takes fewer steps and nobody waits long
 * for it; job then lists the (output, input) coefficients (job->ncoef,
 * each one item of coefficient(), in the run's last loop). Outputs' ranks
 * get arrays of their own; an input's ranks are written over its samples
 * unless they are kept for the caller. rho[i·nin + j] (NAN when output i
 * does not use input j). Scratch: nranked · n doubles (more with keep), n
 * pairs, a ranker. */
typedef struct rank_job {
	tc_run *run;
	tc_ranker *rk;
	int phase;
	size_t n, nin;
	const size_t *pair;   /* per coefficient: output i · nin + input j */
	size_t ncoef;
	double *const *rank;  /* per output, then per input: its ranks */
	size_t nfull;
	double *rho;
} rank_job;

static void rank_step(void *arg, size_t i, int w)
{
	rank_job *j = arg;
	(void)w;
	tc_rank_item(j->rk, j->phase, i);
}

static void rank_array(rank_job *j, const double *x, double *rank, tc_rankpair *tmp, int w)
{
	tc_rank_init(j->rk, x, j->n, rank, tmp);
	for (j->phase = 0; j->phase < TC_RANK_PHASES; j->phase++)
		tc_parallel_for(tc_rank_phase(j->rk, j->phase), w, rank_step, j);
}

static void coefficient(void *arg, size_t k, int w)
{
	rank_job *j = arg;
	size_t i = j->pair[k] / j->nin, t = j->pair[k] % j->nin;
	(void)w;
	j->rho[j->pair[k]] = tc_stats_pearson(j->rank[i], j->rank[j->nfull + t], j->n);
}

static void rank_correlations(lua_State *L, holder *h, const run_opts *o, size_t nfull, double *rho, rank_job *job)
{
	tc_run *r = h->run;
	size_t n = o->n, nin = tc_run_ninputs(r), nranked = 0, ncoef = 0, nown = 0, len;
	int w = tc_run_workers(r);
	if (nin > SIZE_MAX / sizeof(size_t) / (nfull + 1) || nfull + nin > SIZE_MAX / sizeof(double *))
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	size_t *pair = scratch(L, h, 0, nfull * nin + 1, sizeof *pair, n);
	double **rank = scratch(L, h, 6, nfull + nin, sizeof *rank, n);
	for (size_t i = 0; i < nfull * nin; i++)
		rho[i] = NAN;
	for (size_t i = 0; i < nfull + nin; i++)
		rank[i] = NULL;
	for (size_t i = 0; i < nfull; i++)
		for (size_t t = 0; t < nin; t++)
			if (tc_run_uses(r, i, t)) {
				pair[ncoef++] = i * nin + t;
				nranked += !rank[i];
				rank[i] = rank[nfull + t] = rho; /* a mark: ranked below */
			}
	if (!ncoef)
		return;
	for (size_t t = 0; t < nin; t++) /* inputs whose samples the caller keeps get arrays too */
		nown += rank[nfull + t] && o->keep;
	if (nranked + nown > SIZE_MAX / n)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)n);
	double *own = scratch(L, h, 1, (nranked + nown) * n, sizeof(double), n);
	tc_rankpair *tmp = scratch(L, h, 2, n, sizeof(tc_rankpair), n);
	*job = (rank_job){r, scratch(L, h, 7, 1, sizeof(tc_ranker), n), 0, n, nin, pair, ncoef, rank, nfull, rho};
	for (size_t i = 0; i < nfull; i++)
		if (rank[i]) {
			rank[i] = own;
			own += n;
			rank_array(job, tc_run_output(r, i), rank[i], tmp, w);
		}
	for (size_t t = 0; t < nin; t++)
		if (rank[nfull + t]) {
			double *x = tc_run_input_values(r, t, &len);
			rank[nfull + t] = o->keep ? own : x;
			own += o->keep ? n : 0;
			rank_array(job, x, rank[nfull + t], tmp, w);
		}
}

/* Pushes output i's array of rank correlations. */
static void push_rankcorr(lua_State *L, tc_run *r, size_t i, const double *rho)
{
	size_t nin = tc_run_ninputs(r);
	lua_newtable(L);
	for (size_t j = 0; j < nin && rho; j++) {
		if (rho[i * nin + j] != rho[i * nin + j])
			continue;
		luaL_checkstack(L, 4, NULL);
		lua_createtable(L, 0, 2);
		tcost_mc_push_label(L, tc_run_input(r, j));
		lua_setfield(L, -2, "input");
		lua_pushnumber(L, rho[i * nin + j]);
		lua_setfield(L, -2, "rho");
		lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	}
}

/* Pushes the summary table of output i. A full output (i < nfull) has its
 * rank correlations (on the stack: rankcorr -> summary), histogram and
 * percentiles from summarize(); the others, moments and percentiles from
 * the engine. */
static void push_summary(lua_State *L, const run_opts *o, const summary_job *j, size_t i)
{
	double mo[4];
	int full = i < j->nfull;
	const double *pv = full ? j->pv + i * o->npct : tc_run_percentiles(j->run, i);
	tc_run_moments(j->run, i, &mo[0], &mo[1], &mo[2], &mo[3]);
	luaL_checkstack(L, 6, NULL);
	lua_createtable(L, 0, 7);
	if (full) {
		lua_insert(L, -2);
		lua_setfield(L, -2, "rankcorr");
	}
	lua_pushnumber(L, mo[0]);
	lua_setfield(L, -2, "mean");
	lua_pushnumber(L, mo[1]);
	lua_setfield(L, -2, "sd");
	lua_pushnumber(L, mo[2]);
	lua_setfield(L, -2, "min");
	lua_pushnumber(L, mo[3]);
	lua_setfield(L, -2, "max");
	if (full) { /* stack: summary hist counts */
		const size_t *counts = j->counts + i * o->bins;
		lua_createtable(L, 0, 3);
		lua_pushnumber(L, mo[2]);
		lua_setfield(L, -2, "lo");
		lua_pushnumber(L, mo[3]);
		lua_setfield(L, -2, "hi");
		lua_createtable(L, (int)o->bins, 0);
		for (size_t b = 0; b < o->bins; b++) {
			lua_pushinteger(L, (lua_Integer)counts[b]);
			lua_rawseti(L, -2, (lua_Integer)b + 1);
		}
		lua_setfield(L, -2, "counts");
		lua_setfield(L, -2, "hist");
	}
	lua_createtable(L, 0, (int)o->npct);
	for (size_t k = 0; k < o->npct && (full || i < o->pct_outputs); k++) {
		lua_pushnumber(L, o->pct[k]);
		lua_pushnumber(L, pv[k]);
		lua_rawset(L, -3);
	}
	lua_setfield(L, -2, "p");
}

/* The engine's options for run's options o, nout outputs (the first nfull
 * kept whole, the first nranked ranked) and the recorded correlations,
 * allocating through h. */
static tc_run_opts engine_opts(const run_opts *o, size_t nout, size_t nfull, size_t nranked, const tc_corr *corr,
                               size_t ncorr, const holder *h)
{
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_SAMPLE;
	ro.n = o->n;
	ro.seed = o->seed;
	ro.inputs_of = o->keep ? nout : o->rankcorr ? nranked : 0;
	ro.nfull = nfull;
	ro.pct = o->pct;
	ro.npct = o->npct;
	ro.npct_out = o->pct_outputs;
	ro.stream = o->stream;
	ro.window_z = o->window_z;
	ro.corr = corr;
	ro.ncorr = ncorr;
	ro.alloc = h->f;
	ro.ud = h->ud;
	return ro;
}

/* Pushes the array of rank correlations of the first nranked outputs (a
 * userdata; nil when none are wanted) and returns it, its arrays ranked and
 * its coefficients listed in rj (rj->ncoef, 0 when none). stack: +1 */
static double *push_rho(lua_State *L, holder *h, const run_opts *o, size_t nranked, rank_job *rj)
{
	size_t nin = tc_run_ninputs(h->run);
	double *rho;
	rj->ncoef = 0;
	if (!o->rankcorr || !nin || !nranked) {
		lua_pushnil(L);
		return NULL;
	}
	if (nranked > SIZE_MAX / sizeof(double) / nin)
		luaL_error(L, "not enough memory for %I samples", (lua_Integer)o->n);
	rho = lua_newuserdatauv(L, nranked * nin * sizeof *rho, 0);
	rank_correlations(L, h, o, nranked, rho, rj);
	return rho;
}

/* The run's last loop: the full outputs' summaries (the larger items, so
 * first), then the rank correlation coefficients, as one list on every
 * core, so neither waits for the other's last item. */
typedef struct finish_job {
	summary_job *sum;
	rank_job *rank;
	size_t nsum;
} finish_job;

static void finish_item(void *arg, size_t k, int w)
{
	finish_job *f = arg;
	if (k < f->nsum)
		summarize(f->sum, k, w);
	else
		coefficient(f->rank, k - f->nsum, w);
}

/* Pushes the array of the nout outputs' summaries, computing the
 * coefficients rj lists on the way. stack: +1 */
static void push_summaries(lua_State *L, holder *h, const run_opts *o, size_t nout, size_t nfull, size_t nranked,
                           const double *rho, rank_job *rj)
{
	summary_job job = {h->run, o, nfull, NULL, NULL, NULL};
	int w = tc_run_workers(h->run);
	job.pv = scratch(L, h, 3, nfull * o->npct, sizeof(double), o->n);
	job.counts = scratch(L, h, 4, nfull * o->bins, sizeof(size_t), o->n);
	if (o->keep)
		job.copy = scratch(L, h, 5, (size_t)w * o->n, sizeof(double), o->n);
	lua_createtable(L, (int)nout, 0);
	finish_job f = {&job, rj, nfull};
	tc_parallel_for(nfull + rj->ncoef, w, finish_item, &f);
	for (size_t i = 0; i < nout; i++) {
		if (i < nfull)
			push_rankcorr(L, h->run, i, i < nranked ? rho : NULL);
		push_summary(L, o, &job, i);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

/* run(outputs, opts) -> summaries[, samples] */
static int tcost_mc_run(lua_State *L)
{
	run_opts o;
	size_t nout, ncorr;
	char err[ERRLEN];
	lua_settop(L, 2);
	read_opts(L, 2, &o);                                       /* 3: pct */
	tc_node **outs = collect_outputs(L, 1, "run", &nout);      /* 4: pointers, 5: anchors */
	tc_corr *corr = collect_corr(L, &ncorr);                   /* 6 */
	holder *h = push_holder(L);                                /* 7 */
	size_t nfull = o.full < nout ? o.full : nout, nranked = o.ranked < nfull ? o.ranked : nfull;
	tc_run_opts ro = engine_opts(&o, nout, nfull, nranked, corr, ncorr, h);
	if (h->f == tc_limits_alloc_samples && !((tc_limits *)h->ud)->mem_default)
		lua_gc(L, LUA_GCCOLLECT); /* under --memory-limit, a refusal names what is needed: no garbage in it */
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, o.n);
	check_rc(L, tc_run_eval(h->run, err, sizeof err), err, o.n);
	rank_job rj;
	double *rho = push_rho(L, h, &o, nranked, &rj);            /* 8: rho or nil */
	push_summaries(L, h, &o, nout, nfull, nranked, rho, &rj);  /* 9: results */
	if (!o.keep)
		return 1;
	samples *s = lua_newuserdatauv(L, sizeof *s, 1);           /* 10 */
	s->run = NULL;
	s->nout = nfull; /* only full outputs keep their samples */
	luaL_setmetatable(L, SAMPLES_MT);
	lua_pushvalue(L, 5);
	lua_setiuservalue(L, 10, 1);
	s->run = h->run; /* the samples own the run from here on */
	h->run = NULL;
	return 2;
}

/* ---- kept samples ------------------------------------------------------- */

static samples *check_samples(lua_State *L)
{
	samples *s = luaL_checkudata(L, 1, SAMPLES_MT);
	if (!s->run)
		luaL_error(L, "samples: these samples were released");
	return s;
}

static int samples_gc(lua_State *L)
{
	samples *s = luaL_checkudata(L, 1, SAMPLES_MT);
	tc_run_free(s->run);
	s->run = NULL;
	return 0;
}

/* samples:shape() -> samples, outputs, inputs: the number of rows and of
 * each kind of column. Writing them as CSV is lib-lua's (report.lua, with
 * the quoting and number rules of every other CSV tcost writes). */
static int samples_shape(lua_State *L)
{
	samples *s = check_samples(L);
	lua_pushinteger(L, (lua_Integer)tc_run_samples(s->run));
	lua_pushinteger(L, (lua_Integer)s->nout);
	lua_pushinteger(L, (lua_Integer)tc_run_ninputs(s->run));
	return 3;
}

/* samples:labels() -> the label of each uncertain input, in column order
 * (an unlabelled input is "input_N"). */
static int samples_labels(lua_State *L)
{
	samples *s = check_samples(L);
	size_t nin = tc_run_ninputs(s->run);
	luaL_checkstack(L, 4, "labels");
	lua_createtable(L, (int)(nin < MAX_LIST ? nin : MAX_LIST), 0);
	for (size_t i = 0; i < nin; i++) {
		tcost_mc_push_label(L, tc_run_input(s->run, i));
		if (lua_type(L, -1) != LUA_TSTRING) {
			lua_pop(L, 1);
			lua_pushfstring(L, "input_%I", (lua_Integer)i + 1);
		}
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* samples:column(i) -> the values of column i (outputs first, then inputs),
 * one per sample, in sample order. */
static int samples_column(lua_State *L)
{
	samples *s = check_samples(L);
	size_t n = tc_run_samples(s->run), nin = tc_run_ninputs(s->run), len;
	lua_Integer i = luaL_checkinteger(L, 2);
	luaL_argcheck(L, i >= 1 && (size_t)i <= s->nout + nin, 2, "no such column");
	size_t c = (size_t)i - 1;
	const double *v = c < s->nout ? tc_run_output(s->run, c) : tc_run_input_values(s->run, c - s->nout, &len);
	lua_createtable(L, n < (size_t)INT32_MAX ? (int)n : INT32_MAX, 0);
	for (size_t k = 0; k < n; k++) {
		lua_pushnumber(L, v[k]);
		lua_rawseti(L, -2, (lua_Integer)k + 1);
	}
	return 1;
}

/* ---- point, inputs, median -------------------------------------------- */

/* point(outputs, overrides) -> values with every leaf at its median except
 * the overridden ones. */
static int point_eval(lua_State *L)
{
	size_t nout, nover = 0;
	char err[ERRLEN];
	lua_settop(L, 2);
	tc_node **outs = collect_outputs(L, 1, "point", &nout); /* 3, 4 */
	if (!lua_isnil(L, 2)) {
		luaL_checktype(L, 2, LUA_TTABLE);
		for (lua_pushnil(L); lua_next(L, 2); lua_pop(L, 1))
			if (++nover > MAX_LIST)
				return luaL_error(L, "point: too many overrides");
	}
	const tc_node **over = lua_newuserdatauv(L, (nover ? nover : 1) * sizeof *over, 0); /* 5 */
	double *val = lua_newuserdatauv(L, (nover ? nover : 1) * sizeof *val, 0);          /* 6 */
	if (nover) {
		size_t k = 0;
		for (lua_pushnil(L); lua_next(L, 2); lua_pop(L, 1)) {
			lnode *u = test_node(L, -2);
			if (!u || u->nd.kind != TC_NODE_LEAF)
				return luaL_error(L, "point: overrides must be keyed by uncertain inputs (distributions)");
			if (lua_type(L, -1) != LUA_TNUMBER)
				return luaL_error(L, "point: override values must be numbers (got %s)", luaL_typename(L, -1));
			over[k] = &u->nd;
			val[k++] = lua_tonumber(L, -1);
		}
	}
	holder *h = push_holder(L); /* 7 */
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_POINT;
	ro.over = over;
	ro.over_value = val;
	ro.nover = nover;
	ro.alloc = h->f;
	ro.ud = h->ud;
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, 1);
	check_rc(L, tc_run_eval(h->run, err, sizeof err), err, 1);
	lua_createtable(L, (int)nout, 0);
	for (size_t i = 0; i < nout; i++) {
		lua_pushnumber(L, tc_run_output(h->run, i)[0]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* point(x) constructs; point(outputs, overrides) evaluates. */
static int tcost_mc_point(lua_State *L)
{
	tc_dist d;
	char err[ERRLEN];
	if (lua_type(L, 1) == LUA_TTABLE)
		return point_eval(L);
	double x = luaL_checknumber(L, 1);
	return tcost_mc_dist_result(L, tc_dist_point(&d, x, err, sizeof err), &d, err);
}

/* inputs(outputs) -> the labeled leaves reached, in order of first reach. */
static int tcost_mc_inputs(lua_State *L)
{
	size_t nout;
	char err[ERRLEN];
	lua_settop(L, 1);
	tc_node **outs = collect_outputs(L, 1, "inputs", &nout); /* 2, 3 */
	holder *h = push_holder(L);                              /* 4 */
	tc_run_opts ro = {0};
	ro.mode = TC_RUN_WALK;
	ro.alloc = h->f;
	ro.ud = h->ud;
	check_rc(L, tc_run_new(&h->run, outs, nout, &ro, err, sizeof err), err, 1);
	size_t nin = tc_run_ninputs(h->run);
	lua_createtable(L, nin < INT32_MAX ? (int)nin : 0, 0);
	for (size_t j = 0; j < nin; j++) {
		luaL_checkstack(L, 2, NULL);
		tcost_mc_push_leaf_of(L, tc_run_input(h->run, j));
		lua_rawseti(L, -2, (lua_Integer)j + 1);
	}
	return 1;
}

/* median(x): a number is itself; a leaf gives its exact median; an
 * expression gives its value with every leaf at its median. */
static int tcost_mc_median(lua_State *L)
{
	lnode *u;
	lua_settop(L, 1);
	if (lua_type(L, 1) == LUA_TNUMBER)
		return 1;
	u = check_node(L, 1);
	if (u->nd.kind == TC_NODE_LEAF) {
		lua_pushnumber(L, tc_dist_quantile(&u->nd.dist, 0.5));
		return 1;
	}
	lua_createtable(L, 1, 0);
	lua_pushvalue(L, 1);
	lua_rawseti(L, -2, 1);
	lua_replace(L, 1);
	lua_pushnil(L);
	point_eval(L);
	lua_rawgeti(L, -1, 1);
	return 1;
}

/* ---- classes ------------------------------------------------------------ */

static const luaL_Reg holder_meta[] = {
	{"__gc", holder_gc},
	{"__close", holder_gc},
	{NULL, NULL}
};

static const luaL_Reg samples_meta[] = {
	{"__gc", samples_gc},
	{"__close", samples_gc},
	{NULL, NULL}
};

static const luaL_Reg samples_methods[] = {
	{"shape", samples_shape},
	{"labels", samples_labels},
	{"column", samples_column},
	{NULL, NULL}
};

static const luaL_Reg run_funcs[] = {
	{"run", tcost_mc_run},
	{"point", tcost_mc_point},
	{"inputs", tcost_mc_inputs},
	{"median", tcost_mc_median},
	{NULL, NULL}
};

/* The module tcost.c.mc: the node functions of lua_mc.c and the run
 * functions here, with the classes of nodes, runs (holders) and kept
 * samples created once per state. */
int luaopen_tcost_mc(lua_State *L)
{
	tcost_mc_node_setup(L);
	tcost_mc_new_class(L, HOLDER_MT, holder_meta, NULL);
	tcost_mc_new_class(L, SAMPLES_MT, samples_meta, samples_methods);
	lua_newtable(L);
	luaL_setfuncs(L, tcost_mc_node_funcs, 0);
	luaL_setfuncs(L, run_funcs, 0);
	return 1;
}
