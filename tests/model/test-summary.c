/* test-summary.c: project groups and the ผด.01 summary figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected percentages were worked out by hand: percent × 100 of the whole
 * plan, rounded half-up (e.g. 165,000,000 of 194,600,000 satang is
 * 8,478.93… → 8479).
 */
#include "config.h"

#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-plan.h"
#include "model/phaen-summary.h"

#include "phaen-fixtures.h"

static PhaenProgram *
program_at (PhaenPlan *plan,
            guint      position)
{
  return phaen_fixture_program (plan, position);
}

static void
add_project (PhaenPlan        *plan,
             const char       *id,
             PhaenProjectKind  kind,
             const char       *strategy,
             const char       *approach,
             guint             program,
             const char       *unit,
             gint64            budget)
{
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
                               .id = id, .kind = kind, .strategy = strategy, .approach = approach,
                               .program = program, .unit = unit, .budget = budget });
}

#define P PHAEN_PROJECT_KIND_PROJECT
#define E PHAEN_PROJECT_KIND_EQUIPMENT

/* Three strategies (the third without projects), four units, projects
 * under four programs of the standard catalogue, two of them equipment.
 * Whole plan: 8 projects, 194,600,000 satang (1,946,000 baht). */
static PhaenPlan *
build_plan (void)
{
  PhaenPlan *plan = phaen_fixture_plan_new (NULL, 2568);

  phaen_fixture_add_unit (plan, "u1", "สำนักปลัดเทศบาล");
  phaen_fixture_add_unit (plan, "u2", "กองคลัง");
  phaen_fixture_add_unit (plan, "u3", "กองช่าง");
  phaen_fixture_add_unit (plan, "u4", "กองการศึกษา");
  phaen_fixture_add_strategy (plan, "s1", "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, "s2", "ยุทธศาสตร์การพัฒนาคุณภาพชีวิต");
  phaen_fixture_add_strategy (plan, "s3", "ยุทธศาสตร์การบริหารจัดการบ้านเมืองที่ดี");
  /* plan order a2, a3, a1: within s1, a2 comes before a1 */
  phaen_fixture_add_approach (plan, "a2", "ก่อสร้างระบบระบายน้ำ", "s1");
  phaen_fixture_add_approach (plan, "a3", "ส่งเสริมสุขภาพอนามัย", "s2");
  phaen_fixture_add_approach (plan, "a1", "ก่อสร้างและบำรุงรักษาถนน", "s1");

  /* programs: 0 บริหารงานทั่วไป, 2 การศึกษา, 3 สาธารณสุข, 8 อุตสาหกรรมและการโยธา */
  add_project (plan, "p1", P, "s1", "a2", 8, "u3", 100000000);
  add_project (plan, "p2", P, "s2", "a3", 3, "u4", 25000050);
  add_project (plan, "p3", P, "s1", "a1", 0, "u1", 5000000);
  add_project (plan, "p4", P, "s1", NULL, 8, "u1", 20000000);
  add_project (plan, "p5", E, "s2", NULL, 2, "u4", 3500000);
  add_project (plan, "p6", P, "s2", "a3", 3, "u2", 1000025);
  add_project (plan, "p7", E, "s1", "a2", 8, "u3", 40000000);
  add_project (plan, "p8", P, "s2", NULL, 2, "u1", 99925);

  return plan;
}

typedef struct
{
  PhaenSummaryLevel  level;
  const char        *number;
  const char        *label;     /* NULL: the program's name, see program */
  guint              program;   /* catalogue position when label is NULL */
  guint              projects;
  gint64             budget;
  gint               projects_percent;
  gint               budget_percent;
  const char        *units;     /* unit ids, comma separated */
} ExpectedRow;

static char *
unit_ids (GPtrArray *units)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      if (i > 0)
        g_string_append_c (ids, ',');
      g_string_append (ids, phaen_unit_get_id (g_ptr_array_index (units, i)));
    }

  return g_string_free (ids, FALSE);
}

