/* test_samples_budget.c: the memory budget of arrays sized by --samples
 * (src/budget.c, tc_limits_alloc_samples): under the default limit they never
 * count against it, under an explicit --memory-limit they do. */
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

static const tc_test tests[] = {
	{"default_limit_grows_with_sample_arrays", default_limit_grows_with_sample_arrays},
	{"explicit_limit_holds_for_sample_arrays", explicit_limit_holds_for_sample_arrays},
	{"explicit_limit_names_what_is_needed", explicit_limit_names_what_is_needed},
	{NULL, NULL}
};

const tc_suite suite_samples_budget = {"samples_budget", tests};
