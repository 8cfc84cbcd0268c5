/* phaen-status-csv.c: the status template and the report table as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import runs like the project import (phaen-csv.c): the bytes are decoded
 * and split into records by phaen-csv-reader; the header is mapped; every
 * row is checked into a staged change, collecting every problem; only when
 * there is none are the changes applied, as one undoable step. Text cells
 * go through the core's normalisation (phaen-text.h) before they are
 * compared or stored.
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "phaen-csv-reader.h"
#include "phaen-csv-writer.h"
#include "phaen-io-error.h"
#include "phaen-status-csv.h"
#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-summary.h"
#include "model/phaen-text.h"
#include "model/phaen-thai.h"

/* ------------------------------------------------------------------ */
/* Columns                                                             */

typedef enum
{
  COL_ID,
  COL_PROJECT,
  COL_STATUS,
  COL_CONTRACTED,
  COL_DISBURSED,
  COL_PROGRESS,
  COL_ACTUAL_MONTHS,
  COL_REMARKS,
  N_COLUMNS
} Column;

typedef struct
{
  const char *key;          /* English key, matched case-insensitively */
  const char *headings[3];  /* Thai headings, matched exactly; NULL-ended */
} ColumnInfo;

static const ColumnInfo column_info[N_COLUMNS] = {
  [COL_ID]            = { "id",            { "รหัส", "รหัสโครงการ", NULL } },
  [COL_PROJECT]       = { "project",       { "โครงการ", "โครงการ/กิจกรรม", NULL } },
  [COL_STATUS]        = { "status",        { "สถานะ", "ผลการดำเนินงาน", NULL } },
  [COL_CONTRACTED]    = { "contracted",    { "จำนวนเงินตามสัญญา", "ลงนามสัญญา", NULL } },
  [COL_DISBURSED]     = { "disbursed",     { "จำนวนเงินที่เบิกจ่าย", "เบิกจ่าย", NULL } },
  [COL_PROGRESS]      = { "progress",      { "ความก้าวหน้า (ร้อยละ)", "ความก้าวหน้า", NULL } },
  [COL_ACTUAL_MONTHS] = { "actual_months", { "เดือนที่ดำเนินการจริง", "ระยะเวลาดำเนินการจริง", NULL } },
  [COL_REMARKS]       = { "remarks",       { "หมายเหตุ", NULL, NULL } },
};

#define NO_COLUMN (-1)

static int
lookup_column (const char *heading)
{
  for (int c = 0; c < N_COLUMNS; c++)
    {
      if (g_ascii_strcasecmp (heading, column_info[c].key) == 0)
        return c;
      for (guint h = 0; column_info[c].headings[h] != NULL; h++)
        if (strcmp (heading, column_info[c].headings[h]) == 0)
          return c;
    }

  return NO_COLUMN;
}

/* ------------------------------------------------------------------ */
/* Export                                                              */

static void
append_project (GString      *out,
                PhaenProject *project)
{
  g_autofree char *contracted = phaen_money_format_plain (phaen_project_get_contracted (project));
  g_autofree char *disbursed = phaen_money_format_plain (phaen_project_get_disbursed (project));
  g_autofree char *progress = g_strdup_printf ("%u", phaen_project_get_progress (project));
  g_autofree char *months = phaen_schedule_format (phaen_project_get_actual_schedule (project));
  const char *fields[N_COLUMNS];

  fields[COL_ID] = phaen_project_get_id (project);
  fields[COL_PROJECT] = phaen_project_get_name (project);
  fields[COL_STATUS] = phaen_project_status_to_string (phaen_project_get_status (project));
  fields[COL_CONTRACTED] = contracted;
  fields[COL_DISBURSED] = disbursed;
  fields[COL_PROGRESS] = progress;
  fields[COL_ACTUAL_MONTHS] = months;
  fields[COL_REMARKS] = phaen_project_get_remarks (project);

  phaen_csv_append_row (out, fields, N_COLUMNS);
}

static void
append_groups (GString    *out,
               PhaenPlan  *plan,
               PhaenProjectKind kind,
               GHashTable *written)
{
  g_autoptr(GPtrArray) groups = phaen_plan_collect_groups (plan, kind);

  for (guint i = 0; i < groups->len; i++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->projects->len; j++)
        {
          PhaenProject *project = g_ptr_array_index (group->projects, j);

          append_project (out, project);
          g_hash_table_add (written, project);
        }
    }
}

