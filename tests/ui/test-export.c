/* test-export.c: PDF, CSV and print out of the window; CSV in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-preview.h"
#include "phaen-print.h"
#include "phaen-window.h"

#include "io/phaen-csv.h"

/* poppler-glib 22 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef UiTestWindow Fixture;

static char *
pdf_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phaen_window_export_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  phaen_window_export_pdf_async (f->window, file, exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 5);
  text = pdf_text (document);
  g_assert_nonnull (strstr (text, "เทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (text, "บัญชีสรุปจำนวนโครงการและงบประมาณ"));
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "plan.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = phaen_csv_export (f->plan);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (phaen_window_export_csv (f->window, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &written, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, g_bytes_get_size (expected));
  g_assert_true (memcmp (written, g_bytes_get_data (expected, NULL), length) == 0);
}

static char *
question_text (PhaenWindow *window)
{
  AdwMessageDialog *question = phaen_window_get_question (window);
  GtkWidget *extra;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (question);
  extra = adw_message_dialog_get_extra_child (question);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (extra));
  view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (extra));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "csv", "bad", "several-bad-rows.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint projects = g_list_model_get_n_items (phaen_plan_get_projects (f->plan));
  guint depth = phaen_history_get_depth (phaen_plan_get_history (f->plan));
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_false (phaen_window_import_csv (f->window, file, TRUE));
  ui_test_flush ();

  /* Nothing changed. */
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (f->plan)), ==, projects);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (f->plan)), ==, depth);

  /* Every problem on a line of its own, naming the file and its line. */
  text = question_text (f->window);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_assert_true (g_str_has_prefix (lines[i], "several-bad-rows.csv:"));
  adw_message_dialog_response (phaen_window_get_question (f->window), "close");
  ui_test_flush ();
}

static void
test_import_into_one_step (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "csv", "utf8.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint projects = g_list_model_get_n_items (phaen_plan_get_projects (f->plan));
  guint depth = phaen_history_get_depth (phaen_plan_get_history (f->plan));

  g_assert_true (phaen_window_import_csv (f->window, file, TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (f->plan)), >, projects);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (f->plan)), ==, depth + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (f->plan)), ==, projects);
}

static void
test_print_pages (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(PhaenPrintOperation) operation = phaen_print_operation_new (f->plan);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint portrait = 0, landscape = 0;
  GtkPrintOperationResult result;

  /* The print job written to a file instead of a printer. */
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (f->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 5);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      /* A4 in points, one way or the other. */
      if (width < height)
        {
          g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
          portrait++;
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (width, 841.9, 1.0);
          landscape++;
        }
    }
  /* Front matter upright, tables on their side, in one job. */
  g_assert_cmpuint (portrait, >, 0);
  g_assert_cmpuint (landscape, >, 0);
  text = pdf_text (document);
  g_assert_nonnull (strstr (text, "บัญชีโครงการ/กิจกรรม/งบประมาณ"));
}

static void
laid_out_cb (PhaenPreview *preview,
             gpointer      user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  PhaenPreview *preview = PHAEN_PREVIEW (phaen_window_get_preview (f->window));
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (f->plan), 5);
  PhaenDocument *document;
  gboolean laid_out = FALSE;
  gint page;

  g_signal_connect (preview, "laid-out", G_CALLBACK (laid_out_cb), &laid_out);
  /* Selecting a project, then showing the document, opens its page. */
  g_assert_true (phaen_window_show_item (f->window, project, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "preview"));
  g_assert_true (ui_test_wait (&laid_out, 30000));
  ui_test_flush ();
  document = phaen_preview_get_document (preview);
  g_assert_nonnull (document);
  page = phaen_document_find_project_page (document, phaen_project_get_id (project));
  g_assert_cmpint (page, >, 0);
  g_assert_cmpuint (phaen_preview_get_current_page (preview), ==, page);

  /* An edit lays the pages out again, in the background. */
  laid_out = FALSE;
  phaen_plan_edit_set_string (f->plan, f->plan, "organisation-name", "เทศบาลตำบลทดสอบ");
  g_assert_false (laid_out);
  g_assert_true (ui_test_wait (&laid_out, 30000));
  g_assert_true (phaen_preview_get_document (preview) != document);
  g_assert_cmpstr (phaen_plan_get_organisation_name (phaen_document_get_plan (phaen_preview_get_document (preview))),
                   ==, "เทศบาลตำบลทดสอบ");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/export/pdf", Fixture, NULL, ui_test_window_set_up, test_export_pdf, ui_test_window_tear_down);
  g_test_add ("/ui/export/csv", Fixture, NULL, ui_test_window_set_up, test_export_csv, ui_test_window_tear_down);
  g_test_add ("/ui/export/import-refused", Fixture, NULL, ui_test_window_set_up, test_import_refused, ui_test_window_tear_down);
  g_test_add ("/ui/export/import-into-one-step", Fixture, NULL, ui_test_window_set_up, test_import_into_one_step, ui_test_window_tear_down);
  g_test_add ("/ui/export/preview", Fixture, NULL, ui_test_window_set_up, test_preview, ui_test_window_tear_down);
  g_test_add ("/ui/export/print", Fixture, NULL, ui_test_window_set_up, test_print_pages, ui_test_window_tear_down);

  return g_test_run ();
}
