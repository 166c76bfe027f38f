/* rng.h: the random numbers of the Monte Carlo engine.
 *
 * xoshiro256** (Blackman & Vigna 2018) seeded through splitmix64, plus the
 * rule that gives every uncertain input its own stream: the stream of a leaf
 * depends only on the run seed and the leaf's stable id, so adding or
 * removing an unrelated input never changes another input's samples, and the
 * first k samples of a run do not depend on how many samples it draws.
 * What is not here: distributions (dist.c), the graph (mc.c). */
#ifndef TCOST_RNG_H
#define TCOST_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct tc_rng {
	uint64_t s[4];
} tc_rng;

/* One splitmix64 step: advances *state and returns the next output. */
uint64_t tc_splitmix64(uint64_t *state);

/* FNV-1a 64 of the bytes s[0..len): the stable id of a labeled input. */
uint64_t tc_fnv1a64(const char *s, size_t len);

/* Seeds r from one 64-bit value (four splitmix64 outputs; never all zero). */
void tc_rng_seed(tc_rng *r, uint64_t seed);

/* Seeds r as the stream of the leaf with stable id `id` in a run seeded with
 * `seed`: tc_rng_seed(r, splitmix64-mix(seed, id)). */
void tc_rng_stream(tc_rng *r, uint64_t seed, uint64_t id);

/* The next raw 64-bit output. */
static inline uint64_t tc_rng_next(tc_rng *r)
{
	uint64_t *s = r->s;
	uint64_t x = s[1] * 5;
	uint64_t out = ((x << 7) | (x >> 57)) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = (s[3] << 45) | (s[3] >> 19);
	return out;
}

/* A uniform double strictly inside (0, 1): the top 52 bits plus one half
 * ulp, so the smallest value is 2^-53 and the largest 1 - 2^-53. Safe to
 * pass to log() or to an inverse CDF without a guard. */
static inline double tc_rng_uniform(tc_rng *r)
{
	return ((double)(tc_rng_next(r) >> 12) + 0.5) * (1.0 / 4503599627370496.0);
}

#endif
