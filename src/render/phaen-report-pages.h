/* phaen-report-pages.h: the monitoring report (รายงานผลการติดตามและ
 * ประเมินผลแผนการดำเนินงาน) as laid-out pages and as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-report.h"
#include "phaen-document.h"
#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* The report's title lines as printed (Arabic digits; converted when
 * drawn): "รายงานผลการติดตามและประเมินผลแผนการดำเนินงาน ประจำปีงบประมาณ
 * พ.ศ. 2569" and "รอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569)". */
char      *phaen_report_pages_title       (PhaenReport        *report);
char      *phaen_report_pages_round_line  (PhaenReport        *report);

/* Lays the report out on landscape A4 pages, every one with the page
 * number ("- 1 -", top right), the three title lines (title, round,
 * organisation), then in order:
 *   1. projects by status per strategy (table),
 *   2. budget: planned, contracted, disbursed (table),
 *   3. months: planned against actual (table and the rule in words),
 *   4. three charts, a page each: projects by status per strategy,
 *      budget per strategy, projects planned and running per month,
 *   5. the projects by status with their figures and remarks.
 * Each part opens with a level-1 bookmark. @report must be computed
 * from @ctx->plan. Returns an array of PhaenPage* that owns them; paint
 * them with phaen_page_paint() (preview) or write them with
 * phaen_report_pdf_render(). NULL when the job of @ctx is cancelled. */
GPtrArray *phaen_report_pages_layout      (PhaenRenderContext *ctx,
                                           PhaenReport        *report);

/* The report laid out in a worker thread, on a snapshot of @plan
 * (phaen_plan_copy, taken now) with a private font map, as a
 * PhaenDocument: the window's preview shows it like the plan's document
 * (pages, page labels, phaen_document_find_project_page() for the rows
 * of the list of projects). */
void           phaen_report_document_new_async  (PhaenPlan                *plan,
                                                 PhaenReportRound          round,
                                                 const PhaenRenderOptions *options,
                                                 GCancellable             *cancellable,
                                                 GAsyncReadyCallback       callback,
                                                 gpointer                  user_data);
/* @warnings (nullable) receives the font warnings (char*; unref the
 * array). */
PhaenDocument *phaen_report_document_new_finish (GAsyncResult             *result,
                                                 GPtrArray               **warnings,
                                                 GError                  **error);

/* The report of @plan for @round as PDF bytes (fonts and digits from
 * @options as for the plan; by default the plan's "thai-digits", which
 * is on unless the officer turned it off). Font warnings go to @warnings
 * (nullable) as char*. The bytes depend on the plan and round only. */
GBytes    *phaen_report_pdf_render        (PhaenPlan                *plan,
                                           PhaenReportRound          round,
                                           const PhaenRenderOptions *options,
                                           GPtrArray                *warnings,
                                           guint                    *n_pages,
                                           GError                  **error);

/* The same in a worker thread on a snapshot of @plan (phaen_plan_copy,
 * taken now: the window may go on editing), written atomically to @out:
 * the file is the new PDF or stays as it was. */
void       phaen_report_pdf_export_async  (PhaenPlan                *plan,
                                           PhaenReportRound          round,
                                           const PhaenRenderOptions *options,
                                           GFile                    *out,
                                           GCancellable             *cancellable,
                                           GAsyncReadyCallback       callback,
                                           gpointer                  user_data);
/* @n_pages and @warnings (char*; unref the array) are nullable. */
gboolean   phaen_report_pdf_export_finish (GAsyncResult             *result,
                                           guint                    *n_pages,
                                           GPtrArray               **warnings,
                                           GError                  **error);

G_END_DECLS
