/* test-window.c: the window doing an officer's work
 *
 * Open the sample, change a project's budget through the form, undo,
 * redo, save to a temporary file and compare the XML; the unsaved-changes
 * question; the problems list jumping to the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-outline-view.h"
#include "phaen-project-editor.h"
#include "phaen-window.h"

#include "io/phaen-file.h"
#include "io/phaen-xml.h"
#include "model/phaen-money.h"

typedef UiTestWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) sample = ui_test_sample_file ();

  ui_test_window_set_up (f, data);
  g_assert_true (g_file_equal (phaen_window_get_file (f->window), sample));
}

static GtkWidget *
field (Fixture    *f,
       const char *property)
{
  GtkWidget *editor = phaen_window_get_project_editor (f->window);
  GtkWidget *widget = phaen_project_editor_get_field (PHAEN_PROJECT_EDITOR (editor), property);

  g_assert_nonnull (widget);
  return widget;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phaen_window_save_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static char *
read_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&contents);
}

static void
test_budget_undo_redo_save (Fixture       *f,
                            gconstpointer  data)
{
  PhaenProject *project = ui_test_project_at (f->plan, 0);
  gint64 before = phaen_project_get_budget (project);
  g_autofree char *before_text = phaen_money_format (before, FALSE, FALSE);
  GtkWidget *budget;
  g_autofree char *path = g_build_filename (f->dir, "saved.phaen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sample = ui_test_sample_file ();
  g_autofree char *sample_path = g_file_get_path (sample);
  g_autoptr(PhaenPlan) expected = NULL;
  g_autoptr(GBytes) expected_bytes = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved = FALSE;

  g_assert_false (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));
  g_assert_true (phaen_window_show_item (f->window, project, "budget"));
  budget = field (f, "budget");

  /* Typed with grouping and satang: stored as satang. */
  gtk_editable_set_text (GTK_EDITABLE (budget), "1,234,567.50");
  ui_test_flush ();
  g_assert_cmpint (phaen_project_get_budget (project), ==, 123456750);
  g_assert_true (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));

  /* Refused input is explained and changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (budget), "12x");
  ui_test_flush ();
  g_assert_true (gtk_widget_has_css_class (budget, "error"));
  g_assert_cmpint (phaen_project_get_budget (project), ==, 123456750);
  gtk_editable_set_text (GTK_EDITABLE (budget), "1234567.50");
  ui_test_flush ();
  g_assert_false (gtk_widget_has_css_class (budget, "error"));

  /* Undo through the window's action; the form follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (phaen_project_get_budget (project), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, before_text);
  g_assert_false (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpint (phaen_project_get_budget (project), ==, 123456750);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "1,234,567.50");

  phaen_window_save_async (f->window, file, saved_cb, &saved);
  g_assert_true (ui_test_wait (&saved, 10000));
  g_assert_false (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));
  g_assert_true (g_file_equal (phaen_window_get_file (f->window), file));

  /* The file is the sample with that one budget changed. */
  expected = phaen_file_load (sample_path, &error);
  g_assert_no_error (error);
  phaen_project_set_budget (ui_test_project_at (expected, 0), 123456750);
  expected_bytes = phaen_xml_write_to_bytes (expected);
  written = read_file (path);
  g_assert_cmpuint (strlen (written), ==, g_bytes_get_size (expected_bytes));
  g_assert_true (memcmp (written, g_bytes_get_data (expected_bytes, NULL), strlen (written)) == 0);
}

static void
test_unsaved_question (Fixture       *f,
                       gconstpointer  data)
{
  PhaenProject *project = ui_test_project_at (f->plan, 1);
  AdwMessageDialog *question;
  gboolean gone = FALSE;

  g_assert_true (phaen_window_show_item (f->window, project, "name"));
  gtk_editable_set_text (GTK_EDITABLE (field (f, "name")), "โครงการทดสอบ");
  ui_test_flush ();
  g_assert_cmpstr (phaen_project_get_name (project), ==, "โครงการทดสอบ");

  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_flush ();
  question = phaen_window_get_question (f->window);
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "save"));
  g_assert_true (adw_message_dialog_has_response (question, "discard"));
  g_assert_true (adw_message_dialog_has_response (question, "cancel"));

  /* Cancel keeps the window and the change. */
  adw_message_dialog_response (question, "cancel");
  ui_test_flush ();
  g_assert_null (phaen_window_get_question (f->window));
  g_assert_cmpstr (phaen_project_get_name (project), ==, "โครงการทดสอบ");

  /* Discard closes it. */
  ui_test_watch_finalize (f->window, &gone);
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_flush ();
  question = phaen_window_get_question (f->window);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  g_assert_true (ui_test_wait (&gone, 30000));
  f->window = NULL;
}

