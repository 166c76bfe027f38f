/* mc.c: the Monte Carlo graph and its chunked evaluator (see mc.h).
 *
 * Planning (tc_run_new): an iterative depth-first walk from the outputs gives
 * the nodes in topological order (post-order) and the labeled inputs in
 * order of first reach (pre-order); chunk buffers are then assigned like
 * registers: a node's buffer returns to a free list once its last consumer
 * has been evaluated, so a long chain needs only a few buffers.
 *
 * Correlation (Gaussian copula): leaves linked by requested rank
 * correlations form groups. In each group, every leaf draws an independent
 * standard normal e from its own stream; z = L·e with L the Cholesky factor
 * of the normal-space correlation matrix; the leaf's sample is its quantile
 * at Φ(z). A Spearman rs becomes the normal-space Pearson rho = 2·sin(π·rs/6),
 * the exact relation for a bivariate normal, so the samples' rank
 * correlation is rs whatever the marginals. */
#include "mc.h"
#include "parallel.h"

#include <float.h>
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "stats.h"

#define NONE SIZE_MAX
#define PI 3.14159265358979323846

/* ---- nodes ------------------------------------------------------------ */

void tc_node_leaf(tc_node *nd, const tc_dist *d, uint64_t ordinal)
{
	memset(nd, 0, sizeof *nd);
	nd->kind = TC_NODE_LEAF;
	nd->dist = *d;
	nd->ordinal = ordinal;
}

void tc_node_const(tc_node *nd, double x)
{
	memset(nd, 0, sizeof *nd);
	nd->kind = TC_NODE_CONST;
	nd->value = x;
}

void tc_node_op(tc_node *nd, int op, tc_node *a, tc_node *b)
{
	memset(nd, 0, sizeof *nd);
	nd->kind = op >= TC_OP_GT ? TC_NODE_IND : TC_NODE_OP;
	nd->op = op;
	nd->kid[0] = a;
	nd->kid[1] = b;
	nd->nkid = b ? 2 : 1;
}

void tc_node_prim(tc_node *nd, const tc_prim *p, tc_node *const *args)
{
	memset(nd, 0, sizeof *nd);
	nd->kind = TC_NODE_PRIM;
	nd->prim = p;
	nd->nkid = p->nargs;
	for (int i = 0; i < p->nargs; i++)
		nd->kid[i] = args[i];
}

uint64_t tc_node_id(const tc_node *nd)
{
	if (nd->label)
		return tc_fnv1a64(nd->label, strlen(nd->label));
	return nd->ordinal;
}

/* ---- the run's memory ----------------------------------------------- */

/* Every block of a run is linked in one list so tc_run_free (and every
 * error path) frees all of it; the header keeps 16-byte alignment. */
typedef struct block {
	struct block *prev, *next;
	size_t size; /* header included */
} block;
#define HDR ((sizeof(block) + 15) & ~(size_t)15)

/* What the run does with each output's samples. */
enum {
	OUT_FULL,   /* an array of n for the caller (i < nfull) */
	OUT_KEEP,   /* an array of n the engine selects percentiles from */
	OUT_STREAM, /* the pilot's samples, then windows (see mc.h) */
	OUT_SKIP,   /* moments only (no percentiles wanted, or a second pass) */
	OUT_DERIVED /* moments; percentiles from its source's (plan_derived) */
};

/* A streamed output: its windows, counters and the values inside. */
struct stream {
	size_t nw;
	double *a, *b;    /* nw windows (room for nrank) */
	tc_cellmap *map;  /* the windows' cell map */
	size_t *cells;    /* per worker: 4·nrank + 1 counters */
	double *in;       /* the values inside the windows, in any order */
	size_t cap;
	atomic_size_t len; /* may pass cap: then over is set */
	atomic_int over;
};

struct group {
	size_t size;
	size_t *member; /* topo indices, ascending */
	double *L;      /* size × size, lower triangle, row-major */
};

struct tc_run {
	tc_allocf alloc;
	void *ud;
	block *blocks;
	int mode;
	size_t inputs_of;  /* keep the samples of inputs that outputs [0, inputs_of) use */
	size_t n, chunk;
	uint64_t seed;
	/* the graph in topological order */
	size_t m;
	const tc_node **node;
	size_t *kid;       /* m × TC_PRIM_MAXARGS topo indices */
	size_t *slot;      /* chunk buffer of each node */
	size_t nslot;
	int workers;       /* chunks are evaluated on this many threads */
	double **buf;      /* per worker: nslot × chunk */
	tc_rng **rng;      /* per worker: one stream per leaf, re-seeded every chunk */
	double *fixed;     /* per leaf (POINT) */
	size_t *group_of;  /* per node: its correlation group or NONE */
	struct group *group;
	size_t ngroup;
	/* outputs */
	size_t nout;
	size_t *out_node, *first_out, *next_out;
	double **out;
	size_t nfull, npct, nrank;
	double *pct;       /* npct */
	size_t *rank;      /* nrank: the ranks the percentiles read */
	int *omode;        /* per output: OUT_* */
	tc_moments *cmom;  /* chunks × nout: each chunk's moments */
	double *mom;       /* nout × 4: mean, sd, min, max */
	double *pv;        /* nout × npct */
	double *ov;        /* nout × nrank: the values at the ranks (OUT_KEEP, OUT_DERIVED) */
	size_t *src;       /* per output: the output an OUT_DERIVED one comes from */
	size_t pilot;      /* streamed outputs: samples of the pilot (a multiple of chunk), else 0 */
	struct stream *st; /* per output */
	double **tmp;      /* per worker: a chunk of values inside windows */
	double window_z;
	int pass2;         /* evaluating again for outputs whose windows missed */
	/* labeled inputs */
	size_t nin, in_len;
	size_t *in_node, *in_of;
	double **in;
	unsigned char *uses; /* nout × nin */
};

/* count × size bytes from the run's allocator, or NULL (also on overflow). */
static void *rmem(tc_run *r, size_t count, size_t size)
{
	if (size && count > (SIZE_MAX - HDR) / size)
		return NULL;
	size_t bytes = HDR + count * size;
	block *b = r->alloc(r->ud, NULL, 0, bytes);
	if (!b)
		return NULL;
	b->size = bytes;
	b->prev = NULL;
	b->next = r->blocks;
	if (r->blocks)
		r->blocks->prev = b;
	r->blocks = b;
	return (char *)b + HDR;
}

static void rfree(tc_run *r, void *p)
{
	if (!p)
		return;
	block *b = (block *)(void *)((char *)p - HDR);
	if (b->prev)
		b->prev->next = b->next;
	else
		r->blocks = b->next;
	if (b->next)
		b->next->prev = b->prev;
	r->alloc(r->ud, b, b->size, 0);
}

