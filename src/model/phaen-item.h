/* phaen-item.h: base of everything a plan lists (strategy, approach,
 * program, unit, project): an entry with a stable "id" and a "name"
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

/* The typed "id" and "name" accessors of a derived type, for its header
 * and its .c (phaen_strategy_get_id () and so on): one definition for
 * every kind of entry. */
#define PHAEN_ITEM_DECLARE_ACCESSORS(TypeName, type_name)                    \
  const char *type_name##_get_id   (TypeName   *self);                       \
  void        type_name##_set_id   (TypeName   *self,                        \
                                    const char *id);                         \
  const char *type_name##_get_name (TypeName   *self);                       \
  void        type_name##_set_name (TypeName   *self,                        \
                                    const char *name);

#define PHAEN_ITEM_DEFINE_ACCESSORS(TypeName, type_name, TYPE_CHECK)         \
  const char *                                                               \
  type_name##_get_id (TypeName *self)                                        \
  {                                                                          \
    g_return_val_if_fail (TYPE_CHECK (self), NULL);                          \
    return phaen_item_get_id (PHAEN_ITEM (self));                            \
  }                                                                          \
  void                                                                       \
  type_name##_set_id (TypeName   *self,                                      \
                      const char *id)                                        \
  {                                                                          \
    g_return_if_fail (TYPE_CHECK (self));                                    \
    phaen_item_set_id (PHAEN_ITEM (self), id);                               \
  }                                                                          \
  const char *                                                               \
  type_name##_get_name (TypeName *self)                                      \
  {                                                                          \
    g_return_val_if_fail (TYPE_CHECK (self), NULL);                          \
    return phaen_item_get_name (PHAEN_ITEM (self));                          \
  }                                                                          \
  void                                                                       \
  type_name##_set_name (TypeName   *self,                                    \
                        const char *name)                                    \
  {                                                                          \
    g_return_if_fail (TYPE_CHECK (self));                                    \
    phaen_item_set_name (PHAEN_ITEM (self), name);                           \
  }

G_END_DECLS
