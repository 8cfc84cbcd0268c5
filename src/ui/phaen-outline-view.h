/* phaen-outline-view.h: the plan's outline — strategies, approaches,
 * programs, projects — with search, filters and the edits of its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_OUTLINE_VIEW (phaen_outline_view_get_type ())

G_DECLARE_FINAL_TYPE (PhaenOutlineView, phaen_outline_view, PHAEN, OUTLINE_VIEW, GtkWidget)

/* Property "selected-item" (GObject, read-only): the strategy, approach,
 * program or project of the selected row, or NULL.
 * Signal "message" (const char *): something to tell the user (an edit
 * that was refused), for the window's toast.
 * Signal "row-activated": Enter on a row (the form should take focus). */
GtkWidget  *phaen_outline_view_new               (void);
void        phaen_outline_view_set_plan          (PhaenOutlineView *self,
                                                  PhaenPlan        *plan);
GObject    *phaen_outline_view_get_selected_item (PhaenOutlineView *self);
/* Selects and shows the row of @item (clearing search and filters when
 * they hide it). FALSE when the outline has no row for it. */
gboolean    phaen_outline_view_select_item       (PhaenOutlineView *self,
                                                  gpointer          item);
/* The row list (for keyboard focus). */
void        phaen_outline_view_unselect          (PhaenOutlineView *self);
void        phaen_outline_view_focus_list        (PhaenOutlineView *self);
void        phaen_outline_view_focus_search      (PhaenOutlineView *self);
/* The search text and filters as a test of PhaenProject items, for the
 * views that show the same projects (the timeline): it passes the
 * projects whose rows the outline shows, and emits "changed" whenever
 * the search or a filter changes. Owned by the view. */
GtkFilter  *phaen_outline_view_get_project_filter (PhaenOutlineView *self);
/* The number of rows shown (after search and filters). */
guint       phaen_outline_view_get_n_rows        (PhaenOutlineView *self);

/* Edits, each one undo step; they act on the selected row. */
void        phaen_outline_view_add_project       (PhaenOutlineView *self);
void        phaen_outline_view_add_strategy      (PhaenOutlineView *self);
void        phaen_outline_view_duplicate         (PhaenOutlineView *self);
void        phaen_outline_view_delete            (PhaenOutlineView *self);
void        phaen_outline_view_move              (PhaenOutlineView *self,
                                                  int               direction);
/* Asks where to move the selected project (strategy, approach, program). */
void        phaen_outline_view_move_to           (PhaenOutlineView *self);
/* Moves @project under @strategy / @approach / @program, before @before
 * (NULL: after the group's last project); one undo step. */
void        phaen_outline_view_move_project      (PhaenOutlineView *self,
                                                  PhaenProject     *project,
                                                  PhaenStrategy    *strategy,
                                                  PhaenApproach    *approach,
                                                  PhaenProgram     *program,
                                                  PhaenProject     *before);

/* Search text and filters (for tests and the window). */
void        phaen_outline_view_set_search        (PhaenOutlineView *self,
                                                  const char       *text);

G_END_DECLS
