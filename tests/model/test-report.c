/* test-report.c: the figures of a monitoring round, against figures
 * worked out by hand
 *
 * The fixture (report-fixture.h, the same plan as
 * tests/data/report/monitoring-2569.phaen), with the timing each project
 * gets by the rule of phaen-report.h (P planned, A actual months):
 *
 *  id  strategy  budget        status        contracted  disbursed  P           A            6 months   12 months
 *  p1  1         1,000,000     completed       950,000    950,000   ต.ค.-ธ.ค.   ต.ค.-ธ.ค.    on time    on time
 *  p2  1           500,000     in progress     480,000    200,000   พ.ย.-ม.ค.   ธ.ค.-มี.ค.   late (starts after P)
 *  p3  1           300,000     not started           0          0   เม.ย.-มิ.ย. -            not due    late (not started)
 *  p4  1         2,000,000     carried over  1,990,000          0   ม.ค.-มี.ค.  ธ.ค.-มี.ค.   early      early
 *  p5  1           150,000.50  cancelled             0          0   ก.พ.        -            cancelled  cancelled
 *  p6  2            80,000     completed             0     78,500   ต.ค.,มี.ค.  ต.ค.,มี.ค.   on time    on time
 *  p7  2            45,000     completed             0     45,000   เม.ย.       มี.ค.        not due    early
 *  p8  2           120,000     in progress     100,000     60,000   ม.ค.-ก.ย.   ม.ค.-มี.ค.   on time    on time
 *  p9  2            60,000     in progress           0          0   ธ.ค.        -            not recorded (started, no months)
 *  e1  2 (equip.)   30,000     completed        29,900     29,900   พ.ย.        ธ.ค.         late       late
 *
 * Strategy 3 has no project. Percentages are ×100, half-up from the exact
 * fractions (e.g. 3/7 = 42.857… % → 4286).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "model/phaen-report.h"
#include "model/phaen-summary.h"

#include "report-fixture.h"

#define ST_NOT_STARTED  PHAEN_PROJECT_STATUS_NOT_STARTED
#define ST_IN_PROGRESS  PHAEN_PROJECT_STATUS_IN_PROGRESS
#define ST_COMPLETED    PHAEN_PROJECT_STATUS_COMPLETED
#define ST_CANCELLED    PHAEN_PROJECT_STATUS_CANCELLED
#define ST_CARRIED_OVER PHAEN_PROJECT_STATUS_CARRIED_OVER

#define T_ON_TIME      PHAEN_REPORT_TIMING_ON_TIME
#define T_EARLY        PHAEN_REPORT_TIMING_EARLY
#define T_LATE         PHAEN_REPORT_TIMING_LATE
#define T_NOT_RECORDED PHAEN_REPORT_TIMING_NOT_RECORDED
#define T_NOT_DUE      PHAEN_REPORT_TIMING_NOT_DUE
#define T_CANCELLED    PHAEN_REPORT_TIMING_CANCELLED

static const PhaenReportRow *
row_at (PhaenReport *report,
        guint        index)
{
  GPtrArray *rows = phaen_report_get_rows (report);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

/* ---- rounds ---------------------------------------------------------- */

static void
test_round (void)
{
  g_autofree char *six = phaen_report_round_period (2569, PHAEN_REPORT_ROUND_6_MONTHS, FALSE);
  g_autofree char *twelve = phaen_report_round_period (2569, PHAEN_REPORT_ROUND_12_MONTHS, FALSE);
  g_autofree char *thai = phaen_report_round_period (2569, PHAEN_REPORT_ROUND_6_MONTHS, TRUE);

  g_assert_true (phaen_report_round_is_valid (6));
  g_assert_true (phaen_report_round_is_valid (12));
  g_assert_false (phaen_report_round_is_valid (0));
  g_assert_false (phaen_report_round_is_valid (9));

  /* ต.ค.–มี.ค. are the six low bits of the fiscal mask. */
  g_assert_cmphex (phaen_report_round_mask (PHAEN_REPORT_ROUND_6_MONTHS), ==, 0x03F);
  g_assert_cmphex (phaen_report_round_mask (PHAEN_REPORT_ROUND_12_MONTHS), ==, 0xFFF);

  /* FY 2569 runs from ตุลาคม 2568. */
  g_assert_cmpstr (six, ==, "ตุลาคม 2568 – มีนาคม 2569");
  g_assert_cmpstr (twelve, ==, "ตุลาคม 2568 – กันยายน 2569");
  g_assert_cmpstr (thai, ==, "ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙");
}

