/* rng.c: seeding of xoshiro256** streams (see rng.h); the generator itself
 * is inline in rng.h so the sampling loops can inline it. */
#include "rng.h"

uint64_t tc_splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

uint64_t tc_fnv1a64(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3u;
	}
	return h;
}

void tc_rng_seed(tc_rng *r, uint64_t seed)
{
	uint64_t st = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = tc_splitmix64(&st);
	/* splitmix64 is a bijection of its counter, so four consecutive
	 * outputs are never all zero; keep the guard for clarity. */
	if ((r->s[0] | r->s[1] | r->s[2] | r->s[3]) == 0)
		r->s[0] = 1;
}

void tc_rng_stream(tc_rng *r, uint64_t seed, uint64_t id)
{
	/* Mix the id through one splitmix64 step before combining, so that
	 * nearby ids (creation ordinals 1, 2, 3) give unrelated seeds, then mix
	 * the combination again. */
	uint64_t a = id;
	uint64_t b = seed ^ tc_splitmix64(&a);
	tc_rng_seed(r, tc_splitmix64(&b));
}
