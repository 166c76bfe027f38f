/* fuzz_run.c: the whole run path, scenario source -> report, with tight
 * limits. Any crash, sanitizer report or leak is a finding; a scenario error
 * (exit 1) is the expected outcome for most inputs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define LUA_COV_WRAP /* linked with -Wl,--wrap=lua_sethook */
#include "lua_cov.h"

int tc_main(int argc, char **argv);

static char dir[] = "/tmp/tcost-fuzz-run-XXXXXX";
static char scen[64], out[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(scen, sizeof scen, "%s/s.lua", dir);
	snprintf(out, sizeof out, "%s/report.txt", dir);
	setenv("TCOST_NO_ALARM", "1", 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const formats[] = {"text", "md", "csv", "json", "html", "svg"};
	FILE *f = fopen(scen, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	char *argv[] = {"tcost", "run", scen, "--time-limit", "1", "--memory-limit", "64", "--samples", "200",
			"--format", (char *)formats[size % 6], "-o", out, NULL};
	/* tc_main ends by clearing ITIMER_REAL (tc_limits_disarm), which is also
	 * libFuzzer's -timeout clock: keep it, or no later input could time out */
	struct itimerval fuzzer_timer;
	getitimer(ITIMER_REAL, &fuzzer_timer);
	lua_cov_prev = 0;
	tc_main(13, argv);
	setitimer(ITIMER_REAL, &fuzzer_timer, NULL);
	return 0;
}
