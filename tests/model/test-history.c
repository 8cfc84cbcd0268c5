/* test-history.c: the undo/redo stack and the plan's edit API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "model/phaen-limits.h"
#include "model/phaen-model-error.h"
#include "model/phaen-plan.h"

#include "phaen-fixtures.h"

/* ---- A command that only writes into a log ------------------------------ */

typedef struct
{
  PhaenCommand  parent;
  GString      *log;     /* not owned */
  char         *name;
  guint        *n_freed; /* not owned */
} LogCommand;

static void
log_command_undo (PhaenCommand *command)
{
  LogCommand *self = (LogCommand *)command;

  g_string_append_printf (self->log, "-%s", self->name);
}

static void
log_command_redo (PhaenCommand *command)
{
  LogCommand *self = (LogCommand *)command;

  g_string_append_printf (self->log, "+%s", self->name);
}

static void
log_command_free (PhaenCommand *command)
{
  LogCommand *self = (LogCommand *)command;

  if (self->n_freed != NULL)
    (*self->n_freed)++;
  g_free (self->name);
  g_free (self);
}

static PhaenCommand *
log_command_new (GString    *log,
                 const char *name,
                 guint      *n_freed)
{
  LogCommand *self = g_new0 (LogCommand, 1);

  self->log = log;
  self->name = g_strdup (name);
  self->n_freed = n_freed;
  self->parent.label = self->name;
  self->parent.undo = log_command_undo;
  self->parent.redo = log_command_redo;
  self->parent.free = log_command_free;

  return &self->parent;
}

typedef struct
{
  guint changed;
  guint can_undo;
  guint can_redo;
} HistoryCounts;

static void
count_changed_cb (PhaenHistory  *history,
                  HistoryCounts *counts)
{
  counts->changed++;
}

static void
count_notify_cb (PhaenHistory  *history,
                 GParamSpec    *pspec,
                 HistoryCounts *counts)
{
  if (g_str_equal (pspec->name, "can-undo"))
    counts->can_undo++;
  else if (g_str_equal (pspec->name, "can-redo"))
    counts->can_redo++;
}

static void
watch_history (PhaenHistory  *history,
               HistoryCounts *counts)
{
  g_signal_connect (history, "changed", G_CALLBACK (count_changed_cb), counts);
  g_signal_connect (history, "notify", G_CALLBACK (count_notify_cb), counts);
}

static void
test_stack_basic (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  HistoryCounts counts = { 0, };
  guint n_freed = 0;

  watch_history (history, &counts);

  g_assert_false (phaen_history_can_undo (history));
  g_assert_false (phaen_history_can_redo (history));
  g_assert_null (phaen_history_get_undo_label (history));
  g_assert_null (phaen_history_get_redo_label (history));
  g_assert_false (phaen_history_undo (history));
  g_assert_false (phaen_history_redo (history));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);

  phaen_history_push (history, log_command_new (log, "a", &n_freed));
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (counts.can_redo, ==, 0);

  phaen_history_push (history, log_command_new (log, "b", &n_freed));
  g_assert_cmpuint (counts.changed, ==, 2);
  /* still undoable: no second notification */
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "b");

  /* Pushed commands are not run again. */
  g_assert_cmpstr (log->str, ==, "");

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpstr (log->str, ==, "-b");
  g_assert_cmpuint (counts.changed, ==, 3);
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "a");
  g_assert_cmpstr (phaen_history_get_redo_label (history), ==, "b");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpstr (log->str, ==, "-b-a");
  g_assert_cmpuint (counts.can_undo, ==, 2);
  g_assert_false (phaen_history_can_undo (history));
  g_assert_false (phaen_history_undo (history));
  g_assert_cmpuint (counts.changed, ==, 4);

  g_assert_true (phaen_history_redo (history));
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpstr (log->str, ==, "-b-a+a+b");
  g_assert_false (phaen_history_can_redo (history));
  g_assert_false (phaen_history_redo (history));
  g_assert_cmpuint (counts.can_redo, ==, 2);
  g_assert_cmpuint (counts.can_undo, ==, 3);
  g_assert_cmpuint (counts.changed, ==, 6);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  g_assert_cmpuint (n_freed, ==, 0);
  g_clear_object (&history);
  g_assert_cmpuint (n_freed, ==, 2);
}

static void
test_stack_push_clears_redo (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  HistoryCounts counts = { 0, };
  guint n_freed = 0;

  phaen_history_push (history, log_command_new (log, "a", &n_freed));
  phaen_history_push (history, log_command_new (log, "b", &n_freed));
  phaen_history_push (history, log_command_new (log, "c", &n_freed));
  phaen_history_undo (history);
  phaen_history_undo (history);
  g_assert_true (phaen_history_can_redo (history));

  watch_history (history, &counts);
  phaen_history_push (history, log_command_new (log, "d", &n_freed));

  /* b and c are gone for good */
  g_assert_cmpuint (n_freed, ==, 2);
  g_assert_false (phaen_history_can_redo (history));
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 0);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  g_string_truncate (log, 0);
  while (phaen_history_undo (history))
    ;
  g_assert_cmpstr (log->str, ==, "-d-a");
}

static void
test_stack_groups (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  HistoryCounts counts = { 0, };

  watch_history (history, &counts);

  phaen_history_push (history, log_command_new (log, "a", NULL));
  g_assert_cmpuint (counts.changed, ==, 1);

  phaen_history_begin_group (history, "outer");
  phaen_history_push (history, log_command_new (log, "b", NULL));
  phaen_history_begin_group (history, "inner");
  phaen_history_push (history, log_command_new (log, "c", NULL));
  phaen_history_end_group (history);
  /* the inner end does not close the step */
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
  g_assert_cmpuint (counts.changed, ==, 1);
  phaen_history_push (history, log_command_new (log, "d", NULL));
  phaen_history_end_group (history);

  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "outer");

  /* one undo reverts the whole group, newest first */
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpstr (log->str, ==, "-d-c-b");
  g_assert_cmpstr (phaen_history_get_redo_label (history), ==, "outer");
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "a");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  g_assert_true (phaen_history_redo (history));
  g_assert_cmpstr (log->str, ==, "-d-c-b+b+c+d");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
}

static void
test_stack_empty_group (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  HistoryCounts counts = { 0, };

  phaen_history_push (history, log_command_new (log, "a", NULL));
  phaen_history_undo (history);
  g_assert_true (phaen_history_can_redo (history));

  watch_history (history, &counts);

  phaen_history_begin_group (history, "nothing");
  phaen_history_begin_group (history, "still nothing");
  phaen_history_end_group (history);
  phaen_history_end_group (history);

  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  g_assert_false (phaen_history_can_undo (history));
  /* an empty group changes nothing, so redo stays possible */
  g_assert_true (phaen_history_can_redo (history));
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_cmpuint (counts.can_undo, ==, 0);
  g_assert_cmpuint (counts.can_redo, ==, 0);
}

