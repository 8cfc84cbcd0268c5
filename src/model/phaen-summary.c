/* phaen-summary.c: groups of projects and the ผด.01 summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects whose strategy is missing or not part of the plan belong to no
 * strategy and are left out of the groups and of every figure (an invalid
 * plan; phaen_plan_validate() reports it). Within a strategy no project is
 * lost: those without an approach, or whose program is not in the plan's
 * catalogue, gather in a last group with a "not specified" name.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-summary.h"

/* Labels printed in the document, which is always in Thai. */
#define LABEL_NO_APPROACH "ไม่ระบุแนวทางการพัฒนา"
#define LABEL_NO_PROGRAM  "ไม่ระบุแผนงาน"
#define LABEL_SUBTOTAL    "รวม"
#define LABEL_TOTAL       "รวมทั้งสิ้น"

static void
phaen_group_free (gpointer data)
{
  PhaenGroup *group = data;

  g_clear_pointer (&group->projects, g_ptr_array_unref);
  g_free (group);
}

static void
phaen_summary_row_free (gpointer data)
{
  PhaenSummaryRow *row = data;

  g_free (row->number);
  g_free (row->label);
  g_clear_pointer (&row->units, g_ptr_array_unref);
  g_free (row);
}

static gboolean
project_is_wanted (PhaenProject *project,
                   gboolean      with_projects,
                   gboolean      with_equipment)
{
  switch (phaen_project_get_kind (project))
    {
    case PHAEN_PROJECT_KIND_PROJECT:
      return with_projects;
    case PHAEN_PROJECT_KIND_EQUIPMENT:
      return with_equipment;
    default:
      return FALSE;
    }
}

/* The wanted projects of @strategy, in plan order. */
static GPtrArray *
projects_of_strategy (PhaenPlan     *plan,
                      PhaenStrategy *strategy,
                      gboolean       with_projects,
                      gboolean       with_equipment)
{
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n_items = g_list_model_get_n_items (projects);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      if (phaen_project_get_strategy (project) == strategy &&
          project_is_wanted (project, with_projects, with_equipment))
        g_ptr_array_add (result, project);
    }

  return result;
}

static gpointer
project_heading (PhaenProject  *project,
                PhaenGrouping  grouping)
{
  if (grouping == PHAEN_GROUPING_APPROACHES)
    return phaen_project_get_approach (project);

  return phaen_project_get_program (project);
}

static void
add_group (GPtrArray     *groups,
           PhaenStrategy *strategy,
           guint          strategy_number,
           gpointer       heading,
           guint         *heading_number,
           const char    *heading_name,
           GPtrArray     *projects)
{
  PhaenGroup *group;

  if (projects->len == 0)
    {
      g_ptr_array_unref (projects);
      return;
    }

  group = g_new0 (PhaenGroup, 1);
  group->strategy = strategy;
  group->strategy_number = strategy_number;
  group->heading = heading;
  group->heading_number = ++(*heading_number);
  group->heading_name = heading_name;
  group->projects = projects;

  g_ptr_array_add (groups, group);
}

/* The headings a strategy's projects are grouped under, in
 * order: the whole program catalogue, or the strategy's approaches. */
static GPtrArray *
heading_items (PhaenPlan     *plan,
                    PhaenStrategy *strategy,
                    PhaenGrouping  grouping)
{
  GListModel *model;
  GPtrArray *items = g_ptr_array_new ();
  guint n_items;

  if (grouping == PHAEN_GROUPING_APPROACHES)
    model = phaen_plan_get_approaches (plan);
  else
    model = phaen_plan_get_programs (plan);

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (grouping == PHAEN_GROUPING_APPROACHES &&
          phaen_approach_get_strategy (PHAEN_APPROACH (item)) != strategy)
        continue;

      /* Borrowed: the plan's list keeps its items alive. */
      g_ptr_array_add (items, item);
    }

  return items;
}

static const char *
heading_name_of (gpointer      item,
                   PhaenGrouping grouping)
{
  if (grouping == PHAEN_GROUPING_APPROACHES)
    return phaen_approach_get_name (item);

  return phaen_program_get_name (item);
}

