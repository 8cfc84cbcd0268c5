/* phaen-xml-writer.c: serialising a plan to the .phaen XML format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is meant to be diffed and kept under version control: the
 * order of elements and attributes never changes, indentation is two
 * spaces, and optional text elements are left out when empty. Text is
 * written as plain character data (libxml2 escapes "&", "<", ">" and
 * carriage returns), so newlines and leading or trailing spaces of free
 * texts come back exactly as they were; names are written normalised
 * (phaen-text.h), as the reader would make them. See docs/file-format.md.
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "model/phaen-announcement.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-emblem.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-text.h"
#include "model/phaen-words.h"

#include "phaen-xml.h"

typedef struct
{
  xmlTextWriterPtr writer;
  GString         *scratch;   /* the text being written, reused */
} Writer;

/* Sets w->scratch to @text (NULL is empty) as XML can carry it. XML 1.0
 * cannot carry most C0 control characters, nor U+FFFE/U+FFFF, even as
 * character references. Such characters cannot be typed into a plan in
 * any normal way; they are dropped here, and phaen_file_save() notices
 * the difference when it reads the bytes back. With @escape, for element
 * content: only "&", "<", ">" and carriage returns (which a parser would
 * turn into newlines) are escaped, so quotes stay readable in diffs.
 * Clean runs of bytes are copied whole. */
static const char *
clean_text (Writer     *w,
            const char *text,
            gboolean    escape)
{
  g_autofree char *valid = NULL;
  GString *out = w->scratch;
  const guchar *p, *run;

  g_string_truncate (out, 0);
  if (text == NULL)
    return out->str;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* In valid UTF-8 a byte below 0x20 is that control character, and
   * EF BF BE / EF BF BF are U+FFFE / U+FFFF. */
  for (p = run = (const guchar *) text; *p != '\0'; )
    {
      const char *replacement = NULL;
      gsize skip = 1;

      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        ;   /* dropped */
      else if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        skip = 3;   /* dropped */
      else if (escape && *p == '&')
        replacement = "&amp;";
      else if (escape && *p == '<')
        replacement = "&lt;";
      else if (escape && *p == '>')
        replacement = "&gt;";
      else if (escape && *p == '\r')
        replacement = "&#13;";
      else
        {
          p++;
          continue;
        }

      g_string_append_len (out, (const char *) run, (gssize) (p - run));
      if (replacement != NULL)
        g_string_append (out, replacement);
      p += skip;
      run = p;
    }
  g_string_append_len (out, (const char *) run, (gssize) (p - run));

  return out->str;
}

static void
write_text (Writer     *w,
            const char *text)
{
  xmlTextWriterWriteRaw (w->writer, BAD_CAST clean_text (w, text, TRUE));
}

static void
start (Writer     *w,
       const char *name)
{
  xmlTextWriterStartElement (w->writer, BAD_CAST name);
}

static void
end (Writer *w)
{
  xmlTextWriterEndElement (w->writer);
}

static void
attribute (Writer     *w,
           const char *name,
           const char *value)
{
  xmlTextWriterWriteAttribute (w->writer, BAD_CAST name, BAD_CAST clean_text (w, value, FALSE));
}

static void
attribute_uint (Writer     *w,
                const char *name,
                guint       value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%u", value);
  attribute (w, name, buf);
}

static void
attribute_boolean (Writer     *w,
                   const char *name,
                   gboolean    value)
{
  attribute (w, name, value ? "true" : "false");
}

/* An element holding only text; written even when @text is empty. */
static void
text_element (Writer     *w,
              const char *name,
              const char *text)
{
  xmlTextWriterStartElement (w->writer, BAD_CAST name);
  write_text (w, text);
  xmlTextWriterEndElement (w->writer);
}

/* An optional text element: left out when @text is empty. */
static void
optional_text_element (Writer     *w,
                       const char *name,
                       const char *text)
{
  if (text != NULL && text[0] != '\0')
    text_element (w, name, text);
}

static void
amount_element (Writer     *w,
                const char *name,
                gint64      satang)
{
  g_autofree char *text = phaen_money_format_plain (satang);

  text_element (w, name, text);
}

/* Names are written as the reader makes them (phaen-text.h), so that a
 * name still being typed ("กองช่าง ") is saved the way it will load. */
