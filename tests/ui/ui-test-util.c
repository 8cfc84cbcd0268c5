/* ui-test-util.c: helpers shared by the display tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "ui-test-util.h"

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

  /* Debug and info messages pass; anything from warning up fails. */
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    g_error ("a GTK, GLib or Phaen warning was logged (see above)");
  return result;
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  gtk_init ();
  adw_init ();
  /* The recent-files list is GTK's own and lives for the whole process,
   * while each test gets its own folders: keep it out of the tests. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
ui_test_wait (gboolean *flag,
              guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return *flag;
}

void
ui_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
ui_test_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GFile *
ui_test_sample_file (void)
{
  const char *samples = g_getenv ("PHAEN_SAMPLES");
  g_autofree char *path = g_build_filename (samples, "chanthanimit-2569.phaen", NULL);

  g_assert_nonnull (samples);
  return g_file_new_for_path (path);
}

GtkWidget *
ui_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (name == NULL || g_strcmp0 (gtk_widget_get_name (child), name) == 0))
        return child;
      found = ui_test_find_widget (child, type, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
ui_test_make_dirs (void)
{
  /* G_TEST_OPTION_ISOLATE_DIRS names the folders without making them;
   * the recent-files list and the drafts are written there. */
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_mkdir_with_parents (g_get_user_state_dir (), 0700);
  g_mkdir_with_parents (g_get_user_config_dir (), 0700);
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
}

static void
finalized_cb (gpointer  data,
              GObject  *where)
{
  *(gboolean *) data = TRUE;
}

void
ui_test_watch_finalize (gpointer  object,
                        gboolean *gone)
{
  *gone = FALSE;
  g_object_weak_ref (G_OBJECT (object), finalized_cb, gone);
}

void
ui_test_window_set_up (UiTestWindow  *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) sample = ui_test_sample_file ();
  g_autoptr(GError) error = NULL;

  ui_test_make_dirs ();
  f->dir = g_dir_make_tmp ("phaen-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->app = phaen_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (f->app), NULL, NULL));
  f->window = phaen_window_new (GTK_APPLICATION (f->app));
  gtk_window_present (GTK_WINDOW (f->window));
  phaen_window_open_file (f->window, sample);
  for (guint i = 0; i < 500 && phaen_window_get_plan (f->window) == NULL; i++)
    ui_test_spin (10);
  f->plan = phaen_window_get_plan (f->window);
  g_assert_nonnull (f->plan);
}

void
ui_test_window_tear_down (UiTestWindow  *f,
                          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  gboolean gone = FALSE;
  const char *name;

  /* No question: what the test changed is thrown away. A recovery copy
   * being written keeps the window until it is on disk. */
  if (f->window != NULL)
    {
      ui_test_watch_finalize (f->window, &gone);
      gtk_window_destroy (GTK_WINDOW (f->window));
      ui_test_flush ();
      g_assert_true (ui_test_wait (&gone, 30000));
    }
  g_clear_object (&f->app);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

GFile *
ui_test_window_file (UiTestWindow *f,
                     const char   *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  return g_file_new_for_path (path);
}

GtkWidget *
ui_test_window_show_form (UiTestWindow *f,
                          const char   *name)
{
  GtkWidget *form;

  phaen_window_show_form (f->window, name);
  form = phaen_window_get_form (f->window, name);
  g_assert_nonnull (form);
  ui_test_spin (100);
  g_assert_true (gtk_widget_get_mapped (form));
  return form;
}

void
ui_test_activate (gpointer    widget,
                  const char *action,
                  GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (widget), action, parameter));
  ui_test_flush ();
}

PhaenProject *
ui_test_project_at (PhaenPlan *plan,
                    guint      index)
{
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), index);

  return project;   /* the plan keeps it */
}
