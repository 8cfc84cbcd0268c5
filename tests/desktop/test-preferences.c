/* test-preferences.c: the Preferences and About windows and the choice
 * of how the user guide opens (display suite)
 *
 * Runs under xvfb-run with the memory settings backend: every test
 * changes a row and reads the setting back, or changes the setting and
 * reads the row. GTK criticals and warnings are fatal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "phaen-about.h"
#include "phaen-help.h"
#include "phaen-help-private.h"
#include "phaen-preferences-window.h"

/* ---- harness ------------------------------------------------------------ */

static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  GLogWriterOutput result;

  if (log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
    return G_LOG_WRITER_HANDLED;
  result = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    g_error ("a GTK, GLib or Phaen warning was logged (see above)");
  return result;
}

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The app's settings, fresh: the memory backend forgets between tests
 * once every key is reset. */
static GSettings *
fresh_settings (void)
{
  GSettings *settings = g_settings_new ("org.phaen.Phaen");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);

  return settings;
}

static PhaenPreferencesWindow *
open_preferences (GSettings *settings)
{
  PhaenPreferencesWindow *window = phaen_preferences_window_new_with_settings (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  flush ();
  return window;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  flush ();
}

static gpointer
child (gpointer    window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window),
                                                   PHAEN_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

/* ---- Preferences --------------------------------------------------------- */

static void
test_digits (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  PhaenPreferencesWindow *window = open_preferences (settings);
  AdwComboRow *row = child (window, "digits_row");
  g_autofree char *digits = NULL;

  g_assert_true (phaen_preferences_window_get_settings (window) == settings);
  /* default: Thai digits, the first item */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 1);
  digits = g_settings_get_string (settings, "default-digits");
  g_assert_cmpstr (digits, ==, "arabic");

  /* and the other way: a change elsewhere shows in the window */
  g_settings_set_string (settings, "default-digits", "thai");
  flush ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  close_window (window);
}

static void
test_grouping (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  PhaenPreferencesWindow *window = open_preferences (settings);
  AdwComboRow *row = child (window, "grouping_row");
  g_autofree char *grouping = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 2);
  grouping = g_settings_get_string (settings, "timeline-grouping");
  g_assert_cmpstr (grouping, ==, "source");

  g_settings_set_string (settings, "timeline-grouping", "unit");
  flush ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);

  close_window (window);
}

static void
test_autosave_and_zoom (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  PhaenPreferencesWindow *window = open_preferences (settings);
  GtkSpinButton *autosave = child (window, "autosave_spin");
  GtkSpinButton *zoom = child (window, "zoom_spin");

  g_assert_cmpfloat (gtk_spin_button_get_value (autosave), ==, 5);
  gtk_spin_button_set_value (autosave, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 30);
  g_settings_set_uint (settings, "autosave-interval", 120);
  flush ();
  g_assert_cmpfloat (gtk_spin_button_get_value (autosave), ==, 120);
  /* the row cannot leave the key's range */
  gtk_spin_button_set_value (autosave, 5000);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 600);

  /* zoom: percent in the row, a factor in the setting */
  g_assert_cmpfloat (gtk_spin_button_get_value (zoom), ==, 100);
  gtk_spin_button_set_value (zoom, 150);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "timeline-zoom"), 1.5, 1e-9);
  g_settings_set_double (settings, "timeline-zoom", 0.5);
  flush ();
  g_assert_cmpfloat (gtk_spin_button_get_value (zoom), ==, 50);

  close_window (window);
}

static guint
find_label (GListModel *model,
            const char *label)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return i;
    }
  return G_MAXUINT;
}

static void
test_font (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  PhaenPreferencesWindow *window = open_preferences (settings);
  GtkDropDown *dropdown = child (window, "font_dropdown");
  GListModel *model = gtk_drop_down_get_model (dropdown);
  PangoFontMap *font_map = pango_context_get_font_map (gtk_widget_get_pango_context (GTK_WIDGET (window)));
  g_auto(GStrv) thai = phaen_preferences_list_thai_families (font_map);
  g_autofree char *font = NULL;
  guint n_items = g_list_model_get_n_items (model);
  guint index;

  /* "Automatic" first, selected while the setting is empty */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (n_items, ==, g_strv_length (thai) + 1);
  for (guint i = 0; thai[i] != NULL; i++)
    {
      g_test_message ("Thai family: %s", thai[i]);
      /* generic aliases are not listed, and the list is sorted */
      g_assert_cmpstr (thai[i], !=, "Sans");
      g_assert_cmpstr (thai[i], !=, "Serif");
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (thai[i - 1], thai[i]), <, 0);
    }

  /* Debian's fonts-tlwg-laksaman (build-aux/dev installs it) */
  index = find_label (model, "Laksaman");
  if (index == G_MAXUINT)
    {
      g_test_skip ("the font Laksaman is not installed");
      close_window (window);
      return;
    }
  gtk_drop_down_set_selected (dropdown, index);
  font = g_settings_get_string (settings, "default-font");
  g_assert_cmpstr (font, ==, "Laksaman");
  gtk_drop_down_set_selected (dropdown, 0);
  g_clear_pointer (&font, g_free);
  font = g_settings_get_string (settings, "default-font");
  g_assert_cmpstr (font, ==, "");
  close_window (window);

  /* a family that is not installed stays the setting, shown as such */
  g_settings_set_string (settings, "default-font", "No Such Family");
  window = open_preferences (settings);
  dropdown = child (window, "font_dropdown");
  model = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, n_items);
  g_clear_pointer (&font, g_free);
  font = g_settings_get_string (settings, "default-font");
  g_assert_cmpstr (font, ==, "No Such Family");
  close_window (window);
}

