/* phaen-outline-node.h: one row of the plan's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  PHAEN_OUTLINE_STRATEGY,
  PHAEN_OUTLINE_APPROACH,
  PHAEN_OUTLINE_PROGRAM,
  PHAEN_OUTLINE_PROJECT,   /* a project or an equipment item */
} PhaenOutlineKind;

#define PHAEN_TYPE_OUTLINE_KIND (phaen_outline_kind_get_type ())
GType phaen_outline_kind_get_type (void) G_GNUC_CONST;

#define PHAEN_TYPE_OUTLINE_NODE (phaen_outline_node_get_type ())

G_DECLARE_FINAL_TYPE (PhaenOutlineNode, phaen_outline_node, PHAEN, OUTLINE_NODE, GObject)

/* Read-only properties, notified only when they change:
 *   "kind"        PhaenOutlineKind
 *   "item"        GObject: the PhaenStrategy, PhaenApproach, PhaenProgram
 *                 or PhaenProject; NULL for the group of projects whose
 *                 strategy or program is not chosen yet
 *   "label"       string: the item's name, or "No strategy" / "No
 *                 program" (in the user's language) for those groups
 *   "number"      string: "1" for the first strategy, "1.2" for the
 *                 second group under it, "1.2.1" under an approach; for a
 *                 project its place in its program ("3"); "" for the groups
 *                 of what is not chosen yet and the groups under them
 *   "n-projects"  guint: projects and equipment items under the row (1 for
 *                 a project)
 *   "budget"      gint64 satang: their budgets added up
 * Nodes are made by PhaenOutline; a project keeps its node (the same
 * object) when it moves to another group. */
PhaenOutlineKind  phaen_outline_node_get_kind       (PhaenOutlineNode *self);
GObject          *phaen_outline_node_get_item       (PhaenOutlineNode *self);
const char       *phaen_outline_node_get_label      (PhaenOutlineNode *self);
const char       *phaen_outline_node_get_number     (PhaenOutlineNode *self);
guint             phaen_outline_node_get_n_projects (PhaenOutlineNode *self);
gint64            phaen_outline_node_get_budget     (PhaenOutlineNode *self);
/* The rows under this one (a GListModel of PhaenOutlineNode whose
 * items-changed name exactly what changed), or NULL for a project. For
 * GtkTreeListModel's create function: return a new reference to it. */
GListModel       *phaen_outline_node_get_children   (PhaenOutlineNode *self);
/* The row above, or NULL for a strategy row (and for a node no longer in
 * the outline). */
PhaenOutlineNode *phaen_outline_node_get_parent     (PhaenOutlineNode *self);

G_END_DECLS
