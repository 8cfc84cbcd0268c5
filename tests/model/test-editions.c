/* test-editions.c: additions and amendments of an adopted plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "model/phaen-announcement.h"
#include "model/phaen-change.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-model-error.h"
#include "model/phaen-plan.h"
#include "model/phaen-report.h"

#include "phaen-fixtures.h"
#include "phaen-fixtures-walk.h"
#include "report-fixture.h"


/* A small adopted plan: two strategies, two units, three projects, its
 * announcement dated. */
static PhaenPlan *
adopted_plan (void)
{
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลตำบลบ้านทุ่ง", 2569);

  g_object_set (plan, "announcement-date", "2025-09-30",
                "signer-name", "นายสมชาย ใจดี",
                "signer-position", "นายกเทศมนตรีตำบลบ้านทุ่ง", NULL);
  phaen_fixture_add_strategy (plan, "s1", "การพัฒนาโครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, "s2", "การพัฒนาคุณภาพชีวิต");
  phaen_fixture_add_unit (plan, "u1", "กองช่าง");
  phaen_fixture_add_unit (plan, "u2", "กองการศึกษา");
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p1", .name = "ก่อสร้างถนน คสล. หมู่ที่ 1", .strategy = "s1", .program = 8,
    .unit = "u1", .budget = BAHT (500000), .schedule = 0x007 });
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p2", .name = "ขุดลอกคลองสาธารณะ", .strategy = "s1", .program = 8,
    .unit = "u1", .budget = BAHT (200000), .schedule = 0x030 });
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p3", .name = "อาหารกลางวันนักเรียน", .strategy = "s2", .program = 2,
    .unit = "u2", .budget = BAHT (300000), .schedule = 0xFFF });

  return plan;
}

static PhaenProject *
new_project (PhaenPlan  *plan,
             const char *name,
             gint64      budget)
{
  PhaenProject *project = phaen_project_new ();

  phaen_project_set_name (project, name);
  phaen_project_set_strategy (project, phaen_plan_find_strategy (plan, "s1"));
  phaen_project_set_program (project, phaen_fixture_program (plan, 8));
  phaen_project_set_unit (project, phaen_plan_find_unit (plan, "u1"));
  phaen_project_set_budget (project, budget);
  phaen_project_set_schedule (project, 0x0C0);
  return project;
}

static void
assert_plans_equal (PhaenPlan *a,
                    PhaenPlan *b)
{
  g_autofree char *why = NULL;

  if (!phaen_plan_equal (a, b, &why))
    g_error ("plans differ: %s", why);
}

static void
count_refusals (PhaenPlan *plan,
                GError    *error,
                guint     *count)
{
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
  (*count)++;
}

/* ---- Numbers and titles -------------------------------------------------- */

static void
test_number (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenEdition) edition = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *label = NULL;
  guint number, year;

  g_assert_true (phaen_edition_parse_number ("2", &number, &year, NULL));
  g_assert_cmpuint (number, ==, 2);
  g_assert_cmpuint (year, ==, 0);
  g_assert_true (phaen_edition_parse_number ("๑/๒๕๖๙", &number, &year, NULL));
  g_assert_cmpuint (number, ==, 1);
  g_assert_cmpuint (year, ==, 2569);
  g_assert_true (phaen_edition_parse_number (" 3 / 2569 ", &number, &year, NULL));
  g_assert_cmpuint (number, ==, 3);

  g_assert_false (phaen_edition_parse_number ("0", &number, &year, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (phaen_edition_parse_number ("1/69", &number, &year, &error));
  g_assert_nonnull (strstr (error->message, "1/2569"));
  g_clear_error (&error);
  g_assert_false (phaen_edition_parse_number ("1/2/3", &number, &year, NULL));
  g_assert_false (phaen_edition_parse_number ("one", &number, &year, NULL));

  edition = phaen_edition_new (PHAEN_EDITION_AMENDMENT, 1, 2569);
  suffix = phaen_edition_get_suffix (edition);
  g_assert_cmpstr (suffix, ==, " (แก้ไข ครั้งที่ 1/2569)");
  label = phaen_edition_dup_label (edition);
  g_assert_cmpstr (label, ==, "Amendment 1/2569");
}

/* ---- Starting, recording, adopting ------------------------------------ */

static void
test_start_needs_adoption_date (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(GError) error = NULL;

  g_object_set (plan, "announcement-date", "", NULL);
  g_assert_null (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "announcement date"));
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 0);
}

