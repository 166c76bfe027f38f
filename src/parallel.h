/* parallel.h: running independent pieces of work on the machine's cores.
 * tc_parallel_for(n, fn, ctx) calls fn(ctx, i, w) for every i in [0, n), on
 * the calling thread (worker 0) and up to workers - 1 helper threads of a
 * pool started once per process (parallel.c); the indices are handed out in
 * increasing order, one at a time, to whichever worker is free, so a worker
 * meets its indices in increasing order but which worker gets which index
 * depends on scheduling. fn must touch only what belongs to index i (and to
 * worker w): results are then the same whatever the number of workers and
 * the schedule. No Lua API may be called from fn. */
#ifndef TCOST_PARALLEL_H
#define TCOST_PARALLEL_H

#include <stddef.h>

#define TC_PARALLEL_MAX_WORKERS 64

typedef void (*tc_parallel_fn)(void *ctx, size_t i, int worker);

/* How many workers there are: $TCOST_THREADS if set (1 to 64), else the
 * number of online cores, at most 8. */
int tc_parallel_workers(void);

/* Runs fn over [0, n) with at most `workers` workers (the calling thread is
 * one of them, and the only one when n <= 1 or workers <= 1); returns when
 * every index is done. A helper that cannot be started, is busy with
 * another thread's loop or is slow to wake leaves its share to the others,
 * so the work is always done, and the caller never waits for a helper that
 * has not started an index. Helpers block every signal. */
void tc_parallel_for(size_t n, int workers, tc_parallel_fn fn, void *ctx);

#endif
