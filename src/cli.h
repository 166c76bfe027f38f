/* cli.h: the command line, parsed into a plain struct before Lua starts.
 * Parsing lives in C so the limits (--time-limit, --memory-limit) and the
 * library folder (--lib) are known before the Lua state exists, and so a
 * fuzzer can drive it alone. What each command does is decided in Lua. */
#ifndef TCOST_CLI_H
#define TCOST_CLI_H

#include <stddef.h>

typedef struct tc_cli {
	const char *command;     /* "run", "check", ...; "help" when none */
	const char **files;      /* operands after the command */
	int nfiles;
	const char **sets;       /* "NAME=VALUE", in order */
	int nsets;
	const char **assumptions; /* --assumptions FILE, in order */
	int nassumptions;
	/* diff: --set-a/--set-b and --assumptions-a/-b for one side only */
	const char **sets_a, **sets_b, **assumptions_a, **assumptions_b;
	int nsets_a, nsets_b, nassumptions_a, nassumptions_b;
	const char *format;      /* NULL: the command's default */
	const char *output;      /* -o PATH; NULL: stdout */
	const char *chart;
	const char *export_samples;
	const char *lib;         /* --lib DIR, else $TCOST_LIB, else embedded */
	const char *date;        /* --date[=YYYY-MM-DD]; "" means today */
	long long samples;       /* -1 when not given */
	unsigned long long seed;
	int seed_given;
	double time_limit;       /* seconds */
	size_t memory_limit;     /* bytes */
	int memory_limit_given;  /* --memory-limit was on the command line */
	int help;                /* --help after a command */
	int no_color;
	int strict; /* --strict: warnings (implausible magnitudes) are errors */
	int prices; /* hw --prices: dated price observations instead of the specifications */
	int regions; /* hw --regions: the electricity regions instead of the accelerators */
} tc_cli;

#define TC_DEFAULT_TIME_LIMIT 5.0
#define TC_DEFAULT_MEMORY_MIB 1024
#define TC_MAX_SAMPLES 100000000LL

/* A command: its name, and whether help and messages list it. */
typedef struct tc_command {
	const char *name;
	int listed;
} tc_command;
/* Every command, ending with {NULL, NULL}. */
extern const tc_command tc_commands[];

/* Parses argv[1..argc-1]. Returns 0, or -1 with a one-line reason in err
 * (a usage error: the caller exits 2). Strings point into argv; the arrays
 * are allocated and released by tc_cli_free. */
int tc_cli_parse(int argc, char **argv, tc_cli *cli, char *err, size_t errlen);
void tc_cli_free(tc_cli *cli);

/* Parses a whole decimal number in [lo, hi]; 0 on success. */
int tc_cli_integer(const char *s, long long lo, long long hi, long long *out);

#endif
