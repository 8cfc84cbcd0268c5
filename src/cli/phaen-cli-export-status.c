/* phaen-cli-export-status.c: phaen export-status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the status template that the units fill in.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-status-csv.h"
#include "model/phaen-plan.h"

static int
command_export_status (const PhaenCliCommand  *command,
                       int                     argc,
                       char                  **argv)
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

  csv = phaen_status_csv_export (plan);

  return phaen_cli_write_output (output, csv);
}

const PhaenCliCommand phaen_cli_command_export_status = {
  "export-status", N_("IN.phaen"),
  N_("Write the status template of a plan's projects as CSV"),
  N_("Writes one row per project of IN.phaen with its monitoring fields, in\n"
     "the columns id, project, status, contracted, disbursed, progress,\n"
     "actual_months, remarks, for the units to fill in and import-status to\n"
     "read back. status is one of not-started, in-progress, completed,\n"
     "cancelled, carried-over (the Thai labels are accepted too).\n\n"
     "Example:\n"
     "  phaen export-status plan-2569.phaen -o status.csv"),
  command_export_status,
};