/* ---- the timing rule -------------------------------------------------- */

static void
test_timing_rule (void)
{
  static const struct
  {
    guint              planned;
    guint              actual;
    PhaenProjectStatus status;
    guint              round;
    PhaenReportTiming  expected;
  } cases[] = {
    /* same first month, ends within the plan */
    { 0x007, 0x007, ST_COMPLETED,   6, T_ON_TIME },
    { 0x007, 0x003, ST_IN_PROGRESS, 6, T_ON_TIME },
    /* the span counts, not every month: a gap is not judged */
    { 0x021, 0x001, ST_COMPLETED,   6, T_ON_TIME },
    /* starts a month before the plan, ends within it */
    { 0x00C, 0x006, ST_COMPLETED,   6, T_EARLY },
    /* starts a month after the plan */
    { 0x003, 0x006, ST_COMPLETED,   6, T_LATE },
    /* starts on time but runs past the plan's last month */
    { 0x003, 0x007, ST_COMPLETED,   6, T_LATE },
    /* early start and late end: late wins */
    { 0x004, 0x00E, ST_COMPLETED,   6, T_LATE },
    /* due and not started */
    { 0x001, 0x000, ST_NOT_STARTED, 6, T_LATE },
    /* due, said to be done, but no month recorded */
    { 0x001, 0x000, ST_COMPLETED,   6, T_NOT_RECORDED },
    { 0x001, 0x000, ST_CARRIED_OVER, 12, T_NOT_RECORDED },
    /* planned from April: not due after six months, due after twelve */
    { 0x040, 0x000, ST_NOT_STARTED, 6, T_NOT_DUE },
    { 0x040, 0x000, ST_NOT_STARTED, 12, T_LATE },
    /* planned to run across the end of March: due, judged on March */
    { 0x0F0, 0x030, ST_IN_PROGRESS, 6, T_ON_TIME },
    /* actual months after the round are ignored in the 6-month round */
    { 0x001, 0x041, ST_COMPLETED,   6, T_ON_TIME },
    { 0x001, 0x041, ST_COMPLETED,   12, T_LATE },
    { 0x040, 0x040, ST_COMPLETED,   6, T_NOT_DUE },
    /* no planned month: nothing to compare with */
    { 0x000, 0x003, ST_COMPLETED,   12, T_NOT_DUE },
    /* cancelled is never judged */
    { 0x001, 0x000, ST_CANCELLED,   6, T_CANCELLED },
    { 0x001, 0x002, ST_CANCELLED,   12, T_CANCELLED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhaenReportTiming got = phaen_report_timing_of (cases[i].planned, cases[i].actual,
                                                      cases[i].status, cases[i].round);

      g_test_message ("case %u: planned %03x actual %03x round %u", i,
                      cases[i].planned, cases[i].actual, cases[i].round);
      g_assert_cmpstr (phaen_report_timing_to_string (got), ==,
                       phaen_report_timing_to_string (cases[i].expected));
    }
}

/* ---- the fixture: statuses and budget (the same in both rounds) ------- */

static void
check_status_and_budget (PhaenReport *report)
{
  const PhaenReportRow *s1 = row_at (report, 0);
  const PhaenReportRow *s2 = row_at (report, 1);
  const PhaenReportRow *s3 = row_at (report, 2);
  const PhaenReportRow *total = row_at (report, 3);

  g_assert_cmpuint (phaen_report_get_rows (report)->len, ==, 4);
  g_assert_true (total == phaen_report_get_total (report));

  /* Strategy 1: p1..p5, one of each status: 1/5 = 20.00 % each. */
  g_assert_cmpuint (s1->number, ==, 1);
  g_assert_cmpstr (s1->label, ==, "การพัฒนาโครงสร้างพื้นฐาน");
  g_assert_cmpuint (s1->planned, ==, 5);
  g_assert_cmpuint (s1->status[ST_COMPLETED], ==, 1);
  g_assert_cmpuint (s1->status[ST_IN_PROGRESS], ==, 1);
  g_assert_cmpuint (s1->status[ST_NOT_STARTED], ==, 1);
  g_assert_cmpuint (s1->status[ST_CANCELLED], ==, 1);
  g_assert_cmpuint (s1->status[ST_CARRIED_OVER], ==, 1);
  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    g_assert_cmpint (s1->status_percent[s], ==, 2000);
  /* budget 1,000,000 + 500,000 + 300,000 + 2,000,000 + 150,000.50
   * (cancelled, still planned) = 3,950,000.50;
   * contracted 950,000 + 480,000 + 1,990,000 = 3,420,000 → 86.582… % → 8658;
   * disbursed 950,000 + 200,000 = 1,150,000 → 29.113… % → 2911. */
  g_assert_cmpint (s1->budget, ==, BAHT (3950000) + 50);
  g_assert_cmpint (s1->contracted, ==, BAHT (3420000));
  g_assert_cmpint (s1->disbursed, ==, BAHT (1150000));
  g_assert_cmpint (s1->contracted_percent, ==, 8658);
  g_assert_cmpint (s1->disbursed_percent, ==, 2911);

  /* Strategy 2: p6..p9 and the equipment e1 (counted: the plan's
   * equipment-in-summary is on). Completed p6, p7, e1 = 3/5 = 60.00 %;
   * in progress p8, p9 = 2/5 = 40.00 %; the other statuses 0 → 0.00 %. */
  g_assert_cmpuint (s2->planned, ==, 5);
  g_assert_cmpuint (s2->status[ST_COMPLETED], ==, 3);
  g_assert_cmpuint (s2->status[ST_IN_PROGRESS], ==, 2);
  g_assert_cmpuint (s2->status[ST_NOT_STARTED], ==, 0);
  g_assert_cmpint (s2->status_percent[ST_COMPLETED], ==, 6000);
  g_assert_cmpint (s2->status_percent[ST_IN_PROGRESS], ==, 4000);
  g_assert_cmpint (s2->status_percent[ST_CANCELLED], ==, 0);
  /* budget 80,000 + 45,000 + 120,000 + 60,000 + 30,000 = 335,000;
   * contracted 100,000 + 29,900 = 129,900 → 38.776… % → 3878;
   * disbursed 78,500 + 45,000 + 60,000 + 29,900 = 213,400 → 63.701… % → 6370. */
  g_assert_cmpint (s2->budget, ==, BAHT (335000));
  g_assert_cmpint (s2->contracted, ==, BAHT (129900));
  g_assert_cmpint (s2->disbursed, ==, BAHT (213400));
  g_assert_cmpint (s2->contracted_percent, ==, 3878);
  g_assert_cmpint (s2->disbursed_percent, ==, 6370);

  /* Strategy 3: no project; every percentage undefined (-1, printed "-"). */
  g_assert_cmpuint (s3->planned, ==, 0);
  g_assert_cmpint (s3->budget, ==, 0);
  g_assert_cmpint (s3->status_percent[ST_COMPLETED], ==, -1);
  g_assert_cmpint (s3->contracted_percent, ==, -1);
  g_assert_cmpint (s3->timing_percent[T_ON_TIME], ==, -1);

  /* Total: 10 projects; completed 4 = 40.00 %, in progress 3 = 30.00 %,
   * not started, cancelled, carried over 1 each = 10.00 %;
   * budget 3,950,000.50 + 335,000 = 4,285,000.50;
   * contracted 3,549,900 → 82.844… % → 8284;
   * disbursed 1,363,400 → 31.817… % → 3182. */
  g_assert_null (total->strategy);
  g_assert_cmpuint (total->number, ==, 0);
  g_assert_cmpstr (total->label, ==, "รวมทั้งสิ้น");
  g_assert_cmpuint (total->planned, ==, 10);
  g_assert_cmpint (total->status_percent[ST_COMPLETED], ==, 4000);
  g_assert_cmpint (total->status_percent[ST_IN_PROGRESS], ==, 3000);
  g_assert_cmpint (total->status_percent[ST_NOT_STARTED], ==, 1000);
  g_assert_cmpint (total->status_percent[ST_CANCELLED], ==, 1000);
  g_assert_cmpint (total->status_percent[ST_CARRIED_OVER], ==, 1000);
  g_assert_cmpint (total->budget, ==, BAHT (4285000) + 50);
  g_assert_cmpint (total->contracted, ==, BAHT (3549900));
  g_assert_cmpint (total->disbursed, ==, BAHT (1363400));
  g_assert_cmpint (total->contracted_percent, ==, 8284);
  g_assert_cmpint (total->disbursed_percent, ==, 3182);

  /* No editions yet: nothing added, 0.00 % of a non-empty row. */
  g_assert_cmpuint (total->added, ==, 0);
  g_assert_cmpint (total->added_percent, ==, 0);
  g_assert_cmpint (s3->added_percent, ==, -1);
}

static void
test_fixture_6 (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  const PhaenReportRow *s1 = row_at (report, 0);
  const PhaenReportRow *s2 = row_at (report, 1);
  const PhaenReportRow *total = phaen_report_get_total (report);
  /* Months of ต.ค.–มี.ค. (indices 0..5), counted from the table above:
   * planned: ต.ค. p1 p6; พ.ย. p1 p2 e1; ธ.ค. p1 p2 p9; ม.ค. p2 p4 p8;
   *          ก.พ. p4 p5 p8; มี.ค. p4 p6 p8;
   * actual:  ต.ค. p1 p6; พ.ย. p1; ธ.ค. p1 p2 p4 e1; ม.ค. p2 p4 p8;
   *          ก.พ. p2 p4 p8; มี.ค. p2 p4 p6 p7 p8. */
  static const guint planned[12] = { 2, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0 };
  static const guint actual[12] = { 2, 1, 4, 3, 3, 5, 0, 0, 0, 0, 0, 0 };

  g_assert_cmpint (phaen_report_get_round (report), ==, PHAEN_REPORT_ROUND_6_MONTHS);
  g_assert_true (phaen_report_get_plan (report) == plan);
  check_status_and_budget (report);

  /* Strategy 1: p1 on time, p2 late, p4 early; p3 (from April) not due,
   * p5 cancelled. Due 3: 1/3 = 33.33 % each. */
  g_assert_cmpuint (s1->due, ==, 3);
  g_assert_cmpuint (s1->timing[T_ON_TIME], ==, 1);
  g_assert_cmpuint (s1->timing[T_EARLY], ==, 1);
  g_assert_cmpuint (s1->timing[T_LATE], ==, 1);
  g_assert_cmpuint (s1->timing[T_NOT_DUE], ==, 1);
  g_assert_cmpuint (s1->timing[T_CANCELLED], ==, 1);
  g_assert_cmpint (s1->timing_percent[T_ON_TIME], ==, 3333);
  g_assert_cmpint (s1->timing_percent[T_LATE], ==, 3333);
  g_assert_cmpint (s1->timing_percent[T_NOT_DUE], ==, -1);

  /* Strategy 2: p6, p8 on time; e1 late; p9 not recorded; p7 (April)
   * not due. Due 4: 50.00, 25.00, 25.00 %. */
  g_assert_cmpuint (s2->due, ==, 4);
  g_assert_cmpuint (s2->timing[T_ON_TIME], ==, 2);
  g_assert_cmpuint (s2->timing[T_LATE], ==, 1);
  g_assert_cmpuint (s2->timing[T_NOT_RECORDED], ==, 1);
  g_assert_cmpuint (s2->timing[T_NOT_DUE], ==, 1);
  g_assert_cmpint (s2->timing_percent[T_ON_TIME], ==, 5000);
  g_assert_cmpint (s2->timing_percent[T_NOT_RECORDED], ==, 2500);

  /* Total: due 7 = on time 3 (42.857… → 4286), early 1 (14.285… → 1429),
   * late 2 (28.571… → 2857), not recorded 1 (1429); not due 2, cancelled 1. */
  g_assert_cmpuint (total->due, ==, 7);
  g_assert_cmpuint (total->timing[T_ON_TIME], ==, 3);
  g_assert_cmpuint (total->timing[T_EARLY], ==, 1);
  g_assert_cmpuint (total->timing[T_LATE], ==, 2);
  g_assert_cmpuint (total->timing[T_NOT_RECORDED], ==, 1);
  g_assert_cmpuint (total->timing[T_NOT_DUE], ==, 2);
  g_assert_cmpuint (total->timing[T_CANCELLED], ==, 1);
  g_assert_cmpint (total->timing_percent[T_ON_TIME], ==, 4286);
  g_assert_cmpint (total->timing_percent[T_EARLY], ==, 1429);
  g_assert_cmpint (total->timing_percent[T_LATE], ==, 2857);
  g_assert_cmpint (total->timing_percent[T_NOT_RECORDED], ==, 1429);

  for (guint m = 0; m < 12; m++)
    {
      g_test_message ("month %u", m);
      g_assert_cmpuint (phaen_report_get_planned_in_month (report, m), ==, planned[m]);
      g_assert_cmpuint (phaen_report_get_actual_in_month (report, m), ==, actual[m]);
    }
}

static void
test_fixture_12 (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_12_MONTHS);
  const PhaenReportRow *s1 = row_at (report, 0);
  const PhaenReportRow *s2 = row_at (report, 1);
  const PhaenReportRow *total = phaen_report_get_total (report);
  /* After the six months above: planned เม.ย. p3 p7 p8; พ.ค. and มิ.ย.
   * p3 p8; ก.ค.–ก.ย. p8; no actual month after มี.ค. is recorded. */
  static const guint planned[12] = { 2, 3, 3, 3, 3, 3, 3, 2, 2, 1, 1, 1 };
  static const guint actual[12] = { 2, 1, 4, 3, 3, 5, 0, 0, 0, 0, 0, 0 };

  check_status_and_budget (report);

  /* Strategy 1: p3 is now due and not started: late. Due 4: on time 1
   * (25.00 %), early 1 (25.00 %), late 2 (50.00 %). */
  g_assert_cmpuint (s1->due, ==, 4);
  g_assert_cmpuint (s1->timing[T_LATE], ==, 2);
  g_assert_cmpuint (s1->timing[T_NOT_DUE], ==, 0);
  g_assert_cmpint (s1->timing_percent[T_LATE], ==, 5000);
  g_assert_cmpint (s1->timing_percent[T_ON_TIME], ==, 2500);

  /* Strategy 2: p7 (planned เม.ย., held in มี.ค.) is now early. Due 5:
   * on time 2 (40.00), early 1, late 1, not recorded 1 (20.00 each). */
  g_assert_cmpuint (s2->due, ==, 5);
  g_assert_cmpuint (s2->timing[T_EARLY], ==, 1);
  g_assert_cmpint (s2->timing_percent[T_ON_TIME], ==, 4000);
  g_assert_cmpint (s2->timing_percent[T_EARLY], ==, 2000);

  /* Total: due 9 = on time 3 (33.33), early 2 (22.22), late 3 (33.33),
   * not recorded 1 (11.11); nothing left not due. */
  g_assert_cmpuint (total->due, ==, 9);
  g_assert_cmpint (total->timing_percent[T_ON_TIME], ==, 3333);
  g_assert_cmpint (total->timing_percent[T_EARLY], ==, 2222);
  g_assert_cmpint (total->timing_percent[T_LATE], ==, 3333);
  g_assert_cmpint (total->timing_percent[T_NOT_RECORDED], ==, 1111);
  g_assert_cmpuint (total->timing[T_NOT_DUE], ==, 0);

  for (guint m = 0; m < 12; m++)
    {
      g_test_message ("month %u", m);
      g_assert_cmpuint (phaen_report_get_planned_in_month (report, m), ==, planned[m]);
      g_assert_cmpuint (phaen_report_get_actual_in_month (report, m), ==, actual[m]);
    }
}

