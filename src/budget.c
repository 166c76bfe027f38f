/* budget.c: memory and time budgets of a run (see budget.h).
 *
 * Time has two lines of defence, both driven by one interval timer (SIGALRM),
 * as lua.c does for SIGINT: a count hook makes the Lua VM trace every
 * instruction (a sixth of a point run's instructions), so none is set until
 * the deadline. At the deadline the signal handler sets a count hook
 * (lua_sethook may be called from a signal handler); the hook raises the limit
 * and re-arms to fire on every instruction, so code that catches the error is
 * stopped again at its next instruction. Count hooks never fire inside a C
 * function (a pathological string.find runs for minutes), so the timer fires
 * again once the process has used half a CPU second more (wall time would
 * kill a process a loaded machine merely left waiting): the handler removes
 * any temporary report file and _exits with the limit message, using only
 * async-signal-safe calls. Without
 * the timer (TCOST_NO_ALARM, for fuzzers) the hook reads the clock every 1000
 * instructions instead. */
#include "budget.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>

#include "outfile.h"

#define HOOK_EVERY 1000
#define MIB ((size_t)1 << 20)

/* The one piece of process-wide state, and why: SIGALRM's handler receives
 * nothing but the signal number, yet must say which limit ended the run. So
 * the budget whose timer is running is published here, set in tc_limits_arm
 * and cleared in tc_limits_disarm with SIGALRM blocked (the handler never
 * sees a torn pointer); its message is formatted in advance, in the budget.
 * NULL means the timer is not ours (a fuzzer's, or none). Everything else
 * (the count hook's budget) comes from the Lua state: its allocator's data. */
static tc_limits *volatile alarm_owner;

static void hook(lua_State *L, lua_Debug *ar);

