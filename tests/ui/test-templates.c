/* test-templates.c: every template of the app instantiates
 *
 * A .ui that names a type or a property newer than GTK 4.8 / libadwaita
 * 1.2 fails only at run time; building each one here (with warnings
 * fatal) catches that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-date-row.h"
#include "phaen-editions-editor.h"
#include "phaen-group-editor.h"
#include "phaen-month-grid.h"
#include "phaen-month-strip.h"
#include "phaen-monitoring-view.h"
#include "phaen-new-plan-dialog.h"
#include "phaen-outline-view.h"
#include "phaen-page-view.h"
#include "phaen-preview.h"
#include "phaen-summary-view.h"
#include "phaen-plan-editor.h"
#include "phaen-project-editor.h"
#include "phaen-signed-page-editor.h"
#include "phaen-start-page.h"
#include "phaen-texts-editor.h"
#include "phaen-timeline-view.h"
#include "phaen-units-editor.h"
#include "phaen-window.h"

#include "model/phaen-limits.h"

static void
test_resources_listed (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = g_resources_enumerate_children ("/org/phaen/Phaen/ui/", 0, &error);

  g_assert_no_error (error);
  /* Each .ui template of src/ui is built by a test below. */
  g_assert_cmpuint (g_strv_length (files), ==, 13);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/phaen/Phaen/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_widgets (void)
{
  static GType (*types[]) (void) = {
    phaen_start_page_get_type,
    phaen_outline_view_get_type,
    phaen_project_editor_get_type,
    phaen_plan_editor_get_type,
    phaen_texts_editor_get_type,
    phaen_group_editor_get_type,
    phaen_units_editor_get_type,
    phaen_month_grid_get_type,
    phaen_month_strip_get_type,
    phaen_preview_get_type,
    phaen_page_view_get_type,
    phaen_summary_view_get_type,
    phaen_monitoring_view_get_type,
    phaen_timeline_view_get_type,
    phaen_editions_editor_get_type,
    phaen_signed_page_editor_get_type,
    phaen_date_row_get_type,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i] (), NULL));

      g_assert_true (GTK_IS_WIDGET (widget));
      g_assert_finalize_object (widget);
    }
}

static void
test_windows (void)
{
  g_autoptr(PhaenApplication) app = phaen_application_new (G_APPLICATION_NON_UNIQUE);
  PhaenWindow *window;
  PhaenNewPlanDialog *dialog;

  ui_test_make_dirs ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = phaen_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (phaen_window_is_empty (window));

  dialog = phaen_new_plan_dialog_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_flush ();
  /* The fiscal year is bounded by the model's limits, not the .ui's. */
  {
    GtkSpinButton *year = GTK_SPIN_BUTTON (ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL));
    double lower, upper;

    gtk_spin_button_get_range (year, &lower, &upper);
    g_assert_cmpfloat (lower, ==, PHAEN_FISCAL_YEAR_MIN);
    g_assert_cmpfloat (upper, ==, PHAEN_FISCAL_YEAR_MAX);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_flush ();
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/templates/resources", test_resources_listed);
  g_test_add_func ("/ui/templates/help-overlay", test_help_overlay);
  g_test_add_func ("/ui/templates/widgets", test_widgets);
  g_test_add_func ("/ui/templates/windows", test_windows);

  return g_test_run ();
}
