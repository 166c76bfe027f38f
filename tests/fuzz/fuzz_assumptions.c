/* fuzz_assumptions.c: an --assumptions file (shared assume/correlate lines
 * applied over a scenario) through the whole run path, with tight limits.
 * Any crash, sanitizer report or leak is a finding; an error naming the
 * assumptions file (exit 1) is the expected outcome for most inputs. The
 * scenario is a fixed one with uncertain inputs, so applied values reach the
 * sampling engine. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define LUA_COV_WRAP /* linked with -Wl,--wrap=lua_sethook */
#include "lua_cov.h"

int tc_main(int argc, char **argv);

static char dir[] = "/tmp/tcost-fuzz-assumptions-XXXXXX";
static char shared[80], out[80];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(shared, sizeof shared, "%s/shared.lua", dir);
	snprintf(out, sizeof out, "%s/report.csv", dir);
	setenv("TCOST_NO_ALARM", "1", 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(shared, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	char *argv[] = {"tcost", "run", "tests/data/uncertain.lua", "--assumptions", shared, "--time-limit", "1",
			"--memory-limit", "64", "--samples", "200", "--format", "csv", "-o", out, NULL};
	/* tc_main ends by clearing ITIMER_REAL (tc_limits_disarm), which is also
	 * libFuzzer's -timeout clock: keep it, or no later input could time out */
	struct itimerval fuzzer_timer;
	getitimer(ITIMER_REAL, &fuzzer_timer);
	lua_cov_prev = 0;
	tc_main(15, argv);
	setitimer(ITIMER_REAL, &fuzzer_timer, NULL);
	return 0;
}
