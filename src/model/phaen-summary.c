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

#include "phaen-limits.h"
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

/* ---- PhaenSummary: the rows kept current ----------------------------------
 *
 * The same rows as phaen_summary_compute(), with what made them kept:
 * every counted project's group (strategy and heading) and the budget and
 * unit it was counted with, a count per group, per strategy and for the
 * whole plan (units with how many projects have each). A project's
 * "notify" then moves its amount or unit between counts, the affected
 * rows take their new figures and every row its percentages. What cannot
 * be done that way sets "dirty": the next phaen_summary_get_rows() builds
 * everything again from the plan. */

typedef struct
{
  guint       projects;
  gint64      budget;
  GHashTable *units;      /* PhaenUnit* → number of projects (GUINT_TO_POINTER) */
  GPtrArray  *foreign;    /* units not in the catalogue, in the order met */
} Count;

typedef struct
{
  PhaenStrategy *strategy;
  gpointer       heading;         /* NULL: the group of projects with none */
  guint          strategy_index;
  Count          count;
  guint          row;
} SummaryGroup;

typedef struct
{
  SummaryGroup *group;
  gint64        budget;           /* as counted */
  PhaenUnit    *unit;             /* as counted */
} Member;

struct _PhaenSummary
{
  GObject     parent_instance;

  PhaenPlan  *plan;
  GPtrArray  *rows;               /* PhaenSummaryRow* */
  GPtrArray  *row_counts;         /* Count* of each row, borrowed */
  GPtrArray  *groups;             /* SummaryGroup* */
  GHashTable *group_by_key;       /* SummaryGroup* (its strategy and heading) → itself */
  Count      *strategies;         /* one per strategy of the plan */
  guint       n_strategies;
  Count       total;
  GHashTable *members;            /* PhaenProject* → Member*, the counted ones */
  GHashTable *watched;            /* objects whose "notify" we hear (owned) */
  guint       n_rebuilds;
  gboolean    dirty;
};

G_DEFINE_FINAL_TYPE (PhaenSummary, phaen_summary, G_TYPE_OBJECT)

/* Budgets this large could saturate a sum (phaen_summary_compute stops at
 * G_MAXINT64): left to the full computation. */
#define SAFE_BUDGET (PHAEN_LIMIT_BAHT * 100 * 10)

static void
count_init (Count *count)
{
  count->projects = 0;
  count->budget = 0;
  count->units = g_hash_table_new (NULL, NULL);
  count->foreign = g_ptr_array_new ();
}

static void
count_clear (Count *count)
{
  g_clear_pointer (&count->units, g_hash_table_unref);
  g_clear_pointer (&count->foreign, g_ptr_array_unref);
}

static void
count_add_unit (Count     *count,
                PhaenUnit *unit,
                int        delta)
{
  guint n;

  if (unit == NULL)
    return;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (count->units, unit));
  n += delta;
  if (n == 0)
    g_hash_table_remove (count->units, unit);
  else
    g_hash_table_insert (count->units, unit, GUINT_TO_POINTER (n));
}

static void
summary_group_free (gpointer data)
{
  SummaryGroup *group = data;

  count_clear (&group->count);
  g_free (group);
}

static guint
group_hash (gconstpointer key)
{
  const SummaryGroup *group = key;

  return g_direct_hash (group->strategy) ^ (g_direct_hash (group->heading) * 31);
}

static gboolean
group_equal (gconstpointer a,
             gconstpointer b)
{
  const SummaryGroup *ga = a;
  const SummaryGroup *gb = b;

  return ga->strategy == gb->strategy && ga->heading == gb->heading;
}

static gboolean
is_counted (PhaenSummary *self,
            PhaenProject *project)
{
  return project_is_wanted (project, TRUE, phaen_plan_get_equipment_in_summary (self->plan));
}

/* The group @project counts in now, or NULL (not counted, a strategy
 * outside the plan, or a group that does not exist yet). */
