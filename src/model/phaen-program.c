/* phaen-program.c: แผนงาน (program)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-program.h"

/* "id" and "name" live in PhaenItem. */
struct _PhaenProgram
{
  PhaenItem parent_instance;

  gboolean standard;
};

G_DEFINE_FINAL_TYPE (PhaenProgram, phaen_program, PHAEN_TYPE_ITEM)

PHAEN_ITEM_DEFINE_ACCESSORS (PhaenProgram, phaen_program, PHAEN_IS_PROGRAM)

enum {
  PROP_0,
  PROP_STANDARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
phaen_program_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhaenProgram *self = PHAEN_PROGRAM (object);

  switch (prop_id)
    {
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

  object_class->get_property = phaen_program_get_property;
  object_class->set_property = phaen_program_set_property;

  properties[PROP_STANDARD] =
    g_param_spec_boolean ("standard", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_program_init (PhaenProgram *self)
{
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
