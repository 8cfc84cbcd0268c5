/* phaen-render-task.h: the renderer's output, shared by the plan, the
 * report, the editions and the timeline: a surface's bytes, and jobs in
 * a worker thread (export to a file, layout for the preview); not for
 * callers outside render/.
 *
 * A job works on a snapshot of the plan taken at the call, collects the
 * warnings, delivers its progress in the caller's main context and, for
 * an export, replaces the file atomically once the bytes are complete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "phaen-render-private.h"

G_BEGIN_DECLS

/* A cairo write function appending to the GByteArray @closure. */
cairo_status_t   phaen_render_append_cb            (void                     *closure,
                                                    const unsigned char      *data,
                                                    unsigned int              length);
/* Destroys @cr, then finishes and destroys @surface; returns the first
 * error of the drawing or of the surface. */
cairo_status_t   phaen_render_surface_close        (cairo_t                  *cr,
                                                    cairo_surface_t          *surface);
/* Sets the creation and modification dates of the PDF @surface to
 * @date, midnight Thai time ("2025-10-01T00:00:00+07:00"); nothing when
 * @date is not valid. */
void             phaen_render_pdf_set_date         (cairo_surface_t          *surface,
                                                    const GDate              *date);

typedef struct
{
  PhaenPlan          *plan;          /* the snapshot */
  PhaenRenderOptions *options;       /* a copy; NULL when the caller passed none */
  guint               which;         /* the part of the plan: a report round, an edition */
  gpointer            data;          /* the caller's own, freed with data_free */
  GDestroyNotify      data_free;
  GFile              *out;           /* export only */
  PhaenProgressFunc   progress;      /* in the worker thread; NULL without progress */
  gpointer            progress_data;
  GPtrArray          *warnings;
  guint               n_pages;       /* of an export, once written */
} PhaenRenderTask;

/* Renders the PDF of @job in the worker thread (job->n_pages set). */
typedef GBytes    *(*PhaenRenderTaskPdfFunc)    (PhaenRenderTask *job,
                                                 GCancellable    *cancellable,
                                                 GError         **error);
/* Lays out the pages of @job on @ctx in the worker thread: an array of
 * PhaenPage*, or NULL with @error set. */
typedef GPtrArray *(*PhaenRenderTaskLayoutFunc) (PhaenRenderTask    *job,
                                                 PhaenRenderContext *ctx,
                                                 GCancellable       *cancellable,
                                                 GError            **error);

/* A task for @plan (copied now) named @name with @source_tag; @out is
 * NULL for a layout. The caller may still fill in job fields (see
 * phaen_render_task_get()) before running it. */
GTask           *phaen_render_task_new             (PhaenPlan                *plan,
                                                    const PhaenRenderOptions *options,
                                                    guint                     which,
                                                    GFile                    *out,
                                                    GCancellable             *cancellable,
                                                    PhaenProgressFunc         progress,
                                                    gpointer                  progress_data,
                                                    GAsyncReadyCallback       callback,
                                                    gpointer                  user_data,
                                                    gpointer                  source_tag,
                                                    const char               *name);
PhaenRenderTask *phaen_render_task_get             (GTask                    *task);

/* Runs @render in a worker thread, then (unless cancelled by then)
 * replaces the task's file with the bytes atomically. */
void             phaen_render_task_run_export      (GTask                    *task,
                                                    PhaenRenderTaskPdfFunc    render);
gboolean         phaen_render_task_export_finish   (GAsyncResult             *result,
                                                    gpointer                  source_tag,
                                                    guint                    *n_pages,
                                                    GPtrArray               **warnings,
                                                    GError                  **error);

/* Runs @layout in a worker thread on a render context of the task's
 * plan and options; the result is read with
 * phaen_render_task_layout_finish() (phaen_document_task_finish() makes
 * a PhaenDocument of it). */
void             phaen_render_task_run_layout      (GTask                    *task,
                                                    PhaenRenderTaskLayoutFunc layout);
/* The context and pages (PhaenPage*) the layout made, both yours. */
gboolean         phaen_render_task_layout_finish   (GAsyncResult             *result,
                                                    gpointer                  source_tag,
                                                    PhaenRenderContext      **ctx,
                                                    GPtrArray               **pages,
                                                    GPtrArray               **warnings,
                                                    GError                  **error);

/* For jobs of their own (task data not made by phaen_render_task_new()):
 * in the worker thread once the PDF is rendered (@bytes NULL: @error,
 * taken, says why), and unless cancelled by then, replaces @out with
 * @bytes atomically and returns TRUE on @task; *@n_pages is set to 0 on
 * failure. */
void             phaen_render_task_return_written  (GTask                    *task,
                                                    GFile                    *out,
                                                    GBytes                   *bytes,
                                                    GError                   *error,
                                                    guint                    *n_pages);

/* Replaces @out with @bytes atomically: through phaen_file_write_atomic()
 * for a local file, GIO's own replace (temporary file and rename) for any
 * other. */
gboolean         phaen_render_write_file           (GFile                    *out,
                                                    GBytes                   *bytes,
                                                    GCancellable             *cancellable,
                                                    GError                  **error);

G_END_DECLS