static SummaryGroup *
find_group (PhaenSummary *self,
            PhaenProject *project)
{
  PhaenGrouping grouping = phaen_plan_get_grouping (self->plan);
  SummaryGroup probe = { 0 };
  SummaryGroup *found;

  if (!is_counted (self, project))
    return NULL;
  probe.strategy = phaen_project_get_strategy (project);
  probe.heading = project_heading (project, grouping);
  found = g_hash_table_lookup (self->group_by_key, &probe);
  if (found != NULL || probe.heading == NULL)
    return found;
  /* A heading of the strategy's own without a group yet: none (a new
   * group). One that is not the strategy's counts as none given. */
  if (grouping == PHAEN_GROUPING_APPROACHES
      ? (phaen_plan_find_approach (self->plan, phaen_approach_get_id (probe.heading)) == probe.heading &&
         phaen_approach_get_strategy (probe.heading) == probe.strategy)
      : phaen_plan_find_program (self->plan, phaen_program_get_id (probe.heading)) == probe.heading)
    return NULL;
  probe.heading = NULL;
  return g_hash_table_lookup (self->group_by_key, &probe);
}

/* ---- the rows --------------------------------------------------------------- */

/* The units of @count in catalogue order, then those met outside it. */
static GPtrArray *
count_units (PhaenSummary *self,
             Count        *count)
{
  GListModel *catalogue = phaen_plan_get_units (self->plan);
  guint n_items = g_list_model_get_n_items (catalogue);
  GPtrArray *units = g_ptr_array_new ();
  guint wanted = g_hash_table_size (count->units);

  for (guint i = 0; i < n_items && units->len < wanted; i++)
    {
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (catalogue, i);

      if (g_hash_table_contains (count->units, unit))
        g_ptr_array_add (units, unit);
    }
  for (guint i = 0; i < count->foreign->len; i++)
    if (g_hash_table_contains (count->units, g_ptr_array_index (count->foreign, i)))
      g_ptr_array_add (units, g_ptr_array_index (count->foreign, i));

  return units;
}

static void
add_row (PhaenSummary      *self,
         PhaenSummaryLevel  level,
         char              *number,
         const char        *label,
         Count             *count)
{
  PhaenSummaryRow *row = g_new0 (PhaenSummaryRow, 1);

  row->level = level;
  row->number = number;
  row->label = g_strdup (label);
  row->projects = count->projects;
  row->budget = count->budget;
  row->units = count_units (self, count);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->row_counts, count);
}

static void
update_percentages (PhaenSummary *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (self->rows, i);

      row->projects_percent = percent_x100 (row->projects, self->total.projects);
      row->budget_percent = percent_x100 (row->budget, self->total.budget);
    }
}

/* The figures of every row counted from @count (after it changed). */
static void
update_rows_of (PhaenSummary *self,
                Count        *count,
                gboolean      units)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      PhaenSummaryRow *row;

      if (g_ptr_array_index (self->row_counts, i) != count)
        continue;
      row = g_ptr_array_index (self->rows, i);
      row->projects = count->projects;
      row->budget = count->budget;
      if (units)
        {
          g_clear_pointer (&row->units, g_ptr_array_unref);
          row->units = count_units (self, count);
        }
    }
}

/* ---- building everything ------------------------------------------------------ */

static void project_notify_cb (PhaenProject *project,
                               GParamSpec   *pspec,
                               PhaenSummary *self);
static void set_dirty (PhaenSummary *self);

static void
watch (PhaenSummary *self,
       GHashTable   *keep,
       gpointer      object)
{
  g_hash_table_add (keep, object);
  if (g_hash_table_contains (self->watched, object))
    return;
  g_hash_table_add (self->watched, g_object_ref (object));
  if (PHAEN_IS_PROJECT (object))
    g_signal_connect (object, "notify", G_CALLBACK (project_notify_cb), self);
  else
    g_signal_connect_swapped (object, "notify::name", G_CALLBACK (set_dirty), self);
}

