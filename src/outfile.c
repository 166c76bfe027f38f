/* outfile.c: report files that never harm the system they land on (see outfile.h).
 *
 * A regular file (or a new one) is written to a temporary file in the same
 * folder and renamed over the target when complete, keeping the old file's
 * mode. Anything else that exists at the path (a device such as /dev/null, a
 * FIFO, a symlink) is written in place: a rename would replace the device or
 * the link itself, and as root that destroys /dev/null. No file this run has
 * read (a scenario, a module, an assumptions file) is ever written. */
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

/* The identities (device, inode) of the files this run read. */
struct ident {
	dev_t dev;
	ino_t ino;
};
static struct ident *inputs;
static size_t n_inputs, cap_inputs;

void tc_outfile_discard_signal_safe(void)
{
	if (has_pending) {
		unlink(pending);
		has_pending = 0;
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

int tc_outfile_note_input(const struct stat *st)
{
	for (size_t i = 0; i < n_inputs; i++)
		if (inputs[i].dev == st->st_dev && inputs[i].ino == st->st_ino)
			return 0;
	if (n_inputs == cap_inputs) {
		size_t cap = cap_inputs ? cap_inputs * 2 : 16;
		struct ident *p = realloc(inputs, cap * sizeof *p);
		if (!p)
			return -1;
		inputs = p;
		cap_inputs = cap;
	}
	inputs[n_inputs].dev = st->st_dev;
	inputs[n_inputs].ino = st->st_ino;
	n_inputs++;
	return 0;
}

void tc_outfile_forget_inputs(void)
{
	free(inputs);
	inputs = NULL;
	n_inputs = cap_inputs = 0;
}

static int is_input(const struct stat *st)
{
	for (size_t i = 0; i < n_inputs; i++)
		if (inputs[i].dev == st->st_dev && inputs[i].ino == st->st_ino)
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

/* A device, a FIFO, a symlink: written through, never replaced. */
static int write_in_place(const char *path, const char *data, size_t len, char *err, size_t errlen)
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
	if (is_input(&st)) {
		close(fd);
		snprintf(err, errlen, "cannot write '%s': it is an input of this run; not overwriting it", path);
		return -1;
	}
	/* a symlink to a regular file: its old content must not outlast the new */
	if (S_ISREG(st.st_mode) && ftruncate(fd, 0) != 0) {
		int e = errno;
		close(fd);
		return fail(err, errlen, path, e);
	}
	if (write_all(fd, data, len) != 0) {
		int e = errno;
		close(fd);
		return fail(err, errlen, path, e);
	}
	if (close(fd) != 0)
		return fail(err, errlen, path, errno);
	return 0;
}

int tc_outfile_write(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	const char *slash;
	size_t dirlen;
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
	if (exists && !S_ISREG(old.st_mode))
		return write_in_place(path, data, len, err, errlen);
	if (exists && is_input(&old)) {
		snprintf(err, errlen, "cannot write '%s': it is an input of this run; not overwriting it", path);
		return -1;
	}
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	/* short, so that a valid 255-byte target name still has a valid
	 * temporary name beside it (NAME_MAX counts one path component) */
	snprintf(pending, sizeof pending, "%.*s.tcost.tmp-XXXXXX", (int)dirlen, path);
	/* block the signals while the name is being registered */
	sigset_t all, oldmask;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &oldmask);
	fd = mkstemp(pending);
	if (fd >= 0)
		has_pending = 1;
	sigprocmask(SIG_SETMASK, &oldmask, NULL);
	if (fd < 0)
		return fail(err, errlen, path, errno);

	mode_t mode;
	if (exists) {
		mode = old.st_mode & 07777; /* a 0600 report stays 0600 */
		if (fchown(fd, old.st_uid, old.st_gid) != 0) {
			/* only root may give a file away; a user's own file keeps its owner anyway */
		}
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	/* No fsync: the promise is about failed and interrupted runs, which
	 * rename() covers; flushing to disk would double a quick run's time. */
	if (fchmod(fd, mode) != 0 || write_all(fd, data, len) != 0) {
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
