/* main.c: runs every C unit-test suite; see check.h for the output protocol. */
#include <stdarg.h>
#include "check.h"

int tc_failed;
const char *tc_current;
static const char *suite_name;

void tc_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	tc_failed = 1;
	printf("FAIL c/%s/%s: %s:%d: ", suite_name, tc_current, file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

#define SUITE(name) extern const tc_suite name;
#include "suites.h"
#undef SUITE

static const tc_suite *const suites[] = {
#define SUITE(name) &name,
#include "suites.h"
#undef SUITE
	NULL
};

int main(void)
{
	int bad = 0;
	for (const tc_suite *const *s = suites; *s; s++) {
		suite_name = (*s)->name;
		for (const tc_test *t = (*s)->tests; t->name; t++) {
			tc_current = t->name;
			tc_failed = 0;
			t->fn();
			if (tc_failed)
				bad++;
			else
				printf("PASS c/%s/%s\n", suite_name, t->name);
		}
	}
	return bad != 0;
}
