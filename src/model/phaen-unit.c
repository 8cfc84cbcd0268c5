/* phaen-unit.c: หน่วยงาน (responsible unit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-unit.h"

struct _PhaenUnit
{
  GObject parent_instance;

  char *id;
  char *name;
};

G_DEFINE_FINAL_TYPE (PhaenUnit, phaen_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_unit_finalize (GObject *object)
{
  PhaenUnit *self = (PhaenUnit *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (phaen_unit_parent_class)->finalize (object);
}

static void
phaen_unit_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PhaenUnit *self = PHAEN_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_unit_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PhaenUnit *self = PHAEN_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      phaen_unit_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      phaen_unit_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_unit_class_init (PhaenUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_unit_finalize;
  object_class->get_property = phaen_unit_get_property;
  object_class->set_property = phaen_unit_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_unit_init (PhaenUnit *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
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

  return self->id;
}

void
phaen_unit_set_id (PhaenUnit  *self,
                   const char *id)
{
  g_return_if_fail (PHAEN_IS_UNIT (self));

  if (id == NULL)
    id = "";

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
phaen_unit_get_name (PhaenUnit *self)
{
  g_return_val_if_fail (PHAEN_IS_UNIT (self), NULL);

  return self->name;
}

void
phaen_unit_set_name (PhaenUnit  *self,
                     const char *name)
{
  g_return_if_fail (PHAEN_IS_UNIT (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}