static void
plan_text_element (Writer     *w,
                   PhaenPlan  *plan,
                   const char *name,
                   const char *property)
{
  const char *text = phaen_plan_get_text (plan, property);
  g_autofree char *normal = NULL;

  if (phaen_text_property_is_name (property))
    text = normal = phaen_text_normalize_name (text);
  optional_text_element (w, name, text);
}

static void
write_name (Writer     *w,
            const char *name)
{
  g_autofree char *normal = phaen_text_normalize_name (name);

  write_text (w, normal);
}

static void
write_organisation (Writer    *w,
                    PhaenPlan *plan)
{
  start (w, "organisation");
  attribute (w, "kind",
             phaen_organisation_kind_to_string (phaen_plan_get_organisation_kind (plan)));
  plan_text_element (w, plan, "name", "organisation-name");
  plan_text_element (w, plan, "district", "district");
  plan_text_element (w, plan, "province", "province");
  plan_text_element (w, plan, "preparing-unit", "preparing-unit");
  end (w);
}

static void
write_edition (Writer    *w,
               PhaenPlan *plan)
{
  PhaenEditionKind kind = phaen_plan_get_edition_kind (plan);

  guint year;

  g_object_get (plan, "edition-year", &year, NULL);
  start (w, "edition");
  attribute (w, "kind", phaen_edition_kind_to_string (kind));
  if (kind != PHAEN_EDITION_ORIGINAL)
    attribute_uint (w, "number", phaen_plan_get_edition_number (plan));
  if (kind != PHAEN_EDITION_ORIGINAL && year != 0)
    attribute_uint (w, "year", year);
  end (w);
}

/* <@name date="…">text</@name>, left out when both are empty (format 1.1). */
static void
dated_text_element (Writer     *w,
                    PhaenPlan  *plan,
                    const char *name,
                    const char *text_property,
                    const char *date_property)
{
  const char *text = phaen_plan_get_text (plan, text_property);
  const char *date = phaen_plan_get_text (plan, date_property);

  if (text[0] == '\0' && date[0] == '\0')
    return;

  start (w, name);
  if (date[0] != '\0')
    attribute (w, "date", date);
  write_text (w, text);
  end (w);
}

/* The legal basis of the announcement (format 1.1): left out while it is
 * Phaen's default. */
static void
write_legal_basis (Writer    *w,
                   PhaenPlan *plan)
{
  const char *amendments = phaen_plan_get_text (plan, "regulation-amendments");
  const char *clauses = phaen_plan_get_text (plan, "regulation-clauses");

  if (strcmp (amendments, PHAEN_REGULATION_DEFAULT_AMENDMENTS) != 0 ||
      strcmp (clauses, PHAEN_REGULATION_DEFAULT_CLAUSES) != 0)
    {
      start (w, "legal-basis");
      attribute (w, "amendments", amendments);
      attribute (w, "clauses", clauses);
      end (w);
    }
  dated_text_element (w, plan, "budget-ordinance", "budget-ordinance", "budget-ordinance-date");
  dated_text_element (w, plan, "considered-by", "considering-body", "considered-date");
}

static void
write_announcement (Writer    *w,
                    PhaenPlan *plan)
{
  const char *date = phaen_plan_get_text (plan, "announcement-date");

  start (w, "announcement");
  if (date != NULL && date[0] != '\0')
    attribute (w, "date", date);
  plan_text_element (w, plan, "signer-name", "signer-name");
  plan_text_element (w, plan, "signer-position", "signer-position");
  write_legal_basis (w, plan);
  plan_text_element (w, plan, "first-paragraph", "announcement-text-1");
  plan_text_element (w, plan, "second-paragraph", "announcement-text-2");
  end (w);
}

static void
write_texts (Writer    *w,
             PhaenPlan *plan)
{
  start (w, "texts");
  plan_text_element (w, plan, "foreword", "foreword");
  plan_text_element (w, plan, "introduction", "introduction-text");
  plan_text_element (w, plan, "objectives", "objectives-text");
  plan_text_element (w, plan, "procedure", "procedure-text");
  plan_text_element (w, plan, "benefits", "benefits-text");
  end (w);
}

