/* outfile.h: writing reports so that a reader never sees half of one and no
 * system file is harmed. A report goes to a temporary file in the target's
 * folder and is renamed over the target only when complete (keeping its mode);
 * a failed or interrupted run leaves the older report untouched and no
 * temporary file behind. Devices, FIFOs and symlinks are written in place,
 * never replaced; a file the run read is never written. */
#ifndef TCOST_OUTFILE_H
#define TCOST_OUTFILE_H

#include <stddef.h>
#include <sys/stat.h>

/* The identities (device, inode) of the files a run read: no report may be
 * written over one of them. The caller owns the array (lua_host.c keeps it in
 * the Lua state, so each run starts with none). */
typedef struct tc_file_id {
	dev_t dev;
	ino_t ino;
} tc_file_id;

typedef struct tc_outfile_inputs {
	const tc_file_id *ids;
	size_t n;
} tc_outfile_inputs;

/* flags of tc_outfile_write */
enum {
	/* only a new file or an existing regular file, replaced by rename: a
	 * symlink, device or FIFO at path is refused, never written through.
	 * For a batch folder, whose names tcost chose and whose other entries
	 * anyone who could write there may have planted. */
	TC_OUTFILE_REGULAR_ONLY = 1
};

/* Writes len bytes to path ("-" is stdout), refusing to write over any of
 * inputs (NULL: none). Returns 0, or -1 with a one-line reason in err
 * ("cannot write 'r/x.md': No such file or directory"). */
int tc_outfile_write(const char *path, const char *data, size_t len, const tc_outfile_inputs *inputs,
                     int flags, char *err, size_t errlen);

/* 1 when st is the file of one of inputs (NULL: none). */
int tc_outfile_is_input(const tc_outfile_inputs *inputs, const struct stat *st);

/* Every catchable signal that would end the process (SIGINT, SIGTERM, SIGHUP,
 * SIGUSR1, SIGXFSZ, SIGPIPE...) removes a temporary file being written, then
 * exits 128+signal; those signals are unblocked if the parent blocked them. */
void tc_outfile_install_signals(void);

/* Removes the temporary file being written, if any; async-signal-safe. */
void tc_outfile_discard_signal_safe(void);

#endif
