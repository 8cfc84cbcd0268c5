/* phaen-cli-export-csv.c: phaen export-csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the projects of a plan as the interchange CSV.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-csv.h"
#include "model/phaen-plan.h"

/* The body of export-csv and export-status: @export of the plan to -o. */
int
phaen_cli_export_plan_csv (const PhaenCliCommand  *command,
                           int                     argc,
                           char                  **argv,
                           GBytes               *(*export) (PhaenPlan *plan))
{
  g_autofree char *output = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) csv = NULL;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the CSV to OUT (required)"), N_("OUT.csv") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;
  if (output == NULL || *output == '\0')
    return phaen_cli_usage_error (command->name, _("the output file is missing: add -o OUT.csv"));

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  if (!phaen_cli_check_distinct_files (args[0], output, &error))
    return phaen_cli_input_failure (NULL, error);

  csv = export (plan);

  return phaen_cli_write_output (output, csv);
}

static int
command_export_csv (const PhaenCliCommand  *command,
                    int                     argc,
                    char                  **argv)
{
  return phaen_cli_export_plan_csv (command, argc, argv, phaen_csv_export);
}

const PhaenCliCommand phaen_cli_command_export_csv = {
  "export-csv", N_("IN.phaen"),
  N_("Write the projects of a plan file as CSV"),
  N_("Writes every project of IN.phaen to OUT.csv in the interchange\n"
     "columns that import-csv reads (UTF-8, Arabic digits).\n\n"
     "Example:\n"
     "  phaen export-csv plan-2569.phaen -o projects.csv"),
  command_export_csv,
};
