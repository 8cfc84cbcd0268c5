/* phaen-monitoring-view.h: the monitoring fields of every project in one
 * table, for quick entry through the year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_MONITORING_VIEW (phaen_monitoring_view_get_type ())

G_DECLARE_FINAL_TYPE (PhaenMonitoringView, phaen_monitoring_view, PHAEN, MONITORING_VIEW, GtkWidget)

/* One row per project and equipment item in the order of the outline:
 * number, name, planned months, then the fields officers fill in —
 * status, contracted and disbursed amounts, progress, actual months (a
 * strip that opens the 12-month grid), remarks. Every change goes through
 * the plan's edit API, one undo step per field; an amount that cannot be
 * read is refused in its cell (marked, the reason in its tooltip) and
 * leaves the plan as it was. The rows are made the first time the view
 * is shown. */
GtkWidget *phaen_monitoring_view_new        (void);
void       phaen_monitoring_view_set_plan   (PhaenMonitoringView *self,
                                             PhaenPlan           *plan);
/* Shows only the projects whose name or number holds @text. */
void       phaen_monitoring_view_set_search (PhaenMonitoringView *self,
                                             const char          *text);
/* The number of rows shown (after search and the status filter). */
guint      phaen_monitoring_view_get_n_rows (PhaenMonitoringView *self);
/* The widget editing @property ("status", "contracted", "disbursed",
 * "progress", "actual-schedule", "remarks") of @project while its row is
 * on screen, else NULL (for tests). */
GtkWidget *phaen_monitoring_view_get_cell   (PhaenMonitoringView *self,
                                             PhaenProject        *project,
                                             const char          *property);

G_END_DECLS
