/* mc.h: the Monte Carlo engine: a graph of uncertain values and its chunked
 * evaluator.
 *
 * Nodes form an immutable DAG: a leaf holds a distribution, a const a
 * number, an op or indicator combines one or two children, a prim applies a
 * cost primitive (prim.h) to up to TC_PRIM_MAXARGS children. Nodes are owned
 * by the caller (lua_mc.c keeps them in userdata) and must stay alive and
 * unchanged during any call that receives them.
 *
 * A run evaluates the graph in chunks of TC_MC_CHUNK samples: per chunk,
 * leaves draw their samples, then every node is evaluated once, in
 * topological order, into a chunk buffer recycled as soon as its last
 * consumer is done. Every output's moments are summarized per chunk; only
 * the first nfull outputs are copied into full-length arrays for the caller,
 * the others are summarized by the engine (see TC_MC_PILOT). Chunks are
 * handed to threads dynamically; every result is the same for any number of
 * threads and any schedule.
 *
 * Every leaf draws from its own stream (rng.h), seeded from the run seed and
 * the leaf's stable id: the FNV-1a hash of its label when it has one, else
 * its ordinal, which the Lua binding makes its place in the file that created
 * it (lua_mc.c, stream_scope). Leaves with the same label share their stream,
 * so two scenarios naming the same input see the same draws.
 * Correlated leaves are drawn together by a Gaussian copula (see mc.c).
 * What is not here: the Lua binding (lua_mc.c), summaries (stats.c). */
#ifndef TCOST_MC_H
#define TCOST_MC_H

#include <stddef.h>
#include <stdint.h>
#include "dist.h"
#include "prim.h"

#define TC_MC_CHUNK 2048
/* A run uses a helper thread only when every worker gets this many chunks:
 * at 20,000 samples (10 chunks) two threads measured 1 ms slower than one
 * (27.8 against 26.8 ms, full_development_cost, 15 alternating runs), the
 * wake-ups costing more than the shared work saves. */
#define TC_MC_CHUNKS_PER_WORKER 8
#define TC_MC_MAX_SAMPLES 100000000u

/* Summarized outputs of a run of n >= TC_MC_STREAM_MIN samples (by default)
 * keep no array of n values: their moments come from per-chunk summaries
 * joined in chunk order, their percentiles exactly from one pass: the first
 * TC_MC_PILOT samples, or n / TC_MC_PILOT_SHARE when that is more (a part
 * of the run, not an extra draw), place a window about TC_MC_WINDOW_Z
 * standard errors wide around each wanted rank (stats.h, tc_stats_windows);
 * the pass counts the values below and on each window's ends and keeps those
 * inside, a few percent of n. A rank that falls
 * outside its window (odds about 1e-9 per rank) costs one more evaluation of
 * the same samples with that output kept whole: results are always exact,
 * and the same for any number of threads and any order of chunks. */
#define TC_MC_PILOT (16 * TC_MC_CHUNK)
#define TC_MC_PILOT_SHARE 64
#define TC_MC_STREAM_MIN (8 * TC_MC_PILOT)
#define TC_MC_WINDOW_Z 6.0

enum tc_node_kind { TC_NODE_LEAF, TC_NODE_CONST, TC_NODE_OP, TC_NODE_PRIM, TC_NODE_IND };

enum tc_op {
	TC_OP_ADD, TC_OP_SUB, TC_OP_MUL, TC_OP_DIV, TC_OP_POW, TC_OP_NEG, TC_OP_MIN, TC_OP_MAX,
	TC_OP_GT, TC_OP_LT, TC_OP_GE, TC_OP_LE /* indicators: 1 when the relation holds, else 0 */
};

typedef struct tc_node {
	int kind;             /* enum tc_node_kind */
	int op;               /* enum tc_op: OP and IND nodes */
	int nkid;
	struct tc_node *kid[TC_PRIM_MAXARGS];
	double value;         /* CONST */
	tc_dist dist;         /* LEAF */
	const tc_prim *prim;  /* PRIM */
	const char *label;    /* LEAF: NULL or the input's name; the caller owns it */
	uint64_t ordinal;     /* creation order; the stream id of an unlabeled leaf */
} tc_node;

/* Initializers; they only fill the struct (children are borrowed). */
void tc_node_leaf(tc_node *nd, const tc_dist *d, uint64_t ordinal);
void tc_node_const(tc_node *nd, double x);
void tc_node_op(tc_node *nd, int op, tc_node *a, tc_node *b); /* b NULL for TC_OP_NEG */
void tc_node_prim(tc_node *nd, const tc_prim *p, tc_node *const *args);

