/* phaen-edition.c: one addition or amendment of an adopted plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edition's own fields (kind, number, date, announcement, signer)
 * and, once adopted, its frozen record. What the plan does with its
 * editions is in phaen-plan-editions.c.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-edition.h"
#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-properties.h"
#include "phaen-thai.h"

#define EDITION_NUMBER_MAX 999

struct _PhaenEdition
{
  GObject           parent_instance;

  char             *id;
  PhaenEditionKind  kind;
  guint             number;
  guint             number_year;
  char             *adoption_date;
  char             *signer_name;
  char             *signer_position;
  char             *text_1;
  char             *text_2;
  GPtrArray        *changes;    /* PhaenChange*, the frozen record; NULL while open */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NUMBER,
  PROP_NUMBER_YEAR,
  PROP_ADOPTION_DATE,
  PROP_SIGNER_NAME,
  PROP_SIGNER_POSITION,
  PROP_ANNOUNCEMENT_TEXT_1,
  PROP_ANNOUNCEMENT_TEXT_2,
  PROP_IS_ADOPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenEdition, phaen_edition, G_TYPE_OBJECT)

static char **
string_field (PhaenEdition *self,
              guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_ADOPTION_DATE: return &self->adoption_date;
    case PROP_SIGNER_NAME: return &self->signer_name;
    case PROP_SIGNER_POSITION: return &self->signer_position;
    case PROP_ANNOUNCEMENT_TEXT_1: return &self->text_1;
    case PROP_ANNOUNCEMENT_TEXT_2: return &self->text_2;
    default: return NULL;
    }
}

static void
phaen_edition_finalize (GObject *object)
{
  PhaenEdition *self = PHAEN_EDITION (object);

  g_free (self->id);
  g_free (self->adoption_date);
  g_free (self->signer_name);
  g_free (self->signer_position);
  g_free (self->text_1);
  g_free (self->text_2);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (phaen_edition_parent_class)->finalize (object);
}

static void
phaen_edition_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhaenEdition *self = PHAEN_EDITION (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_NUMBER_YEAR:
      g_value_set_uint (value, self->number_year);
      break;

    case PROP_IS_ADOPTED:
      g_value_set_boolean (value, phaen_edition_is_adopted (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_edition_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhaenEdition *self = PHAEN_EDITION (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      gboolean was_adopted = phaen_edition_is_adopted (self);

      if (phaen_set_string (field, g_value_get_string (value)))
        {
          g_object_notify_by_pspec (object, pspec);
          if (prop_id == PROP_ADOPTION_DATE && was_adopted != phaen_edition_is_adopted (self))
            g_object_notify_by_pspec (object, properties[PROP_IS_ADOPTED]);
        }
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      if (self->kind != (PhaenEditionKind) g_value_get_enum (value))
        {
          self->kind = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_NUMBER:
      if (self->number != g_value_get_uint (value))
        {
          self->number = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_NUMBER_YEAR:
      if (self->number_year != g_value_get_uint (value))
        {
          self->number_year = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_edition_class_init (PhaenEditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = phaen_edition_finalize;
  object_class->get_property = phaen_edition_get_property;
  object_class->set_property = phaen_edition_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PHAEN_TYPE_EDITION_KIND,
                       PHAEN_EDITION_ADDITION, flags);
  /* Wide on purpose: the checks report a number out of range. */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 1, flags);
  properties[PROP_NUMBER_YEAR] = g_param_spec_uint ("number-year", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ADOPTION_DATE] = g_param_spec_string ("adoption-date", NULL, NULL, "", flags);
  properties[PROP_SIGNER_NAME] = g_param_spec_string ("signer-name", NULL, NULL, "", flags);
  properties[PROP_SIGNER_POSITION] = g_param_spec_string ("signer-position", NULL, NULL, "", flags);
  properties[PROP_ANNOUNCEMENT_TEXT_1] = g_param_spec_string ("announcement-text-1", NULL, NULL, "", flags);
  properties[PROP_ANNOUNCEMENT_TEXT_2] = g_param_spec_string ("announcement-text-2", NULL, NULL, "", flags);
  properties[PROP_IS_ADOPTED] =
    g_param_spec_boolean ("is-adopted", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_edition_init (PhaenEdition *self)
{
  self->id = g_strdup ("");
  self->kind = PHAEN_EDITION_ADDITION;
  self->number = 1;
  self->adoption_date = g_strdup ("");
  self->signer_name = g_strdup ("");
  self->signer_position = g_strdup ("");
  self->text_1 = g_strdup ("");
  self->text_2 = g_strdup ("");
}

PhaenEdition *
phaen_edition_new (PhaenEditionKind kind,
                   guint            number,
                   guint            number_year)
{
  g_return_val_if_fail (kind == PHAEN_EDITION_ADDITION || kind == PHAEN_EDITION_AMENDMENT, NULL);

  return g_object_new (PHAEN_TYPE_EDITION,
                       "kind", kind,
                       "number", number,
                       "number-year", number_year,
                       NULL);
}

const char *
phaen_edition_get_id (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  return self->id;
}

PhaenEditionKind
phaen_edition_get_kind (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), PHAEN_EDITION_ADDITION);

  return self->kind;
}

guint
phaen_edition_get_number (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), 0);

  return self->number;
}

guint
phaen_edition_get_number_year (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), 0);

  return self->number_year;
}

const char *
phaen_edition_get_adoption_date (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  return self->adoption_date;
}

gboolean
phaen_edition_is_adopted (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), FALSE);

  return self->adoption_date[0] != '\0';
}

