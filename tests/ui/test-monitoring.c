/* test-monitoring.c: the monitoring table, the status file and the report
 * in the window
 *
 * The table's cells edit the plan through its history (one undo step a
 * field) and refuse an amount they cannot read; a status file is imported
 * as one undo step, or refused with its problems listed by line and the
 * plan untouched; the report is exported and shown in the preview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-month-grid.h"
#include "phaen-monitoring-view.h"
#include "phaen-preview.h"
#include "phaen-window.h"

#include "io/phaen-xml.h"

/* poppler-glib 22 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef UiTestWindow Fixture;

static PhaenMonitoringView *
show_table (Fixture *f)
{
  GtkWidget *view = phaen_window_get_monitoring_view (f->window);

  phaen_window_show_view (f->window, "monitoring");
  ui_test_spin (150);
  g_assert_true (gtk_widget_get_mapped (view));
  return PHAEN_MONITORING_VIEW (view);
}

static guint
depth (Fixture *f)
{
  return phaen_history_get_depth (phaen_plan_get_history (f->plan));
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ui_test_flush ();
}

/* Types @text into @entry as a person would: the text goes into the plan
 * when the entry has it all, and typing there ends with the focus. */
static void
type_into (GtkWidget  *entry,
           const char *text)
{
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ui_test_flush ();
}

/* ---- the table ---------------------------------------------------------------- */

