/* phaen-preview.h: the official pages as they will print, following edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"
#include "render/phaen-document.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PREVIEW (phaen_preview_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPreview, phaen_preview, PHAEN, PREVIEW, GtkWidget)

/* What the preview shows: the plan's document, or a monitoring report
 * (render's phaen_report_document_new_async). */
typedef enum
{
  PHAEN_PREVIEW_PLAN,
  PHAEN_PREVIEW_REPORT_6,
  PHAEN_PREVIEW_REPORT_12,
} PhaenPreviewDocument;

/* Signal "laid-out": a new layout of the document is shown. */
GtkWidget     *phaen_preview_new          (void);
void           phaen_preview_set_plan     (PhaenPreview *self,
                                           PhaenPlan    *plan);
/* The project whose page "Show the Project" goes to (the outline's
 * selection); NULL for none. */
void           phaen_preview_set_project  (PhaenPreview *self,
                                           PhaenProject *project);
/* Scrolls to the page of the project set above; FALSE when no page
 * shows it (yet). */
gboolean       phaen_preview_show_project (PhaenPreview *self);
void           phaen_preview_zoom         (PhaenPreview *self,
                                           int           direction);
/* Chooses the document shown (also from the preview's own selector). */
void           phaen_preview_set_document_kind (PhaenPreview         *self,
                                                PhaenPreviewDocument  kind);
PhaenPreviewDocument phaen_preview_get_document_kind (PhaenPreview   *self);
/* The document shown (NULL before the first layout). */
PhaenDocument *phaen_preview_get_document (PhaenPreview *self);
/* The page the preview was last asked to show, for tests. */
guint          phaen_preview_get_current_page (PhaenPreview *self);

G_END_DECLS