static void
test_record_and_adopt (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(PhaenPlan) before = phaen_plan_copy (plan);
  g_autoptr(PhaenProject) added = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(PhaenPlan) rebuilt0 = NULL;
  g_autoptr(PhaenPlan) rebuilt1 = NULL;
  g_autoptr(GError) error = NULL;
  PhaenEdition *edition;
  PhaenChange *change;

  edition = phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (edition);
  g_assert_cmpuint (phaen_edition_get_number (edition), ==, 1);
  g_assert_cmpstr (phaen_edition_get_id (edition), ==, "e1");
  g_assert_cmpstr (phaen_edition_get_text (edition, "signer-name"), ==, "นายสมชาย ใจดี");
  g_assert_true (phaen_plan_get_open_edition (plan) == edition);
  g_assert_false (phaen_edition_is_adopted (edition));

  /* Nothing changed yet: nothing to adopt. */
  g_assert_false (phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error));
  g_assert_nonnull (strstr (error->message, "changes nothing"));
  g_clear_error (&error);

  added = new_project (plan, "ก่อสร้างรางระบายน้ำ หมู่ที่ 4", BAHT (150000));
  phaen_plan_edit_insert_project (plan, G_MAXUINT, added);
  phaen_plan_edit_set_int64 (plan, phaen_plan_find_project (plan, "p2"), "budget", BAHT (250000));
  /* Monitoring is never recorded. */
  phaen_plan_edit_set_enum (plan, phaen_plan_find_project (plan, "p1"), "status",
                            PHAEN_PROJECT_STATUS_IN_PROGRESS);

  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, PHAEN_CHANGE_CHANGED);
  g_assert_cmpstr (change->id, ==, "p2");
  g_assert_cmpstr (change->field, ==, "budget");
  g_assert_cmpstr (change->old_value, ==, "200000");
  g_assert_cmpstr (change->new_value, ==, "250000");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, PHAEN_CHANGE_ADDED);
  g_assert_cmpstr (change->id, ==, phaen_project_get_id (added));
  g_assert_cmpuint (change->to, ==, 3);
  g_assert_cmpstr (phaen_change_get_field (change, "name"), ==, "ก่อสร้างรางระบายน้ำ หมู่ที่ 4");
  g_assert_cmpstr (phaen_change_get_field (change, "budget"), ==, "150000");
  g_assert_cmpstr (phaen_change_get_field (change, "unit"), ==, "u1");
  g_assert_cmpstr (phaen_change_get_field (change, "schedule"), ==, "เม.ย.-พ.ค.");
  g_assert_null (phaen_change_get_field (change, "status"));
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_true (phaen_plan_find_adding_edition (plan, phaen_project_get_id (added)) == edition);
  g_assert_null (phaen_plan_find_adding_edition (plan, "p1"));

  /* Not before the plan it changes. */
  g_assert_false (phaen_plan_edit_adopt_edition (plan, "2025-09-01", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (phaen_plan_edit_adopt_edition (plan, "2026-02-30", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error));
  g_assert_no_error (error);
  g_assert_true (phaen_edition_is_adopted (edition));
  g_assert_cmpstr (phaen_edition_get_adoption_date (edition), ==, "2026-01-15");
  g_assert_null (phaen_plan_get_open_edition (plan));
  g_assert_true (phaen_plan_find_adding_edition (plan, phaen_project_get_id (added)) == edition);

  /* Earlier states. */
  rebuilt0 = phaen_plan_rebuild_at_edition (plan, 0, &error);
  g_assert_no_error (error);
  /* The monitoring is as it is now. */
  phaen_project_set_status (phaen_plan_find_project (before, "p1"), PHAEN_PROJECT_STATUS_IN_PROGRESS);
  assert_plans_equal (rebuilt0, before);
  rebuilt1 = phaen_plan_rebuild_at_edition (plan, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (phaen_plan_get_n_editions (rebuilt1), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (rebuilt1)), ==, 4);
  g_assert_null (phaen_plan_rebuild_at_edition (plan, 2, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
}

static void
test_refuse_after_adoption (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenProject) extra = NULL;
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  PhaenEdition *edition;
  guint refusals = 0;
  guint depth;

  g_signal_connect (plan, "edit-refused", G_CALLBACK (count_refusals), &refusals);

  /* Before any edition the plan is edited freely. */
  phaen_plan_edit_set_string (plan, p1, "location", "หมู่ที่ 1");
  phaen_plan_edit_set_string (plan, plan, "foreword", "คำนำ");
  g_assert_cmpuint (refusals, ==, 0);

  edition = phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 2, 2569, &error);
  g_assert_no_error (error);
  phaen_plan_edit_set_int64 (plan, p1, "budget", BAHT (450000));
  /* The adopted plan's own texts are fixed, even with an edition open. */
  phaen_plan_edit_set_string (plan, plan, "foreword", "อื่น");
  g_assert_cmpuint (refusals, ==, 1);
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "คำนำ");
  /* The open edition's own fields change. */
  phaen_plan_edit_set_string (plan, edition, "signer-name", "นายสมศักดิ์ รักษาการ");
  g_assert_cmpstr (phaen_edition_get_text (edition, "signer-name"), ==, "นายสมศักดิ์ รักษาการ");
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-03-01", &error));
  g_assert_no_error (error);

  depth = phaen_history_get_depth (phaen_plan_get_history (plan));

  /* Content: refused, with a message that says what to do. */
  g_assert_false (phaen_plan_check_edit (plan, p1, "budget", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
  g_assert_cmpstr (error->message, ==,
                   "Amendment 2/2569 of this plan has been adopted, so its projects and lists can change only "
                   "through a new addition or amendment. Start one first.");
  g_clear_error (&error);
  phaen_plan_edit_set_int64 (plan, p1, "budget", BAHT (1));
  g_assert_cmpint (phaen_project_get_budget (p1), ==, BAHT (450000));
  g_assert_cmpuint (refusals, ==, 2);
  extra = new_project (plan, "โครงการใหม่", BAHT (1000));
  phaen_plan_edit_insert_project (plan, 0, extra);
  g_assert_cmpuint (refusals, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (plan)), ==, 3);
  g_assert_false (phaen_plan_edit_remove_project (plan, p1, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
  g_clear_error (&error);
  phaen_plan_edit_set_string (plan, phaen_plan_find_unit (plan, "u1"), "name", "กองโยธา");
  g_assert_cmpuint (refusals, ==, 4);

  /* The adopted edition itself: refused too. */
  g_assert_false (phaen_plan_check_edit (plan, edition, "signer-name", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
  g_assert_cmpstr (error->message, ==,
                   "Amendment 2/2569 has been adopted and can no longer change. "
                   "Start a new addition or amendment for further changes.");
  g_clear_error (&error);
  phaen_plan_edit_set_string (plan, edition, "signer-name", "คนอื่น");
  g_assert_cmpstr (phaen_edition_get_text (edition, "signer-name"), ==, "นายสมศักดิ์ รักษาการ");
  g_assert_cmpuint (refusals, ==, 5);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, depth);

  /* Monitoring and settings go on. */
  phaen_plan_edit_set_uint (plan, p1, "progress", 40);
  phaen_plan_edit_set_boolean (plan, plan, "thai-digits", FALSE);
  g_assert_cmpuint (phaen_project_get_progress (p1), ==, 40);
  g_assert_false (phaen_plan_get_thai_digits (plan));
  g_assert_cmpuint (refusals, ==, 5);

  /* A new edition opens the content again. */
  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 0, 0, &error));
  phaen_plan_edit_set_int64 (plan, p1, "budget", BAHT (400000));
  g_assert_cmpint (phaen_project_get_budget (p1), ==, BAHT (400000));
  g_assert_cmpuint (refusals, ==, 5);
  /* The next number keeps the style of the last of its kind. */
  {
    g_autofree char *number = phaen_edition_format_number (phaen_plan_get_open_edition (plan));

    g_assert_cmpstr (number, ==, "3/2569");
  }
  /* Only one open at a time. */
  g_assert_null (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
}

/* The adopted plan's announcement is a fact of the past once an edition
 * exists: its date (which every edition cites), the facts it was composed
 * from and its own paragraphs are refused with a message that says why;
 * before the first edition they change freely. */
static void
test_facts_locked (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(GError) error = NULL;
  const char * const *facts = phaen_announcement_fact_properties ();
  const char * const values[] = {
    "budget-ordinance", "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
    "budget-ordinance-date", "2025-09-15",
    "considering-body", "คณะกรรมการพัฒนาเทศบาลตำบลบ้านทุ่ง",
    "considered-date", "2025-09-20",
    "regulation-amendments", "2/2559",
    "regulation-clauses", "26",
  };
  guint refusals = 0;

  /* Before any edition: free. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i += 2)
    {
      g_assert_true (phaen_plan_edit_set_announcement_fact (plan, values[i], values[i + 1], &error));
      g_assert_no_error (error);
      g_assert_cmpstr (phaen_plan_get_text (plan, values[i]), ==, values[i + 1]);
    }
  /* Every fact property is one the check knows. */
  g_assert_cmpuint (g_strv_length ((char **) facts), ==, G_N_ELEMENTS (values) / 2);

  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  g_assert_no_error (error);
  g_signal_connect (plan, "edit-refused", G_CALLBACK (count_refusals), &refusals);

  for (guint i = 0; facts[i] != NULL; i++)
    {
      g_autofree char *before = g_strdup (phaen_plan_get_text (plan, facts[i]));

      g_assert_false (phaen_plan_check_edit (plan, plan, facts[i], &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
      g_assert_cmpstr (error->message, ==,
                       "The adopted plan’s own texts and details cannot change once it has additions "
                       "or amendments; each of them has its own announcement.");
      g_clear_error (&error);

      /* The fact setter fails with the same error and changes nothing. */
      g_assert_false (phaen_plan_edit_set_announcement_fact (plan, facts[i], "", &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED);
      g_clear_error (&error);
      g_assert_cmpstr (phaen_plan_get_text (plan, facts[i]), ==, before);
    }

  /* The date every edition cites, the signer and the paragraphs too. */
  phaen_plan_edit_set_string (plan, plan, "announcement-date", "2025-10-01");
  phaen_plan_edit_set_string (plan, plan, "signer-name", "คนอื่น");
  phaen_plan_edit_set_string (plan, plan, "announcement-text-1", "ข้อความใหม่");
  phaen_plan_edit_set_uint (plan, plan, "fiscal-year", 2570);
  g_assert_cmpuint (refusals, ==, 4);
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-date"), ==, "2025-09-30");
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-name"), ==, "นายสมชาย ใจดี");
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-1"), ==, "");
  g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), ==, 2569);

  /* Undone back to no edition, they change again. */
  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 0);
  g_assert_true (phaen_plan_edit_set_announcement_fact (plan, "considered-date", "2025-09-21", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_text (plan, "considered-date"), ==, "2025-09-21");
}

static void
test_undo_in_open_edition (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  PhaenEdition *edition;

  edition = phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 0, 0, &error);
  g_assert_no_error (error);
  phaen_plan_edit_set_string (plan, p3, "location", "โรงเรียนเทศบาล 1");
  phaen_history_break_merge (history);
  phaen_plan_edit_set_uint (plan, p3, "schedule", 0x00F);

  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 2);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undo takes the last edit out of the record, redo puts it back. */
  g_assert_true (phaen_history_undo (history));
  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((PhaenChange *) g_ptr_array_index (changes, 0))->field, ==, "location");
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_assert_true (phaen_history_redo (history));
  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 2);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Adopting is a step too: undone, the edition is open again with the
   * same record. */
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-10", &error));
  g_assert_true (phaen_edition_is_adopted (edition));
  g_assert_true (phaen_history_undo (history));
  g_assert_false (phaen_edition_is_adopted (edition));
  g_assert_true (phaen_plan_get_open_edition (plan) == edition);
  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 2);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undone to the start, the edition goes away. */
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  changes = phaen_plan_get_edition_changes (plan, edition);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 0);
  g_assert_true (phaen_history_redo (history));
  g_assert_true (phaen_plan_get_open_edition (plan) == edition);

  /* An open edition without changes may be removed. */
  g_assert_true (phaen_plan_edit_remove_edition (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 0);
}