GBytes *
phaen_status_csv_export (PhaenPlan *plan)
{
  GListModel *projects;
  g_autoptr(GHashTable) written = NULL;
  GString *out;
  const char *header[N_COLUMNS];
  guint n_items;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  for (int c = 0; c < N_COLUMNS; c++)
    header[c] = column_info[c].key;

  out = g_string_new (NULL);
  phaen_csv_append_row (out, header, N_COLUMNS);

  written = g_hash_table_new (NULL, NULL);
  append_groups (out, plan, PHAEN_PROJECT_KIND_PROJECT, written);
  append_groups (out, plan, PHAEN_PROJECT_KIND_EQUIPMENT, written);

  /* Projects outside every group (no strategy of the plan: an unfinished
   * plan) are still in the template, last, in plan order. */
  projects = phaen_plan_get_projects (plan);
  n_items = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      if (!g_hash_table_contains (written, project))
        append_project (out, project);
    }

  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------------ */
/* Import: header                                                      */

typedef PhaenCsvHeader Header;

static char *
unknown_column (const char *heading)
{
  return g_strdup_printf (_("unknown column “%s”; a status file has the columns id, project, status, contracted, disbursed, progress, actual_months, remarks"),
                          heading);
}

static gboolean
read_header (PhaenCsvRecord *record,
             Header         *header,
             PhaenCsvReport *report)
{
  gboolean ok = phaen_csv_header_read (header, record, N_COLUMNS, lookup_column,
                                       unknown_column, report);

  if (header->position_of[COL_ID] < 0 && header->position_of[COL_PROJECT] < 0)
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, record->line, NULL,
                            _("the file has neither an id nor a project column, so no row can be matched to a project"));
      ok = FALSE;
    }

  return ok;
}

/* ------------------------------------------------------------------ */
/* Import: rows                                                        */

typedef struct
{
  PhaenProject       *project;     /* borrowed from the plan */
  guint               line;
  PhaenProjectStatus  status;
  gint64              contracted;
  gint64              disbursed;
  guint               progress;
  guint               actual;
  char               *remarks;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->remarks);
  g_free (change);
}

typedef struct
{
  PhaenPlan      *plan;
  PhaenCsvReport *report;
  Header         *header;
  GHashTable     *names;      /* normalised name → GPtrArray of PhaenProject* */
  GHashTable     *seen;       /* PhaenProject* → first line + 0 */
} Reader;

static GHashTable *
index_names (PhaenPlan *plan)
{
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n_items = g_list_model_get_n_items (projects);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      char *name = phaen_text_normalize_name (phaen_project_get_name (project));
      GPtrArray *same = g_hash_table_lookup (names, name);

      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (names, name, same);
        }
      else
        g_free (name);

      g_ptr_array_add (same, project);
    }

  return names;
}

static gboolean
parse_status (const char         *text,
              PhaenProjectStatus *out)
{
  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    {
      if (g_ascii_strcasecmp (text, phaen_project_status_to_string (s)) == 0 ||
          strcmp (text, phaen_project_status_label (s)) == 0)
        {
          *out = s;
          return TRUE;
        }
    }

  return FALSE;
}

/* A whole percent 0..100, Arabic or Thai digits, an optional "%". */
static gboolean
parse_progress (const char *text,
                guint      *out)
{
  g_autofree char *arabic = phaen_arabic_digits (text);
  gsize length = strlen (arabic);
  guint64 value;
  char *end = NULL;

  if (length > 0 && arabic[length - 1] == '%')
    arabic[--length] = '\0';
  g_strchomp (arabic);

  if (arabic[0] == '\0')
    {
      *out = 0;
      return TRUE;
    }

  for (const char *p = arabic; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  value = g_ascii_strtoull (arabic, &end, 10);
  if (end == NULL || *end != '\0' || value > 100)
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

/* A cell's text as the file holds it, or NULL for a column the file
 * lacks. */
static const char *
cell (Reader         *reader,
      PhaenCsvRecord *record,
      Column          column)
{
  int position = reader->header->position_of[column];

  if (position < 0)
    return NULL;

  return g_ptr_array_index (record->fields, position);
}

static const char *
label (Reader *reader,
       Column  column)
{
  return reader->header->label_of[reader->header->position_of[column]];
}

/* Finds the row's project; reports and returns NULL when it cannot. */
static PhaenProject *
match_project (Reader         *reader,
               PhaenCsvRecord *record)
{
  const char *id_cell = cell (reader, record, COL_ID);
  const char *name_cell = cell (reader, record, COL_PROJECT);
  g_autofree char *id = phaen_text_normalize_name (id_cell);
  g_autofree char *name = phaen_text_normalize_name (name_cell);
  guint line = record->line;
  GPtrArray *same;

  if (*id != '\0')
    {
      PhaenProject *project = phaen_plan_find_project (reader->plan, id);

      if (project == NULL)
        phaen_csv_report_addf (reader->report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_ID),
                               _("no project of the plan has the id “%s”"), id);
      return project;
    }

  if (*name == '\0')
    {
      phaen_csv_report_add (reader->report, PHAEN_IO_ERROR_INVALID, line,
                            label (reader, id_cell != NULL ? COL_ID : COL_PROJECT),
                            id_cell != NULL && name_cell != NULL
                            ? _("the row names no project: fill in its id or its name")
                            : _("the row names no project"));
      return NULL;
    }

  same = g_hash_table_lookup (reader->names, name);
  if (same == NULL)
    {
      phaen_csv_report_addf (reader->report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_PROJECT),
                             _("no project of the plan is named “%s”"), name);
      return NULL;
    }

  if (same->len > 1)
    {
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < same->len; i++)
        g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                phaen_project_get_id (g_ptr_array_index (same, i)));
      phaen_csv_report_addf (reader->report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_PROJECT),
                             _("“%s” is the name of several projects (%s); write the id of the one meant"),
                             name, ids->str);
      return NULL;
    }

  return g_ptr_array_index (same, 0);
}

