/* phaen-item.h: base of the plan's catalogue entries (strategy, approach,
 * program, unit): an entry with a stable "id" and a display "name"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_ITEM (phaen_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (PhaenItem, phaen_item, PHAEN, ITEM, GObject)

struct _PhaenItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

/* Properties: "id" (string, stable within a file), "name" (string); both
 * default to "" and read back "" after being set to NULL. Abstract: create
 * one of the derived types. */
const char *phaen_item_get_id   (PhaenItem  *self);
void        phaen_item_set_id   (PhaenItem  *self,
                                 const char *id);
const char *phaen_item_get_name (PhaenItem  *self);
void        phaen_item_set_name (PhaenItem  *self,
                                 const char *name);

G_END_DECLS