static void
assert_rows (PhaenPlan         *plan,
             GPtrArray         *rows,
             const ExpectedRow *expected,
             guint              n_expected)
{
  g_assert_cmpuint (rows->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      const ExpectedRow *want = &expected[i];
      g_autofree char *units = unit_ids (row->units);
      const char *label = want->label;

      if (label == NULL)
        label = phaen_program_get_name (program_at (plan, want->program));

      g_test_message ("row %u: %s %s %s", i,
                      phaen_summary_level_to_string (row->level), row->number, row->label);
      g_assert_cmpint (row->level, ==, want->level);
      g_assert_cmpstr (row->number, ==, want->number);
      g_assert_cmpstr (row->label, ==, label);
      g_assert_cmpuint (row->projects, ==, want->projects);
      g_assert_cmpint (row->budget, ==, want->budget);
      g_assert_cmpint (row->projects_percent, ==, want->projects_percent);
      g_assert_cmpint (row->budget_percent, ==, want->budget_percent);
      g_assert_cmpstr (units, ==, want->units);
    }
}

#define S1 "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
#define S2 "ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"
#define S3 "ยุทธศาสตร์การบริหารจัดการบ้านเมืองที่ดี"
#define ST PHAEN_SUMMARY_STRATEGY
#define PR PHAEN_SUMMARY_PROGRAM
#define AP PHAEN_SUMMARY_APPROACH
#define SUB PHAEN_SUMMARY_SUBTOTAL
#define TOT PHAEN_SUMMARY_TOTAL

static void
test_summary_programs (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) rows = NULL;
  /* equipment counts (the default); within a strategy programs follow
   * the catalogue, not the order of the projects */
  const ExpectedRow expected[] = {
    { ST,  "1",   S1,   0, 4, 165000000, 5000, 8479, "u1,u3" },
    { PR,  "1.1", NULL, 0, 1,   5000000, 1250,  257, "u1" },
    { PR,  "1.2", NULL, 8, 3, 160000000, 3750, 8222, "u1,u3" },
    { SUB, "",    "รวม", 0, 4, 165000000, 5000, 8479, "u1,u3" },
    { ST,  "2",   S2,   0, 4,  29600000, 5000, 1521, "u1,u2,u4" },
    { PR,  "2.1", NULL, 2, 2,   3599925, 2500,  185, "u1,u4" },
    { PR,  "2.2", NULL, 3, 2,  26000075, 2500, 1336, "u2,u4" },
    { SUB, "",    "รวม", 0, 4,  29600000, 5000, 1521, "u1,u2,u4" },
    { ST,  "3",   S3,   0, 0,         0,    0,    0, "" },
    { SUB, "",    "รวม", 0, 0,         0,    0,    0, "" },
    { TOT, "",    "รวมทั้งสิ้น", 0, 8, 194600000, 10000, 10000, "u1,u2,u3,u4" },
  };

  g_assert_true (phaen_plan_get_equipment_in_summary (plan));
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_PROGRAMS);

  rows = phaen_summary_compute (plan);
  assert_rows (plan, rows, expected, G_N_ELEMENTS (expected));
}

static void
test_summary_without_equipment (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) rows = NULL;
  /* p5 and p7 left out: 6 projects, 151,100,000 satang */
  const ExpectedRow expected[] = {
    { ST,  "1",   S1,   0, 3, 125000000, 5000, 8273, "u1,u3" },
    { PR,  "1.1", NULL, 0, 1,   5000000, 1667,  331, "u1" },
    { PR,  "1.2", NULL, 8, 2, 120000000, 3333, 7942, "u1,u3" },
    { SUB, "",    "รวม", 0, 3, 125000000, 5000, 8273, "u1,u3" },
    { ST,  "2",   S2,   0, 3,  26100000, 5000, 1727, "u1,u2,u4" },
    { PR,  "2.1", NULL, 2, 1,     99925, 1667,    7, "u1" },
    { PR,  "2.2", NULL, 3, 2,  26000075, 3333, 1721, "u2,u4" },
    { SUB, "",    "รวม", 0, 3,  26100000, 5000, 1727, "u1,u2,u4" },
    { ST,  "3",   S3,   0, 0,         0,    0,    0, "" },
    { SUB, "",    "รวม", 0, 0,         0,    0,    0, "" },
    { TOT, "",    "รวมทั้งสิ้น", 0, 6, 151100000, 10000, 10000, "u1,u2,u3,u4" },
  };

  g_object_set (plan, "equipment-in-summary", FALSE, NULL);

  rows = phaen_summary_compute (plan);
  assert_rows (plan, rows, expected, G_N_ELEMENTS (expected));
}

