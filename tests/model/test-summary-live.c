/* test-summary-live.c: the ผด.01 summary that follows its plan
 * (PhaenSummary) says what phaen_summary_compute() says after any edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-plan.h"
#include "phaen-summary.h"

#include "phaen-fixtures.h"

static char *
describe_row (PhaenSummaryRow *row)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s|%s|%s|%u|%" G_GINT64_FORMAT "|%d|%d|",
                          phaen_summary_level_to_string (row->level), row->number, row->label,
                          row->projects, row->budget, row->projects_percent, row->budget_percent);
  for (guint i = 0; row->units != NULL && i < row->units->len; i++)
    g_string_append_printf (out, "%s,", phaen_unit_get_id (g_ptr_array_index (row->units, i)));
  return g_string_free (out, FALSE);
}

/* Every field of every row the same as a computation from scratch. */
static void
assert_rows_current (PhaenSummary *summary,
                     PhaenPlan    *plan,
                     const char   *after)
{
  GPtrArray *live = phaen_summary_get_rows (summary);
  g_autoptr(GPtrArray) fresh = phaen_summary_compute (plan);

  if (live->len != fresh->len)
    g_error ("after %s: %u rows, %u expected", after, live->len, fresh->len);
  for (guint i = 0; i < fresh->len; i++)
    {
      g_autofree char *a = describe_row (g_ptr_array_index (live, i));
      g_autofree char *b = describe_row (g_ptr_array_index (fresh, i));

      if (g_strcmp0 (a, b) != 0)
        g_error ("after %s, row %u: %s, expected %s", after, i, a, b);
    }
}

/* Three strategies, four units, projects and equipment spread over the
 * standard programs. */
static PhaenPlan *
make_plan (void)
{
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลตำบลทดสอบ", 2569);
  const char *units[] = { "u1", "u2", "u3", "u4" };
  const guint programs[] = { 0, 2, 3, 8 };

  phaen_fixture_add_strategy (plan, "s1", "ยุทธศาสตร์ที่หนึ่ง");
  phaen_fixture_add_strategy (plan, "s2", "ยุทธศาสตร์ที่สอง");
  phaen_fixture_add_strategy (plan, "s3", "ยุทธศาสตร์ที่สาม");
  phaen_fixture_add_approach (plan, "a1", "แนวทางหนึ่ง", "s1");
  phaen_fixture_add_approach (plan, "a2", "แนวทางสอง", "s2");
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *name = g_strdup_printf ("กอง %u", i + 1);

      phaen_fixture_add_unit (plan, units[i], name);
    }
  for (guint i = 0; i < 40; i++)
    {
      PhaenFixtureProject spec = { 0 };

      spec.kind = i % 7 == 3 ? PHAEN_PROJECT_KIND_EQUIPMENT : PHAEN_PROJECT_KIND_PROJECT;
      spec.strategy = i % 3 == 0 ? "s1" : i % 3 == 1 ? "s2" : "s3";
      spec.approach = i % 5 == 0 ? "a1" : NULL;
      spec.program = programs[i % G_N_ELEMENTS (programs)];
      spec.unit = i % 6 == 5 ? NULL : units[i % G_N_ELEMENTS (units)];
      spec.budget = (gint64) (i + 1) * 125000 + (i % 4 == 0 ? 50 : 0);
      spec.schedule = 1u << (i % 12);
      phaen_fixture_add_project (plan, &spec);
    }
  return plan;
}

static PhaenProject *
project_at (PhaenPlan *plan,
            guint      index)
{
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), index);

  return project;
}

/* Budget and unit edits are counted in, not worked out again. */
static void
test_budget_and_unit_incremental (void)
{
  g_autoptr(PhaenPlan) plan = make_plan ();
  g_autoptr(PhaenSummary) summary = phaen_summary_new (plan);
  g_autoptr(PhaenUnit) other = g_list_model_get_item (phaen_plan_get_units (plan), 3);
  guint rebuilds;

  assert_rows_current (summary, plan, "creation");
  rebuilds = phaen_summary_get_n_rebuilds (summary);
  g_assert_cmpuint (rebuilds, ==, 1);

  for (guint i = 0; i < 12; i++)
    {
      PhaenProject *project = project_at (plan, (i * 7) % 40);

      phaen_plan_edit_set_int64 (plan, project, "budget", phaen_project_get_budget (project) + 99999 * (i + 1));
      assert_rows_current (summary, plan, "a budget edit");
    }
  phaen_plan_edit_set_object (plan, project_at (plan, 1), "unit", other);
  assert_rows_current (summary, plan, "a unit edit");
  phaen_plan_edit_set_object (plan, project_at (plan, 2), "unit", NULL);
  assert_rows_current (summary, plan, "a unit taken away");
  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  assert_rows_current (summary, plan, "undo");
  g_assert_cmpuint (phaen_summary_get_n_rebuilds (summary), ==, rebuilds);
}

/* A move to a group that has projects is counted in; one that makes or
 * empties a group is worked out again, and is right either way. */
