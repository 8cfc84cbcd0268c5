/* phaen-window-export.c: PDF, CSV and print out of the window; CSV in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is made in a worker thread on a snapshot (render's
 * phaen_pdf_export_async): a bar under the header shows the pages done and
 * can stop it; when the file is written a toast offers to open it. CSV
 * export is quick and written at once. An import reads the whole file
 * first: a refused file changes nothing and its problems are listed by
 * line. Printing draws the same pages through GtkPrintOperation.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-print.h"
#include "phaen-window-private.h"

#include "io/phaen-csv.h"
#include "io/phaen-file.h"
#include "model/phaen-limits.h"
#include "render/phaen-pdf.h"

static char *
suggested_name (PhaenWindow *self,
                const char  *extension)
{
  PhaenPlan *plan = phaen_window_get_plan (self);
  const char *organisation = phaen_plan_get_organisation_name (plan);
  char *name = g_strdup_printf ("%s %u%s", *organisation != '\0' ? organisation : "plan",
                                phaen_plan_get_fiscal_year (plan), extension);

  g_strdelimit (name, "/\\", '-');
  return name;
}

static GtkFileChooserNative *
save_chooser (PhaenWindow *self,
              const char  *title,
              const char  *filter_name,
              const char  *pattern,
              const char  *extension)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-export-folder");
  g_autofree char *name = suggested_name (self, extension);

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  return native;
}

/* ---- PDF ------------------------------------------------------------------ */

static void
job_progress_cb (guint    done,
                 guint    total,
                 gpointer user_data)
{
  PhaenWindow *self = user_data;
  g_autofree char *text = NULL;

  if (total == 0)
    return;
  /* TRANSLATORS: progress of the PDF export: pages done of pages */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_fraction (self->job_progress, (double) done / total);
  gtk_progress_bar_set_text (self->job_progress, text);
}

static void
start_job (PhaenWindow *self,
           const char  *label)
{
  g_clear_object (&self->job_cancellable);
  self->job_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->job_label, label);
  gtk_progress_bar_set_fraction (self->job_progress, 0);
  gtk_progress_bar_set_text (self->job_progress, "");
  gtk_revealer_set_reveal_child (self->job_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
}

static void
end_job (PhaenWindow *self)
{
  gtk_revealer_set_reveal_child (self->job_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", TRUE);
}

void
phaen_window_cancel_job (PhaenWindow *self)
{
  if (self->job_cancellable != NULL)
    g_cancellable_cancel (self->job_cancellable);
}

static void
open_exported_cb (AdwToast *toast,
                  gpointer  user_data)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "phaen-file");
  GtkWindow *window = user_data;
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!phaen_pdf_export_finish (result, &n_pages, &warnings, &error))
    {
      if (g_task_get_completed (task) || gtk_widget_in_destruction (GTK_WIDGET (self)))
        return;
      end_job (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        phaen_window_toast (self, _("The PDF was not made: stopped."));
      else
        phaen_window_show_error (self, _("Could not make the PDF"), error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  end_job (self);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *text = g_strdup_printf (ngettext ("“%s” is ready: %u page", "“%s” is ready: %u pages", n_pages),
                                             name, n_pages);
    /* A toast title is markup in libadwaita 1.2. */
    g_autofree char *escaped = g_markup_escape_text (text, -1);
    AdwToast *toast = adw_toast_new (escaped);

    adw_toast_set_button_label (toast, _("_Open"));
    g_object_set_data_full (G_OBJECT (toast), "phaen-file", g_object_ref (file), g_object_unref);
    g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, G_CONNECT_DEFAULT);
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
  }
  /* A font that was not there is worth saying: the pages look different. */
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    phaen_window_toast (self, g_ptr_array_index (warnings, i));
  phaen_window_remember_folder (self, "last-export-folder", file);
  g_task_return_boolean (task, TRUE);
}

