/* phaen-program.c: แผนงาน (program)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-program.h"

struct _PhaenProgram
{
  GObject parent_instance;

  char *id;
  char *name;
  gboolean standard;
};

G_DEFINE_FINAL_TYPE (PhaenProgram, phaen_program, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STANDARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_program_finalize (GObject *object)
{
  PhaenProgram *self = (PhaenProgram *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (phaen_program_parent_class)->finalize (object);
}

static void
phaen_program_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PhaenProgram *self = PHAEN_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_STANDARD:
      g_value_set_boolean (value, self->standard);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_program_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PhaenProgram *self = PHAEN_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      phaen_program_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      phaen_program_set_name (self, g_value_get_string (value));
      break;

    case PROP_STANDARD:
      phaen_program_set_standard (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_program_class_init (PhaenProgramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_program_finalize;
  object_class->get_property = phaen_program_get_property;
  object_class->set_property = phaen_program_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STANDARD] =
    g_param_spec_boolean ("standard", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_program_init (PhaenProgram *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
}

PhaenProgram *
phaen_program_new (const char *id,
                const char *name)
{
  return g_object_new (PHAEN_TYPE_PROGRAM,
                       "id", id ? id : "",
                       "name", name ? name : "",
                       NULL);
}

const char *
phaen_program_get_id (PhaenProgram *self)
{
  g_return_val_if_fail (PHAEN_IS_PROGRAM (self), NULL);

  return self->id;
}

void
phaen_program_set_id (PhaenProgram  *self,
                   const char *id)
{
  g_return_if_fail (PHAEN_IS_PROGRAM (self));

  if (id == NULL)
    id = "";

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
phaen_program_get_name (PhaenProgram *self)
{
  g_return_val_if_fail (PHAEN_IS_PROGRAM (self), NULL);

  return self->name;
}

void
phaen_program_set_name (PhaenProgram  *self,
                     const char *name)
{
  g_return_if_fail (PHAEN_IS_PROGRAM (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gboolean
phaen_program_get_standard (PhaenProgram *self)
{
  g_return_val_if_fail (PHAEN_IS_PROGRAM (self), FALSE);

  return self->standard;
}

void
phaen_program_set_standard (PhaenProgram *self,
                            gboolean      standard)
{
  g_return_if_fail (PHAEN_IS_PROGRAM (self));

  standard = !!standard;
  if (self->standard == standard)
    return;

  self->standard = standard;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDARD]);
}

/* The twelve programs of the standard budget classification, in the order
 * the forms list them. */
static const char * const standard_names[] = {
  "แผนงานบริหารงานทั่วไป",
  "แผนงานการรักษาความสงบภายใน",
  "แผนงานการศึกษา",
  "แผนงานสาธารณสุข",
  "แผนงานสังคมสงเคราะห์",
  "แผนงานเคหะและชุมชน",
  "แผนงานสร้างความเข้มแข็งของชุมชน",
  "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
  "แผนงานอุตสาหกรรมและการโยธา",
  "แผนงานการเกษตร",
  "แผนงานการพาณิชย์",
  "แผนงานงบกลาง",
  NULL
};

const char * const *
phaen_program_standard_names (void)
{
  return standard_names;
}
