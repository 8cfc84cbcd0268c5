/* phaen-window.c: one window, one plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window starts on its start page; once it shows a plan it keeps it
 * until it closes (another plan opens in another window). Files are read
 * and written off the main loop; questions (unsaved changes, a file changed
 * on disk) are AdwMessageDialogs the window keeps a pointer to, so a test
 * can answer them. Actions live in phaen-window-actions.c.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-new-plan-dialog.h"
#include "phaen-start-page.h"
#include "phaen-window-private.h"

#include "io/phaen-xml.h"

G_DEFINE_FINAL_TYPE (PhaenWindow, phaen_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- helpers --------------------------------------------------------------- */

void
phaen_window_toast (PhaenWindow *self,
                    const char  *message)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
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

static GFile *
settings_folder (PhaenWindow *self,
                 const char  *key)
{
  g_autofree char *path = g_settings_get_string (self->settings, key);

  if (*path == '\0' || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (path);
}

static void
remember_folder (PhaenWindow *self,
                 const char  *key,
                 GFile       *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

  if (path != NULL)
    g_settings_set_string (self->settings, key, path);
}

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Operations plans (.phaen)"));
  gtk_file_filter_add_pattern (filter, "*" PHAEN_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (filter, PHAEN_MIME_TYPE);
  return filter;
}

/* ---- title and state ------------------------------------------------------ */

static void
update_title (PhaenWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean modified;

  if (self->plan_file == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Phaen"));
      return;
    }

  modified = phaen_plan_file_get_modified (self->plan_file);
  if (modified)
    /* The mark of a plan with unsaved changes. */
    title = g_strdup_printf ("• %s", phaen_plan_file_get_title (self->plan_file));
  else
    title = g_strdup (phaen_plan_file_get_title (self->plan_file));

  if (phaen_plan_file_get_saving (self->plan_file))
    /* TRANSLATORS: subtitle while the file is being written */
    subtitle = g_strdup_printf (_("%s (saving…)"), phaen_plan_file_get_subtitle (self->plan_file));
  else if (modified)
    /* TRANSLATORS: subtitle of a plan with unsaved changes */
    subtitle = g_strdup_printf (_("%s (not saved)"), phaen_plan_file_get_subtitle (self->plan_file));
  else
    subtitle = g_strdup (phaen_plan_file_get_subtitle (self->plan_file));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
plan_file_notify_cb (PhaenWindow *self)
{
  update_title (self);
  phaen_window_update_actions (self);
}

static void
history_changed_cb (PhaenWindow *self)
{
  phaen_window_update_actions (self);
  phaen_window_update_undo_menu (self);
}

void
phaen_window_set_plan (PhaenWindow  *self,
                       PhaenPlan    *plan,
                       GFile        *file,
                       PhaenUiStamp *stamp)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (self->plan_file == NULL);

  self->plan_file = phaen_plan_file_new (plan, file, stamp);
  g_signal_connect_object (self->plan_file, "notify", G_CALLBACK (plan_file_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (phaen_plan_get_history (plan), "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->main_stack, "plan");
  update_title (self);
  phaen_window_update_actions (self);
  phaen_window_update_undo_menu (self);

  if (file != NULL)
    phaen_start_page_add_recent (file, phaen_plan_file_get_title (self->plan_file));
}

PhaenPlan *
phaen_window_get_plan (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file != NULL ? phaen_plan_file_get_plan (self->plan_file) : NULL;
}

PhaenPlanFile *
phaen_window_get_plan_file (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file;
}

GFile *
phaen_window_get_file (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file != NULL ? phaen_plan_file_get_file (self->plan_file) : NULL;
}

gboolean
phaen_window_is_empty (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);
  return self->plan_file == NULL;
}

/* A window to show another plan in: this one while it is empty. */
static PhaenWindow *
target_window (PhaenWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->plan_file == NULL || app == NULL)
    return self;
  return PHAEN_WINDOW (phaen_application_get_empty_window (PHAEN_APPLICATION (app)));
}

/* ---- opening -------------------------------------------------------------- */

typedef struct
{
  PhaenWindow *window;
  GFile       *file;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  PhaenWindow *self = data->window;
  GFile *file = data->file;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  PhaenUiStamp *stamp = NULL;

  plan = phaen_ui_file_load_finish (result, &stamp, &error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_page), TRUE);
  if (plan == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        phaen_window_show_error (self, heading, error);
      return;
    }

  if (self->plan_file != NULL)
    {
      /* The window got a plan meanwhile: show this one elsewhere. */
      PhaenWindow *other = target_window (self);

      phaen_window_set_plan (other, plan, file, stamp);
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  phaen_window_set_plan (self, plan, file, stamp);
  remember_folder (self, "last-folder", file);
}

void
phaen_window_open_file (PhaenWindow *self,
                        GFile       *file)
{
  GtkApplication *app;
  PhaenWindow *window;
  OpenData *data;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    {
      GtkWindow *showing = phaen_application_find_window (PHAEN_APPLICATION (app), file);

      if (showing != NULL)
        {
          gtk_window_present (showing);
          return;
        }
    }

  window = target_window (self);
  gtk_widget_set_sensitive (GTK_WIDGET (window->start_page), FALSE);
  data = g_new0 (OpenData, 1);
  data->window = g_object_ref (window);
  data->file = g_object_ref (file);
  phaen_ui_file_load_async (file, window->cancellable, load_cb, data);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_open_file (self, file);
    }
  g_object_unref (native);
}

void
phaen_window_choose_and_open (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = plan_filter ();
  g_autoptr(GFile) folder = settings_folder (self, "last-folder");

  native = gtk_file_chooser_native_new (_("Open a Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- new plan ------------------------------------------------------------ */

static void
new_plan_create_cb (PhaenNewPlanDialog *dialog,
                    PhaenPlan          *plan,
                    PhaenWindow        *self)
{
  PhaenWindow *window = target_window (self);

  phaen_window_set_plan (window, plan, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

void
phaen_window_new_plan (PhaenWindow *self)
{
  PhaenNewPlanDialog *dialog = phaen_new_plan_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (new_plan_create_cb), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- saving -------------------------------------------------------------- */

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!phaen_plan_file_save_finish (PHAEN_PLAN_FILE (source), result, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      phaen_window_show_error (self, heading, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  remember_folder (self, "last-folder", file);
  phaen_start_page_add_recent (file, phaen_plan_file_get_title (self->plan_file));
  g_task_return_boolean (task, TRUE);
}

static void
start_save (GTask *task)
{
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);

  phaen_plan_file_save_async (self->plan_file, file, self->cancellable, save_done_cb, task);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  GTask *task = user_data;

  if (g_strcmp0 (response, "replace") == 0)
    {
      start_save (task);
      return;
    }
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not saved."));
  g_object_unref (task);
}

void
phaen_window_save_async (PhaenWindow         *self,
                         GFile               *file,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (self->plan_file != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_save_async);
  if (file == NULL)
    file = phaen_plan_file_get_file (self->plan_file);
  g_return_if_fail (file != NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  /* The file on disk is not what this window last read or wrote: another
   * program (or another officer on a shared folder) changed it. A file
   * chosen in Save As was already confirmed by the file chooser. */
  if (phaen_plan_file_get_file (self->plan_file) != NULL &&
      g_file_equal (file, phaen_plan_file_get_file (self->plan_file)) &&
      !phaen_plan_file_check_disk (self->plan_file, file))
    {
      g_autofree char *name = g_file_get_basename (file);
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("The File Changed on Disk"), NULL));
      adw_message_dialog_format_body (dialog,
                                      _("Someone changed “%s” after you opened it. Saving replaces their changes with yours. "
                                        "To keep both, choose Save As and give your plan another name."),
                                      name);
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), g_steal_pointer (&task));
      phaen_window_ask (self, dialog);
      return;
    }

  start_save (g_steal_pointer (&task));
}

gboolean
phaen_window_save_finish (PhaenWindow   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_as_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (phaen_window_save_finish (PHAEN_WINDOW (source), result, &error))
    phaen_window_toast (PHAEN_WINDOW (source), _("Saved"));
}

static void
save_as_response_cb (GtkNativeDialog *native,
                     int              response,
                     PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *basename = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* The file format has one extension; add it when it was left out. */
      if (g_str_has_suffix (basename, PHAEN_FILE_EXTENSION))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *named = g_strconcat (basename, PHAEN_FILE_EXTENSION, NULL);

          file = g_file_get_child (parent, named);
        }
      phaen_window_save_async (self, file, save_as_done_cb, NULL);
    }
  g_object_unref (native);
}

void
phaen_window_save_as (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = plan_filter ();
  g_autoptr(GFile) folder = settings_folder (self, "last-folder");
  g_autofree char *name = NULL;
  PhaenPlan *plan = phaen_window_get_plan (self);
  GFile *current = phaen_window_get_file (self);

  native = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
  else
    {
      const char *organisation = phaen_plan_get_organisation_name (plan);

      /* The suggested file name: organisation and fiscal year. */
      name = g_strdup_printf ("%s %u" PHAEN_FILE_EXTENSION,
                              *organisation != '\0' ? organisation : _("Plan"),
                              phaen_plan_get_fiscal_year (plan));
      g_strdelimit (name, "/\\", '-');
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }
  g_signal_connect (native, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- closing ------------------------------------------------------------- */

static void
close_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = PHAEN_WINDOW (source);

  if (!phaen_window_save_finish (self, result, NULL))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  self->closing_confirmed = TRUE;
  g_task_return_boolean (task, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
close_save_as_response_cb (GtkNativeDialog *native,
                           int              response,
                           GTask           *task)
{
  PhaenWindow *self = g_task_get_source_object (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_save_async (self, file, close_saved_cb, task);
    }
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
  g_object_unref (native);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  GTask *task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing_confirmed = TRUE;
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (phaen_window_get_file (self) != NULL)
        phaen_window_save_async (self, NULL, close_saved_cb, task);
      else
        {
          GtkFileChooserNative *native;
          g_autoptr(GtkFileFilter) filter = plan_filter ();

          native = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                                GTK_FILE_CHOOSER_ACTION_SAVE,
                                                _("_Save"), _("_Cancel"));
          gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
          g_signal_connect (native, "response", G_CALLBACK (close_save_as_response_cb), task);
          gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
        }
    }
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
}

void
phaen_window_close_async (PhaenWindow         *self,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (PHAEN_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_close_async);

  if (self->plan_file == NULL || !phaen_plan_file_get_modified (self->plan_file))
    {
      self->closing_confirmed = TRUE;
      g_task_return_boolean (task, TRUE);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved yet. If you close without saving, they are lost."),
                                  phaen_plan_file_get_title (self->plan_file));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), g_steal_pointer (&task));
  phaen_window_ask (self, dialog);
}

gboolean
phaen_window_close_finish (PhaenWindow  *self,
                           GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static gboolean
phaen_window_close_request (GtkWindow *window)
{
  PhaenWindow *self = PHAEN_WINDOW (window);

  if (self->closing_confirmed || self->plan_file == NULL ||
      !phaen_plan_file_get_modified (self->plan_file))
    return GTK_WINDOW_CLASS (phaen_window_parent_class)->close_request (window);

  if (self->question == NULL)
    phaen_window_close_async (self, NULL, NULL);
  return TRUE;
}

/* ---- GObject ----------------------------------------------------------------- */

static void
phaen_window_save_size (PhaenWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-position", gtk_paned_get_position (self->paned));
}

static void
phaen_window_unrealize (GtkWidget *widget)
{
  phaen_window_save_size (PHAEN_WINDOW (widget));
  GTK_WIDGET_CLASS (phaen_window_parent_class)->unrealize (widget);
}

static void
phaen_window_dispose (GObject *object)
{
  PhaenWindow *self = PHAEN_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_WINDOW);
  g_clear_object (&self->plan_file);

  G_OBJECT_CLASS (phaen_window_parent_class)->dispose (object);
}

static void
phaen_window_finalize (GObject *object)
{
  PhaenWindow *self = PHAEN_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (phaen_window_parent_class)->finalize (object);
}

static void
phaen_window_class_init (PhaenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = phaen_window_dispose;
  object_class->finalize = phaen_window_finalize;
  widget_class->unrealize = phaen_window_unrealize;
  window_class->close_request = phaen_window_close_request;

  g_type_ensure (PHAEN_TYPE_START_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, outline_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, editor_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, preview_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_badge);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_popover);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, undo_section);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, app_section);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_app_section);

  phaen_window_class_init_actions (widget_class);
}

static void
phaen_window_init (PhaenWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (PHAEN_APPLICATION_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-position"));

  update_title (self);
  phaen_window_update_actions (self);
}

PhaenWindow *
phaen_window_new (PhaenApplication *app)
{
  return g_object_new (PHAEN_TYPE_WINDOW, "application", app, NULL);
}