/* The money parser refuses what no plan may hold, above PHAEN_MONEY_MAX
 * (PHAEN_LIMIT_BAHT baht) included. */
static void
read_amount (Reader     *reader,
             guint       line,
             Column      column,
             const char *text,
             gint64     *out)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *clean = phaen_text_normalize_name (text);

  if (!phaen_money_parse (clean, PHAEN_MONEY_PARSE_EMPTY_IS_ZERO, out, &local_error))
    phaen_csv_report_add (reader->report, PHAEN_IO_ERROR_INVALID, line, label (reader, column),
                          local_error->message);
}

/* Checks one record into a change; NULL when it has problems (all
 * reported). */
static Change *
read_row (Reader         *reader,
          PhaenCsvRecord *record)
{
  PhaenCsvReport *report = reader->report;
  guint before = phaen_csv_report_get_n_problems (report);
  guint line = record->line;
  g_autoptr(GError) local_error = NULL;
  PhaenProject *project;
  Change *change;
  const char *text;
  gpointer first_line;

  if (record->fields->len != reader->header->n_fields)
    {
      phaen_csv_report_addf (report, PHAEN_IO_ERROR_MALFORMED, line, NULL,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the row has %u field but the header has %u",
                                          "the row has %u fields but the header has %u",
                                          record->fields->len),
                             record->fields->len, reader->header->n_fields);
      return NULL;
    }

  if (record->junk_field >= 0)
    phaen_csv_report_add (report, PHAEN_IO_ERROR_MALFORMED, line,
                          reader->header->label_of[record->junk_field],
                          _("text follows the closing quote; write a quote inside a quoted field as \"\""));

  project = match_project (reader, record);
  if (project != NULL && g_hash_table_lookup_extended (reader->seen, project, NULL, &first_line))
    {
      phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, line, NULL,
                             _("project %s is already on line %u; give each project one row"),
                             phaen_project_get_id (project), GPOINTER_TO_UINT (first_line));
      project = NULL;
    }
  else if (project != NULL)
    g_hash_table_insert (reader->seen, project, GUINT_TO_POINTER (line));

  /* Start from the project's values, so that a column the file lacks
   * leaves its field as it is. */
  change = g_new0 (Change, 1);
  change->project = project;
  change->line = line;
  if (project != NULL)
    {
      change->status = phaen_project_get_status (project);
      change->contracted = phaen_project_get_contracted (project);
      change->disbursed = phaen_project_get_disbursed (project);
      change->progress = phaen_project_get_progress (project);
      change->actual = phaen_project_get_actual_schedule (project);
      change->remarks = g_strdup (phaen_project_get_remarks (project));
    }

  if ((text = cell (reader, record, COL_STATUS)) != NULL)
    {
      g_autofree char *clean = phaen_text_normalize_name (text);

      if (*clean == '\0')
        phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_STATUS),
                              _("the cell is empty; write not-started, in-progress, completed, cancelled or carried-over (or the Thai label)"));
      else if (!parse_status (clean, &change->status))
        phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_STATUS),
                               _("“%s” is not a status; write not-started, in-progress, completed, cancelled or carried-over (or the Thai label)"),
                               clean);
    }

  if ((text = cell (reader, record, COL_CONTRACTED)) != NULL)
    read_amount (reader, line, COL_CONTRACTED, text, &change->contracted);
  if ((text = cell (reader, record, COL_DISBURSED)) != NULL)
    read_amount (reader, line, COL_DISBURSED, text, &change->disbursed);

  if ((text = cell (reader, record, COL_PROGRESS)) != NULL)
    {
      g_autofree char *clean = phaen_text_normalize_name (text);

      if (!parse_progress (clean, &change->progress))
        phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_PROGRESS),
                               _("“%s” is not a progress; write a whole percent from 0 to 100"),
                               clean);
    }

  if ((text = cell (reader, record, COL_ACTUAL_MONTHS)) != NULL)
    {
      g_autofree char *clean = phaen_text_normalize_name (text);

      if (!phaen_schedule_parse (clean, &change->actual, &local_error))
        {
          phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_ACTUAL_MONTHS),
                                local_error->message);
          g_clear_error (&local_error);
        }
    }

  if ((text = cell (reader, record, COL_REMARKS)) != NULL)
    {
      g_free (change->remarks);
      change->remarks = phaen_text_normalize (text);
      if (!phaen_text_check (change->remarks, PHAEN_LIMIT_TEXT_CHARS, &local_error))
        {
          phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, line, label (reader, COL_REMARKS),
                                local_error->message);
          g_clear_error (&local_error);
        }
    }

  /* Checked once both amounts are known, whichever columns gave them. */
  if (phaen_csv_report_get_n_problems (report) == before &&
      change->contracted > 0 && change->disbursed > change->contracted)
    {
      g_autofree char *disbursed = phaen_money_format (change->disbursed, TRUE, FALSE);
      g_autofree char *contracted = phaen_money_format (change->contracted, TRUE, FALSE);
      Column column = reader->header->position_of[COL_DISBURSED] >= 0 ? COL_DISBURSED : COL_CONTRACTED;

      phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, line, label (reader, column),
                             _("the disbursed amount %s is more than the contracted amount %s; correct one of them (leave contracted at 0 for work paid without a contract)"),
                             disbursed, contracted);
    }

  if (phaen_csv_report_get_n_problems (report) != before || project == NULL)
    {
      change_free (change);
      return NULL;
    }

  return change;
}

