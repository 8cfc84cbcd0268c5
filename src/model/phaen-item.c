/* phaen-item.c: base of everything a plan lists, holding "id" and "name"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-item.h"
#include "phaen-properties.h"

typedef struct
{
  char *id;
  char *name;
} PhaenItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PhaenItem, phaen_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores a copy of @value ("" for NULL) in @field and notifies @prop_id,
 * unless the text is unchanged. */
static void
phaen_item_set_text (PhaenItem   *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  if (phaen_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
phaen_item_finalize (GObject *object)
{
  PhaenItem *self = (PhaenItem *)object;
  PhaenItemPrivate *priv = phaen_item_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->name, g_free);

  G_OBJECT_CLASS (phaen_item_parent_class)->finalize (object);
}

static void
phaen_item_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PhaenItem *self = PHAEN_ITEM (object);
  PhaenItemPrivate *priv = phaen_item_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, priv->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_item_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PhaenItem *self = PHAEN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      phaen_item_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      phaen_item_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
id_of (gpointer object)
{
  return phaen_item_get_id (object);
}

static void
phaen_item_class_init (PhaenItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_item_finalize;
  object_class->get_property = phaen_item_get_property;
  object_class->set_property = phaen_item_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  phaen_properties_set_id_getter (PHAEN_TYPE_ITEM, id_of);
}

static void
phaen_item_init (PhaenItem *self)
{
  PhaenItemPrivate *priv = phaen_item_get_instance_private (self);

  priv->id = g_strdup ("");
  priv->name = g_strdup ("");
}

const char *
phaen_item_get_id (PhaenItem *self)
{
  PhaenItemPrivate *priv;

  g_return_val_if_fail (PHAEN_IS_ITEM (self), NULL);

  priv = phaen_item_get_instance_private (self);
  return priv->id;
}

void
phaen_item_set_id (PhaenItem  *self,
                   const char *id)
{
  PhaenItemPrivate *priv;

  g_return_if_fail (PHAEN_IS_ITEM (self));

  priv = phaen_item_get_instance_private (self);
  phaen_item_set_text (self, &priv->id, id, PROP_ID);
}

const char *
phaen_item_get_name (PhaenItem *self)
{
  PhaenItemPrivate *priv;

  g_return_val_if_fail (PHAEN_IS_ITEM (self), NULL);

  priv = phaen_item_get_instance_private (self);
  return priv->name;
}

void
phaen_item_set_name (PhaenItem  *self,
                     const char *name)
{
  PhaenItemPrivate *priv;

  g_return_if_fail (PHAEN_IS_ITEM (self));

  priv = phaen_item_get_instance_private (self);
  phaen_item_set_text (self, &priv->name, name, PROP_NAME);
}
