/* phaen-document.h: the whole printed plan as numbered pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Lays out the whole document in its printed order: cover, announcement,
 * foreword (when there is one), contents, Part 1, the Part 2 divider,
 * ผด.01, ผด.02 and ผด.02/1 (when there is equipment). Every page carries
 * its number (front matter ก ข ค …, from Part 1 on 1 2 3 …, top right,
 * digits as @ctx says) and the contents list the real page numbers.
 * Returns an array of PhaenPage* that owns them. */
GPtrArray *phaen_document_layout     (PhaenRenderContext *ctx);

/* The same, reporting progress (one step per page laid out) and stopping
 * when @cancellable is cancelled: NULL with G_IO_ERROR_CANCELLED then. */
GPtrArray *phaen_document_layout_full (PhaenRenderContext *ctx,
                                       GCancellable       *cancellable,
                                       PhaenProgressFunc   progress,
                                       gpointer            progress_data,
                                       GError            **error);

/* The printed number of @page without decoration ("ข", "12" or "๑๒"),
 * NULL for an unnumbered page. */
char      *phaen_document_page_label (PhaenRenderContext *ctx,
                                      const PhaenPage    *page);

/* For documents assembled from the parts elsewhere (the editions of a
 * plan): numbers @pages in order by their numbering (front ก ข ค …,
 * body 1 2 3 …, cover none) and draws each number as the document does. */
void       phaen_document_number_pages (PhaenRenderContext *ctx,
                                        GPtrArray          *pages);

/* ---- A laid-out document, for a preview ---- */

#define PHAEN_TYPE_DOCUMENT (phaen_document_get_type ())
G_DECLARE_FINAL_TYPE (PhaenDocument, phaen_document, PHAEN, DOCUMENT, GObject)

/* Lays out the document of @ctx->plan (the document takes @ctx and frees
 * it with itself). Progress and cancellation as
 * phaen_document_layout_full(). */
PhaenDocument      *phaen_document_new           (PhaenRenderContext *ctx,
                                                  GCancellable       *cancellable,
                                                  PhaenProgressFunc   progress,
                                                  gpointer            progress_data,
                                                  GError            **error);

/* The same in a worker thread with a private font map, on a snapshot of
 * @plan: the window may go on editing. @progress is called in the
 * thread-default main context of the caller; @progress_data must stay
 * valid until @callback has run. */
void                phaen_document_new_async     (PhaenPlan                *plan,
                                                  const PhaenRenderOptions *options,
                                                  GCancellable             *cancellable,
                                                  PhaenProgressFunc         progress,
                                                  gpointer                  progress_data,
                                                  GAsyncReadyCallback       callback,
                                                  gpointer                  user_data);
/* @warnings (nullable) receives the font warnings (char*, free with
 * g_ptr_array_unref). */
PhaenDocument      *phaen_document_new_finish    (GAsyncResult  *result,
                                                  GPtrArray    **warnings,
                                                  GError       **error);

/* A document of pages laid out elsewhere (the monitoring report), so
 * that the preview shows them like the plan's: takes @ctx and @pages
 * (PhaenPage*, numbered, owning them). */
PhaenDocument      *phaen_document_new_for_pages (PhaenRenderContext *ctx,
                                                  GPtrArray          *pages);
/* The document a layout job of the render layer made (the report's, an
 * edition's: phaen_render_task_run_layout()); @warnings as it found. */
PhaenDocument      *phaen_document_task_finish   (GAsyncResult       *result,
                                                  gpointer            source_tag,
                                                  GPtrArray         **warnings,
                                                  GError            **error);

PhaenRenderContext *phaen_document_get_context   (PhaenDocument *self);
/* The plan laid out (the snapshot for a document made asynchronously). */
PhaenPlan          *phaen_document_get_plan      (PhaenDocument *self);
guint               phaen_document_get_n_pages   (PhaenDocument *self);
/* Borrowed; the document owns its pages. */
PhaenPage          *phaen_document_get_page      (PhaenDocument *self,
                                                  guint          index);
/* The pages in printed order (PhaenPage*), borrowed. */
GPtrArray          *phaen_document_get_pages     (PhaenDocument *self);
/* The printed number of page @index ("ข", "๑๒"), NULL for the cover. */
char               *phaen_document_dup_page_label (PhaenDocument *self,
                                                   guint          index);
/* Index of the first page that shows the row of project @project_id
 * (ผด.02 or ผด.02/1), or -1 when no page does. */
gint                phaen_document_find_project_page (PhaenDocument *self,
                                                      const char    *project_id);

G_END_DECLS
