/* phaen-xml-reader.c: reading the .phaen XML format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is strict: every element and attribute it does not know is an
 * error, required parts must be present, every value is checked, and all
 * references must resolve. The first problem found stops the reading; its
 * message is "FILENAME:LINE: what is wrong". Nothing half-read is ever
 * returned.
 *
 * Plan files never need a DTD. The parser is told not to touch the network,
 * not to substitute entities and not to load external subsets; on top of
 * that, a document that carries any DOCTYPE is stopped the moment the
 * declaration is seen, before any entity in it could be declared or used
 * (this rules out external entities and entity bombs).
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "model/phaen-announcement.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-emblem.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-text.h"
#include "model/phaen-words.h"

#include "phaen-io-error.h"
#include "phaen-xml.h"
#include "phaen-xml-guard.h"

#define EDITION_NUMBER_MAX 999
#define ID_MAX_LENGTH 64

enum {
  UNIT_IDS,
  PROGRAM_IDS,
  STRATEGY_IDS,
  APPROACH_IDS,
  PROJECT_IDS,
  EDITION_IDS,
  N_ID_TABLES
};

typedef struct
{
  const char *filename;
  GError     *error;
  PhaenPlan  *plan;

  /* id → first line, one table per kind of object */
  GHashTable *ids[N_ID_TABLES];

  /* The line of every <edition> of <editions>, and of each of its
   * changes (GArray of int, one per edition), for the errors the check
   * of the records finds. */
  GArray     *edition_lines;
  GPtrArray  *change_lines;

  /* The minor version of format 1.x the file declares */
  guint       version_minor;

  /* The words of <words> read so far (normalised) */
  GPtrArray  *words;

  /* Set by the DOCTYPE hook */
  gboolean    saw_doctype;
  int         doctype_line;
} Reader;

typedef struct
{
  const char *name;
  gboolean    required;
} ChildSpec;

static void
reader_clear (Reader *r)
{
  for (guint i = 0; i < N_ID_TABLES; i++)
    g_clear_pointer (&r->ids[i], g_hash_table_unref);
  g_clear_pointer (&r->edition_lines, g_array_unref);
  g_clear_pointer (&r->change_lines, g_ptr_array_unref);
  g_clear_pointer (&r->words, g_ptr_array_unref);
  g_clear_object (&r->plan);
  g_clear_error (&r->error);
}

static int
node_line (xmlNode *node)
{
  long line;

  if (node == NULL)
    return 1;
  line = xmlGetLineNo (node);
  return line > 0 && line < G_MAXINT ? (int) line : 1;
}

static gboolean fail_at_line (Reader     *r,
                              int         line,
                              int         code,
                              const char *format,
                              ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at_line (Reader     *r,
              int         line,
              int         code,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (&r->error, PHAEN_IO_ERROR, code, "%s:%d: %s", r->filename, line, message);
  return FALSE;
}

#define fail(r, node, code, ...) fail_at_line ((r), node_line (node), (code), __VA_ARGS__)

static const char *
node_name (xmlNode *node)
{
  return (const char *) node->name;
}

/* TRUE when @text is only XML white space (space, tab, line feed,
 * carriage return): what may stand between elements. Not the model's
 * phaen_text_is_blank(), which also counts no-break spaces and invisible
 * characters as nothing. */
static gboolean
is_xml_space (const char *text)
{
  for (; *text; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

static gboolean
is_xml_space_n (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
      return FALSE;
  return TRUE;
}

static gboolean
in_our_namespace (xmlNode *node)
{
  return node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, PHAEN_XML_NAMESPACE) == 0;
}

/* Advances *@cursor to the next child element of @parent, checking that
 * everything skipped on the way is blank text, a comment or a processing
 * instruction. Returns FALSE on error; *@out is NULL at the end. */
static gboolean
next_element (Reader   *r,
              xmlNode  *parent,
              xmlNode **cursor,
              xmlNode **out)
{
  xmlNode *node = *cursor;

  *out = NULL;
  for (; node != NULL; node = node->next)
    {
      switch (node->type)
        {
        case XML_ELEMENT_NODE:
          if (!in_our_namespace (node))
            return fail (r, node, PHAEN_IO_ERROR_INVALID,
                         _("unknown element <%s> inside <%s>"),
                         node_name (node), node_name (parent));
          *out = node;
          *cursor = node->next;
          return TRUE;

        case XML_TEXT_NODE:
          if (node->content != NULL && !is_xml_space ((const char *) node->content))
            return fail (r, node, PHAEN_IO_ERROR_INVALID,
                         _("unexpected text inside <%s>"), node_name (parent));
          break;

        case XML_CDATA_SECTION_NODE:
          return fail (r, node, PHAEN_IO_ERROR_INVALID,
                       _("unexpected text inside <%s>"), node_name (parent));

        case XML_COMMENT_NODE:
        case XML_PI_NODE:
          break;

        default:
          return fail (r, node, PHAEN_IO_ERROR_INVALID,
                       _("unexpected content inside <%s>"), node_name (parent));
        }
    }

  *cursor = NULL;
  return TRUE;
}

/* Checks the child elements of @parent against @specs (in that order, each
 * at most once) and stores each one found in @found (same index). */
static gboolean
collect_children (Reader          *r,
                  xmlNode         *parent,
                  const ChildSpec *specs,
                  guint            n_specs,
                  xmlNode        **found)
{
  xmlNode *cursor = parent->children;
  xmlNode *child;
  guint next = 0;

  for (guint i = 0; i < n_specs; i++)
    found[i] = NULL;

  for (;;)
    {
      guint i;

      if (!next_element (r, parent, &cursor, &child))
        return FALSE;
      if (child == NULL)
        break;

      for (i = 0; i < n_specs; i++)
        if (strcmp (specs[i].name, node_name (child)) == 0)
          break;

      if (i == n_specs)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("unknown element <%s> inside <%s>"),
                     node_name (child), node_name (parent));
      if (found[i] != NULL)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("<%s> appears more than once inside <%s>"),
                     node_name (child), node_name (parent));
      if (i < next)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("<%s> is out of order inside <%s> (see the file format description)"),
                     node_name (child), node_name (parent));

      found[i] = child;
      next = i + 1;
    }

  for (guint i = 0; i < n_specs; i++)
    if (specs[i].required && found[i] == NULL)
      return fail (r, parent, PHAEN_IO_ERROR_INVALID,
                   _("<%s> lacks the required element <%s>"),
                   node_name (parent), specs[i].name);

  return TRUE;
}

/* Every attribute of @node must be one of @allowed (NULL-terminated) and
 * have no namespace. */
static gboolean
check_attributes (Reader            *r,
                  xmlNode           *node,
                  const char * const *allowed)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;

      if (attr->ns != NULL || !g_strv_contains (allowed, name))
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("unknown attribute “%s” on <%s>"), name, node_name (node));
    }

  return TRUE;
}

/* The value of attribute @name, or NULL when absent. */
static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
require_attribute (Reader      *r,
                   xmlNode     *node,
                   const char  *name,
                   char       **out)
{
  *out = get_attribute (node, name);
  if (*out == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("<%s> lacks the required attribute “%s”"), node_name (node), name);
  if (!g_utf8_validate (*out, -1, NULL))
    return fail (r, node, PHAEN_IO_ERROR_ENCODING,
                 _("the attribute “%s” of <%s> is not valid UTF-8 text"),
                 name, node_name (node));
  return TRUE;
}