static void
test_summary_approaches (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) rows = NULL;
  const ExpectedRow expected[] = {
    { ST,  "1",   S1, 0, 4, 165000000, 5000, 8479, "u1,u3" },
    { AP,  "1.1", "ก่อสร้างระบบระบายน้ำ", 0, 2, 140000000, 2500, 7194, "u3" },
    { AP,  "1.2", "ก่อสร้างและบำรุงรักษาถนน", 0, 1, 5000000, 1250, 257, "u1" },
    { AP,  "1.3", "ไม่ระบุแนวทางการพัฒนา", 0, 1, 20000000, 1250, 1028, "u1" },
    { SUB, "",    "รวม", 0, 4, 165000000, 5000, 8479, "u1,u3" },
    { ST,  "2",   S2, 0, 4, 29600000, 5000, 1521, "u1,u2,u4" },
    { AP,  "2.1", "ส่งเสริมสุขภาพอนามัย", 0, 2, 26000075, 2500, 1336, "u2,u4" },
    { AP,  "2.2", "ไม่ระบุแนวทางการพัฒนา", 0, 2, 3599925, 2500, 185, "u1,u4" },
    { SUB, "",    "รวม", 0, 4, 29600000, 5000, 1521, "u1,u2,u4" },
    { ST,  "3",   S3, 0, 0, 0, 0, 0, "" },
    { SUB, "",    "รวม", 0, 0, 0, 0, 0, "" },
    { TOT, "",    "รวมทั้งสิ้น", 0, 8, 194600000, 10000, 10000, "u1,u2,u3,u4" },
  };

  /* 140,000,000 / 194,600,000 = 71.942…%; 20,000,000 → 10.277…% */
  g_object_set (plan, "grouping", PHAEN_GROUPING_APPROACHES, NULL);

  rows = phaen_summary_compute (plan);
  assert_rows (plan, rows, expected, G_N_ELEMENTS (expected));
}

static void
test_summary_follows_edits (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) rows = NULL;
  PhaenSummaryRow *total;

  /* the summary is computed from the plan as it is now */
  phaen_plan_edit_set_int64 (plan, phaen_plan_find_project (plan, "p1"), "budget", 0);
  rows = phaen_summary_compute (plan);
  total = g_ptr_array_index (rows, rows->len - 1);
  g_assert_cmpint (total->budget, ==, 94600000);
  g_assert_cmpuint (total->projects, ==, 8);

  phaen_history_undo (phaen_plan_get_history (plan));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = phaen_summary_compute (plan);
  total = g_ptr_array_index (rows, rows->len - 1);
  g_assert_cmpint (total->budget, ==, 194600000);
}

/* A plan with one strategy and one project per budget, the project i
 * filed under program programs[i]. */
static PhaenPlan *
build_flat_plan (const gint64 *budgets,
                 const guint  *programs,
                 guint         n_projects)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new ("s1", "ยุทธศาสตร์เดียว");
  g_autoptr(PhaenUnit) unit = phaen_unit_new ("u1", "กองช่าง");

  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);

  for (guint i = 0; i < n_projects; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      add_project (plan, id, P, "s1", NULL, programs[i], "u1", budgets[i]);
    }

  return plan;
}

/* Row @i of the summary of a flat plan: 0 strategy, 1.. programs. */
static PhaenSummaryRow *
row_at (GPtrArray *rows,
        guint      i)
{
  g_assert_cmpuint (i, <, rows->len);
  return g_ptr_array_index (rows, i);
}

