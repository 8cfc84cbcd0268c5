/* phaen-cli-announcement.c: phaen announcement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows and sets the facts the announcement's wording is composed from
 * (phaen-announcement.h), and prints the paragraphs as they will print.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "model/phaen-announcement.h"

static int
command_announcement (const PhaenCliCommand  *command,
                      int                     argc,
                      char                  **argv)
{
  /* In the order of phaen_announcement_fact_properties(). */
  char *values[6] = { NULL, };
  gboolean composed = FALSE;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  const char * const *facts = phaen_announcement_fact_properties ();
  gboolean changed = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "amendments", 0, 0, G_OPTION_ARG_STRING, &values[0],
      N_("Amendments of the regulation of 2548 to cite, e.g. \"2/2559, 3/2561\" (\"\" for none)"), N_("LIST") },
    { "clauses", 0, 0, G_OPTION_ARG_STRING, &values[1],
      N_("Clauses of the regulation to cite, e.g. \"26, 27\" (\"\" for none)"), N_("LIST") },
    { "budget-ordinance", 0, 0, G_OPTION_ARG_STRING, &values[2],
      N_("The budget ordinance the plan follows (\"\": the usual name for the organisation)"), N_("TEXT") },
    { "budget-ordinance-date", 0, 0, G_OPTION_ARG_STRING, &values[3],
      N_("When it was proclaimed, YYYY-MM-DD in the Christian era (\"\": not stated)"), N_("DATE") },
    { "considered-by", 0, 0, G_OPTION_ARG_STRING, &values[4],
      N_("Who considered the draft (\"\": the development committee of the organisation)"), N_("TEXT") },
    { "considered-date", 0, 0, G_OPTION_ARG_STRING, &values[5],
      N_("When the draft was considered, YYYY-MM-DD (\"\": not stated)"), N_("DATE") },
    { "composed", 0, 0, G_OPTION_ARG_NONE, &composed,
      N_("Drop the plan's own paragraphs: print the wording composed from the facts"), NULL },
    { NULL }
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (values) == 6);

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    goto out;

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    {
      status = phaen_cli_input_failure (NULL, error);
      goto out;
    }

  phaen_plan_edit_begin (plan, NULL);
  for (guint i = 0; facts[i] != NULL; i++)
    {
      g_autofree char *before = NULL;

      if (values[i] == NULL)
        continue;
      before = g_strdup (phaen_plan_get_text (plan, facts[i]));
      if (!phaen_plan_edit_set_announcement_fact (plan, facts[i], values[i], &error))
        {
          g_autofree char *option = g_strdup_printf ("--%s", entries[i].long_name);

          phaen_plan_edit_end (plan);
          status = phaen_cli_input_failure (option, error);
          goto out;
        }
      changed |= g_strcmp0 (before, phaen_plan_get_text (plan, facts[i])) != 0;
    }
  if (composed)
    {
      changed |= *phaen_plan_get_text (plan, "announcement-text-1") != '\0' ||
                 *phaen_plan_get_text (plan, "announcement-text-2") != '\0';
      phaen_plan_edit_set_string (plan, plan, "announcement-text-1", "");
      phaen_plan_edit_set_string (plan, plan, "announcement-text-2", "");
    }
  phaen_plan_edit_end (plan);

  if (changed && !phaen_file_save (plan, args[0], &error))
    {
      status = phaen_cli_input_failure (NULL, error);
      goto out;
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *own = phaen_plan_get_text (plan, i == 0 ? "announcement-text-1" : "announcement-text-2");
      g_autofree char *paragraph = phaen_plan_dup_announcement_paragraph (plan, i);

      if (i > 0)
        phaen_cli_print ("\n");
      if (*own != '\0')
        phaen_cli_printf (_("Paragraph %u, the plan's own text:\n"), i + 1);
      else
        phaen_cli_printf (_("Paragraph %u, composed from the facts:\n"), i + 1);
      phaen_cli_printf ("%s\n", paragraph);
    }
  status = PHAEN_EXIT_OK;

out:
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_free (values[i]);
  return status;
}

const PhaenCliCommand phaen_cli_command_announcement = {
  "announcement", N_("FILE.phaen"),
  N_("Show or set the facts the announcement is worded from"),
  N_("The announcement's two paragraphs are composed from facts: the\n"
     "budget ordinance and when it was proclaimed, who considered the draft\n"
     "and when, and which amendments and clauses of the Ministry of\n"
     "Interior regulation of 2548 are cited. The options set them (checked\n"
     "first; nothing is saved on a mistake) and save FILE.phaen, keeping\n"
     "the previous version as FILE.phaen~. Then the paragraphs are printed\n"
     "as the document will print them, with Arabic digits. A plan whose\n"
     "paragraphs were written by hand prints those; --composed drops them.\n\n"
     "Example:\n"
     "  phaen announcement plan-2569.phaen --budget-ordinance-date 2025-09-15 \\\n"
     "      --considered-date 2025-10-20 --amendments \"2/2559, 3/2561\""),
  command_announcement,
};
