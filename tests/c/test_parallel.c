/* test_parallel.c: the fork-join loop over the helper pool (src/parallel.c):
 * every index done exactly once, by a worker below the number asked for,
 * for many sizes and worker counts, loop after loop on the same pool; a
 * loop started while another thread's loop holds the pool; and helpers that
 * block every signal. Nothing here depends on the machine's speed. */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include "check.h"
#include "parallel.h"

#define MAXN 5000

struct count {
	atomic_int done[MAXN];
	atomic_int bad_worker;
	int workers;
};

static void count_one(void *ctx, size_t i, int w)
{
	struct count *c = ctx;
	atomic_fetch_add(&c->done[i], 1);
	if (w < 0 || w >= c->workers)
		atomic_store(&c->bad_worker, 1);
}

/* Runs a loop of n indices on `workers`; returns the first index not done
 * exactly once, n when all were, or MAXN + 1 when a worker id was out of
 * range. */
static size_t run_count(struct count *c, size_t n, int workers)
{
	for (size_t i = 0; i < n; i++)
		atomic_init(&c->done[i], 0);
	atomic_init(&c->bad_worker, 0);
	c->workers = workers < 1 ? 1 : workers;
	tc_parallel_for(n, workers, count_one, c);
	if (atomic_load(&c->bad_worker))
		return MAXN + 1;
	for (size_t i = 0; i < n; i++)
		if (atomic_load(&c->done[i]) != 1)
			return i;
	return n;
}

static void every_index_once(void)
{
	static const size_t sizes[] = {0, 1, 2, 3, 4, 5, 7, 8, 16, 63, 64, 65, 100, 257, 1000, 4999, 5000};
	static const int workers[] = {0, 1, 2, 3, 4, 8, 17, 64, 65};
	struct count *c = malloc(sizeof *c);
	CHECK(c != NULL);
	for (int round = 0; round < 3; round++) /* the same helpers, loop after loop */
		for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
			for (size_t w = 0; w < sizeof workers / sizeof workers[0]; w++) {
				size_t got = run_count(c, sizes[s], workers[w]);
				if (got != sizes[s])
					free(c);
				CHECK(got == sizes[s]);
			}
	free(c);
}

/* Two threads start loops at once: one may find the pool busy and run its
 * loop alone; both must do every index exactly once. */
struct side {
	struct count *c;
	size_t got;
};

static void *side_loop(void *arg)
{
	struct side *s = arg;
	for (int k = 0; k < 20 && s->got == MAXN; k++)
		s->got = run_count(s->c, MAXN, 4) == MAXN ? MAXN : 0;
	return NULL;
}

static void concurrent_loops(void)
{
	struct count *a = malloc(sizeof *a), *b = malloc(sizeof *b);
	struct side sa = {a, MAXN}, sb = {b, MAXN};
	pthread_t t;
	int started = a && b && pthread_create(&t, NULL, side_loop, &sa) == 0;
	if (started) {
		side_loop(&sb);
		pthread_join(t, NULL);
	}
	free(a);
	free(b);
	CHECK(started);
	CHECK(sa.got == MAXN);
	CHECK(sb.got == MAXN);
}

/* Each worker records whether SIGALRM and SIGINT are blocked in its thread. */
struct masks {
	atomic_int helper_unblocked; /* a helper thread with either signal deliverable */
	atomic_int helpers_seen;
	pthread_t caller;
};

static void check_mask(void *ctx, size_t i, int w)
{
	struct masks *m = ctx;
	sigset_t cur;
	(void)i;
	(void)w;
	if (pthread_equal(pthread_self(), m->caller))
		return;
	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	atomic_fetch_add(&m->helpers_seen, 1);
	if (!sigismember(&cur, SIGALRM) || !sigismember(&cur, SIGINT))
		atomic_store(&m->helper_unblocked, 1);
}

static void helpers_block_signals(void)
{
	struct masks m;
	atomic_init(&m.helper_unblocked, 0);
	atomic_init(&m.helpers_seen, 0);
	m.caller = pthread_self();
	/* enough indices that a helper very probably takes some; the check
	 * holds for every helper that does, and passes when none did */
	for (int k = 0; k < 50 && atomic_load(&m.helpers_seen) == 0; k++)
		tc_parallel_for(MAXN, 2, check_mask, &m);
	CHECK(atomic_load(&m.helper_unblocked) == 0);
}

static const tc_test tests[] = {
	{"every_index_once", every_index_once},
	{"concurrent_loops", concurrent_loops},
	{"helpers_block_signals", helpers_block_signals},
	{NULL, NULL}
};

const tc_suite suite_parallel = {"parallel", tests};
