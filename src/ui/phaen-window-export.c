/* phaen-window-export.c: PDF, timeline, CSV and print out of the window;
 * CSV in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF and the timeline pictures are made in a worker thread on a
 * snapshot (render's phaen_pdf_export_async, phaen_timeline_export_async):
 * a bar under the header shows the progress and can stop it, one job at a
 * time; when the file is written a toast offers to open it. CSV export is
 * quick and written at once. An import reads the whole file first: a
 * refused file changes nothing and its problems are listed by line.
 * Printing draws the same pages through GtkPrintOperation.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-outline-view.h"
#include "phaen-print.h"
#include "phaen-timeline-view.h"
#include "phaen-window-private.h"

#include "io/phaen-csv.h"
#include "io/phaen-file.h"
#include "io/phaen-status-csv.h"
#include "model/phaen-limits.h"
#include "render/phaen-edition-pages.h"
#include "render/phaen-pdf.h"
#include "render/phaen-report-pages.h"
#include "render/phaen-timeline-export.h"

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

static void open_exported_cb (AdwToast *toast,
                              gpointer  user_data);

static gboolean
pulse_cb (gpointer data)
{
  PhaenWindow *self = data;

  gtk_progress_bar_pulse (self->job_progress);
  return G_SOURCE_CONTINUE;
}

/* The bar under the header; @pulse for a job that cannot count its
 * steps. One job at a time: the exports wait until it ends. */
static void
start_job (PhaenWindow *self,
           const char  *label,
           gboolean     pulse)
{
  g_clear_object (&self->job_cancellable);
  self->job_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->job_label, label);
  gtk_progress_bar_set_fraction (self->job_progress, 0);
  gtk_progress_bar_set_text (self->job_progress, "");
  gtk_progress_bar_set_show_text (self->job_progress, !pulse);
  g_clear_handle_id (&self->job_pulse, g_source_remove);
  if (pulse)
    self->job_pulse = g_timeout_add (120, pulse_cb, self);
  gtk_revealer_set_reveal_child (self->job_revealer, TRUE);
  self->job_running = TRUE;
  phaen_window_update_actions (self);
}

static void
end_job (PhaenWindow *self)
{
  g_clear_handle_id (&self->job_pulse, g_source_remove);
  gtk_revealer_set_reveal_child (self->job_revealer, FALSE);
  self->job_running = FALSE;
  phaen_window_update_actions (self);
}

/* "NAME is ready", with a button that opens the file. */
static void
toast_ready (PhaenWindow *self,
             GFile       *file,
             const char  *text)
{
  /* A toast title is markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "phaen-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, G_CONNECT_DEFAULT);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

typedef gboolean (*PdfFinishFunc) (GAsyncResult  *result,
                                   guint         *n_pages,
                                   GPtrArray    **warnings,
                                   GError       **error);

/* The end of a PDF export, whichever document it made. */
static void
pdf_finished (GTask         *task,
              GAsyncResult  *result,
              PdfFinishFunc  finish)
{
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!finish (result, &n_pages, &warnings, &error))
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

    toast_ready (self, file, text);
  }
  /* A font that was not there is worth saying: the pages look different. */
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    phaen_window_toast (self, g_ptr_array_index (warnings, i));
  phaen_window_remember_folder (self, "last-export-folder", file);
  g_task_return_boolean (task, TRUE);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  pdf_finished (task, result, phaen_pdf_export_finish);
}

static void
edition_pdf_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  pdf_finished (task, result, phaen_edition_pdf_export_finish);
}

void
phaen_window_export_pdf_async (PhaenWindow         *self,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  phaen_window_export_edition_pdf_async (self, file, PHAEN_EDITION_DOCUMENT_CURRENT, callback, user_data);
}