static void
unwatch_all (PhaenSummary *self)
{
  GHashTableIter iter;
  gpointer object;

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    g_signal_handlers_disconnect_by_data (object, self);
  g_hash_table_remove_all (self->watched);
}

static void
clear_state (PhaenSummary *self)
{
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->row_counts, 0);
  g_hash_table_remove_all (self->group_by_key);
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->members);
  for (guint i = 0; i < self->n_strategies; i++)
    count_clear (&self->strategies[i]);
  g_clear_pointer (&self->strategies, g_free);
  self->n_strategies = 0;
  count_clear (&self->total);
}

static void
count_add (Count        *count,
           PhaenProject *project,
           GHashTable   *catalogue)
{
  PhaenUnit *unit = phaen_project_get_unit (project);
  gint64 budget = phaen_project_get_budget (project);

  count->projects++;
  /* Saturating as phaen_summary_compute() does (tally_add_project). */
  if (budget > 0 && count->budget > G_MAXINT64 - budget)
    count->budget = G_MAXINT64;
  else
    count->budget += budget;
  if (unit != NULL && !g_hash_table_contains (count->units, unit) && !g_hash_table_contains (catalogue, unit))
    g_ptr_array_add (count->foreign, unit);
  count_add_unit (count, unit, 1);
}

static void
rebuild (PhaenSummary *self)
{
  g_autoptr(GPtrArray) collected = NULL;
  g_autoptr(GHashTable) catalogue = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  GListModel *lists[] = {
    phaen_plan_get_strategies (self->plan),
    phaen_plan_get_approaches (self->plan),
    phaen_plan_get_programs (self->plan),
    phaen_plan_get_projects (self->plan),
  };
  GListModel *strategies = lists[0];
  PhaenSummaryLevel heading_level;
  gboolean saturated = FALSE;
  guint next_group = 0;

  clear_state (self);
  self->dirty = FALSE;
  self->n_rebuilds++;

  /* Hear every project, strategy, approach and program of the plan. */
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);

          watch (self, keep, item);
        }
    }
  {
    GHashTableIter iter;
    gpointer object;

    g_hash_table_iter_init (&iter, self->watched);
    while (g_hash_table_iter_next (&iter, &object, NULL))
      if (!g_hash_table_contains (keep, object))
        {
          g_signal_handlers_disconnect_by_data (object, self);
          g_hash_table_iter_remove (&iter);
        }
  }

  {
    GListModel *units = phaen_plan_get_units (self->plan);
    guint n = g_list_model_get_n_items (units);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PhaenUnit) unit = g_list_model_get_item (units, i);

        g_hash_table_add (catalogue, unit);
      }
  }

  collected = collect_groups (self->plan, TRUE, phaen_plan_get_equipment_in_summary (self->plan));
  heading_level = phaen_plan_get_grouping (self->plan) == PHAEN_GROUPING_APPROACHES
                 ? PHAEN_SUMMARY_APPROACH
                 : PHAEN_SUMMARY_PROGRAM;

  self->n_strategies = g_list_model_get_n_items (strategies);
  self->strategies = g_new0 (Count, MAX (self->n_strategies, 1));
  for (guint i = 0; i < self->n_strategies; i++)
    count_init (&self->strategies[i]);
  count_init (&self->total);

  /* The whole plan first, in plan order as phaen_summary_compute() meets
   * the units; the groups and their members. */
  for (guint g = 0; g < collected->len; g++)
    {
      PhaenGroup *found = g_ptr_array_index (collected, g);
      SummaryGroup *group = g_new0 (SummaryGroup, 1);

      group->strategy = found->strategy;
      group->heading = found->heading;
      group->strategy_index = found->strategy_number - 1;
      count_init (&group->count);
      g_ptr_array_add (self->groups, group);
      g_hash_table_add (self->group_by_key, group);

      for (guint j = 0; j < found->projects->len; j++)
        {
          PhaenProject *project = g_ptr_array_index (found->projects, j);
          Member *member = g_new0 (Member, 1);
          gint64 budget = phaen_project_get_budget (project);

          if (budget > SAFE_BUDGET || budget < -SAFE_BUDGET)
            saturated = TRUE;
          member->group = group;
          member->budget = budget;
          member->unit = phaen_project_get_unit (project);
          g_hash_table_insert (self->members, project, member);
          count_add (&group->count, project, catalogue);
          count_add (&self->strategies[group->strategy_index], project, catalogue);
        }
    }
  /* The total meets the projects in the order of the groups, as
   * phaen_summary_compute() does. */
  for (guint g = 0; g < self->groups->len; g++)
    {
      PhaenGroup *found = g_ptr_array_index (collected, g);

      for (guint j = 0; j < found->projects->len; j++)
        count_add (&self->total, g_ptr_array_index (found->projects, j), catalogue);
    }

  /* The rows, in the order of phaen_summary_compute(). */
  for (guint i = 0; i < self->n_strategies; i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);

      add_row (self, PHAEN_SUMMARY_STRATEGY, g_strdup_printf ("%u", i + 1),
               phaen_strategy_get_name (strategy), &self->strategies[i]);
      for (; next_group < self->groups->len; next_group++)
        {
          SummaryGroup *group = g_ptr_array_index (self->groups, next_group);
          PhaenGroup *found = g_ptr_array_index (collected, next_group);

          if (group->strategy != strategy)
            break;
          group->row = self->rows->len;
          add_row (self, heading_level, g_strdup_printf ("%u.%u", i + 1, found->heading_number),
                   found->heading_name, &group->count);
        }
      add_row (self, PHAEN_SUMMARY_SUBTOTAL, g_strdup (""), LABEL_SUBTOTAL, &self->strategies[i]);
    }
  add_row (self, PHAEN_SUMMARY_TOTAL, g_strdup (""), LABEL_TOTAL, &self->total);
  update_percentages (self);

  /* Sums of amounts this large may saturate: they are not taken apart
   * again, every change works them out anew. */
  if (saturated)
    self->dirty = TRUE;
}

