/* phaen-unit.c: หน่วยงาน (responsible unit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-unit.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenUnit
{
  PhaenItem parent_instance;
};

G_DEFINE_FINAL_TYPE (PhaenUnit, phaen_unit, PHAEN_TYPE_ITEM)

PHAEN_ITEM_DEFINE_ACCESSORS (PhaenUnit, phaen_unit, PHAEN_IS_UNIT)

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