static void
test_unfinished_saves_and_reopens (Fixture       *f,
                                   gconstpointer  data)
{
  PhaenProject *project = ui_test_project_at (f->plan, 3);
  g_autofree char *path = g_build_filename (f->dir, "unfinished.phaen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.phaen", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autofree char *id = g_strdup (phaen_project_get_id (project));
  PhaenWindow *other;
  PhaenPlan *reopened;
  gboolean saved = FALSE;

  /* A project half entered: no name, no unit yet. */
  phaen_plan_edit_begin (f->plan, "test");
  phaen_plan_edit_set_string (f->plan, project, "name", "");
  phaen_plan_edit_set_object (f->plan, project, "unit", NULL);
  phaen_plan_edit_end (f->plan);
  phaen_window_sync (f->window);
  g_assert_cmpuint (phaen_window_get_n_problems (f->window), ==, 2);

  phaen_window_save_async (f->window, file, saved_cb, &saved);
  g_assert_true (ui_test_wait (&saved, 10000));

  /* A copy, since the same file would only bring this window forward. */
  g_assert_true (g_file_copy (file, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  other = phaen_window_new (GTK_APPLICATION (f->app));
  phaen_window_open_file (other, copy);
  for (guint i = 0; i < 500 && phaen_window_get_plan (other) == NULL; i++)
    ui_test_spin (10);
  reopened = phaen_window_get_plan (other);
  g_assert_nonnull (reopened);
  g_assert_cmpstr (phaen_project_get_name (phaen_plan_find_project (reopened, id)), ==, "");
  g_assert_null (phaen_project_get_unit (phaen_plan_find_project (reopened, id)));
  phaen_window_sync (other);
  g_assert_cmpuint (phaen_window_get_n_problems (other), ==, 2);
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
test_quit_asks (Fixture       *f,
                gconstpointer  data)
{
  AdwMessageDialog *question;

  phaen_plan_edit_set_string (f->plan, f->plan, "province", "ตราด");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  ui_test_flush ();
  question = phaen_window_get_question (f->window);
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "discard"));
  /* Cancel: nothing closes, nothing is lost. */
  adw_message_dialog_response (question, "cancel");
  ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpstr (phaen_plan_get_province (f->plan), ==, "ตราด");
}

static void
test_problem_jumps_to_field (Fixture       *f,
                             gconstpointer  data)
{
  PhaenProject *project = ui_test_project_at (f->plan, 2);
  GtkWidget *list = phaen_window_get_problems_list (f->window);
  GtkWidget *name;
  GtkListBoxRow *row;
  GtkWidget *focus;

  phaen_window_sync (f->window);
  g_assert_cmpuint (phaen_window_get_n_problems (f->window), ==, 0);

  /* Leave the name empty, look at something else. */
  g_assert_true (phaen_window_show_item (f->window, project, "name"));
  name = field (f, "name");
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  ui_test_flush ();
  g_assert_cmpstr (phaen_project_get_name (project), ==, "");
  g_assert_true (phaen_window_show_item (f->window, f->plan, "province"));
  phaen_window_sync (f->window);
  g_assert_cmpuint (phaen_window_get_n_problems (f->window), >=, 1);

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  ui_test_flush ();

  /* The project is selected and the name field has the focus. */
  g_assert_true (phaen_outline_view_get_selected_item (PHAEN_OUTLINE_VIEW (phaen_window_get_outline_view (f->window))) ==
                 G_OBJECT (project));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == name || gtk_widget_is_ancestor (focus, name));
}

static PhaenUnit *
unit_at (PhaenPlan *plan,
         guint      index)
{
  g_autoptr(PhaenUnit) unit = g_list_model_get_item (phaen_plan_get_units (plan), index);

  return unit;
}

static GtkWidget *
find_move_button (GtkWidget  *root,
                  PhaenUnit  *unit,
                  const char *icon)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_object_get_data (G_OBJECT (child), "phaen-unit") == (gpointer) unit &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), icon) == 0)
        return child;
      if ((found = find_move_button (child, unit, icon)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_units_reorder (Fixture       *f,
                    gconstpointer  data)
{
  PhaenUnit *first = unit_at (f->plan, 0);
  PhaenUnit *second = unit_at (f->plan, 1);
  GtkWidget *button = NULL;

  /* The units form, and the first unit's "move down" button. */
  g_assert_true (phaen_window_show_item (f->window, first, NULL));
  button = find_move_button (GTK_WIDGET (f->window), first, "go-down-symbolic");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_flush ();
  g_assert_true (unit_at (f->plan, 0) == second);
  g_assert_true (unit_at (f->plan, 1) == first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (unit_at (f->plan, 0) == first);
  g_assert_true (unit_at (f->plan, 1) == second);
}

static guint
project_index (PhaenPlan    *plan,
               PhaenProject *project)
{
  GListModel *projects = phaen_plan_get_projects (plan);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    if (ui_test_project_at (plan, i) == project)
      return i;
  return G_MAXUINT;
}

static void
test_move_by_keyboard (Fixture       *f,
                       gconstpointer  data)
{
  PhaenProject *first = ui_test_project_at (f->plan, 0);
  PhaenProject *after = NULL;
  PhaenProgram *program = phaen_project_get_program (first);
  PhaenOutlineView *outline = PHAEN_OUTLINE_VIEW (phaen_window_get_outline_view (f->window));
  guint before;

  /* The next project of the same group. */
  for (guint i = 1; i < g_list_model_get_n_items (phaen_plan_get_projects (f->plan)) && after == NULL; i++)
    {
      PhaenProject *p = ui_test_project_at (f->plan, i);

      if (phaen_project_get_program (p) == program &&
          phaen_project_get_strategy (p) == phaen_project_get_strategy (first) &&
          phaen_project_get_approach (p) == phaen_project_get_approach (first))
        after = p;
    }
  g_assert_nonnull (after);

  g_assert_true (phaen_window_show_item (f->window, first, NULL));
  before = project_index (f->plan, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.move-down", NULL));
  g_assert_cmpuint (project_index (f->plan, first), >, project_index (f->plan, after));
  /* Still the selected row, so a second Alt+Down goes on from there. */
  g_assert_true (phaen_outline_view_get_selected_item (outline) == G_OBJECT (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (project_index (f->plan, first), ==, before);

  /* To another program: one step, undone in one. */
  {
    g_autoptr(PhaenProgram) other = g_list_model_get_item (phaen_plan_get_programs (f->plan), 0);
    guint depth = phaen_history_get_depth (phaen_plan_get_history (f->plan));

    g_assert_true (other != program);
    phaen_outline_view_move_project (outline, first, phaen_project_get_strategy (first), NULL, other, NULL);
    g_assert_true (phaen_project_get_program (first) == other);
    g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (f->plan)), ==, depth + 1);
    g_assert_true (phaen_outline_view_get_selected_item (outline) == G_OBJECT (first));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    g_assert_true (phaen_project_get_program (first) == program);
  }
}

static void
save_cancelled_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (phaen_window_save_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *(gboolean *) user_data = TRUE;
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "shared.phaen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  AdwMessageDialog *question;
  gboolean saved = FALSE;
  gboolean refused = FALSE;

  /* Ours on disk, then someone else's version replaces it. */
  phaen_window_save_async (f->window, file, saved_cb, &saved);
  g_assert_true (ui_test_wait (&saved, 10000));
  ours = read_file (path);
  theirs = g_strconcat (ours, "<!-- changed elsewhere -->\n", NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  phaen_plan_edit_set_string (f->plan, f->plan, "district", "เมืองทดสอบ");
  phaen_window_save_async (f->window, NULL, save_cancelled_cb, &refused);
  ui_test_flush ();
  question = phaen_window_get_question (f->window);
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "replace"));
  adw_message_dialog_response (question, "cancel");
  g_assert_true (ui_test_wait (&refused, 5000));
  now = read_file (path);
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));

  /* Replace writes ours. */
  saved = FALSE;
  phaen_window_save_async (f->window, NULL, saved_cb, &saved);
  ui_test_flush ();
  adw_message_dialog_response (phaen_window_get_question (f->window), "replace");
  g_assert_true (ui_test_wait (&saved, 10000));
  g_free (now);
  now = read_file (path);
  g_assert_nonnull (strstr (now, "เมืองทดสอบ"));
  g_assert_false (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/window/budget-undo-redo-save", Fixture, NULL,
              fixture_set_up, test_budget_undo_redo_save, ui_test_window_tear_down);
  g_test_add ("/ui/window/unsaved-question", Fixture, NULL,
              fixture_set_up, test_unsaved_question, ui_test_window_tear_down);
  g_test_add ("/ui/window/problem-jumps-to-field", Fixture, NULL,
              fixture_set_up, test_problem_jumps_to_field, ui_test_window_tear_down);

  g_test_add ("/ui/window/move-by-keyboard", Fixture, NULL,
              fixture_set_up, test_move_by_keyboard, ui_test_window_tear_down);
  g_test_add ("/ui/window/changed-on-disk", Fixture, NULL,
              fixture_set_up, test_changed_on_disk, ui_test_window_tear_down);
  g_test_add ("/ui/window/unfinished-saves-and-reopens", Fixture, NULL,
              fixture_set_up, test_unfinished_saves_and_reopens, ui_test_window_tear_down);
  g_test_add ("/ui/window/quit-asks", Fixture, NULL,
              fixture_set_up, test_quit_asks, ui_test_window_tear_down);
  g_test_add ("/ui/window/units-reorder", Fixture, NULL,
              fixture_set_up, test_units_reorder, ui_test_window_tear_down);

  return g_test_run ();
}