/* ---- following the plan --------------------------------------------------------- */

static void
set_dirty (PhaenSummary *self)
{
  self->dirty = TRUE;
}

static void
move_member (PhaenSummary *self,
             Member       *member,
             SummaryGroup *to,
             gint64        budget,
             PhaenUnit    *unit)
{
  SummaryGroup *from = member->group;
  Count *counts[] = {
    &from->count, &self->strategies[from->strategy_index], &self->total,
    &to->count, &self->strategies[to->strategy_index], &self->total,
  };

  /* Out of the old counts… */
  for (guint i = 0; i < 3; i++)
    {
      counts[i]->projects--;
      counts[i]->budget -= member->budget;
      count_add_unit (counts[i], member->unit, -1);
    }
  /* …into the new ones. */
  for (guint i = 3; i < 6; i++)
    {
      counts[i]->projects++;
      counts[i]->budget += budget;
      count_add_unit (counts[i], unit, 1);
    }
  member->group = to;
  member->budget = budget;
  member->unit = unit;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    update_rows_of (self, counts[i], TRUE);
  update_percentages (self);
}

static gboolean
in_catalogue (PhaenSummary *self,
              PhaenUnit    *unit)
{
  return unit == NULL ||
         phaen_plan_find_unit (self->plan, phaen_unit_get_id (unit)) == unit;
}