/* Appends to @groups the groups of one strategy. */
static void
collect_strategy_groups (PhaenPlan     *plan,
                         PhaenStrategy *strategy,
                         guint          strategy_number,
                         PhaenGrouping  grouping,
                         gboolean       with_projects,
                         gboolean       with_equipment,
                         GPtrArray     *groups)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) known = NULL;
  GPtrArray *unspecified;
  guint heading_number = 0;

  projects = projects_of_strategy (plan, strategy, with_projects, with_equipment);
  if (projects->len == 0)
    return;

  items = heading_items (plan, strategy, grouping);
  known = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      GPtrArray *members = g_ptr_array_new ();

      g_hash_table_add (known, item);

      for (guint j = 0; j < projects->len; j++)
        {
          PhaenProject *project = g_ptr_array_index (projects, j);

          if (project_heading (project, grouping) == item)
            g_ptr_array_add (members, project);
        }

      add_group (groups, strategy, strategy_number, item, &heading_number,
                 heading_name_of (item, grouping), members);
    }

  /* Projects without an approach (or with one from elsewhere), or whose
   * program is missing from the catalogue. */
  unspecified = g_ptr_array_new ();
  for (guint j = 0; j < projects->len; j++)
    {
      PhaenProject *project = g_ptr_array_index (projects, j);

      if (!g_hash_table_contains (known, project_heading (project, grouping)))
        g_ptr_array_add (unspecified, project);
    }

  add_group (groups, strategy, strategy_number, NULL, &heading_number,
             grouping == PHAEN_GROUPING_APPROACHES ? LABEL_NO_APPROACH : LABEL_NO_PROGRAM,
             unspecified);
}

/* Groups of the wanted kinds, all strategies of the plan in order. */
static GPtrArray *
collect_groups (PhaenPlan *plan,
                gboolean   with_projects,
                gboolean   with_equipment)
{
  GListModel *strategies = phaen_plan_get_strategies (plan);
  PhaenGrouping grouping = phaen_plan_get_grouping (plan);
  guint n_strategies = g_list_model_get_n_items (strategies);
  GPtrArray *groups = g_ptr_array_new_with_free_func (phaen_group_free);

  for (guint i = 0; i < n_strategies; i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);

      collect_strategy_groups (plan, strategy, i + 1, grouping,
                               with_projects, with_equipment, groups);
    }

  return groups;
}

GPtrArray *
phaen_plan_collect_groups (PhaenPlan        *plan,
                           PhaenProjectKind  kind)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  return collect_groups (plan,
                         kind == PHAEN_PROJECT_KIND_PROJECT,
                         kind == PHAEN_PROJECT_KIND_EQUIPMENT);
}

