/* phaen-csv.c: the CSV interchange format (import and export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import runs in three steps, and only the last one touches the plan:
 *
 *  1. decode: the bytes become UTF-8 text (phaen_csv_decode()).
 *  2. parse and validate: RFC 4180 records (phaen_csv_read_records()), the
 *     header mapped to the known columns, and every row checked into a
 *     staging array. Every problem is collected, one message per problem.
 *  3. commit: only when no problem was found, strategies, approaches,
 *     programs and units are looked up by name or created in order of first
 *     appearance and the projects are appended in file order.
 *
 * Decisions the format leaves open:
 *  - budget: the cell must not be empty (a project needs a budget); "-"
 *    is read as zero, the way spreadsheets show a zero amount.
 *  - blank lines and rows whose cells are all empty are skipped.
 *  - a file without any project row is an error ("no projects").
 *  - when the header itself is wrong (unknown, repeated or missing columns)
 *    only the header problems are reported: the rows cannot be read
 *    reliably against a broken header.
 *  - every text field is trimmed of surrounding white space and has its
 *    Thai marks put in rendering order; line breaks inside a field (as in
 *    the activities) are kept, as LF.
 *
 * Export writes the rows in group order: strategies in plan order; within a
 * strategy the project groups, then the equipment groups, each in the
 * order of phaen_plan_collect_groups(). One refinement keeps
 * import → export → import → export byte-identical: with the program
 * grouping, custom (non-standard) programs are ordered by their first
 * appearance in the file being written rather than by their catalogue
 * position, because an import creates custom programs in exactly that
 * order. Standard programs keep the catalogue order.
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "model/phaen-plan-editions.h"
#include "phaen-csv.h"
#include "phaen-csv-reader.h"
#include "phaen-csv-writer.h"
#include "phaen-io-error.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-summary.h"
#include "model/phaen-limits.h"
#include "model/phaen-text.h"
#include "model/phaen-thai.h"

/* ------------------------------------------------------------------ */
/* Columns                                                             */

typedef enum
{
  COL_STRATEGY,
  COL_APPROACH,
  COL_PROGRAM,
  COL_KIND,
  COL_PROJECT,
  COL_ACTIVITIES,
  COL_BUDGET,
  COL_LOCATION,
  COL_UNIT,
  COL_MONTHS,
  COL_SOURCE,
  COL_TARGET,
  COL_CATEGORY,
  COL_TYPE,
  COL_REFERENCE,
  N_COLUMNS
} Column;

typedef struct
{
  const char *key;      /* English key, matched case-insensitively */
  const char *heading;  /* Thai heading, matched exactly */
  gboolean    required;
  gboolean    name;     /* a one-line name (PHAEN_LIMIT_NAME_CHARS), else free text */
} ColumnInfo;

static const ColumnInfo column_info[N_COLUMNS] = {
  [COL_STRATEGY]   = { "strategy",   "ยุทธศาสตร์",              TRUE,  TRUE },
  [COL_APPROACH]   = { "approach",   "แนวทาง",                 FALSE, TRUE },
  [COL_PROGRAM]    = { "program",    "แผนงาน",                 TRUE,  TRUE },
  [COL_KIND]       = { "kind",       "ประเภทรายการ",            FALSE, TRUE },
  [COL_PROJECT]    = { "project",    "โครงการ",                TRUE,  TRUE },
  [COL_ACTIVITIES] = { "activities", "รายละเอียดของกิจกรรม",     FALSE, FALSE },
  [COL_BUDGET]     = { "budget",     "งบประมาณ",               TRUE,  TRUE },
  [COL_LOCATION]   = { "location",   "สถานที่ดำเนินการ",          FALSE, FALSE },
  [COL_UNIT]       = { "unit",       "หน่วยงานรับผิดชอบหลัก",     TRUE,  TRUE },
  [COL_MONTHS]     = { "months",     "ระยะเวลาดำเนินการ",        FALSE, TRUE },
  [COL_SOURCE]     = { "source",     "แหล่งงบประมาณ",           FALSE, FALSE },
  [COL_TARGET]     = { "target",     "เป้าหมาย",                FALSE, FALSE },
  [COL_CATEGORY]   = { "category",   "หมวด",                   FALSE, FALSE },
  [COL_TYPE]       = { "type",       "ประเภท",                 FALSE, FALSE },
  [COL_REFERENCE]  = { "reference",  "อ้างอิงแผนพัฒนา",          FALSE, FALSE },
};