const char *
phaen_edition_get_text (PhaenEdition *self,
                        const char   *property)
{
  GParamSpec *pspec;
  char **field;

  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  field = pspec != NULL ? string_field (self, pspec->param_id) : NULL;
  g_return_val_if_fail (field != NULL, NULL);

  return *field;
}

char *
phaen_edition_format_number (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  if (self->number_year != 0)
    return g_strdup_printf ("%u/%u", self->number, self->number_year);
  return g_strdup_printf ("%u", self->number);
}

char *
phaen_edition_get_suffix (PhaenEdition *self)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  number = phaen_edition_format_number (self);
  if (self->kind == PHAEN_EDITION_AMENDMENT)
    return g_strdup_printf (" (แก้ไข ครั้งที่ %s)", number);
  return g_strdup_printf (" (เพิ่มเติม ครั้งที่ %s)", number);
}

char *
phaen_edition_dup_label (PhaenEdition *self)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  number = phaen_edition_format_number (self);
  if (self->kind == PHAEN_EDITION_AMENDMENT)
    /* Translators: an amendment of the adopted plan (แก้ไข ครั้งที่ n); %s is its number, "1" or "1/2569" */
    return g_strdup_printf (_("Amendment %s"), number);
  /* Translators: an addition to the adopted plan (เพิ่มเติม ครั้งที่ n); %s is its number, "1" or "1/2569" */
  return g_strdup_printf (_("Addition %s"), number);
}

gboolean
phaen_edition_parse_number (const char  *text,
                            guint       *number,
                            guint       *year,
                            GError     **error)
{
  g_autofree char *arabic = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 n = 0, y = 0;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (number != NULL && year != NULL, FALSE);

  arabic = phaen_arabic_digits (text);
  parts = g_strsplit (arabic, "/", -1);
  ok = g_strv_length (parts) <= 2 &&
       g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, EDITION_NUMBER_MAX, &n, NULL) &&
       (parts[1] == NULL ||
        (g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, PHAEN_FISCAL_YEAR_MIN,
                                     PHAEN_FISCAL_YEAR_MAX, &y, NULL)));
  if (!ok)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("“%s” is not an edition number: write a number from 1 to %u, or a number and a Buddhist-era year such as 1/2569"),
                   text, EDITION_NUMBER_MAX);
      return FALSE;
    }

  *number = (guint) n;
  *year = (guint) y;
  return TRUE;
}

void
phaen_edition_set_changes (PhaenEdition *self,
                           GPtrArray    *changes)
{
  g_return_if_fail (PHAEN_IS_EDITION (self));

  if (changes != NULL)
    g_ptr_array_ref (changes);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = changes;
}

/* Private to the model (phaen-plan-editions.c): the frozen record, or
 * NULL while the edition is open. */
GPtrArray *_phaen_edition_get_changes (PhaenEdition *self);

GPtrArray *
_phaen_edition_get_changes (PhaenEdition *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITION (self), NULL);

  return self->changes;
}
