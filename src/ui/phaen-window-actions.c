/* phaen-window-actions.c: what the window can do (win.*)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action is installed on the class with gtk_widget_class_install_action
 * and enabled or disabled from the window's state in
 * phaen_window_update_actions(). Undo and redo name their step in the menu.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-outline-view.h"
#include "phaen-preview.h"
#include "phaen-timeline-view.h"
#include "phaen-window-private.h"

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  phaen_window_new_plan (PHAEN_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  phaen_window_choose_and_open (PHAEN_WINDOW (widget));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  phaen_window_open_file (PHAEN_WINDOW (widget), file);
}

static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "win.restore-draft"))
    phaen_window_restore_draft (PHAEN_WINDOW (widget), id);
  else
    phaen_window_discard_draft (PHAEN_WINDOW (widget), id);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (phaen_window_save_finish (PHAEN_WINDOW (source), result, &error))
    phaen_window_toast (PHAEN_WINDOW (source), _("Saved"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);

  if (phaen_window_get_file (self) == NULL)
    phaen_window_save_as (self);
  else
    phaen_window_save_async (self, NULL, saved_cb, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  phaen_window_save_as (PHAEN_WINDOW (widget));
}

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

  if (g_str_equal (action_name, "win.import-csv"))
    phaen_window_choose_import_csv (self, FALSE);
  else if (phaen_window_get_plan (self) == NULL)
    return;
  else if (g_str_equal (action_name, "win.import-csv-into"))
    phaen_window_choose_import_csv (self, TRUE);
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

  if (self->timeline_view == NULL)
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

  if (self->preview == NULL)
    return;
  phaen_preview_set_document_kind (PHAEN_PREVIEW (self->preview),
                                   round == 6 ? PHAEN_PREVIEW_REPORT_6 :
                                   round == 12 ? PHAEN_PREVIEW_REPORT_12 : PHAEN_PREVIEW_PLAN);
  phaen_window_show_view (self, "preview");
}

/* The views in the order of the switcher, with their keys. */
static const struct
{
  const char *name;
  guint       fkey;
  guint       digit;
} views[] = {
  { "edit", GDK_KEY_F2, GDK_KEY_1 },
  { "summary", GDK_KEY_F3, GDK_KEY_2 },
  { "timeline", GDK_KEY_F4, GDK_KEY_3 },
  { "preview", GDK_KEY_F5, GDK_KEY_4 },
  { "monitoring", GDK_KEY_F6, GDK_KEY_5 },
};

/* The keys that switch views and open the problems work wherever the
 * focus is: a GtkPaned has its own F6 and F8 (focus between its panes),
 * which would otherwise take them inside the Plan view. */
void
phaen_window_add_view_shortcuts (PhaenWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      guint keys[] = { views[i].fkey, views[i].digit };
      GdkModifierType mods[] = { 0, GDK_CONTROL_MASK };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[k], mods[k]),
                                                    gtk_named_action_new ("win.show-view"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (views[i].name));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
        }
    }
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F8, 0),
                                                          gtk_named_action_new ("win.show-problems")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static const char * const outline_actions[] = {
  "win.add-project", "win.add-strategy", "win.duplicate", "win.delete",
  "win.move-up", "win.move-down", "win.move-to", "win.find", "win.focus-outline",
};

void
phaen_window_update_actions (PhaenWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PhaenPlan *plan = phaen_window_get_plan (self);
  PhaenHistory *history = plan != NULL ? phaen_plan_get_history (plan) : NULL;
  gboolean has_plan = plan != NULL;
  gboolean saving = has_plan && phaen_plan_file_get_saving (self->plan_file);

  gtk_widget_action_set_enabled (widget, "win.save", has_plan && !saving);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_plan && !saving);
  for (guint i = 0; i < G_N_ELEMENTS (outline_actions); i++)
    gtk_widget_action_set_enabled (widget, outline_actions[i], has_plan);
  gtk_widget_action_set_enabled (widget, "win.show-view", has_plan);
  gtk_widget_action_set_enabled (widget, "win.import-csv-into", has_plan);
  gtk_widget_action_set_enabled (widget, "win.export-pdf", has_plan && !self->job_running);
  gtk_widget_action_set_enabled (widget, "win.export-timeline", has_plan && !self->job_running);
  gtk_widget_action_set_enabled (widget, "win.export-report", has_plan && !self->job_running);
  gtk_widget_action_set_enabled (widget, "win.export-status", has_plan);
  gtk_widget_action_set_enabled (widget, "win.import-status", has_plan);
  gtk_widget_action_set_enabled (widget, "win.preview-report", has_plan);
  gtk_widget_action_set_enabled (widget, "win.timeline-zoom", has_plan);
  gtk_widget_action_set_enabled (widget, "win.export-csv", has_plan);
  gtk_widget_action_set_enabled (widget, "win.print", has_plan);
  gtk_widget_action_set_enabled (widget, "win.undo", history != NULL && phaen_history_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", history != NULL && phaen_history_can_redo (history));
}

void
phaen_window_update_undo_menu (PhaenWindow *self)
{
  PhaenPlan *plan = phaen_window_get_plan (self);
  PhaenHistory *history = plan != NULL ? phaen_plan_get_history (plan) : NULL;
  const char *undo = history != NULL ? phaen_history_get_undo_label (history) : NULL;
  const char *redo = history != NULL ? phaen_history_get_redo_label (history) : NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  if (undo != NULL)
    /* TRANSLATORS: menu item; %s names the step, e.g. “Change budget” */
    undo_label = g_strdup_printf (_("_Undo: %s"), undo);
  else
    undo_label = g_strdup (_("_Undo"));
  if (redo != NULL)
    /* TRANSLATORS: menu item; %s names the step, e.g. “Change budget” */
    redo_label = g_strdup_printf (_("_Redo: %s"), redo);
  else
    redo_label = g_strdup (_("_Redo"));

  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo_label, "win.undo");
  g_menu_append (self->undo_section, redo_label, "win.redo");
}

void
phaen_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.restore-draft", "s", draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", draft_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  for (guint i = 0; i < G_N_ELEMENTS (outline_actions); i++)
    gtk_widget_class_install_action (widget_class, outline_actions[i], NULL, outline_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv-into", NULL, export_action);
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
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, views[i].digit, GDK_ALT_MASK, "win.show-view", "s", views[i].name);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}
