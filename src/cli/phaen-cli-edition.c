/* phaen-cli-edition.c: phaen edition start|adopt|list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Additions and amendments of an adopted plan (model/phaen-edition.h):
 * start one, adopt it, list them. The plan file is changed in place,
 * its previous version kept as FILE~.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-thai.h"

typedef struct
{
  char *kind;
  char *number;
  char *date;
  char *signer;
  char *position;
} EditionOptions;

static void
edition_options_clear (EditionOptions *options)
{
  g_clear_pointer (&options->kind, g_free);
  g_clear_pointer (&options->number, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->signer, g_free);
  g_clear_pointer (&options->position, g_free);
}

static gboolean
parse_kind (const char       *text,
            PhaenEditionKind *kind)
{
  g_autofree char *stripped = phaen_cli_strip_dup (text);

  if (g_strcmp0 (stripped, "addition") == 0 || g_strcmp0 (stripped, "เพิ่มเติม") == 0)
    *kind = PHAEN_EDITION_ADDITION;
  else if (g_strcmp0 (stripped, "amendment") == 0 || g_strcmp0 (stripped, "แก้ไข") == 0)
    *kind = PHAEN_EDITION_AMENDMENT;
  else
    return FALSE;
  return TRUE;
}

/* A usage error when an option of another action was given. */
static int
refuse_options (const PhaenCliCommand *command,
                const char            *action,
                const char * const    *names,
                const char * const    *values,
                guint                  n)
{
  for (guint i = 0; i < n; i++)
    if (values[i] != NULL)
      {
        g_autofree char *message = g_strdup_printf (_("“%s %s” takes no option --%s"),
                                                    command->name, action, names[i]);
        return phaen_cli_usage_error (command->name, message);
      }

  return -1;
}

static int
save_plan (PhaenPlan  *plan,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!phaen_file_save (plan, path, &error))
    return phaen_cli_input_failure (NULL, error);
  return PHAEN_EXIT_OK;
}

static int
action_start (const PhaenCliCommand *command,
              const char            *path,
              EditionOptions        *options)
{
  const char *names[] = { "date", "signer", "position" };
  const char *values[] = { options->date, options->signer, options->position };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *label = NULL;
  PhaenEditionKind kind;
  PhaenEdition *edition;
  guint number = 0, year = 0;
  int status;

  status = refuse_options (command, "start", names, values, G_N_ELEMENTS (names));
  if (status >= 0)
    return status;

  if (options->kind == NULL)
    return phaen_cli_usage_error (command->name, _("the kind is missing: add --kind addition or --kind amendment"));
  if (!parse_kind (options->kind, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("unknown kind “%s”: use addition or amendment"), options->kind);
      return phaen_cli_usage_error (command->name, message);
    }
  if (options->number != NULL && !phaen_edition_parse_number (options->number, &number, &year, &error))
    return phaen_cli_usage_error (command->name, error->message);

  plan = phaen_cli_load_plan (path, &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  edition = phaen_plan_edit_start_edition (plan, kind, number, year, &error);
  if (edition == NULL)
    return phaen_cli_input_failure (path, error);

  status = save_plan (plan, path);
  if (status != PHAEN_EXIT_OK)
    return status;

  label = phaen_edition_dup_label (edition);
  /* Translators: "Addition 2 started in plan.phaen: …" */
  phaen_cli_printf (_("%s started in %s: changes to its projects are now this edition’s until it is adopted (phaen edition adopt)\n"),
                    label, path);
  return PHAEN_EXIT_OK;
}

static int
action_adopt (const PhaenCliCommand *command,
              const char            *path,
              EditionOptions        *options)
{
  const char *names[] = { "kind", "number" };
  const char *values[] = { options->kind, options->number };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *label = NULL;
  g_autofree char *date = NULL;
  g_autofree char *signer = NULL;
  g_autofree char *position = NULL;
  PhaenEdition *open;
  int status;

  status = refuse_options (command, "adopt", names, values, G_N_ELEMENTS (names));
  if (status >= 0)
    return status;

  if (options->date == NULL)
    return phaen_cli_usage_error (command->name, _("the date is missing: add --date YYYY-MM-DD (the day the edition was adopted, Common Era)"));
  {
    g_autofree char *stripped = phaen_cli_strip_dup (options->date);

    date = phaen_arabic_digits (stripped);
  }
  signer = phaen_cli_strip_dup (options->signer);
  position = phaen_cli_strip_dup (options->position);

  plan = phaen_cli_load_plan (path, &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  open = phaen_plan_get_open_edition (plan);
  if (open == NULL)
    {
      phaen_cli_print_error (path, _("No addition or amendment is open: start one first (phaen edition start)"));
      return PHAEN_EXIT_INPUT;
    }
  label = phaen_edition_dup_label (open);

  phaen_plan_edit_begin (plan, NULL);
  if (signer != NULL)
    phaen_plan_edit_set_string (plan, open, "signer-name", signer);
  if (position != NULL)
    phaen_plan_edit_set_string (plan, open, "signer-position", position);
  phaen_plan_edit_end (plan);

  if (!phaen_plan_edit_adopt_edition (plan, date, &error))
    return phaen_cli_input_failure (path, error);

  status = save_plan (plan, path);
  if (status != PHAEN_EXIT_OK)
    return status;

  phaen_cli_printf (_("%s adopted on %s\n"), label, phaen_edition_get_adoption_date (open));
  return PHAEN_EXIT_OK;
}

/* How many projects @changes added, changed (any field) and removed. */
static void
count_projects (GPtrArray *changes,
                guint     *added,
                guint     *changed,
                guint     *removed)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  *added = *changed = *removed = 0;
  for (guint i = 0; i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);

      if (change->target != PHAEN_CHANGE_PROJECT)
        continue;
      if (change->kind == PHAEN_CHANGE_ADDED)
        (*added)++;
      else if (change->kind == PHAEN_CHANGE_REMOVED)
        (*removed)++;
      else if (change->kind == PHAEN_CHANGE_CHANGED && g_hash_table_add (seen, change->id))
        (*changed)++;
    }
}

