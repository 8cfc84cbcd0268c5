/* phaen-cli-input.c: reading the input of a subcommand, reporting bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"

void
phaen_cli_print_error (const char *prefix,
                       const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' && lines[i + 1] == NULL)
        break;

      if (prefix != NULL && !g_str_has_prefix (lines[i], prefix))
        g_printerr ("%s: %s\n", prefix, lines[i]);
      else
        g_printerr ("%s\n", lines[i]);
    }
}

int
phaen_cli_input_failure (const char   *prefix,
                         const GError *error)
{
  phaen_cli_print_error (prefix, error->message);
  return PHAEN_EXIT_INPUT;
}

GBytes *
phaen_cli_read_input (const char  *path,
                      GError     **error)
{
  return phaen_file_read (path, error);
}

PhaenPlan *
phaen_cli_load_plan (const char  *path,
                     GError     **error)
{
  return phaen_file_load (path, error);
}

/* The plan file @path, or NULL after printing why it cannot be loaded. */
static PhaenPlan *
load_plan_or_print (const char *path)
{
  g_autoptr(GError) error = NULL;
  PhaenPlan *plan = phaen_cli_load_plan (path, &error);

  if (plan == NULL)
    phaen_cli_input_failure (NULL, error);

  return plan;
}

PhaenPlan *
phaen_cli_load_checked_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = load_plan_or_print (path);

  if (plan == NULL)
    return NULL;

  if (!phaen_plan_validate (plan, &error))
    {
      phaen_cli_input_failure (path, error);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

PhaenPlan *
phaen_cli_load_unfinished_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = load_plan_or_print (path);

  if (plan == NULL)
    return NULL;

  /* Unfinished work is reported, never a reason to refuse: the figures
   * count what has been entered so far. */
  if (!phaen_plan_validate (plan, &error))
    {
      phaen_cli_print_error (path, error->message);
      phaen_cli_print_error (path, _("the plan is unfinished: the figures count what has been entered so far"));
    }

  return g_steal_pointer (&plan);
}