static void
test_stack_group_label_fallback (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);

  phaen_history_begin_group (history, NULL);
  phaen_history_push (history, log_command_new (log, "first", NULL));
  phaen_history_push (history, log_command_new (log, "second", NULL));
  phaen_history_end_group (history);

  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "first");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
}

static void
test_stack_clear (void)
{
  g_autoptr(PhaenHistory) history = phaen_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  HistoryCounts counts = { 0, };
  guint n_freed = 0;

  phaen_history_push (history, log_command_new (log, "a", &n_freed));
  phaen_history_push (history, log_command_new (log, "b", &n_freed));
  phaen_history_undo (history);

  watch_history (history, &counts);
  phaen_history_clear (history);

  g_assert_cmpuint (n_freed, ==, 2);
  g_assert_false (phaen_history_can_undo (history));
  g_assert_false (phaen_history_can_redo (history));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpstr (log->str, ==, "-b");
}

/* ---- A small plan, built twice to compare against ----------------------- */

static PhaenProgram *
program_at (PhaenPlan *plan,
            guint      position)
{
  g_autoptr(PhaenProgram) program =
    g_list_model_get_item (phaen_plan_get_programs (plan), position);

  g_assert_nonnull (program);
  return program;   /* the plan keeps it alive */
}

static PhaenProject *
add_project (PhaenPlan     *plan,
             const char    *id,
             const char    *name,
             gint64         budget,
             PhaenStrategy *strategy,
             PhaenApproach *approach,
             PhaenProgram  *program,
             PhaenUnit     *unit,
             guint          schedule)
{
  g_autoptr(PhaenProject) project = phaen_project_new ();

  phaen_project_set_id (project, id);
  phaen_project_set_name (project, name);
  phaen_project_set_budget (project, budget);
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_approach (project, approach);
  phaen_project_set_program (project, program);
  phaen_project_set_unit (project, unit);
  phaen_project_set_schedule (project, schedule);
  phaen_project_set_location (project, "ทั่วเขตเทศบาล");
  phaen_plan_append_project (plan, project);

  return project;
}

/* The same plan every time: fresh objects with fixed ids. */
static PhaenPlan *
build_plan (void)
{
  static const PhaenFixtureProject projects[] = {
    { "p1", "ก่อสร้างถนนคอนกรีตซอย ๓", PHAEN_PROJECT_KIND_PROJECT, "s1", "a1", 8, "u3", 150000000, 0x7 },
    { "p2", "ฝึกอบรมอาสาสมัครสาธารณสุข", PHAEN_PROJECT_KIND_PROJECT, "s2", "a2", 3, "u1", 5000000, 0x30 },
    { "p3", "ปรับปรุงระบบจัดเก็บภาษี", PHAEN_PROJECT_KIND_PROJECT, "s3", NULL, 0, "u2", 2500050, 0x800 },
    { "p4", "ซ่อมแซมท่อระบายน้ำ", PHAEN_PROJECT_KIND_PROJECT, "s1", "a1", 8, "u3", 80000000, 0x1f },
  };
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลเมืองจันทนิมิต", 2567);

  phaen_fixture_add_unit (plan, "u1", "สำนักปลัดเทศบาล");
  phaen_fixture_add_unit (plan, "u2", "กองคลัง");
  phaen_fixture_add_unit (plan, "u3", "กองช่าง");
  phaen_fixture_add_strategy (plan, "s1", "การพัฒนาโครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, "s2", "การพัฒนาคุณภาพชีวิต");
  phaen_fixture_add_strategy (plan, "s3", "การบริหารจัดการที่ดี");
  phaen_fixture_add_approach (plan, "a1", "ก่อสร้างและปรับปรุงถนน", "s1");
  phaen_fixture_add_approach (plan, "a2", "ส่งเสริมสุขภาพ", "s2");

  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    phaen_project_set_location (phaen_fixture_add_project (plan, &projects[i]), "ทั่วเขตเทศบาล");

  return plan;
}

static void
assert_plans_equal (PhaenPlan *a,
                    PhaenPlan *b)
{
  g_autofree char *why = NULL;

  if (!phaen_plan_equal (a, b, &why))
    g_error ("plans differ: %s", why != NULL ? why : "(no reason given)");
}

static void
assert_plans_differ (PhaenPlan *a,
                     PhaenPlan *b)
{
  g_autofree char *why = NULL;

  g_assert_false (phaen_plan_equal (a, b, &why));
  g_assert_nonnull (why);
}

static gpointer
item_at (GListModel *model,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item;   /* borrowed: the plan keeps it */
}

typedef struct
{
  guint    changed;
  GString *items;   /* "pos,removed,added;" per items-changed */
} PlanWatch;

static void
plan_changed_cb (PhaenPlan *plan,
                 PlanWatch *watch)
{
  watch->changed++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  PlanWatch  *watch)
{
  g_string_append_printf (watch->items, "%u,%u,%u;", position, removed, added);
}

static void
plan_watch_init (PlanWatch  *watch,
                 PhaenPlan  *plan,
                 GListModel *model)
{
  watch->changed = 0;
  watch->items = g_string_new (NULL);
  g_signal_connect (plan, "changed", G_CALLBACK (plan_changed_cb), watch);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), watch);
}

static void
plan_watch_clear (PlanWatch  *watch,
                  PhaenPlan  *plan,
                  GListModel *model)
{
  g_signal_handlers_disconnect_by_data (plan, watch);
  if (model != NULL)
    g_signal_handlers_disconnect_by_data (model, watch);
  g_string_free (watch->items, TRUE);
}

/* Undo, check against @before; redo, check against @after; undo again. */
static void
assert_undo_redo (PhaenPlan *plan,
                  PhaenPlan *before,
                  PhaenPlan *after)
{
  PhaenHistory *history = phaen_plan_get_history (plan);
  PlanWatch watch;

  plan_watch_init (&watch, plan, NULL);

  g_assert_true (phaen_history_can_undo (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (watch.changed, >=, 1);
  assert_plans_equal (plan, before);
  g_assert_true (phaen_history_can_redo (history));

  watch.changed = 0;
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpuint (watch.changed, >=, 1);
  assert_plans_equal (plan, after);

  g_assert_true (phaen_history_undo (history));
  assert_plans_equal (plan, before);

  plan_watch_clear (&watch, plan, NULL);
}

static void
test_plan_history_starts_empty (void)
{
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(PhaenStrategy) extra = phaen_strategy_new (NULL, "เพิ่มเติม");
  PhaenHistory *history;
  PlanWatch watch;

  plan = build_plan ();
  history = phaen_plan_get_history (plan);

  g_assert_nonnull (history);
  g_assert_true (PHAEN_IS_HISTORY (history));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  g_assert_false (phaen_history_can_undo (history));
  g_assert_false (phaen_history_can_redo (history));

  /* the build API records nothing and stays silent */
  plan_watch_init (&watch, plan, NULL);
  phaen_plan_append_strategy (plan, extra);
  g_assert_cmpuint (watch.changed, ==, 0);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  g_assert_cmpstr (phaen_strategy_get_id (extra), !=, "");
  plan_watch_clear (&watch, plan, NULL);
}

static void
test_edit_set_string (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  PhaenProject *p2 = phaen_plan_find_project (plan, "p2");
  PlanWatch watch;

  phaen_project_set_name (phaen_plan_find_project (after, "p2"), "อบรม อสม.");

  plan_watch_init (&watch, plan, NULL);
  phaen_plan_edit_set_string (plan, p2, "name", "อบรม อสม.");
  g_assert_cmpuint (watch.changed, ==, 1);
  plan_watch_clear (&watch, plan, NULL);

  g_assert_cmpstr (phaen_project_get_name (p2), ==, "อบรม อสม.");
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 1);
  g_assert_nonnull (phaen_history_get_undo_label (phaen_plan_get_history (plan)));
  assert_plans_equal (plan, after);
  assert_plans_differ (plan, before);

  assert_undo_redo (plan, before, after);
  g_assert_cmpstr (phaen_project_get_name (p2), ==, "ฝึกอบรมอาสาสมัครสาธารณสุข");
}

static void
test_edit_set_plan_text (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();

  g_object_set (after, "foreword", "คำนำของแผน", NULL);

  phaen_plan_edit_set_string (plan, plan, "foreword", "คำนำของแผน");
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "คำนำของแผน");
  assert_plans_equal (plan, after);

  assert_undo_redo (plan, before, after);
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "");
}

