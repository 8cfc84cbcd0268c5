/* phaen-plan-validate.c: what keeps a plan from being complete or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One walk over the plan collects every problem, in a fixed order (the
 * plan's own fields, the lists, the texts, the approaches, the projects),
 * each with the object and the field at fault. Unfinished work
 * (PHAEN_PROBLEM_INCOMPLETE: a missing name or reference) is what an
 * officer has not entered yet; a file keeps it. Everything else
 * (PHAEN_PROBLEM_INVALID) no plan file can hold.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-announcement.h"
#include "phaen-plan-editions.h"
#include "phaen-emblem.h"
#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-money.h"
#include "phaen-plan.h"
#include "phaen-problem.h"
#include "phaen-properties.h"
#include "phaen-schedule.h"
#include "phaen-text.h"
#include "phaen-words.h"

#define EDITION_NUMBER_MAX 999

typedef enum {
  LIST_STRATEGIES,
  LIST_APPROACHES,
  LIST_PROGRAMS,
  LIST_UNITS,
  LIST_PROJECTS,
  N_LISTS
} ListIndex;

static GListModel *(* const list_getters[N_LISTS]) (PhaenPlan *) = {
  phaen_plan_get_strategies,
  phaen_plan_get_approaches,
  phaen_plan_get_programs,
  phaen_plan_get_units,
  phaen_plan_get_projects,
};

/* Whole sentences for each kind of entry, so that translators see them
 * complete. "no_id" takes the position (from 1) and the name,
 * "duplicate_id" the id and the name, "no_name" the id, "too_many" the
 * count and the limit. */
static const struct {
  const char *no_id;
  const char *duplicate_id;
  const char *no_name;
  const char *too_many;
} list_messages[N_LISTS] = {
  [LIST_STRATEGIES] = {
    N_("strategy %u “%s”: has no id"),
    N_("strategy %s “%s”: the id is used twice"),
    N_("strategy %s: has no name"),
    N_("The plan has %u strategies; a plan may have at most %u"),
  },
  [LIST_APPROACHES] = {
    N_("approach %u “%s”: has no id"),
    N_("approach %s “%s”: the id is used twice"),
    N_("approach %s: has no name"),
    N_("The plan has %u development approaches; a plan may have at most %u"),
  },
  [LIST_PROGRAMS] = {
    N_("program %u “%s”: has no id"),
    N_("program %s “%s”: the id is used twice"),
    N_("program %s: has no name"),
    N_("The plan has %u programs; a plan may have at most %u"),
  },
  [LIST_UNITS] = {
    N_("unit %u “%s”: has no id"),
    N_("unit %s “%s”: the id is used twice"),
    N_("unit %s: has no name"),
    N_("The plan has %u units; a plan may have at most %u"),
  },
  [LIST_PROJECTS] = {
    N_("project %u “%s”: has no id"),
    N_("project %s “%s”: the id is used twice"),
    N_("project %s: has no name"),
    N_("The plan has %u projects; a plan may have at most %u"),
  },
};

typedef struct
{
  PhaenPlan  *plan;
  GPtrArray  *problems;
  /* the members of each catalogue, to tell references inside the plan */
  GHashTable *members[N_LISTS];
  char       *max_amount;   /* "1,000,000,000,000" */
} Checker;

static void add_problem (Checker          *checker,
                         PhaenProblemKind  kind,
                         gpointer          object,
                         const char       *property,
                         const char       *format,
                         ...) G_GNUC_PRINTF (5, 6);