/* The text of an element that may hold only text. */
static gboolean
get_text (Reader   *r,
          xmlNode  *node,
          char    **out)
{
  GString *text;

  *out = NULL;

  /* Most elements hold one text node (or none): copied as it is. */
  if (node->children == NULL ||
      (node->children->next == NULL && node->children->type == XML_TEXT_NODE))
    {
      const char *content = node->children != NULL && node->children->content != NULL
                            ? (const char *) node->children->content : "";

      if (!g_utf8_validate (content, -1, NULL))
        return fail (r, node, PHAEN_IO_ERROR_ENCODING,
                     _("the text of <%s> is not valid UTF-8"), node_name (node));
      *out = g_strdup (content);
      return TRUE;
    }

  text = g_string_new (NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (child->content != NULL)
            g_string_append (text, (const char *) child->content);
          break;

        case XML_COMMENT_NODE:
        case XML_PI_NODE:
          break;

        default:
          g_string_free (text, TRUE);
          return fail (r, child, PHAEN_IO_ERROR_INVALID,
                       _("<%s> may contain only text"), node_name (node));
        }
    }

  if (!g_utf8_validate (text->str, text->len, NULL))
    {
      g_string_free (text, TRUE);
      return fail (r, node, PHAEN_IO_ERROR_ENCODING,
                   _("the text of <%s> is not valid UTF-8"), node_name (node));
    }

  *out = g_string_free (text, FALSE);
  return TRUE;
}

/* Text of an optional element: "" when @node is NULL. */
static gboolean
get_optional_text (Reader   *r,
                   xmlNode  *node,
                   char    **out)
{
  if (node == NULL)
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!check_attributes (r, node, (const char * const[]) { NULL }))
    return FALSE;
  return get_text (r, node, out);
}

/* The text of @node as the value of the model's string @property: a name
 * normalised (phaen-text.h), then any text checked against what a plan
 * may hold. */
static gboolean
get_property_text (Reader      *r,
                   xmlNode     *node,
                   const char  *property,
                   char       **out)
{
  g_autoptr(GError) local_error = NULL;

  if (!get_text (r, node, out))
    return FALSE;

  if (phaen_text_property_is_name (property))
    {
      char *name = phaen_text_normalize_name (*out);

      g_free (*out);
      *out = name;
    }

  if (!phaen_text_check (*out, phaen_text_property_max_chars (property), &local_error))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the text of <%s>: %s"), node_name (node), local_error->message);
  return TRUE;
}

/* The same for an optional element: "" when @node is NULL. */
static gboolean
get_optional_property_text (Reader      *r,
                            xmlNode     *node,
                            const char  *property,
                            char       **out)
{
  if (node == NULL)
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!check_attributes (r, node, (const char * const[]) { NULL }))
    return FALSE;
  return get_property_text (r, node, property, out);
}

static gboolean
parse_digits (const char *text,
              guint       max_digits,
              guint64    *out)
{
  guint n = 0;

  for (const char *p = text; *p; p++, n++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (n == 0 || n > max_digits)
    return FALSE;
  *out = g_ascii_strtoull (text, NULL, 10);
  return TRUE;
}

static gboolean
parse_boolean (Reader     *r,
               xmlNode    *node,
               const char *name,
               gboolean   *out)
{
  g_autofree char *value = NULL;

  if (!require_attribute (r, node, name, &value))
    return FALSE;
  if (strcmp (value, "true") == 0)
    *out = TRUE;
  else if (strcmp (value, "false") == 0)
    *out = FALSE;
  else
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the attribute “%s” of <%s> must be “true” or “false”, not “%s”"),
                 name, node_name (node), value);
  return TRUE;
}

static gboolean
invalid_value (Reader     *r,
               xmlNode    *node,
               const char *name,
               const char *value)
{
  return fail (r, node, PHAEN_IO_ERROR_INVALID,
               _("“%s” is not a valid value for the attribute “%s” of <%s>"),
               value, name, node_name (node));
}

static gboolean check_id_syntax (Reader     *r,
                                 xmlNode    *node,
                                 const char *id);

/* An optional reference attribute: NULL in *@out when absent, else an id
 * of valid syntax. */
static gboolean
get_reference (Reader      *r,
               xmlNode     *node,
               const char  *name,
               char       **out)
{
  *out = get_attribute (node, name);
  if (*out == NULL)
    return TRUE;
  if (!g_utf8_validate (*out, -1, NULL))
    return fail (r, node, PHAEN_IO_ERROR_ENCODING,
                 _("the attribute “%s” of <%s> is not valid UTF-8 text"),
                 name, node_name (node));
  return check_id_syntax (r, node, *out);
}

static gboolean
check_id_syntax (Reader     *r,
                 xmlNode    *node,
                 const char *id)
{
  gsize n = strlen (id);

  if (n == 0 || n > ID_MAX_LENGTH)
    goto bad;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      goto bad;
  return TRUE;

bad:
  return fail (r, node, PHAEN_IO_ERROR_INVALID,
               _("“%s” is not a valid id (use up to 64 letters, digits, “-”, “_” or “.”)"),
               id);
}

/* Reads the "id" attribute of @node and records it in @ids. */
static gboolean
read_id (Reader      *r,
         xmlNode     *node,
         GHashTable  *ids,
         char       **out)
{
  gpointer first_line;

  if (!require_attribute (r, node, "id", out))
    return FALSE;
  if (!check_id_syntax (r, node, *out))
    return FALSE;
  if (g_hash_table_lookup_extended (ids, *out, NULL, &first_line))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the id “%s” of this <%s> is already used on line %d"),
                 *out, node_name (node), GPOINTER_TO_INT (first_line));
  g_hash_table_insert (ids, g_strdup (*out), GINT_TO_POINTER (node_line (node)));
  return TRUE;
}

static gboolean
parse_amount (Reader  *r,
              xmlNode *node,
              gint64  *out)
{
  g_autofree char *text = NULL;
  const char *p;

  if (!get_optional_text (r, node, &text))
    return FALSE;

  /* The file holds amounts in one plain form only: 1234567 or 1234567.5(0) */
  p = text;
  while (g_ascii_isdigit (*p))
    p++;
  if (p == text)
    goto bad;
  if (*p == '.')
    {
      const char *decimals = ++p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p - decimals < 1 || p - decimals > 2)
        goto bad;
    }
  if (*p != '\0')
    goto bad;

  if (!phaen_money_parse (text, PHAEN_MONEY_PARSE_DEFAULT, out, NULL))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the amount “%s” in <%s> is too large"), text, node_name (node));
  return TRUE;

bad:
  return fail (r, node, PHAEN_IO_ERROR_INVALID,
               _("“%s” in <%s> is not an amount of baht (digits, optionally a point and one or two digits of satang)"),
               text, node_name (node));
}

static gboolean
parse_schedule (Reader  *r,
                xmlNode *node,
                guint   *out)
{
  g_autofree char *text = NULL;

  *out = 0;
  if (node == NULL)
    return TRUE;
  if (!get_optional_text (r, node, &text))
    return FALSE;
  if (!phaen_schedule_parse (text, out, NULL) || *out > PHAEN_SCHEDULE_ALL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("“%s” in <%s> is not a list of fiscal months such as “ต.ค.-ธ.ค.,มี.ค.”"),
                 text, node_name (node));
  return TRUE;
}

/* Reads the optional text children of @node described by @specs into the
 * plan properties of the same index in @properties. */
static gboolean
read_text_group (Reader             *r,
                 xmlNode            *node,
                 const ChildSpec    *specs,
                 const char * const *properties,
                 guint               n_specs)
{
  g_autofree xmlNode **found = g_new0 (xmlNode *, n_specs);

  if (!collect_children (r, node, specs, n_specs, found))
    return FALSE;
  for (guint i = 0; i < n_specs; i++)
    {
      g_autofree char *text = NULL;

      if (!get_optional_property_text (r, found[i], properties[i], &text))
        return FALSE;
      g_object_set (r->plan, properties[i], text, NULL);
    }
  return TRUE;
}