static void
test_rounding_counts (void)
{
  {
    /* 1 of 8 = 12.50, 7 of 8 = 87.50 */
    const gint64 budgets[] = { 100, 100, 100, 100, 100, 100, 100, 100 };
    const guint programs[] = { 0, 1, 1, 1, 1, 1, 1, 1 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 8);
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    g_assert_cmpint (row_at (rows, 1)->projects_percent, ==, 1250);
    g_assert_cmpint (row_at (rows, 2)->projects_percent, ==, 8750);
    g_assert_cmpint (row_at (rows, 1)->budget_percent, ==, 1250);
    g_assert_cmpint (row_at (rows, 0)->projects_percent, ==, 10000);
  }
  {
    /* 1 of 3 = 33.33 (33.333…), 2 of 3 = 66.67 (66.666…) */
    const gint64 budgets[] = { 100, 100, 100 };
    const guint programs[] = { 0, 1, 1 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 3);
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    g_assert_cmpint (row_at (rows, 1)->projects_percent, ==, 3333);
    g_assert_cmpint (row_at (rows, 2)->projects_percent, ==, 6667);
    g_assert_cmpint (row_at (rows, 1)->budget_percent, ==, 3333);
    g_assert_cmpint (row_at (rows, 2)->budget_percent, ==, 6667);
    /* the grand total is exactly 100.00 though the rows add to 100.00 only by luck */
    g_assert_cmpint (row_at (rows, rows->len - 1)->projects_percent, ==, 10000);
  }
  {
    /* 1 of 6 = 16.666… → 16.67 */
    const gint64 budgets[] = { 1, 1, 1, 1, 1, 1 };
    const guint programs[] = { 3, 0, 0, 0, 0, 0 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 6);
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    /* program 0 comes first in the catalogue */
    g_assert_cmpuint (row_at (rows, 1)->projects, ==, 5);
    g_assert_cmpint (row_at (rows, 1)->projects_percent, ==, 8333);
    g_assert_cmpint (row_at (rows, 2)->projects_percent, ==, 1667);
  }
}

static void
test_rounding_budgets (void)
{
  const struct {
    gint64 part;
    gint64 rest;
    gint   part_percent;
    gint   rest_percent;
  } vectors[] = {
    /* 0.0005% → 0.00; 99.9995% → 100.00 (half-up) */
    { 1, 199999, 0, 10000 },
    /* 0.005% → 0.01 exactly at the half */
    { 1, 19999, 1, 10000 },
    /* 12.345% → 12.35; 87.655% → 87.66 */
    { 12345, 87655, 1235, 8766 },
    /* 0.30% exactly */
    { 3, 997, 30, 9970 },
    /* satang: 0.50 baht of 3.00 baht = 16.666…% → 16.67 */
    { 50, 250, 1667, 8333 },
    /* amounts at the top of the range: part × 10000 does not fit in 64 bits */
    { PHAEN_MONEY_MAX, PHAEN_MONEY_MAX - 1, 5000, 5000 },
    { G_GINT64_CONSTANT (24690000000000000),
      G_GINT64_CONSTANT (175310000000000000), 1235, 8766 },
    { G_GINT64_CONSTANT (100000000000000000),
      G_GINT64_CONSTANT (200000000000000000), 3333, 6667 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      const gint64 budgets[] = { vectors[i].part, vectors[i].rest };
      const guint programs[] = { 0, 1 };
      g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 2);
      g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);
      PhaenSummaryRow *total = row_at (rows, rows->len - 1);

      g_test_message ("vector %u", i);
      g_assert_cmpuint (rows->len, ==, 5);
      g_assert_cmpint (row_at (rows, 1)->budget, ==, vectors[i].part);
      g_assert_cmpint (row_at (rows, 1)->budget_percent, ==, vectors[i].part_percent);
      g_assert_cmpint (row_at (rows, 2)->budget_percent, ==, vectors[i].rest_percent);
      g_assert_cmpint (total->budget, ==, vectors[i].part + vectors[i].rest);
      g_assert_cmpint (total->budget_percent, ==, 10000);
      g_assert_cmpint (row_at (rows, 0)->budget_percent, ==, 10000);
    }
}