static void
test_edit_set_int64 (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");

  phaen_project_set_budget (phaen_plan_find_project (after, "p1"), 123456789);

  phaen_plan_edit_set_int64 (plan, p1, "budget", 123456789);
  g_assert_cmpint (phaen_project_get_budget (p1), ==, 123456789);
  g_assert_cmpstr (phaen_history_get_undo_label (phaen_plan_get_history (plan)), ==, "Change budget");
  assert_plans_equal (plan, after);

  assert_undo_redo (plan, before, after);
  g_assert_cmpint (phaen_project_get_budget (p1), ==, 150000000);
}

static void
test_edit_set_uint (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  PhaenProject *p4 = phaen_plan_find_project (plan, "p4");

  phaen_project_set_schedule (phaen_plan_find_project (after, "p4"), 0x801);

  phaen_plan_edit_set_uint (plan, p4, "schedule", 0x801);
  g_assert_cmpuint (phaen_project_get_schedule (p4), ==, 0x801);
  assert_plans_equal (plan, after);

  assert_undo_redo (plan, before, after);
  g_assert_cmpuint (phaen_project_get_schedule (p4), ==, 0x1f);
}

static void
test_edit_set_boolean (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();

  g_assert_true (phaen_plan_get_thai_digits (plan));
  g_object_set (after, "thai-digits", FALSE, NULL);

  phaen_plan_edit_set_boolean (plan, plan, "thai-digits", FALSE);
  g_assert_false (phaen_plan_get_thai_digits (plan));
  assert_plans_equal (plan, after);

  assert_undo_redo (plan, before, after);
  g_assert_true (phaen_plan_get_thai_digits (plan));
}

static void
test_edit_set_enum (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");

  g_object_set (after, "grouping", PHAEN_GROUPING_APPROACHES, NULL);
  phaen_project_set_status (phaen_plan_find_project (after, "p3"), PHAEN_PROJECT_STATUS_COMPLETED);

  phaen_plan_edit_set_enum (plan, plan, "grouping", PHAEN_GROUPING_APPROACHES);
  phaen_plan_edit_set_enum (plan, p3, "status", PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_APPROACHES);
  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 2);
  assert_plans_equal (plan, after);

  /* two separate steps */
  phaen_history_undo (phaen_plan_get_history (plan));
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_APPROACHES);
  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  phaen_history_undo (phaen_plan_get_history (plan));
  assert_plans_equal (plan, before);
  phaen_history_redo (phaen_plan_get_history (plan));
  phaen_history_redo (phaen_plan_get_history (plan));
  assert_plans_equal (plan, after);
}

static void
test_edit_set_object (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  PhaenProject *after_p3 = phaen_plan_find_project (after, "p3");

  phaen_project_set_unit (after_p3, phaen_plan_find_unit (after, "u1"));
  phaen_project_set_approach (after_p3, phaen_plan_find_approach (after, "a1"));
  phaen_project_set_strategy (after_p3, phaen_plan_find_strategy (after, "s1"));

  phaen_history_begin_group (phaen_plan_get_history (plan), "ย้ายโครงการ");
  phaen_plan_edit_set_object (plan, p3, "unit", phaen_plan_find_unit (plan, "u1"));
  phaen_plan_edit_set_object (plan, p3, "approach", phaen_plan_find_approach (plan, "a1"));
  phaen_plan_edit_set_object (plan, p3, "strategy", phaen_plan_find_strategy (plan, "s1"));
  phaen_history_end_group (phaen_plan_get_history (plan));

  g_assert_true (phaen_project_get_unit (p3) == phaen_plan_find_unit (plan, "u1"));
  g_assert_true (phaen_project_get_strategy (p3) == phaen_plan_find_strategy (plan, "s1"));
  assert_plans_equal (plan, after);

  /* the group is one step */
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (phaen_plan_get_history (plan)), ==, "ย้ายโครงการ");
  assert_undo_redo (plan, before, after);
  g_assert_true (phaen_project_get_unit (p3) == phaen_plan_find_unit (plan, "u2"));
  g_assert_null (phaen_project_get_approach (p3));

  /* clearing a reference */
  phaen_plan_edit_set_object (plan, phaen_plan_find_project (plan, "p1"), "approach", NULL);
  g_assert_null (phaen_project_get_approach (phaen_plan_find_project (plan, "p1")));
  phaen_history_undo (phaen_plan_get_history (plan));
  assert_plans_equal (plan, before);
}

static void
test_edit_set_generic (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) after = build_plan ();
  g_auto(GValue) value = G_VALUE_INIT;
  PhaenStrategy *s2 = phaen_plan_find_strategy (plan, "s2");

  phaen_strategy_set_name (phaen_plan_find_strategy (after, "s2"), "การพัฒนาคนและสังคม");

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "การพัฒนาคนและสังคม");
  phaen_plan_edit_set (plan, s2, "name", &value);
  g_assert_cmpstr (phaen_strategy_get_name (s2), ==, "การพัฒนาคนและสังคม");
  assert_plans_equal (plan, after);
  assert_undo_redo (plan, before, after);
}