static gboolean
read_organisation (Reader  *r,
                   xmlNode *node)
{
  static const ChildSpec specs[] = {
    { "name", FALSE },
    { "district", FALSE },
    { "province", FALSE },
    { "preparing-unit", FALSE },
  };
  static const char * const properties[] = {
    "organisation-name", "district", "province", "preparing-unit",
  };
  g_autofree char *kind_text = NULL;
  PhaenOrganisationKind kind;

  if (!check_attributes (r, node, (const char * const[]) { "kind", NULL }) ||
      !require_attribute (r, node, "kind", &kind_text))
    return FALSE;
  if (!phaen_organisation_kind_from_string (kind_text, &kind))
    return invalid_value (r, node, "kind", kind_text);
  g_object_set (r->plan, "organisation-kind", kind, NULL);

  return read_text_group (r, node, specs, properties, G_N_ELEMENTS (specs));
}

static gboolean
read_fiscal_year (Reader  *r,
                  xmlNode *node)
{
  g_autofree char *text = NULL;
  guint64 year;

  if (!get_optional_text (r, node, &text))
    return FALSE;
  if (!parse_digits (text, 4, &year) || !phaen_fiscal_year_in_range ((guint) year))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the fiscal year “%s” is not a Buddhist-era year from %d to %d"),
                 text, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
  g_object_set (r->plan, "fiscal-year", (guint) year, NULL);
  return TRUE;
}

/* @node must have no child elements. */
static gboolean
check_no_children (Reader  *r,
                   xmlNode *node)
{
  xmlNode *cursor = node->children;
  xmlNode *child;

  if (!next_element (r, node, &cursor, &child))
    return FALSE;
  if (child != NULL)
    return fail (r, child, PHAEN_IO_ERROR_INVALID,
                 _("unknown element <%s> inside <%s>"), node_name (child), node_name (node));
  return TRUE;
}

static gboolean
read_edition (Reader  *r,
              xmlNode *node)
{
  g_autofree char *kind_text = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *year_text = NULL;
  PhaenEditionKind kind;
  guint64 number = 0;
  guint64 year = 0;

  if (!check_attributes (r, node, (const char * const[]) { "kind", "number", "year", NULL }) ||
      !require_attribute (r, node, "kind", &kind_text))
    return FALSE;
  if (!phaen_edition_kind_from_string (kind_text, &kind))
    return invalid_value (r, node, "kind", kind_text);

  year_text = get_attribute (node, "year");
  if (year_text != NULL &&
      (kind == PHAEN_EDITION_ORIGINAL || !parse_digits (year_text, 4, &year) ||
       !phaen_fiscal_year_in_range ((guint) year)))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the edition year “%s” is not a Buddhist-era year from %d to %d of an addition or amendment"),
                 year_text, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);

  number_text = get_attribute (node, "number");
  if (kind == PHAEN_EDITION_ORIGINAL && number_text != NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("an original edition has no number"));
  if (kind != PHAEN_EDITION_ORIGINAL)
    {
      if (number_text == NULL)
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("<%s> lacks the required attribute “%s”"), node_name (node), "number");
      if (!parse_digits (number_text, 3, &number) || number < 1 || number > EDITION_NUMBER_MAX)
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("the edition number “%s” is not a whole number from 1 to %d"),
                     number_text, EDITION_NUMBER_MAX);
    }

  if (!check_no_children (r, node))
    return FALSE;

  g_object_set (r->plan, "edition-kind", kind, "edition-number", (guint) number,
                "edition-year", (guint) year, NULL);
  return TRUE;
}

/* The value of the date attribute of @node (NULL when absent), checked:
 * an ISO date of the Common Era. */
static gboolean
read_date_attribute (Reader   *r,
                     xmlNode  *node,
                     char    **out)
{
  g_autofree char *date = get_attribute (node, "date");
  GDate parsed;

  *out = NULL;
  if (date == NULL)
    return TRUE;

  g_date_clear (&parsed, 1);
  if (!g_utf8_validate (date, -1, NULL) ||
      !phaen_date_parse_iso (date, &parsed, NULL) ||
      !g_date_valid (&parsed))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("“%s” is not a valid date (YYYY-MM-DD, Common Era)"), date);

  *out = phaen_date_format_iso (&parsed);
  return TRUE;
}

/* One fact of the legal basis (phaen-announcement.h), checked and stored
 * as it is in the file. */
static gboolean
set_fact (Reader     *r,
          xmlNode    *node,
          const char *property,
          const char *value)
{
  g_autoptr(GError) local_error = NULL;

  if (!phaen_announcement_check_fact (property, value, NULL, &local_error))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the element <%s>: %s"), node_name (node), local_error->message);
  g_object_set (r->plan, property, value, NULL);
  return TRUE;
}

/* <legal-basis amendments="2/2559, 3/2561" clauses="26, 27"/> (1.1) */
static gboolean
read_legal_basis (Reader  *r,
                  xmlNode *node)
{
  g_autofree char *amendments = NULL;
  g_autofree char *clauses = NULL;

  if (!check_attributes (r, node, (const char * const[]) { "amendments", "clauses", NULL }) ||
      !require_attribute (r, node, "amendments", &amendments) ||
      !require_attribute (r, node, "clauses", &clauses) ||
      !check_no_children (r, node))
    return FALSE;

  return set_fact (r, node, "regulation-amendments", amendments) &&
         set_fact (r, node, "regulation-clauses", clauses);
}

/* <budget-ordinance date="…">name</budget-ordinance> and
 * <considered-by date="…">body</considered-by> (1.1) */
static gboolean
read_dated_fact (Reader     *r,
                 xmlNode    *node,
                 const char *text_property,
                 const char *date_property)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (!check_attributes (r, node, (const char * const[]) { "date", NULL }) ||
      !read_date_attribute (r, node, &date) ||
      !get_text (r, node, &text))
    return FALSE;

  return set_fact (r, node, text_property, text) &&
         set_fact (r, node, date_property, date != NULL ? date : "");
}

static gboolean
read_announcement (Reader  *r,
                   xmlNode *node)
{
  enum {
    SIGNER_NAME, SIGNER_POSITION, LEGAL_BASIS, BUDGET_ORDINANCE, CONSIDERED_BY,
    FIRST_PARAGRAPH, SECOND_PARAGRAPH, N_CHILDREN
  };
  static const ChildSpec specs[N_CHILDREN] = {
    { "signer-name", FALSE },
    { "signer-position", FALSE },
    { "legal-basis", FALSE },
    { "budget-ordinance", FALSE },
    { "considered-by", FALSE },
    { "first-paragraph", FALSE },
    { "second-paragraph", FALSE },
  };
  static const struct {
    guint index;
    const char *property;
  } texts[] = {
    { SIGNER_NAME, "signer-name" },
    { SIGNER_POSITION, "signer-position" },
    { FIRST_PARAGRAPH, "announcement-text-1" },
    { SECOND_PARAGRAPH, "announcement-text-2" },
  };
  xmlNode *found[N_CHILDREN];
  g_autofree char *date = NULL;

  if (!check_attributes (r, node, (const char * const[]) { "date", NULL }) ||
      !read_date_attribute (r, node, &date))
    return FALSE;
  if (date != NULL)
    g_object_set (r->plan, "announcement-date", date, NULL);

  if (!collect_children (r, node, specs, N_CHILDREN, found))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = NULL;

      if (!get_optional_property_text (r, found[texts[i].index], texts[i].property, &text))
        return FALSE;
      g_object_set (r->plan, texts[i].property, text, NULL);
    }

  return (found[LEGAL_BASIS] == NULL || read_legal_basis (r, found[LEGAL_BASIS])) &&
         (found[BUDGET_ORDINANCE] == NULL ||
          read_dated_fact (r, found[BUDGET_ORDINANCE], "budget-ordinance", "budget-ordinance-date")) &&
         (found[CONSIDERED_BY] == NULL ||
          read_dated_fact (r, found[CONSIDERED_BY], "considering-body", "considered-date"));
}

static gboolean
read_texts (Reader  *r,
            xmlNode *node)
{
  static const ChildSpec specs[] = {
    { "foreword", FALSE },
    { "introduction", FALSE },
    { "objectives", FALSE },
    { "procedure", FALSE },
    { "benefits", FALSE },
  };
  static const char * const properties[] = {
    "foreword", "introduction-text", "objectives-text", "procedure-text", "benefits-text",
  };

  if (!check_attributes (r, node, (const char * const[]) { NULL }))
    return FALSE;
  return read_text_group (r, node, specs, properties, G_N_ELEMENTS (specs));
}