static void
test_copy_keeps_editions (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(PhaenPlan) copy = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error);
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p1"), "name", "ถนนสายใหม่");
  phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error);
  phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 0, 0, &error);
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p2"), "name", "ขุดลอกคลอง");
  g_assert_no_error (error);

  copy = phaen_plan_copy (plan);
  assert_plans_equal (plan, copy);
  g_assert_cmpuint (phaen_plan_get_n_editions (copy), ==, 2);
  /* The copy's open edition records on its own. */
  phaen_plan_edit_set_string (copy, phaen_plan_find_project (copy, "p3"), "location", "ที่ใหม่");
  changes = phaen_plan_get_edition_changes (copy, phaen_plan_get_open_edition (copy));
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_false (phaen_plan_equal (plan, copy, NULL));
}

static void
test_report_counts_added (void)
{
  g_autoptr(PhaenPlan) plan = adopted_plan ();
  g_autoptr(PhaenProject) added = NULL;
  g_autoptr(PhaenReport) report = NULL;
  g_autoptr(GError) error = NULL;

  phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error);
  added = new_project (plan, "ปรับปรุงศาลาประชาคม", BAHT (90000));
  phaen_plan_edit_insert_project (plan, G_MAXUINT, added);
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error));

  report = phaen_report_new (plan, PHAEN_REPORT_ROUND_12_MONTHS);
  g_assert_cmpuint (phaen_report_get_total (report)->planned, ==, 4);
  g_assert_cmpuint (phaen_report_get_total (report)->added, ==, 1);
  g_assert_cmpint (phaen_report_get_total (report)->added_percent, ==, 2500);
}