static void
test_zero_plan (void)
{
  {
    /* strategies but no projects: every percentage prints "-" */
    const gint64 budgets[] = { 0 };
    const guint programs[] = { 0 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 0);
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpint (row_at (rows, 0)->level, ==, PHAEN_SUMMARY_STRATEGY);
    g_assert_cmpint (row_at (rows, 1)->level, ==, PHAEN_SUMMARY_SUBTOTAL);
    g_assert_cmpint (row_at (rows, 2)->level, ==, PHAEN_SUMMARY_TOTAL);
    for (guint i = 0; i < rows->len; i++)
      {
        g_autofree char *text = NULL;

        g_assert_cmpuint (row_at (rows, i)->projects, ==, 0);
        g_assert_cmpint (row_at (rows, i)->budget, ==, 0);
        g_assert_cmpint (row_at (rows, i)->projects_percent, ==, -1);
        g_assert_cmpint (row_at (rows, i)->budget_percent, ==, -1);
        g_assert_cmpuint (row_at (rows, i)->units->len, ==, 0);
        text = phaen_summary_format_percent (row_at (rows, i)->budget_percent, TRUE);
        g_assert_cmpstr (text, ==, "-");
      }
  }
  {
    /* an empty plan: only the grand total */
    g_autoptr(PhaenPlan) plan = phaen_plan_new ();
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_cmpint (row_at (rows, 0)->level, ==, PHAEN_SUMMARY_TOTAL);
    g_assert_cmpstr (row_at (rows, 0)->label, ==, "รวมทั้งสิ้น");
    g_assert_cmpint (row_at (rows, 0)->projects_percent, ==, -1);
  }
  {
    /* projects without budget: counts have percentages, budgets do not */
    const gint64 budgets[] = { 0, 0 };
    const guint programs[] = { 0, 1 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 2);
    g_autoptr(GPtrArray) rows = phaen_summary_compute (plan);

    g_assert_cmpint (row_at (rows, 1)->projects_percent, ==, 5000);
    g_assert_cmpint (row_at (rows, 1)->budget_percent, ==, -1);
    g_assert_cmpint (row_at (rows, 4)->projects_percent, ==, 10000);
    g_assert_cmpint (row_at (rows, 4)->budget_percent, ==, -1);
  }
  {
    /* only equipment, left out of the summary: a zero plan again */
    const gint64 budgets[] = { 500000 };
    const guint programs[] = { 0 };
    g_autoptr(PhaenPlan) plan = build_flat_plan (budgets, programs, 1);
    g_autoptr(GPtrArray) rows = NULL;

    phaen_project_set_kind (phaen_plan_find_project (plan, "p1"), PHAEN_PROJECT_KIND_EQUIPMENT);
    g_object_set (plan, "equipment-in-summary", FALSE, NULL);
    rows = phaen_summary_compute (plan);
    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpint (row_at (rows, 2)->budget, ==, 0);
    g_assert_cmpint (row_at (rows, 2)->budget_percent, ==, -1);
  }
}

static void
test_format_percent (void)
{
  const struct {
    gint        value;
    gboolean    thai;
    const char *text;
  } vectors[] = {
    { 1235, FALSE, "12.35" },
    { 10000, FALSE, "100.00" },
    { 0, FALSE, "0.00" },
    { 5, FALSE, "0.05" },
    { 50, FALSE, "0.50" },
    { 3333, FALSE, "33.33" },
    { -1, FALSE, "-" },
    { -1, TRUE, "-" },
    { 1235, TRUE, "๑๒.๓๕" },
    { 10000, TRUE, "๑๐๐.๐๐" },
    { 7, TRUE, "๐.๐๗" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autofree char *text = phaen_summary_format_percent (vectors[i].value, vectors[i].thai);
      g_assert_cmpstr (text, ==, vectors[i].text);
    }
}

static void
test_level_names (void)
{
  g_assert_cmpstr (phaen_summary_level_to_string (PHAEN_SUMMARY_STRATEGY), ==, "strategy");
  g_assert_cmpstr (phaen_summary_level_to_string (PHAEN_SUMMARY_APPROACH), ==, "approach");
  g_assert_cmpstr (phaen_summary_level_to_string (PHAEN_SUMMARY_PROGRAM), ==, "program");
  g_assert_cmpstr (phaen_summary_level_to_string (PHAEN_SUMMARY_SUBTOTAL), ==, "subtotal");
  g_assert_cmpstr (phaen_summary_level_to_string (PHAEN_SUMMARY_TOTAL), ==, "total");
}

typedef struct
{
  const char *strategy;
  guint       strategy_number;
  gint        program;     /* catalogue position; -1: no program check */
  const char *approach;    /* approach id, "" for none, NULL: no check */
  guint       heading_number;
  const char *heading_name; /* NULL: the program's name */
  const char *projects;    /* ids, comma separated */
} ExpectedGroup;

static void
assert_groups (PhaenPlan           *plan,
               GPtrArray           *groups,
               const ExpectedGroup *expected,
               guint                n_expected)
{
  g_assert_cmpuint (groups->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, i);
      const ExpectedGroup *want = &expected[i];
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint j = 0; j < group->projects->len; j++)
        {
          if (j > 0)
            g_string_append_c (ids, ',');
          g_string_append (ids, phaen_project_get_id (g_ptr_array_index (group->projects, j)));
        }

      g_assert_cmpstr (phaen_strategy_get_id (group->strategy), ==, want->strategy);
      g_assert_cmpuint (group->strategy_number, ==, want->strategy_number);
      g_assert_cmpuint (group->heading_number, ==, want->heading_number);
      if (want->program >= 0)
        {
          PhaenProgram *program = program_at (plan, want->program);

          g_assert_true (group->heading == (gpointer)program);
          g_assert_cmpstr (group->heading_name, ==, phaen_program_get_name (program));
        }
      if (want->approach != NULL && want->approach[0] == '\0')
        g_assert_null (group->heading);
      else if (want->approach != NULL)
        g_assert_true (group->heading == (gpointer)phaen_plan_find_approach (plan, want->approach));
      if (want->heading_name != NULL)
        g_assert_cmpstr (group->heading_name, ==, want->heading_name);
      g_assert_cmpstr (ids->str, ==, want->projects);
    }
}