static void
test_edit_set_equal_value (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  PhaenHistory *history = phaen_plan_get_history (plan);
  PlanWatch watch;

  /* something to redo, which an idle set must not throw away */
  phaen_plan_edit_set_int64 (plan, p1, "budget", 1);
  phaen_history_undo (history);
  g_assert_true (phaen_history_can_redo (history));

  plan_watch_init (&watch, plan, NULL);
  phaen_plan_edit_set_string (plan, p1, "name", "ก่อสร้างถนนคอนกรีตซอย ๓");
  phaen_plan_edit_set_int64 (plan, p1, "budget", 150000000);
  phaen_plan_edit_set_uint (plan, p1, "schedule", 0x7);
  phaen_plan_edit_set_object (plan, p1, "unit", phaen_plan_find_unit (plan, "u3"));
  phaen_plan_edit_set_enum (plan, plan, "grouping", PHAEN_GROUPING_PROGRAMS);
  phaen_plan_edit_set_boolean (plan, plan, "equipment-in-summary", TRUE);
  phaen_plan_edit_set_string (plan, plan, "foreword", NULL);
  g_assert_cmpuint (watch.changed, ==, 0);
  plan_watch_clear (&watch, plan, NULL);

  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  g_assert_true (phaen_history_can_redo (history));
  assert_plans_equal (plan, before);
}

static void
test_edit_insert_project (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenProject) project = phaen_project_new ();
  GListModel *projects = phaen_plan_get_projects (plan);
  PlanWatch watch;

  phaen_project_set_name (project, "ติดตั้งไฟฟ้าส่องสว่าง");
  phaen_project_set_budget (project, 30000000);
  phaen_project_set_strategy (project, phaen_plan_find_strategy (plan, "s1"));
  phaen_project_set_program (project, program_at (plan, 8));
  phaen_project_set_unit (project, phaen_plan_find_unit (plan, "u3"));

  plan_watch_init (&watch, plan, projects);
  phaen_plan_edit_insert_project (plan, 1, project);
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (phaen_plan_get_history (plan)), ==, "Add project");
  g_assert_cmpstr (watch.items->str, ==, "1,0,1;");

  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 5);
  g_assert_true (item_at (projects, 1) == (gpointer)project);
  /* an id was given */
  g_assert_cmpstr (phaen_project_get_id (project), !=, "");
  g_assert_true (phaen_plan_find_project (plan, phaen_project_get_id (project)) == project);

  assert_plans_differ (plan, before);

  /* undo: the item leaves position 1 */
  g_string_truncate (watch.items, 0);
  watch.changed = 0;
  phaen_history_undo (phaen_plan_get_history (plan));
  g_assert_cmpstr (watch.items->str, ==, "1,1,0;");
  g_assert_cmpuint (watch.changed, ==, 1);
  assert_plans_equal (plan, before);

  /* redo: the very same object comes back to the same place */
  g_string_truncate (watch.items, 0);
  phaen_history_redo (phaen_plan_get_history (plan));
  g_assert_cmpstr (watch.items->str, ==, "1,0,1;");
  g_assert_true (item_at (projects, 1) == (gpointer)project);
  plan_watch_clear (&watch, plan, projects);

  /* at the end with G_MAXUINT */
  {
    g_autoptr(PhaenProject) last = phaen_project_new ();

    phaen_project_set_name (last, "โครงการสุดท้าย");
    phaen_project_set_strategy (last, phaen_plan_find_strategy (plan, "s3"));
    phaen_project_set_program (last, program_at (plan, 0));
    phaen_project_set_unit (last, phaen_plan_find_unit (plan, "u1"));
    phaen_plan_edit_insert_project (plan, G_MAXUINT, last);
    g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 6);
    g_assert_true (item_at (projects, 5) == (gpointer)last);
    /* ids are never reused */
    g_assert_cmpstr (phaen_project_get_id (last), !=, phaen_project_get_id (project));
  }

  phaen_history_undo (phaen_plan_get_history (plan));
  phaen_history_undo (phaen_plan_get_history (plan));
  assert_plans_equal (plan, before);
}

static void
test_edit_remove_project (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenProject) p3 = g_object_ref (phaen_plan_find_project (plan, "p3"));
  GListModel *projects = phaen_plan_get_projects (plan);
  g_autoptr(GError) error = NULL;
  PlanWatch watch;

  plan_watch_init (&watch, plan, projects);
  g_assert_true (phaen_plan_edit_remove_project (plan, p3, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (watch.items->str, ==, "2,1,0;");
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 3);
  g_assert_null (phaen_plan_find_project (plan, "p3"));

  g_string_truncate (watch.items, 0);
  phaen_history_undo (phaen_plan_get_history (plan));
  g_assert_cmpstr (watch.items->str, ==, "2,0,1;");
  g_assert_true (item_at (projects, 2) == (gpointer)p3);
  assert_plans_equal (plan, before);

  g_string_truncate (watch.items, 0);
  phaen_history_redo (phaen_plan_get_history (plan));
  g_assert_cmpstr (watch.items->str, ==, "2,1,0;");
  g_assert_null (phaen_plan_find_project (plan, "p3"));
  plan_watch_clear (&watch, plan, projects);

  /* removing it twice is refused */
  g_assert_false (phaen_plan_edit_remove_project (plan, p3, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ปรับปรุงระบบจัดเก็บภาษี"));
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 1);
}

static void
test_edit_move_project (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  PhaenProject *p4 = phaen_plan_find_project (plan, "p4");
  GListModel *projects = phaen_plan_get_projects (plan);
  PhaenHistory *history = phaen_plan_get_history (plan);
  PlanWatch watch;
  const char *order_after[] = { "p2", "p3", "p1", "p4" };

  plan_watch_init (&watch, plan, projects);
  phaen_plan_edit_move_project (plan, p1, 2);
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpstr (watch.items->str, ==, "0,1,0;2,0,1;");
  for (guint i = 0; i < G_N_ELEMENTS (order_after); i++)
    g_assert_cmpstr (phaen_project_get_id (item_at (projects, i)), ==, order_after[i]);
  assert_plans_differ (plan, before);

  g_string_truncate (watch.items, 0);
  phaen_history_undo (history);
  g_assert_cmpstr (watch.items->str, ==, "2,1,0;0,0,1;");
  assert_plans_equal (plan, before);

  phaen_history_redo (history);
  g_assert_true (item_at (projects, 2) == (gpointer)p1);
  phaen_history_undo (history);

  /* to the front; past the end means last */
  phaen_plan_edit_move_project (plan, p4, 0);
  g_assert_true (item_at (projects, 0) == (gpointer)p4);
  phaen_plan_edit_move_project (plan, p4, G_MAXUINT);
  g_assert_true (item_at (projects, 3) == (gpointer)p4);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  /* a move to where it already is records nothing */
  watch.changed = 0;
  phaen_plan_edit_move_project (plan, p4, 3);
  g_assert_cmpuint (watch.changed, ==, 0);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  plan_watch_clear (&watch, plan, projects);

  phaen_history_undo (history);
  phaen_history_undo (history);
  assert_plans_equal (plan, before);
}

static void
test_edit_catalogues (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "การพัฒนาเศรษฐกิจ");
  g_autoptr(PhaenApproach) approach = NULL;
  g_autoptr(PhaenProgram) program = phaen_program_new (NULL, "แผนงานพิเศษ");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองการศึกษา");
  g_autoptr(GError) error = NULL;
  PhaenHistory *history = phaen_plan_get_history (plan);
  guint n_programs = g_list_model_get_n_items (phaen_plan_get_programs (plan));
  PlanWatch watch;

  approach = phaen_approach_new (NULL, "ส่งเสริมอาชีพ", strategy);

  plan_watch_init (&watch, plan, phaen_plan_get_strategies (plan));
  phaen_plan_edit_insert_strategy (plan, 1, strategy);
  g_assert_cmpstr (watch.items->str, ==, "1,0,1;");
  g_assert_cmpuint (watch.changed, ==, 1);
  plan_watch_clear (&watch, plan, phaen_plan_get_strategies (plan));
  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, strategy), ==, 2);
  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, phaen_plan_find_strategy (plan, "s2")), ==, 3);

  phaen_plan_edit_insert_approach (plan, G_MAXUINT, approach);
  phaen_plan_edit_insert_program (plan, 0, program);
  phaen_plan_edit_insert_unit (plan, 2, unit);

  g_assert_cmpuint (phaen_history_get_depth (history), ==, 4);
  g_assert_true (phaen_plan_find_strategy (plan, phaen_strategy_get_id (strategy)) == strategy);
  g_assert_true (phaen_plan_find_approach (plan, phaen_approach_get_id (approach)) == approach);
  g_assert_true (phaen_plan_find_program (plan, phaen_program_get_id (program)) == program);
  g_assert_true (phaen_plan_find_unit (plan, phaen_unit_get_id (unit)) == unit);
  g_assert_true (item_at (phaen_plan_get_approaches (plan), 2) == (gpointer)approach);
  g_assert_true (item_at (phaen_plan_get_programs (plan), 0) == (gpointer)program);
  g_assert_true (item_at (phaen_plan_get_units (plan), 2) == (gpointer)unit);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_programs (plan)), ==, n_programs + 1);

  /* not in use: they can go again, each as one step */
  g_assert_true (phaen_plan_edit_remove_unit (plan, unit, &error));
  g_assert_true (phaen_plan_edit_remove_program (plan, program, &error));
  g_assert_true (phaen_plan_edit_remove_approach (plan, approach, &error));
  g_assert_true (phaen_plan_edit_remove_strategy (plan, strategy, &error));
  g_assert_no_error (error);
  assert_plans_equal (plan, before);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 8);

  /* undo the removals: each comes back where it was */
  for (guint i = 0; i < 4; i++)
    phaen_history_undo (history);
  g_assert_true (item_at (phaen_plan_get_strategies (plan), 1) == (gpointer)strategy);
  g_assert_true (item_at (phaen_plan_get_approaches (plan), 2) == (gpointer)approach);
  g_assert_true (item_at (phaen_plan_get_programs (plan), 0) == (gpointer)program);
  g_assert_true (item_at (phaen_plan_get_units (plan), 2) == (gpointer)unit);

  /* undo the insertions */
  for (guint i = 0; i < 4; i++)
    phaen_history_undo (history);
  assert_plans_equal (plan, before);
  g_assert_false (phaen_history_can_undo (history));

  /* and all of it again */
  while (phaen_history_redo (history))
    ;
  assert_plans_equal (plan, before);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 8);
}