static gboolean
read_settings (Reader  *r,
               xmlNode *node)
{
  gboolean thai_digits, equipment_in_summary;
  g_autofree char *bahttext_text = NULL;
  g_autofree char *grouping_text = NULL;
  PhaenBahttextStyle bahttext;
  PhaenGrouping grouping;
  g_autofree char *flow_text = NULL;
  PhaenGroupFlow flow = PHAEN_GROUP_FLOW_PAGE_PER_GROUP;

  if (!check_attributes (r, node, (const char * const[]) {
                           "thai-digits", "bahttext", "grouping", "equipment-in-summary",
                           "pd02-flow", NULL }))
    return FALSE;

  if (!parse_boolean (r, node, "thai-digits", &thai_digits) ||
      !require_attribute (r, node, "bahttext", &bahttext_text))
    return FALSE;
  if (!phaen_bahttext_style_from_string (bahttext_text, &bahttext))
    return invalid_value (r, node, "bahttext", bahttext_text);
  if (!require_attribute (r, node, "grouping", &grouping_text))
    return FALSE;
  if (!phaen_grouping_from_string (grouping_text, &grouping))
    return invalid_value (r, node, "grouping", grouping_text);
  if (!parse_boolean (r, node, "equipment-in-summary", &equipment_in_summary))
    return FALSE;
  /* 1.1, optional: absent for the default */
  flow_text = get_attribute (node, "pd02-flow");
  if (flow_text != NULL && !phaen_group_flow_from_string (flow_text, &flow))
    return invalid_value (r, node, "pd02-flow", flow_text);

  if (!check_no_children (r, node))
    return FALSE;

  g_object_set (r->plan,
                "thai-digits", thai_digits,
                "bahttext-style", bahttext,
                "grouping", grouping,
                "equipment-in-summary", equipment_in_summary,
                "pd02-flow", flow,
                NULL);
  return TRUE;
}

/* <word>: one word of the officer's list (1.1), normalised as the list
 * keeps it. */
static gboolean
read_word (Reader  *r,
           xmlNode *node)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  char *word;

  if (!check_attributes (r, node, (const char * const[]) { NULL }) ||
      !get_text (r, node, &text))
    return FALSE;

  word = phaen_word_normalize (text, &local_error);
  if (word == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID, "%s", local_error->message);
  if (g_ptr_array_find_with_equal_func (r->words, word, g_str_equal, NULL))
    {
      fail (r, node, PHAEN_IO_ERROR_INVALID, _("the word “%s” is listed twice"), word);
      g_free (word);
      return FALSE;
    }
  g_ptr_array_add (r->words, word);
  return TRUE;
}

typedef gboolean (*ItemFunc) (Reader *r, xmlNode *item);

static gboolean read_list (Reader     *r,
                           xmlNode    *node,
                           const char *child_name,
                           guint       limit,
                           ItemFunc    func);

/* <words> (1.1, optional): the officer's word list. */
static gboolean
read_words (Reader  *r,
            xmlNode *node)
{
  g_autofree char *list = NULL;

  if (node == NULL)
    return TRUE;

  r->words = g_ptr_array_new_with_free_func (g_free);
  if (!read_list (r, node, "word", PHAEN_LIMIT_WORDS, read_word))
    return FALSE;

  g_ptr_array_add (r->words, NULL);
  list = g_strjoinv ("\n", (char **) r->words->pdata);
  g_object_set (r->plan, "word-list", list, NULL);
  return TRUE;
}

/* Calls @func for every child element of @node, which must all be named
 * @child_name. */
static gboolean
read_list (Reader     *r,
           xmlNode    *node,
           const char *child_name,
           guint       limit,
           ItemFunc    func)
{
  xmlNode *cursor = node->children;
  xmlNode *child;
  guint count = 0;

  if (!check_attributes (r, node, (const char * const[]) { NULL }))
    return FALSE;

  for (;;)
    {
      if (!next_element (r, node, &cursor, &child))
        return FALSE;
      if (child == NULL)
        return TRUE;
      if (strcmp (node_name (child), child_name) != 0)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("unknown element <%s> inside <%s>"),
                     node_name (child), node_name (node));
      if (++count > limit)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("<%s> holds more than %u <%s> elements, the most a plan may have"),
                     node_name (node), limit, child_name);
      if (!func (r, child))
        return FALSE;
    }
}

/* An entry that is only an id and a name: <unit id="u1">name</unit>. */
static gboolean
read_id_and_name (Reader      *r,
                  xmlNode     *node,
                  GHashTable  *ids,
                  char       **id,
                  char       **name)
{
  return check_attributes (r, node, (const char * const[]) { "id", NULL }) &&
         read_id (r, node, ids, id) &&
         get_property_text (r, node, "name", name);
}

static gboolean
read_unit (Reader  *r,
           xmlNode *node)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PhaenUnit) unit = NULL;

  if (!read_id_and_name (r, node, r->ids[UNIT_IDS], &id, &name))
    return FALSE;

  unit = phaen_unit_new (id, name);
  phaen_plan_append_unit (r->plan, unit);
  return TRUE;
}

static gboolean
read_program (Reader  *r,
              xmlNode *node)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PhaenProgram) program = NULL;
  gboolean standard = FALSE;

  if (!check_attributes (r, node, (const char * const[]) { "id", "standard", NULL }) ||
      !read_id (r, node, r->ids[PROGRAM_IDS], &id))
    return FALSE;
  if (xmlHasNsProp (node, BAD_CAST "standard", NULL) != NULL &&
      !parse_boolean (r, node, "standard", &standard))
    return FALSE;
  if (!get_property_text (r, node, "name", &name))
    return FALSE;

  program = phaen_program_new (id, name);
  phaen_program_set_standard (program, standard);
  phaen_plan_append_program (r->plan, program);
  return TRUE;
}

static gboolean
read_strategy (Reader  *r,
               xmlNode *node)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PhaenStrategy) strategy = NULL;

  if (!read_id_and_name (r, node, r->ids[STRATEGY_IDS], &id, &name))
    return FALSE;

  strategy = phaen_strategy_new (id, name);
  phaen_plan_append_strategy (r->plan, strategy);
  return TRUE;
}

static gboolean
read_approach (Reader  *r,
               xmlNode *node)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *strategy_id = NULL;
  g_autoptr(PhaenApproach) approach = NULL;
  PhaenStrategy *strategy;

  if (!check_attributes (r, node, (const char * const[]) { "id", "strategy", NULL }) ||
      !read_id (r, node, r->ids[APPROACH_IDS], &id) ||
      !get_reference (r, node, "strategy", &strategy_id))
    return FALSE;

  /* An approach whose strategy is not chosen yet has no attribute. */
  strategy = strategy_id != NULL ? phaen_plan_find_strategy (r->plan, strategy_id) : NULL;
  if (strategy_id != NULL && strategy == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("approach “%s” refers to the unknown strategy “%s”"), id, strategy_id);
  if (!get_property_text (r, node, "name", &name))
    return FALSE;

  approach = phaen_approach_new (id, name, strategy);
  phaen_plan_append_approach (r->plan, approach);
  return TRUE;
}

