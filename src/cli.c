/* cli.c: command-line parsing (see cli.h). Accepts "--opt VALUE" and
 * "--opt=VALUE"; "--" ends options. Unknown options are usage errors. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const commands[] = {
	"run", "check", "validate", "hw", "help", "diff", "bundle", "sweep", "init", "repl", "version",
	"selftest", /* only the test build runs it; main.c refuses it otherwise */
	NULL
};

int tc_cli_integer(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	double d;
	if (!s || !*s)
		return -1;
	errno = 0;
	/* accept 1e6 as well as 1000000: people write sample counts that way */
	d = strtod(s, &end);
	if (*end || errno || !isfinite(d) || d != floor(d) || d < (double)lo || d > (double)hi)
		return -1;
	*out = (long long)d;
	return 0;
}

/* A usage error: the message into err, -1. A macro so every format stays a
 * literal the compiler checks against its arguments. */
#define usage(err, errlen, ...) (snprintf((err), (errlen), __VA_ARGS__), -1)

/* Splits "--opt=value"; returns the value or NULL. */
static const char *inline_value(const char *arg, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(arg, name, n) == 0 && arg[n] == '=')
		return arg + n + 1;
	return NULL;
}

static int is_opt(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int tc_cli_parse(int argc, char **argv, tc_cli *cli, char *err, size_t errlen)
{
	int i = 1, dashdash = 0;
	size_t cap = argc > 0 ? (size_t)argc : 1;

	memset(cli, 0, sizeof *cli);
	cli->samples = -1;
	cli->time_limit = TC_DEFAULT_TIME_LIMIT;
	cli->memory_limit = (size_t)TC_DEFAULT_MEMORY_MIB << 20;
	cli->files = calloc(cap, sizeof *cli->files);
	cli->sets = calloc(cap, sizeof *cli->sets);
	cli->assumptions = calloc(cap, sizeof *cli->assumptions);
	cli->sets_a = calloc(cap, sizeof *cli->sets_a);
	cli->sets_b = calloc(cap, sizeof *cli->sets_b);
	cli->assumptions_a = calloc(cap, sizeof *cli->assumptions_a);
	cli->assumptions_b = calloc(cap, sizeof *cli->assumptions_b);
	if (!cli->files || !cli->sets || !cli->assumptions || !cli->sets_a || !cli->sets_b || !cli->assumptions_a ||
	    !cli->assumptions_b)
		return usage(err, errlen, "%s", "out of memory");

	if (i < argc && (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0)) {
		cli->command = "version";
		i++;
	} else if (i < argc && (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)) {
		cli->command = "help";
		i++;
	} else if (i < argc && argv[i][0] != '-') {
		for (const char *const *c = commands; *c; c++)
			if (strcmp(argv[i], *c) == 0)
				cli->command = *c;
		if (!cli->command)
			return usage(err, errlen, "unknown command '%s' (commands: run, check, validate, hw, help, diff, bundle, sweep, init, repl, version)", argv[i]);
		i++;
	} else {
		cli->command = "help";
	}

	for (; i < argc; i++) {
		const char *a = argv[i], *v;
		if (dashdash || a[0] != '-' || strcmp(a, "-") == 0) {
			cli->files[cli->nfiles++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			dashdash = 1;
			continue;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			cli->help = 1;
			continue;
		}
		if (strcmp(a, "--no-color") == 0) {
			cli->no_color = 1;
			continue;
		}
		if (strcmp(a, "--prices") == 0) {
			cli->prices = 1;
			continue;
		}
		if (strcmp(a, "--strict") == 0) {
			cli->strict = 1;
			continue;
		}
		if (is_opt(a, "--date")) {
			v = inline_value(a, "--date");
			cli->date = v ? v : "";
			continue;
		}
		/* every remaining option takes a value */
		static const char *const valued[] = {
			"--format", "-f", "--output", "-o", "--set", "--samples", "-n", "--seed",
			"--assumptions", "--chart", "--export-samples", "--lib", "--time-limit",
			"--memory-limit", "--set-a", "--set-b", "--assumptions-a", "--assumptions-b", NULL
		};
		const char *name = NULL;
		for (const char *const *o = valued; *o; o++)
			if (is_opt(a, *o) || (a[1] != '-' && strcmp(a, *o) == 0))
				name = *o;
		if (!name)
			return usage(err, errlen, "unknown option '%s'", a);
		v = inline_value(a, name);
		if (!v) {
			if (i + 1 >= argc)
				return usage(err, errlen, "option '%s' needs a value", name);
			v = argv[++i];
		}
		if (!strcmp(name, "--format") || !strcmp(name, "-f")) {
			cli->format = v;
		} else if (!strcmp(name, "--output") || !strcmp(name, "-o")) {
			if (!*v)
				return usage(err, errlen, "%s", "option '-o' needs a path (or - for stdout)");
			cli->output = v;
		} else if (!strcmp(name, "--set") || !strcmp(name, "--set-a") || !strcmp(name, "--set-b")) {
			const char *eq = strchr(v, '=');
			if (!eq || eq == v)
				return usage(err, errlen, "--set takes NAME=VALUE (got '%s')", v);
			if (!strcmp(name, "--set-a"))
				cli->sets_a[cli->nsets_a++] = v;
			else if (!strcmp(name, "--set-b"))
				cli->sets_b[cli->nsets_b++] = v;
			else
				cli->sets[cli->nsets++] = v;
		} else if (!strcmp(name, "--assumptions-a")) {
			cli->assumptions_a[cli->nassumptions_a++] = v;
		} else if (!strcmp(name, "--assumptions-b")) {
			cli->assumptions_b[cli->nassumptions_b++] = v;
		} else if (!strcmp(name, "--samples") || !strcmp(name, "-n")) {
			if (tc_cli_integer(v, 0, TC_MAX_SAMPLES, &cli->samples) != 0)
				return usage(err, errlen, "--samples must be a whole number from 0 to 100000000 (got '%s')", v);
		} else if (!strcmp(name, "--seed")) {
			long long s;
			if (tc_cli_integer(v, 0, 9007199254740991LL, &s) != 0)
				return usage(err, errlen, "--seed must be a whole number from 0 to 2^53-1 (got '%s')", v);
			cli->seed = (unsigned long long)s;
			cli->seed_given = 1;
		} else if (!strcmp(name, "--assumptions")) {
			cli->assumptions[cli->nassumptions++] = v;
		} else if (!strcmp(name, "--chart")) {
			cli->chart = v;
		} else if (!strcmp(name, "--export-samples")) {
			cli->export_samples = v;
		} else if (!strcmp(name, "--lib")) {
			cli->lib = v;
		} else if (!strcmp(name, "--time-limit")) {
			char *end;
			double t;
			errno = 0;
			t = strtod(v, &end);
			if (*end || errno || !isfinite(t) || t <= 0 || t > 86400)
				return usage(err, errlen, "--time-limit must be seconds between 0 and 86400 (got '%s')", v);
			cli->time_limit = t;
		} else if (!strcmp(name, "--memory-limit")) {
			long long m;
			if (tc_cli_integer(v, 16, 1 << 20, &m) != 0)
				return usage(err, errlen, "--memory-limit must be MiB between 16 and 1048576 (got '%s')", v);
			cli->memory_limit = (size_t)m << 20;
			cli->memory_limit_given = 1;
		}
	}
	return 0;
}

void tc_cli_free(tc_cli *cli)
{
	free(cli->files);
	free(cli->sets);
	free(cli->assumptions);
	free(cli->sets_a);
	free(cli->sets_b);
	free(cli->assumptions_a);
	free(cli->assumptions_b);
	cli->sets_a = cli->sets_b = cli->assumptions_a = cli->assumptions_b = NULL;
	cli->files = NULL;
	cli->sets = NULL;
	cli->assumptions = NULL;
}
