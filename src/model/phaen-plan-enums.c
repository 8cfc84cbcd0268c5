/* phaen-plan-enums.c: the plan's enumerations, their keywords and labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keywords (what files hold) are the nicks of the GEnum types. Labels come
 * in two kinds: the document's (always Thai, printed in the plan and in
 * default texts) and the app's (in the user's language, through gettext).
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-plan.h"
#include "phaen-properties.h"

G_DEFINE_ENUM_TYPE (PhaenOrganisationKind, phaen_organisation_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_CITY_MUNICIPALITY, "city-municipality"),
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_TOWN_MUNICIPALITY, "town-municipality"),
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY, "subdistrict-municipality"),
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION, "subdistrict-administration"),
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION, "provincial-administration"),
  G_DEFINE_ENUM_VALUE (PHAEN_ORGANISATION_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PhaenEditionKind, phaen_edition_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_EDITION_ORIGINAL, "original"),
  G_DEFINE_ENUM_VALUE (PHAEN_EDITION_ADDITION, "addition"),
  G_DEFINE_ENUM_VALUE (PHAEN_EDITION_AMENDMENT, "amendment"))

G_DEFINE_ENUM_TYPE (PhaenGrouping, phaen_grouping,
  G_DEFINE_ENUM_VALUE (PHAEN_GROUPING_PROGRAMS, "programs"),
  G_DEFINE_ENUM_VALUE (PHAEN_GROUPING_APPROACHES, "approaches"))

G_DEFINE_ENUM_TYPE (PhaenBahttextStyle, phaen_bahttext_style,
  G_DEFINE_ENUM_VALUE (PHAEN_BAHTTEXT_ROYAL_INSTITUTE, "royal-institute"),
  G_DEFINE_ENUM_VALUE (PHAEN_BAHTTEXT_SPREADSHEET, "spreadsheet"))

/* Indexed by the enumerations' values. */
static const char * const organisation_document_labels[] = {
  "เทศบาลนคร",
  "เทศบาลเมือง",
  "เทศบาลตำบล",
  "องค์การบริหารส่วนตำบล",
  "องค์การบริหารส่วนจังหวัด",
  "องค์กรปกครองส่วนท้องถิ่น",
};
static const char * const organisation_labels[] = {
  N_("City municipality"),
  N_("Town municipality"),
  N_("Subdistrict municipality"),
  N_("Subdistrict administrative organisation"),
  N_("Provincial administrative organisation"),
  N_("Other local government"),
};
static const char * const edition_labels[] = {
  N_("Original plan"),
  N_("Addition"),
  N_("Amendment"),
};
static const char * const grouping_labels[] = {
  N_("Strategies and programs"),
  N_("Strategies and development approaches"),
};

/* How an organisation's name begins: the full words first, then the
 * usual abbreviations (with and without the dot). */
static const struct {
  const char            *prefix;
  PhaenOrganisationKind  kind;
} organisation_prefixes[] = {
  { "เทศบาลนคร", PHAEN_ORGANISATION_CITY_MUNICIPALITY },
  { "เทศบาลเมือง", PHAEN_ORGANISATION_TOWN_MUNICIPALITY },
  { "เทศบาลตำบล", PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY },
  { "องค์การบริหารส่วนตำบล", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION },
  { "องค์การบริหารส่วนจังหวัด", PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION },
  { "ทน.", PHAEN_ORGANISATION_CITY_MUNICIPALITY },
  { "ทม.", PHAEN_ORGANISATION_TOWN_MUNICIPALITY },
  { "ทต.", PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY },
  { "อบต.", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION },
  { "อบต", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION },
  { "อบจ.", PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION },
  { "อบจ", PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION },
};

/* ---- Organisation kind ------------------------------------------------- */

const char *
phaen_organisation_kind_to_string (PhaenOrganisationKind kind)
{
  return phaen_enum_to_nick (PHAEN_TYPE_ORGANISATION_KIND, kind);
}

gboolean
phaen_organisation_kind_from_string (const char            *text,
                                     PhaenOrganisationKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_ORGANISATION_KIND, text, (int *) out);
}

const char *
phaen_organisation_kind_label (PhaenOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_document_labels), NULL);

  return organisation_document_labels[kind];
}

const char *
phaen_organisation_kind_get_label (PhaenOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_labels), NULL);

  return _(organisation_labels[kind]);
}

PhaenOrganisationKind
phaen_organisation_name_split (const char  *name,
                               const char **rest)
{
  if (rest != NULL)
    *rest = name;

  if (name == NULL)
    return PHAEN_ORGANISATION_OTHER;

  while (g_unichar_isspace (g_utf8_get_char_validated (name, -1)))
    name = g_utf8_next_char (name);

  for (guint i = 0; i < G_N_ELEMENTS (organisation_prefixes); i++)
    {
      if (g_str_has_prefix (name, organisation_prefixes[i].prefix))
        {
          if (rest != NULL)
            *rest = name + strlen (organisation_prefixes[i].prefix);
          return organisation_prefixes[i].kind;
        }
    }

  return PHAEN_ORGANISATION_OTHER;
}

PhaenOrganisationKind
phaen_organisation_kind_guess (const char *name)
{
  return phaen_organisation_name_split (name, NULL);
}

/* ---- Edition, grouping, amount in words ------------------------------------ */

const char *
phaen_edition_kind_to_string (PhaenEditionKind kind)
{
  return phaen_enum_to_nick (PHAEN_TYPE_EDITION_KIND, kind);
}

gboolean
phaen_edition_kind_from_string (const char       *text,
                                PhaenEditionKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_EDITION_KIND, text, (int *) out);
}

const char *
phaen_edition_kind_get_label (PhaenEditionKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (edition_labels), NULL);

  return _(edition_labels[kind]);
}

const char *
phaen_grouping_to_string (PhaenGrouping grouping)
{
  return phaen_enum_to_nick (PHAEN_TYPE_GROUPING, grouping);
}

gboolean
phaen_grouping_from_string (const char    *text,
                            PhaenGrouping *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_GROUPING, text, (int *) out);
}

const char *
phaen_grouping_get_label (PhaenGrouping grouping)
{
  g_return_val_if_fail ((guint) grouping < G_N_ELEMENTS (grouping_labels), NULL);

  return _(grouping_labels[grouping]);
}

const char *
phaen_bahttext_style_to_string (PhaenBahttextStyle style)
{
  return phaen_enum_to_nick (PHAEN_TYPE_BAHTTEXT_STYLE, style);
}

gboolean
phaen_bahttext_style_from_string (const char         *text,
                                  PhaenBahttextStyle *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return phaen_enum_from_nick (PHAEN_TYPE_BAHTTEXT_STYLE, text, (int *) out);
}
