/* phaen-cli-diff.c: phaen diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What changed between two plan files: projects added, removed, moved
 * and changed field by field, then the other lists (strategies,
 * approaches, programs, units). Entries are matched by id, as the
 * editions of one plan are (model/phaen-change.h).
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-csv-writer.h"
#include "model/phaen-change.h"
#include "model/phaen-money.h"
#include "model/phaen-plan.h"

/* The name of entry @id of @target in @plan, or NULL. */
static const char *
entry_name (PhaenPlan         *plan,
            PhaenChangeTarget  target,
            const char        *id)
{
  gpointer entry = NULL;

  switch (target)
    {
    case PHAEN_CHANGE_STRATEGY: entry = phaen_plan_find_strategy (plan, id); break;
    case PHAEN_CHANGE_APPROACH: entry = phaen_plan_find_approach (plan, id); break;
    case PHAEN_CHANGE_PROGRAM: entry = phaen_plan_find_program (plan, id); break;
    case PHAEN_CHANGE_UNIT: entry = phaen_plan_find_unit (plan, id); break;
    case PHAEN_CHANGE_PROJECT: entry = phaen_plan_find_project (plan, id); break;
    case PHAEN_CHANGE_N_TARGETS:
    default: break;
    }

  return entry != NULL ? phaen_item_get_name (PHAEN_ITEM (entry)) : NULL;
}

/* The name an entry of a change goes by: as it is after, or as it was
 * before for one removed. */
static const char *
change_name (PhaenChange *change,
             PhaenPlan   *before,
             PhaenPlan   *after)
{
  const char *name = change->kind == PHAEN_CHANGE_REMOVED
                     ? entry_name (before, change->target, change->id)
                     : entry_name (after, change->target, change->id);

  return name != NULL ? name : "";
}

/* A field's value as an officer reads it: amounts grouped, references by
 * name, kinds in words, one line. */
static char *
readable_value (PhaenPlan  *plan,
                const char *field,
                const char *value)
{
  static const struct { const char *field; PhaenChangeTarget target; } references[] = {
    { "strategy", PHAEN_CHANGE_STRATEGY },
    { "approach", PHAEN_CHANGE_APPROACH },
    { "program", PHAEN_CHANGE_PROGRAM },
    { "unit", PHAEN_CHANGE_UNIT },
  };
  PhaenProjectKind kind;
  gint64 satang;

  if (value == NULL || value[0] == '\0')
    return g_strdup (_("(empty)"));

  if (strcmp (field, "budget") == 0 &&
      phaen_money_parse (value, PHAEN_MONEY_PARSE_DEFAULT, &satang, NULL))
    return phaen_money_format (satang, satang % PHAEN_SATANG_PER_BAHT != 0, FALSE);

  if (strcmp (field, "kind") == 0 && phaen_project_kind_from_string (value, &kind))
    return g_strdup (phaen_project_kind_get_label (kind));

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (strcmp (field, references[i].field) == 0)
      {
        const char *name = entry_name (plan, references[i].target, value);

        return g_strdup (name != NULL ? name : value);
      }

  {
    g_autoptr(GString) one_line = g_string_new (value);

    g_string_replace (one_line, "\n", " / ", 0);
    return g_string_free (g_steal_pointer (&one_line), FALSE);
  }
}

static void
append_field_line (GString     *out,
                   PhaenChange *change,
                   PhaenPlan   *before,
                   PhaenPlan   *after,
                   const char  *indent)
{
  g_autofree char *old_value = readable_value (before, change->field, change->old_value);
  g_autofree char *new_value = readable_value (after, change->field, change->new_value);

  g_string_append_printf (out, "%s%s: %s → %s\n", indent,
                          phaen_change_field_get_label (change->field), old_value, new_value);
}

