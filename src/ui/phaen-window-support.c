/* phaen-window-support.c: the window's private API, shared by its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What phaen-window.c, phaen-window-actions.c and phaen-window-export.c
 * all need of the window: toasts and questions, the folders remembered in
 * the settings, the plan shown, which actions are enabled, the undo menu
 * and the keys that switch views. These work on the window's fields
 * (phaen-window-private.h) and call nothing of the other parts, so the
 * parts depend on each other in one direction only:
 * phaen-window.c → phaen-window-actions.c → phaen-window-export.c →
 * this file.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-window-private.h"

#include "model/phaen-limits.h"

void
phaen_window_toast (PhaenWindow *self,
                    const char  *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  /* A toast title is markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
question_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PhaenWindow      *self)
{
  if (self->question == dialog)
    self->question = NULL;
}

void
phaen_window_ask (PhaenWindow      *self,
                  AdwMessageDialog *dialog)
{
  self->question = dialog;
  g_signal_connect_object (dialog, "response", G_CALLBACK (question_response_cb), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

AdwMessageDialog *
phaen_window_get_question (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->question;
}

void
phaen_window_show_error (PhaenWindow  *self,
                         const char   *heading,
                         const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  phaen_window_ask (self, dialog);
}

GFile *
phaen_window_settings_folder (PhaenWindow *self,
                              const char  *key)
{
  g_autofree char *path = g_settings_get_string (self->settings, key);

  if (*path == '\0' || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (path);
}

void
phaen_window_remember_folder (PhaenWindow *self,
                              const char  *key,
                              GFile       *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

  if (path != NULL)
    g_settings_set_string (self->settings, key, path);
}

PhaenPlan *
phaen_window_get_plan (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file != NULL ? phaen_plan_file_get_plan (self->plan_file) : NULL;
}

void
phaen_window_show_view (PhaenWindow *self,
                        const char  *name)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));
  if (self->plan_file != NULL && adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
phaen_window_show_import_problems (PhaenWindow  *self,
                                   GFile        *file,
                                   const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), name);
  AdwMessageDialog *dialog;
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), error->message, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_size_request (scroller, 460, -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Nothing was imported. Correct these lines in the spreadsheet, save it as CSV again and import it once more.")));
  adw_message_dialog_set_extra_child (dialog, scroller);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  phaen_window_ask (self, dialog);
}

/* The views in the order of the switcher, with their keys. */
const PhaenWindowView phaen_window_views[PHAEN_WINDOW_N_VIEWS] = {
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
  for (guint i = 0; i < PHAEN_WINDOW_N_VIEWS; i++)
    {
      guint keys[] = { phaen_window_views[i].fkey, phaen_window_views[i].digit };
      GdkModifierType mods[] = { 0, GDK_CONTROL_MASK };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[k], mods[k]),
                                                    gtk_named_action_new ("win.show-view"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (phaen_window_views[i].name));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
        }
    }
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F8, 0),
                                                          gtk_named_action_new ("win.show-problems")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}


const char * const phaen_window_outline_actions[] = {
  "win.add-project", "win.add-strategy", "win.duplicate", "win.delete",
  "win.move-up", "win.move-down", "win.move-to", "win.find", "win.focus-outline",
  NULL,
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
  for (guint i = 0; phaen_window_outline_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (widget, phaen_window_outline_actions[i], has_plan);
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


gboolean
phaen_window_read_import_file (PhaenWindow  *self,
                               GFile        *file,
                               char        **contents,
                               gsize        *length)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PHAEN_LIMIT_FILE_BYTES)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("The file is larger than a plan can be (%u MB)."),
                 (guint) (PHAEN_LIMIT_FILE_BYTES / (1024 * 1024)));
  if (error == NULL && g_file_load_contents (file, NULL, contents, length, NULL, &error))
    return TRUE;
  phaen_window_show_import_problems (self, file, error);
  return FALSE;
}

GtkFileChooserNative *
phaen_window_import_chooser (PhaenWindow *self,
                             const char  *title)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-import-folder");

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  return native;
}