double tc_monotonic(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The small-block pool. malloc's own bookkeeping was a quarter of the cost
 * of loading the library (thousands of strings and prototypes, each its own
 * malloc from a fresh heap); a block from the pool is a pointer bump or a
 * free-list pop. Lua passes a block's size whenever it frees or resizes one:
 * above POOL_MAX bytes a block is malloc's; up to it, the pool's when its
 * address lies in one of the pool's chunks (aligned to their size, so the
 * chunk's window is the address divided by it, looked up in a small hash),
 * else malloc's: a free list keeps blocks for its own class, so a scenario
 * filling each class in turn up to its memory limit and freeing it again
 * held 16 times the limit, and the chunks stop at TC_POOL_MAX_CHUNKS. Under
 * AddressSanitizer every block is malloc's, so its checks see each one. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_MAX 0
#endif
#endif
#ifndef POOL_MAX
#define POOL_MAX ((size_t)TC_POOL_STEP * TC_POOL_CLASSES)
#endif
#define POOL_CHUNK ((size_t)64 * 1024)
#define WINDOWS (2 * TC_POOL_MAX_CHUNKS) /* a power of two, at most half full */

static size_t pool_class(size_t n)
{
	return (n - 1) / TC_POOL_STEP;
}

/* Whether block b lies in one of p's chunks (probing from the window's
 * slot: consecutive chunks take consecutive slots). */
static int in_pool(const tc_pool *p, const void *b)
{
	uintptr_t w = (uintptr_t)b / POOL_CHUNK;
	for (size_t i = w % WINDOWS; p->window[i]; i = (i + 1) % WINDOWS)
		if (p->window[i] == w)
			return 1;
	return 0;
}

/* A new chunk, registered; NULL at the bound or when there is no memory. */
static char *new_chunk(tc_pool *p)
{
	if (p->nchunks >= TC_POOL_MAX_CHUNKS)
		return NULL;
	char *chunk = aligned_alloc(POOL_CHUNK, POOL_CHUNK);
	if (!chunk)
		return NULL;
	uintptr_t w = (uintptr_t)chunk / POOL_CHUNK; /* never 0: no chunk at address 0 */
	size_t i = w % WINDOWS;
	while (p->window[i])
		i = (i + 1) % WINDOWS;
	p->window[i] = w;
	p->nchunks++;
	*(void **)(void *)chunk = p->chunks;
	p->chunks = chunk;
	return chunk;
}

/* A block of n bytes (1..POOL_MAX), or NULL when the pool has none (at its
 * bound, or malloc has no chunk): the caller asks malloc. */
static void *pool_get(tc_pool *p, size_t n)
{
	size_t c = pool_class(n), size = (c + 1) * TC_POOL_STEP;
	void *b = p->free[c];
	if (b) {
		p->free[c] = *(void **)b; /* malloc'd bytes: any type may be stored there */
		return b;
	}
	if ((size_t)(p->end - p->next) < size) {
		char *chunk = new_chunk(p);
		if (!chunk)
			return NULL;
		p->next = chunk + TC_POOL_STEP; /* the link, keeping blocks aligned */
		p->end = chunk + POOL_CHUNK;
	}
	b = p->next;
	p->next += size;
	return b;
}

static void pool_put(tc_pool *p, void *b, size_t n)
{
	size_t c = pool_class(n);
	*(void **)b = p->free[c];
	p->free[c] = b;
}

void tc_limits_release(tc_limits *lim)
{
	void *chunk = lim->pool.chunks;
	while (chunk) {
		void *next = *(void **)chunk;
		free(chunk);
		chunk = next;
	}
	memset(&lim->pool, 0, sizeof lim->pool);
}

/* Whether ptr, a block of old bytes (0: none), is the pool's. */
static int pooled(const tc_pool *p, const void *ptr, size_t old)
{
	return old && old <= POOL_MAX && in_pool(p, ptr);
}

/* ptr (old bytes, 0 for none) resized to nsize > 0 bytes: in place when both
 * sizes are the same class of a pool block, realloc'd when it is malloc's
 * and the pool has no block for nsize, else moved. */
static void *resize(tc_pool *p, void *ptr, size_t old, size_t nsize)
{
	int in = pooled(p, ptr, old);
	if (in && nsize <= POOL_MAX && pool_class(old) == pool_class(nsize))
		return ptr;
	void *q = nsize <= POOL_MAX ? pool_get(p, nsize) : NULL;
	if (!q && !in)
		return realloc(ptr, nsize);
	if (!q && !(q = malloc(nsize)))
		return NULL;
	if (old) {
		memcpy(q, ptr, old < nsize ? old : nsize);
		if (in)
			pool_put(p, ptr, old);
		else
			free(ptr);
	}
	return q;
}

void *tc_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	tc_limits *lim = ud;
	size_t old = ptr ? osize : 0; /* without ptr, osize is a type tag */
	if (nsize == 0) {
		if (pooled(&lim->pool, ptr, old))
			pool_put(&lim->pool, ptr, old);
		else
			free(ptr);
		lim->mem_used -= old;
		return NULL;
	}
	if (nsize > old && nsize - old > lim->mem_limit - lim->mem_used) {
		/* Lua's core answers a refusal with an emergency full collection
		 * and asks again: a second refusal in a row is the limit. Garbage
		 * is not a hit. Callers that do not ask again (lauxlib's buffers,
		 * the sampling engine) raise "not enough memory": tc_limits_settle
		 * then collects and decides. */
		lim->need = lim->mem_used + (nsize - old);
		if (lim->refused && !lim->hit) {
			lim->hit = TC_HIT_MEMORY;
			if (lim->state) /* raised at the next instruction, as a deadline is */
				lua_sethook(lim->state, hook, LUA_MASKCOUNT, 1);
		}
		lim->refused = 1;
		lim->refused_need = nsize - old;
		return NULL;
	}
	void *p = resize(&lim->pool, ptr, old, nsize);
	if (!p)
		return NULL;
	if (nsize > old && nsize - old >= lim->refused_need)
		lim->refused = 0; /* the request asked again fits now */
	lim->mem_used = lim->mem_used - old + nsize;
	if (lim->mem_used > lim->mem_peak)
		lim->mem_peak = lim->mem_used;
	return p;
}