static void
assert_in_use (GError     *error,
               const char *name,
               const char *count)
{
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE);
  if (strstr (error->message, name) == NULL || strstr (error->message, count) == NULL)
    g_error ("“%s” does not name “%s” and %s", error->message, name, count);
}

static void
test_edit_remove_in_use (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenStrategy) lonely = phaen_strategy_new ("s9", "ยุทธศาสตร์ว่าง");
  g_autoptr(PhaenApproach) lonely_approach = phaen_approach_new ("a9", "แนวทางที่ยังไม่มีโครงการ", lonely);
  g_autoptr(GError) error = NULL;
  PhaenHistory *history = phaen_plan_get_history (plan);
  PlanWatch watch;

  plan_watch_init (&watch, plan, NULL);

  g_assert_false (phaen_plan_edit_remove_strategy (plan, phaen_plan_find_strategy (plan, "s1"), &error));
  assert_in_use (error, "การพัฒนาโครงสร้างพื้นฐาน", "2");
  g_clear_error (&error);

  g_assert_false (phaen_plan_edit_remove_approach (plan, phaen_plan_find_approach (plan, "a2"), &error));
  assert_in_use (error, "ส่งเสริมสุขภาพ", "1");
  g_clear_error (&error);

  g_assert_false (phaen_plan_edit_remove_program (plan, program_at (plan, 8), &error));
  assert_in_use (error, phaen_program_get_name (program_at (plan, 8)), "2");
  g_clear_error (&error);

  g_assert_false (phaen_plan_edit_remove_unit (plan, phaen_plan_find_unit (plan, "u1"), &error));
  assert_in_use (error, "สำนักปลัดเทศบาล", "1");
  g_clear_error (&error);

  g_assert_cmpuint (watch.changed, ==, 0);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 0);
  assert_plans_equal (plan, before);
  plan_watch_clear (&watch, plan, NULL);

  /* a strategy without projects but with an approach is refused too */
  phaen_plan_edit_insert_strategy (plan, G_MAXUINT, lonely);
  phaen_plan_edit_insert_approach (plan, G_MAXUINT, lonely_approach);
  g_assert_false (phaen_plan_edit_remove_strategy (plan, lonely, &error));
  assert_in_use (error, "ยุทธศาสตร์ว่าง", "1");
  g_clear_error (&error);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  /* once the approach is gone, so can the strategy be */
  g_assert_true (phaen_plan_edit_remove_approach (plan, lonely_approach, &error));
  g_assert_true (phaen_plan_edit_remove_strategy (plan, lonely, &error));
  g_assert_no_error (error);
  assert_plans_equal (plan, before);

  /* and after the last project leaves a unit, the unit can go */
  g_assert_true (phaen_plan_edit_remove_project (plan, phaen_plan_find_project (plan, "p2"), &error));
  g_assert_true (phaen_plan_edit_remove_unit (plan, phaen_plan_find_unit (plan, "u1"), &error));
  g_assert_no_error (error);
  g_assert_null (phaen_plan_find_unit (plan, "u1"));
  phaen_history_undo (history);
  phaen_history_undo (history);
  g_assert_nonnull (phaen_plan_find_unit (plan, "u1"));
}