static void
test_groups_programs (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) equipment = NULL;
  const ExpectedGroup expected_projects[] = {
    { "s1", 1, 0, NULL, 1, NULL, "p3" },
    { "s1", 1, 8, NULL, 2, NULL, "p1,p4" },
    { "s2", 2, 2, NULL, 1, NULL, "p8" },
    { "s2", 2, 3, NULL, 2, NULL, "p2,p6" },
  };
  const ExpectedGroup expected_equipment[] = {
    { "s1", 1, 8, NULL, 1, NULL, "p7" },
    { "s2", 2, 2, NULL, 1, NULL, "p5" },
  };

  projects = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_PROJECT);
  assert_groups (plan, projects, expected_projects, G_N_ELEMENTS (expected_projects));

  /* equipment-in-summary has no say over the ผด.02/1 groups */
  g_object_set (plan, "equipment-in-summary", FALSE, NULL);
  equipment = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_EQUIPMENT);
  assert_groups (plan, equipment, expected_equipment, G_N_ELEMENTS (expected_equipment));
}

static void
test_groups_approaches (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) equipment = NULL;
  const ExpectedGroup expected_projects[] = {
    { "s1", 1, -1, "a2", 1, "ก่อสร้างระบบระบายน้ำ", "p1" },
    { "s1", 1, -1, "a1", 2, "ก่อสร้างและบำรุงรักษาถนน", "p3" },
    { "s1", 1, -1, "",   3, "ไม่ระบุแนวทางการพัฒนา", "p4" },
    { "s2", 2, -1, "a3", 1, "ส่งเสริมสุขภาพอนามัย", "p2,p6" },
    { "s2", 2, -1, "",   2, "ไม่ระบุแนวทางการพัฒนา", "p8" },
  };
  const ExpectedGroup expected_equipment[] = {
    { "s1", 1, -1, "a2", 1, "ก่อสร้างระบบระบายน้ำ", "p7" },
    { "s2", 2, -1, "",   1, "ไม่ระบุแนวทางการพัฒนา", "p5" },
  };

  g_object_set (plan, "grouping", PHAEN_GROUPING_APPROACHES, NULL);

  projects = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_PROJECT);
  assert_groups (plan, projects, expected_projects, G_N_ELEMENTS (expected_projects));
  equipment = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_EQUIPMENT);
  assert_groups (plan, equipment, expected_equipment, G_N_ELEMENTS (expected_equipment));
}