/* Opens the status button of a row and picks the @index-th status. */
static void
choose_status (GtkWidget *button,
               guint      index)
{
  GtkPopover *popover;
  GtkWidget *check;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  ui_test_flush ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  check = gtk_widget_get_first_child (gtk_popover_get_child (popover));
  for (guint i = 0; i < index; i++)
    check = gtk_widget_get_next_sibling (check);
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  /* The list shows the row's status. */
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  ui_test_flush ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

static void
test_table_edits (Fixture       *f,
                  gconstpointer  data)
{
  PhaenMonitoringView *table = show_table (f);
  PhaenProject *project = ui_test_project_at (f->plan, 3);
  guint n_projects = g_list_model_get_n_items (phaen_plan_get_projects (f->plan));
  GtkWidget *status, *contracted, *disbursed, *progress, *actual, *remarks;
  guint start = depth (f);

  g_assert_cmpuint (phaen_monitoring_view_get_n_rows (table), ==, n_projects);
  status = phaen_monitoring_view_get_cell (table, project, "status");
  contracted = phaen_monitoring_view_get_cell (table, project, "contracted");
  disbursed = phaen_monitoring_view_get_cell (table, project, "disbursed");
  progress = phaen_monitoring_view_get_cell (table, project, "progress");
  actual = phaen_monitoring_view_get_cell (table, project, "actual-schedule");
  remarks = phaen_monitoring_view_get_cell (table, project, "remarks");
  g_assert_true (GTK_IS_MENU_BUTTON (status));
  g_assert_true (GTK_IS_EDITABLE (contracted));
  g_assert_true (GTK_IS_EDITABLE (disbursed));
  g_assert_true (GTK_IS_SPIN_BUTTON (progress));
  g_assert_true (GTK_IS_MENU_BUTTON (actual));
  g_assert_true (GTK_IS_EDITABLE (remarks));

  /* Status: chosen from the button's list, one step, undone. */
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==,
                   phaen_project_status_get_label (PHAEN_PROJECT_STATUS_NOT_STARTED));
  choose_status (status, 2);
  g_assert_cmpint (phaen_project_get_status (project), ==, PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==,
                   phaen_project_status_get_label (PHAEN_PROJECT_STATUS_COMPLETED));
  g_assert_cmpuint (depth (f), ==, start + 1);
  undo (f);
  g_assert_cmpint (phaen_project_get_status (project), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==,
                   phaen_project_status_get_label (PHAEN_PROJECT_STATUS_NOT_STARTED));

  /* Amounts with a thousands separator and satang. */
  type_into (contracted, "1,500,000");
  g_assert_cmpint (phaen_project_get_contracted (project), ==, G_GINT64_CONSTANT (150000000));
  type_into (disbursed, "1,234,567.50");
  g_assert_cmpint (phaen_project_get_disbursed (project), ==, G_GINT64_CONSTANT (123456750));
  g_assert_false (gtk_widget_has_css_class (disbursed, "error"));

  /* An amount that cannot be read: refused in the cell, the plan keeps
   * the last good one, the tooltip says why. */
  type_into (disbursed, "1,234,5x7");
  g_assert_cmpint (phaen_project_get_disbursed (project), ==, G_GINT64_CONSTANT (123456750));
  g_assert_true (gtk_widget_has_css_class (disbursed, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (disbursed));
  type_into (disbursed, "-5");
  g_assert_cmpint (phaen_project_get_disbursed (project), ==, G_GINT64_CONSTANT (123456750));
  g_assert_true (gtk_widget_has_css_class (disbursed, "error"));
  /* Undo puts back the amount before, and the cell says it. */
  undo (f);
  g_assert_cmpint (phaen_project_get_disbursed (project), ==, 0);
  g_assert_false (gtk_widget_has_css_class (disbursed, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (disbursed));
  undo (f);
  g_assert_cmpint (phaen_project_get_contracted (project), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (contracted)), ==, "0");

  /* Progress, remarks. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), 40);
  g_assert_cmpuint (phaen_project_get_progress (project), ==, 40);
  type_into (remarks, "รอเบิกงวดสุดท้าย");
  g_assert_cmpstr (phaen_project_get_remarks (project), ==, "รอเบิกงวดสุดท้าย");

  /* The actual months: the strip opens the 12-month grid. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (actual));
  ui_test_flush ();
  {
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (actual));
    PhaenMonthGrid *grid;
    guint before = depth (f);

    g_assert_nonnull (popover);
    grid = PHAEN_MONTH_GRID (gtk_popover_get_child (popover));
    gtk_toggle_button_set_active (phaen_month_grid_get_toggle (grid, 0), TRUE);
    gtk_toggle_button_set_active (phaen_month_grid_get_toggle (grid, 2), TRUE);
    g_assert_cmpuint (phaen_project_get_actual_schedule (project), ==, 0x5);
    gtk_popover_popdown (popover);
    ui_test_flush ();
    undo (f);
    g_assert_cmpuint (depth (f), <, before + 2);
    g_assert_cmpuint (phaen_project_get_actual_schedule (project), !=, 0x5);
  }

  /* The form shows what the table changed (one plan, two views). */
  g_assert_cmpstr (phaen_project_get_remarks (project), ==, "รอเบิกงวดสุดท้าย");
  g_assert_true (phaen_window_show_item (f->window, project, "remarks"));
}

static void
test_table_search (Fixture       *f,
                   gconstpointer  data)
{
  PhaenMonitoringView *table = show_table (f);
  guint n_projects = g_list_model_get_n_items (phaen_plan_get_projects (f->plan));
  guint roads = 0;

  for (guint i = 0; i < n_projects; i++)
    if (strstr (phaen_project_get_name (ui_test_project_at (f->plan, i)), "ถนน") != NULL)
      roads++;
  g_assert_cmpuint (roads, >, 0);

  phaen_monitoring_view_set_search (table, "ถนน");
  ui_test_flush ();
  g_assert_cmpuint (phaen_monitoring_view_get_n_rows (table), ==, roads);
  phaen_monitoring_view_set_search (table, "");
  ui_test_flush ();
  g_assert_cmpuint (phaen_monitoring_view_get_n_rows (table), ==, n_projects);
}

/* ---- the status file ----------------------------------------------------------- */

static char *
dialog_text (AdwMessageDialog *dialog)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *view = ui_test_find_widget (extra, GTK_TYPE_TEXT_VIEW, NULL);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_status_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "status.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = phaen_xml_write_to_bytes (f->plan);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *text = NULL;
  const char *csv =
    "id,status,contracted,disbursed\n"
    "p3,completed,100000,50000\n"
    "p4,finished,0,0\n"
    "p1,in-progress,1000,2000\n"
    "p999,completed,0,0\n";
  AdwMessageDialog *question;
  guint start = depth (f);

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_assert_false (phaen_window_import_status (f->window, file));
  question = phaen_window_get_question (f->window);
  g_assert_nonnull (question);
  text = dialog_text (question);
  /* Each problem by its line; nothing changed, not even the good row. */
  g_assert_nonnull (strstr (text, "status.csv:3:"));
  g_assert_nonnull (strstr (text, "status.csv:4:"));
  g_assert_nonnull (strstr (text, "status.csv:5:"));
  g_assert_null (strstr (text, "status.csv:2:"));
  adw_message_dialog_response (question, "close");
  g_assert_cmpuint (depth (f), ==, start);
  after = phaen_xml_write_to_bytes (f->plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (phaen_project_get_status (phaen_plan_find_project (f->plan, "p3")), ==,
                   PHAEN_PROJECT_STATUS_NOT_STARTED);
}

static void
test_status_accepted (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *template_path = g_build_filename (f->dir, "template.csv", NULL);
  g_autofree char *path = g_build_filename (f->dir, "status.csv", NULL);
  g_autoptr(GFile) template_file = g_file_new_for_path (template_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *template_text = NULL;
  g_autoptr(GError) error = NULL;
  PhaenProject *p3 = phaen_plan_find_project (f->plan, "p3");
  PhaenProject *p1 = phaen_plan_find_project (f->plan, "p1");
  PhaenMonitoringView *table = show_table (f);
  GtkWidget *status_cell;
  guint start = depth (f);
  const char *csv =
    "รหัส,สถานะ,จำนวนเงินตามสัญญา,จำนวนเงินที่เบิกจ่าย,ความก้าวหน้า (ร้อยละ),เดือนที่ดำเนินการจริง\n"
    "p3,ดำเนินการแล้วเสร็จ,\"1,000,000\",950000.25,100,ต.ค.-ธ.ค.\n"
    "p1,in-progress,500000,,40,ม.ค.\n";

  /* The template lists every project. */
  g_assert_true (phaen_window_export_status (f->window, template_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (template_path, &template_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (template_text, "id,project,status,contracted,disbursed,progress,actual_months,remarks\n"));
  g_assert_nonnull (strstr (template_text, "\np3,"));

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_assert_true (phaen_window_import_status (f->window, file));
  g_assert_null (phaen_window_get_question (f->window));
  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_cmpint (phaen_project_get_contracted (p3), ==, G_GINT64_CONSTANT (100000000));
  g_assert_cmpint (phaen_project_get_disbursed (p3), ==, G_GINT64_CONSTANT (95000025));
  g_assert_cmpuint (phaen_project_get_progress (p3), ==, 100);
  g_assert_cmpuint (phaen_project_get_actual_schedule (p3), ==, 0x7);
  g_assert_cmpint (phaen_project_get_status (p1), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  /* The table follows. */
  ui_test_flush ();
  status_cell = phaen_monitoring_view_get_cell (table, p3, "status");
  g_assert_nonnull (status_cell);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status_cell)), ==,
                   phaen_project_status_get_label (PHAEN_PROJECT_STATUS_COMPLETED));

  /* One step: one undo takes all of it back. */
  g_assert_cmpuint (depth (f), ==, start + 1);
  undo (f);
  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  g_assert_cmpint (phaen_project_get_disbursed (p3), ==, 0);
  g_assert_cmpint (phaen_project_get_status (p1), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status_cell)), ==,
                   phaen_project_status_get_label (PHAEN_PROJECT_STATUS_NOT_STARTED));
}