#define NO_COLUMN (-1)

/* Fields of one row: the columns above and then some; a row of thousands
 * of fields is not a sheet of projects. */
#define MAX_FIELDS 256

/* A cell as the plan will hold it: through the model's one normalisation
 * (phaen-text.h), for a name or for free text. */
static char *
clean_text (const char *raw,
            gboolean    name)
{
  return name ? phaen_text_normalize_name (raw) : phaen_text_normalize (raw);
}

/* ------------------------------------------------------------------ */
/* Header                                                              */

typedef PhaenCsvHeader Header;

/* @heading is normalised (clean_text()): a Thai heading typed with ํ + า,
 * or carrying a no-break space, is the heading it looks like. */
static int
lookup_column (const char *heading)
{
  for (int c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *known = phaen_text_normalize_name (column_info[c].heading);

      if (g_ascii_strcasecmp (heading, column_info[c].key) == 0 ||
          strcmp (heading, known) == 0)
        return c;
    }

  return NO_COLUMN;
}

static char *
unknown_column (const char *heading)
{
  return g_strdup_printf (_("unknown column “%s”"), heading);
}

static gboolean
read_header (PhaenCsvRecord *record,
             Header         *header,
             PhaenCsvReport *report)
{
  gboolean ok = phaen_csv_header_read (header, record, N_COLUMNS, lookup_column,
                                       unknown_column, report);

  for (int c = 0; c < N_COLUMNS; c++)
    {
      if (column_info[c].required && header->position_of[c] < 0)
        {
          phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, record->line, NULL,
                       _("required column “%s” (%s) is missing"),
                       column_info[c].key, column_info[c].heading);
          ok = FALSE;
        }
    }

  return ok;
}

/* ------------------------------------------------------------------ */
/* Rows                                                                */

typedef struct
{
  guint             line;              /* where the record starts */
  char             *text[N_COLUMNS];   /* cleaned; "" for an absent column */
  PhaenProjectKind  kind;
  gint64            budget;
  guint             schedule;
} StagedRow;

static void
staged_row_free (gpointer data)
{
  StagedRow *row = data;

  for (int c = 0; c < N_COLUMNS; c++)
    g_free (row->text[c]);
  g_free (row);
}

static gboolean
parse_kind (const char       *text,
            PhaenProjectKind *out)
{
  if (*text == '\0' ||
      g_ascii_strcasecmp (text, "project") == 0 ||
      strcmp (text, "โครงการ") == 0)
    *out = PHAEN_PROJECT_KIND_PROJECT;
  else if (g_ascii_strcasecmp (text, "equipment") == 0 ||
           strcmp (text, "ครุภัณฑ์") == 0)
    *out = PHAEN_PROJECT_KIND_EQUIPMENT;
  else
    return FALSE;

  return TRUE;
}

/* Checks one cell; on success stores what it parsed in @row. */
static void
check_cell (StagedRow  *row,
            Column      column,
            guint       line,
            const char *label,
            PhaenCsvReport *report)
{
  const char *text = row->text[column];
  g_autoptr(GError) local_error = NULL;
  guint max_chars = column_info[column].name ? PHAEN_LIMIT_NAME_CHARS : PHAEN_LIMIT_TEXT_CHARS;

  /* what a plan cannot hold (control characters, noncharacters, more
   * than the limits of phaen-limits.h) stops here, with row and column */
  if (!phaen_text_check (text, max_chars, &local_error))
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label, local_error->message);
      return;
    }

  switch (column)
    {
    case COL_STRATEGY:
      if (*text == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label,
                    _("the cell is empty; every project needs a strategy"));
      break;

    case COL_PROGRAM:
      if (*text == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label,
                    _("the cell is empty; every project needs a program (แผนงาน)"));
      break;

    case COL_UNIT:
      if (*text == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label,
                    _("the cell is empty; every project needs a responsible unit"));
      break;

    case COL_PROJECT:
      if (*text == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label,
                    _("the cell is empty; every row needs a project name"));
      break;

    case COL_KIND:
      if (!parse_kind (text, &row->kind))
        phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, line, label,
                     _("“%s” is not a kind; write project or equipment (โครงการ or ครุภัณฑ์)"),
                     text);
      break;

    case COL_BUDGET:
      if (*text == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label,
                    _("the cell is empty; every project needs a budget (write 0 or - for none)"));
      else if (strcmp (text, "-") == 0)
        row->budget = 0;
      else if (!phaen_money_parse (text, PHAEN_MONEY_PARSE_DEFAULT, &row->budget, &local_error))
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label, local_error->message);
      break;

    case COL_MONTHS:
      if (!phaen_schedule_parse (text, &row->schedule, &local_error))
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label, local_error->message);
      break;

    case COL_APPROACH:
    case COL_ACTIVITIES:
    case COL_LOCATION:
    case COL_SOURCE:
    case COL_TARGET:
    case COL_CATEGORY:
    case COL_TYPE:
    case COL_REFERENCE:
    case N_COLUMNS:
    default:
      break;
    }
}

