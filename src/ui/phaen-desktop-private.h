/* phaen-desktop-private.h: shared by the desktop-integration widgets
 * (Preferences, About, help)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Registers the resources of these widgets (templates, the app icon under
 * /org/phaen/Phaen/icons) once; safe to call any number of times. */
void phaen_desktop_ensure_resources (void);

G_END_DECLS
