/* phaen-strategy.c: ยุทธศาสตร์ (strategy)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-strategy.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenStrategy
{
  PhaenItem parent_instance;
};

G_DEFINE_FINAL_TYPE (PhaenStrategy, phaen_strategy, PHAEN_TYPE_ITEM)

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

const char *
phaen_strategy_get_id (PhaenStrategy *self)
{
  g_return_val_if_fail (PHAEN_IS_STRATEGY (self), NULL);

  return phaen_item_get_id (PHAEN_ITEM (self));
}

void
phaen_strategy_set_id (PhaenStrategy *self,
                       const char   *id)
{
  g_return_if_fail (PHAEN_IS_STRATEGY (self));

  phaen_item_set_id (PHAEN_ITEM (self), id);
}

const char *
phaen_strategy_get_name (PhaenStrategy *self)
{
  g_return_val_if_fail (PHAEN_IS_STRATEGY (self), NULL);

  return phaen_item_get_name (PHAEN_ITEM (self));
}

void
phaen_strategy_set_name (PhaenStrategy *self,
                         const char   *name)
{
  g_return_if_fail (PHAEN_IS_STRATEGY (self));

  phaen_item_set_name (PHAEN_ITEM (self), name);
}