/* Validates one data record into a staged row; NULL when it has problems
 * (all reported). */
static StagedRow *
read_row (PhaenCsvRecord *record,
          Header *header,
          PhaenCsvReport *report)
{
  StagedRow *row;
  guint before = phaen_csv_report_get_n_problems (report);

  if (record->fields->len != header->n_fields)
    {
      phaen_csv_report_addf (report, PHAEN_IO_ERROR_MALFORMED, record->line, NULL,
                   g_dngettext (GETTEXT_PACKAGE,
                                "the row has %u field but the header has %u",
                                "the row has %u fields but the header has %u",
                                record->fields->len),
                   record->fields->len, header->n_fields);
      return NULL;
    }

  if (record->junk_field >= 0)
    phaen_csv_report_add (report, PHAEN_IO_ERROR_MALFORMED, record->line,
                header->label_of[record->junk_field],
                _("text follows the closing quote; write a quote inside a quoted field as \"\""));

  row = g_new0 (StagedRow, 1);
  row->line = record->line;
  row->kind = PHAEN_PROJECT_KIND_PROJECT;

  for (int c = 0; c < N_COLUMNS; c++)
    {
      int position = header->position_of[c];

      if (position >= 0)
        row->text[c] = clean_text (g_ptr_array_index (record->fields, position),
                                   column_info[c].name);
      else
        row->text[c] = g_strdup ("");
    }

  /* Check in the order of the file's columns, so the messages read left
   * to right like the sheet. */
  for (guint i = 0; i < header->n_fields; i++)
    {
      int c = header->column_of[i];

      if (c != NO_COLUMN && (guint) header->position_of[c] == i)
        check_cell (row, c, record->line, header->label_of[i], report);
    }

  if (phaen_csv_report_get_n_problems (report) != before)
    {
      staged_row_free (row);
      return NULL;
    }

  return row;
}

/* ------------------------------------------------------------------ */
/* Commit                                                              */

static gboolean
is_standard_program_name (const char *name)
{
  const char * const *names = phaen_program_standard_names ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return TRUE;

  return FALSE;
}

/* The entries the rows name, found or made once per import: the model's
 * lookups normalise the name each time, which a file repeats on every
 * row (name → borrowed object; approaches keyed by strategy too). */
typedef struct
{
  GHashTable *strategies;
  GHashTable *approaches;
  GHashTable *programs;
  GHashTable *units;
} Catalogues;

