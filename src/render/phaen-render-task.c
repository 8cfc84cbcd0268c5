/* phaen-render-task.c: the renderer's output: a surface's bytes, and
 * jobs in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <cairo-pdf.h>

#include "io/phaen-file.h"
#include "phaen-render-task.h"

cairo_status_t
phaen_render_append_cb (void                *closure,
                        const unsigned char *data,
                        unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

cairo_status_t
phaen_render_surface_close (cairo_t         *cr,
                            cairo_surface_t *surface)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

void
phaen_render_pdf_set_date (cairo_surface_t *surface,
                           const GDate     *date)
{
  g_autofree char *text = NULL;

  if (!g_date_valid (date))
    return;

  text = g_strdup_printf ("%04u-%02u-%02uT00:00:00+07:00",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, text);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, text);
}

typedef struct
{
  PhaenRenderTask           job;
  PhaenProgressRelay       *relay;      /* NULL without a progress callback */
  PhaenRenderTaskPdfFunc    render;     /* an export's */
  PhaenRenderTaskLayoutFunc layout;     /* a layout's */
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *task_data = data;
  PhaenRenderTask *job = &task_data->job;

  g_clear_object (&job->plan);
  g_clear_pointer (&job->options, phaen_render_options_free);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_clear_object (&job->out);
  g_clear_pointer (&job->warnings, g_ptr_array_unref);
  g_clear_pointer (&task_data->relay, phaen_progress_relay_unref);
  g_free (task_data);
}

GTask *
phaen_render_task_new (PhaenPlan                *plan,
                       const PhaenRenderOptions *options,
                       guint                     which,
                       GFile                    *out,
                       GCancellable             *cancellable,
                       PhaenProgressFunc         progress,
                       gpointer                  progress_data,
                       GAsyncReadyCallback       callback,
                       gpointer                  user_data,
                       gpointer                  source_tag,
                       const char               *name)
{
  GTask *task;
  TaskData *task_data;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (out == NULL || G_IS_FILE (out), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, name);

  task_data = g_new0 (TaskData, 1);
  /* A snapshot: the caller may go on editing the plan meanwhile. */
  task_data->job.plan = phaen_plan_copy (plan);
  task_data->job.options = phaen_render_options_copy (options);
  task_data->job.which = which;
  task_data->job.out = out != NULL ? g_object_ref (out) : NULL;
  task_data->job.warnings = g_ptr_array_new_with_free_func (g_free);
  if (progress != NULL)
    {
      task_data->relay = phaen_progress_relay_new (g_task_get_context (task), progress, progress_data);
      task_data->job.progress = phaen_progress_relay_post;
      task_data->job.progress_data = task_data->relay;
    }
  g_task_set_task_data (task, task_data, task_data_free);

  return task;
}

PhaenRenderTask *
phaen_render_task_get (GTask *task)
{
  TaskData *task_data;

  g_return_val_if_fail (G_IS_TASK (task), NULL);

  task_data = g_task_get_task_data (task);

  return &task_data->job;
}

gboolean
phaen_render_write_file (GFile        *out,
                         GBytes       *bytes,
                         GCancellable *cancellable,
                         GError      **error)
{
  const char *path = g_file_peek_path (out);
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  if (path != NULL)
    return phaen_file_write_atomic (path, data, length, NULL, error);

  return g_file_replace_contents (out, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, error);
}

void
phaen_render_task_return_written (GTask  *task,
                                  GFile  *out,
                                  GBytes *bytes,
                                  GError *error,
                                  guint  *n_pages)
{
  GCancellable *cancellable = g_task_get_cancellable (task);

  /* The last moment to give up before the file changes. */
  if (bytes != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error)
      && phaen_render_write_file (out, bytes, cancellable, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  *n_pages = 0;
  g_task_return_error (task, error);
}

static void
export_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *data = task_data;
  PhaenRenderTask *job = &data->job;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    bytes = data->render (job, cancellable, &error);

  phaen_render_task_return_written (task, job->out, bytes, error, &job->n_pages);
}

void
phaen_render_task_run_export (GTask                 *task,
                              PhaenRenderTaskPdfFunc render)
{
  TaskData *data = g_task_get_task_data (task);

  g_return_if_fail (data->job.out != NULL);
  g_return_if_fail (render != NULL);

  data->render = render;
  g_task_run_in_thread (task, export_thread_cb);
}

gboolean
phaen_render_task_export_finish (GAsyncResult  *result,
                                 gpointer       source_tag,
                                 guint         *n_pages,
                                 GPtrArray    **warnings,
                                 GError       **error)
{
  PhaenRenderTask *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  job = phaen_render_task_get (G_TASK (result));
  if (n_pages != NULL)
    *n_pages = job->n_pages;
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (job->warnings);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* What a layout job returns: its context and pages. */
typedef struct
{
  PhaenRenderContext *ctx;
  GPtrArray          *pages;
} LayoutResult;

static LayoutResult *
layout_result_new (PhaenRenderContext *ctx,
                   GPtrArray          *pages)
{
  LayoutResult *result = g_new0 (LayoutResult, 1);

  result->ctx = ctx;
  result->pages = pages;
  return result;
}

static void
layout_result_free (gpointer data)
{
  LayoutResult *result = data;

  g_clear_pointer (&result->ctx, phaen_render_context_free);
  g_clear_pointer (&result->pages, g_ptr_array_unref);
  g_free (result);
}

static void
layout_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *data = task_data;
  PhaenRenderTask *job = &data->job;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenRenderContext) ctx = NULL;
  GPtrArray *pages;

  ctx = phaen_render_context_new (job->plan, job->options, job->warnings, &error);
  if (ctx == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  pages = data->layout (job, ctx, cancellable, &error);
  if (pages == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_ptr_array_unref (pages);
      return;
    }

  g_task_return_pointer (task, layout_result_new (g_steal_pointer (&ctx), pages),
                         layout_result_free);
}

void
phaen_render_task_run_layout (GTask                    *task,
                              PhaenRenderTaskLayoutFunc layout)
{
  TaskData *data = g_task_get_task_data (task);

  g_return_if_fail (layout != NULL);

  data->layout = layout;
  g_task_run_in_thread (task, layout_thread_cb);
}

gboolean
phaen_render_task_layout_finish (GAsyncResult        *result,
                                 gpointer             source_tag,
                                 PhaenRenderContext **ctx,
                                 GPtrArray          **pages,
                                 GPtrArray          **warnings,
                                 GError             **error)
{
  LayoutResult *layout;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);
  g_return_val_if_fail (ctx != NULL && pages != NULL, FALSE);

  if (warnings != NULL)
    *warnings = g_ptr_array_ref (phaen_render_task_get (G_TASK (result))->warnings);

  layout = g_task_propagate_pointer (G_TASK (result), error);
  if (layout == NULL)
    return FALSE;

  *ctx = g_steal_pointer (&layout->ctx);
  *pages = g_steal_pointer (&layout->pages);
  layout_result_free (layout);
  return TRUE;
}