static void
project_notify_cb (PhaenProject *project,
                   GParamSpec   *pspec,
                   PhaenSummary *self)
{
  const char *name = pspec->name;
  Member *member;
  SummaryGroup *to;
  gint64 budget;
  PhaenUnit *unit;

  if (self->dirty)
    return;
  if (!g_str_equal (name, "budget") && !g_str_equal (name, "unit") &&
      !g_str_equal (name, "strategy") && !g_str_equal (name, "program") &&
      !g_str_equal (name, "approach") && !g_str_equal (name, "kind"))
    return;

  member = g_hash_table_lookup (self->members, project);
  to = find_group (self, project);
  budget = phaen_project_get_budget (project);
  unit = phaen_project_get_unit (project);

  /* Counted before and after, in groups that stay: moved between counts.
   * Anything else (a group appearing or emptied, a project starting or
   * ceasing to count, a unit outside the catalogue, an amount too large
   * to add exactly) is worked out from the plan. */
  if (member == NULL || to == NULL ||
      (to != member->group && member->group->count.projects == 1) ||
      (to->strategy_index != member->group->strategy_index &&
       self->strategies[member->group->strategy_index].projects == 1) ||
      budget > SAFE_BUDGET || budget < -SAFE_BUDGET ||
      !in_catalogue (self, unit) || !in_catalogue (self, member->unit))
    {
      if (member != NULL || to != NULL)
        self->dirty = TRUE;
      return;
    }
  if (to == member->group && budget == member->budget && unit == member->unit)
    return;
  move_member (self, member, to, budget, unit);
}

static void
items_changed_cb (PhaenSummary *self)
{
  self->dirty = TRUE;
}

/* ---- GObject ------------------------------------------------------------------ */

static void
phaen_summary_dispose (GObject *object)
{
  PhaenSummary *self = PHAEN_SUMMARY (object);

  if (self->watched != NULL)
    unwatch_all (self);
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_strategies (self->plan), self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_approaches (self->plan), self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_programs (self->plan), self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_units (self->plan), self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_projects (self->plan), self);
    }
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_summary_parent_class)->dispose (object);
}

static void
phaen_summary_finalize (GObject *object)
{
  PhaenSummary *self = PHAEN_SUMMARY (object);

  clear_state (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_counts, g_ptr_array_unref);
  g_clear_pointer (&self->group_by_key, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->watched, g_hash_table_unref);

  G_OBJECT_CLASS (phaen_summary_parent_class)->finalize (object);
}

static void
phaen_summary_class_init (PhaenSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phaen_summary_dispose;
  object_class->finalize = phaen_summary_finalize;
}

static void
phaen_summary_init (PhaenSummary *self)
{
  self->rows = g_ptr_array_new_with_free_func (phaen_summary_row_free);
  self->row_counts = g_ptr_array_new ();
  self->groups = g_ptr_array_new_with_free_func (summary_group_free);
  self->group_by_key = g_hash_table_new (group_hash, group_equal);
  self->members = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  count_init (&self->total);
  self->dirty = TRUE;
}

PhaenSummary *
phaen_summary_new (PhaenPlan *plan)
{
  PhaenSummary *self;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  self = g_object_new (PHAEN_TYPE_SUMMARY, NULL);
  self->plan = g_object_ref (plan);
  g_signal_connect_swapped (plan, "notify::grouping", G_CALLBACK (set_dirty), self);
  g_signal_connect_swapped (plan, "notify::equipment-in-summary", G_CALLBACK (set_dirty), self);
  g_signal_connect_swapped (phaen_plan_get_strategies (plan), "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (phaen_plan_get_approaches (plan), "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (phaen_plan_get_programs (plan), "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (phaen_plan_get_units (plan), "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (phaen_plan_get_projects (plan), "items-changed", G_CALLBACK (items_changed_cb), self);

  return self;
}

GPtrArray *
phaen_summary_get_rows (PhaenSummary *self)
{
  g_return_val_if_fail (PHAEN_IS_SUMMARY (self), NULL);

  if (self->dirty)
    rebuild (self);
  return self->rows;
}

guint
phaen_summary_get_n_rebuilds (PhaenSummary *self)
{
  g_return_val_if_fail (PHAEN_IS_SUMMARY (self), 0);

  return self->n_rebuilds;
}
