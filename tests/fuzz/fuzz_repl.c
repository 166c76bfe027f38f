/* fuzz_repl.c: `tcost repl` fed a whole session on standard input: the line
 * reader (any length, NUL bytes, a missing last newline, lines over 1 MiB),
 * the expression-then-statement parse, the per-line budget and the value
 * printer. Any crash, sanitizer report or leak is a finding; and the REPL
 * must end with exit 0 whatever the lines do (it never ends on a user's
 * error), or the harness aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define LUA_COV_WRAP /* linked with -Wl,--wrap=lua_sethook */
#include "lua_cov.h"

int tc_main(int argc, char **argv);

static char dir[] = "/tmp/tcost-fuzz-repl-XXXXXX";
static char input[80];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(input, sizeof input, "%s/session.txt", dir);
	setenv("TCOST_NO_ALARM", "1", 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(input, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	if (!freopen(input, "rb", stdin))
		abort();
	char *argv[] = {"tcost", "repl", "--time-limit", "1", "--memory-limit", "64", NULL};
	struct itimerval fuzzer_timer;
	getitimer(ITIMER_REAL, &fuzzer_timer);
	lua_cov_prev = 0;
	int rc = tc_main(6, argv);
	setitimer(ITIMER_REAL, &fuzzer_timer, NULL);
	if (rc != 0) {
		fprintf(stderr, "fuzz_repl: the REPL ended with exit %d on a user's input\n", rc);
		abort();
	}
	return 0;
}