/* A new project of the report fixture's plan under strategy @s and
 * program @g (0-based), added through the edit API. */
static PhaenProject *
add_fixture_project (PhaenPlan  *plan,
                     const char *name,
                     guint       s,
                     guint       g,
                     gint64      budget)
{
  g_autoptr(PhaenProject) project = phaen_project_new ();
  g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (phaen_plan_get_strategies (plan), s);
  g_autoptr(PhaenProgram) program = g_list_model_get_item (phaen_plan_get_programs (plan), g);

  phaen_project_set_name (project, name);
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_program (project, program);
  phaen_project_set_budget (project, budget);
  phaen_project_set_schedule (project, 0x0F0);
  phaen_plan_edit_insert_project (plan, G_MAXUINT, project);
  return project;   /* the plan holds it */
}

/* "Added by editions" in the monitoring report, against figures worked
 * out by hand on the report fixture (tests/model/report-fixture.h:
 * s1 p1–p5, s2 p6–p9 and e1, s3 empty):
 *   addition 1:      n1 (s1), n2 (s3), n5 (s2) added
 *   amendment 1/2569: p2's and n1's budgets changed, n3 (s2) added,
 *                    p3 and n5 removed, p9 moved from s2 to s3
 *   addition 2, open: n4 (s1) added
 * s1: p1 p2 p4 p5 n1 n4 = 6 planned, 2 added (33.33 %);
 * s2: p6 p7 p8 e1 n3 = 5 planned, 1 added (20.00 %);
 * s3: n2 p9 = 2 planned, 1 added (50.00 %);
 * in all 13 planned, 4 added (30.77 %). A change or a move is no
 * addition; a project added and removed again is not counted. */