void
phaen_window_export_edition_pdf_async (PhaenWindow         *self,
                                       GFile               *file,
                                       guint                which,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autofree char *font = NULL;
  PhaenPlan *plan;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (phaen_window_get_plan (self) != NULL);

  plan = phaen_window_get_plan (self);
  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_export_edition_pdf_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  if (which != PHAEN_EDITION_DOCUMENT_CURRENT && which > phaen_plan_get_n_editions (plan))
    {
      g_task_return_new_error (task, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                               _("The plan has no edition %u"), which);
      return;
    }

  font = g_settings_get_string (self->settings, "default-font");
  if (*font != '\0')
    options.font_family = font;

  /* A plan without editions prints as it always has, page by page with
   * progress; the documents of editions are made in one go. */
  if (phaen_plan_get_n_editions (plan) == 0 && (which == 0 || which == PHAEN_EDITION_DOCUMENT_CURRENT))
    {
      start_job (self, _("Making the PDF…"), FALSE);
      phaen_pdf_export_async (plan, &options, file, self->job_cancellable,
                              job_progress_cb, self, pdf_done_cb, g_steal_pointer (&task));
      return;
    }
  start_job (self, _("Making the PDF…"), TRUE);
  phaen_edition_pdf_export_async (plan, which, &options, file, self->job_cancellable,
                                  edition_pdf_done_cb, g_steal_pointer (&task));
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
      /* The choice exists only for a plan with editions (add_edition_choice()). */
      const char *choice = g_object_get_data (G_OBJECT (native), "phaen-edition-choice") != NULL
                           ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "edition")
                           : NULL;
      guint which = PHAEN_EDITION_DOCUMENT_CURRENT;

      if (choice != NULL && !phaen_edition_document_parse (choice, &which))
        which = PHAEN_EDITION_DOCUMENT_CURRENT;
      phaen_window_export_edition_pdf_async (self, file, which, NULL, NULL);
    }
  g_object_unref (native);
}

/* A plan with additions or amendments prints one of its documents: the
 * consolidated plan in force (the default), the plan as adopted, or the
 * document of one edition. */
