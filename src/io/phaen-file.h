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
 * as @path + @backup_suffix (e.g. "~"). On failure @path is untouched and
 * the temporary file is removed. */
gboolean   phaen_file_write_atomic (const char  *path,
                                    const void  *contents,
                                    gsize        length,
                                    const char  *backup_suffix,
                                    GError     **error);

/* Reads the whole of @path. Errors are G_FILE_ERROR, worded
 * "PATH: reason" like the classic Unix tools (PATH as given). */
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

G_END_DECLS