static void
write_settings (Writer    *w,
                PhaenPlan *plan)
{
  start (w, "settings");
  attribute_boolean (w, "thai-digits", phaen_plan_get_thai_digits (plan));
  attribute (w, "bahttext",
             phaen_bahttext_style_to_string (phaen_plan_get_bahttext_style (plan)));
  attribute (w, "grouping", phaen_grouping_to_string (phaen_plan_get_grouping (plan)));
  attribute_boolean (w, "equipment-in-summary",
                     phaen_plan_get_equipment_in_summary (plan));
  /* 1.1: left out for the default */
  if (phaen_plan_get_pd02_flow (plan) != PHAEN_GROUP_FLOW_PAGE_PER_GROUP)
    attribute (w, "pd02-flow", phaen_group_flow_to_string (phaen_plan_get_pd02_flow (plan)));
  end (w);
}

/* The officer's word list (1.1): left out while it is empty. */
static void
write_words (Writer    *w,
             PhaenPlan *plan)
{
  g_auto(GStrv) words = phaen_plan_dup_words (plan);

  if (words[0] == NULL)
    return;

  start (w, "words");
  for (guint i = 0; words[i] != NULL; i++)
    text_element (w, "word", words[i]);
  end (w);
}

/* Writes what an entry of a catalogue has besides its id and name. */
typedef void (*ExtraAttributesFunc) (Writer    *w,
                                     PhaenItem *item);

static void
program_attributes (Writer    *w,
                    PhaenItem *item)
{
  if (phaen_program_get_standard (PHAEN_PROGRAM (item)))
    attribute_boolean (w, "standard", TRUE);
}

static void
approach_attributes (Writer    *w,
                     PhaenItem *item)
{
  PhaenStrategy *strategy = phaen_approach_get_strategy (PHAEN_APPROACH (item));

  /* Absent while the approach's strategy is not chosen yet. */
  if (strategy != NULL)
    attribute (w, "strategy", phaen_strategy_get_id (strategy));
}

/* <@list_name> holding one <@item_name id="…">name</@item_name> per entry
 * of @items, in order. */
static void
write_catalogue (Writer              *w,
                 GListModel          *items,
                 const char          *list_name,
                 const char          *item_name,
                 ExtraAttributesFunc  extra_attributes)
{
  guint n = g_list_model_get_n_items (items);

  start (w, list_name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenItem) item = g_list_model_get_item (items, i);

      start (w, item_name);
      attribute (w, "id", phaen_item_get_id (item));
      if (extra_attributes != NULL)
        extra_attributes (w, item);
      write_name (w, phaen_item_get_name (item));
      end (w);
    }
  end (w);
}

static gboolean
monitoring_is_default (PhaenProject *project)
{
  const char *remarks = phaen_project_get_remarks (project);

  return phaen_project_get_status (project) == PHAEN_PROJECT_STATUS_NOT_STARTED &&
         phaen_project_get_progress (project) == 0 &&
         phaen_project_get_contracted (project) == 0 &&
         phaen_project_get_disbursed (project) == 0 &&
         phaen_project_get_actual_schedule (project) == 0 &&
         (remarks == NULL || remarks[0] == '\0');
}