static char *
write_png (const char *dir,
           const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 24, 24);
  cairo_t *cr = cairo_create (surface);
  char *path = g_build_filename (dir, name, NULL);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_arc (cr, 12, 12, 10, 0, 2 * G_PI);
  cairo_fill (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return path;
}

static void
test_images (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-prefs-XXXXXX", &error);
  g_autofree char *png = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GFile) png_file = NULL;
  g_autoptr(GFile) text_file = NULL;
  PhaenPreferencesWindow *window = open_preferences (settings);
  AdwActionRow *emblem_row = child (window, "emblem_row");
  AdwActionRow *seal_row = child (window, "seal_row");
  GtkWidget *clear = child (window, "emblem_clear_button");

  g_assert_no_error (error);
  png = write_png (dir, "ครุฑ.png");
  png_file = g_file_new_for_path (png);
  text = g_build_filename (dir, "notes.png", NULL);
  g_file_set_contents (text, "not an image", -1, &error);
  g_assert_no_error (error);
  text_file = g_file_new_for_path (text);

  g_assert_cmpstr (adw_action_row_get_subtitle (emblem_row), ==, "None");
  g_assert_false (gtk_widget_get_sensitive (clear));

  /* an image: stored, named in the row, can be cleared */
  g_assert_true (phaen_preferences_window_set_image (window, "garuda-emblem", png_file, &error));
  g_assert_no_error (error);
  stored = g_settings_get_string (settings, "garuda-emblem");
  g_assert_cmpstr (stored, ==, png);
  flush ();
  g_assert_cmpstr (adw_action_row_get_subtitle (emblem_row), ==, "ครุฑ.png");
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_cmpstr (adw_action_row_get_subtitle (seal_row), ==, "None");

  /* not an image: refused with a reason, the setting kept */
  g_assert_false (phaen_preferences_window_set_image (window, "garuda-emblem", text_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "notes.png"));
  g_clear_error (&error);
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "garuda-emblem");
  g_assert_cmpstr (stored, ==, png);

  /* a file that went away is said to be missing */
  g_assert_cmpint (g_unlink (png), ==, 0);
  g_settings_set_string (settings, "organisation-seal", png);
  flush ();
  g_assert_cmpstr (adw_action_row_get_subtitle (seal_row), ==, "ครุฑ.png (the file is missing)");

  /* the clear button's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "prefs.clear-image", "s", "garuda-emblem"));
  flush ();
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "garuda-emblem");
  g_assert_cmpstr (stored, ==, "");
  g_assert_cmpstr (adw_action_row_get_subtitle (emblem_row), ==, "None");
  g_assert_false (gtk_widget_get_sensitive (clear));

  close_window (window);
  g_unlink (text);
  g_rmdir (dir);
}

/* ---- About ----------------------------------------------------------------- */

static void
test_about (void)
{
  GtkWidget *about = phaen_about_window_new (NULL);
  AdwAboutWindow *window = ADW_ABOUT_WINDOW (about);

  g_assert_cmpstr (adw_about_window_get_version (window), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_name (window), ==, "Phaen");
  g_assert_cmpstr (adw_about_window_get_application_icon (window), ==, "org.phaen.Phaen");
  g_assert_cmpint (adw_about_window_get_license_type (window), ==, GTK_LICENSE_GPL_3_0);
  /* no website: the project has no public address */
  g_assert_true (adw_about_window_get_website (window) == NULL ||
                 adw_about_window_get_website (window)[0] == '\0');
  g_assert_nonnull (strstr (adw_about_window_get_copyright (window), "Phaen"));
  /* the app icon is found (resources of the widgets) */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          "org.phaen.Phaen"));

  gtk_window_present (GTK_WINDOW (about));
  flush ();
  close_window (about);
}

/* ---- help ------------------------------------------------------------------- */

