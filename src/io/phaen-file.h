/* phaen-file.h: loading and saving plan files safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

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

/* Checks that a file can hold @plan (phaen_plan_check_storable: an
 * unfinished plan saves), serialises it, parses the bytes
 * back and compares with @plan, then writes atomically keeping the previous
 * file as PATH~. Nothing is written when any step fails. */
gboolean   phaen_file_save         (PhaenPlan   *plan,
                                    const char  *path,
                                    GError     **error);

/* ---- what a file was on disk ------------------------------------------- */

/* A stamp of a file's contents as loaded or saved: modification time,
 * size and SHA-256 of the bytes. Compare a stamp taken when the plan was
 * loaded or saved with phaen_file_stamp_query() of the file now to learn
 * whether someone else changed it. */
typedef struct _PhaenFileStamp PhaenFileStamp;

#define PHAEN_TYPE_FILE_STAMP (phaen_file_stamp_get_type ())
GType           phaen_file_stamp_get_type   (void) G_GNUC_CONST;

/* Reads @file (size checked first) and stamps it. */
PhaenFileStamp *phaen_file_stamp_query      (GFile                 *file,
                                             GCancellable          *cancellable,
                                             GError               **error);
PhaenFileStamp *phaen_file_stamp_copy       (const PhaenFileStamp  *stamp);
void            phaen_file_stamp_free       (PhaenFileStamp        *stamp);
/* TRUE when @a and @b describe the same contents (size and SHA-256): a
 * file touched, or changed and its time set back, is judged by what it
 * holds. Two NULLs are equal. */
gboolean        phaen_file_stamp_equal      (const PhaenFileStamp  *a,
                                             const PhaenFileStamp  *b);
/* The cheap check: same modification time and size (no reading). */
gboolean        phaen_file_stamp_same_time  (const PhaenFileStamp  *a,
                                             const PhaenFileStamp  *b);
/* Modification time in microseconds since 1970 (UTC). */
gint64          phaen_file_stamp_get_mtime  (const PhaenFileStamp  *stamp);
goffset         phaen_file_stamp_get_size   (const PhaenFileStamp  *stamp);
/* Lower-case hexadecimal. */
const char     *phaen_file_stamp_get_sha256 (const PhaenFileStamp  *stamp);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenFileStamp, phaen_file_stamp_free)

/* ---- without blocking the window ------------------------------------------ */

/* phaen_file_load() in a thread (GTask), from a GFile (local, or any GIO
 * location). @stamp: what the file was when read (may be NULL). A
 * cancelled load returns G_IO_ERROR_CANCELLED. */
void       phaen_file_load_async  (GFile                *file,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
PhaenPlan *phaen_file_load_finish (GAsyncResult         *result,
                                   PhaenFileStamp      **stamp,
                                   GError              **error);

/* phaen_file_save() in a thread (GTask), on a snapshot of @plan taken at
 * the call (phaen_plan_copy()): the user may go on editing. @file must be
 * local. Cancelled before the new file replaces the old one, it leaves
 * the old file, its backup and no temporary (G_IO_ERROR_CANCELLED);
 * PHAEN_IO_ERROR_BUSY when another save holds the file's lock. @stamp:
 * what was written (may be NULL). */
void       phaen_file_save_async  (PhaenPlan            *plan,
                                   GFile                *file,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
gboolean   phaen_file_save_finish (GAsyncResult         *result,
                                   PhaenFileStamp      **stamp,
                                   GError              **error);

/* Removes the temporary files of the saves in progress in this process.
 * Async-signal-safe: for a handler of SIGINT/SIGTERM (the app's, too). */
void       phaen_file_remove_temporaries     (void);

/* Installs handlers of SIGINT, SIGTERM and SIGHUP that call
 * phaen_file_remove_temporaries() and then let the signal end the process
 * as it would have. Signals already ignored or handled are left alone.
 * For the command line; the app removes them from its own handler. */
void       phaen_file_install_signal_cleanup (void);

G_END_DECLS
