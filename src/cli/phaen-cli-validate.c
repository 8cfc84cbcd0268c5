/* phaen-cli-validate.c: phaen validate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads and checks plan files.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "model/phaen-plan.h"

static int
command_validate (const PhaenCliCommand  *command,
                  int                     argc,
                  char                  **argv)
{
  g_auto(GStrv) args = NULL;
  int status;
  int result = PHAEN_EXIT_OK;

  status = phaen_cli_parse_command_line (command, NULL, argc, argv, 1, G_MAXUINT, &args);
  if (status >= 0)
    return status;

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(PhaenPlan) plan = NULL;
      guint n_projects;

      plan = phaen_cli_load_checked_plan (args[i]);
      if (plan == NULL)
        {
          result = PHAEN_EXIT_INPUT;
          continue;
        }

      n_projects = g_list_model_get_n_items (phaen_plan_get_projects (plan));
      phaen_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "%s: ok (%u project)\n",
                                  "%s: ok (%u projects)\n",
                                  n_projects),
                       args[i], n_projects);
    }

  return result;
}

const PhaenCliCommand phaen_cli_command_validate = {
  "validate", N_("FILE…"),
  N_("Check that plan files load and are consistent"),
  N_("Loads each FILE and checks the plan. Prints “FILE: ok (N projects)”\n"
     "or the problems found. The exit status is 1 when any file failed.\n\n"
     "Example:\n"
     "  phaen validate plan-2569.phaen"),
  command_validate,
};