static void
add_edition_choice (PhaenWindow    *self,
                    GtkFileChooser *chooser)
{
  PhaenPlan *plan = phaen_window_get_plan (self);
  guint n = phaen_plan_get_n_editions (plan);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (n == 0)
    return;
  g_ptr_array_add (ids, g_strdup ("current"));
  g_ptr_array_add (labels, g_strdup (_("The consolidated plan in force")));
  g_ptr_array_add (ids, g_strdup ("0"));
  g_ptr_array_add (labels, g_strdup (_("The plan as adopted")));
  for (guint k = 1; k <= n; k++)
    {
      g_autofree char *label = phaen_edition_dup_label (phaen_plan_get_edition (plan, k));

      g_ptr_array_add (ids, g_strdup_printf ("%u", k));
      /* TRANSLATORS: a document to export: "The document of Addition 1" */
      g_ptr_array_add (labels, g_strdup_printf (_("The document of %s"), label));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (chooser, "edition", _("Document"),
                               (const char **) ids->pdata, (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, "edition", "current");
  g_object_set_data (G_OBJECT (chooser), "phaen-edition-choice", GINT_TO_POINTER (TRUE));
}

void
phaen_window_choose_export_pdf (PhaenWindow *self)
{
  GtkFileChooserNative *native = save_chooser (self, _("Export the Document as PDF"),
                                               _("PDF documents"), "*.pdf", ".pdf");

  add_edition_choice (self, GTK_FILE_CHOOSER (native));
  g_signal_connect (native, "response", G_CALLBACK (export_pdf_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- timeline ------------------------------------------------------------- */

static guint
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

/* A background export failed: unless the window is going away, its job
 * bar closes and the officer is told (@stopped as a toast when the job was
 * stopped, a dialog titled @failed otherwise); @task returns @error. */
static void
export_failed (PhaenWindow *self,
               GTask       *task,
               GError      *error,
               const char  *stopped,
               const char  *failed)
{
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      end_job (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        phaen_window_toast (self, stopped);
      else
        phaen_window_show_error (self, failed, error);
    }
  g_task_return_error (task, error);
}

/* The outline's search and filters, asked by the export (on the live
 * plan, before it starts). */
static gboolean
timeline_filter_cb (PhaenProject *project,
                    gpointer      user_data)
{
  return gtk_filter_match (GTK_FILTER (user_data), project);
}

static void
timeline_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!phaen_timeline_export_finish (result, &n_pages, &warnings, &error))
    {
      export_failed (self, task, g_steal_pointer (&error), _("The timeline was not exported: stopped."), _("Could not export the timeline"));
      return;
    }

  end_job (self);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *text = NULL;
    PhaenTimelineFormat format = PHAEN_TIMELINE_FORMAT_PNG;

    phaen_timeline_format_from_filename (name, &format);
    if (format == PHAEN_TIMELINE_FORMAT_PDF)
      text = g_strdup_printf (ngettext ("“%s” is ready: %u page", "“%s” is ready: %u pages", n_pages),
                              name, n_pages);
    else
      text = g_strdup_printf (_("“%s” is ready."), name);
    toast_ready (self, file, text);
  }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    phaen_window_toast (self, g_ptr_array_index (warnings, i));
  phaen_window_remember_folder (self, "last-export-folder", file);
  g_task_return_boolean (task, TRUE);
}

void
phaen_window_export_timeline_async (PhaenWindow          *self,
                                    GFile                *file,
                                    PhaenTimelinePaper    paper,
                                    PhaenTimelineGroupBy  group_by,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *font = NULL;
  PhaenTimelineExportOptions options;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (phaen_window_get_plan (self) != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_export_timeline_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  phaen_timeline_export_options_init (&options);
  name = g_file_get_basename (file);
  if (!phaen_timeline_format_from_filename (name, &options.format))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("“%s” does not end in .pdf, .svg or .png: the timeline is made in one of these."),
                               name);
      return;
    }
  options.paper = paper;
  options.group_by = group_by;
  options.today = today_julian ();
  font = g_settings_get_string (self->settings, "default-font");
  if (*font != '\0')
    options.font_family = font;
  /* What the outline shows, the timeline exports. */
  if (self->outline_view != NULL)
    {
      options.filter = timeline_filter_cb;
      options.filter_data = phaen_outline_view_get_project_filter (PHAEN_OUTLINE_VIEW (self->outline_view));
    }

  start_job (self, _("Making the timeline…"), TRUE);
  phaen_timeline_export_async (phaen_window_get_plan (self), &options, file, self->job_cancellable,
                               timeline_done_cb, g_steal_pointer (&task));
}

static void
export_timeline_response_cb (GtkNativeDialog *native,
                             int              response,
                             PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *basename = g_file_get_basename (chosen);
      const char *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "paper");
      const char *grouping = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "grouping");
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      PhaenTimelinePaper paper_value = PHAEN_TIMELINE_PAPER_A4;
      PhaenTimelineGroupBy group_by = PHAEN_TIMELINE_GROUP_BY_PROGRAM;
      PhaenTimelineFormat format;
      g_autoptr(GFile) file = NULL;

      /* A name without an extension takes the one of the chosen type. */
      if (phaen_timeline_format_from_filename (basename, &format))
        file = g_object_ref (chosen);
      else
        {
          const char *extension = filter != NULL ? g_object_get_data (G_OBJECT (filter), "phaen-extension") : NULL;
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *named = g_strconcat (basename, extension != NULL ? extension : ".pdf", NULL);

          file = g_file_get_child (parent, named);
        }
      if (paper != NULL)
        phaen_timeline_paper_from_string (paper, &paper_value);
      if (grouping != NULL)
        phaen_timeline_group_by_from_string (grouping, &group_by);
      phaen_window_export_timeline_async (self, file, paper_value, group_by, NULL, NULL);
    }
  g_object_unref (native);
}

static void
add_typed_filter (GtkFileChooser *chooser,
                  const char     *name,
                  const char     *mime_type,
                  const char     *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data_full (G_OBJECT (filter), "phaen-extension", g_strdup (extension), g_free);
  gtk_file_chooser_add_filter (chooser, filter);
}

