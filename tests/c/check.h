/* check.h: the tiny assertion kit of tcost's C unit tests.
 * Each test file defines test functions and lists them in a TC_SUITE table;
 * tests/c/main.c runs every suite. A failed check prints one line
 * "FAIL suite/test: file:line: reason" and the test stops there; every test
 * that finishes prints "PASS suite/test". The runner counts these lines. */
#ifndef TCOST_CHECK_H
#define TCOST_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct tc_test {
	const char *name;
	void (*fn)(void);
} tc_test;

typedef struct tc_suite {
	const char *name;
	const tc_test *tests; /* ends with {NULL, NULL} */
} tc_suite;

/* Set by the runner; a check that fails sets tc_failed and returns. */
extern int tc_failed;
extern const char *tc_current;

void tc_fail(const char *file, int line, const char *fmt, ...);

#define CHECK(cond) do { if (!(cond)) { \
	tc_fail(__FILE__, __LINE__, "check failed: %s", #cond); return; } } while (0)

/* Relative tolerance check; exact when rel == 0. */
#define CHECK_NEAR(got, want, rel) do { double g_ = (got), w_ = (want); \
	double tol_ = (rel) * fabs(w_); \
	if (!(fabs(g_ - w_) <= tol_)) { \
	tc_fail(__FILE__, __LINE__, "%s = %.17g, want %.17g (rel tol %g)", #got, g_, w_, (double)(rel)); \
	return; } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_) != 0) { \
	tc_fail(__FILE__, __LINE__, "%s = \"%s\", want \"%s\"", #got, g_ ? g_ : "(null)", w_); \
	return; } } while (0)

/* Substring check, for error messages. */
#define CHECK_HAS(got, part) do { const char *g_ = (got), *p_ = (part); \
	if (!g_ || !strstr(g_, p_)) { \
	tc_fail(__FILE__, __LINE__, "%s = \"%s\", want it to contain \"%s\"", #got, g_ ? g_ : "(null)", p_); \
	return; } } while (0)

#endif