static void
test_edit_group_one_step (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenProject) project = phaen_project_new ();
  g_autoptr(GError) error = NULL;
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  guint n_steps;

  /* a step before the group stays separate */
  phaen_plan_edit_set_string (plan, plan, "district", "เมือง");
  n_steps = phaen_history_get_depth (history);
  g_assert_cmpuint (n_steps, ==, 1);

  phaen_history_begin_group (history, "นำเข้าโครงการ");
  phaen_project_set_name (project, "โครงการใหม่");
  phaen_project_set_strategy (project, phaen_plan_find_strategy (plan, "s2"));
  phaen_project_set_program (project, program_at (plan, 3));
  phaen_project_set_unit (project, phaen_plan_find_unit (plan, "u1"));
  phaen_plan_edit_insert_project (plan, 0, project);
  phaen_plan_edit_set_int64 (plan, project, "budget", 990000);
  phaen_plan_edit_move_project (plan, p1, G_MAXUINT);
  g_assert_true (phaen_plan_edit_remove_project (plan, phaen_plan_find_project (plan, "p3"), &error));
  phaen_plan_edit_set_string (plan, p1, "remarks", "เลื่อนไปท้าย");
  phaen_history_end_group (history);

  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (plan)), ==, 4);

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
  g_assert_cmpstr (phaen_plan_get_district (plan), ==, "เมือง");
  g_assert_true (phaen_history_undo (history));
  assert_plans_equal (plan, before);

  /* redo replays the group in order */
  g_assert_true (phaen_history_redo (history));
  g_assert_true (phaen_history_redo (history));
  g_assert_true (item_at (phaen_plan_get_projects (plan), 0) == (gpointer)project);
  g_assert_true (item_at (phaen_plan_get_projects (plan), 3) == (gpointer)p1);
  g_assert_cmpint (phaen_project_get_budget (project), ==, 990000);
  g_assert_cmpstr (phaen_project_get_remarks (p1), ==, "เลื่อนไปท้าย");
  g_assert_null (phaen_plan_find_project (plan, "p3"));

  /* a new edit after an undo clears redo */
  phaen_history_undo (history);
  g_assert_true (phaen_history_can_redo (history));
  phaen_plan_edit_set_string (plan, plan, "province", "จันทบุรี");
  g_assert_false (phaen_history_can_redo (history));
  g_assert_false (phaen_history_redo (history));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
}

static void
record_depth_cb (PhaenPlan *plan,
                 GArray    *depths)
{
  guint depth = phaen_history_get_depth (phaen_plan_get_history (plan));

  g_array_append_val (depths, depth);
}

static void
test_edit_changed_after_history (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองสวัสดิการสังคม");
  PhaenHistory *history = phaen_plan_get_history (plan);
  gulong id;

  /* when views hear "changed", the history already holds the step */
  id = g_signal_connect (plan, "changed", G_CALLBACK (record_depth_cb), depths);
  phaen_plan_edit_set_string (plan, plan, "signer-name", "นายสมชาย ใจดี");
  phaen_plan_edit_insert_unit (plan, 0, unit);
  phaen_history_undo (history);
  phaen_history_redo (history);
  g_signal_handler_disconnect (plan, id);

  g_assert_cmpuint (depths->len, ==, 4);
  g_assert_cmpuint (g_array_index (depths, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (depths, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (depths, guint, 2), ==, 1);
  g_assert_cmpuint (g_array_index (depths, guint, 3), ==, 2);
}


/* ---- Undo that fits typing (issue 6) ----------------------------------- */

typedef struct
{
  guint changed;        /* the plan's "changed" */
  guint modified;       /* notify::is-modified of the history */
} StepWatch;

static void
step_changed_cb (PhaenPlan *plan,
                 StepWatch *watch)
{
  watch->changed++;
}

static void
step_modified_cb (PhaenHistory *history,
                  GParamSpec   *pspec,
                  StepWatch    *watch)
{
  watch->modified++;
}

static void
step_watch (StepWatch *watch,
            PhaenPlan *plan)
{
  memset (watch, 0, sizeof *watch);
  g_signal_connect (plan, "changed", G_CALLBACK (step_changed_cb), watch);
  g_signal_connect (phaen_plan_get_history (plan), "notify::is-modified",
                    G_CALLBACK (step_modified_cb), watch);
}

static void
step_unwatch (StepWatch *watch,
              PhaenPlan *plan)
{
  g_signal_handlers_disconnect_by_data (plan, watch);
  g_signal_handlers_disconnect_by_data (phaen_plan_get_history (plan), watch);
}

/* Typing a name letter by letter is one step; another field, another
 * object, a break (focus left the field) or a pause start a new one. */
static void
test_merge_typing (void)
{
  static const char * const typed[] = { "ถ", "ถน", "ถนน", "ถนนใ", "ถนนให", "ถนนใหม่" };
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  PhaenProject *p2 = phaen_plan_find_project (plan, "p2");
  StepWatch watch;

  step_watch (&watch, plan);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    phaen_plan_edit_set_string (plan, p1, "name", typed[i]);
  /* one "changed" per edit: each keystroke shows */
  g_assert_cmpuint (watch.changed, ==, G_N_ELEMENTS (typed));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  /* one undo takes the whole word back, one redo brings it again */
  watch.changed = 0;
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (watch.changed, ==, 1);
  assert_plans_equal (plan, before);
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpstr (phaen_project_get_name (p1), ==, "ถนนใหม่");

  /* after undo or redo typing starts a new step */
  phaen_plan_edit_set_string (plan, p1, "name", "ถนนใหม่ ๒");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  /* another field, another object: new steps */
  phaen_plan_edit_set_string (plan, p1, "location", "ก");
  phaen_plan_edit_set_string (plan, p1, "location", "กข");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 3);
  phaen_plan_edit_set_string (plan, p2, "location", "กข");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 4);

  /* focus left the field */
  phaen_history_break_merge (history);
  phaen_plan_edit_set_string (plan, p2, "location", "กขค");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 5);

  /* a pause longer than the merge interval */
  phaen_history_set_merge_interval (history, 1);
  g_usleep (20 * 1000);
  phaen_plan_edit_set_string (plan, p2, "location", "กขคง");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 6);

  /* numbers merge as well: a budget typed digit by digit */
  phaen_history_set_merge_interval (history, 60 * 1000);
  phaen_plan_edit_set_int64 (plan, p2, "budget", 100);
  phaen_plan_edit_set_int64 (plan, p2, "budget", 1000);
  phaen_plan_edit_set_int64 (plan, p2, "budget", 10000);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 7);
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpint (phaen_project_get_budget (p2), ==, 5000000);

  step_unwatch (&watch, plan);
}

/* "is-modified" follows undo back to the saved state and forward again. */
static void
test_saved_point (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  StepWatch watch;

  g_assert_false (phaen_history_get_is_modified (history));
  step_watch (&watch, plan);

  phaen_plan_edit_set_string (plan, p1, "name", "ก");
  g_assert_true (phaen_history_get_is_modified (history));
  g_assert_cmpuint (watch.modified, ==, 1);

  /* saved: typing on does not merge into the saved step */
  phaen_history_mark_saved (history);
  g_assert_false (phaen_history_get_is_modified (history));
  g_assert_cmpuint (watch.modified, ==, 2);
  phaen_plan_edit_set_string (plan, p1, "name", "กข");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  phaen_plan_edit_set_string (plan, p1, "name", "กขค");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);
  g_assert_true (phaen_history_get_is_modified (history));
  g_assert_cmpuint (watch.modified, ==, 3);

  /* back to the saved state and past it, forward again */
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpstr (phaen_project_get_name (p1), ==, "ก");
  g_assert_false (phaen_history_get_is_modified (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_get_is_modified (history));
  g_assert_true (phaen_history_redo (history));
  g_assert_false (phaen_history_get_is_modified (history));
  g_assert_true (phaen_history_redo (history));
  g_assert_true (phaen_history_get_is_modified (history));
  g_assert_cmpuint (watch.modified, ==, 7);

  /* a new edit after undoing past the saved state: it cannot come back */
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  phaen_plan_edit_set_string (plan, p1, "remarks", "ใหม่");
  while (phaen_history_undo (history))
    g_assert_true (phaen_history_get_is_modified (history));
  g_assert_true (phaen_history_get_is_modified (history));

  /* saving again sets a new saved point */
  phaen_history_mark_saved (history);
  g_assert_false (phaen_history_get_is_modified (history));

  step_unwatch (&watch, plan);
}

