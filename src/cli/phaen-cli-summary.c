/* phaen-cli-summary.c: phaen summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the summary of projects and budget (ผด.01).
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-csv-writer.h"
#include "model/phaen-money.h"
#include "model/phaen-plan.h"
#include "model/phaen-summary.h"

static char *
join_units (PhaenSummaryRow *row,
            const char      *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; row->units != NULL && i < row->units->len; i++)
    {
      PhaenUnit *unit = g_ptr_array_index (row->units, i);

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, phaen_unit_get_name (unit));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
summary_to_csv (GPtrArray *rows)
{
  static const char * const header[] = {
    "level", "number", "label", "projects", "projects_percent", "budget", "budget_percent", "units",
  };
  GString *out = g_string_new (NULL);

  phaen_csv_append_row (out, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      g_autofree char *projects = g_strdup_printf ("%u", row->projects);
      g_autofree char *projects_percent = phaen_summary_format_percent (row->projects_percent, FALSE);
      g_autofree char *budget = phaen_money_format_plain (row->budget);
      g_autofree char *budget_percent = phaen_summary_format_percent (row->budget_percent, FALSE);
      g_autofree char *units = join_units (row, "; ");
      const char *fields[] = {
        phaen_summary_level_to_string (row->level), row->number, row->label,
        projects, projects_percent, budget, budget_percent, units,
      };

      phaen_csv_append_row (out, fields, G_N_ELEMENTS (fields));
    }

  return g_string_free (out, FALSE);
}

/* The document's Thai labels are printed as they appear on the form: they
 * are part of the official document, not interface text. */
static char *
summary_to_text (PhaenPlan *plan,
                 GPtrArray *rows)
{
  enum { COL_LABEL, COL_PROJECTS, COL_PROJECTS_PERCENT, COL_BUDGET, COL_BUDGET_PERCENT, COL_UNITS, N_COLS };
  const char *headers[N_COLS] = {
    "ยุทธศาสตร์/แผนงาน", "โครงการ", "ร้อยละ", "งบประมาณ (บาท)", "ร้อยละ", "หน่วยดำเนินการ",
  };
  g_autoptr(PhaenCliTable) table = NULL;
  GString *out = g_string_new (NULL);
  gboolean decimals = FALSE;
  g_autofree char *year_title = phaen_plan_get_year_title (plan);
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);

  /* the older layout groups by approach (แนวทางการพัฒนา) */
  if (phaen_plan_get_grouping (plan) == PHAEN_GROUPING_APPROACHES)
    headers[COL_LABEL] = "ยุทธศาสตร์/แนวทางการพัฒนา";

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);

      if (row->budget % PHAEN_SATANG_PER_BAHT != 0)
        decimals = TRUE;
    }

  table = phaen_cli_table_new (N_COLS, headers);
  for (guint c = COL_PROJECTS; c < COL_UNITS; c++)
    phaen_cli_table_align_right (table, c);
  /* the units column is left ragged */
  phaen_cli_table_set_ragged_last (table, TRUE);

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = NULL;
      g_autofree char *projects = g_strdup_printf ("%u", row->projects);
      g_autofree char *projects_percent = phaen_summary_format_percent (row->projects_percent, FALSE);
      g_autofree char *budget = phaen_money_format (row->budget, decimals, FALSE);
      g_autofree char *budget_percent = phaen_summary_format_percent (row->budget_percent, FALSE);
      g_autofree char *units = join_units (row, ", ");
      const char *cells[N_COLS];

      switch (row->level)
        {
        case PHAEN_SUMMARY_STRATEGY:
          label = g_strdup_printf ("%s. %s", row->number, row->label);
          break;
        case PHAEN_SUMMARY_APPROACH:
        case PHAEN_SUMMARY_PROGRAM:
          label = g_strdup_printf ("   %s %s", row->number, row->label);
          break;
        case PHAEN_SUMMARY_SUBTOTAL:
          label = g_strdup_printf ("   %s", row->label);
          break;
        case PHAEN_SUMMARY_TOTAL:
        default:
          label = g_strdup (row->label);
          break;
        }

      cells[COL_LABEL] = label;
      cells[COL_PROJECTS] = projects;
      cells[COL_PROJECTS_PERCENT] = projects_percent;
      cells[COL_BUDGET] = budget;
      cells[COL_BUDGET_PERCENT] = budget_percent;
      cells[COL_UNITS] = units;

      if (row->level == PHAEN_SUMMARY_TOTAL)
        phaen_cli_table_add_rule (table, '=');
      phaen_cli_table_add_row (table, cells);
      if (row->level == PHAEN_SUMMARY_SUBTOTAL && i + 1 < rows->len)
        phaen_cli_table_add_blank (table);
    }

  /* Title lines as on the form */
  g_string_append (out, "แบบ ผด.01  บัญชีสรุปจำนวนโครงการและงบประมาณ\n");
  g_string_append_printf (out, "แผนการดำเนินงาน %s\n", year_title);
  g_string_append (out, phaen_plan_get_organisation_name (plan));
  if (district != NULL && *district != '\0')
    g_string_append_printf (out, " อำเภอ%s", district);
  if (province != NULL && *province != '\0')
    g_string_append_printf (out, " จังหวัด%s", province);
  g_string_append (out, "\n\n");

  phaen_cli_table_append_to (table, out);

  return g_string_free (out, FALSE);
}

static int
command_summary (const PhaenCliCommand  *command,
                 int                     argc,
                 char                  **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean csv;
  int status;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or csv"), N_("FORMAT") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  status = phaen_cli_parse_format (command->name, format, "text", &csv);
  if (status >= 0)
    return status;

  plan = phaen_cli_load_unfinished_plan (args[0]);
  if (plan == NULL)
    return PHAEN_EXIT_INPUT;

  rows = phaen_summary_compute (plan);
  text = csv ? summary_to_csv (rows) : summary_to_text (plan, rows);
  phaen_cli_print (text);

  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_summary = {
  "summary", N_("FILE"),
  N_("Print the project and budget summary (ผด.01)"),
  N_("Prints the summary of projects and budget per strategy and program\n"
     "(form ผด.01) on standard output, as an aligned table (text) or as CSV\n"
     "with the columns level, number, label, projects, projects_percent,\n"
     "budget, budget_percent, units.\n\n"
     "Example:\n"
     "  phaen summary plan-2569.phaen --format csv > pd01.csv"),
  command_summary,
};