/* Lists of projects by status, in report order, and their timing. */
static void
test_projects_by_status (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  static const struct
  {
    PhaenProjectStatus status;
    const char        *ids;
  } expected[] = {
    { ST_COMPLETED, "p1 p6 p7 e1" },
    { ST_IN_PROGRESS, "p2 p8 p9" },
    { ST_NOT_STARTED, "p3" },
    { ST_CANCELLED, "p5" },
    { ST_CARRIED_OVER, "p4" },
  };

  /* The printed order of the statuses: done first, cancelled and carried
   * over last. */
  g_assert_cmpint (phaen_report_status_order[0], ==, ST_COMPLETED);
  g_assert_cmpint (phaen_report_status_order[2], ==, ST_NOT_STARTED);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GPtrArray *projects = phaen_report_get_projects (report, expected[i].status);
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint j = 0; j < projects->len; j++)
        g_string_append_printf (ids, "%s%s", j > 0 ? " " : "",
                                phaen_project_get_id (g_ptr_array_index (projects, j)));
      g_assert_cmpstr (ids->str, ==, expected[i].ids);
    }

  g_assert_cmpint (phaen_report_get_timing (report, phaen_plan_find_project (plan, "p2")), ==, T_LATE);
  g_assert_cmpint (phaen_report_get_timing (report, phaen_plan_find_project (plan, "p4")), ==, T_EARLY);
  g_assert_cmpint (phaen_report_get_timing (report, phaen_plan_find_project (plan, "p9")), ==, T_NOT_RECORDED);
  g_assert_cmpstr (phaen_report_timing_label (T_LATE), ==, "ล่าช้ากว่ากำหนด");
}

