/* phaen-project.c: one project/activity (โครงการ/กิจกรรม) or equipment item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-plan-private.h"
#include "phaen-project.h"

G_DEFINE_ENUM_TYPE (PhaenProjectKind, phaen_project_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_KIND_PROJECT, "project"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_KIND_EQUIPMENT, "equipment"))

G_DEFINE_ENUM_TYPE (PhaenProjectStatus, phaen_project_status,
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_NOT_STARTED, "not-started"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_CANCELLED, "cancelled"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_CARRIED_OVER, "carried-over"))

/* File keywords and Thai labels, indexed by the enum value. */
static const char * const kind_keywords[] = { "project", "equipment" };
static const char * const kind_labels[] = { "โครงการ", "ครุภัณฑ์" };
static const char * const status_keywords[] = {
  "not-started", "in-progress", "completed", "cancelled", "carried-over"
};
static const char * const status_labels[] = {
  "ยังไม่ได้ดำเนินการ",
  "อยู่ระหว่างดำเนินการ",
  "ดำเนินการแล้วเสร็จ",
  "ยกเลิก",
  "กันเงินไว้เบิกเหลื่อมปี",
};

const char *
phaen_project_kind_to_string (PhaenProjectKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_keywords), NULL);

  return kind_keywords[kind];
}

gboolean
phaen_project_kind_from_string (const char       *text,
                                PhaenProjectKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_keywords); i++)
    {
      if (strcmp (text, kind_keywords[i]) == 0)
        {
          *out = (PhaenProjectKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
phaen_project_kind_label (PhaenProjectKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_labels), NULL);

  return kind_labels[kind];
}

const char *
phaen_project_status_to_string (PhaenProjectStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_keywords), NULL);

  return status_keywords[status];
}