static void
write_project (Writer       *w,
               PhaenProject *project)
{
  PhaenStrategy *strategy = phaen_project_get_strategy (project);
  PhaenApproach *approach = phaen_project_get_approach (project);
  PhaenProgram *program = phaen_project_get_program (project);
  PhaenUnit *unit = phaen_project_get_unit (project);
  g_autofree char *schedule = phaen_schedule_format (phaen_project_get_schedule (project));

  start (w, "project");
  attribute (w, "id", phaen_project_get_id (project));
  attribute (w, "kind", phaen_project_kind_to_string (phaen_project_get_kind (project)));
  /* A reference not chosen yet (a project still being entered) is left
   * out. */
  if (strategy != NULL)
    attribute (w, "strategy", phaen_strategy_get_id (strategy));
  if (approach != NULL)
    attribute (w, "approach", phaen_approach_get_id (approach));
  if (program != NULL)
    attribute (w, "program", phaen_program_get_id (program));
  if (unit != NULL)
    attribute (w, "unit", phaen_unit_get_id (unit));

  start (w, "name");
  write_name (w, phaen_project_get_name (project));
  end (w);
  optional_text_element (w, "activities", phaen_project_get_activities (project));
  amount_element (w, "budget", phaen_project_get_budget (project));
  optional_text_element (w, "location", phaen_project_get_location (project));
  optional_text_element (w, "schedule", schedule);
  optional_text_element (w, "source", phaen_project_get_source (project));
  optional_text_element (w, "target", phaen_project_get_target (project));
  optional_text_element (w, "category", phaen_project_get_category (project));
  optional_text_element (w, "equipment-type", phaen_project_get_equipment_type (project));
  optional_text_element (w, "reference", phaen_project_get_reference (project));

  if (!monitoring_is_default (project))
    {
      g_autofree char *actual =
        phaen_schedule_format (phaen_project_get_actual_schedule (project));

      start (w, "monitoring");
      attribute (w, "status",
                 phaen_project_status_to_string (phaen_project_get_status (project)));
      attribute_uint (w, "progress", phaen_project_get_progress (project));
      if (phaen_project_get_contracted (project) != 0)
        amount_element (w, "contracted", phaen_project_get_contracted (project));
      if (phaen_project_get_disbursed (project) != 0)
        amount_element (w, "disbursed", phaen_project_get_disbursed (project));
      optional_text_element (w, "actual-schedule", actual);
      optional_text_element (w, "remarks", phaen_project_get_remarks (project));
      end (w);
    }

  end (w);
}

static void
write_projects (Writer    *w,
                PhaenPlan *plan)
{
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n = g_list_model_get_n_items (projects);

  start (w, "projects");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      write_project (w, project);
    }
  end (w);
}

/* ---- Editions (format 1.1) ---- */

/* An element holding @text, empty (<old/>) when @text is. */
static void
value_element (Writer     *w,
               const char *name,
               const char *property,
               const char *text)
{
  g_autofree char *normal = NULL;

  if (phaen_text_property_is_name (property))
    text = normal = phaen_text_normalize_name (text);

  start (w, name);
  if (text != NULL && text[0] != '\0')
    write_text (w, text);
  end (w);
}

static void
write_change (Writer      *w,
              PhaenChange *change)
{
  start (w, phaen_change_kind_to_string (change->kind));
  attribute (w, "of", phaen_change_target_to_string (change->target));
  attribute (w, "id", change->id);

  switch (change->kind)
    {
    case PHAEN_CHANGE_ADDED:
    case PHAEN_CHANGE_REMOVED:
      attribute_uint (w, "position", (change->kind == PHAEN_CHANGE_ADDED ? change->to : change->from) + 1);
      /* The fields that differ from a new entry's; the reader puts the
       * others back. */
      for (guint i = 0; i < change->fields->len; i++)
        {
          PhaenChangeField *field = g_ptr_array_index (change->fields, i);
          g_autofree char *fallback = phaen_change_default_value (change->target, field->name);

          if (g_strcmp0 (field->value, fallback) == 0)
            continue;
          start (w, "field");
          attribute (w, "name", field->name);
          {
            g_autofree char *normal = phaen_text_property_is_name (field->name)
                                      ? phaen_text_normalize_name (field->value) : NULL;

            write_text (w, normal != NULL ? normal : field->value);
          }
          end (w);
        }
      break;

    case PHAEN_CHANGE_MOVED:
      attribute_uint (w, "from", change->from + 1);
      attribute_uint (w, "to", change->to + 1);
      break;

    case PHAEN_CHANGE_CHANGED:
    default:
      attribute (w, "field", change->field);
      value_element (w, "old", change->field, change->old_value);
      value_element (w, "new", change->field, change->new_value);
      break;
    }

  end (w);
}

static void
write_editions (Writer    *w,
                PhaenPlan *plan)
{
  guint n = phaen_plan_get_n_editions (plan);

  if (n == 0)
    return;

  start (w, "editions");
  for (guint k = 1; k <= n; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, edition);
      static const struct { const char *element; const char *property; } texts[] = {
        { "signer-name", "signer-name" },
        { "signer-position", "signer-position" },
        { "first-paragraph", "announcement-text-1" },
        { "second-paragraph", "announcement-text-2" },
      };

      start (w, "edition");
      attribute (w, "id", phaen_edition_get_id (edition));
      attribute (w, "kind", phaen_edition_kind_to_string (phaen_edition_get_kind (edition)));
      attribute_uint (w, "number", phaen_edition_get_number (edition));
      if (phaen_edition_get_number_year (edition) != 0)
        attribute_uint (w, "year", phaen_edition_get_number_year (edition));
      if (phaen_edition_is_adopted (edition))
        attribute (w, "adopted", phaen_edition_get_adoption_date (edition));

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        {
          const char *text = phaen_edition_get_text (edition, texts[i].property);
          g_autofree char *normal = phaen_text_property_is_name (texts[i].property)
                                    ? phaen_text_normalize_name (text) : NULL;

          optional_text_element (w, texts[i].element, normal != NULL ? normal : text);
        }

      start (w, "changes");
      for (guint i = 0; i < changes->len; i++)
        write_change (w, g_ptr_array_index (changes, i));
      end (w);

      end (w);
    }
  end (w);
}

