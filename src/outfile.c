/* outfile.c: report files that never harm the system they land on (see outfile.h).
 *
 * A regular file (or a new one) is written to a temporary file in the same
 * folder and renamed over the target when complete, keeping the old file's
 * mode. Anything else that exists at the path (a device such as /dev/null, a
 * FIFO, a symlink) is written in place: a rename would replace the device or
 * the link itself, and as root that destroys /dev/null. No file this run has
 * read (a scenario, a module, an assumptions file) is ever written: the
 * caller passes their identities, kept in its Lua state (lua_host.c). */
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

/* The one piece of process-wide state, and why it cannot be passed: a signal
 * may end the process at any instruction, and only its handler can then
 * remove the temporary file, but a handler receives nothing but the signal
 * number. So the name of the file in flight is published here: a pointer into
 * tc_outfile_write's own buffer, set right after mkstemp and cleared right
 * after rename (or the unlink of a failure), each time with every signal
 * blocked, so a handler sees either NULL or a complete name, never a torn
 * pointer. Outside a write it is NULL. */
static const char *volatile pending;

void tc_outfile_discard_signal_safe(void)
{
	const char *p = pending;
	if (p) {
		unlink(p);
		pending = NULL;
	}
}

static _Noreturn void on_signal(int sig)
{
	static const char msg[] = "tcost: interrupted; no report written\n";
	tc_outfile_discard_signal_safe();
	if (sig == SIGPIPE)
		_exit(128 + sig); /* the reader went away (tcost run ... | head): nothing to say */
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing more can be done from a signal handler */
	}
	_exit(128 + sig);
}

/* Every signal whose default action ends the process, except SIGALRM (the
 * time limit's, see budget.c) and those that cannot be caught. */
static const int fatal_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGPIPE, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF,
};

void tc_outfile_install_signals(void)
{
	struct sigaction sa;
	sigset_t set;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask); /* one handler at a time */
	sigemptyset(&set);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
		sigaction(fatal_signals[i], &sa, NULL);
		sigaddset(&set, fatal_signals[i]);
	}
	/* a job runner may start tcost with these blocked: they must still work */
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int tc_outfile_is_input(const tc_outfile_inputs *in, const struct stat *st)
{
	for (size_t i = 0; in && i < in->n; i++)
		if (in->ids[i].dev == st->st_dev && in->ids[i].ino == st->st_ino)
			return 1;
	return 0;
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

static int refuse_input(char *err, size_t errlen, const char *path)
{
	snprintf(err, errlen, "cannot write '%s': it is an input of this run; not overwriting it", path);
	return -1;
}

/* A device, a FIFO, a symlink: written through, never replaced. */
static int write_in_place(const char *path, const char *data, size_t len, const tc_outfile_inputs *in,
                          char *err, size_t errlen)
{
	struct stat st;
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return fail(err, errlen, path, errno);
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		return fail(err, errlen, path, e);
	}
	if (tc_outfile_is_input(in, &st)) {
		close(fd);
		return refuse_input(err, errlen, path);
	}
	/* a symlink to a regular file: its old content must not outlast the new */
	if ((S_ISREG(st.st_mode) && ftruncate(fd, 0) != 0) || write_all(fd, data, len) != 0) {
		int e = errno;
		close(fd);
		return fail(err, errlen, path, e);
	}
	if (close(fd) != 0)
		return fail(err, errlen, path, errno);
	return 0;
}

/* Creates the temporary file beside path, its name in tmp, and publishes the
 * name for the signal handlers in the same blocked stretch, so that no signal
 * can leave the file behind. Returns the descriptor or -1 (errno set). */
static int create_temp(const char *path, char *tmp, size_t tmplen)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	sigset_t all, old;
	int fd, e;
	/* short, so that a valid 255-byte target name still has a valid
	 * temporary name beside it (NAME_MAX counts one path component) */
	snprintf(tmp, tmplen, "%.*s.tcost.tmp-XXXXXX", (int)dirlen, path);
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	fd = mkstemp(tmp);
	e = errno;
	if (fd >= 0)
		pending = tmp; /* cppcheck-suppress danglingLifetime ; cleared before tc_outfile_write returns */
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return fd;
}

/* Ends the temporary file's life: renamed over path (done = 1) or removed,
 * and unpublished in the same blocked stretch. Returns rename's result. */
static int finish_temp(const char *tmp, const char *path, int done)
{
	sigset_t all, old;
	int rc = -1, e;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	if (done)
		rc = rename(tmp, path);
	e = errno;
	if (rc != 0)
		unlink(tmp);
	pending = NULL;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rc;
}

/* The report keeps an existing file's mode (a 0600 report stays 0600) and,
 * where the system lets it, its owner; a new file gets 0666 less the umask. */
static int set_mode(int fd, const struct stat *old)
{
	if (!old) {
		mode_t mask = umask(0);
		umask(mask);
		return fchmod(fd, 0666 & ~mask);
	}
	if (fchown(fd, old->st_uid, old->st_gid) != 0) {
		/* only root may give a file away; a user's own file keeps its owner anyway */
	}
	return fchmod(fd, old->st_mode & 07777);
}

int tc_outfile_write(const char *path, const char *data, size_t len, const tc_outfile_inputs *in,
                     int flags, char *err, size_t errlen)
{
	char tmp[PATH_MAX + 32];
	struct stat old;
	int fd, e, exists;

	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return fail(err, errlen, "stdout", errno);
		return 0;
	}
	if (strlen(path) >= PATH_MAX)
		return fail(err, errlen, path, ENAMETOOLONG);
	exists = lstat(path, &old) == 0;
	if (exists && S_ISDIR(old.st_mode))
		return fail(err, errlen, path, EISDIR);
	if (exists && !S_ISREG(old.st_mode) && (flags & TC_OUTFILE_REGULAR_ONLY)) {
		snprintf(err, errlen, "cannot write '%s': %s is there, not a regular file; not writing through it",
		         path, S_ISLNK(old.st_mode) ? "a symbolic link" : "a device, FIFO or socket");
		return -1;
	}
	if (exists && !S_ISREG(old.st_mode))
		return write_in_place(path, data, len, in, err, errlen);
	if (exists && tc_outfile_is_input(in, &old))
		return refuse_input(err, errlen, path);
	fd = create_temp(path, tmp, sizeof tmp);
	if (fd < 0)
		return fail(err, errlen, path, errno);
	/* No fsync: the promise is about failed and interrupted runs, which
	 * rename() covers; flushing to disk would double a quick run's time. */
	if (set_mode(fd, exists ? &old : NULL) != 0 || write_all(fd, data, len) != 0) {
		e = errno;
		close(fd);
		finish_temp(tmp, path, 0);
		return fail(err, errlen, path, e);
	}
	e = close(fd) != 0 ? errno : 0;
	if (finish_temp(tmp, path, e == 0) != 0)
		return fail(err, errlen, path, e ? e : errno);
	return 0;
}
