/* phaen-problem.c: one thing that keeps a plan from being complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-problem.h"

struct _PhaenProblem
{
  GObject           parent_instance;

  PhaenProblemKind  kind;
  GObject          *object;
  char             *property;
  char             *message;
};

G_DEFINE_ENUM_TYPE (PhaenProblemKind, phaen_problem_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_PROBLEM_INCOMPLETE, "incomplete"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROBLEM_INVALID, "invalid"))

G_DEFINE_FINAL_TYPE (PhaenProblem, phaen_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_OBJECT,
  PROP_PROPERTY,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_problem_finalize (GObject *object)
{
  PhaenProblem *self = (PhaenProblem *)object;

  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (phaen_problem_parent_class)->finalize (object);
}

static void
phaen_problem_get_gproperty (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhaenProblem *self = PHAEN_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_PROPERTY:
      g_value_set_string (value, self->property);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_problem_set_gproperty (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhaenProblem *self = PHAEN_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_OBJECT:
      self->object = g_value_dup_object (value);
      break;

    case PROP_PROPERTY:
      self->property = g_value_dup_string (value);
      break;

    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_problem_class_init (PhaenProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = phaen_problem_finalize;
  object_class->get_property = phaen_problem_get_gproperty;
  object_class->set_property = phaen_problem_set_gproperty;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PHAEN_TYPE_PROBLEM_KIND, PHAEN_PROBLEM_INCOMPLETE, flags);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT, flags);
  properties[PROP_PROPERTY] =
    g_param_spec_string ("property", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_problem_init (PhaenProblem *self)
{
}

PhaenProblem *
phaen_problem_new (PhaenProblemKind  kind,
                   gpointer          object,
                   const char       *property,
                   const char       *message)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (PHAEN_TYPE_PROBLEM,
                       "kind", kind,
                       "object", object,
                       "property", property,
                       "message", message,
                       NULL);
}

PhaenProblemKind
phaen_problem_get_kind (PhaenProblem *self)
{
  g_return_val_if_fail (PHAEN_IS_PROBLEM (self), PHAEN_PROBLEM_INVALID);

  return self->kind;
}

GObject *
phaen_problem_get_object (PhaenProblem *self)
{
  g_return_val_if_fail (PHAEN_IS_PROBLEM (self), NULL);

  return self->object;
}

const char *
phaen_problem_get_property (PhaenProblem *self)
{
  g_return_val_if_fail (PHAEN_IS_PROBLEM (self), NULL);

  return self->property;
}

const char *
phaen_problem_get_message (PhaenProblem *self)
{
  g_return_val_if_fail (PHAEN_IS_PROBLEM (self), NULL);

  return self->message;
}
