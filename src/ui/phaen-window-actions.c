/* phaen-window-actions.c: what the window can do (win.*)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions on the window's views and documents, installed on the class
 * with gtk_widget_class_install_action (phaen-window.c installs its own:
 * new, open, save and import as a new plan, which open windows) and
 * enabled or disabled from the window's state in
 * phaen_window_update_actions() (phaen-window-support.c). These call the
 * exports and the support, never phaen-window.c.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-outline-view.h"
#include "phaen-preview.h"
#include "phaen-timeline-view.h"
#include "phaen-window-private.h"

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhaenPlan *plan = phaen_window_get_plan (PHAEN_WINDOW (widget));

  if (plan != NULL)
    phaen_ui_undo (plan);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhaenPlan *plan = phaen_window_get_plan (PHAEN_WINDOW (widget));

  if (plan != NULL)
    phaen_ui_redo (plan);
}

static PhaenOutlineView *
outline (GtkWidget *widget)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);

  return self->outline_view != NULL ? PHAEN_OUTLINE_VIEW (self->outline_view) : NULL;
}

static void
outline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhaenOutlineView *view = outline (widget);

  if (view == NULL)
    return;
  adw_view_stack_set_visible_child_name (PHAEN_WINDOW (widget)->view_stack, "edit");
  if (g_str_equal (action_name, "win.add-project"))
    phaen_outline_view_add_project (view);
  else if (g_str_equal (action_name, "win.add-strategy"))
    phaen_outline_view_add_strategy (view);
  else if (g_str_equal (action_name, "win.duplicate"))
    phaen_outline_view_duplicate (view);
  else if (g_str_equal (action_name, "win.delete"))
    phaen_outline_view_delete (view);
  else if (g_str_equal (action_name, "win.move-up"))
    phaen_outline_view_move (view, -1);
  else if (g_str_equal (action_name, "win.move-down"))
    phaen_outline_view_move (view, 1);
  else if (g_str_equal (action_name, "win.move-to"))
    phaen_outline_view_move_to (view);
  else if (g_str_equal (action_name, "win.find"))
    phaen_outline_view_focus_search (view);
  else if (g_str_equal (action_name, "win.focus-outline"))
    phaen_outline_view_focus_list (view);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);

  if (phaen_window_get_plan (self) == NULL)
    return;
  else if (g_str_equal (action_name, "win.export-pdf"))
    phaen_window_choose_export_pdf (self);
  else if (g_str_equal (action_name, "win.export-csv"))
    phaen_window_choose_export_csv (self);
  else if (g_str_equal (action_name, "win.export-timeline"))
    phaen_window_choose_export_timeline (self);
  else if (g_str_equal (action_name, "win.export-report"))
    phaen_window_choose_export_report (self);
  else if (g_str_equal (action_name, "win.export-status"))
    phaen_window_choose_export_status (self);
  else if (g_str_equal (action_name, "win.import-status"))
    phaen_window_choose_import_status (self);
  else if (g_str_equal (action_name, "win.print"))
    phaen_window_print (self);
  else if (g_str_equal (action_name, "win.cancel-job"))
    phaen_window_cancel_job (self);
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);

  if (self->plan_file != NULL)
    gtk_menu_button_popup (self->problems_button);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  phaen_window_show_view (PHAEN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
timeline_zoom_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);
  int direction = g_variant_get_int32 (parameter);

  if (phaen_window_get_timeline_view (self) == NULL)
    return;
  gtk_widget_activate_action (self->timeline_view,
                              direction > 0 ? "timeline.zoom-in" :
                              direction < 0 ? "timeline.zoom-out" : "timeline.zoom-fit",
                              NULL);
}

static void
preview_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);
  int round = g_variant_get_int32 (parameter);

  if (phaen_window_get_preview (self) == NULL)
    return;
  phaen_preview_set_document_kind (PHAEN_PREVIEW (self->preview),
                                   round == 6 ? PHAEN_PREVIEW_REPORT_6 :
                                   round == 12 ? PHAEN_PREVIEW_REPORT_12 : PHAEN_PREVIEW_PLAN);
  phaen_window_show_view (self, "preview");
}



void
phaen_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  for (guint i = 0; phaen_window_outline_actions[i] != NULL; i++)
    gtk_widget_class_install_action (widget_class, phaen_window_outline_actions[i], NULL, outline_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-timeline", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom", "i", timeline_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-status", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import-status", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.preview-report", "i", preview_report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-job", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "win.add-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.move-to", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.focus-outline", NULL);
  /* Alt+1 … 5 as well, as the first versions had (Ctrl and F keys:
   * phaen_window_add_view_shortcuts). */
  for (guint i = 0; i < PHAEN_WINDOW_N_VIEWS; i++)
    gtk_widget_class_add_binding_action (widget_class, phaen_window_views[i].digit, GDK_ALT_MASK, "win.show-view", "s", phaen_window_views[i].name);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}
