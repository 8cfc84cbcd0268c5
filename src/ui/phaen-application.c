/* phaen-application.c: the Phaen desktop application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window per plan: opening a file that a window already shows brings
 * that window forward. Quitting asks each window with unsaved changes in
 * turn (Save / Discard / Cancel) and stops at the first Cancel.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-about.h"
#include "phaen-application.h"
#include "phaen-help.h"
#include "phaen-preferences-window.h"
#include "phaen-resources.h"
#include "phaen-window.h"

#include "cli/phaen-cli.h"
#include "io/phaen-file.h"

struct _PhaenApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PhaenApplication, phaen_application, ADW_TYPE_APPLICATION)

static PhaenWindow *
new_window (PhaenApplication *self)
{
  return phaen_window_new (self);
}

/* ---- plans read while GTK starts -------------------------------------------
 * Starting GTK (the display, the theme, the session bus) takes about as
 * long as reading a plan of a few thousand projects: the plans named on
 * the command line are read in a worker thread from the first line of
 * phaen_application_run_main, and the window takes the result instead of
 * reading the file once it exists. */

typedef struct
{
  GFile               *file;
  GAsyncResult        *result;     /* once read, until taken */
  GAsyncReadyCallback  callback;   /* the window waiting for it */
  gpointer             user_data;
} Preload;

static GPtrArray *preloads;   /* Preload*, those not taken yet */

/* How long the first window waits for its plan before it shows the start
 * page (a plan of a few thousand projects takes less). */
#define PRELOAD_WAIT_MS 150

static void
preload_free (Preload *preload)
{
  if (preload == NULL)
    return;
  g_clear_object (&preload->file);
  g_clear_object (&preload->result);
  g_free (preload);
}

static void
preload_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Preload *preload = user_data;

  if (preload->callback != NULL)
    {
      GAsyncReadyCallback callback = preload->callback;
      gpointer data = preload->user_data;

      if (preloads != NULL)
        g_ptr_array_remove (preloads, preload);
      callback (NULL, result, data);
      return;
    }
  preload->result = g_object_ref (result);
}

static void
preload_files (int    argc,
               char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      Preload *preload;

      if (argv[i][0] == '-')
        continue;
      if (preloads == NULL)
        preloads = g_ptr_array_new_with_free_func ((GDestroyNotify) preload_free);
      preload = g_new0 (Preload, 1);
      preload->file = g_file_new_for_commandline_arg (argv[i]);
      g_ptr_array_add (preloads, preload);
      phaen_file_load_async (preload->file, NULL, preload_done_cb, preload);
    }
}

static gboolean
preload_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Gives the reads still running up to @timeout_ms to finish: a window
 * that gets its plan before it is first shown goes straight to it,
 * without laying out and painting the start page first. */
static void
wait_for_preloads (guint timeout_ms)
{
  gboolean timed_out = FALSE;
  gboolean pending = TRUE;
  guint id;

  if (preloads == NULL)
    return;
  id = g_timeout_add (timeout_ms, preload_wait_timeout_cb, &timed_out);
  while (pending && !timed_out)
    {
      pending = FALSE;
      for (guint i = 0; preloads != NULL && i < preloads->len; i++)
        if (((Preload *) g_ptr_array_index (preloads, i))->result == NULL)
          pending = TRUE;
      if (pending)
        g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (id);
}

gboolean
phaen_application_take_preload (GFile               *file,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (callback != NULL, FALSE);

  for (guint i = 0; preloads != NULL && i < preloads->len; i++)
    {
      Preload *preload = g_ptr_array_index (preloads, i);

      if (preload->callback != NULL || !g_file_equal (preload->file, file))
        continue;
      if (preload->result != NULL)
        {
          g_autoptr(GAsyncResult) result = g_object_ref (preload->result);

          g_ptr_array_remove_index (preloads, i);
          callback (NULL, result, user_data);
        }
      else
        {
          /* Still being read: the window waits for it. */
          preload->callback = callback;
          preload->user_data = user_data;
        }
      return TRUE;
    }
  return FALSE;
}

static void
phaen_application_activate (GApplication *app)
{
  PhaenApplication *self = PHAEN_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));
  gtk_window_present (window);
}

