/* phaen-ui-bridge.c: TEMPORARY stand-ins for APIs other developers are
 * building (see phaen-ui-bridge.h and CONTRACTS.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-ui-bridge.h"

#include "model/phaen-model-error.h"
#include "model/phaen-problem.h"
#include "model/phaen-text.h"

/* ---- core ---------------------------------------------------------------- */

void
phaen_ui_problem_free (PhaenUiProblem *problem)
{
  if (problem == NULL)
    return;
  g_clear_object (&problem->object);
  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

/* Every problem of the plan (core's phaen_plan_check()), in the form the
 * window's list uses. */
GPtrArray *
phaen_ui_plan_check (PhaenPlan *plan)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_ui_problem_free);
  g_autoptr(GPtrArray) found = phaen_plan_check (plan);

  for (guint i = 0; i < found->len; i++)
    {
      PhaenProblem *problem = g_ptr_array_index (found, i);
      PhaenUiProblem *entry = g_new0 (PhaenUiProblem, 1);
      GObject *object = phaen_problem_get_object (problem);

      entry->object = g_object_ref (object != NULL ? object : G_OBJECT (plan));
      entry->property = g_strdup (phaen_problem_get_property (problem));
      entry->message = g_strdup (phaen_problem_get_message (problem));
      g_ptr_array_add (problems, entry);
    }
  return problems;
}

PhaenPlan *
phaen_ui_plan_snapshot (PhaenPlan *plan)
{
  return phaen_plan_copy (plan);
}

void
phaen_ui_history_break_merge (PhaenPlan *plan)
{
  phaen_history_break_merge (phaen_plan_get_history (plan));
}

void
phaen_ui_edit_begin (PhaenPlan  *plan,
                     const char *label)
{
  phaen_plan_edit_begin (plan, label);
}

void
phaen_ui_edit_end (PhaenPlan *plan)
{
  phaen_plan_edit_end (plan);
}

gboolean
phaen_ui_plan_is_modified (PhaenPlan *plan)
{
  return phaen_history_get_is_modified (phaen_plan_get_history (plan));
}

void
phaen_ui_plan_mark_saved (PhaenPlan *plan)
{
  phaen_history_mark_saved (phaen_plan_get_history (plan));
}

gboolean
phaen_ui_undo (PhaenPlan *plan)
{
  return phaen_history_undo (phaen_plan_get_history (plan));
}

gboolean
phaen_ui_redo (PhaenPlan *plan)
{
  return phaen_history_redo (phaen_plan_get_history (plan));
}

char *
phaen_ui_normalize_name (const char *text)
{
  return phaen_text_normalize_name (text != NULL ? text : "");
}

char *
phaen_ui_normalize_text (const char *text)
{
  return phaen_text_normalize (text != NULL ? text : "");
}

gboolean
phaen_ui_text_check (const char  *text,
                     guint        max_chars,
                     GError     **error)
{
  return phaen_text_check (text, max_chars, error);
}
