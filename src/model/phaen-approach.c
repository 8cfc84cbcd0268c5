/* phaen-approach.c: แนวทางการพัฒนา (development approach)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-approach.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenApproach
{
  PhaenItem parent_instance;

  PhaenStrategy *strategy;
};

G_DEFINE_FINAL_TYPE (PhaenApproach, phaen_approach, PHAEN_TYPE_ITEM)

PHAEN_ITEM_DEFINE_ACCESSORS (PhaenApproach, phaen_approach, PHAEN_IS_APPROACH)

enum {
  PROP_0,
  PROP_STRATEGY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_approach_dispose (GObject *object)
{
  PhaenApproach *self = (PhaenApproach *)object;

  g_clear_object (&self->strategy);

  G_OBJECT_CLASS (phaen_approach_parent_class)->dispose (object);
}

static void
phaen_approach_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhaenApproach *self = PHAEN_APPROACH (object);

  switch (prop_id)
    {
    case PROP_STRATEGY:
      g_value_set_object (value, self->strategy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_approach_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhaenApproach *self = PHAEN_APPROACH (object);

  switch (prop_id)
    {
    case PROP_STRATEGY:
      phaen_approach_set_strategy (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_approach_class_init (PhaenApproachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phaen_approach_dispose;
  object_class->get_property = phaen_approach_get_property;
  object_class->set_property = phaen_approach_set_property;

  properties[PROP_STRATEGY] =
    g_param_spec_object ("strategy", NULL, NULL, PHAEN_TYPE_STRATEGY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_approach_init (PhaenApproach *self)
{
}

PhaenApproach *
phaen_approach_new (const char    *id,
                    const char    *name,
                    PhaenStrategy *strategy)
{
  g_return_val_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy), NULL);

  return g_object_new (PHAEN_TYPE_APPROACH,
                       "id", id ? id : "",
                       "name", name ? name : "",
                       "strategy", strategy,
                       NULL);
}

PhaenStrategy *
phaen_approach_get_strategy (PhaenApproach *self)
{
  g_return_val_if_fail (PHAEN_IS_APPROACH (self), NULL);

  return self->strategy;
}

void
phaen_approach_set_strategy (PhaenApproach *self,
                             PhaenStrategy *strategy)
{
  g_return_if_fail (PHAEN_IS_APPROACH (self));
  g_return_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy));

  if (g_set_object (&self->strategy, strategy))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY]);
}