const char *
phaen_summary_level_to_string (PhaenSummaryLevel level)
{
  switch (level)
    {
    case PHAEN_SUMMARY_STRATEGY:
      return "strategy";
    case PHAEN_SUMMARY_APPROACH:
      return "approach";
    case PHAEN_SUMMARY_PROGRAM:
      return "program";
    case PHAEN_SUMMARY_SUBTOTAL:
      return "subtotal";
    case PHAEN_SUMMARY_TOTAL:
      return "total";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* @part / @whole × 10000, rounded half-up, in exact integer arithmetic;
 * -1 when @whole is not positive. Long division in unsigned 64 bits: every
 * intermediate stays below 2 × @whole < 2^64, so nothing overflows however
 * large the amounts. */
static gint
percent_x100 (gint64 part,
              gint64 whole)
{
  guint64 b;
  guint64 r;
  guint64 q;

  if (whole <= 0)
    return -1;
  if (part <= 0)
    return 0;

  b = (guint64)whole;
  q = (guint64)part / b;
  r = (guint64)part % b;

  /* Four decimal digits of r / b (two for the percent, two for its
   * hundredths), each by adding r ten times and carrying whole b's. */
  for (guint digit = 0; digit < 4; digit++)
    {
      guint64 acc = 0;
      guint d = 0;

      for (guint k = 0; k < 10; k++)
        {
          acc += r;   /* acc < b and r < b: acc + r < 2b < 2^64 */
          if (acc >= b)
            {
              acc -= b;
              d++;
            }
        }

      q = q * 10 + d;
      r = acc;
    }

  /* Half-up: the rest is at least half of b. */
  if (r >= b - r)
    q++;

  return q > G_MAXINT ? G_MAXINT : (gint)q;
}

typedef struct
{
  guint       projects;
  gint64      budget;
  GHashTable *units;   /* PhaenUnit* set */
  GPtrArray  *seen;    /* PhaenUnit*, first-seen order */
} PhaenTally;

static void
tally_init (PhaenTally *tally)
{
  tally->projects = 0;
  tally->budget = 0;
  tally->units = g_hash_table_new (NULL, NULL);
  tally->seen = g_ptr_array_new ();
}

static void
tally_clear (PhaenTally *tally)
{
  g_clear_pointer (&tally->units, g_hash_table_unref);
  g_clear_pointer (&tally->seen, g_ptr_array_unref);
}

static void
tally_add_project (PhaenTally   *tally,
                   PhaenProject *project)
{
  PhaenUnit *unit = phaen_project_get_unit (project);
  gint64 budget = phaen_project_get_budget (project);

  tally->projects++;

  /* Saturate rather than wrap; valid plans stay far below. */
  if (budget > 0 && tally->budget > G_MAXINT64 - budget)
    tally->budget = G_MAXINT64;
  else
    tally->budget += budget;

  if (unit != NULL && g_hash_table_add (tally->units, unit))
    g_ptr_array_add (tally->seen, unit);
}

/* The tally's units in the plan's catalogue order; units missing from the
 * catalogue follow in the order they were met. */
static GPtrArray *
tally_units (PhaenTally *tally,
             PhaenPlan  *plan)
{
  GListModel *catalogue = phaen_plan_get_units (plan);
  guint n_items = g_list_model_get_n_items (catalogue);
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  GPtrArray *units = g_ptr_array_new ();

  for (guint i = 0; i < n_items && units->len < tally->seen->len; i++)
    {
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (catalogue, i);

      if (g_hash_table_contains (tally->units, unit))
        {
          g_ptr_array_add (units, unit);
          g_hash_table_add (listed, unit);
        }
    }

  for (guint i = 0; i < tally->seen->len; i++)
    {
      PhaenUnit *unit = g_ptr_array_index (tally->seen, i);

      if (!g_hash_table_contains (listed, unit))
        g_ptr_array_add (units, unit);
    }

  return units;
}

static PhaenSummaryRow *
make_row (PhaenPlan         *plan,
          PhaenSummaryLevel  level,
          char              *number,
          const char        *label,
          PhaenTally        *tally,
          PhaenTally        *total)
{
  PhaenSummaryRow *row = g_new0 (PhaenSummaryRow, 1);

  row->level = level;
  row->number = number;
  row->label = g_strdup (label);
  row->projects = tally->projects;
  row->budget = tally->budget;
  row->projects_percent = percent_x100 (tally->projects, total->projects);
  row->budget_percent = percent_x100 (tally->budget, total->budget);
  row->units = tally_units (tally, plan);

  return row;
}

GPtrArray *
phaen_summary_compute (PhaenPlan *plan)
{
  g_autoptr(GPtrArray) groups = NULL;
  GListModel *strategies;
  PhaenSummaryLevel heading_level;
  PhaenTally total;
  GPtrArray *rows;
  guint n_strategies;
  guint next_group = 0;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  groups = collect_groups (plan, TRUE, phaen_plan_get_equipment_in_summary (plan));

  heading_level = phaen_plan_get_grouping (plan) == PHAEN_GROUPING_APPROACHES
                 ? PHAEN_SUMMARY_APPROACH
                 : PHAEN_SUMMARY_PROGRAM;

  /* First the whole plan, which every percentage is taken of. */
  tally_init (&total);
  for (guint i = 0; i < groups->len; i++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->projects->len; j++)
        tally_add_project (&total, g_ptr_array_index (group->projects, j));
    }

  rows = g_ptr_array_new_with_free_func (phaen_summary_row_free);

  /* Every strategy is listed, also one without projects; its figures
   * are zero. Groups come in strategy order, so one pass over them. */
  strategies = phaen_plan_get_strategies (plan);
  n_strategies = g_list_model_get_n_items (strategies);
  for (guint i = 0; i < n_strategies; i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GPtrArray) heading_rows = g_ptr_array_new ();
      PhaenTally strategy_tally;
      guint first_group = next_group;

      tally_init (&strategy_tally);

      for (; next_group < groups->len; next_group++)
        {
          PhaenGroup *group = g_ptr_array_index (groups, next_group);
          PhaenTally group_tally;

          if (group->strategy != strategy)
            break;

          tally_init (&group_tally);
          for (guint j = 0; j < group->projects->len; j++)
            {
              PhaenProject *project = g_ptr_array_index (group->projects, j);

              tally_add_project (&group_tally, project);
              tally_add_project (&strategy_tally, project);
            }

          g_ptr_array_add (heading_rows,
                           make_row (plan, heading_level,
                                     g_strdup_printf ("%u.%u", i + 1, group->heading_number),
                                     group->heading_name, &group_tally, &total));
          tally_clear (&group_tally);
        }

      g_assert (next_group - first_group == heading_rows->len);

      g_ptr_array_add (rows,
                       make_row (plan, PHAEN_SUMMARY_STRATEGY,
                                 g_strdup_printf ("%u", i + 1),
                                 phaen_strategy_get_name (strategy),
                                 &strategy_tally, &total));
      for (guint j = 0; j < heading_rows->len; j++)
        g_ptr_array_add (rows, g_ptr_array_index (heading_rows, j));
      g_ptr_array_add (rows,
                       make_row (plan, PHAEN_SUMMARY_SUBTOTAL, g_strdup (""),
                                 LABEL_SUBTOTAL, &strategy_tally, &total));

      tally_clear (&strategy_tally);
    }

  g_ptr_array_add (rows,
                   make_row (plan, PHAEN_SUMMARY_TOTAL, g_strdup (""),
                             LABEL_TOTAL, &total, &total));
  tally_clear (&total);

  return rows;
}

char *
phaen_summary_format_percent (gint     percent_x100,
                              gboolean thai_digits)
{
  g_autofree char *text = NULL;

  if (percent_x100 < 0)
    return g_strdup ("-");

  text = g_strdup_printf ("%d.%02d", percent_x100 / 100, percent_x100 % 100);

  if (thai_digits)
    return phaen_thai_digits (text);

  return g_steal_pointer (&text);
}
