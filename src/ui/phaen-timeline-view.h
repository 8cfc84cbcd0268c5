/* phaen-timeline-view.h: the fiscal-year timeline as an editable widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/phaen-plan.h"
#include "render/phaen-timeline-layout.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_TIMELINE_VIEW (phaen_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (PhaenTimelineView, phaen_timeline_view, PHAEN, TIMELINE_VIEW, GtkWidget)

/*
 * A GtkScrollable: put it in a GtkScrolledWindow. The header (BE years,
 * quarters, months), the load row and the left pane stay in place while
 * the months and rows scroll under them.
 *
 * Properties:
 *   "plan"              PhaenPlan*     the plan shown and edited
 *   "selected-project"  PhaenProject*  the highlighted row, NULL for none;
 *                                      set it to follow the outline, listen
 *                                      to its notify to lead it
 *   "filter"            GtkFilter*     matched against PhaenProject items;
 *                                      NULL shows every project
 *   "group-by"          PhaenTimelineGroupBy
 *   "load-filtered"     boolean        the load row counts the shown
 *                                      projects (default) or the whole plan
 *   "zoom"              double         month width relative to the
 *                                      default, 0.25 … 6 (the GSettings key
 *                                      timeline-zoom binds to it; setting
 *                                      it turns "fit" off)
 *   "fit"               boolean        the zoom follows the width so that
 *                                      the twelve months fill it (default);
 *                                      zooming in or out turns it off
 *   "cursor-month"      int            the month cursor, 0 (ต.ค.) … 11 (ก.ย.)
 *   "focus-description" string         the focused row and month in words,
 *                                      also the accessible description
 *
 * Signal "project-activated" (PhaenProject *project): a double click on a
 * project's row, or Enter.
 *
 * Actions: "timeline.zoom-in" (Ctrl+plus), "timeline.zoom-out"
 * (Ctrl+minus), "timeline.zoom-fit" (Ctrl+0); Ctrl+scroll zooms around the
 * pointer.
 *
 * Editing (each change of a project's months is one undo step, through
 * phaen_plan_edit_set_uint (plan, project, "schedule", mask)):
 *   mouse: drag a bar to move it, drag an end to resize it, click or drag
 *          over empty months to add them; the changed months show while
 *          dragging, Escape cancels;
 *   keys:  Up/Down select the row, Left/Right move the month cursor,
 *          Space toggles its month, Shift+Left/Right extend the run,
 *          Home/End jump to ต.ค./ก.ย. (with Shift: extend to them; with
 *          Ctrl: the first/last project), Page Up/Down, Enter activates.
 */
GtkWidget           *phaen_timeline_view_new                  (void);

PhaenPlan           *phaen_timeline_view_get_plan             (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_plan             (PhaenTimelineView    *self,
                                                               PhaenPlan            *plan);
PhaenProject        *phaen_timeline_view_get_selected_project (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_selected_project (PhaenTimelineView    *self,
                                                               PhaenProject         *project);
GtkFilter           *phaen_timeline_view_get_filter           (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_filter           (PhaenTimelineView    *self,
                                                               GtkFilter            *filter);
PhaenTimelineGroupBy phaen_timeline_view_get_group_by         (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_group_by         (PhaenTimelineView    *self,
                                                               PhaenTimelineGroupBy  group_by);
gboolean             phaen_timeline_view_get_load_filtered    (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_load_filtered    (PhaenTimelineView    *self,
                                                               gboolean              load_filtered);
double               phaen_timeline_view_get_zoom             (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_zoom             (PhaenTimelineView    *self,
                                                               double                zoom);
gboolean             phaen_timeline_view_get_fit              (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_fit              (PhaenTimelineView    *self,
                                                               gboolean              fit);
int                  phaen_timeline_view_get_cursor_month     (PhaenTimelineView    *self);
void                 phaen_timeline_view_set_cursor_month     (PhaenTimelineView    *self,
                                                               int                   month);
const char          *phaen_timeline_view_get_focus_description (PhaenTimelineView   *self);

/* What the tooltip at (@x, @y) says (project, months in full with BE
 * years, budget, unit; a month's load), or NULL. */
char                *phaen_timeline_view_get_tooltip_text_at  (PhaenTimelineView    *self,
                                                               double                x,
                                                               double                y);
/* The frame of the viewport as the view paints it now (NULL without a
 * plan): the geometry its hit tests use. Free with phaen_timeline_frame_free(). */
PhaenTimelineFrame  *phaen_timeline_view_get_frame            (PhaenTimelineView    *self);
/* The layout behind the view (NULL without a plan), for its rows. */
PhaenTimelineLayout *phaen_timeline_view_get_layout           (PhaenTimelineView    *self);

G_END_DECLS
