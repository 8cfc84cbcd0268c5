/* phaen-unit.c: หน่วยงาน (responsible unit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-unit.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenUnit
{
  PhaenItem parent_instance;
};

G_DEFINE_FINAL_TYPE (PhaenUnit, phaen_unit, PHAEN_TYPE_ITEM)

static void
phaen_unit_class_init (PhaenUnitClass *klass)
{
}

static void
phaen_unit_init (PhaenUnit *self)
{
}

PhaenUnit *
phaen_unit_new (const char *id,
                const char *name)
{
  return g_object_new (PHAEN_TYPE_UNIT,
                       "id", id ? id : "",
                       "name", name ? name : "",
                       NULL);
}

const char *
phaen_unit_get_id (PhaenUnit *self)
{
  g_return_val_if_fail (PHAEN_IS_UNIT (self), NULL);

  return phaen_item_get_id (PHAEN_ITEM (self));
}

void
phaen_unit_set_id (PhaenUnit  *self,
                   const char *id)
{
  g_return_if_fail (PHAEN_IS_UNIT (self));

  phaen_item_set_id (PHAEN_ITEM (self), id);
}

const char *
phaen_unit_get_name (PhaenUnit *self)
{
  g_return_val_if_fail (PHAEN_IS_UNIT (self), NULL);

  return phaen_item_get_name (PHAEN_ITEM (self));
}

void
phaen_unit_set_name (PhaenUnit  *self,
                     const char *name)
{
  g_return_if_fail (PHAEN_IS_UNIT (self));

  phaen_item_set_name (PHAEN_ITEM (self), name);
}
