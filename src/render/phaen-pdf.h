/* phaen-pdf.h: the official plan document as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan.h"
#include "phaen-document.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* The name the options had when only the PDF used them. */
typedef PhaenRenderOptions PhaenPdfOptions;

/* Renders the whole document. Returns the PDF bytes, or NULL with an
 * error. Human-readable warnings (e.g. "font X is not installed; using
 * Laksaman") are appended to @warnings (may be NULL) as char*.
 * Output is deterministic: the same plan gives byte-identical bytes. */
GBytes  *phaen_pdf_render          (PhaenPlan                *plan,
                                    const PhaenRenderOptions *options,
                                    GPtrArray                *warnings,
                                    guint                    *n_pages,
                                    GError                  **error);

/* The same with progress (a step per page laid out and per page written:
 * see PhaenProgressFunc) and cancellation (G_IO_ERROR_CANCELLED). */
GBytes  *phaen_pdf_render_full     (PhaenPlan                *plan,
                                    const PhaenRenderOptions *options,
                                    GCancellable             *cancellable,
                                    PhaenProgressFunc         progress,
                                    gpointer                  progress_data,
                                    GPtrArray                *warnings,
                                    guint                    *n_pages,
                                    GError                  **error);

/* Writes pages laid out by another document of the plan (the monitoring
 * report) with the same writer: bookmarks from the pages, the dates of
 * @ctx->plan, @title and @subject (digits converted for @ctx) as its
 * metadata. Progress and cancellation follow the job of @ctx, if any.
 * Takes @ctx and @pages: both are freed, and the memory handed back to
 * the system, once the PDF is written; *@n_pages is set on success. */
GBytes  *phaen_pdf_write_pages     (PhaenRenderContext       *ctx,
                                    GPtrArray                *pages,
                                    const char               *title,
                                    const char               *subject,
                                    guint                    *n_pages,
                                    GError                  **error);

/* Renders the document of @plan in a worker thread, on a snapshot of the
 * plan taken now (the caller may go on editing), and writes it to @out
 * atomically: the file is either the new PDF or as it was (nothing is
 * written when the job fails or is cancelled). @progress (nullable) is
 * called in the caller's thread-default main context, before @callback;
 * @progress_data must stay valid until @callback has run. */
void     phaen_pdf_export_async    (PhaenPlan                *plan,
                                    const PhaenRenderOptions *options,
                                    GFile                    *out,
                                    GCancellable             *cancellable,
                                    PhaenProgressFunc         progress,
                                    gpointer                  progress_data,
                                    GAsyncReadyCallback       callback,
                                    gpointer                  user_data);
/* @n_pages and @warnings (char*; unref the array) are nullable. */
gboolean phaen_pdf_export_finish   (GAsyncResult             *result,
                                    guint                    *n_pages,
                                    GPtrArray               **warnings,
                                    GError                  **error);

G_END_DECLS