static gboolean
read_monitoring (Reader       *r,
                 xmlNode      *node,
                 PhaenProject *project)
{
  enum { CONTRACTED, DISBURSED, ACTUAL_SCHEDULE, REMARKS, N_CHILDREN };
  static const ChildSpec specs[N_CHILDREN] = {
    { "contracted", FALSE },
    { "disbursed", FALSE },
    { "actual-schedule", FALSE },
    { "remarks", FALSE },
  };
  xmlNode *found[N_CHILDREN];
  g_autofree char *status_text = NULL;
  g_autofree char *progress_text = NULL;
  g_autofree char *remarks = NULL;
  PhaenProjectStatus status;
  guint64 progress;
  gint64 contracted = 0, disbursed = 0;
  guint actual = 0;

  if (!check_attributes (r, node, (const char * const[]) { "status", "progress", NULL }) ||
      !require_attribute (r, node, "status", &status_text))
    return FALSE;
  if (!phaen_project_status_from_string (status_text, &status))
    return invalid_value (r, node, "status", status_text);
  if (!require_attribute (r, node, "progress", &progress_text))
    return FALSE;
  if (!parse_digits (progress_text, 3, &progress) || progress > 100)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the progress “%s” is not a percentage from 0 to 100"), progress_text);

  if (!collect_children (r, node, specs, N_CHILDREN, found))
    return FALSE;
  if ((found[CONTRACTED] != NULL && !parse_amount (r, found[CONTRACTED], &contracted)) ||
      (found[DISBURSED] != NULL && !parse_amount (r, found[DISBURSED], &disbursed)) ||
      !parse_schedule (r, found[ACTUAL_SCHEDULE], &actual) ||
      !get_optional_property_text (r, found[REMARKS], "remarks", &remarks))
    return FALSE;

  phaen_project_set_status (project, status);
  phaen_project_set_progress (project, (guint) progress);
  phaen_project_set_contracted (project, contracted);
  phaen_project_set_disbursed (project, disbursed);
  phaen_project_set_actual_schedule (project, actual);
  phaen_project_set_remarks (project, remarks);
  return TRUE;
}

static gboolean
read_project (Reader  *r,
              xmlNode *node)
{
  enum {
    NAME, ACTIVITIES, BUDGET, LOCATION, SCHEDULE, SOURCE, TARGET, CATEGORY,
    EQUIPMENT_TYPE, REFERENCE, MONITORING, N_CHILDREN
  };
  static const ChildSpec specs[N_CHILDREN] = {
    { "name", TRUE },
    { "activities", FALSE },
    { "budget", TRUE },
    { "location", FALSE },
    { "schedule", FALSE },
    { "source", FALSE },
    { "target", FALSE },
    { "category", FALSE },
    { "equipment-type", FALSE },
    { "reference", FALSE },
    { "monitoring", FALSE },
  };
  /* Set through the setters: g_object_set() by name cost more than
   * reading the text. */
  static const struct {
    guint index;
    const char *property;
    void (*set) (PhaenProject *, const char *);
  } texts[] = {
    { NAME, "name", phaen_project_set_name },
    { ACTIVITIES, "activities", phaen_project_set_activities },
    { LOCATION, "location", phaen_project_set_location },
    { SOURCE, "source", phaen_project_set_source },
    { TARGET, "target", phaen_project_set_target },
    { CATEGORY, "category", phaen_project_set_category },
    { EQUIPMENT_TYPE, "equipment-type", phaen_project_set_equipment_type },
    { REFERENCE, "reference", phaen_project_set_reference },
  };
  xmlNode *found[N_CHILDREN];
  g_autoptr(PhaenProject) project = NULL;
  g_autofree char *id = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *strategy_id = NULL;
  g_autofree char *approach_id = NULL;
  g_autofree char *program_id = NULL;
  g_autofree char *unit_id = NULL;
  PhaenProjectKind kind;
  PhaenStrategy *strategy;
  PhaenApproach *approach = NULL;
  PhaenProgram *program;
  PhaenUnit *unit;
  gint64 budget;
  guint schedule;

  if (!check_attributes (r, node, (const char * const[]) {
                           "id", "kind", "strategy", "approach", "program", "unit", NULL }) ||
      !read_id (r, node, r->ids[PROJECT_IDS], &id) ||
      !require_attribute (r, node, "kind", &kind_text))
    return FALSE;
  if (!phaen_project_kind_from_string (kind_text, &kind))
    return invalid_value (r, node, "kind", kind_text);

  /* A project still being entered may lack its strategy, program or unit:
   * the attribute is then absent. One that is there must resolve. */
  if (!get_reference (r, node, "strategy", &strategy_id))
    return FALSE;
  strategy = strategy_id != NULL ? phaen_plan_find_strategy (r->plan, strategy_id) : NULL;
  if (strategy_id != NULL && strategy == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("project “%s” refers to the unknown strategy “%s”"), id, strategy_id);

  if (!get_reference (r, node, "approach", &approach_id))
    return FALSE;
  if (approach_id != NULL)
    {
      approach = phaen_plan_find_approach (r->plan, approach_id);
      if (approach == NULL)
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("project “%s” refers to the unknown approach “%s”"), id, approach_id);
      /* Without a strategy yet, the approach waits for one. */
      if (strategy != NULL && phaen_approach_get_strategy (approach) != strategy)
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("project “%s” is under strategy “%s” but its approach “%s” belongs to another strategy"),
                     id, strategy_id, approach_id);
    }

  if (!get_reference (r, node, "program", &program_id))
    return FALSE;
  program = program_id != NULL ? phaen_plan_find_program (r->plan, program_id) : NULL;
  if (program_id != NULL && program == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("project “%s” refers to the unknown program “%s”"), id, program_id);

  if (!get_reference (r, node, "unit", &unit_id))
    return FALSE;
  unit = unit_id != NULL ? phaen_plan_find_unit (r->plan, unit_id) : NULL;
  if (unit_id != NULL && unit == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("project “%s” refers to the unknown unit “%s”"), id, unit_id);

  if (!collect_children (r, node, specs, N_CHILDREN, found))
    return FALSE;

  project = phaen_project_new ();
  phaen_project_set_id (project, id);
  phaen_project_set_kind (project, kind);
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_approach (project, approach);
  phaen_project_set_program (project, program);
  phaen_project_set_unit (project, unit);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = NULL;

      if (!get_optional_property_text (r, found[texts[i].index], texts[i].property, &text))
        return FALSE;
      texts[i].set (project, text);
    }

  if (!parse_amount (r, found[BUDGET], &budget) ||
      !parse_schedule (r, found[SCHEDULE], &schedule))
    return FALSE;
  phaen_project_set_budget (project, budget);
  phaen_project_set_schedule (project, schedule);

  if (found[MONITORING] != NULL && !read_monitoring (r, found[MONITORING], project))
    return FALSE;

  phaen_plan_append_project (r->plan, project);
  return TRUE;
}

/* <garuda media-type="image/png">base64</garuda>, <seal …> (1.1): the
 * bytes of the image file, checked as the model checks an emblem. */
static gboolean
read_emblem (Reader          *r,
             xmlNode         *node,
             PhaenEmblemKind  kind)
{
  g_autofree char *media_type = NULL;
  g_autofree char *text = NULL;
  g_autofree guchar *decoded = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local_error = NULL;
  PhaenImageFormat declared, format;
  GString *base64;
  gsize length = 0;

  if (!check_attributes (r, node, (const char * const[]) { "media-type", NULL }) ||
      !require_attribute (r, node, "media-type", &media_type))
    return FALSE;
  if (!phaen_image_format_from_media_type (media_type, &declared))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("<%s>: “%s” is not an image type Phaen prints (image/png, image/jpeg or image/svg+xml)"),
                 node_name (node), media_type);
  if (!get_text (r, node, &text))
    return FALSE;

  /* Base64 only, white space between; not more than an emblem may be. */
  base64 = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        continue;
      if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=')
        {
          g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);

          g_string_free (base64, TRUE);
          return fail (r, node, PHAEN_IO_ERROR_INVALID,
                       _("<%s> does not hold an image in base64 (the character “%s” is not base64)"),
                       node_name (node), character);
        }
      g_string_append_c (base64, *p);
    }
  if (base64->len % 4 != 0 || base64->len == 0 ||
      base64->len / 4 * 3 > (gsize) PHAEN_LIMIT_EMBLEM_BYTES + 2)
    {
      gboolean too_large = base64->len / 4 * 3 > (gsize) PHAEN_LIMIT_EMBLEM_BYTES + 2;

      g_string_free (base64, TRUE);
      if (too_large)
        {
          g_autofree char *limit = g_format_size (PHAEN_LIMIT_EMBLEM_BYTES);

          return fail (r, node, PHAEN_IO_ERROR_INVALID,
                       _("<%s> holds an image larger than an emblem may be (%s)"),
                       node_name (node), limit);
        }
      return fail (r, node, PHAEN_IO_ERROR_INVALID,
                   _("<%s> does not hold an image in base64 (its length is wrong)"), node_name (node));
    }
  decoded = g_base64_decode (base64->str, &length);
  g_string_free (base64, TRUE);
  data = g_bytes_new_take (g_steal_pointer (&decoded), length);

  if (!phaen_emblem_check (data, NULL, &format, &local_error))
    return fail (r, node, PHAEN_IO_ERROR_INVALID, _("the element <%s>: %s"),
                 node_name (node), local_error->message);
  if (format != declared)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("<%s> says %s but holds an image of type %s"),
                 node_name (node), media_type, phaen_image_format_media_type (format));

  g_object_set (r->plan, phaen_emblem_kind_property (kind), data, NULL);
  return TRUE;
}