/* ---- the report ----------------------------------------------------------------- */

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
laid_out_cb (PhaenPreview *preview,
             gboolean     *done)
{
  *done = TRUE;
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PhaenPreview *preview = PHAEN_PREVIEW (phaen_window_get_preview (f->window));
  gboolean done = FALSE;
  guint plan_pages;

  phaen_plan_edit_set_enum (f->plan, phaen_plan_find_project (f->plan, "p3"), "status",
                            PHAEN_PROJECT_STATUS_COMPLETED);
  phaen_window_export_report_async (f->window, file, PHAEN_REPORT_ROUND_6_MONTHS, exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 3);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "รายงานผลการติดตามและประเมินผลแผนการดำเนินงาน"));
  g_assert_true (strstr (text, "รอบ ๖ เดือน") != NULL || strstr (text, "รอบ 6 เดือน") != NULL);

  /* The document view: the plan, then the 12-month report. */
  g_signal_connect (preview, "laid-out", G_CALLBACK (laid_out_cb), &done);
  done = FALSE;
  phaen_window_show_view (f->window, "preview");
  g_assert_true (ui_test_wait (&done, 60000));
  g_assert_cmpint (phaen_preview_get_document_kind (preview), ==, PHAEN_PREVIEW_PLAN);
  plan_pages = phaen_document_get_n_pages (phaen_preview_get_document (preview));

  done = FALSE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-report", "i", 12));
  g_assert_cmpint (phaen_preview_get_document_kind (preview), ==, PHAEN_PREVIEW_REPORT_12);
  g_assert_true (ui_test_wait (&done, 60000));
  g_assert_nonnull (phaen_preview_get_document (preview));
  g_assert_cmpuint (phaen_document_get_n_pages (phaen_preview_get_document (preview)), !=, plan_pages);
  /* The row of a project of the report's list of projects. */
  g_assert_cmpint (phaen_document_find_project_page (phaen_preview_get_document (preview), "p3"), >=, 0);
  g_signal_handlers_disconnect_by_func (preview, laid_out_cb, &done);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/monitoring/table-edits", Fixture, NULL,
              ui_test_window_set_up, test_table_edits, ui_test_window_tear_down);
  g_test_add ("/ui/monitoring/table-search", Fixture, NULL,
              ui_test_window_set_up, test_table_search, ui_test_window_tear_down);
  g_test_add ("/ui/monitoring/status-refused", Fixture, NULL,
              ui_test_window_set_up, test_status_refused, ui_test_window_tear_down);
  g_test_add ("/ui/monitoring/status-accepted", Fixture, NULL,
              ui_test_window_set_up, test_status_accepted, ui_test_window_tear_down);
  g_test_add ("/ui/monitoring/report", Fixture, NULL,
              ui_test_window_set_up, test_report, ui_test_window_tear_down);

  return g_test_run ();
}
