/* phaen-strategy.h: ยุทธศาสตร์ (strategy), numbered by its position in the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "phaen-item.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_STRATEGY (phaen_strategy_get_type ())

G_DECLARE_FINAL_TYPE (PhaenStrategy, phaen_strategy, PHAEN, STRATEGY, PhaenItem)

/* Properties (from PhaenItem): "id" (string, stable within a file), "name" (string) */
PhaenStrategy *phaen_strategy_new      (const char *id,
                                    const char *name);
PHAEN_ITEM_DECLARE_ACCESSORS (PhaenStrategy, phaen_strategy)

G_END_DECLS