static void
test_report_added_by_editions (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenReport) before = NULL;
  g_autoptr(PhaenReport) report = NULL;
  g_autoptr(PhaenReport) adopted = NULL;
  g_autoptr(PhaenPlan) rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenStrategy) s3 = NULL;
  g_autoptr(PhaenProgram) g4 = NULL;
  const PhaenReportRow *row;
  GPtrArray *rows;
  PhaenProject *n1, *n2, *n5;

  before = phaen_report_new (plan, PHAEN_REPORT_ROUND_12_MONTHS);
  g_assert_cmpuint (phaen_report_get_total (before)->added, ==, 0);

  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  n1 = add_fixture_project (plan, "ขยายเขตประปาหมู่บ้าน", 0, 4, BAHT (200000));
  n2 = add_fixture_project (plan, "ปรับปรุงระบบสารบรรณอิเล็กทรอนิกส์", 2, 0, BAHT (50000));
  n5 = add_fixture_project (plan, "ฝึกอบรมอาชีพผู้ว่างงาน", 1, 0, BAHT (10000));
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error));
  g_assert_no_error (error);

  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 1, 2569, &error));
  phaen_plan_edit_set_int64 (plan, phaen_plan_find_project (plan, "p2"), "budget", BAHT (600000));
  phaen_plan_edit_set_int64 (plan, n1, "budget", BAHT (250000));
  add_fixture_project (plan, "ตรวจคัดกรองเบาหวานความดัน", 1, 1, BAHT (70000));
  g_assert_true (phaen_plan_edit_remove_project (plan, phaen_plan_find_project (plan, "p3"), NULL));
  g_assert_true (phaen_plan_edit_remove_project (plan, n5, NULL));
  s3 = g_list_model_get_item (phaen_plan_get_strategies (plan), 2);
  g4 = g_list_model_get_item (phaen_plan_get_programs (plan), 3);
  phaen_plan_edit_move_project_to (plan, phaen_plan_find_project (plan, "p9"), s3, NULL, g4);
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-03-10", &error));
  g_assert_no_error (error);

  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  add_fixture_project (plan, "ซ่อมแซมศาลาประชาคม", 0, 2, BAHT (90000));
  g_assert_no_error (error);

  /* Monitoring of an added project, as any other. */
  phaen_plan_edit_set_enum (plan, n2, "status", PHAEN_PROJECT_STATUS_IN_PROGRESS);

  report = phaen_report_new (plan, PHAEN_REPORT_ROUND_12_MONTHS);
  rows = phaen_report_get_rows (report);
  g_assert_cmpuint (rows->len, ==, 4);

  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (row->planned, ==, 6);
  g_assert_cmpuint (row->added, ==, 2);
  g_assert_cmpint (row->added_percent, ==, 3333);
  g_assert_cmpint (row->budget, ==, BAHT (4090000) + 50);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (row->planned, ==, 5);
  g_assert_cmpuint (row->added, ==, 1);
  g_assert_cmpint (row->added_percent, ==, 2000);
  g_assert_cmpint (row->budget, ==, BAHT (345000));

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpuint (row->planned, ==, 2);
  g_assert_cmpuint (row->added, ==, 1);
  g_assert_cmpint (row->added_percent, ==, 5000);
  g_assert_cmpuint (row->status[PHAEN_PROJECT_STATUS_IN_PROGRESS], ==, 2);
  g_assert_cmpint (row->budget, ==, BAHT (110000));

  row = phaen_report_get_total (report);
  g_assert_cmpuint (row->planned, ==, 13);
  g_assert_cmpuint (row->added, ==, 4);
  g_assert_cmpint (row->added_percent, ==, 3077);
  g_assert_cmpint (row->budget, ==, BAHT (4545000) + 50);

  /* The plan as the amendment left it (the open addition not in): 3
   * added of 12. */
  rebuilt = phaen_plan_rebuild_at_edition (plan, 2, &error);
  g_assert_no_error (error);
  adopted = phaen_report_new (rebuilt, PHAEN_REPORT_ROUND_12_MONTHS);
  /* a rebuilt plan has no editions: nothing is counted as added */
  g_assert_cmpuint (phaen_report_get_total (adopted)->planned, ==, 12);
  g_assert_cmpuint (phaen_report_get_total (adopted)->added, ==, 0);
}