/* Without equipment in ผด.01 the equipment item e1 drops out of every
 * figure, as it does from the summary. */
static void
test_equipment_setting (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenReport) report = NULL;
  g_autoptr(GPtrArray) summary = NULL;
  const PhaenReportRow *s2;
  const PhaenReportRow *total;

  g_object_set (plan, "equipment-in-summary", FALSE, NULL);
  report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  s2 = row_at (report, 1);
  total = phaen_report_get_total (report);

  /* Strategy 2 without e1: 4 projects, completed p6 p7 = 50.00 %;
   * budget 305,000; contracted 100,000 → 32.786… % → 3279;
   * disbursed 183,500 → 60.163… % → 6016. */
  g_assert_cmpuint (s2->planned, ==, 4);
  g_assert_cmpint (s2->status_percent[ST_COMPLETED], ==, 5000);
  g_assert_cmpint (s2->budget, ==, BAHT (305000));
  g_assert_cmpint (s2->contracted_percent, ==, 3279);
  g_assert_cmpint (s2->disbursed_percent, ==, 6016);
  g_assert_cmpuint (total->planned, ==, 9);
  /* e1 was the only project planned in พ.ย. besides p1 and p2. */
  g_assert_cmpuint (phaen_report_get_planned_in_month (report, 1), ==, 2);
  g_assert_cmpuint (phaen_report_get_projects (report, ST_COMPLETED)->len, ==, 3);

  /* The same projects as ผด.01: its total row has the same count and
   * budget. */
  summary = phaen_summary_compute (plan);
  {
    PhaenSummaryRow *last = g_ptr_array_index (summary, summary->len - 1);

    g_assert_cmpuint (last->projects, ==, total->planned);
    g_assert_cmpint (last->budget, ==, total->budget);
  }
}