void
phaen_window_export_pdf_async (PhaenWindow         *self,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autofree char *font = NULL;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (phaen_window_get_plan (self) != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_export_pdf_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  font = g_settings_get_string (self->settings, "default-font");
  if (*font != '\0')
    options.font_family = font;

  start_job (self, _("Making the PDF…"));
  phaen_pdf_export_async (phaen_window_get_plan (self), &options, file, self->job_cancellable,
                          job_progress_cb, self, pdf_done_cb, g_steal_pointer (&task));
}

gboolean
phaen_window_export_finish (PhaenWindow   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
export_pdf_response_cb (GtkNativeDialog *native,
                        int              response,
                        PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_export_pdf_async (self, file, NULL, NULL);
    }
  g_object_unref (native);
}

void
phaen_window_choose_export_pdf (PhaenWindow *self)
{
  GtkFileChooserNative *native = save_chooser (self, _("Export the Document as PDF"),
                                               _("PDF documents"), "*.pdf", ".pdf");

  g_signal_connect (native, "response", G_CALLBACK (export_pdf_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- CSV out -------------------------------------------------------------------- */

gboolean
phaen_window_export_csv (PhaenWindow  *self,
                         GFile        *file,
                         GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only files on this computer can be written."));
      return FALSE;
    }
  bytes = phaen_csv_export (phaen_window_get_plan (self));
  if (!phaen_file_write_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, error))
    return FALSE;
  phaen_window_remember_folder (self, "last-export-folder", file);
  return TRUE;
}

static void
export_csv_response_cb (GtkNativeDialog *native,
                        int              response,
                        PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (phaen_window_export_csv (self, file, &error))
        phaen_window_toast (self, _("The CSV file is written."));
      else
        phaen_window_show_error (self, _("Could not write the CSV file"), error);
    }
  g_object_unref (native);
}

void
phaen_window_choose_export_csv (PhaenWindow *self)
{
  GtkFileChooserNative *native = save_chooser (self, _("Export the Projects as CSV"),
                                               _("CSV files"), "*.csv", ".csv");

  g_signal_connect (native, "response", G_CALLBACK (export_csv_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- CSV in --------------------------------------------------------------------- */

static void
show_import_problems (PhaenWindow  *self,
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

gboolean
phaen_window_import_csv (PhaenWindow *self,
                         GFile       *file,
                         gboolean     into)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PhaenPlan *plan = phaen_window_get_plan (self);

  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (!into || plan != NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PHAEN_LIMIT_FILE_BYTES)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("The file is larger than a plan can be (%u MB)."),
                 (guint) (PHAEN_LIMIT_FILE_BYTES / (1024 * 1024)));
  if (error == NULL)
    g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  if (error != NULL)
    {
      show_import_problems (self, file, error);
      return FALSE;
    }

  if (into)
    {
      if (!phaen_csv_import_into (plan, contents, length, name, &error))
        {
          show_import_problems (self, file, error);
          return FALSE;
        }
      phaen_window_toast (self, _("The projects are imported. Undo takes them out again."));
    }
  else
    {
      g_autoptr(PhaenPlan) fresh = phaen_plan_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      PhaenWindow *window;

      if (!phaen_csv_import (fresh, contents, length, name, &error))
        {
          show_import_problems (self, file, error);
          return FALSE;
        }
      phaen_plan_fill_default_texts (fresh);
      window = phaen_window_target (self);
      phaen_window_set_plan (window, fresh, NULL, NULL);
      /* The CSV has projects only: the organisation comes next. */
      phaen_window_show_item (window, fresh, "organisation-name");
      gtk_window_present (GTK_WINDOW (window));
    }
  phaen_window_remember_folder (self, "last-import-folder", file);
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      gboolean into = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "phaen-into"));

      phaen_window_import_csv (self, file, into);
    }
  g_object_unref (native);
}

void
phaen_window_choose_import_csv (PhaenWindow *self,
                                gboolean     into)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-import-folder");

  native = gtk_file_chooser_native_new (into ? _("Import Projects into This Plan") : _("Import Projects as a New Plan"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_object_set_data (G_OBJECT (native), "phaen-into", GINT_TO_POINTER (into));
  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- print ----------------------------------------------------------------------- */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PhaenWindow             *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      phaen_window_show_error (self, _("Could not print"), error);
    }
  g_object_unref (operation);
}

void
phaen_window_print (PhaenWindow *self)
{
  PhaenPrintOperation *operation;
  g_autoptr(GError) error = NULL;

  operation = phaen_print_operation_new (phaen_window_get_plan (self));
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    phaen_window_show_error (self, _("Could not print"), error);
}
