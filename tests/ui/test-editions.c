/* test-editions.c: additions and amendments in the window
 *
 * The Editions form starts an edition, lists it with its changes, adopts
 * it on a date picked on the calendar, shows the model's refusals, and
 * every step undoes; the window's subtitle names the edition, a field
 * edit of an adopted plan is refused, and the edition's own document is
 * exported and read back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <poppler.h>

#include "ui-test-util.h"

#include "phaen-date-row.h"
#include "phaen-editions-editor.h"
#include "phaen-window.h"

#include "model/phaen-plan-editions.h"
#include "render/phaen-edition-pages.h"

/* poppler-glib 22 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef UiTestWindow Fixture;

static PhaenEditionsEditor *
show_editions (Fixture *f)
{
  return PHAEN_EDITIONS_EDITOR (ui_test_window_show_form (f, "editions"));
}

static void
choose_kind_and_number (PhaenEditionsEditor *editor,
                        guint                kind_row,
                        const char          *number)
{
  AdwComboRow *kind = ADW_COMBO_ROW (ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, NULL));
  GtkWidget *entry = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL);

  adw_combo_row_set_selected (kind, kind_row);
  if (number != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), number);
}

static void
pick_day (PhaenEditionsEditor *editor,
          int                  year,
          int                  month,
          int                  day)
{
  PhaenDateRow *row = PHAEN_DATE_ROW (ui_test_find_widget (GTK_WIDGET (editor), PHAEN_TYPE_DATE_ROW, NULL));
  g_autoptr(GDateTime) when = g_date_time_new_local (year, month, day, 0, 0, 0);

  gtk_calendar_select_day (phaen_date_row_get_calendar (row), when);
  ui_test_flush ();
}

static void
test_start_adopt_undo (Fixture       *f,
                       gconstpointer  data)
{
  PhaenEditionsEditor *editor = show_editions (f);
  PhaenProject *project = ui_test_project_at (f->plan, 2);
  gint64 budget = phaen_project_get_budget (project);
  PhaenEdition *edition;
  g_autofree char *label = NULL;

  g_assert_cmpuint (phaen_editions_editor_get_n_rows (editor), ==, 1);
  g_assert_cmpstr (phaen_editions_editor_get_row_text (editor, 0, TRUE), ==, "Adopted on 24 ตุลาคม 2568");

  /* An amendment, numbered in the n/year style. */
  choose_kind_and_number (editor, 1, "๑/๒๕๖๙");
  ui_test_activate (editor, "editions.start", NULL);
  g_assert_null (phaen_editions_editor_get_message (editor));
  edition = phaen_plan_get_open_edition (f->plan);
  g_assert_nonnull (edition);
  g_assert_cmpint (phaen_edition_get_kind (edition), ==, PHAEN_EDITION_AMENDMENT);
  g_assert_cmpuint (phaen_edition_get_number (edition), ==, 1);
  g_assert_cmpuint (phaen_edition_get_number_year (edition), ==, 2569);
  g_assert_cmpuint (phaen_editions_editor_get_n_rows (editor), ==, 2);
  label = phaen_edition_dup_label (edition);
  g_assert_cmpstr (phaen_editions_editor_get_row_text (editor, 1, FALSE), ==, label);
  /* The window says which edition is being prepared. */
  g_assert_nonnull (strstr (phaen_plan_file_get_subtitle (phaen_window_get_plan_file (f->window)), label));

  /* An edition that changes nothing is not adopted: the model says why. */
  pick_day (editor, 2026, 3, 2);
  ui_test_activate (editor, "editions.adopt", NULL);
  g_assert_nonnull (phaen_editions_editor_get_message (editor));
  g_assert_false (phaen_edition_is_adopted (edition));

  /* A change is the edition's, and the list counts it. */
  phaen_plan_edit_set_int64 (f->plan, project, "budget", budget + 100000);
  ui_test_flush ();
  g_assert_nonnull (strstr (phaen_editions_editor_get_row_text (editor, 1, TRUE), "changed: 1"));

  ui_test_activate (editor, "editions.adopt", NULL);
  g_assert_null (phaen_editions_editor_get_message (editor));
  g_assert_true (phaen_edition_is_adopted (edition));
  g_assert_cmpstr (phaen_edition_get_adoption_date (edition), ==, "2026-03-02");
  g_assert_nonnull (strstr (phaen_editions_editor_get_row_text (editor, 1, TRUE), "2 มีนาคม 2569"));

  /* The adopted plan refuses a change of its projects. */
  phaen_plan_edit_set_int64 (f->plan, project, "budget", budget);
  g_assert_cmpint (phaen_project_get_budget (project), ==, budget + 100000);

  /* And of its own details: a field typed into shows the plan again. */
  {
    GtkWidget *form = ui_test_window_show_form (f, "plan");
    GtkWidget *name_row = ui_test_find_widget (form, ADW_TYPE_ENTRY_ROW, NULL);
    g_autofree char *name = g_strdup (phaen_plan_get_organisation_name (f->plan));

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, name);
    gtk_editable_set_text (GTK_EDITABLE (name_row), "เทศบาลตำบลอื่น");
    ui_test_spin (600);
    g_assert_cmpstr (phaen_plan_get_organisation_name (f->plan), ==, name);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, name);
    editor = show_editions (f);
  }

  /* Undo takes the adoption back, then the change, then the edition. */
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_false (phaen_edition_is_adopted (edition));
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_cmpint (phaen_project_get_budget (project), ==, budget);
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_cmpuint (phaen_plan_get_n_editions (f->plan), ==, 0);
  g_assert_cmpuint (phaen_editions_editor_get_n_rows (editor), ==, 1);
  g_assert_null (strstr (phaen_plan_file_get_subtitle (phaen_window_get_plan_file (f->window)), label));
  ui_test_activate (f->window, "win.redo", NULL);
  g_assert_cmpuint (phaen_plan_get_n_editions (f->plan), ==, 1);
  g_assert_cmpuint (phaen_editions_editor_get_n_rows (editor), ==, 2);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  PhaenEditionsEditor *editor = show_editions (f);

  /* A number that is none. */
  choose_kind_and_number (editor, 0, "one");
  ui_test_activate (editor, "editions.start", NULL);
  g_assert_nonnull (phaen_editions_editor_get_message (editor));
  g_assert_cmpuint (phaen_plan_get_n_editions (f->plan), ==, 0);

  /* No adoption to cite. */
  phaen_plan_edit_set_string (f->plan, f->plan, "announcement-date", "");
  choose_kind_and_number (editor, 0, "");
  ui_test_activate (editor, "editions.start", NULL);
  g_assert_nonnull (phaen_editions_editor_get_message (editor));
  g_assert_cmpuint (phaen_plan_get_n_editions (f->plan), ==, 0);

  /* With the date back, an empty number is the next one. */
  ui_test_activate (f->window, "win.undo", NULL);
  ui_test_activate (editor, "editions.start", NULL);
  g_assert_null (phaen_editions_editor_get_message (editor));
  g_assert_cmpuint (phaen_edition_get_number (phaen_plan_get_edition (f->plan, 1)), ==, 1);
  g_assert_cmpint (phaen_edition_get_kind (phaen_plan_get_edition (f->plan, 1)), ==, PHAEN_EDITION_ADDITION);

  /* An open edition that changes nothing can be removed. */
  ui_test_activate (editor, "editions.remove", NULL);
  g_assert_null (phaen_editions_editor_get_message (editor));
  g_assert_cmpuint (phaen_plan_get_n_editions (f->plan), ==, 0);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (phaen_window_export_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static char *
export_text (Fixture    *f,
             guint       which,
             const char *name,
             int        *n_pages)
{
  g_autoptr(GFile) file = ui_test_window_file (f, name);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);
  gboolean done = FALSE;

  phaen_window_export_edition_pdf_async (f->window, file, which, exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

static void
test_export_edition (Fixture       *f,
                     gconstpointer  data)
{
  PhaenEditionsEditor *editor = show_editions (f);
  PhaenProject *project = ui_test_project_at (f->plan, 0);
  g_autofree char *edition_text = NULL;
  g_autofree char *current_text = NULL;
  int edition_pages = 0, current_pages = 0;

  phaen_plan_edit_set_boolean (f->plan, f->plan, "thai-digits", FALSE);
  choose_kind_and_number (editor, 1, "");
  ui_test_activate (editor, "editions.start", NULL);
  phaen_plan_edit_set_int64 (f->plan, project, "budget", phaen_project_get_budget (project) + 12345600);
  pick_day (editor, 2026, 1, 15);
  ui_test_activate (editor, "editions.adopt", NULL);
  g_assert_true (phaen_edition_is_adopted (phaen_plan_get_edition (f->plan, 1)));

  edition_text = export_text (f, 1, "amendment.pdf", &edition_pages);
  g_assert_nonnull (strstr (edition_text, "แก้ไข ครั้งที่ 1"));
  /* The changed project, old and new side by side. */
  g_assert_nonnull (strstr (edition_text, "เดิม"));
  g_assert_nonnull (strstr (edition_text, "แก้ไขเป็น"));

  current_text = export_text (f, PHAEN_EDITION_DOCUMENT_CURRENT, "current.pdf", &current_pages);
  /* The consolidated plan is the whole document: more pages than the
   * amendment's own, which lists one project. */
  g_assert_cmpint (current_pages, >, edition_pages);
  g_assert_nonnull (strstr (current_text, "แก้ไข ครั้งที่ 1"));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/editions/start-adopt-undo", Fixture, NULL, ui_test_window_set_up, test_start_adopt_undo, ui_test_window_tear_down);
  g_test_add ("/ui/editions/refused", Fixture, NULL, ui_test_window_set_up, test_refused, ui_test_window_tear_down);
  g_test_add ("/ui/editions/export", Fixture, NULL, ui_test_window_set_up, test_export_edition, ui_test_window_tear_down);

  return g_test_run ();
}
