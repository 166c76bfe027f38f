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

/* Writes len bytes to path ("-" is stdout). Returns 0, or -1 with a one-line
 * reason in err ("cannot write 'r/x.md': No such file or directory"). */
int tc_outfile_write(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* Remembers a file this run read (its device and inode): tc_outfile_write
 * refuses to write over it. Returns -1 when out of memory. */
int tc_outfile_note_input(const struct stat *st);

/* Forgets the inputs (at the end of the run). */
void tc_outfile_forget_inputs(void);

/* Every catchable signal that would end the process (SIGINT, SIGTERM, SIGHUP,
 * SIGUSR1, SIGXFSZ, SIGPIPE...) removes a temporary file being written, then
 * exits 128+signal; those signals are unblocked if the parent blocked them. */
void tc_outfile_install_signals(void);

/* Removes the temporary file being written, if any; async-signal-safe. */
void tc_outfile_discard_signal_safe(void);

#endif
