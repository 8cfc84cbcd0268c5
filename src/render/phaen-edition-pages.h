/* phaen-edition-pages.h: the documents of a plan's additions and
 * amendments, and the consolidated plan (ฉบับรวม)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan-editions.h"
#include "phaen-document.h"
#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Which document of a plan with editions:
 *   0                            the plan as adopted, before any edition
 *                                (the usual document of that state);
 *   1 … n_editions               the document of that edition: cover and
 *                                announcement with its title suffix
 *                                ("(เพิ่มเติม ครั้งที่ 1)"), ผด.01 of its
 *                                projects (added or changed), ผด.02 and
 *                                ผด.02/1: for an addition its new projects
 *                                as in the plan, then (for an amendment,
 *                                everything) the changed and cancelled ones
 *                                in pairs of rows เดิม / แก้ไขเป็น;
 *   PHAEN_EDITION_DOCUMENT_CURRENT the consolidated plan in force (every
 *                                adopted edition applied; an open one is a
 *                                draft and left out): the whole document,
 *                                a line under its titles listing the
 *                                editions, each project an edition added or
 *                                changed marked under its name, and the
 *                                announcements of the plan and of every
 *                                adopted edition. For a plan without
 *                                editions, the usual document. */
#define PHAEN_EDITION_DOCUMENT_CURRENT G_MAXUINT

/* Parses what "--edition" takes: a number (Arabic or Thai digits) or
 * "current". FALSE for anything else. */
gboolean   phaen_edition_document_parse   (const char         *text,
                                           guint              *which);

/* Lays out document @which of @ctx->plan on numbered pages (PhaenPage*,
 * the array owns them). NULL with PHAEN_RENDER_ERROR_FAILED when there
 * is no such edition. */
GPtrArray *phaen_edition_pages_layout     (PhaenRenderContext *ctx,
                                           guint               which,
                                           GError            **error);

/* The document's title ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569
 * (เพิ่มเติม ครั้งที่ 1) เทศบาล…"), digits as @ctx says: the PDF's title. */
char      *phaen_edition_pages_title      (PhaenRenderContext *ctx,
                                           guint               which);

/* Document @which of @plan as PDF bytes; fonts, digits and warnings as
 * phaen_pdf_render(). */
GBytes    *phaen_edition_pdf_render       (PhaenPlan                *plan,
                                           guint                     which,
                                           const PhaenRenderOptions *options,
                                           GPtrArray                *warnings,
                                           guint                    *n_pages,
                                           GError                  **error);

/* The same in a worker thread on a snapshot of @plan (phaen_plan_copy,
 * taken now), written atomically to @out. */
void       phaen_edition_pdf_export_async (PhaenPlan                *plan,
                                           guint                     which,
                                           const PhaenRenderOptions *options,
                                           GFile                    *out,
                                           GCancellable             *cancellable,
                                           GAsyncReadyCallback       callback,
                                           gpointer                  user_data);
/* @n_pages and @warnings (char*; unref the array) are nullable. */
gboolean   phaen_edition_pdf_export_finish (GAsyncResult            *result,
                                            guint                   *n_pages,
                                            GPtrArray              **warnings,
                                            GError                 **error);

/* Document @which laid out in a worker thread on a snapshot of @plan, as
 * a PhaenDocument for the preview (pages, labels,
 * phaen_document_find_project_page() for the rows of ผด.02). */
void           phaen_edition_document_new_async  (PhaenPlan                *plan,
                                                  guint                     which,
                                                  const PhaenRenderOptions *options,
                                                  GCancellable             *cancellable,
                                                  GAsyncReadyCallback       callback,
                                                  gpointer                  user_data);
/* @warnings (nullable) receives the font warnings (char*). */
PhaenDocument *phaen_edition_document_new_finish (GAsyncResult             *result,
                                                  GPtrArray               **warnings,
                                                  GError                  **error);

G_END_DECLS
