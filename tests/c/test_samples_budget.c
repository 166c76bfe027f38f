/* test_samples_budget.c: the memory budget of arrays sized by --samples
 * (src/budget.c, tc_limits_alloc_samples): under the default limit they never
 * count against it, under an explicit --memory-limit they do. And the
 * allocator's small-block pool: a block keeps its bytes when it grows or
 * shrinks across size classes and into malloc's range and back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "budget.h"

#define MIB ((size_t)1 << 20)

static void default_limit_grows_with_sample_arrays(void)
{
	tc_limits lim = {0};
	lim.mem_limit = 1 * MIB;
	lim.mem_default = 1;
	void *big = tc_limits_alloc_samples(&lim, NULL, 0, 10 * MIB);
	CHECK(big);
	CHECK(lim.mem_used == 10 * MIB);       /* counted ... */
	CHECK(lim.mem_limit == 11 * MIB);      /* ... and the limit moved with it */
	/* other memory still has only the default's 1 MiB */
	CHECK(tc_limits_alloc(&lim, NULL, 0, 2 * MIB) == NULL);
	void *small = tc_limits_alloc(&lim, NULL, 0, MIB / 2);
	CHECK(small);
	tc_limits_alloc(&lim, small, MIB / 2, 0);
	tc_limits_alloc_samples(&lim, big, 10 * MIB, 0);
	CHECK(lim.mem_used == 0);
	CHECK(lim.mem_limit == 1 * MIB);      /* freed: the default again */
}

static void explicit_limit_holds_for_sample_arrays(void)
{
	tc_limits lim = {0};
	lim.mem_limit = 1 * MIB;
	lim.mem_default = 0; /* --memory-limit 1 */
	CHECK(tc_limits_alloc_samples(&lim, NULL, 0, 10 * MIB) == NULL);
	CHECK(lim.mem_used == 0 && lim.mem_limit == 1 * MIB);
	void *p = tc_limits_alloc_samples(&lim, NULL, 0, MIB / 4);
	CHECK(p);
	CHECK(lim.mem_used == MIB / 4);
	tc_limits_alloc_samples(&lim, p, MIB / 4, 0);
	CHECK(lim.mem_used == 0);
}

/* An explicit limit too small names what the run needs: 16 MiB, 3 MiB in use,
 * and an array of 20 MiB + 1 byte asked twice (the second refusal is the hit):
 * 3 MiB + 20 MiB + 1 byte in use at once = 23 MiB and a byte, so 24 MiB. */
static void explicit_limit_names_what_is_needed(void)
{
	tc_limits lim = {0};
	lim.mem_limit = 16 * MIB;
	void *heap = tc_limits_alloc(&lim, NULL, 0, 3 * MIB);
	CHECK(heap);
	CHECK(tc_limits_alloc_samples(&lim, NULL, 0, 20 * MIB + 1) == NULL);
	CHECK(lim.hit == TC_HIT_NONE); /* one refusal may be garbage */
	CHECK(tc_limits_alloc_samples(&lim, NULL, 0, 20 * MIB + 1) == NULL);
	CHECK(lim.hit == TC_HIT_MEMORY);
	CHECK(strcmp(tc_limits_message(&lim),
		     "memory limit of 16 MiB reached: needs at least 24 MiB: use --memory-limit 24") == 0);
	tc_limits_alloc(&lim, heap, 3 * MIB, 0);
}

static int holds(const unsigned char *p, size_t n, unsigned char first)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char)(first + i))
			return 0;
	return 1;
}

/* Whether the n bytes at p are all v. */
static int holds_byte(const void *p, size_t n, unsigned char v)
{
	const unsigned char *u = p;
	for (size_t i = 0; i < n; i++)
		if (u[i] != v)
			return 0;
	return 1;
}

static void fill(unsigned char *p, size_t n, unsigned char first)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(first + i);
}

/* 10 bytes -> 16 (the same 16-byte class) -> 17 (the next) -> 300 (past the
 * pool's 256: malloc's) -> 40 (the pool again): the bytes written first are
 * kept each time, and the count of bytes in use follows Lua's sizes. */
