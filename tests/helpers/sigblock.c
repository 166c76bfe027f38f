/* sigblock.c: `sigblock CMD ARGS...` runs CMD with every blockable signal
 * blocked, as some job runners and CI systems start their jobs (the mask is
 * inherited across exec). Used by tests/cli/commands.sh to show that tcost's
 * time limit and its clean-up handlers still work under such a parent. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	sigset_t all;
	if (argc < 2) {
		fputs("usage: sigblock CMD [ARGS...]\n", stderr);
		return 2;
	}
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);
	execvp(argv[1], argv + 1);
	perror(argv[1]);
	return 127;
}