/* ------------------------------------------------------------------ */
/* Import: apply                                                       */

/* Applies @change through the edit API; TRUE when anything changed. */
static gboolean
apply_change (PhaenPlan *plan,
              Change    *change)
{
  PhaenProject *project = change->project;
  gboolean changed = FALSE;

  if (phaen_project_get_status (project) != change->status)
    {
      phaen_plan_edit_set_enum (plan, project, "status", change->status);
      changed = TRUE;
    }
  if (phaen_project_get_contracted (project) != change->contracted)
    {
      phaen_plan_edit_set_int64 (plan, project, "contracted", change->contracted);
      changed = TRUE;
    }
  if (phaen_project_get_disbursed (project) != change->disbursed)
    {
      phaen_plan_edit_set_int64 (plan, project, "disbursed", change->disbursed);
      changed = TRUE;
    }
  if (phaen_project_get_progress (project) != change->progress)
    {
      phaen_plan_edit_set_uint (plan, project, "progress", change->progress);
      changed = TRUE;
    }
  if (phaen_project_get_actual_schedule (project) != change->actual)
    {
      phaen_plan_edit_set_uint (plan, project, "actual-schedule", change->actual);
      changed = TRUE;
    }
  if (strcmp (phaen_project_get_remarks (project), change->remarks) != 0)
    {
      phaen_plan_edit_set_string (plan, project, "remarks", change->remarks);
      changed = TRUE;
    }

  return changed;
}

