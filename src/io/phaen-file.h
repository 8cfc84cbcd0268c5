/* phaen-file.h: loading and saving plan files safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"

G_BEGIN_DECLS

/* Writes @contents to @path atomically and durably: a temporary file in the
 * same folder, fsync, rename over @path, fsync of the folder. When
 * @backup_suffix is not NULL and @path exists, the previous version is kept
 * as @path + @backup_suffix (e.g. "~"), replaced only once its successor
 * exists. On failure @path and its backup are untouched and the temporary
 * file is removed.
 *
 * A symbolic link is written through (a dangling one creates the file it
 * names); the file keeps its permissions, owner and group where allowed;
 * a write-protected file is refused (PHAEN_IO_ERROR_READ_ONLY); while
 * another save of the same file runs, this one waits a few seconds for
 * its advisory lock, then fails with PHAEN_IO_ERROR_BUSY. Messages name
 * @path as given. */
gboolean   phaen_file_write_atomic (const char  *path,
                                    const void  *contents,
                                    gsize        length,
                                    const char  *backup_suffix,
                                    GError     **error);

/* Reads the whole of @path. Errors are G_FILE_ERROR, worded
 * "PATH: reason" like the classic Unix tools (PATH as given), or
 * PHAEN_IO_ERROR_TOO_LARGE for a file over PHAEN_LIMIT_FILE_BYTES (checked
 * before reading). */
GBytes    *phaen_file_read         (const char  *path,
                                    GError     **error);

/* Reads and parses a .phaen file; errors as phaen_file_read(), then as
 * phaen_xml_read_from_data(). */
PhaenPlan *phaen_file_load         (const char  *path,
                                    GError     **error);

/* Validates @plan (phaen_plan_validate), serialises it, parses the bytes
 * back and compares with @plan, then writes atomically keeping the previous
 * file as PATH~. Nothing is written when any step fails. */
gboolean   phaen_file_save         (PhaenPlan   *plan,
                                    const char  *path,
                                    GError     **error);

/* Removes the temporary files of the saves in progress in this process.
 * Async-signal-safe: for a handler of SIGINT/SIGTERM (the app's, too). */
void       phaen_file_remove_temporaries     (void);

/* Installs handlers of SIGINT, SIGTERM and SIGHUP that call
 * phaen_file_remove_temporaries() and then let the signal end the process
 * as it would have. Signals already ignored or handled are left alone.
 * For the command line; the app removes them from its own handler. */
void       phaen_file_install_signal_cleanup (void);

G_END_DECLS
