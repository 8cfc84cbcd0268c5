/* phaen-outline-node-private.h: what PhaenOutline does to its nodes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-outline-node.h"

G_BEGIN_DECLS

PhaenOutlineNode *_phaen_outline_node_new          (PhaenOutlineKind  kind,
                                                    GObject          *item);
/* The children as a store (NULL for a project). */
GListStore       *_phaen_outline_node_get_store    (PhaenOutlineNode *self);
/* Each setter notifies only a change. */
void              _phaen_outline_node_set_label      (PhaenOutlineNode *self,
                                                      const char       *label);
void              _phaen_outline_node_set_number     (PhaenOutlineNode *self,
                                                      const char       *number);
void              _phaen_outline_node_set_totals     (PhaenOutlineNode *self,
                                                      guint             n_projects,
                                                      gint64            budget);
void              _phaen_outline_node_set_parent     (PhaenOutlineNode *self,
                                                      PhaenOutlineNode *parent);

G_END_DECLS
