/* phaen-cli-import-status.c: phaen import-status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applies a filled-in status template to a plan file, all or nothing.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "io/phaen-status-csv.h"
#include "model/phaen-plan.h"

static int
command_import_status (const PhaenCliCommand  *command,
                       int                     argc,
                       char                  **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;
  guint n_changed = 0;
  int status;

  status = phaen_cli_parse_command_line (command, NULL, argc, argv, 2, 2, &args);
  if (status >= 0)
    return status;

  if (!phaen_cli_check_distinct_files (args[1], args[0], &error))
    return phaen_cli_input_failure (NULL, error);

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  bytes = phaen_cli_read_input (args[1], &error);
  if (bytes == NULL)
    return phaen_cli_input_failure (NULL, error);

  data = g_bytes_get_data (bytes, &length);
  if (!phaen_status_csv_import (plan, data != NULL ? data : "", length, args[1], &n_changed, &error))
    return phaen_cli_input_failure (NULL, error);

  /* Nothing to write when the file changes nothing: FILE~ keeps the
   * version before the last real change. */
  if (n_changed > 0 && !phaen_file_save (plan, args[0], &error))
    return phaen_cli_input_failure (NULL, error);

  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_import_status = {
  "import-status", N_("FILE.phaen STATUS.csv"),
  N_("Apply a filled-in status CSV to a plan file"),
  N_("Reads the status of projects from STATUS.csv (the columns of\n"
     "export-status, English keys or Thai headings; id or project at least)\n"
     "and saves them into FILE.phaen, keeping the previous version as\n"
     "FILE.phaen~. A row is matched by its id, or else by the exact project\n"
     "name. Any problem is reported as FILE:LINE: column: message and then\n"
     "nothing is changed. A disbursed amount may not exceed the contracted\n"
     "amount unless the contracted amount is 0 (work paid without a\n"
     "contract).\n\n"
     "Example:\n"
     "  phaen import-status plan-2569.phaen status.csv"),
  command_import_status,
};
