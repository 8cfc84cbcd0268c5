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
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}