static void
test_help_uri (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-help-XXXXXX", &error);
  g_autofree char *th = NULL;
  g_autofree char *index = NULL;
  g_autofree char *page = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *want = NULL;
  const char * const english[] = { "en_US.UTF-8", "en_US", "en", "C", NULL };

  g_assert_no_error (error);
  th = g_build_filename (dir, "th", NULL);
  g_assert_cmpint (g_mkdir (th, 0700), ==, 0);
  index = g_build_filename (th, "index.html", NULL);
  page = g_build_filename (th, "recovery.html", NULL);

  /* with a help viewer: help: addresses */
  uri = phaen_help_choose_uri (NULL, TRUE, dir, english);
  g_assert_cmpstr (uri, ==, "help:phaen");
  g_clear_pointer (&uri, g_free);
  uri = phaen_help_choose_uri (PHAEN_HELP_PAGE_RECOVERY, TRUE, dir, english);
  g_assert_cmpstr (uri, ==, "help:phaen/recovery");
  g_clear_pointer (&uri, g_free);

  /* without one, and no HTML yet: nothing to open */
  uri = phaen_help_choose_uri (PHAEN_HELP_PAGE_RECOVERY, FALSE, dir, english);
  g_assert_null (uri);
  g_assert_null (phaen_help_choose_uri (NULL, FALSE, NULL, english));

  /* the Thai HTML, for an English desktop too (the guide is Thai) */
  g_file_set_contents (index, "<html/>", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (page, "<html/>", -1, &error);
  g_assert_no_error (error);
  uri = phaen_help_choose_uri (PHAEN_HELP_PAGE_RECOVERY, FALSE, dir, english);
  want = g_filename_to_uri (page, NULL, NULL);
  g_assert_cmpstr (uri, ==, want);
  g_clear_pointer (&uri, g_free);
  g_clear_pointer (&want, g_free);
  /* a page the HTML lacks opens the start page */
  uri = phaen_help_choose_uri (PHAEN_HELP_PAGE_EMBLEMS, FALSE, dir, english);
  want = g_filename_to_uri (index, NULL, NULL);
  g_assert_cmpstr (uri, ==, want);
  g_clear_pointer (&uri, g_free);

  g_unlink (page);
  g_unlink (index);
  g_rmdir (th);
  g_rmdir (dir);
}

/* The guide built by yelp-build, found through PHAEN_HELP_HTML_DIR (the
 * isolated folders of the test have no help viewer). */
static void
test_help_built (void)
{
  const char *html_dir = g_getenv ("PHAEN_HELP_HTML_DIR");
  g_autofree char *index = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;

  if (html_dir == NULL)
    {
      g_test_skip ("PHAEN_HELP_HTML_DIR is not set");
      return;
    }
  index = g_build_filename (html_dir, "th", "index.html", NULL);
  if (!g_file_test (index, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no HTML guide was built (yelp-build is not installed)");
      return;
    }

  for (const char * const *page = (const char *[]) { PHAEN_HELP_PAGE_NEW_PLAN, PHAEN_HELP_PAGE_IMPORT_CSV,
                                                     PHAEN_HELP_PAGE_PROJECTS, PHAEN_HELP_PAGE_PROBLEMS,
                                                     PHAEN_HELP_PAGE_SUMMARY, PHAEN_HELP_PAGE_PREVIEW,
                                                     PHAEN_HELP_PAGE_EXPORT, PHAEN_HELP_PAGE_EMBLEMS,
                                                     PHAEN_HELP_PAGE_RECOVERY, NULL };
       *page != NULL; page++)
    {
      g_autofree char *want = g_strconcat ("/th/", *page, ".html", NULL);

      g_clear_pointer (&uri, g_free);
      uri = phaen_help_get_uri (*page);
      g_test_message ("%s → %s", *page, uri);
      g_assert_nonnull (uri);
      g_assert_true (g_str_has_prefix (uri, "file://"));
      g_assert_true (g_str_has_suffix (uri, want));
      path = g_filename_from_uri (uri, NULL, NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_clear_pointer (&path, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) mime_dirs = NULL;

  /* The isolated folders of the tests have no MIME database, without
   * which gdk-pixbuf recognises no SVG (GTK's and libadwaita's symbolic
   * icons): keep the system's one. */
  for (const char * const *dir = g_get_system_data_dirs (); *dir != NULL; dir++)
    {
      g_autofree char *mime = g_build_filename (*dir, "mime", NULL);

      g_strv_builder_add (builder, mime);
    }
  mime_dirs = g_strv_builder_end (builder);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs);
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/desktop/preferences/digits", test_digits);
  g_test_add_func ("/desktop/preferences/grouping", test_grouping);
  g_test_add_func ("/desktop/preferences/autosave-and-zoom", test_autosave_and_zoom);
  g_test_add_func ("/desktop/preferences/font", test_font);
  g_test_add_func ("/desktop/preferences/images", test_images);
  g_test_add_func ("/desktop/about", test_about);
  g_test_add_func ("/desktop/help/uri", test_help_uri);
  g_test_add_func ("/desktop/help/built", test_help_built);

  return g_test_run ();
}
