/* phaen-summary-view.h: the ผด.01 summary, following the plan as it is
 * edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_SUMMARY_VIEW (phaen_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (PhaenSummaryView, phaen_summary_view, PHAEN, SUMMARY_VIEW, GtkWidget)

GtkWidget  *phaen_summary_view_new      (void);
void        phaen_summary_view_set_plan (PhaenSummaryView *self,
                                         PhaenPlan        *plan);
/* Computes the rows now if an edit is waiting (they otherwise follow
 * before the next frame while the view is shown, and when it is shown). */
void        phaen_summary_view_sync     (PhaenSummaryView *self);
/* The rows shown, for tests: "label\tprojects\tbudget" per row. */
char       *phaen_summary_view_dup_text (PhaenSummaryView *self);

G_END_DECLS