gboolean
phaen_project_status_from_string (const char         *text,
                                  PhaenProjectStatus *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (status_keywords); i++)
    {
      if (strcmp (text, status_keywords[i]) == 0)
        {
          *out = (PhaenProjectStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
phaen_project_status_label (PhaenProjectStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_labels), NULL);

  return status_labels[status];
}

struct _PhaenProject
{
  GObject parent_instance;

  char *id;
  PhaenProjectKind kind;
  char *name;
  char *activities;
  gint64 budget;               /* satang */
  char *location;
  PhaenStrategy *strategy;
  PhaenApproach *approach;
  PhaenProgram *program;
  PhaenUnit *unit;
  guint schedule;              /* 12-bit fiscal month mask */
  char *source;
  char *target;
  char *category;
  char *equipment_type;
  char *reference;
  PhaenProjectStatus status;
  gint64 contracted;           /* satang */
  gint64 disbursed;            /* satang */
  guint progress;              /* percent */
  guint actual_schedule;       /* 12-bit fiscal month mask */
  char *remarks;
};

G_DEFINE_FINAL_TYPE (PhaenProject, phaen_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_ACTIVITIES,
  PROP_BUDGET,
  PROP_LOCATION,
  PROP_STRATEGY,
  PROP_APPROACH,
  PROP_PROGRAM,
  PROP_UNIT,
  PROP_SCHEDULE,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_CATEGORY,
  PROP_EQUIPMENT_TYPE,
  PROP_REFERENCE,
  PROP_STATUS,
  PROP_CONTRACTED,
  PROP_DISBURSED,
  PROP_PROGRESS,
  PROP_ACTUAL_SCHEDULE,
  PROP_REMARKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_project_dispose (GObject *object)
{
  PhaenProject *self = (PhaenProject *)object;

  g_clear_object (&self->strategy);
  g_clear_object (&self->approach);
  g_clear_object (&self->program);
  g_clear_object (&self->unit);

  G_OBJECT_CLASS (phaen_project_parent_class)->dispose (object);
}

static void
phaen_project_finalize (GObject *object)
{
  PhaenProject *self = (PhaenProject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->activities, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->equipment_type, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->remarks, g_free);

  G_OBJECT_CLASS (phaen_project_parent_class)->finalize (object);
}

static void
phaen_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhaenProject *self = PHAEN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ACTIVITIES:
      g_value_set_string (value, self->activities);
      break;

    case PROP_BUDGET:
      g_value_set_int64 (value, self->budget);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_STRATEGY:
      g_value_set_object (value, self->strategy);
      break;

    case PROP_APPROACH:
      g_value_set_object (value, self->approach);
      break;

    case PROP_PROGRAM:
      g_value_set_object (value, self->program);
      break;

    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;

    case PROP_SCHEDULE:
      g_value_set_uint (value, self->schedule);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_EQUIPMENT_TYPE:
      g_value_set_string (value, self->equipment_type);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CONTRACTED:
      g_value_set_int64 (value, self->contracted);
      break;

    case PROP_DISBURSED:
      g_value_set_int64 (value, self->disbursed);
      break;

    case PROP_PROGRESS:
      g_value_set_uint (value, self->progress);
      break;

    case PROP_ACTUAL_SCHEDULE:
      g_value_set_uint (value, self->actual_schedule);
      break;

    case PROP_REMARKS:
      g_value_set_string (value, self->remarks);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_project_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhaenProject *self = PHAEN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      phaen_project_set_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      phaen_project_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      phaen_project_set_name (self, g_value_get_string (value));
      break;

    case PROP_ACTIVITIES:
      phaen_project_set_activities (self, g_value_get_string (value));
      break;

    case PROP_BUDGET:
      phaen_project_set_budget (self, g_value_get_int64 (value));
      break;

    case PROP_LOCATION:
      phaen_project_set_location (self, g_value_get_string (value));
      break;

    case PROP_STRATEGY:
      phaen_project_set_strategy (self, g_value_get_object (value));
      break;

    case PROP_APPROACH:
      phaen_project_set_approach (self, g_value_get_object (value));
      break;

    case PROP_PROGRAM:
      phaen_project_set_program (self, g_value_get_object (value));
      break;

    case PROP_UNIT:
      phaen_project_set_unit (self, g_value_get_object (value));
      break;

    case PROP_SCHEDULE:
      phaen_project_set_schedule (self, g_value_get_uint (value));
      break;

    case PROP_SOURCE:
      phaen_project_set_source (self, g_value_get_string (value));
      break;

    case PROP_TARGET:
      phaen_project_set_target (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      phaen_project_set_category (self, g_value_get_string (value));
      break;

    case PROP_EQUIPMENT_TYPE:
      phaen_project_set_equipment_type (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      phaen_project_set_reference (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      phaen_project_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CONTRACTED:
      phaen_project_set_contracted (self, g_value_get_int64 (value));
      break;

    case PROP_DISBURSED:
      phaen_project_set_disbursed (self, g_value_get_int64 (value));
      break;

    case PROP_PROGRESS:
      phaen_project_set_progress (self, g_value_get_uint (value));
      break;

    case PROP_ACTUAL_SCHEDULE:
      phaen_project_set_actual_schedule (self, g_value_get_uint (value));
      break;

    case PROP_REMARKS:
      phaen_project_set_remarks (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_project_class_init (PhaenProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = phaen_project_dispose;
  object_class->finalize = phaen_project_finalize;
  object_class->get_property = phaen_project_get_property;
  object_class->set_property = phaen_project_set_property;

  /* Ranges are deliberately wide: readers store what a file says and
   * phaen_plan_validate() reports what is out of range, naming the project. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PHAEN_TYPE_PROJECT_KIND, PHAEN_PROJECT_KIND_PROJECT, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ACTIVITIES] =
    g_param_spec_string ("activities", NULL, NULL, "", flags);
  properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_STRATEGY] =
    g_param_spec_object ("strategy", NULL, NULL,
                         PHAEN_TYPE_STRATEGY, flags);
  properties[PROP_APPROACH] =
    g_param_spec_object ("approach", NULL, NULL,
                         PHAEN_TYPE_APPROACH, flags);
  properties[PROP_PROGRAM] =
    g_param_spec_object ("program", NULL, NULL,
                         PHAEN_TYPE_PROGRAM, flags);
  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL,
                         PHAEN_TYPE_UNIT, flags);
  properties[PROP_SCHEDULE] =
    g_param_spec_uint ("schedule", NULL, NULL,
                       0, G_MAXUINT, 0, flags);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "", flags);
  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL, "", flags);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "", flags);
  properties[PROP_EQUIPMENT_TYPE] =
    g_param_spec_string ("equipment-type", NULL, NULL, "", flags);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PHAEN_TYPE_PROJECT_STATUS, PHAEN_PROJECT_STATUS_NOT_STARTED, flags);
  properties[PROP_CONTRACTED] =
    g_param_spec_int64 ("contracted", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DISBURSED] =
    g_param_spec_int64 ("disbursed", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PROGRESS] =
    g_param_spec_uint ("progress", NULL, NULL,
                       0, G_MAXUINT, 0, flags);
  properties[PROP_ACTUAL_SCHEDULE] =
    g_param_spec_uint ("actual-schedule", NULL, NULL,
                       0, G_MAXUINT, 0, flags);
  properties[PROP_REMARKS] =
    g_param_spec_string ("remarks", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_project_init (PhaenProject *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->activities = g_strdup ("");
  self->location = g_strdup ("");
  self->source = g_strdup ("");
  self->target = g_strdup ("");
  self->category = g_strdup ("");
  self->equipment_type = g_strdup ("");
  self->reference = g_strdup ("");
  self->remarks = g_strdup ("");
}

PhaenProject *
phaen_project_new (void)
{
  return g_object_new (PHAEN_TYPE_PROJECT, NULL);
}

PhaenProject *
phaen_project_copy (PhaenProject *self)
{
  PhaenProject *copy;

  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  copy = phaen_project_new ();
  _phaen_object_copy_properties (G_OBJECT (self), G_OBJECT (copy));

  return copy;
}

gboolean
phaen_project_equal (PhaenProject *a,
                     PhaenProject *b)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (a), FALSE);
  g_return_val_if_fail (PHAEN_IS_PROJECT (b), FALSE);

  return _phaen_object_properties_equal (G_OBJECT (a), G_OBJECT (b), NULL);
}

const char *
phaen_project_get_id (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->id;
}

void
phaen_project_set_id (PhaenProject *self,
                      const char   *id)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (id == NULL)
    id = "";

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

PhaenProjectKind
phaen_project_get_kind (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->kind;
}

void
phaen_project_set_kind (PhaenProject *self,
                        PhaenProjectKind kind)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
phaen_project_get_name (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->name;
}

void
phaen_project_set_name (PhaenProject *self,
                        const char   *name)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
phaen_project_get_activities (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->activities;
}

void
phaen_project_set_activities (PhaenProject *self,
                              const char   *activities)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (activities == NULL)
    activities = "";

  if (g_strcmp0 (self->activities, activities) == 0)
    return;

  g_free (self->activities);
  self->activities = g_strdup (activities);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITIES]);
}

gint64
phaen_project_get_budget (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->budget;
}

void
phaen_project_set_budget (PhaenProject *self,
                          gint64       satang)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->budget == satang)
    return;

  self->budget = satang;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET]);
}

const char *
phaen_project_get_location (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->location;
}

void
phaen_project_set_location (PhaenProject *self,
                            const char   *location)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (location == NULL)
    location = "";

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

PhaenStrategy *
phaen_project_get_strategy (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->strategy;
}

void
phaen_project_set_strategy (PhaenProject *self,
                            PhaenStrategy *strategy)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));
  g_return_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy));

  if (g_set_object (&self->strategy, strategy))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY]);
}

PhaenApproach *
phaen_project_get_approach (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->approach;
}

void
phaen_project_set_approach (PhaenProject *self,
                            PhaenApproach *approach)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));
  g_return_if_fail (approach == NULL || PHAEN_IS_APPROACH (approach));

  if (g_set_object (&self->approach, approach))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROACH]);
}

PhaenProgram *
phaen_project_get_program (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->program;
}

void
phaen_project_set_program (PhaenProject *self,
                           PhaenProgram *program)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));
  g_return_if_fail (program == NULL || PHAEN_IS_PROGRAM (program));

  if (g_set_object (&self->program, program))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAM]);
}

PhaenUnit *
phaen_project_get_unit (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->unit;
}

void
phaen_project_set_unit (PhaenProject *self,
                        PhaenUnit    *unit)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));
  g_return_if_fail (unit == NULL || PHAEN_IS_UNIT (unit));

  if (g_set_object (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

guint
phaen_project_get_schedule (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->schedule;
}

void
phaen_project_set_schedule (PhaenProject *self,
                            guint        mask)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->schedule == mask)
    return;

  self->schedule = mask;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

const char *
phaen_project_get_source (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->source;
}

void
phaen_project_set_source (PhaenProject *self,
                          const char   *source)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (source == NULL)
    source = "";

  if (g_strcmp0 (self->source, source) == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
phaen_project_get_target (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->target;
}

void
phaen_project_set_target (PhaenProject *self,
                          const char   *target)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (target == NULL)
    target = "";

  if (g_strcmp0 (self->target, target) == 0)
    return;

  g_free (self->target);
  self->target = g_strdup (target);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

const char *
phaen_project_get_category (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->category;
}

void
phaen_project_set_category (PhaenProject *self,
                            const char   *category)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (category == NULL)
    category = "";

  if (g_strcmp0 (self->category, category) == 0)
    return;

  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
phaen_project_get_equipment_type (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->equipment_type;
}

void
phaen_project_set_equipment_type (PhaenProject *self,
                                  const char   *type)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (type == NULL)
    type = "";

  if (g_strcmp0 (self->equipment_type, type) == 0)
    return;

  g_free (self->equipment_type);
  self->equipment_type = g_strdup (type);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT_TYPE]);
}

const char *
phaen_project_get_reference (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->reference;
}

void
phaen_project_set_reference (PhaenProject *self,
                             const char   *reference)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (reference == NULL)
    reference = "";

  if (g_strcmp0 (self->reference, reference) == 0)
    return;

  g_free (self->reference);
  self->reference = g_strdup (reference);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

PhaenProjectStatus
phaen_project_get_status (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->status;
}

void
phaen_project_set_status (PhaenProject *self,
                          PhaenProjectStatus status)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
phaen_project_get_contracted (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->contracted;
}

void
phaen_project_set_contracted (PhaenProject *self,
                              gint64       satang)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->contracted == satang)
    return;

  self->contracted = satang;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRACTED]);
}

gint64
phaen_project_get_disbursed (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->disbursed;
}

void
phaen_project_set_disbursed (PhaenProject *self,
                             gint64       satang)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->disbursed == satang)
    return;

  self->disbursed = satang;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISBURSED]);
}

guint
phaen_project_get_progress (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->progress;
}

void
phaen_project_set_progress (PhaenProject *self,
                            guint        percent)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->progress == percent)
    return;

  self->progress = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

guint
phaen_project_get_actual_schedule (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);

  return self->actual_schedule;
}

void
phaen_project_set_actual_schedule (PhaenProject *self,
                                   guint        mask)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (self->actual_schedule == mask)
    return;

  self->actual_schedule = mask;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_SCHEDULE]);
}

const char *
phaen_project_get_remarks (PhaenProject *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);

  return self->remarks;
}

void
phaen_project_set_remarks (PhaenProject *self,
                           const char   *remarks)
{
  g_return_if_fail (PHAEN_IS_PROJECT (self));

  if (remarks == NULL)
    remarks = "";

  if (g_strcmp0 (self->remarks, remarks) == 0)
    return;

  g_free (self->remarks);
  self->remarks = g_strdup (remarks);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMARKS]);
}