/* The stable id of a leaf (see above). */
uint64_t tc_node_id(const tc_node *nd);

/* A requested rank correlation between two leaves. */
typedef struct tc_corr {
	const tc_node *a, *b;
	double rank_rho; /* Spearman, in (-1, 1) */
} tc_corr;

/* Same contract as lua_Alloc: nsize 0 frees ptr and returns NULL; otherwise
 * returns a block of nsize bytes or NULL. osize is the old size (0 for a new
 * block). */
typedef void *(*tc_allocf)(void *ud, void *ptr, size_t osize, size_t nsize);

enum tc_run_mode {
	TC_RUN_WALK,   /* only find the nodes and inputs; nothing is evaluated */
	TC_RUN_POINT,  /* one evaluation, every leaf at its median or an override */
	TC_RUN_SAMPLE  /* n samples */
};

typedef struct tc_run_opts {
	int mode;                     /* enum tc_run_mode */
	size_t n;                     /* SAMPLE: 1 .. TC_MC_MAX_SAMPLES */
	uint64_t seed;                /* SAMPLE */
	size_t inputs_of;             /* SAMPLE: keep every sample of the labeled inputs that outputs
	                                 [0, inputs_of) depend on (rank correlations, export) */
	size_t nfull;                 /* SAMPLE: outputs [0, nfull) keep all n samples for the caller; the
	                                 others are summarized by the engine (moments, percentiles) */
	const double *pct;            /* SAMPLE: the percentiles of the summarized outputs, each in [0, 100] */
	size_t npct;
	size_t npct_out;              /* SAMPLE: summarized outputs [nfull, npct_out) get percentiles, the rest
	                                 only moments (SIZE_MAX: all of them) */
	int stream;                   /* SAMPLE: summarized outputs in one pass without keeping their samples:
	                                 -1 when n is large (the default), 0 never, 1 whenever n > TC_MC_PILOT */
	double window_z;              /* SAMPLE: width of the windows in standard errors; 0: TC_MC_WINDOW_Z */
	const tc_corr *corr;          /* SAMPLE: correlations; those not between two reached leaves are ignored */
	size_t ncorr;
	const tc_node *const *over;   /* POINT: leaves given fixed values */
	const double *over_value;
	size_t nover;
	tc_allocf alloc;              /* every byte of the run comes from here */
	void *ud;
} tc_run_opts;

typedef struct tc_run tc_run;

/* Results of tc_run_new and tc_run_eval. */
enum { TC_MC_OK = 0, TC_MC_ERROR = -1 /* message in err */, TC_MC_NOMEM = -2 };

/* Plans a run of outputs[0..nout) (each not NULL): finds the reachable
 * nodes, the labeled inputs (in order of first reach, depth first, outputs
 * in order), correlation groups, buffers. On success *out owns everything;
 * free it with tc_run_free. On failure *out is NULL and nothing leaks. */
int tc_run_new(tc_run **out, tc_node *const *outputs, size_t nout, const tc_run_opts *o,
               char *err, size_t errlen);

/* Evaluates a POINT or SAMPLE run. Fails when a primitive's arguments do not
 * hold in some sample ("<prim message> (in sample K)") or an output is NaN. */
int tc_run_eval(tc_run *r, char *err, size_t errlen);

/* Output i's values (n of them; 1 for POINT), valid after tc_run_eval
 * until tc_run_free, for i < nfull (every output of a POINT run). Writable:
 * callers may reorder them (percentiles). */
double *tc_run_output(tc_run *r, size_t i);

/* SAMPLE, after tc_run_eval: output i's mean, sd (n - 1), min and max from
 * all samples (every output), and its percentiles (opts.pct; nfull <= i <
 * npct_out). */
void tc_run_moments(const tc_run *r, size_t i, double *mean, double *sd, double *min, double *max);
const double *tc_run_percentiles(const tc_run *r, size_t i);
size_t tc_run_samples(const tc_run *r);

/* How many threads the run's loops use (1 for a small run, see
 * TC_MC_CHUNKS_PER_WORKER): callers that summarize its outputs in parallel
 * use as many. */
int tc_run_workers(const tc_run *r);

/* The labeled inputs reached, their kept samples (all n of those
 * opts.inputs_of asks for, else NULL with *len 0; the caller may write over
 * them once it has read them), and whether output i depends on input j. */
size_t tc_run_ninputs(const tc_run *r);
const tc_node *tc_run_input(const tc_run *r, size_t j);
double *tc_run_input_values(const tc_run *r, size_t j, size_t *len);
int tc_run_uses(const tc_run *r, size_t i, size_t j);

/* Frees r and everything it holds; NULL is fine. */
void tc_run_free(tc_run *r);

#endif