static int
action_list (const PhaenCliCommand *command,
             const char            *path,
             EditionOptions        *options)
{
  const char *names[] = { "kind", "number", "date", "signer", "position" };
  const char *values[] = { options->kind, options->number, options->date, options->signer, options->position };
  const char *headers[] = {
    /* Translators: column headings of "phaen edition list" */
    _("#"), _("Edition"), _("Adopted"),
    _("Added"), _("Changed"), _("Removed"),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(PhaenCliTable) table = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *adopted;
  guint n;
  int status;

  status = refuse_options (command, "list", names, values, G_N_ELEMENTS (names));
  if (status >= 0)
    return status;

  plan = phaen_cli_load_plan (path, &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  n = phaen_plan_get_n_editions (plan);
  if (n == 0)
    {
      phaen_cli_printf (_("%s has no additions or amendments\n"), path);
      return PHAEN_EXIT_OK;
    }

  table = phaen_cli_table_new (G_N_ELEMENTS (headers), headers);
  for (guint c = 3; c < G_N_ELEMENTS (headers); c++)
    phaen_cli_table_align_right (table, c);

  adopted = phaen_plan_get_text (plan, "announcement-date");
  {
    const char *row[] = { "0", _("Plan as adopted"), adopted, "", "", "" };

    phaen_cli_table_add_row (table, row);
  }

  for (guint k = 1; k <= n; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, edition);
      g_autofree char *number = g_strdup_printf ("%u", k);
      g_autofree char *label = phaen_edition_dup_label (edition);
      g_autofree char *added_text = NULL;
      g_autofree char *changed_text = NULL;
      g_autofree char *removed_text = NULL;
      guint added, changed, removed;

      count_projects (changes, &added, &changed, &removed);
      added_text = g_strdup_printf ("%u", added);
      changed_text = g_strdup_printf ("%u", changed);
      removed_text = g_strdup_printf ("%u", removed);
      {
        const char *row[] = {
          number, label,
          phaen_edition_is_adopted (edition) ? phaen_edition_get_adoption_date (edition)
                                             : _("open"),
          added_text, changed_text, removed_text,
        };

        phaen_cli_table_add_row (table, row);
      }
    }

  phaen_cli_table_append_to (table, out);
  phaen_cli_print (out->str);
  return PHAEN_EXIT_OK;
}

static int
command_edition (const PhaenCliCommand  *command,
                 int                     argc,
                 char                  **argv)
{
  EditionOptions options = { NULL, };
  g_auto(GStrv) args = NULL;
  int status;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &options.kind,
      N_("start: addition (เพิ่มเติม) or amendment (แก้ไข)"), N_("KIND") },
    { "number", 'n', 0, G_OPTION_ARG_STRING, &options.number,
      N_("start: its number, e.g. 2 or 1/2569 (default: the next of its kind)"), N_("N") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &options.date,
      N_("adopt: the day it was adopted, YYYY-MM-DD (Common Era)"), N_("DATE") },
    { "signer", 0, 0, G_OPTION_ARG_STRING, &options.signer,
      N_("adopt: who signed its announcement (default: the plan’s signer)"), N_("NAME") },
    { "position", 0, 0, G_OPTION_ARG_STRING, &options.position,
      N_("adopt: the signer’s position"), N_("POSITION") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 2, 2, &args);
  if (status < 0)
    {
      if (g_str_equal (args[0], "start"))
        status = action_start (command, args[1], &options);
      else if (g_str_equal (args[0], "adopt"))
        status = action_adopt (command, args[1], &options);
      else if (g_str_equal (args[0], "list"))
        status = action_list (command, args[1], &options);
      else
        {
          g_autofree char *message = g_strdup_printf (_("unknown action “%s”: use start, adopt or list"), args[0]);

          status = phaen_cli_usage_error (command->name, message);
        }
    }

  edition_options_clear (&options);
  return status;
}

const PhaenCliCommand phaen_cli_command_edition = {
  "edition", N_("start|adopt|list FILE.phaen"),
  N_("Start, adopt or list the additions and amendments of an adopted plan"),
  N_("An adopted plan changes during the year through additions (เพิ่มเติม)\n"
     "and amendments (แก้ไข). “start” opens one (the plan needs its\n"
     "announcement date); from then on every change of the plan’s projects\n"
     "and lists is that edition’s, until “adopt” dates it. A plan with an\n"
     "adopted edition and none open refuses changes of its projects: start a\n"
     "new edition. Monitoring (status, amounts, progress) is never part of\n"
     "an edition. “list” shows the editions with the projects each added,\n"
     "changed and removed. start and adopt save FILE.phaen, keeping its\n"
     "previous version as FILE.phaen~.\n\n"
     "Examples:\n"
     "  phaen edition start plan-2569.phaen --kind addition\n"
     "  phaen import-csv more.csv --into plan-2569.phaen\n"
     "  phaen edition adopt plan-2569.phaen --date 2026-01-15\n"
     "  phaen edition start plan-2569.phaen --kind amendment --number 1/2569\n"
     "  phaen edition list plan-2569.phaen\n"
     "  phaen export-pdf plan-2569.phaen --edition 1 -o addition-1.pdf"),
  command_edition,
};