/* <emblems> (1.1, optional): <garuda>, <seal>, each optional. */
static gboolean
read_emblems (Reader  *r,
              xmlNode *node)
{
  static const ChildSpec specs[PHAEN_EMBLEM_N_KINDS] = {
    { "garuda", FALSE },
    { "seal", FALSE },
  };
  xmlNode *found[PHAEN_EMBLEM_N_KINDS];

  if (node == NULL)
    return TRUE;
  if (!check_attributes (r, node, (const char * const[]) { NULL }) ||
      !collect_children (r, node, specs, PHAEN_EMBLEM_N_KINDS, found))
    return FALSE;

  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    if (found[kind] != NULL && !read_emblem (r, found[kind], kind))
      return FALSE;

  return TRUE;
}

/* ---- Editions (format 1.1) ------------------------------------------------ */

static const char * const reference_fields[] = { "strategy", "approach", "program", "unit", NULL };

/* A 1-based position attribute, stored 0-based. */
static gboolean
parse_position (Reader     *r,
                xmlNode    *node,
                const char *name,
                guint      *out)
{
  g_autofree char *text = NULL;
  guint64 value;
  const guint limit = MAX (PHAEN_LIMIT_PROJECTS, PHAEN_LIMIT_CATALOGUE);

  if (!require_attribute (r, node, name, &text))
    return FALSE;
  if (!parse_digits (text, 6, &value) || value < 1 || value > limit)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the attribute “%s” of <%s> must be a position from 1 to %u, not “%s”"),
                 name, node_name (node), limit, text);
  *out = (guint) value - 1;
  return TRUE;
}

/* A value of a record, checked as the plan's own text is and held in
 * the one form records use (phaen_change_normalize_value()). */
static gboolean
record_value (Reader             *r,
              xmlNode            *node,
              PhaenChangeTarget   target,
              const char         *property,
              const char         *text,
              char              **out)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *value = NULL;

  *out = NULL;
  value = phaen_change_normalize_value (target, property, text, &local_error);
  if (value == NULL)
    return fail (r, node, PHAEN_IO_ERROR_INVALID, "%s", local_error->message);
  if (!phaen_text_check (value, phaen_text_property_max_chars (property), &local_error))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the text of <%s>: %s"), node_name (node), local_error->message);
  if (g_strv_contains (reference_fields, property) && value[0] != '\0' &&
      !check_id_syntax (r, node, value))
    return FALSE;

  *out = g_steal_pointer (&value);
  return TRUE;
}

/* The fields of an added or removed entry: <field name="…">value</field>,
 * each at most once; the ones left out have their default value. */
static gboolean
read_change_fields (Reader      *r,
                    xmlNode     *node,
                    PhaenChange *change)
{
  const char * const *fields = phaen_change_target_fields (change->target);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlNode *cursor = node->children;
  xmlNode *child;

  for (;;)
    {
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;
      char *value = NULL;

      if (!next_element (r, node, &cursor, &child))
        return FALSE;
      if (child == NULL)
        break;
      if (strcmp (node_name (child), "field") != 0)
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("unknown element <%s> inside <%s>"), node_name (child), node_name (node));
      if (!check_attributes (r, child, (const char * const[]) { "name", NULL }) ||
          !require_attribute (r, child, "name", &name))
        return FALSE;
      if (!phaen_change_field_is_recorded (change->target, name))
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("“%s” is not a field an edition records for a %s"),
                     name, phaen_change_target_get_label (change->target));
      if (g_hash_table_contains (values, name))
        return fail (r, child, PHAEN_IO_ERROR_INVALID,
                     _("the field “%s” appears more than once inside <%s>"), name, node_name (node));
      if (!get_text (r, child, &text) ||
          !record_value (r, child, change->target, name, text, &value))
        return FALSE;
      g_hash_table_insert (values, g_steal_pointer (&name), value);
    }

  for (guint f = 0; fields[f] != NULL; f++)
    {
      const char *value = g_hash_table_lookup (values, fields[f]);
      g_autofree char *fallback = value == NULL ? phaen_change_default_value (change->target, fields[f]) : NULL;

      phaen_change_add_field (change, fields[f], value != NULL ? value : fallback);
    }

  return TRUE;
}

static gboolean
read_change (Reader    *r,
             xmlNode   *node,
             GPtrArray *changes,
             GArray    *lines)
{
  g_autoptr(PhaenChange) change = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *id = NULL;
  PhaenChangeKind kind;
  PhaenChangeTarget target;
  int line = node_line (node);

  if (!phaen_change_kind_from_string (node_name (node), &kind))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("unknown element <%s> inside <%s>"), node_name (node), "changes");

  switch (kind)
    {
    case PHAEN_CHANGE_ADDED:
    case PHAEN_CHANGE_REMOVED:
      if (!check_attributes (r, node, (const char * const[]) { "of", "id", "position", NULL }))
        return FALSE;
      break;
    case PHAEN_CHANGE_MOVED:
      if (!check_attributes (r, node, (const char * const[]) { "of", "id", "from", "to", NULL }))
        return FALSE;
      break;
    case PHAEN_CHANGE_CHANGED:
    default:
      if (!check_attributes (r, node, (const char * const[]) { "of", "id", "field", NULL }))
        return FALSE;
      break;
    }

  if (!require_attribute (r, node, "of", &target_text))
    return FALSE;
  if (!phaen_change_target_from_string (target_text, &target))
    return invalid_value (r, node, "of", target_text);
  if (!require_attribute (r, node, "id", &id) || !check_id_syntax (r, node, id))
    return FALSE;

  change = phaen_change_new (kind, target, id);
  switch (kind)
    {
    case PHAEN_CHANGE_ADDED:
      if (!parse_position (r, node, "position", &change->to) ||
          !read_change_fields (r, node, change))
        return FALSE;
      break;

    case PHAEN_CHANGE_REMOVED:
      if (!parse_position (r, node, "position", &change->from) ||
          !read_change_fields (r, node, change))
        return FALSE;
      break;

    case PHAEN_CHANGE_MOVED:
      if (!parse_position (r, node, "from", &change->from) ||
          !parse_position (r, node, "to", &change->to) ||
          !check_no_children (r, node))
        return FALSE;
      break;

    case PHAEN_CHANGE_CHANGED:
    default:
      {
        enum { OLD, NEW, N_CHILDREN };
        static const ChildSpec specs[N_CHILDREN] = {
          { "old", TRUE },
          { "new", TRUE },
        };
        xmlNode *found[N_CHILDREN];
        g_autofree char *field = NULL;
        g_autofree char *old_text = NULL;
        g_autofree char *new_text = NULL;

        if (!require_attribute (r, node, "field", &field))
          return FALSE;
        if (!phaen_change_field_is_recorded (target, field))
          return fail (r, node, PHAEN_IO_ERROR_INVALID,
                       _("“%s” is not a field an edition records for a %s"),
                       field, phaen_change_target_get_label (target));
        if (!collect_children (r, node, specs, N_CHILDREN, found) ||
            !get_optional_text (r, found[OLD], &old_text) ||
            !get_optional_text (r, found[NEW], &new_text) ||
            !record_value (r, found[OLD], target, field, old_text, &change->old_value) ||
            !record_value (r, found[NEW], target, field, new_text, &change->new_value))
          return FALSE;
        change->field = g_steal_pointer (&field);
      }
      break;
    }

  g_ptr_array_add (changes, g_steal_pointer (&change));
  g_array_append_val (lines, line);
  return TRUE;
}

