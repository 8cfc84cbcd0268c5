/* phaen-outline.h: the plan as a tree, for the app's outline view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "phaen-outline-node.h"
#include "phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_OUTLINE (phaen_outline_get_type ())

G_DECLARE_FINAL_TYPE (PhaenOutline, phaen_outline, PHAEN, OUTLINE, GObject)

/*
 * A GListModel of PhaenOutlineNode: the plan's strategies in order, then,
 * when some project has no strategy (of the plan) yet, a row for those.
 * Under a strategy: an approach row for each of its approaches that a
 * project uses (in the plan's order), then a program row for each program
 * that a project without approach uses (catalogue order), then a row for
 * projects without program; under an approach: its projects' programs the
 * same way; under a program: its projects and equipment items in plan
 * order. Strategies stay listed without projects; approaches and programs
 * only while a project uses them.
 *
 * It follows the plan: every list emits "items-changed" for exactly the
 * rows that changed, once per list per step of the plan's history (an
 * edit, the phaen_plan_edit_end() of several, an undo or a redo), before
 * the plan's "changed" is emitted; changes made outside the edit API
 * (build API) are followed at once. A project moved to another group
 * keeps its node, so a selection can follow it. Labels follow renames;
 * numbers and totals follow moves and amounts, notified only on change.
 */
PhaenOutline     *phaen_outline_new          (PhaenPlan    *plan);
PhaenPlan        *phaen_outline_get_plan     (PhaenOutline *self);
/* The node of @project, or NULL when it is not in the plan (borrowed). */
PhaenOutlineNode *phaen_outline_find_project (PhaenOutline *self,
                                              PhaenProject *project);

G_END_DECLS
