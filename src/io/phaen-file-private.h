/* phaen-file-private.h: the io layer's own view of phaen-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/stat.h>

#include <gio/gio.h>

G_BEGIN_DECLS

/* phaen_file_write_atomic() with a cancellable (checked before the lock,
 * while waiting for it, and before the rename: a cancelled write leaves
 * the old file and no temporary) and the stat of the new file in @out_st
 * (may be NULL). */
gboolean phaen_file_write_atomic_full (const char    *path,
                                       const void    *contents,
                                       gsize          length,
                                       const char    *backup_suffix,
                                       struct stat   *out_st,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Sets @error to "Could not save “PATH”: reason of @saved_errno"
 * (PHAEN_IO_ERROR_WRITE); returns FALSE. */
gboolean phaen_file_set_errno_error   (GError       **error,
                                       const char    *path,
                                       int            saved_errno);

/* Tests only: behave as on a file system that refuses hard links, so
 * that backups are made by copying. */
void     phaen_file_testing_disable_hard_links (gboolean disable);

G_END_DECLS