void *tc_limits_alloc_samples(void *ud, void *ptr, size_t osize, size_t nsize)
{
	tc_limits *lim = ud;
	size_t old = ptr ? osize : 0;
	if (!lim->mem_default)
		return tc_limits_alloc(ud, ptr, osize, nsize);
	if (nsize == 0) { /* freed: its size leaves the limit with it */
		lim->mem_limit -= old;
		return tc_limits_alloc(ud, ptr, osize, 0);
	}
	if (nsize > SIZE_MAX - lim->mem_limit)
		return NULL;
	lim->mem_limit += nsize;
	void *p = tc_limits_alloc(ud, ptr, osize, nsize);
	/* the block lives: its size stays added; freed or refused: taken back */
	lim->mem_limit -= p ? old : nsize;
	return p;
}

int tc_limits_settle(tc_limits *lim, lua_State *L)
{
	if (!lim->hit && lim->refused) {
		lim->refused = 0;
		lua_gc(L, LUA_GCCOLLECT);
		if (lim->refused_need > lim->mem_limit - lim->mem_used) {
			lim->hit = TC_HIT_MEMORY;
			lim->need = lim->mem_used + lim->refused_need;
			if (lim->state)
				lua_sethook(lim->state, hook, LUA_MASKCOUNT, 1);
		}
	}
	return lim->hit;
}

const char *tc_limits_message(tc_limits *lim)
{
	switch (lim->hit) {
	case TC_HIT_MEMORY: {
		/* what was in use, after a collection, plus the refused request:
		 * the run needs at least that much at once */
		size_t need_mib = lim->need / MIB + (lim->need % MIB != 0);
		if (need_mib <= lim->mem_limit / MIB)
			snprintf(lim->message, sizeof lim->message,
				 "memory limit of %zu MiB reached (raise it with --memory-limit)", lim->mem_limit / MIB);
		else if (need_mib <= TC_MAX_MEMORY_MIB)
			snprintf(lim->message, sizeof lim->message,
				 "memory limit of %zu MiB reached: needs at least %zu MiB: use --memory-limit %zu",
				 lim->mem_limit / MIB, need_mib, need_mib);
		else
			snprintf(lim->message, sizeof lim->message,
				 "memory limit of %zu MiB reached: needs at least %zu MiB, more than --memory-limit allows",
				 lim->mem_limit / MIB, need_mib);
		return lim->message;
	}
	case TC_HIT_TIME:
		snprintf(lim->message, sizeof lim->message, "time limit of %g s reached (raise it with --time-limit)",
			 lim->time_limit);
		return lim->message;
	default:
		return "";
	}
}

/* The budget of the state the hook runs in: its allocator's data (main.c
 * creates every state with tc_limits_alloc); NULL for any other state. */
static tc_limits *state_limits(lua_State *L)
{
	void *ud;
	return lua_getallocf(L, &ud) == tc_limits_alloc ? ud : NULL;
}

/* Set at the deadline or on a memory hit. Reading the clock here keeps a
 * timer that fires a little early from ending the run early. */
static void hook(lua_State *L, lua_Debug *ar)
{
	tc_limits *lim = state_limits(L);
	(void)ar;
	if (!lim)
		return;
	if (!lim->hit && tc_monotonic() > lim->deadline)
		lim->hit = TC_HIT_TIME;
	if (lim->hit) {
		lua_sethook(L, hook, LUA_MASKCOUNT, 1);
		luaL_error(L, "%s", tc_limits_message(lim));
	}
}

static void set_timer(double seconds)
{
	struct itimerval it;
	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = (time_t)seconds;
	it.it_value.tv_usec = (suseconds_t)((seconds - (double)(time_t)seconds) * 1e6);
	if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
		it.it_value.tv_usec = 1; /* zero would stop the timer */
	setitimer(ITIMER_REAL, &it, NULL);
}

/* CPU seconds the whole process has used (every thread's). clock_gettime is
 * async-signal-safe. */
