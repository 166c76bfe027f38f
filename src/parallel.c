/* parallel.c: a fork-join loop over pthreads (see parallel.h). */
#include "parallel.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_WORKERS TC_PARALLEL_MAX_WORKERS

/* The loop: indices are handed out one at a time from a shared counter,
 * so a worker slowed by another process on its core simply takes fewer. */
struct loop {
	size_t n;
	atomic_size_t next;
	tc_parallel_fn fn;
	void *ctx;
};

struct share {
	struct loop *loop;
	int w;
};

static void *work(void *arg)
{
	const struct share *s = arg;
	struct loop *lp = s->loop;
	for (size_t i; (i = atomic_fetch_add(&lp->next, 1)) < lp->n;)
		lp->fn(lp->ctx, i, s->w);
	return NULL;
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
	struct share share[MAX_WORKERS];
	pthread_t tid[MAX_WORKERS];
	int started[MAX_WORKERS] = {0};

	if (workers > MAX_WORKERS)
		workers = MAX_WORKERS;
	if ((size_t)workers > n)
		workers = (int)n;
	if (workers <= 1) {
		for (size_t i = 0; i < n; i++)
			fn(ctx, i, 0);
		return;
	}
	struct loop lp;
	lp.n = n;
	atomic_init(&lp.next, 0);
	lp.fn = fn;
	lp.ctx = ctx;
	for (int w = 0; w < workers; w++) {
		share[w].loop = &lp;
		share[w].w = w;
	}
	for (int w = 1; w < workers; w++)
		started[w] = pthread_create(&tid[w], NULL, work, &share[w]) == 0;
	work(&share[0]);
	for (int w = 1; w < workers; w++) {
		if (started[w])
			pthread_join(tid[w], NULL);
		/* a thread that could not start took no index: the others did its share */
	}
}
