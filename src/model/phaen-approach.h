/* phaen-approach.h: แนวทางการพัฒนา (development approach) within a strategy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "phaen-item.h"
#include "phaen-strategy.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_APPROACH (phaen_approach_get_type ())

G_DECLARE_FINAL_TYPE (PhaenApproach, phaen_approach, PHAEN, APPROACH, PhaenItem)

/* Properties: "id", "name" (from PhaenItem), "strategy" (PhaenStrategy, the owner) */
PhaenApproach *phaen_approach_new          (const char    *id,
                                            const char    *name,
                                            PhaenStrategy *strategy);
PHAEN_ITEM_DECLARE_ACCESSORS (PhaenApproach, phaen_approach)
PhaenStrategy *phaen_approach_get_strategy (PhaenApproach *self);
void           phaen_approach_set_strategy (PhaenApproach *self,
                                            PhaenStrategy *strategy);

G_END_DECLS