/* ---- Diff ----------------------------------------------------------------- */

static void
test_diff_moves (void)
{
  g_autoptr(PhaenPlan) before = adopted_plan ();
  g_autoptr(PhaenPlan) after = phaen_plan_copy (before);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  PhaenChange *change;

  /* p3 to the front, p1 away, u2 renamed. */
  phaen_plan_edit_move_project (after, phaen_plan_find_project (after, "p3"), 0);
  g_assert_true (phaen_plan_edit_remove_project (after, phaen_plan_find_project (after, "p1"), NULL));
  phaen_plan_edit_set_string (after, phaen_plan_find_unit (after, "u2"), "name", "กองการศึกษา ศาสนาและวัฒนธรรม");

  changes = phaen_plan_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 3);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->target, ==, PHAEN_CHANGE_UNIT);
  g_assert_cmpstr (change->new_value, ==, "กองการศึกษา ศาสนาและวัฒนธรรม");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, PHAEN_CHANGE_REMOVED);
  g_assert_cmpstr (change->id, ==, "p1");
  g_assert_cmpuint (change->from, ==, 0);
  change = g_ptr_array_index (changes, 2);
  g_assert_cmpint (change->kind, ==, PHAEN_CHANGE_MOVED);
  g_assert_cmpstr (change->id, ==, "p3");
  g_assert_cmpuint (change->from, ==, 2);
  g_assert_cmpuint (change->to, ==, 0);

  /* Forwards from before gives after; backwards from after, before. */
  {
    g_autoptr(PhaenPlan) forward = phaen_plan_copy (before);
    g_autoptr(PhaenPlan) backward = phaen_plan_copy (after);

    g_assert_true (phaen_changes_apply (forward, changes, FALSE, NULL, &error));
    g_assert_no_error (error);
    assert_plans_equal (forward, after);
    g_assert_true (phaen_changes_apply (backward, changes, TRUE, NULL, &error));
    g_assert_no_error (error);
    assert_plans_equal (backward, before);
  }

  /* Applied to the wrong state, a record says what does not match. */
  {
    g_autoptr(PhaenPlan) wrong = phaen_plan_copy (after);
    guint failed = 0;

    g_assert_false (phaen_changes_apply (wrong, changes, FALSE, &failed, &error));
    g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
    g_assert_cmpuint (failed, ==, 1);
    g_assert_cmpstr (error->message, ==,
                     "project “p1” is recorded as removed from position 1, but the plan does not have it there");
  }
}