static char *
diff_to_text (GPtrArray *changes,
              PhaenPlan *before,
              PhaenPlan *after)
{
  static const struct { PhaenChangeKind kind; const char *heading; } sections[] = {
    { PHAEN_CHANGE_ADDED, N_("Projects added (%u):") },
    { PHAEN_CHANGE_REMOVED, N_("Projects removed (%u):") },
    { PHAEN_CHANGE_MOVED, N_("Projects moved (%u):") },
    { PHAEN_CHANGE_CHANGED, N_("Projects changed (%u):") },
  };
  GString *out = g_string_new (NULL);
  guint n_other = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint count = 0;

      for (guint i = 0; i < changes->len; i++)
        {
          PhaenChange *change = g_ptr_array_index (changes, i);

          if (change->target == PHAEN_CHANGE_PROJECT && change->kind == sections[s].kind &&
              g_hash_table_add (seen, change->id))
            count++;
        }
      if (count == 0)
        continue;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_string_append_printf (out, _(sections[s].heading), count);
#pragma GCC diagnostic pop
      g_string_append_c (out, '\n');

      g_hash_table_remove_all (seen);
      for (guint i = 0; i < changes->len; i++)
        {
          PhaenChange *change = g_ptr_array_index (changes, i);

          if (change->target != PHAEN_CHANGE_PROJECT || change->kind != sections[s].kind)
            continue;

          if (change->kind == PHAEN_CHANGE_MOVED)
            {
              g_string_append_printf (out, "  %s  %s: ", change->id, change_name (change, before, after));
              /* Translators: a project's place in the plan's list, before and after */
              g_string_append_printf (out, _("position %u → %u"), change->from + 1, change->to + 1);
              g_string_append_c (out, '\n');
              continue;
            }

          if (g_hash_table_add (seen, change->id))
            g_string_append_printf (out, "  %s  %s\n", change->id, change_name (change, before, after));
          if (change->kind == PHAEN_CHANGE_CHANGED)
            append_field_line (out, change, before, after, "      ");
        }
    }

  for (guint i = 0; i < changes->len; i++)
    if (((PhaenChange *) g_ptr_array_index (changes, i))->target != PHAEN_CHANGE_PROJECT)
      n_other++;

  if (n_other > 0)
    {
      g_string_append_printf (out, _("Other changes (%u):"), n_other);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < changes->len; i++)
        {
          PhaenChange *change = g_ptr_array_index (changes, i);
          const char *what = phaen_change_target_get_label (change->target);
          const char *name = change_name (change, before, after);

          if (change->target == PHAEN_CHANGE_PROJECT)
            continue;

          switch (change->kind)
            {
            case PHAEN_CHANGE_ADDED:
              /* Translators: "added responsible unit u3 “กองสาธารณสุข”" */
              g_string_append_printf (out, _("  added %s %s “%s”"), what, change->id, name);
              g_string_append_c (out, '\n');
              break;
            case PHAEN_CHANGE_REMOVED:
              g_string_append_printf (out, _("  removed %s %s “%s”"), what, change->id, name);
              g_string_append_c (out, '\n');
              break;
            case PHAEN_CHANGE_MOVED:
              g_string_append_printf (out, _("  moved %s %s “%s”: position %u → %u"),
                                      what, change->id, name, change->from + 1, change->to + 1);
              g_string_append_c (out, '\n');
              break;
            case PHAEN_CHANGE_CHANGED:
            default:
              g_string_append_printf (out, _("  changed %s %s:"), what, change->id);
              append_field_line (out, change, before, after, " ");
              break;
            }
        }
    }

  if (out->len == 0)
    {
      g_string_append (out, _("No differences"));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* One row per change, values as the file holds them. */
static char *
diff_to_csv (GPtrArray *changes,
             PhaenPlan *before,
             PhaenPlan *after)
{
  static const char * const header[] = { "change", "of", "id", "name", "field", "old", "new" };
  GString *out = g_string_new (NULL);

  phaen_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      const char *field = "";
      const char *old_value = "";
      const char *new_value = "";

      if (change->kind == PHAEN_CHANGE_MOVED)
        {
          field = "position";
          old_value = from = g_strdup_printf ("%u", change->from + 1);
          new_value = to = g_strdup_printf ("%u", change->to + 1);
        }
      else if (change->kind == PHAEN_CHANGE_CHANGED)
        {
          field = change->field;
          old_value = change->old_value;
          new_value = change->new_value;
        }

      {
        const char *row[] = {
          phaen_change_kind_to_string (change->kind),
          phaen_change_target_to_string (change->target),
          change->id, change_name (change, before, after),
          field, old_value, new_value,
        };

        phaen_csv_append_row (out, row, G_N_ELEMENTS (row));
      }
    }

  return g_string_free (out, FALSE);
}

static int
command_diff (const PhaenCliCommand  *command,
              int                     argc,
              char                  **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) before = NULL;
  g_autoptr(PhaenPlan) after = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gboolean csv;
  int status;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output"), N_("OUT") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 2, 2, &args);
  if (status >= 0)
    return status;

  status = phaen_cli_parse_format (command->name, format, "text", &csv);
  if (status >= 0)
    return status;

  before = phaen_cli_load_plan (args[0], &error);
  if (before == NULL)
    return phaen_cli_input_failure (NULL, error);
  after = phaen_cli_load_plan (args[1], &error);
  if (after == NULL)
    return phaen_cli_input_failure (NULL, error);
  if (output != NULL && *output != '\0' &&
      (!phaen_cli_check_distinct_files (args[0], output, &error) ||
       !phaen_cli_check_distinct_files (args[1], output, &error)))
    return phaen_cli_input_failure (NULL, error);

  changes = phaen_plan_diff (before, after);
  text = csv ? diff_to_csv (changes, before, after) : diff_to_text (changes, before, after);

  bytes = g_bytes_new (text, strlen (text));

  return phaen_cli_write_output_or_stdout (output, bytes);
}

const PhaenCliCommand phaen_cli_command_diff = {
  "diff", N_("OLD.phaen NEW.phaen"),
  N_("Show what changed between two plan files"),
  N_("Compares two versions of a plan (a saved copy and the plan now, or\n"
     "the file before and after an amendment): the projects added, removed\n"
     "and moved, each changed project with its fields old → new, then the\n"
     "changes of strategies, approaches, programs and units. Entries are\n"
     "matched by their id, so compare versions of the same plan. The\n"
     "monitoring of projects (status, amounts, progress) is not compared.\n"
     "With --format csv: one row per change (change,of,id,name,field,old,new),\n"
     "values as the plan file holds them.\n\n"
     "Examples:\n"
     "  phaen diff plan-2569.phaen~ plan-2569.phaen\n"
     "  phaen diff before.phaen after.phaen --format csv -o changes.csv"),
  command_diff,
};