/* ---- arithmetic ------------------------------------------------------ */

static PhaenPlan *
plan_with_projects (guint n)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "ยุทธศาสตร์เดียว");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  g_autoptr(PhaenProgram) program = g_list_model_get_item (phaen_plan_get_programs (plan), 0);

  g_object_set (plan, "organisation-name", "เทศบาลทดสอบ", "fiscal-year", 2569, NULL);
  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autofree char *name = g_strdup_printf ("โครงการที่ %u", i + 1);

      phaen_project_set_name (project, name);
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_program (project, program);
      phaen_project_set_unit (project, unit);
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

static PhaenProject *
nth_project (PhaenPlan *plan,
             guint      index)
{
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), index);

  return project;   /* borrowed: the plan keeps it */
}

/* Half-up at the exact half: 1/32 = 3.125 % → 3.13; 1/3 → 33.33,
 * 2/3 → 66.67 (never through floating point). */
static void
test_half_up (void)
{
  g_autoptr(PhaenPlan) plan32 = plan_with_projects (32);
  g_autoptr(PhaenPlan) plan3 = plan_with_projects (3);
  g_autoptr(PhaenReport) report32 = NULL;
  g_autoptr(PhaenReport) report3 = NULL;

  phaen_project_set_status (nth_project (plan32, 7), ST_COMPLETED);
  report32 = phaen_report_new (plan32, PHAEN_REPORT_ROUND_12_MONTHS);
  g_assert_cmpint (phaen_report_get_total (report32)->status_percent[ST_COMPLETED], ==, 313);
  /* 31/32 = 96.875 % → 96.88 */
  g_assert_cmpint (phaen_report_get_total (report32)->status_percent[ST_NOT_STARTED], ==, 9688);

  phaen_project_set_status (nth_project (plan3, 0), ST_COMPLETED);
  report3 = phaen_report_new (plan3, PHAEN_REPORT_ROUND_12_MONTHS);
  g_assert_cmpint (phaen_report_get_total (report3)->status_percent[ST_COMPLETED], ==, 3333);
  g_assert_cmpint (phaen_report_get_total (report3)->status_percent[ST_NOT_STARTED], ==, 6667);
}