static gboolean
read_edition_record (Reader  *r,
                     xmlNode *node)
{
  enum { SIGNER_NAME, SIGNER_POSITION, FIRST, SECOND, CHANGES, N_CHILDREN };
  static const ChildSpec specs[N_CHILDREN] = {
    { "signer-name", FALSE },
    { "signer-position", FALSE },
    { "first-paragraph", FALSE },
    { "second-paragraph", FALSE },
    { "changes", FALSE },
  };
  static const char * const properties[] = {
    "signer-name", "signer-position", "announcement-text-1", "announcement-text-2",
  };
  xmlNode *found[N_CHILDREN];
  g_autoptr(PhaenEdition) edition = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *id = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *adopted = NULL;
  g_autofree char *iso = NULL;
  PhaenEditionKind kind;
  guint64 number = 0, year = 0;
  int line = node_line (node);

  if (!check_attributes (r, node, (const char * const[]) {
                           "id", "kind", "number", "year", "adopted", NULL }) ||
      !read_id (r, node, r->ids[EDITION_IDS], &id) ||
      !require_attribute (r, node, "kind", &kind_text))
    return FALSE;
  if (!phaen_edition_kind_from_string (kind_text, &kind) || kind == PHAEN_EDITION_ORIGINAL)
    return invalid_value (r, node, "kind", kind_text);
  if (!require_attribute (r, node, "number", &number_text))
    return FALSE;
  if (!parse_digits (number_text, 3, &number) || number < 1 || number > EDITION_NUMBER_MAX)
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the edition number “%s” is not a whole number from 1 to %d"),
                 number_text, EDITION_NUMBER_MAX);
  year_text = get_attribute (node, "year");
  if (year_text != NULL &&
      (!parse_digits (year_text, 4, &year) || !phaen_fiscal_year_in_range ((guint) year)))
    return fail (r, node, PHAEN_IO_ERROR_INVALID,
                 _("the edition year “%s” is not a Buddhist-era year from %d to %d of an addition or amendment"),
                 year_text, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
  adopted = get_attribute (node, "adopted");
  if (adopted != NULL)
    {
      GDate parsed;

      g_date_clear (&parsed, 1);
      if (!g_utf8_validate (adopted, -1, NULL) ||
          !phaen_date_parse_iso (adopted, &parsed, NULL) ||
          !g_date_valid (&parsed))
        return fail (r, node, PHAEN_IO_ERROR_INVALID,
                     _("“%s” is not a valid date (YYYY-MM-DD, Common Era)"), adopted);
      iso = phaen_date_format_iso (&parsed);
    }

  if (!collect_children (r, node, specs, N_CHILDREN, found))
    return FALSE;

  edition = phaen_edition_new (kind, (guint) number, (guint) year);
  g_object_set (edition, "id", id, "adoption-date", iso != NULL ? iso : "", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_autofree char *text = NULL;

      if (!get_optional_property_text (r, found[i], properties[i], &text))
        return FALSE;
      g_object_set (edition, properties[i], text, NULL);
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_change_unref);
  lines = g_array_new (FALSE, FALSE, sizeof (int));
  if (found[CHANGES] != NULL)
    {
      xmlNode *cursor = found[CHANGES]->children;
      xmlNode *child;

      if (!check_attributes (r, found[CHANGES], (const char * const[]) { NULL }))
        return FALSE;
      for (;;)
        {
          if (!next_element (r, found[CHANGES], &cursor, &child))
            return FALSE;
          if (child == NULL)
            break;
          if (changes->len >= PHAEN_LIMIT_CHANGES)
            return fail (r, child, PHAEN_IO_ERROR_INVALID,
                         _("<%s> holds more than %u changes, the most an edition may have"),
                         "changes", (guint) PHAEN_LIMIT_CHANGES);
          if (!read_change (r, child, changes, lines))
            return FALSE;
        }
    }

  phaen_edition_set_changes (edition, changes);
  phaen_plan_append_edition (r->plan, edition);
  g_array_append_val (r->edition_lines, line);
  g_ptr_array_add (r->change_lines, g_steal_pointer (&lines));
  return TRUE;
}

/* Every record must match the plan it changed (phaen_plan_load_editions()):
 * the error names the line of the change, or of the edition, at fault. */
static gboolean
check_editions (Reader  *r,
                xmlNode *root)
{
  g_autoptr(GError) local_error = NULL;
  guint edition = 0, change = G_MAXUINT;
  int line = node_line (root);

  if (phaen_plan_load_editions (r->plan, &edition, &change, &local_error))
    return TRUE;

  if (edition >= 1 && edition <= r->edition_lines->len)
    {
      GArray *lines = g_ptr_array_index (r->change_lines, edition - 1);

      line = g_array_index (r->edition_lines, int, edition - 1);
      if (change < lines->len)
        line = g_array_index (lines, int, change);
    }

  return fail_at_line (r, line, PHAEN_IO_ERROR_INVALID, "%s", local_error->message);
}

static gboolean
read_version (Reader  *r,
              xmlNode *root)
{
  g_autofree char *version = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 major, minor;

  if (!require_attribute (r, root, "version", &version))
    return FALSE;

  parts = g_strsplit (version, ".", -1);
  if (g_strv_length (parts) != 2 ||
      !parse_digits (parts[0], 4, &major) ||
      !parse_digits (parts[1], 4, &minor) ||
      major == 0)
    return fail (r, root, PHAEN_IO_ERROR_INVALID,
                 _("“%s” is not a valid format version (expected for example “1.0”)"),
                 version);

  if (major > PHAEN_XML_VERSION_MAJOR)
    return fail (r, root, PHAEN_IO_ERROR_UNSUPPORTED,
                 _("this plan was written by a newer Phaen (format %s); this version reads format %d.x"),
                 version, PHAEN_XML_VERSION_MAJOR);
  r->version_minor = (guint) minor;
  return TRUE;
}

static gboolean
read_plan (Reader  *r,
           xmlNode *root)
{
  enum {
    ORGANISATION, FISCAL_YEAR, EDITION, ANNOUNCEMENT, TEXTS, SETTINGS, WORDS,
    UNITS, PROGRAMS, STRATEGIES, APPROACHES, PROJECTS, EDITIONS, EMBLEMS, N_CHILDREN
  };
  static const ChildSpec specs[N_CHILDREN] = {
    { "organisation", TRUE },
    { "fiscal-year", TRUE },
    { "edition", TRUE },
    { "announcement", TRUE },
    { "texts", TRUE },
    { "settings", TRUE },
    { "words", FALSE },
    { "units", TRUE },
    { "programs", TRUE },
    { "strategies", TRUE },
    { "approaches", TRUE },
    { "projects", TRUE },
    { "editions", FALSE },
    { "emblems", FALSE },
  };
  xmlNode *found[N_CHILDREN];

  if (!check_attributes (r, root, (const char * const[]) { "version", NULL }) ||
      !read_version (r, root) ||
      !collect_children (r, root, specs, N_CHILDREN, found))
    return FALSE;

  phaen_plan_clear_programs (r->plan);

  return read_organisation (r, found[ORGANISATION]) &&
         read_fiscal_year (r, found[FISCAL_YEAR]) &&
         read_edition (r, found[EDITION]) &&
         read_announcement (r, found[ANNOUNCEMENT]) &&
         read_texts (r, found[TEXTS]) &&
         read_settings (r, found[SETTINGS]) &&
         read_words (r, found[WORDS]) &&
         read_list (r, found[UNITS], "unit", PHAEN_LIMIT_CATALOGUE, read_unit) &&
         read_list (r, found[PROGRAMS], "program", PHAEN_LIMIT_CATALOGUE, read_program) &&
         read_list (r, found[STRATEGIES], "strategy", PHAEN_LIMIT_CATALOGUE, read_strategy) &&
         read_list (r, found[APPROACHES], "approach", PHAEN_LIMIT_CATALOGUE, read_approach) &&
         read_list (r, found[PROJECTS], "project", PHAEN_LIMIT_PROJECTS, read_project) &&
         (found[EDITIONS] == NULL ||
          read_list (r, found[EDITIONS], "edition", PHAEN_LIMIT_EDITIONS, read_edition_record)) &&
         read_emblems (r, found[EMBLEMS]);
}

