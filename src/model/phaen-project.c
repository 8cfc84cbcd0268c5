/* phaen-project.c: one project/activity (โครงการ/กิจกรรม) or equipment item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-project.h"
#include "phaen-properties.h"

G_DEFINE_ENUM_TYPE (PhaenProjectKind, phaen_project_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_KIND_PROJECT, "project"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_KIND_EQUIPMENT, "equipment"))

G_DEFINE_ENUM_TYPE (PhaenProjectStatus, phaen_project_status,
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_NOT_STARTED, "not-started"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_CANCELLED, "cancelled"),
  G_DEFINE_ENUM_VALUE (PHAEN_PROJECT_STATUS_CARRIED_OVER, "carried-over"))

/* ---- Keywords and labels -------------------------------------------------- */

/* The printed document's words (always Thai) and the app's (the user's
 * language), indexed by the enumeration's value. */
static const char * const kind_document_labels[] = { "โครงการ", "ครุภัณฑ์" };
static const char * const kind_labels[] = { N_("Project"), N_("Equipment") };
static const char * const status_document_labels[] = {
  "ยังไม่ได้ดำเนินการ",
  "อยู่ระหว่างดำเนินการ",
  "ดำเนินการแล้วเสร็จ",
  "ยกเลิก",
  "กันเงินไว้เบิกเหลื่อมปี",
};
static const char * const status_labels[] = {
  N_("Not started"),
  N_("In progress"),
  N_("Completed"),
  N_("Cancelled"),
  N_("Carried over to next year"),
};

const char *
phaen_project_kind_to_string (PhaenProjectKind kind)
{
  return phaen_enum_to_nick (PHAEN_TYPE_PROJECT_KIND, kind);
}

gboolean
phaen_project_kind_from_string (const char       *text,
                                PhaenProjectKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_PROJECT_KIND, text, (int *) out);
}

const char *
phaen_project_kind_label (PhaenProjectKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_document_labels), NULL);

  return kind_document_labels[kind];
}

const char *
phaen_project_kind_get_label (PhaenProjectKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_labels), NULL);

  return _(kind_labels[kind]);
}

const char *
phaen_project_status_to_string (PhaenProjectStatus status)
{
  return phaen_enum_to_nick (PHAEN_TYPE_PROJECT_STATUS, status);
}

gboolean
phaen_project_status_from_string (const char         *text,
                                  PhaenProjectStatus *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_PROJECT_STATUS, text, (int *) out);
}

const char *
phaen_project_status_label (PhaenProjectStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_document_labels), NULL);

  return status_document_labels[status];
}

const char *
phaen_project_status_get_label (PhaenProjectStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_labels), NULL);

  return _(status_labels[status]);
}

/* ---- The project ----------------------------------------------------------- */

enum {
  PROP_0,
  PROP_KIND,
  PROP_BUDGET,
  PROP_STRATEGY,
  PROP_APPROACH,
  PROP_PROGRAM,
  PROP_UNIT,
  PROP_SCHEDULE,
  PROP_STATUS,
  PROP_CONTRACTED,
  PROP_DISBURSED,
  PROP_PROGRESS,
  PROP_ACTUAL_SCHEDULE,
  /* the free texts, stored in texts[] */
  PROP_ACTIVITIES,
  PROP_LOCATION,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_CATEGORY,
  PROP_EQUIPMENT_TYPE,
  PROP_REFERENCE,
  PROP_REMARKS,
  N_PROPS
};

#define FIRST_TEXT_PROP PROP_ACTIVITIES
#define N_TEXTS (N_PROPS - FIRST_TEXT_PROP)
#define TEXT(self, prop_id) ((self)->texts[(prop_id) - FIRST_TEXT_PROP])

static const char * const text_property_names[N_TEXTS] = {
  "activities", "location", "source", "target", "category", "equipment-type",
  "reference", "remarks",
};

/* "id" and "name" live in PhaenItem. */
struct _PhaenProject
{
  PhaenItem parent_instance;

