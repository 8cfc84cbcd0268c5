/* phaen-cli-set.c: phaen set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes settings of how the plan is printed.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "model/phaen-flow.h"

static int
command_set (const PhaenCliCommand  *command,
             int                     argc,
             char                  **argv)
{
  g_autofree char *flow_arg = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  PhaenGroupFlow flow;
  int status;
  GOptionEntry entries[] = {
    { "pd02-flow", 0, 0, G_OPTION_ARG_STRING, &flow_arg,
      N_("How the programs of ผด.02 follow each other: page-per-group (each on a new page) or continuous"), N_("FLOW") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  if (flow_arg != NULL && !phaen_group_flow_from_string (flow_arg, &flow))
    {
      g_autofree char *message = g_strdup_printf (_("unknown flow “%s”: use page-per-group or continuous"), flow_arg);
      return phaen_cli_usage_error (command->name, message);
    }

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  if (flow_arg != NULL && flow != phaen_plan_get_pd02_flow (plan))
    {
      phaen_plan_edit_set_enum (plan, plan, "pd02-flow", flow);
      if (!phaen_file_save (plan, args[0], &error))
        return phaen_cli_input_failure (NULL, error);
    }

  phaen_cli_printf ("pd02-flow: %s\n", phaen_group_flow_to_string (phaen_plan_get_pd02_flow (plan)));
  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_set = {
  "set", N_("FILE.phaen"),
  N_("Change how the plan is printed"),
  N_("Changes settings kept in FILE.phaen and saves it, keeping the previous\n"
     "version as FILE.phaen~; then prints the settings.\n"
     "--pd02-flow page-per-group starts every program (group) of ผด.02 on a\n"
     "new page, as most plans print it; continuous lets the groups follow each\n"
     "other, each heading kept with its first rows. export-pdf --pd02-flow\n"
     "overrides the setting for one document.\n\n"
     "Example:\n"
     "  phaen set plan-2569.phaen --pd02-flow continuous"),
  command_set,
};