static void
catalogues_init (Catalogues *c)
{
  c->strategies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->approaches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->programs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
catalogues_clear (Catalogues *c)
{
  g_clear_pointer (&c->strategies, g_hash_table_unref);
  g_clear_pointer (&c->approaches, g_hash_table_unref);
  g_clear_pointer (&c->programs, g_hash_table_unref);
  g_clear_pointer (&c->units, g_hash_table_unref);
}

static void
commit_row (PhaenPlan  *plan,
            Catalogues *catalogues,
            StagedRow  *row)
{
  g_autoptr(PhaenProject) project = phaen_project_new ();
  PhaenStrategy *strategy;
  PhaenApproach *approach = NULL;
  PhaenProgram *program;
  PhaenUnit *unit;

  strategy = g_hash_table_lookup (catalogues->strategies, row->text[COL_STRATEGY]);
  if (strategy == NULL)
    {
      strategy = phaen_plan_find_strategy_by_name (plan, row->text[COL_STRATEGY]);
      if (strategy == NULL)
        {
          g_autoptr(PhaenStrategy) created = phaen_strategy_new (NULL, row->text[COL_STRATEGY]);

          phaen_plan_append_strategy (plan, created);
          strategy = created;
        }
      g_hash_table_insert (catalogues->strategies, g_strdup (row->text[COL_STRATEGY]), strategy);
    }

  if (*row->text[COL_APPROACH] != '\0')
    {
      g_autofree char *key = g_strdup_printf ("%p\n%s", (void *) strategy, row->text[COL_APPROACH]);

      approach = g_hash_table_lookup (catalogues->approaches, key);
      if (approach == NULL)
        {
          approach = phaen_plan_find_approach_by_name (plan, strategy, row->text[COL_APPROACH]);
          if (approach == NULL)
            {
              g_autoptr(PhaenApproach) created = phaen_approach_new (NULL, row->text[COL_APPROACH], strategy);

              phaen_plan_append_approach (plan, created);
              approach = created;
            }
          g_hash_table_insert (catalogues->approaches, g_steal_pointer (&key), approach);
        }
    }

  program = g_hash_table_lookup (catalogues->programs, row->text[COL_PROGRAM]);
  if (program == NULL)
    {
      program = phaen_plan_find_program_by_name (plan, row->text[COL_PROGRAM]);
      if (program == NULL)
        {
          g_autoptr(PhaenProgram) created = phaen_program_new (NULL, row->text[COL_PROGRAM]);

          phaen_program_set_standard (created, is_standard_program_name (row->text[COL_PROGRAM]));
          phaen_plan_append_program (plan, created);
          program = created;
        }
      g_hash_table_insert (catalogues->programs, g_strdup (row->text[COL_PROGRAM]), program);
    }

  unit = g_hash_table_lookup (catalogues->units, row->text[COL_UNIT]);
  if (unit == NULL)
    {
      unit = phaen_plan_find_unit_by_name (plan, row->text[COL_UNIT]);
      if (unit == NULL)
        {
          g_autoptr(PhaenUnit) created = phaen_unit_new (NULL, row->text[COL_UNIT]);

          phaen_plan_append_unit (plan, created);
          unit = created;
        }
      g_hash_table_insert (catalogues->units, g_strdup (row->text[COL_UNIT]), unit);
    }

  phaen_project_set_kind (project, row->kind);
  phaen_project_set_name (project, row->text[COL_PROJECT]);
  phaen_project_set_activities (project, row->text[COL_ACTIVITIES]);
  phaen_project_set_budget (project, row->budget);
  phaen_project_set_location (project, row->text[COL_LOCATION]);
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_approach (project, approach);
  phaen_project_set_program (project, program);
  phaen_project_set_unit (project, unit);
  phaen_project_set_schedule (project, row->schedule);
  phaen_project_set_source (project, row->text[COL_SOURCE]);
  phaen_project_set_target (project, row->text[COL_TARGET]);
  phaen_project_set_category (project, row->text[COL_CATEGORY]);
  phaen_project_set_equipment_type (project, row->text[COL_TYPE]);
  phaen_project_set_reference (project, row->text[COL_REFERENCE]);

  phaen_plan_append_project (plan, project);
}

/* ------------------------------------------------------------------ */
/* Limits of the catalogues                                            */

typedef enum
{
  CAT_STRATEGY,
  CAT_APPROACH,
  CAT_PROGRAM,
  CAT_UNIT,
  N_CATALOGUES
} Catalogue;

/* TRUE when the row names an entry of @catalogue the plan does not have
 * yet and @seen has not counted; counts it. */
static gboolean
is_new_entry (PhaenPlan  *plan,
              StagedRow  *row,
              Catalogue   catalogue,
              GHashTable *seen)
{
  const char *name;
  char *key;

  switch (catalogue)
    {
    case CAT_STRATEGY:
      name = row->text[COL_STRATEGY];
      if (phaen_plan_find_strategy_by_name (plan, name) != NULL)
        return FALSE;
      key = g_strdup (name);
      break;
    case CAT_APPROACH:
      {
        PhaenStrategy *strategy = phaen_plan_find_strategy_by_name (plan, row->text[COL_STRATEGY]);

        name = row->text[COL_APPROACH];
        if (*name == '\0' ||
            (strategy != NULL && phaen_plan_find_approach_by_name (plan, strategy, name) != NULL))
          return FALSE;
        key = g_strconcat (row->text[COL_STRATEGY], "\n", name, NULL);
      }
      break;
    case CAT_PROGRAM:
      name = row->text[COL_PROGRAM];
      if (phaen_plan_find_program_by_name (plan, name) != NULL)
        return FALSE;
      key = g_strdup (name);
      break;
    case CAT_UNIT:
    case N_CATALOGUES:
    default:
      name = row->text[COL_UNIT];
      if (phaen_plan_find_unit_by_name (plan, name) != NULL)
        return FALSE;
      key = g_strdup (name);
      break;
    }

  return g_hash_table_add (seen, key);
}

static const char *
catalogue_full_message (Catalogue catalogue)
{
  /* PHAEN_LIMIT_CATALOGUE, spelled out so that translators see it */
  G_STATIC_ASSERT (PHAEN_LIMIT_CATALOGUE == 50000);

  switch (catalogue)
    {
    case CAT_STRATEGY:
      return _("one strategy too many: a plan holds at most 50000 strategies");
    case CAT_APPROACH:
      return _("one approach too many: a plan holds at most 50000 approaches");
    case CAT_PROGRAM:
      return _("one program too many: a plan holds at most 50000 programs");
    case CAT_UNIT:
    case N_CATALOGUES:
    default:
      return _("one unit too many: a plan holds at most 50000 units");
    }
}

/* Refuses rows that would make a catalogue (strategies, approaches,
 * programs, units) longer than PHAEN_LIMIT_CATALOGUE. */
static void
check_catalogue_limits (PhaenPlan      *plan,
                        GPtrArray      *staged,
                        Header         *header,
                        PhaenCsvReport *report)
{
  static const Column columns[N_CATALOGUES] = { COL_STRATEGY, COL_APPROACH, COL_PROGRAM, COL_UNIT };
  GListModel *existing[N_CATALOGUES] = {
    phaen_plan_get_strategies (plan), phaen_plan_get_approaches (plan),
    phaen_plan_get_programs (plan), phaen_plan_get_units (plan),
  };

  for (int k = 0; k < N_CATALOGUES; k++)
    {
      g_autoptr(GHashTable) seen = NULL;
      guint count = g_list_model_get_n_items (existing[k]);

      /* each row adds one entry at most: no need to look when even that
       * stays within the limit (the common case, and the cheap one) */
      if (count + staged->len <= PHAEN_LIMIT_CATALOGUE)
        continue;

      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < staged->len; i++)
        {
          StagedRow *row = g_ptr_array_index (staged, i);

          if (!is_new_entry (plan, row, k, seen) || ++count <= PHAEN_LIMIT_CATALOGUE)
            continue;

          phaen_csv_report_add (report, PHAEN_IO_ERROR_TOO_LARGE, row->line,
                                header->label_of[header->position_of[columns[k]]],
                                catalogue_full_message (k));
          break;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Import                                                              */

static gboolean
text_is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* Reads the CSV into @plan; the limits count what @target already holds
 * (@target is @plan, or the open plan an import into a copy is for). */
static gboolean
import_csv (PhaenPlan   *plan,
            PhaenPlan   *target,
            const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  g_autoptr(PhaenCsvReport) report = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) staged = NULL;
  g_autofree char *text = NULL;
  Header header = { 0 };
  Catalogues catalogues;
  PhaenCsvRecord *header_record = NULL;
  gboolean ok = FALSE;
  guint n_rows = 0;
  guint room;
  guint first;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = phaen_csv_report_new (filename);

  if (length > (gsize) PHAEN_LIMIT_FILE_BYTES)
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MB, the most Phaen reads"),
                   phaen_csv_report_get_filename (report),
                   (guint) (PHAEN_LIMIT_FILE_BYTES / (1024 * 1024)));
      return FALSE;
    }

  text = phaen_csv_decode (data != NULL ? data : "", length, report);
  if (text == NULL)
    goto out;

  if (text_is_blank (text))
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_EMPTY, 1, NULL,
                            _("the file is empty"));
      goto out;
    }

  /* twice the rows a plan may hold leaves room for blank lines */
  records = phaen_csv_read_records (text, 2 * (PHAEN_LIMIT_PROJECTS + 1), MAX_FIELDS, report);

  header_record = phaen_csv_find_header (records, &first, report);
  if (header_record == NULL)
    goto out;

  if (!read_header (header_record, &header, report))
    goto out;

  staged = g_ptr_array_new_with_free_func (staged_row_free);
  room = PHAEN_LIMIT_PROJECTS - MIN (PHAEN_LIMIT_PROJECTS,
                                     g_list_model_get_n_items (phaen_plan_get_projects (target)));

  /* Rows beyond what the plan may hold are refused before any is read:
   * no work is spent on a file that cannot go in. */
  for (guint i = first + 1; i < records->len; i++)
    {
      PhaenCsvRecord *record = g_ptr_array_index (records, i);

      if (phaen_csv_record_is_blank (record))
        continue;

      if (n_rows++ == room)
        {
          phaen_csv_report_addf (report, PHAEN_IO_ERROR_TOO_LARGE, record->line, NULL,
                                 _("one row too many: a plan holds at most %u projects and equipment items"),
                                 (guint) PHAEN_LIMIT_PROJECTS);
          goto out;
        }
    }

  for (guint i = first + 1; i < records->len; i++)
    {
      PhaenCsvRecord *record = g_ptr_array_index (records, i);
      StagedRow *row;

      if (phaen_csv_record_is_blank (record))
        continue;

      row = read_row (record, &header, report);
      if (row != NULL)
        g_ptr_array_add (staged, row);
    }

  if (phaen_csv_report_get_n_problems (report) == 0)
    check_catalogue_limits (target, staged, &header, report);

  if (phaen_csv_report_get_n_problems (report) > 0)
    goto out;

  if (staged->len == 0)
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_EMPTY, header.line, NULL,
                            _("no projects: the file has a header but no rows"));
      goto out;
    }

  catalogues_init (&catalogues);
  for (guint i = 0; i < staged->len; i++)
    commit_row (plan, &catalogues, g_ptr_array_index (staged, i));
  catalogues_clear (&catalogues);

  ok = TRUE;