static void
test_groups_follow_plan_order (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GPtrArray) groups = NULL;
  PhaenGroup *group;

  /* moving a project changes its place within its group, and moving a
   * strategy renumbers the groups */
  phaen_plan_edit_move_project (plan, phaen_plan_find_project (plan, "p4"), 0);
  g_assert_true (phaen_plan_edit_remove_strategy (plan, phaen_plan_find_strategy (plan, "s3"), NULL));
  {
    g_autoptr(PhaenStrategy) s3 = phaen_strategy_new ("s9", "ยุทธศาสตร์ใหม่");
    phaen_plan_edit_insert_strategy (plan, 0, s3);
  }

  groups = phaen_plan_collect_groups (plan, PHAEN_PROJECT_KIND_PROJECT);
  g_assert_cmpuint (groups->len, ==, 4);
  group = g_ptr_array_index (groups, 1);
  g_assert_cmpuint (group->strategy_number, ==, 2);
  g_assert_cmpstr (phaen_project_get_id (g_ptr_array_index (group->projects, 0)), ==, "p4");
  g_assert_cmpstr (phaen_project_get_id (g_ptr_array_index (group->projects, 1)), ==, "p1");
  group = g_ptr_array_index (groups, 3);
  g_assert_cmpuint (group->strategy_number, ==, 3);
}

/* Issue 12: 100 items at the old 10^15-baht limit printed G_MAXINT64
 * satang as the total. With one item at most PHAEN_LIMIT_BAHT, the
 * largest plan within the limits (PHAEN_LIMIT_PROJECTS items, every one at
 * the largest amount) has exact totals at every level. */
static void
test_totals_at_the_limits (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) s1 = phaen_strategy_new ("s1", "ยุทธศาสตร์ที่หนึ่ง");
  g_autoptr(PhaenStrategy) s2 = phaen_strategy_new ("s2", "ยุทธศาสตร์ที่สอง");
  g_autoptr(PhaenUnit) unit = phaen_unit_new ("u1", "กองช่าง");
  g_autoptr(GPtrArray) rows = NULL;
  PhaenSummaryRow *total;
  PhaenSummaryRow *first;
  const gint64 expected = (gint64) PHAEN_LIMIT_PROJECTS * PHAEN_MONEY_MAX;

  g_object_set (plan, "organisation-name", "เทศบาลตำบลทดสอบ", NULL);
  phaen_plan_append_strategy (plan, s1);
  phaen_plan_append_strategy (plan, s2);
  phaen_plan_append_unit (plan, unit);
  for (guint i = 0; i < PHAEN_LIMIT_PROJECTS; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();

      phaen_project_set_name (project, "ถนน");
      phaen_project_set_budget (project, PHAEN_MONEY_MAX);
      phaen_project_set_strategy (project, i % 2 == 0 ? s1 : s2);
      phaen_project_set_program (project, program_at (plan, i % 12));
      phaen_project_set_unit (project, unit);
      phaen_plan_append_project (plan, project);
    }
  g_assert_true (phaen_plan_validate (plan, NULL));

  rows = phaen_summary_compute (plan);
  total = g_ptr_array_index (rows, rows->len - 1);
  first = g_ptr_array_index (rows, 0);

  g_assert_cmpint (total->level, ==, PHAEN_SUMMARY_TOTAL);
  g_assert_cmpuint (total->projects, ==, PHAEN_LIMIT_PROJECTS);
  g_assert_cmpint (total->budget, ==, expected);
  g_assert_cmpint (total->budget, <, G_MAXINT64);
  g_assert_cmpint (total->budget_percent, ==, 10000);
  g_assert_cmpint (first->level, ==, PHAEN_SUMMARY_STRATEGY);
  g_assert_cmpint (first->budget, ==, expected / 2);
  g_assert_cmpint (first->budget_percent, ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/summary/rows/programs", test_summary_programs);
  g_test_add_func ("/summary/rows/without-equipment", test_summary_without_equipment);
  g_test_add_func ("/summary/rows/approaches", test_summary_approaches);
  g_test_add_func ("/summary/rows/follows-edits", test_summary_follows_edits);
  g_test_add_func ("/summary/rounding/counts", test_rounding_counts);
  g_test_add_func ("/summary/rounding/budgets", test_rounding_budgets);
  g_test_add_func ("/summary/zero-plan", test_zero_plan);
  g_test_add_func ("/summary/totals-at-the-limits", test_totals_at_the_limits);
  g_test_add_func ("/summary/format-percent", test_format_percent);
  g_test_add_func ("/summary/level-names", test_level_names);
  g_test_add_func ("/summary/groups/programs", test_groups_programs);
  g_test_add_func ("/summary/groups/approaches", test_groups_approaches);
  g_test_add_func ("/summary/groups/follow-plan-order", test_groups_follow_plan_order);

  return g_test_run ();
}
