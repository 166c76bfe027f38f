/* budget.h: the budgets a run lives within: memory (a counting lua_Alloc),
 * time (SIGALRM at the deadline sets a count hook that re-arms itself; half a
 * second later it ends the process, for long C calls).
 * Once a limit is hit it stays hit: every later Lua instruction raises again,
 * so a scenario's pcall cannot swallow it. */
#ifndef TCOST_BUDGET_H
#define TCOST_BUDGET_H

#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <lua.h>

enum { TC_HIT_NONE, TC_HIT_MEMORY, TC_HIT_TIME };

#define TC_MAX_MEMORY_MIB 1048576 /* the largest --memory-limit (1 TiB) */

/* Lua's small blocks (strings, tables, closures, function prototypes: most
 * of what loading the library and running a scenario make) come from chunks
 * of this pool, by size class, and go back to a free list per class; see
 * tc_limits_alloc. The chunks are freed by tc_limits_release. A free list
 * keeps its blocks for its class only, so the chunks are bounded: past
 * TC_POOL_MAX_CHUNKS, small blocks are malloc's and free's. */
#define TC_POOL_STEP 16                      /* bytes: the size classes and their alignment */
#define TC_POOL_CLASSES 16                   /* blocks of up to 256 bytes */
#define TC_POOL_MAX_CHUNKS 256               /* of 64 KiB: at most 16 MiB in the pool */
typedef struct tc_pool {
	void *free[TC_POOL_CLASSES]; /* freed blocks of each class, each holding the next */
	char *next, *end;            /* the current chunk's bytes not yet handed out */
	void *chunks;                /* every chunk, linked through its first bytes */
	size_t nchunks;
	uintptr_t window[2 * TC_POOL_MAX_CHUNKS]; /* chunk address / 64 KiB, hashed; 0: none */
} tc_pool;

typedef struct tc_limits {
	size_t mem_limit;  /* bytes Lua may hold at once */
	size_t mem_used;
	size_t mem_peak;
	double time_limit; /* seconds of wall clock for the whole run */
	double deadline;   /* monotonic seconds; 0 until armed */
	int hit;           /* TC_HIT_* */
	int refused;       /* an allocation was refused and not yet asked again */
	size_t refused_need; /* the bytes it asked for beyond what it had */
	size_t need;       /* bytes in use plus the last refused request: what the limit must hold */
	int mem_default;   /* mem_limit is the default, not --memory-limit: see tc_limits_alloc_samples */
	char message[160];   /* tc_limits_message's text: per budget, never a static buffer */
	char subject[256];   /* what is running ("a.lua"), named by the backstop's message; "" none */
	char tail[256];      /* appended to it ("; 2 later files not run: b.lua, c.lua") */
	char alarm_msg[640]; /* what SIGALRM's handler writes, formatted in advance */
	lua_State *state;    /* where the deadline's count hook goes (set when armed) */
	pthread_t alarm_thread; /* the thread running state: SIGALRM caught elsewhere is sent on */
	volatile sig_atomic_t alarm_soft; /* the next SIGALRM is the deadline, not the backstop */
	volatile double soft_cpu; /* the process's CPU seconds when the deadline passed */
	tc_pool pool;        /* small blocks (zeroed with the rest: an empty pool) */
} tc_limits;

/* The allocator to hand lua_newstate with the tc_limits as ud. */
void *tc_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* Frees the pool's chunks: after lua_close of the state using lim, when no
 * block of it is in use any more. */
void tc_limits_release(tc_limits *lim);

/* The same for arrays sized by the sample count (the Monte Carlo engine's):
 * counted like any memory, but under the default limit each block raises the
 * limit by its own size while it lives, so the default limit never refuses a
 * --samples value (only the machine can); an explicit --memory-limit holds
 * for them too. */
void *tc_limits_alloc_samples(void *ud, void *ptr, size_t osize, size_t nsize);

/* Starts the clock: a timer whose SIGALRM sets the count hook on L at the
 * deadline and ends the process half a second later (the backstop).
 * L must have been created with tc_limits_alloc and lim: the hook finds its
 * budget through the state's allocator, never through a global. */
void tc_limits_arm(tc_limits *lim, lua_State *L);
/* Gives a coroutine (a thread of a state made with tc_limits_alloc) a count
 * hook that reads the clock every thousand instructions. The deadline's
 * SIGALRM sets the hook on the budget's main thread only: a signal handler
 * cannot find the coroutine running, and a loop inside one would otherwise
 * run on until the backstop. */
void tc_limits_watch_thread(lua_State *co);
/* What is running and what will not run if the backstop ends the process
 * now: NULL keeps the current text, "" clears it. The backstop's message is
 * reformatted at once (SIGALRM blocked meanwhile), so it names the file or
 * sweep point whose long C call ran past the deadline. */
void tc_limits_subject(tc_limits *lim, const char *subject, const char *tail);
/* Stops the SIGALRM backstop (before a REPL waits for input, and at exit). */
void tc_limits_disarm(void);

/* After a refused allocation that raised "not enough memory" without Lua's
 * emergency collection: collects, and counts the memory limit as hit when
 * the request still does not fit. Returns lim->hit. Call where errors are
 * looked at (message handler, protected calls), never inside the allocator. */
int tc_limits_settle(tc_limits *lim, lua_State *L);

/* One-line description of the hit limit, e.g.
 * "time limit of 5 s reached (raise it with --time-limit)"; "" when none.
 * The text lives in lim (valid until the next call). */
const char *tc_limits_message(tc_limits *lim);

double tc_monotonic(void);

#endif