static double process_cpu(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
		return 0;
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The backstop's grace: CPU seconds the process may burn past the deadline
 * before a long C call is cut short. CPU, not wall time: on a loaded machine
 * a process that was not scheduled has run nothing, and killing it would lose
 * a batch's reports for a file that would have stopped at its next hook. */
#define BACKSTOP_CPU 0.5

/* First the deadline: the count hook on the owner's state, and the backstop
 * timer. Then the backstop: once the process has used BACKSTOP_CPU seconds
 * since the deadline, the limit message and _exit; before that, look again. */
static void on_alarm(int sig)
{
	tc_limits *lim = alarm_owner;
	if (lim && lim->alarm_soft) {
		if (!pthread_equal(pthread_self(), lim->alarm_thread)) {
			/* a sampling thread caught it: the hook is the Lua thread's */
			pthread_kill(lim->alarm_thread, sig);
			return;
		}
		lim->alarm_soft = 0;
		lim->soft_cpu = process_cpu();
		if (lim->state)
			lua_sethook(lim->state, hook, LUA_MASKCOUNT, 1);
		set_timer(BACKSTOP_CPU);
		return;
	}
	if (lim && process_cpu() - lim->soft_cpu < BACKSTOP_CPU) {
		set_timer(0.1); /* not scheduled enough to have run: look again */
		return;
	}
	tc_outfile_discard_signal_safe();
	if (lim && write(2, lim->alarm_msg, strlen(lim->alarm_msg)) < 0) {
		/* nothing more can be done from a signal handler */
	}
	_exit(1);
}

/* The backstop's message; call with SIGALRM blocked (its handler reads it). */
static void format_alarm(tc_limits *lim)
{
	int n = snprintf(lim->alarm_msg, sizeof lim->alarm_msg,
			 "tcost: %s%stime limit of %g s reached in a long C call (raise it with --time-limit)%s\n",
			 lim->subject, lim->subject[0] ? ": " : "", lim->time_limit, lim->tail);
	if (n < 0 || (size_t)n >= sizeof lim->alarm_msg) /* cut: still one whole line */
		memcpy(lim->alarm_msg + sizeof lim->alarm_msg - 5, "...\n", 5);
}

void tc_limits_subject(tc_limits *lim, const char *subject, const char *tail)
{
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	if (subject)
		snprintf(lim->subject, sizeof lim->subject, "%s", subject);
	if (tail)
		snprintf(lim->tail, sizeof lim->tail, "%s", tail);
	format_alarm(lim);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Starts lim's timer: its deadline time_limit seconds from now. */
static void arm_alarm(tc_limits *lim)
{
	struct sigaction sa;
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	format_alarm(lim);
	lim->alarm_thread = pthread_self();
	lim->alarm_soft = 1;
	alarm_owner = lim;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	set_timer(lim->time_limit);
	/* unblocked even when a job runner started tcost with SIGALRM blocked
	 * (an inherited mask): the backstop must fire anyway */
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void tc_limits_arm(tc_limits *lim, lua_State *L)
{
	lim->deadline = tc_monotonic() + lim->time_limit;
	lim->refused = 0;
	lim->state = L;
	if (getenv("TCOST_NO_ALARM")) {
		/* fuzzing: the fuzzer's own timeout watches long C calls, and the
		 * hook reads the clock */
		lua_sethook(L, hook, LUA_MASKCOUNT, lim->hit ? 1 : HOOK_EVERY);
		return;
	}
	if (lim->hit)
		lua_sethook(L, hook, LUA_MASKCOUNT, 1); /* a limit hit stays hit */
	else
		lua_sethook(L, NULL, 0, 0);
	arm_alarm(lim);
}

void tc_limits_watch_thread(lua_State *co)
{
	tc_limits *lim = state_limits(co);
	if (lim)
		lua_sethook(co, hook, LUA_MASKCOUNT, lim->hit ? 1 : HOOK_EVERY);
}

void tc_limits_disarm(void)
{
	struct itimerval it;
	sigset_t set;
	if (!alarm_owner)
		return; /* the timer is someone else's (a fuzzer's): leave it alone */
	memset(&it, 0, sizeof it);
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	alarm_owner = NULL;
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}