/* Makes room for need elements in *arr (capacity *cap), doubling. */
static int grow(tc_run *r, void **arr, size_t *cap, size_t size, size_t need)
{
	if (need <= *cap)
		return 0;
	size_t nc = *cap ? *cap : 16;
	while (nc < need) {
		if (nc > SIZE_MAX / 2)
			return -1;
		nc *= 2;
	}
	void *p = rmem(r, nc, size);
	if (!p)
		return -1;
	if (*arr)
		memcpy(p, *arr, *cap * size);
	rfree(r, *arr);
	*arr = p;
	*cap = nc;
	return 0;
}

void tc_run_free(tc_run *r)
{
	if (!r)
		return;
	while (r->blocks)
		rfree(r, (char *)r->blocks + HDR);
	r->alloc(r->ud, r, sizeof *r, 0);
}

/* ---- node index: open addressing from node pointer to topo index ---- */

typedef struct pmap {
	const tc_node **key;
	size_t *val;
	size_t cap, count; /* cap a power of two, count <= cap / 2 */
} pmap;

static size_t phash(const tc_node *p, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15u;
	return (size_t)(h ^ (h >> 29)) & (cap - 1);
}

static size_t *pmap_find(const pmap *mp, const tc_node *p)
{
	if (!mp->cap)
		return NULL;
	for (size_t i = phash(p, mp->cap);; i = (i + 1) & (mp->cap - 1)) {
		if (mp->key[i] == p)
			return &mp->val[i];
		if (!mp->key[i])
			return NULL;
	}
}

static int pmap_put(tc_run *r, pmap *mp, const tc_node *p, size_t v)
{
	if (2 * (mp->count + 1) > mp->cap) {
		pmap old = *mp;
		size_t nc = old.cap ? old.cap * 2 : 64;
		if (nc < old.cap)
			return -1;
		mp->key = rmem(r, nc, sizeof *mp->key);
		mp->val = rmem(r, nc, sizeof *mp->val);
		if (!mp->key || !mp->val)
			return -1; /* the run's list still owns every block */
		memset(mp->key, 0, nc * sizeof *mp->key);
		mp->cap = nc;
		mp->count = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.key[i])
				pmap_put(r, mp, old.key[i], old.val[i]);
		rfree(r, old.key);
		rfree(r, old.val);
	}
	size_t i = phash(p, mp->cap);
	while (mp->key[i])
		i = (i + 1) & (mp->cap - 1);
	mp->key[i] = p;
	mp->val[i] = v;
	mp->count++;
	return 0;
}

/* ---- planning --------------------------------------------------------- */

/* Depth-first walk from the outputs: r->node in post-order, labeled leaves
 * in pre-order into r->in_node, the index of every node in *mp. */
static int walk(tc_run *r, pmap *mp, tc_node *const *outputs, size_t nout)
{
	struct frame { const tc_node *nd; int next; } *stack = NULL;
	size_t sp = 0, scap = 0, ncap = 0, icap = 0;
	for (size_t o = 0; o < nout; o++) {
		const tc_node *start = outputs[o];
		if (pmap_find(mp, start))
			continue;
		if (pmap_put(r, mp, start, NONE) || grow(r, (void **)&stack, &scap, sizeof *stack, 1))
			return TC_MC_NOMEM;
		if (start->kind == TC_NODE_LEAF && start->label) {
			if (grow(r, (void **)&r->in_node, &icap, sizeof(size_t), r->nin + 1))
				return TC_MC_NOMEM;
			r->in_node[r->nin++] = (size_t)(uintptr_t)start; /* pointer for now */
		}
		stack[0].nd = start;
		stack[0].next = 0;
		sp = 1;
		while (sp) {
			struct frame *f = &stack[sp - 1];
			if (f->next < f->nd->nkid) {
				const tc_node *k = f->nd->kid[f->next++];
				if (pmap_find(mp, k))
					continue;
				if (pmap_put(r, mp, k, NONE) ||
				    grow(r, (void **)&stack, &scap, sizeof *stack, sp + 1))
					return TC_MC_NOMEM;
				if (k->kind == TC_NODE_LEAF && k->label) {
					if (grow(r, (void **)&r->in_node, &icap, sizeof(size_t), r->nin + 1))
						return TC_MC_NOMEM;
					r->in_node[r->nin++] = (size_t)(uintptr_t)k;
				}
				stack[sp].nd = k;
				stack[sp].next = 0;
				sp++;
			} else {
				if (grow(r, (void **)&r->node, &ncap, sizeof *r->node, r->m + 1))
					return TC_MC_NOMEM;
				*pmap_find(mp, f->nd) = r->m;
				r->node[r->m++] = f->nd;
				sp--;
			}
		}
	}
	rfree(r, stack);
	/* pre-order pointers to topo indices */
	for (size_t j = 0; j < r->nin; j++)
		r->in_node[j] = *pmap_find(mp, (const tc_node *)(uintptr_t)r->in_node[j]);
	return TC_MC_OK;
}

/* Register-style assignment of chunk buffers (see the file comment). */
static int assign_slots(tc_run *r)
{
	size_t m = r->m, nfree = 0;
	size_t *last = rmem(r, m, sizeof *last), *freel = rmem(r, m, sizeof *freel);
	r->slot = rmem(r, m, sizeof *r->slot);
	if (!last || !freel || !r->slot)
		return TC_MC_NOMEM;
	for (size_t t = 0; t < m; t++)
		last[t] = NONE;
	for (size_t t = 0; t < m; t++)
		for (int k = 0; k < r->node[t]->nkid; k++)
			last[r->kid[t * TC_PRIM_MAXARGS + k]] = t;
#define TAKE() (nfree ? freel[--nfree] : r->nslot++)
	for (size_t t = 0; t < m; t++) /* constants keep theirs, filled once */
		if (r->node[t]->kind == TC_NODE_CONST)
			r->slot[t] = r->nslot++;
	for (size_t t = 0; t < m; t++) /* correlated leaves are drawn first in every chunk */
		if (r->group_of[t] != NONE)
			r->slot[t] = TAKE();
	for (size_t t = 0; t < m; t++) {
		const tc_node *nd = r->node[t];
		if (nd->kind != TC_NODE_CONST && r->group_of[t] == NONE)
			r->slot[t] = TAKE();
		for (int k = 0; k < nd->nkid; k++) {
			size_t c = r->kid[t * TC_PRIM_MAXARGS + k];
			int seen = 0;
			for (int q = 0; q < k; q++)
				seen |= r->kid[t * TC_PRIM_MAXARGS + q] == c;
			if (!seen && last[c] == t && r->node[c]->kind != TC_NODE_CONST)
				freel[nfree++] = r->slot[c];
		}
		if (last[t] == NONE && nd->kind != TC_NODE_CONST)
			freel[nfree++] = r->slot[t];
	}
#undef TAKE
	rfree(r, last);
	rfree(r, freel);
	return TC_MC_OK;
}

static const char *name_of(const tc_node *nd)
{
	return nd->label ? nd->label : "(unnamed input)";
}

/* In-place Cholesky of the s × s matrix a (row-major, lower triangle used).
 * Returns -1 when a is not positive definite (a pivot <= 1e-10). */
