/* phaen-about.c: the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version from config.h, the GPL (version 3 or later), no website (the
 * project has no public address yet), credits and licences of the fonts
 * the document is designed for, and the translators.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-about.h"
#include "phaen-desktop-private.h"
#include "phaen-desktop-resources.h"

void
phaen_desktop_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      phaen_desktop_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Run from the build folder (or a test without GtkApplication, whose
 * resource base path adds /org/phaen/Phaen/icons by itself), the app icon
 * is not in an icon theme yet: take it from the resources. */
static void
ensure_icon (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GtkIconTheme *theme;

  if (display == NULL)
    return;
  theme = gtk_icon_theme_get_for_display (display);
  if (!gtk_icon_theme_has_icon (theme, "org.phaen.Phaen"))
    gtk_icon_theme_add_resource_path (theme, "/org/phaen/Phaen/icons");
}

GtkWidget *
phaen_about_window_new (GtkWindow *parent)
{
  AdwAboutWindow *about;
  const char *developers[] = { _("The Phaen developers"), NULL };
  /* "Name URL": the About window links the name. */
  const char *fonts[] = {
    "TH Sarabun New, TH SarabunPSK — Suppakit Chalermlarp",
    "Sarabun — Cadson Demak https://github.com/cadsondemak/Sarabun",
    "Laksaman — Thai Linux Working Group https://linux.thai.net",
    NULL,
  };

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  phaen_desktop_ensure_resources ();
  ensure_icon ();

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (about), parent);
      gtk_window_set_modal (GTK_WINDOW (about), TRUE);
    }

  adw_about_window_set_application_icon (about, "org.phaen.Phaen");
  adw_about_window_set_application_name (about, _("Phaen"));
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Phaen developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about,
                                 _("Prepares the annual operations plan of a Thai local government, "
                                   "from the list of projects to the signed document."));
  adw_about_window_set_copyright (about, _("© 2026 The Phaen developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  /* Translators: your names, one a line; they are shown as credits. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  adw_about_window_add_credit_section (about, _("Fonts the document is designed for"), fonts);
  /* The copyright goes in the text: libadwaita 1.2 never frees the
   * copyright argument of a legal section. */
  adw_about_window_add_legal_section (about, "Sarabun", NULL, GTK_LICENSE_CUSTOM,
                                      _("Copyright 2018 The Sarabun Project Authors. The Sarabun "
                                        "fonts are licensed under the SIL Open Font License, version "
                                        "1.1. The Flatpak of Phaen includes them so that documents print "
                                        "in the design of TH Sarabun New."));
  adw_about_window_add_legal_section (about, "Laksaman",
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Laksaman is a font of the Thai Linux Working Group, derived from "
                                        "TH Sarabun New. Phaen uses it, when it is installed, in place of "
                                        "TH Sarabun New."));

  return GTK_WIDGET (about);
}

void
phaen_show_about_window (GtkWindow *parent)
{
  GtkWidget *about = phaen_about_window_new (parent);

  gtk_window_present (GTK_WINDOW (about));
}