static void
test_program_moves (void)
{
  g_autoptr(PhaenPlan) plan = make_plan ();
  g_autoptr(PhaenSummary) summary = phaen_summary_new (plan);
  PhaenProject *project = project_at (plan, 0);   /* s1, program 0 */
  PhaenProject *neighbour = project_at (plan, 3); /* s1, program 8: equipment */
  PhaenProject *same_group = project_at (plan, 9);  /* s1, program 3? */
  guint rebuilds;

  assert_rows_current (summary, plan, "creation");
  rebuilds = phaen_summary_get_n_rebuilds (summary);

  /* Into the group of another project of s1. */
  phaen_plan_edit_set_object (plan, project, "program", phaen_project_get_program (same_group));
  assert_rows_current (summary, plan, "a move to a group with projects");
  g_assert_cmpuint (phaen_summary_get_n_rebuilds (summary), ==, rebuilds);

  /* Into a program no project of s1 has: a new row. */
  phaen_plan_edit_set_object (plan, project, "program", phaen_fixture_program (plan, 5));
  assert_rows_current (summary, plan, "a move making a group");
  g_assert_cmpuint (phaen_summary_get_n_rebuilds (summary), ==, rebuilds + 1);

  /* To another strategy; equipment in and out of the summary. */
  phaen_plan_edit_set_object (plan, neighbour, "strategy", phaen_project_get_strategy (project_at (plan, 1)));
  assert_rows_current (summary, plan, "a move to another strategy");
  phaen_plan_edit_set_boolean (plan, plan, "equipment-in-summary", !phaen_plan_get_equipment_in_summary (plan));
  assert_rows_current (summary, plan, "equipment counted or not");
  phaen_plan_edit_set_enum (plan, project_at (plan, 4), "kind", PHAEN_PROJECT_KIND_EQUIPMENT);
  assert_rows_current (summary, plan, "a kind edit");
  phaen_plan_edit_set_enum (plan, plan, "grouping", PHAEN_GROUPING_APPROACHES);
  assert_rows_current (summary, plan, "grouping by approaches");
  phaen_plan_edit_set_object (plan, project_at (plan, 6), "approach", NULL);
  assert_rows_current (summary, plan, "an approach taken away");
}

/* Any edit, at random, then undone and redone: always current. */
static void
test_random_edits (void)
{
  g_autoptr(PhaenPlan) plan = make_plan ();
  g_autoptr(PhaenSummary) summary = phaen_summary_new (plan);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2569);
  PhaenHistory *history = phaen_plan_get_history (plan);

  for (guint step = 0; step < 400; step++)
    {
      guint n = g_list_model_get_n_items (phaen_plan_get_projects (plan));
      PhaenProject *project = project_at (plan, g_rand_int_range (rand, 0, n));
      int what = g_rand_int_range (rand, 0, 12);

      switch (what)
        {
        case 0: case 1: case 2: case 3:
          phaen_plan_edit_set_int64 (plan, project, "budget", g_rand_int_range (rand, 0, 5000000) * (gint64) 100);
          break;
        case 4:
          {
            GListModel *units = phaen_plan_get_units (plan);
            guint k = g_rand_int_range (rand, 0, g_list_model_get_n_items (units) + 1);
            g_autoptr(PhaenUnit) unit = k < g_list_model_get_n_items (units) ? g_list_model_get_item (units, k) : NULL;

            phaen_plan_edit_set_object (plan, project, "unit", unit);
          }
          break;
        case 5:
          phaen_plan_edit_set_object (plan, project, "program", phaen_fixture_program (plan, g_rand_int_range (rand, 0, 9)));
          break;
        case 6:
          {
            g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (phaen_plan_get_strategies (plan),
                                                                       g_rand_int_range (rand, 0, 3));

            phaen_plan_edit_set_object (plan, project, "strategy", strategy);
          }
          break;
        case 7:
          phaen_plan_edit_set_enum (plan, project, "kind",
                                    phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_PROJECT
                                    ? PHAEN_PROJECT_KIND_EQUIPMENT : PHAEN_PROJECT_KIND_PROJECT);
          break;
        case 8:
          if (n > 5)
            g_assert_true (phaen_plan_edit_remove_project (plan, project, NULL));
          break;
        case 9:
          phaen_plan_edit_duplicate_project (plan, project);
          break;
        case 10:
          phaen_history_undo (history);
          break;
        case 11:
        default:
          phaen_history_redo (history);
          break;
        }
      /* Not after every edit: changes may pile up between two looks. */
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *after = g_strdup_printf ("step %u (edit %d)", step, what);

          assert_rows_current (summary, plan, after);
        }
    }
  assert_rows_current (summary, plan, "the last step");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/summary-live/budget-and-unit", test_budget_and_unit_incremental);
  g_test_add_func ("/model/summary-live/program-moves", test_program_moves);
  g_test_add_func ("/model/summary-live/random-edits", test_random_edits);

  return g_test_run ();
}
