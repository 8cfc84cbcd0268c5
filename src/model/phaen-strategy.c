/* phaen-strategy.c: ยุทธศาสตร์ (strategy)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-strategy.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenStrategy
{
  PhaenItem parent_instance;
};

G_DEFINE_FINAL_TYPE (PhaenStrategy, phaen_strategy, PHAEN_TYPE_ITEM)

PHAEN_ITEM_DEFINE_ACCESSORS (PhaenStrategy, phaen_strategy, PHAEN_IS_STRATEGY)

static void
phaen_strategy_class_init (PhaenStrategyClass *klass)
{
}

static void
phaen_strategy_init (PhaenStrategy *self)
{
}

PhaenStrategy *
phaen_strategy_new (const char *id,
                    const char *name)
{
  return g_object_new (PHAEN_TYPE_STRATEGY,
                       "id", id ? id : "",
                       "name", name ? name : "",
                       NULL);
}