/* ---- The property: editions rebuild every state ---------------------- */

/* Random edits over several editions, seeded (monitoring aside: an
 * earlier state rebuilt shows the monitoring of now): each state the
 * plan was in when an edition was adopted rebuilds the same at the end,
 * and the records applied in turn to the adopted plan give the plan. */
static void
test_property_rebuild (void)
{
  PhaenFixtureWalkSeen seen = { { { 0 } } };

  for (guint seed = 1; seed <= (g_test_slow () ? 500u : 100u); seed++)
    {
      g_autoptr(PhaenPlan) fixture = adopted_plan ();
      g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      g_autoptr(PhaenPlan) forward = NULL;
      PhaenFixtureWalk walk;
      PhaenPlan *plan;
      guint n_editions;
      GDate date;

      phaen_fixture_walk_init (&walk, fixture, seed, FALSE);
      plan = walk.plan;
      n_editions = 1 + g_rand_int_range (walk.rand, 0, 4);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 10, 10, 2025);

      /* Edits before the first edition are free and not recorded. */
      phaen_fixture_walk_edits (&walk, 5);
      g_ptr_array_add (states, phaen_plan_rebuild_at_edition (plan, 0, NULL));

      for (guint e = 0; e < n_editions; e++)
        {
          /* Some edits undone (not the start of the edition): they leave
           * the record. */
          phaen_fixture_walk_edition (&walk, 1 + g_rand_int_range (walk.rand, 0, 20));
          phaen_fixture_walk_adopt (&walk, &date, 40);
          g_ptr_array_add (states, phaen_plan_rebuild_at_edition (plan, e + 1, NULL));
        }

      /* Every state comes back... */
      for (guint k = 0; k <= n_editions; k++)
        {
          g_autoptr(PhaenPlan) rebuilt = phaen_plan_rebuild_at_edition (plan, k, &error);
          g_autofree char *why = NULL;

          g_assert_no_error (error);
          if (!phaen_plan_equal (rebuilt, g_ptr_array_index (states, k), &why))
            g_error ("seed %u, edition %u: %s", seed, k, why);
        }

      /* ...and the records applied to the adopted plan give the plan. */
      forward = phaen_plan_copy (g_ptr_array_index (states, 0));
      for (guint k = 1; k <= n_editions; k++)
        {
          g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, phaen_plan_get_edition (plan, k));

          phaen_fixture_walk_seen_add (&seen, changes);
          g_assert_true (phaen_changes_apply (forward, changes, FALSE, NULL, &error));
          g_assert_no_error (error);
        }
      assert_plans_equal (forward, g_ptr_array_index (states, n_editions));

      phaen_fixture_walk_clear (&walk);
    }

  /* The walks did change every list in every way. */
  phaen_fixture_walk_seen_assert (&seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/editions/number", test_number);
  g_test_add_func ("/editions/start-needs-adoption-date", test_start_needs_adoption_date);
  g_test_add_func ("/editions/record-and-adopt", test_record_and_adopt);
  g_test_add_func ("/editions/refuse-after-adoption", test_refuse_after_adoption);
  g_test_add_func ("/editions/facts-locked", test_facts_locked);
  g_test_add_func ("/editions/undo-in-open-edition", test_undo_in_open_edition);
  g_test_add_func ("/editions/copy", test_copy_keeps_editions);
  g_test_add_func ("/editions/report-counts-added", test_report_counts_added);
  g_test_add_func ("/editions/report-added-by-editions", test_report_added_by_editions);
  g_test_add_func ("/editions/diff-moves", test_diff_moves);
  g_test_add_func ("/editions/property-rebuild", test_property_rebuild);

  return g_test_run ();
}