/* SAX hook: called as soon as "<!DOCTYPE" has been parsed, before any
 * declaration inside it. */
static void
doctype_seen_cb (void          *ctx,
                 const xmlChar *name,
                 const xmlChar *external_id,
                 const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  Reader *r = ctxt->_private;

  if (!r->saw_doctype)
    {
      r->saw_doctype = TRUE;
      r->doctype_line = ctxt->input != NULL ? ctxt->input->line : 1;
    }
  xmlStopParser (ctxt);
}

static void
entity_declared_cb (void          *ctx,
                    const xmlChar *name,
                    int            type,
                    const xmlChar *public_id,
                    const xmlChar *system_id,
                    xmlChar       *content)
{
  doctype_seen_cb (ctx, name, public_id, system_id);
}

static int
line_of_offset (const char *data,
                gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static char *
strip_message (const char *message)
{
  char *copy = g_strdup (message != NULL ? message : "");

  return g_strstrip (copy);
}

/* The tree is only read, never changed: XML_PARSE_COMPACT keeps short
 * texts inside their nodes (fewer allocations; such a tree must not be
 * modified). */
static xmlDoc *
parse_document (Reader     *r,
                const char *data,
                gsize       length)
{
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_BIG_LINES | XML_PARSE_COMPACT;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      fail_at_line (r, 1, PHAEN_IO_ERROR_MALFORMED, _("out of memory while reading the file"));
      return NULL;
    }
  ctxt->_private = r;
  ctxt->sax->internalSubset = doctype_seen_cb;
  ctxt->sax->externalSubset = doctype_seen_cb;
  ctxt->sax->entityDecl = entity_declared_cb;

  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, NULL, options);

  if (r->saw_doctype)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      fail_at_line (r, r->doctype_line, PHAEN_IO_ERROR_UNSUPPORTED,
                    _("document type declarations (DOCTYPE) are not allowed in plan files"));
    }
  else if (doc == NULL || !ctxt->wellFormed)
    {
      xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *detail = strip_message (xerr != NULL ? xerr->message : NULL);

      g_clear_pointer (&doc, xmlFreeDoc);
      fail_at_line (r, xerr != NULL && xerr->line > 0 ? xerr->line : 1,
                    PHAEN_IO_ERROR_MALFORMED,
                    _("the file is not well-formed XML: %s"), detail);
    }

  xmlFreeParserCtxt (ctxt);
  return doc;
}

/* What the model requires of any plan a file holds beyond the format
 * itself (phaen_plan_check_storable(): unfinished work is fine), reported
 * at the element of the object at fault. The reading above catches all of
 * it with a more precise line (every text was checked as it was read);
 * this is the safety net. */
static gboolean
check_plan (Reader  *r,
            xmlNode *root)
{
  g_autoptr(GError) local_error = NULL;
  GObject *culprit = NULL;
  GHashTable *table = NULL;
  const char *id = NULL;
  gpointer first_line;
  int line = node_line (root);

  if (phaen_plan_check_storable_structure (r->plan, &culprit, &local_error))
    return TRUE;

  if (PHAEN_IS_UNIT (culprit))
    table = r->ids[UNIT_IDS];
  else if (PHAEN_IS_PROGRAM (culprit))
    table = r->ids[PROGRAM_IDS];
  else if (PHAEN_IS_STRATEGY (culprit))
    table = r->ids[STRATEGY_IDS];
  else if (PHAEN_IS_APPROACH (culprit))
    table = r->ids[APPROACH_IDS];

  if (table != NULL)
    id = phaen_item_get_id (PHAEN_ITEM (culprit));
  else if (PHAEN_IS_PROJECT (culprit))
    {
      table = r->ids[PROJECT_IDS];
      id = phaen_project_get_id (PHAEN_PROJECT (culprit));
    }
  else
    {
      /* The plan's own fields: point at <organisation>, where most are. */
      for (xmlNode *child = root->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE && strcmp (node_name (child), "organisation") == 0)
          line = node_line (child);
    }

  if (table != NULL && id != NULL &&
      g_hash_table_lookup_extended (table, id, NULL, &first_line))
    line = GPOINTER_TO_INT (first_line);

  return fail_at_line (r, line, PHAEN_IO_ERROR_INVALID, "%s", local_error->message);
}

PhaenPlan *
phaen_xml_read_from_data (const char  *data,
                          gsize        length,
                          const char  *filename,
                          GError     **error)
{
  Reader r = { 0 };
  xmlDoc *doc = NULL;
  xmlNode *root;
  const char *invalid;
  PhaenPlan *result = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  r.filename = filename != NULL ? filename : "-";

  if (length == 0 || is_xml_space_n (data, length))
    {
      fail_at_line (&r, 1, PHAEN_IO_ERROR_EMPTY, _("the file is empty"));
      goto out;
    }

  if (length > (gsize) PHAEN_LIMIT_FILE_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (PHAEN_LIMIT_FILE_BYTES);

      fail_at_line (&r, 1, PHAEN_IO_ERROR_INVALID,
                    _("the file is too large to be a plan (%s; a plan file holds at most %s)"),
                    size, limit);
      goto out;
    }

  if (!phaen_xml_guard_check (data, length, r.filename, &r.error))
    goto out;

  if (!g_utf8_validate (data, length, &invalid))
    {
      fail_at_line (&r, line_of_offset (data, invalid - data), PHAEN_IO_ERROR_ENCODING,
                    _("the file contains bytes that are not UTF-8 text"));
      goto out;
    }

  doc = parse_document (&r, data, length);
  if (doc == NULL)
    goto out;

  if (doc->encoding != NULL &&
      g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0)
    {
      fail_at_line (&r, 1, PHAEN_IO_ERROR_ENCODING,
                    _("plan files must be encoded in UTF-8, not %s"),
                    (const char *) doc->encoding);
      goto out;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || strcmp (node_name (root), "plan") != 0 || !in_our_namespace (root))
    {
      fail (&r, root, PHAEN_IO_ERROR_UNSUPPORTED, _("this file is not a Phaen plan"));
      goto out;
    }

  r.plan = phaen_plan_new ();
  for (guint i = 0; i < N_ID_TABLES; i++)
    r.ids[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  r.edition_lines = g_array_new (FALSE, FALSE, sizeof (int));
  r.change_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  if (read_plan (&r, root) && check_plan (&r, root) && check_editions (&r, root))
    {
      /* Format 1.0 stored the announcement's default paragraphs as text;
       * since 1.1 they are composed from the plan's facts. */
      if (r.version_minor == 0)
        phaen_plan_forget_retired_texts (r.plan);
      phaen_history_clear (phaen_plan_get_history (r.plan));
      result = g_steal_pointer (&r.plan);
    }

out:
  if (r.error != NULL)
    g_propagate_error (error, g_steal_pointer (&r.error));
  g_clear_pointer (&doc, xmlFreeDoc);
  reader_clear (&r);
  return result;
}
