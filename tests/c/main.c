/* main.c: runs every C unit-test suite; see check.h for the output protocol. */
#include <stdarg.h>
#include <string.h>
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

/* Is "c/SUITE/TEST" selected by `only` ("", "c", "c/SUITE" or "c/SUITE/TEST")? */
static int selected(const char *only, const char *suite, const char *test)
{
	char name[256];
	size_t n = strlen(only);
	snprintf(name, sizeof name, "c/%s/%s", suite, test);
	return n == 0 || (strncmp(name, only, n) == 0 && (name[n] == '\0' || name[n] == '/'));
}

/* test_c [NAME]: every test, or those whose name is NAME or starts with NAME/. */
int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "";
	int bad = 0;
	for (const tc_suite *const *s = suites; *s; s++) {
		suite_name = (*s)->name;
		for (const tc_test *t = (*s)->tests; t->name; t++) {
			if (!selected(only, suite_name, t->name))
				continue;
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
