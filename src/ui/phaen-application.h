/* phaen-application.h: the Phaen desktop application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHAEN_APPLICATION_ID "org.phaen.Phaen"

#define PHAEN_TYPE_APPLICATION (phaen_application_get_type ())

G_DECLARE_FINAL_TYPE (PhaenApplication, phaen_application, PHAEN, APPLICATION, AdwApplication)

PhaenApplication *phaen_application_new          (GApplicationFlags  flags);
/* The app's settings (org.phaen.Phaen). */
GSettings        *phaen_application_get_settings (PhaenApplication  *self);
/* The window showing @file, or NULL. */
GtkWindow        *phaen_application_find_window  (PhaenApplication  *self,
                                                  GFile             *file);
/* A window on the start page: an empty one already open, else a new one. */
GtkWindow        *phaen_application_get_empty_window (PhaenApplication *self);

/* When the plan @file named on the command line is being read already
 * (phaen_application_run_main starts reading before GTK is up), @callback
 * gets that read's result, for phaen_file_load_finish(), at once or when
 * it is done, and this returns TRUE; else FALSE, and the caller reads the
 * file itself. Each such read is handed out once. */
gboolean          phaen_application_take_preload (GFile             *file,
                                                  GAsyncReadyCallback callback,
                                                  gpointer           user_data);

/* Runs Phaen's window (main() calls this when argv names no command).
 * Without a display it prints why and the command-line help. */
int               phaen_application_run_main     (int                argc,
                                                  char             **argv);

G_END_DECLS
