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