/* The emblems (1.1), last, each image file as base64 in lines of 76
 * characters: left out when the plan has none. */
static void
write_emblems (Writer    *w,
               PhaenPlan *plan)
{
  gboolean started = FALSE;

  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    {
      GBytes *data = phaen_plan_get_emblem (plan, kind);
      const char *media_type;
      g_autofree char *base64 = NULL;
      GString *lines;
      gsize length;

      if (data == NULL)
        continue;
      if (!started)
        {
          start (w, "emblems");
          started = TRUE;
        }

      /* An image the plan's check refuses is never saved; the reader
       * would refuse this type. */
      media_type = phaen_image_format_media_type (phaen_image_format_sniff (data));
      base64 = g_base64_encode (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
      length = strlen (base64);
      lines = g_string_sized_new (length + length / 76 + 2);
      g_string_append_c (lines, '\n');
      for (gsize i = 0; i < length; i += 76)
        {
          g_string_append_len (lines, base64 + i, MIN (76, length - i));
          g_string_append_c (lines, '\n');
        }

      start (w, phaen_emblem_kind_to_string (kind));
      attribute (w, "media-type", media_type != NULL ? media_type : "application/octet-stream");
      xmlTextWriterWriteRaw (w->writer, BAD_CAST lines->str);
      end (w);
      g_string_free (lines, TRUE);
    }

  if (started)
    end (w);
}

GBytes *
phaen_xml_write_to_bytes (PhaenPlan *plan)
{
  xmlBufferPtr buffer;
  Writer w;
  char version[32];  /* also holds the fiscal year */
  GBytes *bytes;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  buffer = xmlBufferCreate ();
  w.writer = xmlNewTextWriterMemory (buffer, 0);
  w.scratch = g_string_sized_new (4096);
  xmlTextWriterSetIndent (w.writer, 1);
  xmlTextWriterSetIndentString (w.writer, BAD_CAST "  ");

  xmlTextWriterStartDocument (w.writer, "1.0", "UTF-8", NULL);
  start (&w, "plan");
  attribute (&w, "xmlns", PHAEN_XML_NAMESPACE);
  g_snprintf (version, sizeof version, "%d.%d",
              PHAEN_XML_VERSION_MAJOR, PHAEN_XML_VERSION_MINOR);
  attribute (&w, "version", version);

  write_organisation (&w, plan);
  g_snprintf (version, sizeof version, "%u", phaen_plan_get_fiscal_year (plan));
  text_element (&w, "fiscal-year", version);
  write_edition (&w, plan);
  write_announcement (&w, plan);
  write_texts (&w, plan);
  write_settings (&w, plan);
  write_words (&w, plan);
  write_catalogue (&w, phaen_plan_get_units (plan), "units", "unit", NULL);
  write_catalogue (&w, phaen_plan_get_programs (plan), "programs", "program", program_attributes);
  write_catalogue (&w, phaen_plan_get_strategies (plan), "strategies", "strategy", NULL);
  write_catalogue (&w, phaen_plan_get_approaches (plan), "approaches", "approach", approach_attributes);
  write_projects (&w, plan);
  write_editions (&w, plan);
  write_emblems (&w, plan);
  end (&w);
  xmlTextWriterEndDocument (w.writer);
  xmlFreeTextWriter (w.writer);
  g_string_free (w.scratch, TRUE);

  /* A NUL after the last byte (not counted in the size): the bytes may
   * be read as one C string, as tests and debugging do. */
  bytes = g_bytes_new_take (g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer)),
                            xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  return bytes;
}
