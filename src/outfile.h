/* outfile.h: writing reports so that a reader never sees half of one.
 * A report goes to a temporary file in the target's folder and is renamed
 * over the target only when complete; a failed or interrupted run leaves the
 * older report untouched and no temporary file behind. */
#ifndef TCOST_OUTFILE_H
#define TCOST_OUTFILE_H

#include <stddef.h>

/* Writes len bytes to path ("-" is stdout). Returns 0, or -1 with a one-line
 * reason in err ("cannot write 'r/x.md': No such file or directory"). */
int tc_outfile_write(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* SIGINT and SIGTERM remove a temporary file being written, then exit 130/143. */
void tc_outfile_install_signals(void);

/* Removes the temporary file being written, if any; async-signal-safe. */
void tc_outfile_discard_signal_safe(void);

#endif