/* Amounts whose sum is close to 2^63: multiplying the remainder by 10 or
 * 10000 would overflow; the percentages stay exact. */
static void
test_large_amounts (void)
{
  g_autoptr(PhaenPlan) plan = plan_with_projects (2);
  g_autoptr(PhaenReport) report = NULL;
  const gint64 budget = G_GINT64_CONSTANT (4000000000000000000);
  const PhaenReportRow *total;

  for (guint i = 0; i < 2; i++)
    phaen_project_set_budget (nth_project (plan, i), budget);
  /* contracted 4e18 + 1.2e18 = 5.2e18 of 8e18 = 65.00 %; disbursed
   * 8e18 / 3 rounded up to a satang = 33.333… % → 3333. */
  phaen_project_set_contracted (nth_project (plan, 0), budget);
  phaen_project_set_contracted (nth_project (plan, 1), G_GINT64_CONSTANT (1200000000000000000));
  phaen_project_set_disbursed (nth_project (plan, 0), G_GINT64_CONSTANT (2666666666666666667));
  report = phaen_report_new (plan, PHAEN_REPORT_ROUND_12_MONTHS);
  total = phaen_report_get_total (report);

  g_assert_cmpint (total->budget, ==, 2 * budget);
  g_assert_cmpint (total->contracted_percent, ==, 6500);
  g_assert_cmpint (total->disbursed_percent, ==, 3333);
}

