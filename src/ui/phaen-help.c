/* phaen-help.c: opening the user guide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guide is Mallard (help/th), installed for Yelp as help:phaen. Where
 * no help viewer is installed, and inside Flatpak (whose help files the
 * host's Yelp cannot read), the HTML pages built from it at install time
 * (PHAEN_PKGDATADIR/help, or $PHAEN_HELP_HTML_DIR from the build folder)
 * open in the web browser instead.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "phaen-help.h"
#include "phaen-help-private.h"

static gboolean
is_page_name (const char *page)
{
  if (page == NULL || page[0] == '\0')
    return FALSE;
  for (const char *p = page; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

char *
phaen_help_choose_uri (const char         *page,
                       gboolean            use_help_viewer,
                       const char         *html_dir,
                       const char * const *languages)
{
  static const char * const fallback[] = { "C", "th" };
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (page == NULL || is_page_name (page), NULL);

  if (use_help_viewer)
    return page != NULL ? g_strconcat ("help:phaen/", page, NULL) : g_strdup ("help:phaen");

  if (html_dir == NULL)
    return NULL;

  file_name = g_strconcat (page != NULL ? page : "index", ".html", NULL);
  for (guint pass = 0; pass < 2; pass++)
    {
      const char * const *list = pass == 0 ? languages : fallback;
      guint n = pass == 0 ? (languages != NULL ? g_strv_length ((char **) languages) : 0)
                          : G_N_ELEMENTS (fallback);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *index = g_build_filename (html_dir, list[i], "index.html", NULL);
          g_autofree char *path = NULL;

          /* a language code never climbs out of html_dir */
          if (strchr (list[i], '/') != NULL || list[i][0] == '.' ||
              !g_file_test (index, G_FILE_TEST_IS_REGULAR))
            continue;
          path = g_build_filename (html_dir, list[i], file_name, NULL);
          if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_clear_pointer (&path, g_free);
          if (path == NULL)
            path = g_steal_pointer (&index);
          return g_filename_to_uri (path, NULL, NULL);
        }
    }

  return NULL;
}

char *
phaen_help_get_uri (const char *page)
{
  const char *html_dir = g_getenv ("PHAEN_HELP_HTML_DIR");
  g_autoptr(GAppInfo) viewer = NULL;
  gboolean in_flatpak = g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);

  g_return_val_if_fail (page == NULL || is_page_name (page), NULL);

  if (html_dir == NULL || html_dir[0] == '\0')
    html_dir = PHAEN_PKGDATADIR G_DIR_SEPARATOR_S "help";
  if (!in_flatpak)
    viewer = g_app_info_get_default_for_uri_scheme ("help");

  return phaen_help_choose_uri (page, viewer != NULL, html_dir, g_get_language_names ());
}

static void
explain_no_guide (GtkWindow *parent)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The User Guide Cannot Be Shown"),
                                              _("Install the help viewer Yelp (package yelp) "
                                                "or a web browser, then try again."));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_debug ("The guide could not be opened: %s", error->message);
      explain_no_guide (parent);
    }
}

void
phaen_show_help (GtkWindow  *parent,
                 const char *page)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (page == NULL || is_page_name (page));

  uri = phaen_help_get_uri (page);
  if (uri == NULL)
    {
      explain_no_guide (parent);
      return;
    }

  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, show_uri_done_cb,
                     parent != NULL ? g_object_ref (parent) : NULL);
}
