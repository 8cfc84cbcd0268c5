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
/* Runs Phaen's window (main() calls this when argv names no command).
 * Without a display it prints why and the command-line help. */
int               phaen_application_run_main     (int                argc,
                                                  char             **argv);

G_END_DECLS
