/* parallel.c: a fork-join loop over pthreads (see parallel.h). */
#include "parallel.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_WORKERS TC_PARALLEL_MAX_WORKERS

struct share {
	size_t n;
	int workers, w;
	tc_parallel_fn fn;
	void *ctx;
};

static void *work(void *arg)
{
	const struct share *s = arg;
	for (size_t i = (size_t)s->w; i < s->n; i += (size_t)s->workers)
		s->fn(s->ctx, i, s->w);
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
	for (int w = 0; w < workers; w++) {
		share[w].n = n;
		share[w].workers = workers;
		share[w].w = w;
		share[w].fn = fn;
		share[w].ctx = ctx;
	}
	for (int w = 1; w < workers; w++)
		started[w] = pthread_create(&tid[w], NULL, work, &share[w]) == 0;
	work(&share[0]);
	for (int w = 1; w < workers; w++) {
		if (started[w])
			pthread_join(tid[w], NULL);
		else
			work(&share[w]); /* no thread: do its share here */
	}
}
