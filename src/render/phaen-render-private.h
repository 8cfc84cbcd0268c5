/* phaen-render-private.h: what the parts of the renderer share about a
 * running layout (progress and cancellation); not for callers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-render.h"

G_BEGIN_DECLS

/* phaen_render_text() with a first-line indent (points) and, for a
 * justified text, the last line justified too (a paragraph cut at a
 * page end). Everything that changes where lines break is set before
 * the line breaker looks at the layout. */
PangoLayout *phaen_render_text_full (PhaenRenderContext *ctx,
                                     const char         *text,
                                     double              size_pt,
                                     PhaenTextFlags      flags,
                                     double              width,
                                     double              indent,
                                     gboolean            justify_last_line);

/* A copy of @layout showing @start..@end (bytes) of its text, with the
 * attributes that cover that part. */
PangoLayout *phaen_render_text_part (PangoLayout *layout,
                                     guint        start,
                                     guint        end);

/* Drops the layouts phaen_render_text_shared () keeps for reuse (the
 * pages hold their own references): once a document is laid out, its
 * texts then go with the pages that show them. */
void phaen_render_context_forget_shared (PhaenRenderContext *ctx);

/* Once a document's pages and context are freed: hands the memory they
 * took back to the system (malloc keeps it otherwise, in pieces: tens of
 * megabytes for a long plan), so that the app, or the next document,
 * does not start from that peak. */
void phaen_render_return_memory (void);

struct _PhaenRenderJob
{
  GCancellable      *cancellable;      /* nullable */
  PhaenProgressFunc  progress;         /* nullable */
  gpointer           progress_data;
  guint              steps_per_page;   /* 1: layout only; 2: layout and writing */
  guint              estimate;         /* pages expected */
  guint              pages;            /* pages laid out so far */
  guint              written;          /* pages written so far */
  guint              last_done;
  guint              last_total;
};

/* Starts a job on @ctx (the job is the caller's and must outlive the
 * layout): progress is reported against an estimate of the document's
 * pages made from the plan. */
void     phaen_render_job_start       (PhaenRenderContext *ctx,
                                       PhaenRenderJob     *job,
                                       GCancellable       *cancellable,
                                       PhaenProgressFunc   progress,
                                       gpointer            progress_data,
                                       guint               steps_per_page);
/* Layout code calls this for every page it creates: the progress is
 * reported and FALSE returned when the job is cancelled (the layout then
 * stops as soon as it can; the caller checks phaen_render_job_cancelled()). */
gboolean phaen_render_job_page_added  (PhaenRenderContext *ctx);
/* The layout is complete with @n_pages pages. */
void     phaen_render_job_laid_out    (PhaenRenderContext *ctx,
                                       guint               n_pages);
/* A page has been written (export). FALSE when cancelled. */
gboolean phaen_render_job_page_written (PhaenRenderContext *ctx);
/* TRUE, with a G_IO_ERROR_CANCELLED error, when the job was cancelled. */
gboolean phaen_render_job_cancelled   (PhaenRenderContext *ctx,
                                       GError            **error);
void     phaen_render_job_finish      (PhaenRenderContext *ctx);

G_END_DECLS

G_BEGIN_DECLS

/* Passes the progress of a job running in a worker thread to a callback
 * in @context (the caller's thread-default main context). Updates that
 * come faster than the main loop takes them are merged into the latest
 * one, and each arrives before the job's own completion (same priority,
 * queued earlier). */
typedef struct _PhaenProgressRelay PhaenProgressRelay;

PhaenProgressRelay *phaen_progress_relay_new   (GMainContext       *context,
                                                PhaenProgressFunc   progress,
                                                gpointer            progress_data);
PhaenProgressRelay *phaen_progress_relay_ref   (PhaenProgressRelay *relay);
void                phaen_progress_relay_unref (PhaenProgressRelay *relay);
/* A PhaenProgressFunc for the worker thread; @user_data is the relay. */
void                phaen_progress_relay_post  (guint               done,
                                                guint               total,
                                                gpointer            user_data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenProgressRelay, phaen_progress_relay_unref)

G_END_DECLS
