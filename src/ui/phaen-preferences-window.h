/* phaen-preferences-window.h: the app's Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_PREFERENCES_WINDOW (phaen_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PhaenPreferencesWindow, phaen_preferences_window, PHAEN, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* A Preferences window over the app's settings (schema org.phaen.Phaen),
 * transient for @parent (nullable). */
PhaenPreferencesWindow *phaen_preferences_window_new            (GtkWindow               *parent);
/* The same over @settings, which must use the schema org.phaen.Phaen
 * (tests pass their own). */
PhaenPreferencesWindow *phaen_preferences_window_new_with_settings (GtkWindow             *parent,
                                                                 GSettings               *settings);
GSettings              *phaen_preferences_window_get_settings   (PhaenPreferencesWindow  *self);

/* Stores @file as the image of @key ("garuda-emblem" or
 * "organisation-seal") after checking that it is an image Phaen can read;
 * on failure the setting is kept and @error says why. What the file
 * chooser of the window calls. */
gboolean                phaen_preferences_window_set_image      (PhaenPreferencesWindow  *self,
                                                                 const char              *key,
                                                                 GFile                   *file,
                                                                 GError                 **error);

/* The font families offered for documents: those of the display's font
 * map that can draw Thai, sorted, without duplicates. */
GStrv                   phaen_preferences_list_thai_families    (PangoFontMap            *font_map);

G_END_DECLS