out:
  if (!ok)
    phaen_csv_report_to_error (report, error);

  phaen_csv_header_clear (&header);

  return ok;
}

gboolean
phaen_csv_import (PhaenPlan   *plan,
                  const char  *data,
                  gsize        length,
                  const char  *filename,
                  GError     **error)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_csv (plan, plan, data, length, filename, error);
}

gboolean
phaen_csv_import_into (PhaenPlan   *plan,
                       const char  *data,
                       gsize        length,
                       const char  *filename,
                       GError     **error)
{
  g_autoptr(PhaenPlan) rows = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A plan with adopted editions takes new projects only into an open
   * one (PHAEN_MODEL_ERROR_ADOPTED otherwise): said before the file is
   * read. */
  if (!phaen_plan_check_edit (plan, plan, NULL, error))
    return FALSE;

  /* The rows go into a plan of their own, with no program but those the
   * file names, so that nothing else is added to the open plan; then
   * into the open plan in one undoable step, matched by name. */
  rows = phaen_plan_new ();
  phaen_plan_clear_programs (rows);
  if (!import_csv (rows, plan, data, length, filename, error))
    return FALSE;

  if (!phaen_plan_edit_append_from (plan, rows, &local_error))
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_TOO_LARGE, "%s: %s",
                   filename != NULL ? filename : "CSV", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Export                                                              */

static void
append_project (GString      *out,
                PhaenProject *project)
{
  PhaenApproach *approach = phaen_project_get_approach (project);
  PhaenProgram *program = phaen_project_get_program (project);
  PhaenStrategy *strategy = phaen_project_get_strategy (project);
  PhaenUnit *unit = phaen_project_get_unit (project);
  g_autofree char *budget = phaen_money_format_plain (phaen_project_get_budget (project));
  g_autofree char *months = phaen_schedule_format (phaen_project_get_schedule (project));
  const char *fields[N_COLUMNS];

  fields[COL_STRATEGY] = strategy != NULL ? phaen_strategy_get_name (strategy) : "";
  fields[COL_APPROACH] = approach != NULL ? phaen_approach_get_name (approach) : "";
  fields[COL_PROGRAM] = program != NULL ? phaen_program_get_name (program) : "";
  fields[COL_KIND] = phaen_project_kind_to_string (phaen_project_get_kind (project));
  fields[COL_PROJECT] = phaen_project_get_name (project);
  fields[COL_ACTIVITIES] = phaen_project_get_activities (project);
  fields[COL_BUDGET] = budget;
  fields[COL_LOCATION] = phaen_project_get_location (project);
  fields[COL_UNIT] = unit != NULL ? phaen_unit_get_name (unit) : "";
  fields[COL_MONTHS] = months;
  fields[COL_SOURCE] = phaen_project_get_source (project);
  fields[COL_TARGET] = phaen_project_get_target (project);
  fields[COL_CATEGORY] = phaen_project_get_category (project);
  fields[COL_TYPE] = phaen_project_get_equipment_type (project);
  fields[COL_REFERENCE] = phaen_project_get_reference (project);

  phaen_csv_append_row (out, fields, N_COLUMNS);
}

typedef struct
{
  GHashTable *catalogue_index;   /* PhaenProgram* → position + 1 */
  GHashTable *custom_rank;       /* PhaenProgram* → first-appearance rank + 1 */
} GroupOrder;

/* Sort key of a program group: standard programs by catalogue position,
 * then custom programs already written by their first appearance, then
 * custom programs not written yet by catalogue position. */
static gint64
group_key (GroupOrder *order,
           PhaenGroup *group)
{
  PhaenProgram *program = group->heading;
  gint64 position;
  gint64 rank;

  if (program == NULL)
    return G_MAXINT64;

  position = GPOINTER_TO_UINT (g_hash_table_lookup (order->catalogue_index, program));

  if (phaen_program_get_standard (program))
    return position;

  rank = GPOINTER_TO_UINT (g_hash_table_lookup (order->custom_rank, program));
  if (rank > 0)
    return ((gint64) 1 << 32) + rank;

  return ((gint64) 2 << 32) + position;
}

static int
compare_groups_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GroupOrder *order = user_data;
  gint64 ka = group_key (order, *(PhaenGroup **) a);
  gint64 kb = group_key (order, *(PhaenGroup **) b);

  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

static void
append_block (GString       *out,
              GPtrArray     *groups,
              PhaenStrategy *strategy,
              gboolean       by_program,
              GroupOrder    *order)
{
  g_autoptr(GPtrArray) block = g_ptr_array_new ();

  for (guint i = 0; i < groups->len; i++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, i);

      if (group->strategy == strategy)
        g_ptr_array_add (block, group);
    }

  if (by_program)
    g_ptr_array_sort_with_data (block, compare_groups_cb, order);

  for (guint i = 0; i < block->len; i++)
    {
      PhaenGroup *group = g_ptr_array_index (block, i);

      if (by_program && group->heading != NULL &&
          !phaen_program_get_standard (group->heading) &&
          !g_hash_table_contains (order->custom_rank, group->heading))
        g_hash_table_insert (order->custom_rank, group->heading,
                             GUINT_TO_POINTER (g_hash_table_size (order->custom_rank) + 1));

      for (guint j = 0; j < group->projects->len; j++)
        append_project (out, g_ptr_array_index (group->projects, j));
    }
}