void
phaen_window_choose_export_timeline (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-export-folder");
  g_autofree char *organisation = suggested_name (self, "");
  /* TRANSLATORS: suggested file name of the exported timeline; %s is the
   * organisation and fiscal year */
  g_autofree char *name = g_strdup_printf (_("%s timeline.pdf"), organisation);
  const char *paper_ids[] = { "a4", "a3", NULL };
  const char *paper_labels[] = { _("A4 landscape"), _("A3 landscape"), NULL };
  const char *group_ids[] = { "program", "unit", "source", NULL };
  const char *group_labels[] = { _("By strategy and program"), _("By unit"), _("By funding source"), NULL };
  PhaenTimelineGroupBy group_by = PHAEN_TIMELINE_GROUP_BY_PROGRAM;

  if (self->timeline_view != NULL)
    group_by = phaen_timeline_view_get_group_by (PHAEN_TIMELINE_VIEW (self->timeline_view));
  else
    /* The timeline was not shown yet: the grouping it would show. */
    group_by = (PhaenTimelineGroupBy) g_settings_get_enum (self->settings, "timeline-grouping");

  native = gtk_file_chooser_native_new (_("Export the Timeline"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  add_typed_filter (chooser, _("PDF documents (A4 or A3 pages)"), "application/pdf", ".pdf");
  add_typed_filter (chooser, _("SVG pictures"), "image/svg+xml", ".svg");
  add_typed_filter (chooser, _("PNG pictures"), "image/png", ".png");
  gtk_file_chooser_add_choice (chooser, "paper", _("Paper (PDF)"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (chooser, "paper", "a4");
  gtk_file_chooser_add_choice (chooser, "grouping", _("Group by"), group_ids, group_labels);
  gtk_file_chooser_set_choice (chooser, "grouping", phaen_timeline_group_by_to_string (group_by));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect (native, "response", G_CALLBACK (export_timeline_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- monitoring: the report and the status file ------------------------------ */

static void
report_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!phaen_report_pdf_export_finish (result, &n_pages, &warnings, &error))
    {
      export_failed (self, task, g_steal_pointer (&error), _("The report was not made: stopped."), _("Could not make the report"));
      return;
    }

  end_job (self);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *text = g_strdup_printf (ngettext ("“%s” is ready: %u page", "“%s” is ready: %u pages", n_pages),
                                             name, n_pages);

    toast_ready (self, file, text);
  }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    phaen_window_toast (self, g_ptr_array_index (warnings, i));
  phaen_window_remember_folder (self, "last-export-folder", file);
  g_task_return_boolean (task, TRUE);
}

void
phaen_window_export_report_async (PhaenWindow         *self,
                                  GFile               *file,
                                  PhaenReportRound     round,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autofree char *font = NULL;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (phaen_window_get_plan (self) != NULL);
  g_return_if_fail (round == PHAEN_REPORT_ROUND_6_MONTHS || round == PHAEN_REPORT_ROUND_12_MONTHS);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_export_report_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  font = g_settings_get_string (self->settings, "default-font");
  if (*font != '\0')
    options.font_family = font;

  start_job (self, round == PHAEN_REPORT_ROUND_6_MONTHS ? _("Making the 6-month report…")
                                                        : _("Making the 12-month report…"), TRUE);
  phaen_report_pdf_export_async (phaen_window_get_plan (self), round, &options, file, self->job_cancellable,
                                 report_done_cb, g_steal_pointer (&task));
}

static void
export_report_response_cb (GtkNativeDialog *native,
                           int              response,
                           PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      const char *round = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "round");

      phaen_window_export_report_async (self, file,
                                        g_strcmp0 (round, "6") == 0 ? PHAEN_REPORT_ROUND_6_MONTHS
                                                                    : PHAEN_REPORT_ROUND_12_MONTHS,
                                        NULL, NULL);
    }
  g_object_unref (native);
}

/* The round most likely wanted: the 6-month report until the end of
 * the round's month after (April), then the whole year. */
static PhaenReportRound
likely_round (PhaenPlan *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* ต.ค. of the fiscal year is October of BE year − 1 − 543 in CE. */
  int start_year = (int) phaen_plan_get_fiscal_year (plan) - 544;
  int months = (g_date_time_get_year (now) - start_year) * 12 + g_date_time_get_month (now) - 10;

  return months >= 0 && months <= 6 ? PHAEN_REPORT_ROUND_6_MONTHS : PHAEN_REPORT_ROUND_12_MONTHS;
}

void
phaen_window_choose_export_report (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-export-folder");
  g_autofree char *organisation = suggested_name (self, "");
  /* TRANSLATORS: suggested file name of the monitoring report; %s is the
   * organisation and fiscal year */
  g_autofree char *name = g_strdup_printf (_("%s monitoring report.pdf"), organisation);
  const char *round_ids[] = { "6", "12", NULL };
  const char *round_labels[] = { _("After 6 months (Oct–Mar)"), _("After 12 months (the whole year)"), NULL };

  native = gtk_file_chooser_native_new (_("Export the Monitoring Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_chooser_add_choice (chooser, "round", _("Report"), round_ids, round_labels);
  gtk_file_chooser_set_choice (chooser, "round",
                               likely_round (phaen_window_get_plan (self)) == PHAEN_REPORT_ROUND_6_MONTHS ? "6" : "12");
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  g_signal_connect (native, "response", G_CALLBACK (export_report_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- CSV out: the projects and the status template ------------------------------ */

typedef GBytes *(*CsvWriteFunc) (PhaenPlan *plan);

/* Writes what @make gives for the plan to @file, atomically. */
static gboolean
write_csv (PhaenWindow   *self,
           GFile         *file,
           CsvWriteFunc   make,
           GError       **error)
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
  bytes = make (phaen_window_get_plan (self));
  if (!phaen_file_write_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, error))
    return FALSE;
  phaen_window_remember_folder (self, "last-export-folder", file);
  return TRUE;
}

gboolean
phaen_window_export_status (PhaenWindow  *self,
                            GFile        *file,
                            GError      **error)
{
  return write_csv (self, file, phaen_status_csv_export, error);
}

gboolean
phaen_window_export_csv (PhaenWindow  *self,
                         GFile        *file,
                         GError      **error)
{
  return write_csv (self, file, phaen_csv_export, error);
}

/* What a CSV chooser writes, and what it says after. */
typedef struct
{
  CsvWriteFunc  make;
  const char   *done;
  const char   *failed;
} CsvExport;

static const CsvExport status_export = {
  phaen_status_csv_export,
  N_("The status template is written: send it to the units to fill in, then import it."),
  N_("Could not write the status template"),
};

static const CsvExport projects_export = {
  phaen_csv_export,
  N_("The CSV file is written."),
  N_("Could not write the CSV file"),
};

static void
export_csv_response_cb (GtkNativeDialog *native,
                        int              response,
                        PhaenWindow     *self)
{
  const CsvExport *what = g_object_get_data (G_OBJECT (native), "phaen-export");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (write_csv (self, file, what->make, &error))
        phaen_window_toast (self, _(what->done));
      else
        phaen_window_show_error (self, _(what->failed), error);
    }
  g_object_unref (native);
}

void
phaen_window_choose_export_status (PhaenWindow *self)
{
  g_autofree char *organisation = suggested_name (self, "");
  /* TRANSLATORS: suggested file name of the status template; %s is the
   * organisation and fiscal year */
  g_autofree char *name = g_strdup_printf (_("%s status.csv"), organisation);
  GtkFileChooserNative *native = save_chooser (self, _("Export the Status Template"),
                                               _("CSV files"), "*.csv", ".csv");

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data (G_OBJECT (native), "phaen-export", (gpointer) &status_export);
  g_signal_connect (native, "response", G_CALLBACK (export_csv_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
phaen_window_choose_export_csv (PhaenWindow *self)
{
  GtkFileChooserNative *native = save_chooser (self, _("Export the Projects as CSV"),
                                               _("CSV files"), "*.csv", ".csv");

  g_object_set_data (G_OBJECT (native), "phaen-export", (gpointer) &projects_export);
  g_signal_connect (native, "response", G_CALLBACK (export_csv_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- CSV in --------------------------------------------------------------------- */

gboolean
phaen_window_import_status (PhaenWindow *self,
                            GFile       *file)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  guint n_changed = 0;
  PhaenPlan *plan = phaen_window_get_plan (self);

  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!phaen_window_read_import_file (self, file, &contents, &length))
    return FALSE;
  if (!phaen_status_csv_import (plan, contents, length, name, &n_changed, &error))
    {
      phaen_window_show_import_problems (self, file, error);
      return FALSE;
    }

  if (n_changed == 0)
    phaen_window_toast (self, _("The status file says what the plan already holds: nothing changed."));
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("The status of %u project is updated. Undo takes it back.",
                                                         "The status of %u projects is updated. Undo takes it back.",
                                                         n_changed),
                                               n_changed);

      phaen_window_toast (self, text);
    }
  phaen_window_remember_folder (self, "last-import-folder", file);
  return TRUE;
}

static void
import_status_response_cb (GtkNativeDialog *native,
                           int              response,
                           PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_import_status (self, file);
    }
  g_object_unref (native);
}

void
phaen_window_choose_import_status (PhaenWindow *self)
{
  GtkFileChooserNative *native = phaen_window_import_chooser (self, _("Import the Status of the Projects"));

  g_signal_connect (native, "response", G_CALLBACK (import_status_response_cb), self);
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