static void
phaen_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  PhaenApplication *self = PHAEN_APPLICATION (app);

  wait_for_preloads (PRELOAD_WAIT_MS);
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *window = phaen_application_find_window (self, files[i]);

      if (window == NULL)
        {
          window = phaen_application_get_empty_window (self);
          phaen_window_open_file (PHAEN_WINDOW (window), files[i]);
        }
      gtk_window_present (window);
    }
}

/* Quitting: ask the windows one after the other. */
static void quit_next (PhaenApplication *self);

static void
quit_window_closed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PhaenApplication) self = user_data;

  if (phaen_window_close_finish (PHAEN_WINDOW (source), result))
    quit_next (self);
}

static void
quit_next (PhaenApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    if (PHAEN_IS_WINDOW (l->data))
      {
        /* Asks when there is something to save, then destroys the window. */
        phaen_window_close_async (PHAEN_WINDOW (l->data), quit_window_closed_cb,
                                  g_object_ref (self));
        return;
      }

  g_application_quit (G_APPLICATION (self));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  quit_next (PHAEN_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (PHAEN_APPLICATION (user_data))));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (phaen_preferences_window_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  phaen_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  phaen_show_help (gtk_application_get_active_window (GTK_APPLICATION (user_data)), NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "help", help_action },
};

static void
phaen_application_startup (GApplication *app)
{
  PhaenApplication *self = PHAEN_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control><Shift>n", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (phaen_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
}

static void
phaen_application_dispose (GObject *object)
{
  PhaenApplication *self = PHAEN_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (phaen_application_parent_class)->dispose (object);
}

static void
phaen_application_class_init (PhaenApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = phaen_application_dispose;
  app_class->activate = phaen_application_activate;
  app_class->open = phaen_application_open;
  app_class->startup = phaen_application_startup;
}

static void
phaen_application_init (PhaenApplication *self)
{
  /* The resources register themselves when linked; a static library's
   * object is linked only when something refers to it. */
  g_assert (phaen_get_resource () != NULL);
  self->settings = g_settings_new (PHAEN_APPLICATION_ID);
}

PhaenApplication *
phaen_application_new (GApplicationFlags flags)
{
  return g_object_new (PHAEN_TYPE_APPLICATION,
                       "application-id", PHAEN_APPLICATION_ID,
                       "resource-base-path", "/org/phaen/Phaen",
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
phaen_application_get_settings (PhaenApplication *self)
{
  g_return_val_if_fail (PHAEN_IS_APPLICATION (self), NULL);

  return self->settings;
}

GtkWindow *
phaen_application_find_window (PhaenApplication *self,
                               GFile            *file)
{
  g_return_val_if_fail (PHAEN_IS_APPLICATION (self), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!PHAEN_IS_WINDOW (l->data))
        continue;
      shown = phaen_window_get_file (PHAEN_WINDOW (l->data));
      if (shown != NULL && g_file_equal (shown, file))
        return GTK_WINDOW (l->data);
    }
  return NULL;
}

GtkWindow *
phaen_application_get_empty_window (PhaenApplication *self)
{
  g_return_val_if_fail (PHAEN_IS_APPLICATION (self), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PHAEN_IS_WINDOW (l->data) && phaen_window_is_empty (PHAEN_WINDOW (l->data)))
      return GTK_WINDOW (l->data);

  return GTK_WINDOW (new_window (self));
}

int
phaen_application_run_main (int    argc,
                            char **argv)
{
  g_autoptr(PhaenApplication) app = NULL;
  int status;

  preload_files (argc, argv);
  if (!gtk_init_check ())
    {
      char *help_argv[] = { argv[0], NULL };

      /* No display: the commands still work; say so and show them. */
      g_printerr ("%s\n", _("Phaen cannot open its window: there is no graphical display. "
                            "The commands below work without one."));
      phaen_cli_run (1, help_argv);
      return argc > 1 ? PHAEN_EXIT_USAGE : PHAEN_EXIT_OK;
    }

  app = phaen_application_new (G_APPLICATION_DEFAULT_FLAGS);
  status = g_application_run (G_APPLICATION (app), argc, argv);
  /* Reads nobody took (another Phaen opened the files) are let go;
   * one still running keeps its Preload until the process ends. */
  for (guint i = 0; preloads != NULL && i < preloads->len; i++)
    {
      Preload *preload = g_ptr_array_index (preloads, i);

      if (preload->result == NULL)
        g_ptr_array_index (preloads, i) = NULL;
    }
  g_clear_pointer (&preloads, g_ptr_array_unref);
  return status;
}
