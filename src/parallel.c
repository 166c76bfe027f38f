/* parallel.c: a fork-join loop over a pool of helper threads (see
 * parallel.h).
 *
 * The pool is the one piece of process-wide state here, on purpose: helper
 * threads are started the first time a loop wants them and then live as long
 * as the process, asleep on a condition variable between loops, so a run of
 * a few chunks pays a wake-up, not a thread creation per run (about 50 µs
 * each, more on a loaded machine). The pool holds no per-run data: a loop's
 * function and context live on the caller's stack for the length of the
 * call, and a second loop started while one is running (another thread's)
 * runs in its caller alone, so results never depend on the pool.
 *
 * Signals: helpers are created with every signal blocked and keep that mask,
 * so SIGALRM (the time limit, budget.c) and SIGINT/SIGTERM (outfile.c) are
 * always handled by the main thread, the one whose Lua state and files the
 * handlers look at. */
#include "parallel.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_WORKERS TC_PARALLEL_MAX_WORKERS

/* A loop: indices are handed out one at a time from a shared counter, so a
 * worker slowed by another process on its core simply takes fewer. */
struct loop {
	size_t n;
	atomic_size_t next;
	tc_parallel_fn fn;
	void *ctx;
};

/* The pool, guarded by mu. A loop is open from when the caller publishes it
 * until the caller has done its own share; a helper joins only an open
 * loop (and only with an id below `want`), so one that wakes late finds
 * the loop closed and goes back to sleep instead of holding the caller. */
static struct {
	pthread_mutex_t mu;
	pthread_cond_t wake, done;
	int started;          /* helpers running: ids 1 .. started */
	int open;             /* helpers may still join it */
	int want;             /* helpers with id < want may join */
	int inside;           /* helpers working on it now */
	unsigned long gen;    /* counts loops, so a helper joins each at most once */
	struct loop *loop;    /* the loop in progress, NULL between loops */
} pool = {.mu = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER, .done = PTHREAD_COND_INITIALIZER};

static void work(struct loop *lp, int w)
{
	for (size_t i; (i = atomic_fetch_add(&lp->next, 1)) < lp->n;)
		lp->fn(lp->ctx, i, w);
}

static void *helper(void *arg)
{
	int w = (int)(intptr_t)arg;
	unsigned long seen = 0;
	pthread_mutex_lock(&pool.mu);
	for (;;) {
		while (!(pool.open && pool.gen != seen && w < pool.want))
			pthread_cond_wait(&pool.wake, &pool.mu);
		seen = pool.gen;
		struct loop *lp = pool.loop;
		pool.inside++;
		pthread_mutex_unlock(&pool.mu);
		work(lp, w);
		pthread_mutex_lock(&pool.mu);
		if (--pool.inside == 0)
			pthread_cond_signal(&pool.done);
	}
	return NULL;
}

/* Starts helpers until ids 1 .. want - 1 exist (or one fails to start);
 * called with mu held. Each is created with every signal blocked. */
static void start_helpers(int want)
{
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	while (pool.started + 1 < want) {
		pthread_t tid;
		pthread_attr_t at;
		int ok = pthread_attr_init(&at) == 0;
		if (ok)
			pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
		ok = ok && pthread_create(&tid, &at, helper, (void *)(intptr_t)(pool.started + 1)) == 0;
		pthread_attr_destroy(&at);
		if (!ok)
			break; /* fewer helpers: the loops still get done */
		pool.started++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

int tc_parallel_workers(void)
{
	const char *env = getenv("TCOST_THREADS");
	if (env && *env) {
		int v = atoi(env);
		return v < 1 ? 1 : v > MAX_WORKERS ? MAX_WORKERS : v;
	}
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores < 1 ? 1 : cores > 8 ? 8 : (int)cores;
}

void tc_parallel_for(size_t n, int workers, tc_parallel_fn fn, void *ctx)
{
	struct loop lp;
	lp.n = n;
	atomic_init(&lp.next, 0);
	lp.fn = fn;
	lp.ctx = ctx;
	if (workers > MAX_WORKERS)
		workers = MAX_WORKERS;
	if ((size_t)workers > n)
		workers = (int)n;
	if (workers > 1) {
		pthread_mutex_lock(&pool.mu);
		if (pool.loop) {
			workers = 1; /* another thread's loop has the pool */
		} else {
			start_helpers(workers);
			pool.open = 1;
			pool.want = workers;
			pool.gen++;
			pool.loop = &lp;
			pthread_cond_broadcast(&pool.wake);
		}
		pthread_mutex_unlock(&pool.mu);
	}
	work(&lp, 0);
	if (workers <= 1)
		return;
	/* every index is taken: close the loop, wait for the helpers inside */
	pthread_mutex_lock(&pool.mu);
	pool.open = 0;
	while (pool.inside > 0)
		pthread_cond_wait(&pool.done, &pool.mu);
	pool.loop = NULL;
	pthread_mutex_unlock(&pool.mu);
}
