/* fuzz_set.c: the --set value parser (a number, or an expression over the
 * distributions evaluated in an environment that holds nothing else). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define LUA_COV_WRAP /* linked with -Wl,--wrap=lua_sethook */
#include "lua_cov.h"

int tc_main(int argc, char **argv);

static char dir[] = "/tmp/tcost-fuzz-set-XXXXXX";
static char out[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(out, sizeof out, "%s/report.json", dir);
	setenv("TCOST_NO_ALARM", "1", 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *set = malloc(size + 6);
	if (!set)
		abort();
	memcpy(set, "rate=", 5);
	memcpy(set + 5, data, size);
	set[size + 5] = '\0'; /* a NUL inside ends the value early, as argv would */
	char *argv[] = {"tcost", "run", "tests/data/uncertain.lua", "--set", set, "--samples", "100",
			"--time-limit", "1", "--memory-limit", "64", "--format", "json", "-o", out, NULL};
	/* tc_main ends by clearing ITIMER_REAL (tc_limits_disarm), which is also
	 * libFuzzer's -timeout clock: keep it, or no later input could time out */
	struct itimerval fuzzer_timer;
	getitimer(ITIMER_REAL, &fuzzer_timer);
	lua_cov_prev = 0;
	tc_main(15, argv);
	setitimer(ITIMER_REAL, &fuzzer_timer, NULL);
	free(set);
	return 0;
}
