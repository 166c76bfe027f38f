/* cli.c: command-line parsing (see cli.h), driven by two tables: the
 * commands (tc_commands) and the options (options[], each with the setter
 * that checks and stores its value). Accepts "--opt VALUE" and "--opt=VALUE";
 * "--" ends options. Unknown options are usage errors. */
#include "cli.h"
#include "budget.h"
#include "names.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The commands: the one list the parser and the unknown-command message go
 * by, and tests/cli/cli_table.sh holds `tcost help`, the shell completions
 * and the man page to. */
const tc_command tc_commands[] = {
	{"run", 1}, {"check", 1}, {"validate", 1}, {"hw", 1}, {"help", 1}, {"diff", 1},
	{"bundle", 1}, {"sweep", 1}, {"init", 1}, {"repl", 1}, {"version", 1},
	{"selftest", 0}, /* only the test build runs it; main.c refuses it otherwise */
	{NULL, 0}
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

/* ---- options ------------------------------------------------------------ */

/* Setters: store v (NULL for a flag) into cli; -1 with the message in err
 * when v is not acceptable. */
typedef int (*setter)(tc_cli *cli, const char *v, char *err, size_t errlen);

static int set_help(tc_cli *c, const char *v, char *e, size_t n) { (void)v, (void)e, (void)n; c->help = 1; return 0; }
static int set_no_color(tc_cli *c, const char *v, char *e, size_t n) { (void)v, (void)e, (void)n; c->no_color = 1; return 0; }
static int set_prices(tc_cli *c, const char *v, char *e, size_t n) { (void)v, (void)e, (void)n; c->prices = 1; return 0; }
static int set_regions(tc_cli *c, const char *v, char *e, size_t n) { (void)v, (void)e, (void)n; c->regions = 1; return 0; }
static int set_strict(tc_cli *c, const char *v, char *e, size_t n) { (void)v, (void)e, (void)n; c->strict = 1; return 0; }
static int set_date(tc_cli *c, const char *v, char *e, size_t n) { (void)e, (void)n; c->date = v ? v : ""; return 0; }
static int set_format(tc_cli *c, const char *v, char *e, size_t n) { (void)e, (void)n; c->format = v; return 0; }
static int set_chart(tc_cli *c, const char *v, char *e, size_t n) { (void)e, (void)n; c->chart = v; return 0; }
static int set_export(tc_cli *c, const char *v, char *e, size_t n) { (void)e, (void)n; c->export_samples = v; return 0; }
static int set_lib(tc_cli *c, const char *v, char *e, size_t n) { (void)e, (void)n; c->lib = v; return 0; }

static int set_assumptions(tc_cli *c, const char *v, char *e, size_t n)
{
	(void)e, (void)n;
	c->assumptions[c->nassumptions++] = v;
	return 0;
}

static int set_output(tc_cli *c, const char *v, char *err, size_t errlen)
{
	if (!*v)
		return usage(err, errlen, "%s", "option '-o' needs a path (or - for stdout)");
	c->output = v;
	return 0;
}

/* NAME=VALUE into a list of --set values. */
static int set_pair(const char **list, int *n, const char *v, char *err, size_t errlen)
{
	const char *eq = strchr(v, '=');
	if (!eq || eq == v)
		return usage(err, errlen, "--set takes NAME=VALUE (got '%s')", v);
	list[(*n)++] = v;
	return 0;
}

static int set_set(tc_cli *c, const char *v, char *e, size_t n) { return set_pair(c->sets, &c->nsets, v, e, n); }
static int set_set_a(tc_cli *c, const char *v, char *e, size_t n) { return set_pair(c->sets_a, &c->nsets_a, v, e, n); }
static int set_set_b(tc_cli *c, const char *v, char *e, size_t n) { return set_pair(c->sets_b, &c->nsets_b, v, e, n); }

static int set_assumptions_a(tc_cli *c, const char *v, char *e, size_t n)
{
	(void)e, (void)n;
	c->assumptions_a[c->nassumptions_a++] = v;
	return 0;
}

static int set_assumptions_b(tc_cli *c, const char *v, char *e, size_t n)
{
	(void)e, (void)n;
	c->assumptions_b[c->nassumptions_b++] = v;
	return 0;
}

static int set_samples(tc_cli *c, const char *v, char *err, size_t errlen)
{
	if (tc_cli_integer(v, 0, TC_MAX_SAMPLES, &c->samples) != 0)
		return usage(err, errlen, "--samples must be a whole number from 0 to 100000000 (got '%s')", v);
	return 0;
}

static int set_seed(tc_cli *c, const char *v, char *err, size_t errlen)
{
	long long s;
	if (tc_cli_integer(v, 0, 9007199254740991LL, &s) != 0)
		return usage(err, errlen, "--seed must be a whole number from 0 to 2^53-1 (got '%s')", v);
	c->seed = (unsigned long long)s;
	c->seed_given = 1;
	return 0;
}

static int set_time_limit(tc_cli *c, const char *v, char *err, size_t errlen)
{
	char *end;
	errno = 0;
	double t = strtod(v, &end);
	if (*end || errno || !isfinite(t) || t <= 0 || t > 86400)
		return usage(err, errlen, "--time-limit must be seconds between 0 and 86400 (got '%s')", v);
	c->time_limit = t;
	return 0;
}

static int set_memory_limit(tc_cli *c, const char *v, char *err, size_t errlen)
{
	long long m;
	if (tc_cli_integer(v, 16, TC_MAX_MEMORY_MIB, &m) != 0)
		return usage(err, errlen, "--memory-limit must be MiB between 16 and 1048576 (got '%s')", v);
	c->memory_limit = (size_t)m << 20;
	c->memory_limit_given = 1;
	return 0;
}

enum { FLAG, VALUE, OPTIONAL }; /* no value; a value (next word or =); only --opt=value */

/* Every option, for every command: what each means is decided in Lua. */
static const struct option {
	const char *name;  /* "--format" */
	const char *alias; /* "-f", or NULL */
	int takes;
	setter set;
} options[] = {
	{"--help", "-h", FLAG, set_help},
	{"--no-color", NULL, FLAG, set_no_color},
	{"--prices", NULL, FLAG, set_prices},
	{"--regions", NULL, FLAG, set_regions},
	{"--strict", NULL, FLAG, set_strict},
	{"--date", NULL, OPTIONAL, set_date},
	{"--format", "-f", VALUE, set_format},
	{"--output", "-o", VALUE, set_output},
	{"--set", NULL, VALUE, set_set},
	{"--samples", "-n", VALUE, set_samples},
	{"--seed", NULL, VALUE, set_seed},
	{"--assumptions", NULL, VALUE, set_assumptions},
	{"--chart", NULL, VALUE, set_chart},
	{"--export-samples", NULL, VALUE, set_export},
	{"--lib", NULL, VALUE, set_lib},
	{"--time-limit", NULL, VALUE, set_time_limit},
	{"--memory-limit", NULL, VALUE, set_memory_limit},
	{"--set-a", NULL, VALUE, set_set_a},
	{"--set-b", NULL, VALUE, set_set_b},
	{"--assumptions-a", NULL, VALUE, set_assumptions_a},
	{"--assumptions-b", NULL, VALUE, set_assumptions_b},
};
#define NOPTIONS (sizeof options / sizeof options[0])

/* The option arg names ("--opt", "--opt=value", "-o" or "-o=value"), or
 * NULL; *inline_v is the text after '=' or NULL. */
static const struct option *find_option(const char *arg, const char **inline_v)
{
	for (size_t k = 0; k < NOPTIONS; k++) {
		const struct option *o = &options[k];
		for (const char *name = o->name; name; name = name == o->name ? o->alias : NULL) {
			size_t n = strlen(name);
			if (strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=')) {
				*inline_v = arg[n] == '=' ? arg + n + 1 : NULL;
				return o;
			}
		}
	}
	return NULL;
}

/* "unknown option '--formt' (did you mean '--format'?)": the nearest long
 * name by src/names.c's one rule, judged on the text before any '='. */
static int unknown_option(const char *arg, char *err, size_t errlen)
{
	char word[64];
	size_t n = strcspn(arg, "=");
	tc_name_best best = TC_NAME_BEST_INIT;
	if (n >= sizeof word)
		return usage(err, errlen, "unknown option '%s'", arg);
	memcpy(word, arg, n);
	word[n] = '\0';
	for (size_t k = 0; k < NOPTIONS; k++)
		tc_name_consider(&best, word, options[k].name);
	const char *near = tc_name_pick(&best, word);
	if (near && strcmp(near, word) != 0)
		return usage(err, errlen, "unknown option '%s' (did you mean '%s'?)", arg, near);
	return usage(err, errlen, "unknown option '%s'", arg);
}

/* ---- parsing ---------------------------------------------------------- */

/* The command word at argv[*i] (advancing *i), or "help" when there is none;
 * -1 with err for an unknown one. */
static int parse_command(int argc, char **argv, int *i, tc_cli *cli, char *err, size_t errlen)
{
	const char *a = *i < argc ? argv[*i] : NULL;
	if (a && (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0)) {
		cli->command = "version";
	} else if (a && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)) {
		cli->command = "help";
	} else if (a && a[0] != '-') {
		for (const tc_command *c = tc_commands; c->name; c++)
			if (strcmp(a, c->name) == 0)
				cli->command = c->name;
		if (!cli->command) {
			char list[256] = "";
			for (const tc_command *c = tc_commands; c->name; c++)
				if (c->listed) /* not the test build's selftest */
					snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", *list ? ", " : "", c->name);
			return usage(err, errlen, "unknown command '%s' (commands: %s)", a, list);
		}
	} else {
		cli->command = "help";
		return 0;
	}
	(*i)++;
	return 0;
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
	if (parse_command(argc, argv, &i, cli, err, errlen))
		return -1;

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
		const struct option *o = find_option(a, &v);
		if (!o)
			return unknown_option(a, err, errlen);
		if (o->takes == FLAG && v)
			return usage(err, errlen, "option '%s' takes no value (got '%s')", o->name, a);
		if (o->takes == VALUE && !v) {
			if (i + 1 >= argc)
				return usage(err, errlen, "option '%s' needs a value", strcmp(a, o->name) == 0 ? o->name : a);
			v = argv[++i];
		}
		if (o->set(cli, v, err, errlen))
			return -1;
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