static void small_blocks_keep_their_bytes(void)
{
	tc_limits lim = {0};
	lim.mem_limit = MIB;
	unsigned char *p = tc_limits_alloc(&lim, NULL, 0, 10);
	CHECK(p && (uintptr_t)p % 16 == 0);
	fill(p, 10, 1);
	static const size_t sizes[] = {10, 16, 17, 300, 40};
	for (size_t i = 1; i < sizeof sizes / sizeof *sizes; i++) {
		size_t kept = sizes[i - 1] < sizes[i] ? sizes[i - 1] : sizes[i];
		p = tc_limits_alloc(&lim, p, sizes[i - 1], sizes[i]);
		CHECK(p && (uintptr_t)p % 16 == 0);
		CHECK(holds(p, kept, 1));
		CHECK(lim.mem_used == sizes[i]);
		fill(p, sizes[i], 1);
	}
	tc_limits_alloc(&lim, p, 40, 0);
	CHECK(lim.mem_used == 0);
	tc_limits_release(&lim);
}

/* Blocks freed go back to their class: a second round of the same sizes
 * takes no new chunk. */
static void freed_blocks_are_reused(void)
{
	tc_limits lim = {0};
	lim.mem_limit = MIB;
	void *b[500];
	for (size_t i = 0; i < 500; i++)
		CHECK((b[i] = tc_limits_alloc(&lim, NULL, 0, 1 + i % 256)) != NULL);
	for (size_t i = 0; i < 500; i++)
		tc_limits_alloc(&lim, b[i], 1 + i % 256, 0);
	void *chunks = lim.pool.chunks;
	for (size_t i = 0; i < 500; i++)
		CHECK((b[i] = tc_limits_alloc(&lim, NULL, 0, 1 + i % 256)) != NULL);
	CHECK(lim.pool.chunks == chunks);
	for (size_t i = 0; i < 500; i++)
		tc_limits_alloc(&lim, b[i], 1 + i % 256, 0);
	CHECK(lim.mem_used == 0);
	tc_limits_release(&lim);
	CHECK(lim.pool.chunks == NULL);
}

/* The pool holds at most TC_POOL_MAX_CHUNKS chunks: a free list keeps its
 * class's blocks, so a scenario filling each class in turn up to its limit
 * and freeing it again (16 x 4 MiB here) held 16 times the limit in chunks
 * that no other class could use. Past the chunks, small blocks are malloc's
 * (as before the pool) and keep their bytes when they grow and shrink. */
static void pool_stays_bounded(void)
{
	tc_limits lim = {0};
	lim.mem_limit = 64 * MIB;
	size_t count = 4 * MIB / 16;
	void **b = malloc(count * sizeof *b);
	CHECK(b != NULL);
	for (size_t c = 1; c <= TC_POOL_CLASSES && b; c++) {
		size_t size = c * TC_POOL_STEP, n = 4 * MIB / size;
		for (size_t i = 0; i < n; i++) {
			b[i] = tc_limits_alloc(&lim, NULL, 0, size);
			CHECK(b[i] != NULL);
			memset(b[i], (int)c, size);
		}
		for (size_t i = 0; i < n; i++) {
			CHECK(holds_byte(b[i], size, (unsigned char)c));
			tc_limits_alloc(&lim, b[i], size, 0);
		}
	}
	size_t chunks = 0;
	for (void *k = lim.pool.chunks; k; k = *(void **)k)
		chunks++;
	CHECK(chunks <= TC_POOL_MAX_CHUNKS);
	CHECK(lim.mem_used == 0);
	/* past the bound: a block from malloc grows into the pool's range and back */
	unsigned char *p = tc_limits_alloc(&lim, NULL, 0, 24);
	CHECK(p != NULL);
	fill(p, 24, 7);
	p = tc_limits_alloc(&lim, p, 24, 200);
	CHECK(p && holds(p, 24, 7));
	fill(p, 200, 7);
	p = tc_limits_alloc(&lim, p, 200, 1000);
	CHECK(p && holds(p, 200, 7));
	p = tc_limits_alloc(&lim, p, 1000, 8);
	CHECK(p && holds(p, 8, 7));
	tc_limits_alloc(&lim, p, 8, 0);
	CHECK(lim.mem_used == 0);
	free(b);
	tc_limits_release(&lim);
}

static const tc_test tests[] = {
	{"small_blocks_keep_their_bytes", small_blocks_keep_their_bytes},
	{"freed_blocks_are_reused", freed_blocks_are_reused},
	{"pool_stays_bounded", pool_stays_bounded},
	{"default_limit_grows_with_sample_arrays", default_limit_grows_with_sample_arrays},
	{"explicit_limit_holds_for_sample_arrays", explicit_limit_holds_for_sample_arrays},
	{"explicit_limit_names_what_is_needed", explicit_limit_names_what_is_needed},
	{NULL, NULL}
};

const tc_suite suite_samples_budget = {"samples_budget", tests};