  PhaenProjectKind kind;
  gint64 budget;               /* satang */
  PhaenStrategy *strategy;
  PhaenApproach *approach;
  PhaenProgram *program;
  PhaenUnit *unit;
  guint schedule;              /* 12-bit fiscal month mask */
  PhaenProjectStatus status;
  gint64 contracted;           /* satang */
  gint64 disbursed;            /* satang */
  guint progress;              /* percent */
  guint actual_schedule;       /* 12-bit fiscal month mask */
  char *texts[N_TEXTS];
};

G_DEFINE_FINAL_TYPE (PhaenProject, phaen_project, PHAEN_TYPE_ITEM)

PHAEN_ITEM_DEFINE_ACCESSORS (PhaenProject, phaen_project, PHAEN_IS_PROJECT)

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

  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (phaen_project_parent_class)->finalize (object);
}

static void
set_text (PhaenProject *self,
          guint         prop_id,
          const char   *text)
{
  if (phaen_set_string (&TEXT (self, prop_id), text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Stores @value in @field and notifies @prop_id, unless unchanged. */
#define SET_FIELD(field, value, prop_id)                                   \
  G_STMT_START {                                                           \
    if (self->field != (value))                                            \
      {                                                                    \
        self->field = (value);                                             \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);   \
      }                                                                    \
  } G_STMT_END

#define SET_OBJECT(field, value, prop_id)                                  \
  G_STMT_START {                                                           \
    if (g_set_object (&self->field, (value)))                              \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);     \
  } G_STMT_END

static void
phaen_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhaenProject *self = PHAEN_PROJECT (object);

  if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
    {
      g_value_set_string (value, TEXT (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_BUDGET:
      g_value_set_int64 (value, self->budget);
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

  if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
    {
      set_text (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      SET_FIELD (kind, (PhaenProjectKind) g_value_get_enum (value), prop_id);
      break;

    case PROP_BUDGET:
      SET_FIELD (budget, g_value_get_int64 (value), prop_id);
      break;

    case PROP_STRATEGY:
      SET_OBJECT (strategy, g_value_get_object (value), prop_id);
      break;

    case PROP_APPROACH:
      SET_OBJECT (approach, g_value_get_object (value), prop_id);
      break;

    case PROP_PROGRAM:
      SET_OBJECT (program, g_value_get_object (value), prop_id);
      break;

    case PROP_UNIT:
      SET_OBJECT (unit, g_value_get_object (value), prop_id);
      break;

    case PROP_SCHEDULE:
      SET_FIELD (schedule, g_value_get_uint (value), prop_id);
      break;

    case PROP_STATUS:
      SET_FIELD (status, (PhaenProjectStatus) g_value_get_enum (value), prop_id);
      break;

    case PROP_CONTRACTED:
      SET_FIELD (contracted, g_value_get_int64 (value), prop_id);
      break;

    case PROP_DISBURSED:
      SET_FIELD (disbursed, g_value_get_int64 (value), prop_id);
      break;

    case PROP_PROGRESS:
      SET_FIELD (progress, g_value_get_uint (value), prop_id);
      break;

    case PROP_ACTUAL_SCHEDULE:
      SET_FIELD (actual_schedule, g_value_get_uint (value), prop_id);
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
   * phaen_plan_check() reports what is out of range, naming the project. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PHAEN_TYPE_PROJECT_KIND, PHAEN_PROJECT_KIND_PROJECT, flags);
  properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_STRATEGY] =
    g_param_spec_object ("strategy", NULL, NULL, PHAEN_TYPE_STRATEGY, flags);
  properties[PROP_APPROACH] =
    g_param_spec_object ("approach", NULL, NULL, PHAEN_TYPE_APPROACH, flags);
  properties[PROP_PROGRAM] =
    g_param_spec_object ("program", NULL, NULL, PHAEN_TYPE_PROGRAM, flags);
  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, PHAEN_TYPE_UNIT, flags);
  properties[PROP_SCHEDULE] =
    g_param_spec_uint ("schedule", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PHAEN_TYPE_PROJECT_STATUS, PHAEN_PROJECT_STATUS_NOT_STARTED, flags);
  properties[PROP_CONTRACTED] =
    g_param_spec_int64 ("contracted", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DISBURSED] =
    g_param_spec_int64 ("disbursed", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PROGRESS] =
    g_param_spec_uint ("progress", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ACTUAL_SCHEDULE] =
    g_param_spec_uint ("actual-schedule", NULL, NULL, 0, G_MAXUINT, 0, flags);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[FIRST_TEXT_PROP + i] =
      g_param_spec_string (text_property_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_project_init (PhaenProject *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
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
  phaen_properties_copy (G_OBJECT (self), G_OBJECT (copy));

  return copy;
}

gboolean
phaen_project_equal (PhaenProject *a,
                     PhaenProject *b)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT (a), FALSE);
  g_return_val_if_fail (PHAEN_IS_PROJECT (b), FALSE);

  return phaen_properties_equal (G_OBJECT (a), G_OBJECT (b), FALSE, NULL);
}

/* Getters and setters: one pair per property, each setter the property's
 * own (notifying only a change). */

#define DEFINE_TEXT(field, prop_id)                                        \
  const char *                                                             \
  phaen_project_get_##field (PhaenProject *self)                           \
  {                                                                        \
    g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);                  \
    return TEXT (self, prop_id);                                           \
  }                                                                        \
  void                                                                     \
  phaen_project_set_##field (PhaenProject *self,                           \
                             const char   *value)                          \
  {                                                                        \
    g_return_if_fail (PHAEN_IS_PROJECT (self));                            \
    set_text (self, prop_id, value);                                       \
  }

