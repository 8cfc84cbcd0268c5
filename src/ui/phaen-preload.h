/* phaen-preload.h: plans read while GTK starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Starts reading every file named in @argv (not the options) with
 * phaen_file_load_async(). */
void     phaen_preload_files (int                  argc,
                              char               **argv);
/* Gives the reads still running up to @timeout_ms to finish. */
void     phaen_preload_wait  (guint                timeout_ms);
/* When @file is being read already, @callback gets the result of
 * phaen_file_load_async() (now, or once read) and TRUE is returned;
 * FALSE otherwise (read it yourself). */
gboolean phaen_preload_take  (GFile               *file,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
/* Lets go of what nobody took, when the application ends. */
void     phaen_preload_clear (void);

G_END_DECLS