gboolean
phaen_status_csv_import (PhaenPlan   *plan,
                         const char  *data,
                         gsize        length,
                         const char  *filename,
                         guint       *n_changed,
                         GError     **error)
{
  g_autoptr(PhaenCsvReport) report = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *text = NULL;
  PhaenCsvRecord *header_record = NULL;
  Header header = { 0 };
  Reader reader;
  gboolean ok = FALSE;
  guint first;
  guint changed = 0;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_changed != NULL)
    *n_changed = 0;

  report = phaen_csv_report_new (filename);

  text = phaen_csv_decode (data != NULL ? data : "", length, report);
  if (text == NULL)
    goto out;

  records = phaen_csv_read_records (text, PHAEN_LIMIT_PROJECTS + 1, 64, report);
  header_record = phaen_csv_find_header (records, &first, report);
  if (header_record == NULL)
    goto out;

  if (!read_header (header_record, &header, report))
    goto out;

  names = index_names (plan);
  seen = g_hash_table_new (NULL, NULL);
  reader = (Reader) { plan, report, &header, names, seen };
  changes = g_ptr_array_new_with_free_func (change_free);

  for (guint i = first + 1; i < records->len; i++)
    {
      PhaenCsvRecord *record = g_ptr_array_index (records, i);
      Change *change;

      if (phaen_csv_record_is_blank (record))
        continue;

      change = read_row (&reader, record);
      if (change != NULL)
        g_ptr_array_add (changes, change);
    }

  if (phaen_csv_report_get_n_problems (report) > 0)
    goto out;

  if (changes->len == 0)
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_EMPTY, header.line, NULL,
                            _("the file has a header but no rows"));
      goto out;
    }

  phaen_plan_edit_begin (plan, _("Import status"));
  for (guint i = 0; i < changes->len; i++)
    if (apply_change (plan, g_ptr_array_index (changes, i)))
      changed++;
  phaen_plan_edit_end (plan);

  if (n_changed != NULL)
    *n_changed = changed;
  ok = TRUE;

out:
  if (!ok)
    phaen_csv_report_to_error (report, error);

  phaen_csv_header_clear (&header);

  return ok;
}

/* ------------------------------------------------------------------ */
/* The report table                                                    */

static const char * const report_header[] = {
  "number", "strategy", "planned",
  "completed", "completed_percent",
  "in_progress", "in_progress_percent",
  "not_started", "not_started_percent",
  "cancelled", "cancelled_percent",
  "carried_over", "carried_over_percent",
  "added", "added_percent",
  "budget", "contracted", "contracted_percent", "disbursed", "disbursed_percent",
  "due", "on_time", "on_time_percent", "early", "early_percent",
  "late", "late_percent", "not_recorded", "not_recorded_percent", "not_due",
};

#define N_REPORT_COLUMNS G_N_ELEMENTS (report_header)

GBytes *
phaen_report_csv_export (PhaenReport *report)
{
  GPtrArray *rows;
  GString *out;

  g_return_val_if_fail (PHAEN_IS_REPORT (report), NULL);

  out = g_string_new (NULL);
  phaen_csv_append_row (out, report_header, N_REPORT_COLUMNS);

  rows = phaen_report_get_rows (report);
  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      static const PhaenReportTiming timings[] = {
        PHAEN_REPORT_TIMING_ON_TIME, PHAEN_REPORT_TIMING_EARLY,
        PHAEN_REPORT_TIMING_LATE, PHAEN_REPORT_TIMING_NOT_RECORDED,
      };

      g_ptr_array_add (cells, row->number > 0 ? g_strdup_printf ("%u", row->number) : g_strdup (""));
      g_ptr_array_add (cells, g_strdup (row->label));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->planned));
      /* completed, in progress, not started, cancelled, carried over */
      for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
        {
          PhaenProjectStatus status = phaen_report_status_order[s];

          g_ptr_array_add (cells, g_strdup_printf ("%u", row->status[status]));
          g_ptr_array_add (cells, phaen_summary_format_percent (row->status_percent[status], FALSE));
        }
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->added));
      g_ptr_array_add (cells, phaen_summary_format_percent (row->added_percent, FALSE));
      g_ptr_array_add (cells, phaen_money_format_plain (row->budget));
      g_ptr_array_add (cells, phaen_money_format_plain (row->contracted));
      g_ptr_array_add (cells, phaen_summary_format_percent (row->contracted_percent, FALSE));
      g_ptr_array_add (cells, phaen_money_format_plain (row->disbursed));
      g_ptr_array_add (cells, phaen_summary_format_percent (row->disbursed_percent, FALSE));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->due));
      for (guint t = 0; t < G_N_ELEMENTS (timings); t++)
        {
          g_ptr_array_add (cells, g_strdup_printf ("%u", row->timing[timings[t]]));
          g_ptr_array_add (cells, phaen_summary_format_percent (row->timing_percent[timings[t]], FALSE));
        }
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->timing[PHAEN_REPORT_TIMING_NOT_DUE]));

      g_assert (cells->len == N_REPORT_COLUMNS);
      phaen_csv_append_row (out, (const char * const *) cells->pdata, cells->len);
    }

  return g_string_free_to_bytes (out);
}
