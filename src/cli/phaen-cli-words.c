/* phaen-cli-words.c: phaen words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists, adds to and removes from the plan's word list: the words that
 * line breaking never splits (phaen-words.h).
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "model/phaen-words.h"

static int
command_words (const PhaenCliCommand  *command,
               int                     argc,
               char                  **argv)
{
  g_auto(GStrv) add = NULL;
  g_auto(GStrv) remove = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *before = NULL;
  int status;
  GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_STRING_ARRAY, &add,
      N_("Add WORD to the list (repeat for more words)"), N_("WORD") },
    { "remove", 0, 0, G_OPTION_ARG_STRING_ARRAY, &remove,
      N_("Remove WORD from the list (repeat for more words)"), N_("WORD") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);
  before = g_strdup (phaen_plan_get_text (plan, "word-list"));

  /* Removed first, so that a word can be replaced by its new spelling;
   * each step all or nothing, and nothing saved on any failure. */
  if ((remove != NULL && !phaen_plan_edit_remove_words (plan, (const char * const *) remove, &error)) ||
      (add != NULL && !phaen_plan_edit_add_words (plan, (const char * const *) add, NULL, &error)))
    return phaen_cli_input_failure (args[0], error);

  if (g_strcmp0 (before, phaen_plan_get_text (plan, "word-list")) != 0 &&
      !phaen_file_save (plan, args[0], &error))
    return phaen_cli_input_failure (NULL, error);

  words = phaen_plan_dup_words (plan);
  for (guint i = 0; words[i] != NULL; i++)
    phaen_cli_printf ("%s\n", words[i]);

  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_words = {
  "words", N_("FILE.phaen"),
  N_("List or change the words that line breaking never splits"),
  N_("The plan's own word list: names of villages, temples, communities and\n"
     "other words the Thai dictionary does not know, which the printed plan\n"
     "then never splits at a line's end (the organisation, district,\n"
     "province, units, locations and signer are kept whole already).\n"
     "--remove and --add (each may be repeated) change the list and save\n"
     "FILE.phaen, keeping the previous version as FILE.phaen~; a word of one\n"
     "character, or one of more than 60, is refused, and so is removing a\n"
     "word that is not in the list. The list is printed, one word a line.\n\n"
     "Example:\n"
     "  phaen words plan-2569.phaen --add ห้วยกระเจียวงาม --add วัดโพธิ์ทอง"),
  command_words,
};
