/* phaen-unit.h: หน่วยงาน (responsible unit), one entry of the plan's ordered unit catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "phaen-item.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_UNIT (phaen_unit_get_type ())

G_DECLARE_FINAL_TYPE (PhaenUnit, phaen_unit, PHAEN, UNIT, PhaenItem)

/* Properties (from PhaenItem): "id" (string, stable within a file), "name" (string) */
PhaenUnit *phaen_unit_new      (const char *id,
                            const char *name);
PHAEN_ITEM_DECLARE_ACCESSORS (PhaenUnit, phaen_unit)

G_END_DECLS
