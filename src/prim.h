/* prim.h: tcost's cost primitives as plain functions of numbers.
 *
 * Every primitive is a row of one table: a name, its arguments with a
 * constraint each, and a worker double fn(const double *args). The table is
 * what makes one generic Lua binding possible (lua_prim.c): called with plain
 * numbers a primitive returns a number at once; called with an uncertain
 * value it becomes a node of the Monte Carlo graph and the same worker runs
 * once per sample (through its block form, a chunk of samples per call).
 * Workers assume checked arguments: callers run
 * tc_prim_check first (the binding and the sampler both do).
 * Formulas and their sources are documented in prim.c beside each worker. */
#ifndef TCOST_PRIM_H
#define TCOST_PRIM_H

#include <stddef.h>

#define TC_PRIM_MAXARGS 6

/* What an argument must be; every kind also requires a finite number. */
enum tc_argkind {
	TC_ARG_FINITE,   /* any finite number */
	TC_ARG_NONNEG,   /* >= 0 */
	TC_ARG_POSITIVE, /* > 0 (a divisor, a life, a peak) */
	TC_ARG_UNIT,     /* 0 <= x <= 1 (a share, a residual fraction) */
	TC_ARG_UTIL,     /* 0 < x <= 1 (a utilization, an MFU) */
	TC_ARG_DISCOUNT  /* 0 <= x < 1 */
};

typedef struct tc_prim {
	const char *name;                       /* Lua name, e.g. "rental_cost" */
	const char *group;                      /* "compute", "rental", "ownership", "energy", "breakeven" */
	int nargs;
	const char *argname[TC_PRIM_MAXARGS];   /* named in error messages */
	unsigned char kind[TC_PRIM_MAXARGS];    /* enum tc_argkind */
	double (*fn)(const double *args);       /* the worker; may return INFINITY for "never" */
	/* the worker over n samples: out[i] = fn(args[0][i], args[1][i], ...);
	 * args holds TC_PRIM_MAXARGS valid pointers (those past nargs unread) */
	void (*block)(const double *const *args, double *out, size_t n);
	const char *doc;                        /* one line: formula and unit */
} tc_prim;

/* The table, in a fixed order; NULL when i is out of range. */
const tc_prim *tc_prim_at(int i);
int tc_prim_count(void);
/* Lookup by exact name; NULL when unknown. */
const tc_prim *tc_prim_find(const char *name);

/* The doubles an argument of kind (enum tc_argkind) may take: every kind
 * is one closed interval [*lo, *hi] of doubles (x > 0 is x >= the least
 * positive double, x < 1 is x <= the double below 1), so x holds exactly
 * when lo <= x <= hi, which is false for NaN and, as every bound is
 * finite, for infinities. An unknown kind gets an empty interval.
 * tc_prim_check uses the same intervals. */
void tc_prim_interval(int kind, double *lo, double *hi);

/* Checks args against p's constraints. Returns 0 when all hold; otherwise
 * writes one line to err such as
 *   "rental_cost: rate must be a finite number >= 0 (got -2)"
 * and returns the 1-based index of the first bad argument. */
int tc_prim_check(const tc_prim *p, const double *args, char *err, size_t errlen);

#endif