/* A plan with strategies but no project still gives a row per strategy
 * and a total, all zeros and "-" percentages. */
static void
test_empty (void)
{
  g_autoptr(PhaenPlan) plan = plan_with_projects (0);
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  const PhaenReportRow *total = phaen_report_get_total (report);

  g_assert_cmpuint (phaen_report_get_rows (report)->len, ==, 2);
  g_assert_cmpuint (total->planned, ==, 0);
  g_assert_cmpint (total->status_percent[ST_COMPLETED], ==, -1);
  g_assert_cmpint (total->disbursed_percent, ==, -1);
  g_assert_cmpuint (phaen_report_get_projects (report, ST_NOT_STARTED)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report/round", test_round);
  g_test_add_func ("/report/timing-rule", test_timing_rule);
  g_test_add_func ("/report/fixture-6-months", test_fixture_6);
  g_test_add_func ("/report/fixture-12-months", test_fixture_12);
  g_test_add_func ("/report/projects-by-status", test_projects_by_status);
  g_test_add_func ("/report/equipment-setting", test_equipment_setting);
  g_test_add_func ("/report/half-up", test_half_up);
  g_test_add_func ("/report/large-amounts", test_large_amounts);
  g_test_add_func ("/report/empty", test_empty);

  return g_test_run ();
}
