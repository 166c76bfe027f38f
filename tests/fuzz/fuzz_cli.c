/* fuzz_cli.c: the command-line parser alone. The input is split at NUL
 * bytes into arguments; parsing must never crash, leak or read out of bounds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	/* "tcost", at most size + 1 arguments (size NULs), and the NULL */
	char **argv = malloc((size + 3) * sizeof *argv);
	char err[512];
	int argc = 0;
	tc_cli cli;
	if (!buf || !argv)
		abort();
	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[argc++] = "tcost";
	for (size_t i = 0; i <= size; i++) {
		argv[argc++] = buf + i;
		i += strlen(buf + i);
	}
	argv[argc] = NULL;
	if (tc_cli_parse(argc, argv, &cli, err, sizeof err) != 0 && strlen(err) == 0)
		abort(); /* a usage error must say why */
	tc_cli_free(&cli);
	free(argv);
	free(buf);
	return 0;
}