#define DEFINE_VALUE(type, field, prop_id)                                 \
  type                                                                     \
  phaen_project_get_##field (PhaenProject *self)                           \
  {                                                                        \
    g_return_val_if_fail (PHAEN_IS_PROJECT (self), 0);                     \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  phaen_project_set_##field (PhaenProject *self,                           \
                             type          value)                          \
  {                                                                        \
    g_return_if_fail (PHAEN_IS_PROJECT (self));                            \
    SET_FIELD (field, value, prop_id);                                     \
  }

#define DEFINE_OBJECT(type, field, prop_id, TYPE_CHECK)                    \
  type *                                                                   \
  phaen_project_get_##field (PhaenProject *self)                           \
  {                                                                        \
    g_return_val_if_fail (PHAEN_IS_PROJECT (self), NULL);                  \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  phaen_project_set_##field (PhaenProject *self,                           \
                             type         *value)                          \
  {                                                                        \
    g_return_if_fail (PHAEN_IS_PROJECT (self));                            \
    g_return_if_fail (value == NULL || TYPE_CHECK (value));                \
    SET_OBJECT (field, value, prop_id);                                    \
  }

DEFINE_VALUE (PhaenProjectKind, kind, PROP_KIND)
DEFINE_VALUE (gint64, budget, PROP_BUDGET)
DEFINE_OBJECT (PhaenStrategy, strategy, PROP_STRATEGY, PHAEN_IS_STRATEGY)
DEFINE_OBJECT (PhaenApproach, approach, PROP_APPROACH, PHAEN_IS_APPROACH)
DEFINE_OBJECT (PhaenProgram, program, PROP_PROGRAM, PHAEN_IS_PROGRAM)
DEFINE_OBJECT (PhaenUnit, unit, PROP_UNIT, PHAEN_IS_UNIT)
DEFINE_VALUE (guint, schedule, PROP_SCHEDULE)
DEFINE_VALUE (PhaenProjectStatus, status, PROP_STATUS)
DEFINE_VALUE (gint64, contracted, PROP_CONTRACTED)
DEFINE_VALUE (gint64, disbursed, PROP_DISBURSED)
DEFINE_VALUE (guint, progress, PROP_PROGRESS)
DEFINE_VALUE (guint, actual_schedule, PROP_ACTUAL_SCHEDULE)
DEFINE_TEXT (activities, PROP_ACTIVITIES)
DEFINE_TEXT (location, PROP_LOCATION)
DEFINE_TEXT (source, PROP_SOURCE)
DEFINE_TEXT (target, PROP_TARGET)
DEFINE_TEXT (category, PROP_CATEGORY)
DEFINE_TEXT (equipment_type, PROP_EQUIPMENT_TYPE)
DEFINE_TEXT (reference, PROP_REFERENCE)
DEFINE_TEXT (remarks, PROP_REMARKS)
