/* phaen-ui-outline.h: TEMPORARY stand-in for core's PhaenOutline
 * (CONTRACTS.md: phaen_outline_new, PhaenOutlineNode). Same shape, built
 * in the UI until the core's model lands on main; then this file goes and
 * the outline view uses the core's type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_UI_NODE_STRATEGY,
  PHAEN_UI_NODE_APPROACH,
  PHAEN_UI_NODE_PROGRAM,
  PHAEN_UI_NODE_PROJECT,
} PhaenUiNodeKind;

#define PHAEN_TYPE_UI_OUTLINE_NODE (phaen_ui_outline_node_get_type ())

G_DECLARE_FINAL_TYPE (PhaenUiOutlineNode, phaen_ui_outline_node, PHAEN, UI_OUTLINE_NODE, GObject)

/* Properties (read-only): "kind" (PhaenUiNodeKind as uint), "item" (the
 * model object; NULL for the "not filed" groups of an unfinished plan),
 * "label", "number" ("1", "1.2", "3"), "n-projects", "budget" (satang;
 * live totals of group rows). */
PhaenUiNodeKind  phaen_ui_outline_node_get_kind       (PhaenUiOutlineNode *self);
gpointer         phaen_ui_outline_node_get_item       (PhaenUiOutlineNode *self);
const char      *phaen_ui_outline_node_get_label      (PhaenUiOutlineNode *self);
const char      *phaen_ui_outline_node_get_number     (PhaenUiOutlineNode *self);
guint            phaen_ui_outline_node_get_n_projects (PhaenUiOutlineNode *self);
gint64           phaen_ui_outline_node_get_budget     (PhaenUiOutlineNode *self);
/* The child nodes (NULL for a project). */
GListModel      *phaen_ui_outline_node_get_children   (PhaenUiOutlineNode *self);
/* The strategy (and approach, program) the node sits under; NULL when
 * none. */
PhaenStrategy   *phaen_ui_outline_node_get_strategy   (PhaenUiOutlineNode *self);
PhaenApproach   *phaen_ui_outline_node_get_approach   (PhaenUiOutlineNode *self);
PhaenProgram    *phaen_ui_outline_node_get_program    (PhaenUiOutlineNode *self);

/* A GListModel of strategy nodes that follows the plan: every list is
 * updated by the smallest splice, so rows keep their expansion. */
GListModel      *phaen_ui_outline_new                 (PhaenPlan *plan);
/* Brings the outline up to date now (it otherwise follows "changed" at
 * once; tests and benchmarks call it to be sure). */
void             phaen_ui_outline_sync                (GListModel *outline);

G_END_DECLS
