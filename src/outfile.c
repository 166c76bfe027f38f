/* outfile.c: atomic report files (see outfile.h). */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* The temporary file in flight, for the signal handlers. */
static char pending[PATH_MAX + 32];
static volatile sig_atomic_t has_pending;

void tc_outfile_discard_signal_safe(void)
{
	if (has_pending) {
		unlink(pending);
		has_pending = 0;
	}
}

static void on_signal(int sig)
{
	static const char msg[] = "tcost: interrupted; no report written\n";
	tc_outfile_discard_signal_safe();
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing more can be done from a signal handler */
	}
	_exit(128 + sig);
}

void tc_outfile_install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int fail(char *err, size_t errlen, const char *path, int e)
{
	snprintf(err, errlen, "cannot write '%s': %s", path, strerror(e));
	return -1;
}

int tc_outfile_write(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	const char *slash;
	size_t dirlen;
	mode_t mask;
	int fd, e;

	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return fail(err, errlen, "stdout", errno);
		return 0;
	}
	if (strlen(path) >= PATH_MAX)
		return fail(err, errlen, path, ENAMETOOLONG);
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	snprintf(pending, sizeof pending, "%.*s.%s.tmp-XXXXXX", (int)dirlen, path, slash ? slash + 1 : path);
	/* block the signals while the name is being registered */
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	fd = mkstemp(pending);
	if (fd >= 0)
		has_pending = 1;
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0)
		return fail(err, errlen, path, errno);

	mask = umask(0);
	umask(mask);
	/* No fsync: the promise is about failed and interrupted runs, which
	 * rename() covers; flushing to disk would double a quick run's time. */
	if (fchmod(fd, 0666 & ~mask) != 0 || write_all(fd, data, len) != 0) {
		e = errno;
		close(fd);
		tc_outfile_discard_signal_safe();
		return fail(err, errlen, path, e);
	}
	if (close(fd) != 0 || rename(pending, path) != 0) {
		e = errno;
		tc_outfile_discard_signal_safe();
		return fail(err, errlen, path, e);
	}
	has_pending = 0;
	return 0;
}
