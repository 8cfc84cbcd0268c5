/* test-recovery.c: unsaved work survives a killed process
 *
 * A child process (this program with --child) opens the sample, changes a
 * budget through the form, lets autosave write its recovery copy and is
 * killed with SIGKILL. The parent then finds the draft on the start page,
 * restores it, and checks that the plan has the change, counts as
 * unsaved, has no file (saving will ask where) and that the sample on
 * disk was not touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-project-editor.h"
#include "phaen-start-page.h"
#include "phaen-ui-bridge.h"
#include "phaen-window.h"

#include "io/phaen-draft.h"

#define EDITED_BUDGET "4,321,000"
#define EDITED_SATANG G_GINT64_CONSTANT (432100000)

static PhaenProject *
first_project (PhaenPlan *plan)
{
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), 0);

  return project;
}

static PhaenWindow *
open_sample (PhaenApplication *app)
{
  g_autoptr(GFile) sample = ui_test_sample_file ();
  PhaenWindow *window = phaen_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  phaen_window_open_file (window, sample);
  for (guint i = 0; i < 500 && phaen_window_get_plan (window) == NULL; i++)
    ui_test_spin (10);
  g_assert_nonnull (phaen_window_get_plan (window));
  return window;
}

/* The child: edit, autosave, die. */
static int
child_main (void)
{
  g_autoptr(PhaenApplication) app = phaen_application_new (G_APPLICATION_NON_UNIQUE);
  PhaenWindow *window;
  PhaenPlan *plan;
  GtkWidget *budget;

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = open_sample (app);
  plan = phaen_window_get_plan (window);

  g_assert_true (phaen_window_show_item (window, first_project (plan), "budget"));
  budget = phaen_project_editor_get_field (PHAEN_PROJECT_EDITOR (phaen_window_get_project_editor (window)), "budget");
  gtk_editable_set_text (GTK_EDITABLE (budget), EDITED_BUDGET);
  ui_test_flush ();
  g_assert_cmpint (phaen_project_get_budget (first_project (plan)), ==, EDITED_SATANG);

  /* The timer would fire a few seconds later; do not wait for it. */
  phaen_window_autosave_now (window);
  raise (SIGKILL);
  return 1;
}

static char *
file_checksum (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_recovery_after_kill (void)
{
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GFile) sample = ui_test_sample_file ();
  g_autofree char *before = file_checksum (sample);
  g_autofree char *after = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { self_exe, "--child", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PhaenApplication) app = NULL;
  PhaenDraftInfo *info;
  PhaenWindow *window;
  PhaenPlan *plan;
  int status = 0;

  ui_test_make_dirs ();
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_nonnull (info->original);
  g_assert_true (g_file_equal (info->original, sample));
  g_assert_nonnull (info->saved);

  /* The next start offers it. */
  app = phaen_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = phaen_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_flush ();
  g_assert_cmpuint (phaen_start_page_get_n_drafts (PHAEN_START_PAGE (phaen_window_get_start_page (window))), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-draft", "s", info->id));
  ui_test_flush ();
  plan = phaen_window_get_plan (window);
  g_assert_nonnull (plan);
  g_assert_cmpint (phaen_project_get_budget (first_project (plan)), ==, EDITED_SATANG);
  g_assert_true (phaen_plan_file_get_modified (phaen_window_get_plan_file (window)));
  /* Not tied to the original: saving asks where (proposing it). */
  g_assert_null (phaen_window_get_file (window));
  g_assert_true (g_file_equal (phaen_plan_file_get_original (phaen_window_get_plan_file (window)), sample));

  after = file_checksum (sample);
  g_assert_cmpstr (before, ==, after);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_flush ();
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "--child"))
    return child_main ();

  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/recovery/after-kill", test_recovery_after_kill);
  return g_test_run ();
}