GBytes *
phaen_csv_export (PhaenPlan *plan)
{
  g_autoptr(GPtrArray) project_groups = NULL;
  g_autoptr(GPtrArray) equipment_groups = NULL;
  g_autoptr(GHashTable) catalogue_index = NULL;
  g_autoptr(GHashTable) custom_rank = NULL;
  GListModel *strategies;
  GListModel *programs;
  GroupOrder order;
  gboolean by_program;
  GString *out;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  out = g_string_new (NULL);
  for (int c = 0; c < N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      g_string_append (out, column_info[c].key);
    }
  g_string_append_c (out, '\n');

  catalogue_index = g_hash_table_new (NULL, NULL);
  custom_rank = g_hash_table_new (NULL, NULL);
  programs = phaen_plan_get_programs (plan);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, i);

      g_hash_table_insert (catalogue_index, program, GUINT_TO_POINTER (i + 1));
    }
  order.catalogue_index = catalogue_index;
  order.custom_rank = custom_rank;

  by_program = phaen_plan_get_grouping (plan) == PHAEN_GROUPING_PROGRAMS;
  project_groups = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_PROJECT);
  equipment_groups = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_EQUIPMENT);

  strategies = phaen_plan_get_strategies (plan);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);

      append_block (out, project_groups, strategy, by_program, &order);
      append_block (out, equipment_groups, strategy, by_program, &order);
    }

  return g_string_free_to_bytes (out);
}
