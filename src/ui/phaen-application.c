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
#include "phaen-preload.h"
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

/* How long the first window waits for its plan before it shows the start
 * page (a plan of a few thousand projects takes less). */
#define PRELOAD_WAIT_MS 150

static void
phaen_application_activate (GApplication *app)
{
  PhaenApplication *self = PHAEN_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (phaen_window_new (GTK_APPLICATION (self)));
  gtk_window_present (window);
}

static void
phaen_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  PhaenApplication *self = PHAEN_APPLICATION (app);

  phaen_preload_wait (PRELOAD_WAIT_MS);
  for (int i = 0; i < n_files; i++)
    {
      PhaenWindow *window = phaen_window_find (GTK_APPLICATION (self), files[i]);

      if (window == NULL)
        {
          window = phaen_window_get_empty (GTK_APPLICATION (self));
          phaen_window_open_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
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
  gtk_window_present (GTK_WINDOW (phaen_window_new (GTK_APPLICATION (user_data))));
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

int
phaen_application_run_main (int    argc,
                            char **argv)
{
  g_autoptr(PhaenApplication) app = NULL;
  int status;

  phaen_preload_files (argc, argv);
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
  phaen_preload_clear ();
  return status;
}