/* Only the newest steps are kept; the saved point goes with the oldest. */
static void
test_depth_limit (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");

  g_assert_cmpuint (phaen_history_get_max_depth (history), ==, 500);
  phaen_history_set_max_depth (history, 3);
  for (guint i = 1; i <= 5; i++)
    {
      phaen_history_break_merge (history);
      phaen_plan_edit_set_int64 (plan, p1, "budget", i);
    }
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 3);
  g_assert_true (phaen_history_get_is_modified (history));

  while (phaen_history_undo (history))
    ;
  /* back three steps only, and not at the saved (initial) state */
  g_assert_cmpint (phaen_project_get_budget (p1), ==, 2);
  g_assert_true (phaen_history_get_is_modified (history));

  /* lowering the limit drops steps at once */
  while (phaen_history_redo (history))
    ;
  phaen_history_set_max_depth (history, 1);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
}

/* Ctrl+Z in the middle of a group (an import running, a field being
 * committed) is refused without a critical (the tests run with
 * fatal criticals) and changes nothing. */
static void
test_undo_while_group_open (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");

  phaen_plan_edit_set_string (plan, p1, "name", "ก");
  phaen_plan_edit_begin (plan, "กลุ่ม");
  phaen_plan_edit_set_string (plan, p1, "remarks", "ข");
  g_assert_true (phaen_history_get_in_group (history));
  g_assert_false (phaen_history_undo (history));
  g_assert_false (phaen_history_redo (history));
  g_assert_cmpstr (phaen_project_get_remarks (p1), ==, "ข");
  g_assert_cmpstr (phaen_project_get_name (p1), ==, "ก");
  phaen_plan_edit_end (plan);

  g_assert_false (phaen_history_get_in_group (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpstr (phaen_project_get_remarks (p1), ==, "");
}

/* One step, one "changed": many edits inside begin/end, their undo and
 * their redo are heard once each. */
static void
test_one_changed_per_step (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองสวัสดิการสังคม");
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  StepWatch watch;

  step_watch (&watch, plan);
  phaen_plan_edit_begin (plan, "หลายอย่าง");
  phaen_plan_edit_set_string (plan, p1, "name", "ก");
  phaen_plan_edit_set_int64 (plan, p1, "budget", 1);
  phaen_plan_edit_insert_unit (plan, 0, unit);
  phaen_plan_edit_set_object (plan, p1, "unit", unit);
  phaen_plan_edit_begin (plan, "ข้างใน");
  phaen_plan_edit_move_project (plan, p1, 3);
  phaen_plan_edit_end (plan);
  g_assert_cmpuint (watch.changed, ==, 0);
  phaen_plan_edit_end (plan);
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (watch.changed, ==, 2);
  assert_plans_equal (plan, before);
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpuint (watch.changed, ==, 3);

  /* an empty step is no step and no "changed" */
  phaen_plan_edit_begin (plan, "ไม่มีอะไร");
  phaen_plan_edit_set_int64 (plan, p1, "budget", 1);   /* the same value */
  phaen_plan_edit_end (plan);
  g_assert_cmpuint (watch.changed, ==, 3);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  step_unwatch (&watch, plan);
}

/* Moving a project to another group is one step. */
static void
test_move_project_to (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  PhaenStrategy *s2 = phaen_plan_find_strategy (plan, "s2");
  PhaenApproach *a2 = phaen_plan_find_approach (plan, "a2");
  StepWatch watch;

  step_watch (&watch, plan);
  phaen_plan_edit_move_project_to (plan, p1, s2, a2, program_at (plan, 3));
  g_assert_true (phaen_project_get_strategy (p1) == s2);
  g_assert_true (phaen_project_get_approach (p1) == a2);
  g_assert_true (phaen_project_get_program (p1) == program_at (plan, 3));
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "Move project");

  /* to a strategy without approach */
  phaen_plan_edit_move_project_to (plan, p1, phaen_plan_find_strategy (plan, "s3"), NULL, program_at (plan, 0));
  g_assert_null (phaen_project_get_approach (p1));
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  assert_plans_equal (plan, before);
  step_unwatch (&watch, plan);
}

static void
test_duplicate_project (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p2 = phaen_plan_find_project (plan, "p2");
  PhaenProject *copy;
  StepWatch watch;

  step_watch (&watch, plan);
  copy = phaen_plan_edit_duplicate_project (plan, p2);
  g_assert_nonnull (copy);
  g_assert_true (copy != p2);
  g_assert_cmpstr (phaen_project_get_id (copy), ==, "p5");
  g_assert_true (item_at (phaen_plan_get_projects (plan), 2) == (gpointer) copy);
  g_assert_cmpstr (phaen_project_get_name (copy), ==, phaen_project_get_name (p2));
  g_assert_true (phaen_project_get_unit (copy) == phaen_project_get_unit (p2));
  g_assert_cmpint (phaen_project_get_budget (copy), ==, phaen_project_get_budget (p2));
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "Duplicate project");

  g_assert_true (phaen_history_undo (history));
  assert_plans_equal (plan, before);
  step_unwatch (&watch, plan);
}

static void
test_fill_default_texts (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) expected = build_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  StepWatch watch;

  g_object_set (plan, "foreword", "คำนำของเราเอง", NULL);
  g_object_set (before, "foreword", "คำนำของเราเอง", NULL);
  g_object_set (expected, "foreword", "คำนำของเราเอง", NULL);
  phaen_plan_fill_default_texts (expected);

  step_watch (&watch, plan);
  phaen_plan_edit_fill_default_texts (plan);
  assert_plans_equal (plan, expected);
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "คำนำของเราเอง");
  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);

  /* filled already: nothing to record */
  phaen_plan_edit_fill_default_texts (plan);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
  g_assert_cmpuint (watch.changed, ==, 1);

  g_assert_true (phaen_history_undo (history));
  assert_plans_equal (plan, before);
  g_assert_true (phaen_history_redo (history));
  assert_plans_equal (plan, expected);
  step_unwatch (&watch, plan);
}

/* A CSV import into an open plan: another plan's entries matched by name
 * (as they look), its projects appended, one step, one "changed", one
 * items-changed per list. */
