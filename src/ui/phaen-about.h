/* phaen-about.h: the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new About window, transient for @parent (nullable), not shown. */
GtkWidget *phaen_about_window_new  (GtkWindow *parent);
/* Shows the About window for @parent (nullable). */
void       phaen_show_about_window (GtkWindow *parent);

G_END_DECLS
