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
  return phaen_cli_export_plan_csv (command, argc, argv, phaen_status_csv_export);
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