static void
test_append_from (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) other = phaen_plan_new ();
  g_autoptr(PhaenPlan) other_before = NULL;
  g_autoptr(PhaenStrategy) s1 = phaen_strategy_new (NULL, "การพัฒนาโครงสร้างพื้นฐาน\u00A0");
  g_autoptr(PhaenStrategy) s9 = phaen_strategy_new (NULL, "การพัฒนาเศรษฐกิจ");
  g_autoptr(PhaenApproach) a1 = phaen_approach_new (NULL, "ก่อสร้างและปรับปรุงถนน", s1);
  g_autoptr(PhaenApproach) a9 = phaen_approach_new (NULL, "ส่งเสริมอาชีพ", s9);
  g_autoptr(PhaenUnit) u3 = phaen_unit_new (NULL, "กอง\u200Bช่าง");
  g_autoptr(PhaenUnit) u9 = phaen_unit_new (NULL, "กองสวัสดิการสังคม");
  PhaenHistory *history = phaen_plan_get_history (plan);
  GListModel *projects = phaen_plan_get_projects (plan);
  PhaenProject *added;
  PlanWatch watch;
  g_autoptr(GError) error = NULL;

  phaen_plan_append_strategy (other, s1);
  phaen_plan_append_strategy (other, s9);
  phaen_plan_append_approach (other, a1);
  phaen_plan_append_approach (other, a9);
  phaen_plan_append_unit (other, u3);
  phaen_plan_append_unit (other, u9);
  add_project (other, NULL, "ถนนสายใหม่", 100, s1, a1, program_at (other, 8), u3, 0x1);
  add_project (other, NULL, "ฝึกอาชีพ", 200, s9, a9, program_at (other, 6), u9, 0x2);
  add_project (other, NULL, "ยังไม่มีหน่วยงาน", 0, s9, NULL, NULL, NULL, 0);
  other_before = phaen_plan_copy (other);

  plan_watch_init (&watch, plan, projects);
  g_assert_true (phaen_plan_edit_append_from (plan, other, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (watch.changed, ==, 1);
  g_assert_cmpstr (watch.items->str, ==, "4,0,3;");
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "Import projects");
  assert_plans_equal (other, other_before);

  /* matched: the strategy and the unit that look the same, the approach
   * of that strategy; new: the rest, with fresh ids, at the end */
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_strategies (plan)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_approaches (plan)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_units (plan)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_programs (plan)), ==, 12);
  added = item_at (projects, 4);
  g_assert_cmpstr (phaen_project_get_id (added), ==, "p5");
  g_assert_true (phaen_project_get_strategy (added) == phaen_plan_find_strategy (plan, "s1"));
  g_assert_true (phaen_project_get_approach (added) == phaen_plan_find_approach (plan, "a1"));
  g_assert_true (phaen_project_get_unit (added) == phaen_plan_find_unit (plan, "u3"));
  g_assert_true (phaen_project_get_program (added) == program_at (plan, 8));
  added = item_at (projects, 5);
  g_assert_cmpstr (phaen_strategy_get_name (phaen_project_get_strategy (added)), ==, "การพัฒนาเศรษฐกิจ");
  g_assert_cmpstr (phaen_strategy_get_id (phaen_project_get_strategy (added)), ==, "s4");
  g_assert_true (phaen_approach_get_strategy (phaen_project_get_approach (added)) ==
                 phaen_project_get_strategy (added));
  g_assert_cmpstr (phaen_unit_get_id (phaen_project_get_unit (added)), ==, "u4");
  added = item_at (projects, 6);
  g_assert_null (phaen_project_get_unit (added));
  g_assert_null (phaen_project_get_program (added));

  /* one undo takes all of it back, in one items-changed */
  g_string_truncate (watch.items, 0);
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (watch.changed, ==, 2);
  g_assert_cmpstr (watch.items->str, ==, "4,3,0;");
  assert_plans_equal (plan, before);
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 7);
  plan_watch_clear (&watch, plan, projects);
}

/* Beyond the limits: refused, nothing changed, nothing recorded. */
static void
test_append_from_limit (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) before = build_plan ();
  g_autoptr(PhaenPlan) other = phaen_plan_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < PHAEN_LIMIT_PROJECTS - 3; i++)
    add_project (other, NULL, "x", 0, NULL, NULL, NULL, NULL, 0);

  g_assert_false (phaen_plan_edit_append_from (plan, other, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Adding 49997 projects to the 4 of this plan would make more than 50000, the most a plan may have");
  assert_plans_equal (plan, before);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history/stack/basic", test_stack_basic);
  g_test_add_func ("/history/stack/push-clears-redo", test_stack_push_clears_redo);
  g_test_add_func ("/history/stack/groups", test_stack_groups);
  g_test_add_func ("/history/stack/empty-group", test_stack_empty_group);
  g_test_add_func ("/history/stack/group-label-fallback", test_stack_group_label_fallback);
  g_test_add_func ("/history/stack/clear", test_stack_clear);
  g_test_add_func ("/history/plan/starts-empty", test_plan_history_starts_empty);
  g_test_add_func ("/history/edit/set-string", test_edit_set_string);
  g_test_add_func ("/history/edit/set-plan-text", test_edit_set_plan_text);
  g_test_add_func ("/history/edit/set-int64", test_edit_set_int64);
  g_test_add_func ("/history/edit/set-uint", test_edit_set_uint);
  g_test_add_func ("/history/edit/set-boolean", test_edit_set_boolean);
  g_test_add_func ("/history/edit/set-enum", test_edit_set_enum);
  g_test_add_func ("/history/edit/set-object", test_edit_set_object);
  g_test_add_func ("/history/edit/set-generic", test_edit_set_generic);
  g_test_add_func ("/history/edit/set-equal-value", test_edit_set_equal_value);
  g_test_add_func ("/history/edit/insert-project", test_edit_insert_project);
  g_test_add_func ("/history/edit/remove-project", test_edit_remove_project);
  g_test_add_func ("/history/edit/move-project", test_edit_move_project);
  g_test_add_func ("/history/edit/catalogues", test_edit_catalogues);
  g_test_add_func ("/history/edit/remove-in-use", test_edit_remove_in_use);
  g_test_add_func ("/history/edit/group-one-step", test_edit_group_one_step);
  g_test_add_func ("/history/edit/changed-after-history", test_edit_changed_after_history);
  g_test_add_func ("/history/typing/merge", test_merge_typing);
  g_test_add_func ("/history/typing/saved-point", test_saved_point);
  g_test_add_func ("/history/typing/depth-limit", test_depth_limit);
  g_test_add_func ("/history/typing/undo-while-group-open", test_undo_while_group_open);
  g_test_add_func ("/history/step/one-changed", test_one_changed_per_step);
  g_test_add_func ("/history/step/move-project-to", test_move_project_to);
  g_test_add_func ("/history/step/duplicate-project", test_duplicate_project);
  g_test_add_func ("/history/step/fill-default-texts", test_fill_default_texts);
  g_test_add_func ("/history/step/append-from", test_append_from);
  g_test_add_func ("/history/step/append-from-limit", test_append_from_limit);

  return g_test_run ();
}