static void
add_problem_valist (Checker          *checker,
                    PhaenProblemKind  kind,
                    gpointer          object,
                    const char       *property,
                    const char       *format,
                    va_list           args)
{
  g_autofree char *message = NULL;

  /* Only this file's own messages come here, translated by the caller;
   * tests/model/test-plan.c checks each with its arguments. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_vprintf (format, args);
#pragma GCC diagnostic pop

  g_ptr_array_add (checker->problems, phaen_problem_new (kind, object, property, message));
}

static void
add_problem (Checker          *checker,
             PhaenProblemKind  kind,
             gpointer          object,
             const char       *property,
             const char       *format,
             ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (checker, kind, object, property, format, args);
  va_end (args);
}

/* The same for a format not translated yet (list_messages, the N_()
 * formats of check_project()), translated here. */
static void
add_list_problem (Checker          *checker,
                  PhaenProblemKind  kind,
                  gpointer          object,
                  const char       *property,
                  const char       *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (checker, kind, object, property, _(format), args);
  va_end (args);
}

static const char *
entry_id (gpointer object)
{
  if (PHAEN_IS_PROJECT (object))
    return phaen_project_get_id (object);
  return phaen_item_get_id (object);
}

static const char *
entry_name (gpointer object)
{
  if (PHAEN_IS_PROJECT (object))
    return phaen_project_get_name (object);
  return phaen_item_get_name (object);
}

static void
check_plan_fields (Checker *checker)
{
  PhaenPlan *plan = checker->plan;
  guint year = phaen_plan_get_fiscal_year (plan);
  guint number = phaen_plan_get_edition_number (plan);

  if (phaen_text_is_blank (phaen_plan_get_organisation_name (plan)))
    add_problem (checker, PHAEN_PROBLEM_INCOMPLETE, plan, "organisation-name",
                 "%s", _("The organisation name is empty"));

  if (!phaen_fiscal_year_in_range (year))
    add_problem (checker, PHAEN_PROBLEM_INVALID, plan, "fiscal-year",
                 _("The fiscal year %u is not a Buddhist-era year between %u and %u"),
                 year, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);

  if (phaen_plan_get_edition_kind (plan) != PHAEN_EDITION_ORIGINAL)
    {
      if (number < 1)
        add_problem (checker, PHAEN_PROBLEM_INVALID, plan, "edition-number",
                     "%s", _("An addition or amendment needs an edition number of 1 or more"));
      else if (number > EDITION_NUMBER_MAX)
        add_problem (checker, PHAEN_PROBLEM_INVALID, plan, "edition-number",
                     _("The edition number %u is more than %u"), number, EDITION_NUMBER_MAX);
    }

  /* The legal basis of the announcement: dates, lists of amendments and
   * clauses that a plan file can hold (phaen-announcement.h). */
  for (const char * const *fact = phaen_announcement_fact_properties (); *fact != NULL; fact++)
    {
      g_autoptr(GError) error = NULL;

      if (!phaen_announcement_check_fact (*fact, phaen_plan_get_text (plan, *fact), NULL, &error))
        add_problem (checker, PHAEN_PROBLEM_INVALID, plan, *fact,
                     _("%s: the field “%s”: %s"), _("the plan"), *fact, error->message);
    }

  /* The emblems (phaen-emblem.h), as far as the model can tell. */
  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    {
      GBytes *emblem = phaen_plan_get_emblem (plan, kind);
      g_autoptr(GError) error = NULL;

      if (emblem != NULL && !phaen_emblem_check (emblem, NULL, NULL, &error))
        add_problem (checker, PHAEN_PROBLEM_INVALID, plan, phaen_emblem_kind_property (kind),
                     _("%s: the field “%s”: %s"), _("the plan"),
                     phaen_emblem_kind_property (kind), error->message);
    }

  /* The officer's word list (phaen-words.h). */
  {
    g_autoptr(GError) error = NULL;

    if (!phaen_word_list_check (phaen_plan_get_text (plan, "word-list"), &error))
      add_problem (checker, PHAEN_PROBLEM_INVALID, plan, "word-list",
                   _("%s: the field “%s”: %s"), _("the plan"), "word-list", error->message);
  }

  {
    guint edition_year;

    g_object_get (plan, "edition-year", &edition_year, NULL);
    if (edition_year != 0 &&
        (phaen_plan_get_edition_kind (plan) == PHAEN_EDITION_ORIGINAL ||
         !phaen_fiscal_year_in_range (edition_year)))
      add_problem (checker, PHAEN_PROBLEM_INVALID, plan, "edition-year",
                   _("The year %u of the edition number is not a Buddhist-era year between %u and %u of an addition or amendment"),
                   edition_year, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
  }
}

static void check_texts (Checker    *checker,
                         GObject    *object,
                         const char *label);

/* The additions and amendments the plan holds: numbers in range (the
 * rest is kept right by the edit API and checked by readers). */
static void
check_editions (Checker *checker,
                gboolean with_texts)
{
  guint n = phaen_plan_get_n_editions (checker->plan);

  for (guint k = 1; k <= n; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (checker->plan, k);
      guint number = phaen_edition_get_number (edition);
      guint year = phaen_edition_get_number_year (edition);
      PhaenEditionKind kind = phaen_edition_get_kind (edition);
      g_autofree char *label = phaen_edition_dup_label (edition);

      if (kind == PHAEN_EDITION_ORIGINAL || number < 1 || number > EDITION_NUMBER_MAX ||
          (year != 0 && !phaen_fiscal_year_in_range (year)))
        add_problem (checker, PHAEN_PROBLEM_INVALID, edition, "number",
                     _("%s: an addition or amendment is numbered from 1 to %u, with a year (if any) between %u and %u"),
                     label, EDITION_NUMBER_MAX, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
      if (with_texts)
        check_texts (checker, G_OBJECT (edition), label);
    }
}

/* Ids present and unique, names not blank, the list within the limits. */
static void
check_list (Checker   *checker,
            ListIndex  index)
{
  GListModel *model = list_getters[index] (checker->plan);
  guint n = g_list_model_get_n_items (model);
  guint limit = index == LIST_PROJECTS ? PHAEN_LIMIT_PROJECTS : PHAEN_LIMIT_CATALOGUE;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (n > limit)
    add_list_problem (checker, PHAEN_PROBLEM_INVALID, checker->plan, NULL,
                      list_messages[index].too_many, n, limit);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = entry_id (item);
      const char *name = entry_name (item);

      g_hash_table_add (checker->members[index], item);

      if (*id == '\0')
        add_list_problem (checker, PHAEN_PROBLEM_INVALID, item, "id",
                          list_messages[index].no_id, i + 1, name);
      else if (!g_hash_table_add (seen, (gpointer) id))
        add_list_problem (checker, PHAEN_PROBLEM_INVALID, item, "id",
                          list_messages[index].duplicate_id, id, name);

      if (phaen_text_is_blank (name))
        add_list_problem (checker, PHAEN_PROBLEM_INCOMPLETE, item, "name",
                          list_messages[index].no_name, id);
    }
}

/* Every string property of @object can be held by a plan file. */
static void
check_texts (Checker    *checker,
             GObject    *object,
             const char *label)
{
  guint n_pspecs;
  GParamSpec * const *pspecs = phaen_properties_list (object, &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *value = NULL;
      g_autoptr(GError) error = NULL;
      const char *name = pspecs[i]->name;

      if (pspecs[i]->value_type != G_TYPE_STRING || !(pspecs[i]->flags & G_PARAM_READABLE))
        continue;

      g_object_get (object, name, &value, NULL);
      if (value == NULL ||
          phaen_text_check (value, phaen_text_property_max_chars (name), &error))
        continue;

      add_problem (checker, PHAEN_PROBLEM_INVALID, object, name,
                   _("%s: the field “%s”: %s"), label, name, error->message);
    }
}

static void
check_approach (Checker       *checker,
                PhaenApproach *approach)
{
  PhaenStrategy *strategy = phaen_approach_get_strategy (approach);
  const char *id = phaen_approach_get_id (approach);
  const char *name = phaen_approach_get_name (approach);

  if (strategy == NULL)
    add_problem (checker, PHAEN_PROBLEM_INCOMPLETE, approach, "strategy",
                 _("approach %s “%s”: has no strategy"), id, name);
  else if (!g_hash_table_contains (checker->members[LIST_STRATEGIES], strategy))
    add_problem (checker, PHAEN_PROBLEM_INVALID, approach, "strategy",
                 _("approach %s “%s”: its strategy %s is not in this plan"),
                 id, name, phaen_strategy_get_id (strategy));
}

static void
check_amount (Checker      *checker,
              PhaenProject *project,
              const char   *property,
              gint64        amount,
              const char   *negative,
              const char   *too_large)
{
  const char *id = phaen_project_get_id (project);
  const char *name = phaen_project_get_name (project);

  /* The two formats are N_() literals of check_project(), translated
   * only when a problem is found: gettext for every project was half the
   * time of the whole check. */
  if (amount < 0)
    add_list_problem (checker, PHAEN_PROBLEM_INVALID, project, property, negative, id, name);
  else if (amount > PHAEN_MONEY_MAX)
    add_list_problem (checker, PHAEN_PROBLEM_INVALID, project, property, too_large,
                      id, name, checker->max_amount);
}

/* One reference of a project: missing (unfinished) or outside the plan. */
static void
check_reference (Checker      *checker,
                 PhaenProject *project,
                 const char   *property,
                 gpointer      target,
                 ListIndex     list,
                 const char   *missing,
                 const char   *foreign)
{
  const char *id = phaen_project_get_id (project);
  const char *name = phaen_project_get_name (project);

  /* @missing and @foreign are N_() literals, translated only when used. */
  if (target == NULL)
    {
      if (missing != NULL)
        add_list_problem (checker, PHAEN_PROBLEM_INCOMPLETE, project, property, missing, id, name);
    }
  else if (!g_hash_table_contains (checker->members[list], target))
    add_list_problem (checker, PHAEN_PROBLEM_INVALID, project, property, foreign,
                      id, name, entry_id (target));
}

static void
check_project (Checker      *checker,
               PhaenProject *project)
{
  const char *id = phaen_project_get_id (project);
  const char *name = phaen_project_get_name (project);
  PhaenStrategy *strategy = phaen_project_get_strategy (project);
  PhaenApproach *approach = phaen_project_get_approach (project);

  check_reference (checker, project, "strategy", strategy, LIST_STRATEGIES,
                   N_("project %s “%s”: has no strategy"),
                   N_("project %s “%s”: its strategy %s is not in this plan"));
  check_reference (checker, project, "approach", approach, LIST_APPROACHES,
                   NULL,
                   N_("project %s “%s”: its approach %s is not in this plan"));
  /* Without a strategy (of this plan) yet, the approach waits for one. */
  if (approach != NULL && strategy != NULL &&
      g_hash_table_contains (checker->members[LIST_STRATEGIES], strategy) &&
      g_hash_table_contains (checker->members[LIST_APPROACHES], approach) &&
      phaen_approach_get_strategy (approach) != strategy)
    add_problem (checker, PHAEN_PROBLEM_INVALID, project, "approach",
                 _("project %s “%s”: its approach %s belongs to another strategy"),
                 id, name, phaen_approach_get_id (approach));
  check_reference (checker, project, "program", phaen_project_get_program (project), LIST_PROGRAMS,
                   N_("project %s “%s”: has no program"),
                   N_("project %s “%s”: its program %s is not in this plan"));
  check_reference (checker, project, "unit", phaen_project_get_unit (project), LIST_UNITS,
                   N_("project %s “%s”: has no unit"),
                   N_("project %s “%s”: its unit %s is not in this plan"));

  check_amount (checker, project, "budget", phaen_project_get_budget (project),
                N_("project %s “%s”: the budget is negative"),
                N_("project %s “%s”: the budget is more than %s baht, the most one item may have"));
  check_amount (checker, project, "contracted", phaen_project_get_contracted (project),
                N_("project %s “%s”: the contracted amount is negative"),
                N_("project %s “%s”: the contracted amount is more than %s baht, the most one item may have"));
  check_amount (checker, project, "disbursed", phaen_project_get_disbursed (project),
                N_("project %s “%s”: the disbursed amount is negative"),
                N_("project %s “%s”: the disbursed amount is more than %s baht, the most one item may have"));

  if ((phaen_project_get_schedule (project) & ~PHAEN_SCHEDULE_ALL) != 0)
    add_problem (checker, PHAEN_PROBLEM_INVALID, project, "schedule",
                 _("project %s “%s”: the schedule has months outside the fiscal year"), id, name);
  if ((phaen_project_get_actual_schedule (project) & ~PHAEN_SCHEDULE_ALL) != 0)
    add_problem (checker, PHAEN_PROBLEM_INVALID, project, "actual-schedule",
                 _("project %s “%s”: the actual schedule has months outside the fiscal year"), id, name);
  if (phaen_project_get_progress (project) > 100)
    add_problem (checker, PHAEN_PROBLEM_INVALID, project, "progress",
                 _("project %s “%s”: progress %u%% is more than 100%%"),
                 id, name, phaen_project_get_progress (project));
}

static GPtrArray *
check (PhaenPlan *plan,
       gboolean   with_texts)
{
  Checker checker = { 0, };
  GListModel *model;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  checker.plan = plan;
  checker.problems = g_ptr_array_new_with_free_func (g_object_unref);
  checker.max_amount = phaen_money_format (PHAEN_MONEY_MAX, FALSE, FALSE);
  for (guint i = 0; i < N_LISTS; i++)
    checker.members[i] = g_hash_table_new (NULL, NULL);

  check_plan_fields (&checker);
  for (guint i = 0; i < N_LISTS; i++)
    check_list (&checker, i);

  if (with_texts)
    {
      check_texts (&checker, G_OBJECT (plan), _("the plan"));
      for (guint i = 0; i < N_LISTS; i++)
        {
          model = list_getters[i] (plan);
          for (guint j = 0, n = g_list_model_get_n_items (model); j < n; j++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (model, j);

              check_texts (&checker, item, entry_id (item));
            }
        }
    }

  check_editions (&checker, with_texts);

  model = phaen_plan_get_approaches (plan);
  for (guint j = 0, n = g_list_model_get_n_items (model); j < n; j++)
    {
      g_autoptr(PhaenApproach) approach = g_list_model_get_item (model, j);

      check_approach (&checker, approach);
    }

  model = phaen_plan_get_projects (plan);
  for (guint j = 0, n = g_list_model_get_n_items (model); j < n; j++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (model, j);

      check_project (&checker, project);
    }

  for (guint i = 0; i < N_LISTS; i++)
    g_hash_table_unref (checker.members[i]);
  g_free (checker.max_amount);

  return checker.problems;
}

GPtrArray *
phaen_plan_check (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  return check (plan, TRUE);
}

/* Fails, listing the problems of @problems that @wanted accepts, one per
 * line, with the first one's object as the culprit. */
static gboolean
report (GPtrArray   *problems,
        gboolean     only_invalid,
        GObject    **culprit,
        GError     **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  GObject *first = NULL;

  for (guint i = 0; i < problems->len; i++)
    {
      PhaenProblem *problem = g_ptr_array_index (problems, i);

      if (only_invalid && phaen_problem_get_kind (problem) != PHAEN_PROBLEM_INVALID)
        continue;

      if (first == NULL)
        first = phaen_problem_get_object (problem);
      else
        g_string_append_c (message, '\n');
      g_string_append (message, phaen_problem_get_message (problem));
    }

  if (culprit != NULL)
    *culprit = first;
  if (first == NULL)
    return TRUE;

  g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID, message->str);
  return FALSE;
}

gboolean
phaen_plan_validate (PhaenPlan  *self,
                     GError    **error)
{
  return phaen_plan_validate_full (self, NULL, error);
}

gboolean
phaen_plan_validate_full (PhaenPlan  *self,
                          GObject   **culprit,
                          GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problems = phaen_plan_check (self);
  return report (problems, FALSE, culprit, error);
}

gboolean
phaen_plan_check_storable (PhaenPlan  *self,
                           GObject   **culprit,
                           GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problems = phaen_plan_check (self);
  return report (problems, TRUE, culprit, error);
}

gboolean
phaen_plan_check_storable_structure (PhaenPlan  *self,
                                     GObject   **culprit,
                                     GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problems = check (self, FALSE);
  return report (problems, TRUE, culprit, error);
}