static int cholesky(double *a, size_t s)
{
	for (size_t j = 0; j < s; j++) {
		double d = a[j * s + j];
		for (size_t k = 0; k < j; k++)
			d -= a[j * s + k] * a[j * s + k];
		if (!(d > 1e-10))
			return -1;
		d = sqrt(d);
		a[j * s + j] = d;
		for (size_t i = j + 1; i < s; i++) {
			double v = a[i * s + j];
			for (size_t k = 0; k < j; k++)
				v -= a[i * s + k] * a[j * s + k];
			a[i * s + j] = v / d;
		}
		for (size_t k = j + 1; k < s; k++)
			a[j * s + k] = 0.0;
	}
	return 0;
}

static size_t uf_root(size_t *parent, size_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/* Links the leaves of every requested correlation between two reached
 * leaves (union-find in parent) and marks them (pos[t] = 0). Returns
 * whether any was linked. */
static int link_groups(const tc_run *r, const pmap *mp, const tc_run_opts *o, size_t *parent, size_t *pos)
{
	int any = 0;
	for (size_t c = 0; c < o->ncorr; c++) {
		size_t *ia = pmap_find(mp, o->corr[c].a), *ib = pmap_find(mp, o->corr[c].b);
		if (!ia || !ib || *ia == *ib || r->node[*ia]->kind != TC_NODE_LEAF ||
		    r->node[*ib]->kind != TC_NODE_LEAF)
			continue;
		parent[uf_root(parent, *ia)] = uf_root(parent, *ib);
		pos[*ia] = pos[*ib] = 0; /* marks "correlated" */
		any = 1;
	}
	return any;
}

/* Numbers the groups by their first member in topological order, allocates
 * them with an identity matrix, and lists their members (pos[t]: t's place
 * in its group). */
static int number_groups(tc_run *r, size_t *parent, size_t *pos, size_t *root_group)
{
	size_t m = r->m;
	for (size_t t = 0; t < m; t++) {
		if (pos[t] == NONE)
			continue;
		size_t root = uf_root(parent, t);
		if (root_group[root] == NONE)
			root_group[root] = r->ngroup++;
		r->group_of[t] = root_group[root];
	}
	r->group = rmem(r, r->ngroup, sizeof *r->group);
	if (!r->group)
		return TC_MC_NOMEM;
	memset(r->group, 0, r->ngroup * sizeof *r->group);
	for (size_t t = 0; t < m; t++)
		if (r->group_of[t] != NONE)
			r->group[r->group_of[t]].size++;
	for (size_t g = 0; g < r->ngroup; g++) {
		struct group *gr = &r->group[g];
		size_t s = gr->size, cells;
		if (s > SIZE_MAX / s)
			return TC_MC_NOMEM;
		cells = s * s;
		gr->member = rmem(r, s, sizeof *gr->member);
		gr->L = rmem(r, cells, sizeof *gr->L);
		if (!gr->member || !gr->L)
			return TC_MC_NOMEM;
		for (size_t i = 0; i < cells; i++)
			gr->L[i] = i % (s + 1) == 0 ? 1.0 : 0.0;
		gr->size = 0;
	}
	for (size_t t = 0; t < m; t++) {
		if (r->group_of[t] == NONE)
			continue;
		struct group *gr = &r->group[r->group_of[t]];
		pos[t] = gr->size;
		gr->member[gr->size++] = t;
	}
	return TC_MC_OK;
}

/* "correlate: the correlations between 'a', 'b' and 'c' are not consistent ..." */
static int inconsistent(const tc_run *r, const struct group *gr, char *err, size_t errlen)
{
	size_t len = 0;
	len += (size_t)snprintf(err, errlen, "correlate: the correlations between ");
	for (size_t i = 0; i < gr->size && len < errlen; i++) {
		const char *sep = i == 0 ? "" : i + 1 == gr->size ? " and " : ", ";
		len += (size_t)snprintf(err + len, errlen - len, "%s'%s'", sep, name_of(r->node[gr->member[i]]));
	}
	if (len < errlen)
		snprintf(err + len, errlen - len, " are not consistent (their correlation matrix is not positive definite)");
	return TC_MC_ERROR;
}

/* Each group's normal-space correlations and their Cholesky factor. */
static int factor_groups(tc_run *r, const pmap *mp, const tc_run_opts *o, const size_t *pos, char *err,
                         size_t errlen)
{
	for (size_t c = 0; c < o->ncorr; c++) {
		size_t *ia = pmap_find(mp, o->corr[c].a), *ib = pmap_find(mp, o->corr[c].b);
		if (!ia || !ib || *ia == *ib || r->group_of[*ia] == NONE)
			continue;
		struct group *gr = &r->group[r->group_of[*ia]];
		double rho = 2.0 * sin(PI * o->corr[c].rank_rho / 6.0);
		gr->L[pos[*ia] * gr->size + pos[*ib]] = rho;
		gr->L[pos[*ib] * gr->size + pos[*ia]] = rho;
	}
	for (size_t g = 0; g < r->ngroup; g++)
		if (cholesky(r->group[g].L, r->group[g].size) != 0)
			return inconsistent(r, &r->group[g], err, errlen);
	return TC_MC_OK;
}

/* Groups of correlated leaves and their Cholesky factors. */
static int plan_groups(tc_run *r, const pmap *mp, const tc_run_opts *o, char *err, size_t errlen)
{
	size_t m = r->m, *parent, *pos, *root_group;
	int rc;
	r->group_of = rmem(r, m, sizeof *r->group_of);
	if (!r->group_of)
		return TC_MC_NOMEM;
	for (size_t t = 0; t < m; t++)
		r->group_of[t] = NONE;
	if (o->mode != TC_RUN_SAMPLE || o->ncorr == 0)
		return TC_MC_OK;
	parent = rmem(r, m, sizeof *parent);
	pos = rmem(r, m, sizeof *pos);
	root_group = rmem(r, m, sizeof *root_group);
	if (!parent || !pos || !root_group)
		return TC_MC_NOMEM; /* the run's list owns every block */
	for (size_t t = 0; t < m; t++) {
		parent[t] = t;
		root_group[t] = NONE;
		pos[t] = NONE;
	}
	if (!link_groups(r, mp, o, parent, pos))
		rc = TC_MC_OK;
	else if ((rc = number_groups(r, parent, pos, root_group)) == TC_MC_OK)
		rc = factor_groups(r, mp, o, pos, err, errlen);
	rfree(r, parent);
	rfree(r, pos);
	rfree(r, root_group);
	return rc;
}

/* Which inputs each output reaches. */
static int plan_uses(tc_run *r)
{
	size_t m = r->m, sp;
	if (r->nin && r->nout > SIZE_MAX / r->nin)
		return TC_MC_NOMEM;
	unsigned char *seen = rmem(r, m, 1);
	size_t *stack = rmem(r, m, sizeof *stack);
	r->uses = rmem(r, r->nout * r->nin, 1);
	if (!seen || !stack || !r->uses)
		return TC_MC_NOMEM;
	for (size_t o = 0; o < r->nout; o++) {
		memset(seen, 0, m);
		stack[0] = r->out_node[o];
		seen[stack[0]] = 1;
		sp = 1;
		while (sp) {
			size_t t = stack[--sp];
			for (int k = 0; k < r->node[t]->nkid; k++) {
				size_t c = r->kid[t * TC_PRIM_MAXARGS + k];
				if (!seen[c]) {
					seen[c] = 1;
					stack[sp++] = c;
				}
			}
		}
		for (size_t j = 0; j < r->nin; j++)
			r->uses[o * r->nin + j] = seen[r->in_node[j]];
	}
	rfree(r, seen);
	rfree(r, stack);
	return TC_MC_OK;
}

/* The streamed outputs' windows and counters, and each worker's buffer of
 * values inside windows (see mc.h). */
static int plan_streams(tc_run *r)
{
	size_t ncell = 4 * r->nrank + 1;
	if ((size_t)r->workers > SIZE_MAX / ncell)
		return TC_MC_NOMEM;
	r->tmp = rmem(r, (size_t)r->workers, sizeof *r->tmp);
	if (!r->tmp)
		return TC_MC_NOMEM;
	for (int w = 0; w < r->workers; w++)
		if (!(r->tmp[w] = rmem(r, r->chunk, sizeof(double))))
			return TC_MC_NOMEM;
	for (size_t i = r->nfull; i < r->nout; i++) {
		struct stream *st = &r->st[i];
		memset(st, 0, sizeof *st);
		st->a = rmem(r, r->nrank + 1, sizeof *st->a);
		st->b = rmem(r, r->nrank + 1, sizeof *st->b);
		st->cells = rmem(r, (size_t)r->workers * ncell, sizeof *st->cells);
		st->map = rmem(r, 1, sizeof *st->map);
		if (!st->a || !st->b || !st->cells || !st->map)
			return TC_MC_NOMEM;
		memset(st->cells, 0, (size_t)r->workers * ncell * sizeof *st->cells);
		atomic_init(&st->len, 0);
		atomic_init(&st->over, 0);
	}
	return TC_MC_OK;
}

/* The pilot of a streamed run (mc.h): TC_MC_PILOT samples, or a 64th of the
 * run in whole chunks when that is more. A window's share of the samples
 * falls as one over the square root of the pilot, so at 1e7 samples the
 * values stored and selected drop from about 11% to 5% of the run. */
static size_t pilot_size(size_t n, size_t chunk)
{
	size_t p = n / TC_MC_PILOT_SHARE / chunk * chunk;
	return p > TC_MC_PILOT ? p : TC_MC_PILOT;
}

#define DERIVE_MAX_RANKS 128 /* more (64 percentiles): no derived outputs */

/* The kept output that output i is plus, minus, times or over a constant
 * (x + c, c + x, x - c, and x·c, c·x, x / c with c > 0, c finite), or NONE. */
static size_t derived_source(const tc_run *r, size_t i)
{
	size_t t = r->out_node[i];
	const tc_node *nd = r->node[t];
	if (r->omode[i] != OUT_KEEP || nd->kind != TC_NODE_OP || nd->nkid != 2)
		return NONE;
	const size_t *kid = r->kid + t * TC_PRIM_MAXARGS;
	int right = r->node[kid[1]]->kind == TC_NODE_CONST; /* x op c */
	if (!right && r->node[kid[0]]->kind != TC_NODE_CONST)
		return NONE;
	double c = r->node[kid[right ? 1 : 0]]->value;
	size_t j = r->first_out[kid[right ? 0 : 1]];
	int op = nd->op;
	int rises = op == TC_OP_ADD || (op == TC_OP_SUB && right) || (op == TC_OP_MUL && c > 0) ||
	            (op == TC_OP_DIV && right && c > 0);
	return rises && isfinite(c) && j != NONE && j != i && r->omode[j] == OUT_KEEP ? j : NONE;
}

/* Outputs derived from kept ones (derived_source): rounding every value by
 * the same operation never reverses two of them, so the k-th smallest of
 * such an output is that operation on the k-th smallest of its source, bit
 * for bit. It keeps no samples, and no selection runs for it. A source is
 * never itself derived. */
static void plan_derived(tc_run *r)
{
	for (size_t i = 0; i < r->nout; i++)
		r->src[i] = derived_source(r, i);
	for (size_t i = 0; i < r->nout; i++)
		if (r->src[i] != NONE && r->src[r->src[i]] != NONE)
			r->src[i] = NONE;
	for (size_t i = 0; i < r->nout; i++)
		if (r->src[i] != NONE)
			r->omode[i] = OUT_DERIVED;
}

/* A SAMPLE run's summaries: percentile ranks, per-chunk moments, what each
 * summarized output keeps. */
static int plan_summaries(tc_run *r, const tc_run_opts *o)
{
	size_t nout = r->nout, chunks = (r->n + r->chunk - 1) / r->chunk, nsum = nout - r->nfull;
	int stream = o->stream < 0 ? r->n >= TC_MC_STREAM_MIN : o->stream > 0 && r->n > TC_MC_PILOT;
	r->npct = o->npct;
	r->window_z = o->window_z > 0 ? o->window_z : TC_MC_WINDOW_Z;
	if (nout > SIZE_MAX / 4 || (r->npct && nout > SIZE_MAX / r->npct) || (nout && chunks > SIZE_MAX / nout))
		return TC_MC_NOMEM;
	r->pct = rmem(r, r->npct, sizeof *r->pct);
	r->rank = rmem(r, 2 * r->npct, sizeof *r->rank);
	r->cmom = rmem(r, chunks * nout, sizeof *r->cmom);
	r->mom = rmem(r, nout * 4, sizeof *r->mom);
	r->pv = rmem(r, nout * r->npct, sizeof *r->pv);
	r->ov = rmem(r, nout * 2 * r->npct, sizeof *r->ov);
	r->src = rmem(r, nout, sizeof *r->src);
	r->st = rmem(r, nout, sizeof *r->st);
	if (!r->pct || !r->rank || !r->cmom || !r->mom || !r->pv || !r->ov || !r->src || !r->st)
		return TC_MC_NOMEM;
	if (r->npct)
		memcpy(r->pct, o->pct, r->npct * sizeof *r->pct);
	r->nrank = tc_stats_pct_ranks(r->pct, r->npct, r->n, r->rank);
	r->pilot = stream && nsum && r->npct && o->npct_out > r->nfull ? pilot_size(r->n, r->chunk) : 0;
	for (size_t i = r->nfull; i < nout; i++)
		r->omode[i] = !r->npct || i >= o->npct_out ? OUT_SKIP : r->pilot ? OUT_STREAM : OUT_KEEP;
	for (size_t i = 0; i < nout; i++)
		r->src[i] = NONE;
	if (r->pilot)
		return plan_streams(r);
	if (r->nrank <= DERIVE_MAX_RANKS)
		plan_derived(r);
	return TC_MC_OK;
}

/* What each output keeps (OUT_*), its arrays, and the run's summaries. */
static int plan_outputs(tc_run *r, const tc_run_opts *o)
{
	size_t nout = r->nout;
	int rc;
	r->nfull = o->mode == TC_RUN_SAMPLE ? (o->nfull < nout ? o->nfull : nout) : nout;
	r->omode = rmem(r, nout, sizeof *r->omode);
	if (!r->omode)
		return TC_MC_NOMEM;
	for (size_t i = 0; i < nout; i++)
		r->omode[i] = OUT_FULL;
	if (o->mode == TC_RUN_SAMPLE && (rc = plan_summaries(r, o)) != TC_MC_OK)
		return rc;
	for (size_t i = 0; i < nout; i++) {
		int none = r->omode[i] == OUT_SKIP || r->omode[i] == OUT_DERIVED;
		size_t len = none ? 0 : r->omode[i] == OUT_STREAM ? r->pilot : r->n;
		r->out[i] = NULL;
		if (len && !(r->out[i] = rmem(r, len, sizeof(double))))
			return TC_MC_NOMEM;
	}
	return TC_MC_OK;
}

/* The outputs' and inputs' topological indices, and every node's children's. */
static int plan_index(tc_run *r, const pmap *mp, tc_node *const *outputs, int walk_only)
{
	size_t m = r->m;
	r->out_node = rmem(r, r->nout, sizeof *r->out_node);
	r->in_of = rmem(r, m, sizeof *r->in_of);
	if (!r->out_node || !r->in_of)
		return TC_MC_NOMEM;
	for (size_t i = 0; i < r->nout; i++)
		r->out_node[i] = *pmap_find(mp, outputs[i]);
	for (size_t t = 0; t < m; t++)
		r->in_of[t] = NONE;
	for (size_t j = 0; j < r->nin; j++)
		r->in_of[r->in_node[j]] = j;
	if (walk_only)
		return TC_MC_OK;
	r->kid = rmem(r, m, TC_PRIM_MAXARGS * sizeof *r->kid);
	if (!r->kid)
		return TC_MC_NOMEM;
	for (size_t t = 0; t < m; t++)
		for (int k = 0; k < r->node[t]->nkid; k++)
			r->kid[t * TC_PRIM_MAXARGS + k] = *pmap_find(mp, r->node[t]->kid[k]);
	return TC_MC_OK;
}

/* The workers, their chunk buffers (constants filled once), and each node's
 * list of outputs. */
static int plan_buffers(tc_run *r, const tc_run_opts *o)
{
	size_t m = r->m, nout = r->nout, chunks = (r->n + r->chunk - 1) / r->chunk;
	int w = o->mode == TC_RUN_SAMPLE ? tc_parallel_workers() : 1;
	if (r->nslot > SIZE_MAX / r->chunk)
		return TC_MC_NOMEM;
	/* a helper only when each worker gets TC_MC_CHUNKS_PER_WORKER chunks or
	 * more: on fewer, waking it costs more than it saves, and two threads
	 * must never be slower than one */
	r->workers = (size_t)w > chunks / TC_MC_CHUNKS_PER_WORKER ? (int)(chunks / TC_MC_CHUNKS_PER_WORKER) : w;
	if (r->workers < 1)
		r->workers = 1;
	r->buf = rmem(r, (size_t)r->workers, sizeof *r->buf);
	r->first_out = rmem(r, m, sizeof *r->first_out);
	r->next_out = rmem(r, nout, sizeof *r->next_out);
	r->out = rmem(r, nout, sizeof *r->out);
	if (!r->buf || !r->first_out || !r->next_out || !r->out)
		return TC_MC_NOMEM;
	for (w = 0; w < r->workers; w++)
		if (!(r->buf[w] = rmem(r, r->nslot * r->chunk, sizeof(double))))
			return TC_MC_NOMEM;
	for (size_t t = 0; t < m; t++) {
		r->first_out[t] = NONE;
		if (r->node[t]->kind == TC_NODE_CONST)
			for (w = 0; w < r->workers; w++)
				for (size_t i = 0; i < r->chunk; i++)
					r->buf[w][r->slot[t] * r->chunk + i] = r->node[t]->value;
	}
	for (size_t i = nout; i-- > 0;) { /* lists in output order */
		r->next_out[i] = r->first_out[r->out_node[i]];
		r->first_out[r->out_node[i]] = i;
	}
	return TC_MC_OK;
}

/* POINT: every leaf's value (its median, or the override). */
static int plan_point(tc_run *r, const pmap *mp, const tc_run_opts *o)
{
	r->fixed = rmem(r, r->m, sizeof *r->fixed);
	if (!r->fixed)
		return TC_MC_NOMEM;
	for (size_t t = 0; t < r->m; t++)
		if (r->node[t]->kind == TC_NODE_LEAF)
			r->fixed[t] = tc_dist_quantile(&r->node[t]->dist, 0.5);
	for (size_t v = 0; v < o->nover; v++) {
		size_t *ti = pmap_find(mp, o->over[v]);
		if (ti && r->node[*ti]->kind == TC_NODE_LEAF)
			r->fixed[*ti] = o->over_value[v];
	}
	return TC_MC_OK;
}

/* SAMPLE: each worker's streams, which inputs each output uses, and the
 * arrays of the inputs whose samples are kept. */
static int plan_sample(tc_run *r)
{
	int rc;
	r->rng = rmem(r, (size_t)r->workers, sizeof *r->rng);
	r->in = rmem(r, r->nin, sizeof *r->in);
	if (!r->rng || !r->in)
		return TC_MC_NOMEM;
	for (int w = 0; w < r->workers; w++)
		if (!(r->rng[w] = rmem(r, r->m, sizeof(tc_rng))))
			return TC_MC_NOMEM;
	if ((rc = plan_uses(r)) != 0)
		return rc;
	r->in_len = r->inputs_of ? r->n : 0;
	for (size_t j = 0; j < r->nin && r->in_len; j++) {
		int used = 0;
		r->in[j] = NULL;
		for (size_t i = 0; i < r->nout && i < r->inputs_of; i++)
			used |= r->uses[i * r->nin + j];
		if (used && !(r->in[j] = rmem(r, r->in_len, sizeof(double))))
			return TC_MC_NOMEM;
	}
	return TC_MC_OK;
}

static int plan(tc_run *r, tc_node *const *outputs, size_t nout, const tc_run_opts *o,
                char *err, size_t errlen)
{
	pmap mp = {0};
	int rc = walk(r, &mp, outputs, nout);
	r->nout = nout;
	if (rc == TC_MC_OK)
		rc = plan_index(r, &mp, outputs, o->mode == TC_RUN_WALK);
	if (rc != TC_MC_OK || o->mode == TC_RUN_WALK)
		return rc;
	if ((rc = plan_groups(r, &mp, o, err, errlen)) != 0 || (rc = assign_slots(r)) != 0 ||
	    (rc = plan_buffers(r, o)) != 0 || (rc = plan_outputs(r, o)) != 0)
		return rc;
	rc = o->mode == TC_RUN_POINT ? plan_point(r, &mp, o) : plan_sample(r);
	rfree(r, mp.key);
	rfree(r, mp.val);
	return rc;
}

int tc_run_new(tc_run **out, tc_node *const *outputs, size_t nout, const tc_run_opts *o,
               char *err, size_t errlen)
{
	tc_run *r;
	*out = NULL;
	if (o->mode == TC_RUN_SAMPLE && (o->n < 1 || o->n > TC_MC_MAX_SAMPLES)) {
		snprintf(err, errlen, "samples must be between 1 and %u (got %zu)", TC_MC_MAX_SAMPLES, o->n);
		return TC_MC_ERROR;
	}
	r = o->alloc(o->ud, NULL, 0, sizeof *r);
	if (!r)
		return TC_MC_NOMEM;
	memset(r, 0, sizeof *r);
	r->alloc = o->alloc;
	r->ud = o->ud;
	r->mode = o->mode;
	r->inputs_of = o->inputs_of;
	r->seed = o->seed;
	r->n = o->mode == TC_RUN_SAMPLE ? o->n : 1;
	r->chunk = o->mode == TC_RUN_SAMPLE ? (r->n < TC_MC_CHUNK ? r->n : TC_MC_CHUNK) : 1;
	int rc = plan(r, outputs, nout, o, err, errlen);
	if (rc) {
		tc_run_free(r);
		return rc;
	}
	*out = r;
	return TC_MC_OK;
}

/* ---- evaluation ------------------------------------------------------- */

static void eval_op(int op, double *o, const double *a, const double *b, size_t c)
{
	size_t i;
	switch (op) {
	case TC_OP_ADD: for (i = 0; i < c; i++) o[i] = a[i] + b[i]; break;
	case TC_OP_SUB: for (i = 0; i < c; i++) o[i] = a[i] - b[i]; break;
	case TC_OP_MUL: for (i = 0; i < c; i++) o[i] = a[i] * b[i]; break;
	case TC_OP_DIV: for (i = 0; i < c; i++) o[i] = a[i] / b[i]; break;
	case TC_OP_POW: for (i = 0; i < c; i++) o[i] = pow(a[i], b[i]); break;
	case TC_OP_NEG: for (i = 0; i < c; i++) o[i] = -a[i]; break;
	case TC_OP_MIN: for (i = 0; i < c; i++) o[i] = fmin(a[i], b[i]); break;
	case TC_OP_MAX: for (i = 0; i < c; i++) o[i] = fmax(a[i], b[i]); break;
	case TC_OP_GT: for (i = 0; i < c; i++) o[i] = a[i] > b[i]; break;
	case TC_OP_LT: for (i = 0; i < c; i++) o[i] = a[i] < b[i]; break;
	case TC_OP_GE: for (i = 0; i < c; i++) o[i] = a[i] >= b[i]; break;
	case TC_OP_LE: for (i = 0; i < c; i++) o[i] = a[i] <= b[i]; break;
	}
}

/* A leaf's sample at the copula's normal value z: its quantile at Φ(z),
 * computed from z directly where that is exact. */
static double from_normal(const tc_dist *d, double z)
{
	if (d->kind == TC_DIST_NORMAL)
		return d->a + d->b * z;
	if (d->kind == TC_DIST_LOGNORMAL)
		return exp(d->a + d->b * z);
	double p = tc_norm_cdf(z);
	if (p < DBL_MIN)
		p = DBL_MIN;
	if (p > 1.0 - DBL_EPSILON / 2)
		p = 1.0 - DBL_EPSILON / 2;
	return tc_dist_quantile(d, p);
}

static void sample_group(tc_run *r, const struct group *g, size_t c, double *buf, tc_rng *rng)
{
	size_t s = g->size, C = r->chunk;
	for (size_t k = 0; k < s; k++) {
		size_t t = g->member[k];
		double *e = buf + r->slot[t] * C;
		for (size_t i = 0; i < c; i++)
			e[i] = tc_norm_inv(tc_rng_uniform(&rng[t]));
	}
	/* z_k = sum over j <= k of L[k][j] e_j, in place from the last row up
	 * so every e_j a row needs is still unchanged */
	for (size_t k = s; k-- > 0;) {
		double *zk = buf + r->slot[g->member[k]] * C;
		const double *row = g->L + k * s;
		for (size_t i = 0; i < c; i++) {
			double z = 0.0;
			for (size_t j = 0; j <= k; j++)
				z += row[j] * buf[r->slot[g->member[j]] * C + i];
			zk[i] = z;
		}
	}
	for (size_t k = 0; k < s; k++) {
		size_t t = g->member[k];
		double *v = buf + r->slot[t] * C;
		for (size_t i = 0; i < c; i++)
			v[i] = from_normal(&r->node[t]->dist, v[i]);
	}
}

/* Whether any of v[0..c) lies outside [lo, hi] (or is NaN): no branch per
 * value, so a chunk costs a few instructions a sample. */
static int outside(const double *v, size_t c, double lo, double hi)
{
	int in = 1;
	for (size_t i = 0; i < c; i++)
		in &= (v[i] >= lo) & (v[i] <= hi);
	return !in;
}

/* Applies p to a chunk of c samples (global index start + i) into o.
 *
 * Every sample's arguments must pass tc_prim_check. Every argument kind is
 * a closed interval of doubles (prim.h, tc_prim_interval), so a chunk is
 * checked as a whole, argument by argument, without a call per sample; a
 * constant argument is checked once. Only a chunk with a value outside is
 * checked sample by sample, which finds the first failure and its message.
 * Then the primitive's block worker computes the whole chunk. */
static int eval_prim(const tc_run *r, const double *buf, const tc_prim *p, const size_t *kid, double *o, size_t c,
                     size_t start, char *err, size_t errlen)
{
	const double *arg[TC_PRIM_MAXARGS];
	double a[TC_PRIM_MAXARGS], lo, hi;
	char msg[160];
	int bad = 0;
	for (int k = p->nargs; k < TC_PRIM_MAXARGS; k++)
		arg[k] = o; /* unread past nargs, but a valid pointer (prim.c's BLOCK) */
	for (int k = 0; k < p->nargs; k++) {
		arg[k] = buf + r->slot[kid[k]] * r->chunk;
		tc_prim_interval(p->kind[k], &lo, &hi);
		bad |= outside(arg[k], r->node[kid[k]]->kind == TC_NODE_CONST ? 1 : c, lo, hi);
	}
	for (size_t i = 0; bad && i < c; i++) {
		for (int k = 0; k < p->nargs; k++)
			a[k] = arg[k][i];
		if (tc_prim_check(p, a, msg, sizeof msg)) {
			snprintf(err, errlen, "%s (in sample %zu)", msg, start + i + 1);
			return -1;
		}
	}
	p->block(arg, o, c);
	return 0;
}

/* The stream of a leaf in chunk q: chunks are independent, so workers can
 * take them in any order and every sample still has one fixed value. */
static void chunk_stream(tc_rng *rng, uint64_t seed, size_t q, uint64_t id)
{
	uint64_t st = seed ^ ((uint64_t)q * 0x9E3779B97F4A7C15u);
	tc_rng_stream(rng, tc_splitmix64(&st), id);
}

/* Counts the values o[0..c) of streamed output st (worker w), storing those
 * inside its windows; a store too small sets st->over. */
static void stream_add(tc_run *r, struct stream *st, const double *o, size_t c, int w)
{
	size_t *cells = st->cells + (size_t)w * (4 * r->nrank + 1);
	double *tmp = r->tmp[w];
	size_t k = tc_stats_classify(st->map, st->a, st->b, st->nw, o, c, cells, tmp);
	if (!k)
		return;
	size_t at = atomic_fetch_add(&st->len, k);
	if (at <= st->cap && k <= st->cap - at)
		memcpy(st->in + at, tmp, k * sizeof *tmp);
	else
		atomic_store(&st->over, 1);
}

/* Output k's samples o[0..c) of chunk q: checked, summarized, kept. */
static int take_output(tc_run *r, size_t k, size_t q, const double *o, size_t c, int w, char *err, size_t errlen)
{
	size_t start = q * r->chunk;
	if (!r->pass2) {
		int bad = 0;
		if (r->cmom) {
			/* a NaN sample makes the chunk's mean NaN: scan only then (a
			 * NaN mean can also come from +inf and -inf, which are no error) */
			tc_moments *m = &r->cmom[q * r->nout + k];
			tc_stats_block(o, c, m);
			if (m->mean != m->mean)
				for (size_t i = 0; i < c; i++)
					bad |= o[i] != o[i];
		} else {
			for (size_t i = 0; i < c; i++)
				bad |= o[i] != o[i];
		}
		if (bad) {
			size_t i = 0;
			while (o[i] == o[i])
				i++;
			snprintf(err, errlen, "a result is not a number (0/0, inf - inf, or a negative number to a fractional power) in sample %zu",
			         start + i + 1);
			return -1;
		}
	}
	switch (r->omode[k]) {
	case OUT_FULL:
	case OUT_KEEP:
		memcpy(r->out[k] + start, o, c * sizeof *o);
		break;
	case OUT_STREAM:
		if (start < r->pilot)
			memcpy(r->out[k] + start, o, c * sizeof *o);
		else
			stream_add(r, &r->st[k], o, c, w);
		break;
	default:
		break;
	}
	return 0;
}

/* Evaluates chunk q (samples [q·C, q·C + c)) with worker w's buffers. */
static int eval_chunk(tc_run *r, size_t q, int w, char *err, size_t errlen)
{
	size_t C = r->chunk, start = q * C;
	size_t c = r->n - start < C ? r->n - start : C;
	double *buf = r->buf[w];
	tc_rng *rng = r->mode == TC_RUN_SAMPLE ? r->rng[w] : NULL;
	if (rng)
		for (size_t t = 0; t < r->m; t++)
			if (r->node[t]->kind == TC_NODE_LEAF)
				chunk_stream(&rng[t], r->seed, q, tc_node_id(r->node[t]));
	for (size_t g = 0; g < r->ngroup; g++)
		sample_group(r, &r->group[g], c, buf, rng);
	for (size_t t = 0; t < r->m; t++) {
		const tc_node *nd = r->node[t];
		const size_t *kid = r->kid + t * TC_PRIM_MAXARGS;
		double *o = buf + r->slot[t] * C;
		switch (nd->kind) {
		case TC_NODE_LEAF:
			if (r->mode == TC_RUN_POINT)
				o[0] = r->fixed[t];
			else if (r->group_of[t] == NONE)
				tc_dist_sample(&nd->dist, &rng[t], o, c);
			break;
		case TC_NODE_OP:
		case TC_NODE_IND:
			eval_op(nd->op, o, buf + r->slot[kid[0]] * C, nd->nkid > 1 ? buf + r->slot[kid[1]] * C : NULL, c);
			break;
		case TC_NODE_PRIM:
			if (eval_prim(r, buf, nd->prim, kid, o, c, start, err, errlen))
				return TC_MC_ERROR;
			break;
		default: /* constants were filled once */
			break;
		}
		if (r->in_of[t] != NONE && start < r->in_len && !r->pass2 && r->in[r->in_of[t]]) {
			size_t len = r->in_len - start < c ? r->in_len - start : c;
			memcpy(r->in[r->in_of[t]] + start, o, len * sizeof *o);
		}
		for (size_t k = r->first_out[t]; k != NONE; k = r->next_out[k])
			if (take_output(r, k, q, o, c, w, err, errlen))
				return TC_MC_ERROR;
	}
	return TC_MC_OK;
}

/* Per worker: the first chunk that failed (chunks come in increasing order
 * to a worker) and its message; the earliest over all workers is reported,
 * so the error does not depend on the number of workers. */
struct eval_ctx {
	tc_run *r;
	size_t first; /* chunk index offset of this pass */
	size_t failed[TC_PARALLEL_MAX_WORKERS];
	char err[TC_PARALLEL_MAX_WORKERS][200];
};

static void eval_worker(void *arg, size_t i, int w)
{
	struct eval_ctx *e = arg;
	size_t q = e->first + i;
	if (e->failed[w] != NONE)
		return;
	if (eval_chunk(e->r, q, w, e->err[w], sizeof e->err[w]) != TC_MC_OK)
		e->failed[w] = q;
}

/* Evaluates chunks [first, last); the earliest failure's message in err. */
static int eval_chunks(tc_run *r, size_t first, size_t last, char *err, size_t errlen)
{
	struct eval_ctx e;
	size_t worst = NONE;
	int best = 0;
	e.r = r;
	e.first = first;
	for (int w = 0; w < TC_PARALLEL_MAX_WORKERS; w++)
		e.failed[w] = NONE;
	tc_parallel_for(last - first, r->workers, eval_worker, &e);
	for (int w = 0; w < r->workers; w++)
		if (e.failed[w] < worst) {
			worst = e.failed[w];
			best = w;
		}
	if (worst == NONE)
		return TC_MC_OK;
	snprintf(err, errlen, "%s", e.err[best]);
	return TC_MC_ERROR;
}

/* Windows of streamed output i from its pilot (reordered). */
static void plan_window(void *arg, size_t i, int w)
{
	tc_run *r = arg;
	struct stream *st = &r->st[i];
	double frac;
	(void)w;
	if (r->omode[i] != OUT_STREAM)
		return;
	st->nw = tc_stats_windows(r->out[i], r->pilot, r->n, r->rank, r->nrank, r->window_z, st->a, st->b, &frac);
	tc_stats_cellmap(st->map, st->a, st->b, st->nw);
	/* the expected count inside, with room for 8 standard deviations more */
	double want = frac * (double)r->n, cap = want + 8.0 * sqrt(want) + (double)r->chunk;
	st->cap = cap < (double)r->n ? (size_t)cap : r->n;
}

/* Percentiles of output i: selected from its array (OUT_KEEP) or from its
 * windows (OUT_STREAM; a miss leaves them NaN for a second pass). */
static void finish_output(void *arg, size_t i, int w)
{
	tc_run *r = arg;
	double *pv = r->pv + i * r->npct, vstack[64], *val = vstack;
	(void)w;
	if (r->omode[i] == OUT_KEEP) {
		double *ov = r->ov + i * r->nrank;
		tc_stats_rank_values(r->out[i], r->n, r->mom[4 * i + 2], r->mom[4 * i + 3], r->rank, r->nrank, ov);
		tc_stats_pct_values(r->pct, r->npct, r->n, r->rank, r->nrank, ov, pv);
		return;
	}
	if (r->omode[i] != OUT_STREAM)
		return;
	struct stream *st = &r->st[i];
	size_t ncell = 4 * r->nrank + 1, len = atomic_load(&st->len);
	for (size_t k = 0; k < r->npct; k++)
		pv[k] = NAN;
	if (atomic_load(&st->over) || len > st->cap)
		return;
	for (int v = 1; v < r->workers; v++) /* counts add up the same in any order */
		for (size_t k = 0; k < 4 * st->nw + 1; k++)
			st->cells[k] += st->cells[(size_t)v * ncell + k];
	if (r->nrank > 64 && !(val = malloc(r->nrank * sizeof *val)))
		return;
	if (tc_stats_window_values(st->a, st->b, st->nw, st->cells, st->in, len, r->rank, r->nrank, val) == 0)
		tc_stats_pct_values(r->pct, r->npct, r->n, r->rank, r->nrank, val, pv);
	if (val != vstack)
		free(val);
}

/* Percentiles of the derived outputs (plan_derived), once their sources'
 * values at the ranks are known: the node's own operation on those values,
 * the constant in its place. */
static void derive_outputs(tc_run *r)
{
	double cst[DERIVE_MAX_RANKS];
	for (size_t i = 0; i < r->nout; i++) {
		if (r->omode[i] != OUT_DERIVED)
			continue;
		size_t t = r->out_node[i], nr = r->nrank;
		const size_t *kid = r->kid + t * TC_PRIM_MAXARGS;
		const double *sv = r->ov + r->src[i] * r->nrank;
		int right = r->node[kid[1]]->kind == TC_NODE_CONST;
		for (size_t k = 0; k < nr; k++)
			cst[k] = r->node[kid[right ? 1 : 0]]->value;
		eval_op(r->node[t]->op, r->ov + i * r->nrank, right ? sv : cst, right ? cst : sv, nr);
		tc_stats_pct_values(r->pct, r->npct, r->n, r->rank, r->nrank, r->ov + i * r->nrank, r->pv + i * r->npct);
	}
}

/* Counts the pilot's samples of streamed output i once every chunk is done,
 * as stream_add counts a chunk: this worker's counters and buffer are free,
 * as no other job touches output i now. */
static void count_pilot(void *arg, size_t i, int w)
{
	tc_run *r = arg;
	if (r->omode[i] != OUT_STREAM)
		return;
	for (size_t start = 0; start < r->pilot; start += r->chunk)
		stream_add(r, &r->st[i], r->out[i] + start, r->chunk, w);
}

int tc_run_eval(tc_run *r, char *err, size_t errlen)
{
	size_t chunks = (r->n + r->chunk - 1) / r->chunk, p = r->pilot / r->chunk;
	int rc;
	if (r->mode == TC_RUN_WALK)
		return TC_MC_OK;
	if (r->mode == TC_RUN_POINT)
		return eval_chunks(r, 0, chunks, err, errlen);
	if (p) { /* the pilot, then the windows it gives */
		if ((rc = eval_chunks(r, 0, p, err, errlen)) != TC_MC_OK)
			return rc;
		tc_parallel_for(r->nout, r->workers, plan_window, r);
		for (size_t i = r->nfull; i < r->nout; i++)
			if (r->omode[i] == OUT_STREAM && !(r->st[i].in = rmem(r, r->st[i].cap, sizeof(double))))
				return TC_MC_NOMEM;
	}
	if ((rc = eval_chunks(r, p, chunks, err, errlen)) != TC_MC_OK)
		return rc;
	if (p)
		tc_parallel_for(r->nout, r->workers, count_pilot, r);
	for (size_t i = 0; i < r->nout; i++) { /* joined in chunk order: the same for any schedule */
		tc_moments acc = {0, 0, 0, 0, 0};
		for (size_t q = 0; q < chunks; q++)
			tc_stats_join(&acc, &r->cmom[q * r->nout + i]);
		tc_stats_finish(&acc, &r->mom[4 * i], &r->mom[4 * i + 1], &r->mom[4 * i + 2], &r->mom[4 * i + 3]);
	}
	tc_parallel_for(r->nout, r->workers, finish_output, r);
	derive_outputs(r);

	/* windows that missed: the same samples again, those outputs kept whole */
	int missed = 0;
	for (size_t i = 0; i < r->nout; i++) {
		int m = r->omode[i] == OUT_STREAM && r->npct && r->pv[i * r->npct] != r->pv[i * r->npct];
		if (m) {
			rfree(r, r->st[i].in);
			r->st[i].in = NULL;
			rfree(r, r->out[i]);
			if (!(r->out[i] = rmem(r, r->n, sizeof(double))))
				return TC_MC_NOMEM;
			missed = 1;
		}
		r->omode[i] = m ? OUT_KEEP : r->omode[i] == OUT_FULL ? OUT_FULL : OUT_SKIP;
	}
	if (!missed)
		return TC_MC_OK;
	for (size_t i = 0; i < r->nfull; i++)
		r->omode[i] = OUT_SKIP; /* already kept; restored below */
	r->pass2 = 1;
	rc = eval_chunks(r, 0, chunks, err, errlen);
	r->pass2 = 0;
	for (size_t i = 0; i < r->nfull; i++)
		r->omode[i] = OUT_FULL;
	if (rc != TC_MC_OK)
		return rc;
	tc_parallel_for(r->nout, r->workers, finish_output, r);
	return TC_MC_OK;
}

/* ---- accessors -------------------------------------------------------- */

double *tc_run_output(tc_run *r, size_t i)
{
	return r->out[i];
}

void tc_run_moments(const tc_run *r, size_t i, double *mean, double *sd, double *min, double *max)
{
	*mean = r->mom[4 * i];
	*sd = r->mom[4 * i + 1];
	*min = r->mom[4 * i + 2];
	*max = r->mom[4 * i + 3];
}

const double *tc_run_percentiles(const tc_run *r, size_t i)
{
	return r->pv + i * r->npct;
}

int tc_run_workers(const tc_run *r)
{
	return r->workers;
}

size_t tc_run_samples(const tc_run *r)
{
	return r->n;
}

size_t tc_run_ninputs(const tc_run *r)
{
	return r->nin;
}

const tc_node *tc_run_input(const tc_run *r, size_t j)
{
	return r->node[r->in_node[j]];
}

double *tc_run_input_values(const tc_run *r, size_t j, size_t *len)
{
	double *v = r->in ? r->in[j] : NULL;
	*len = v ? r->in_len : 0;
	return v;
}

int tc_run_uses(const tc_run *r, size_t i, size_t j)
{
	return r->uses ? r->uses[i * r->nin + j] : 0;
}
