/* test-status-csv.c: the status template (export, import) and the report
 * table as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/phaen-file.h"
#include "io/phaen-io-error.h"
#include "io/phaen-status-csv.h"
#include "model/phaen-report.h"

#define HEADER "id,project,status,contracted,disbursed,progress,actual_months,remarks\n"

static PhaenPlan *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "report",
                                            "monitoring-2569.phaen", NULL);
  PhaenPlan *plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static gboolean
import_text (PhaenPlan   *plan,
             const char  *text,
             guint       *n_changed,
             GError     **error)
{
  return phaen_status_csv_import (plan, text, strlen (text), "status.csv", n_changed, error);
}

/* The message of @error has exactly the lines of @expected (NULL-ended). */
static void
assert_lines (const GError       *error,
              const char * const *expected)
{
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (error);
  lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; expected[i] != NULL || lines[i] != NULL; i++)
    {
      g_assert_nonnull (lines[i]);
      g_assert_cmpstr (lines[i], ==, expected[i]);
    }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* ---- export ----------------------------------------------------------- */

static void
test_export (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GBytes) bytes = phaen_status_csv_export (plan);
  g_autofree char *text = bytes_to_string (bytes);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  /* header, 10 rows, the empty string after the last LF */
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_cmpstr (lines[0], ==, "id,project,status,contracted,disbursed,progress,actual_months,remarks");
  /* ผด.02 order: strategy 1's programs in catalogue order (เคหะและชุมชน
   * before อุตสาหกรรมและการโยธา), then strategy 2, then the equipment. */
  g_assert_cmpstr (lines[1], ==, "p3,ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ,not-started,0,0,0,,");
  g_assert_cmpstr (lines[2], ==, "p5,ปรับปรุงสวนสาธารณะหนองบัว,cancelled,0,0,0,,ยกเลิก เนื่องจากไม่มีผู้เสนอราคา");
  g_assert_cmpstr (lines[3], ==, "p1,ก่อสร้างถนน คสล. ม.5 ยาว 200 ม.,completed,950000,950000,100,ต.ค.-ธ.ค.,ตรวจรับงานแล้ว");
  g_assert_cmpstr (lines[5], ==, "p4,ก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว,carried-over,1990000,0,70,ธ.ค.-มี.ค.,กันเงินไว้เบิกจ่ายปีถัดไป");
  g_assert_cmpstr (lines[6], ==, "p6,อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน,completed,0,78500,100,\"ต.ค.,มี.ค.\",");
  g_assert_cmpstr (lines[10], ==, "e1,เครื่องคอมพิวเตอร์สำหรับงานประมวลผล,completed,29900,29900,100,ธ.ค.,");
  g_assert_cmpstr (lines[11], ==, "");
}

/* export → import changes nothing, and the file is read back whole. */
static void
test_round_trip (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(PhaenPlan) before = phaen_plan_copy (plan);
  g_autoptr(GBytes) bytes = phaen_status_csv_export (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  guint n_changed = 99;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (phaen_status_csv_import (plan, data, length, "status.csv", &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_true (phaen_plan_equal (before, plan, &why));
  g_assert_false (phaen_history_can_undo (phaen_plan_get_history (plan)));
}

/* A template with every field changed, read back into a copy of the
 * plan before the change, gives the changed plan. */
static void
test_round_trip_changed (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(PhaenPlan) target = load_fixture ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  PhaenProject *p3 = phaen_plan_find_project (target, "p3");
  PhaenProject *p9 = phaen_plan_find_project (target, "p9");
  guint n_changed = 0;
  gsize length;
  const char *data;

  phaen_project_set_status (p3, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  phaen_project_set_contracted (p3, 29000050);
  phaen_project_set_disbursed (p3, 1000000);
  phaen_project_set_progress (p3, 15);
  phaen_project_set_actual_schedule (p3, 0x0C0);
  phaen_project_set_remarks (p3, "เริ่มงานแล้ว \"ช่วงแรก\", รอวัสดุ\nบรรทัดที่สอง");
  phaen_project_set_status (p9, PHAEN_PROJECT_STATUS_COMPLETED);
  phaen_project_set_actual_schedule (p9, 0x004);
  /* Cells a spreadsheet would take for formulas: however the CSV writer
   * guards them, they must come back as they were. */
  phaen_project_set_remarks (p9, "=SUM(A1:A3)");
  phaen_project_set_remarks (phaen_plan_find_project (target, "p1"), "-5% จากงวดที่แล้ว");
  phaen_project_set_remarks (phaen_plan_find_project (target, "p2"), "+@ล่าช้า");

  bytes = phaen_status_csv_export (target);
  data = g_bytes_get_data (bytes, &length);
  /* the template is guarded like every CSV Phaen writes: a spreadsheet
   * shows these cells as text, it does not run them */
  {
    g_autofree char *text = g_strndup (data, length);

    g_assert_nonnull (strstr (text, ",'=SUM(A1:A3)\n"));
    g_assert_nonnull (strstr (text, ",'-5% จากงวดที่แล้ว\n"));
  }
  g_assert_true (phaen_status_csv_import (plan, data, length, "status.csv", &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 4);
  if (!phaen_plan_equal (target, plan, &why))
    g_error ("%s", why);
}

/* ---- import ----------------------------------------------------------- */

static void
test_import_values (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GError) error = NULL;
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  PhaenProject *p9 = phaen_plan_find_project (plan, "p9");
  PhaenProject *p1 = phaen_plan_find_project (plan, "p1");
  guint n_changed = 0;
  guint n_signals = 0;
  /* Thai headings in another order, semicolons, Thai labels and digits,
   * a row matched by its name (decomposed sara am, an extra space), an
   * amount with commas and a dash for zero, a percent sign. */
  const char *text =
    "\xEF\xBB\xBFโครงการ;รหัส;สถานะ;จำนวนเงินตามสัญญา;จำนวนเงินที่เบิกจ่าย;ความก้าวหน้า (ร้อยละ);เดือนที่ดำเนินการจริง;หมายเหตุ\r\n"
    "ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ;;อยู่ระหว่างดำเนินการ;๒๙๐,๐๐๐.๕๐;10,000;๑๕%;เม.ย.-พ.ค.;  รอวัสดุ  \r\n"
    "ไม่ตรงกับชื่อในแผนก็ได้;p9;Completed;-;;100;ธ.ค.;\r\n"
    "\r\n";

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_cb), &n_signals);
  g_assert_true (import_text (plan, text, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  /* one step, one "changed" for the views */
  g_assert_cmpuint (n_signals, ==, 1);
  g_assert_cmpstr (phaen_history_get_undo_label (phaen_plan_get_history (plan)), ==, "Import status");

  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  g_assert_cmpint (phaen_project_get_contracted (p3), ==, 29000050);
  g_assert_cmpint (phaen_project_get_disbursed (p3), ==, 1000000);
  g_assert_cmpuint (phaen_project_get_progress (p3), ==, 15);
  g_assert_cmphex (phaen_project_get_actual_schedule (p3), ==, 0x0C0);
  g_assert_cmpstr (phaen_project_get_remarks (p3), ==, "รอวัสดุ");

  g_assert_cmpint (phaen_project_get_status (p9), ==, PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_cmpuint (phaen_project_get_progress (p9), ==, 100);
  g_assert_cmphex (phaen_project_get_actual_schedule (p9), ==, 0x004);
  /* untouched */
  g_assert_cmpint (phaen_project_get_contracted (p1), ==, 95000000);

  /* One undo step takes every change back. */
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 1);
  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  g_assert_cmpint (phaen_project_get_status (p3), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  g_assert_cmpint (phaen_project_get_status (p9), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  g_assert_cmpstr (phaen_project_get_remarks (p3), ==, "");
}

/* Only the columns the file has are set; the decomposed sara am
 * (U+0E4D U+0E32) in a name still matches ำ. */
static void
test_import_partial (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GError) error = NULL;
  PhaenProject *p2 = phaen_plan_find_project (plan, "p2");
  PhaenProject *p4 = phaen_plan_find_project (plan, "p4");
  const char *text =
    "project,disbursed\n"
    "ก่อสร้างรางระบายน\xE0\xB9\x89\xE0\xB9\x8D\xE0\xB8\xB2 ม.2,300000\n"
    "\"ก่อสร้างสะพาน คสล.  ข้ามลำห้วยหนองบัว \",500000\n";

  g_assert_true (import_text (plan, text, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phaen_project_get_disbursed (p2), ==, 30000000);
  g_assert_cmpint (phaen_project_get_disbursed (p4), ==, 50000000);
  /* the other fields as they were */
  g_assert_cmpint (phaen_project_get_status (p2), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  g_assert_cmpint (phaen_project_get_contracted (p2), ==, 48000000);
  g_assert_cmpstr (phaen_project_get_remarks (p4), ==, "กันเงินไว้เบิกจ่ายปีถัดไป");
}

/* Every problem reported at its line and column, nothing applied. */
static void
test_import_errors (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(PhaenPlan) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  g_autoptr(PhaenProject) twin = phaen_project_new ();
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  const char *text =
    HEADER
    "p1,,completed,950000,950000,100,ต.ค.-ธ.ค.,ok\n"                 /* 2: fine */
    "p2,,done,480000,200000,40,,\n"                                    /* 3: bad status */
    "p4,,carried-over,1990000,12.345,70,,\n"                           /* 4: bad amount */
    "p99,,completed,0,0,100,,\n"                                       /* 5: unknown id */
    ",ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ,in-progress,0,0,0,,\n"           /* 6: ambiguous name */
    ",ไม่มีโครงการนี้,in-progress,0,0,0,,\n"                           /* 7: unknown name */
    "p6,,completed,50000,78500,100,,\n"                                /* 8: disbursed > contracted */
    "p7,,completed,0,45000,120,,\n"                                    /* 9: progress > 100 */
    "p8,,in-progress,100000,60000,30,ก.ค.-ต.ค.,\n"                     /* 10: months backwards */
    "p1,,completed,950000,950000,100,,\n"                              /* 11: p1 twice */
    "p9,,,0,0,0,,\n"                                                   /* 12: empty status */
    ",,completed,0,0,0,,\n"                                            /* 13: no project */
    "e1,,completed\n";                                                 /* 14: short row */
  static const char * const expected[] = {
    "status.csv:3: status: “done” is not a status; write not-started, in-progress, completed, cancelled or carried-over (or the Thai label)",
    "status.csv:4: disbursed: “12.345”*", /* the model's message */
    "status.csv:5: id: no project of the plan has the id “p99”",
    "status.csv:6: project: “ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ” is the name of several projects (p3, p10); write the id of the one meant",
    "status.csv:7: project: no project of the plan is named “ไม่มีโครงการนี้”",
    "status.csv:8: disbursed: the disbursed amount 78,500.00 is more than the contracted amount 50,000.00; correct one of them (leave contracted at 0 for work paid without a contract)",
    "status.csv:9: progress: “120” is not a progress; write a whole percent from 0 to 100",
    "status.csv:10: actual_months: *", /* the model's message */
    "status.csv:11: project p1 is already on line 2; give each project one row",
    "status.csv:12: status: the cell is empty; write not-started, in-progress, completed, cancelled or carried-over (or the Thai label)",
    "status.csv:13: id: the row names no project: fill in its id or its name",
    "status.csv:14: the row has 3 fields but the header has 8",
    NULL,
  };
  g_auto(GStrv) lines = NULL;

  /* A second project of the same name as p3. */
  phaen_project_set_name (twin, phaen_project_get_name (p3));
  phaen_project_set_strategy (twin, phaen_project_get_strategy (p3));
  phaen_project_set_program (twin, phaen_project_get_program (p3));
  phaen_project_set_unit (twin, phaen_project_get_unit (p3));
  phaen_plan_append_project (plan, twin);
  g_assert_cmpstr (phaen_project_get_id (twin), ==, "p10");
  before = phaen_plan_copy (plan);

  g_assert_false (import_text (plan, text, NULL, &error));
  g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
  g_test_message ("%s", error->message);

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected) - 1);
  /* A line ending in "*" gives the start of a message worded by the
   * model (money, months), which its own tests check. */
  for (guint i = 0; i + 1 < G_N_ELEMENTS (expected); i++)
    {
      gsize length = strlen (expected[i]);

      if (expected[i][length - 1] == '*')
        {
          g_autofree char *prefix = g_strndup (expected[i], length - 1);

          g_assert_true (g_str_has_prefix (lines[i], prefix));
        }
      else
        g_assert_cmpstr (lines[i], ==, expected[i]);
    }

  /* Nothing applied, nothing to undo. */
  g_assert_true (phaen_plan_equal (before, plan, &why));
  g_assert_false (phaen_history_can_undo (phaen_plan_get_history (plan)));
}

static void
test_import_header_errors (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GError) error = NULL;
  static const char * const no_key[] = {
    "status.csv:1: the file has neither an id nor a project column, so no row can be matched to a project",
    NULL,
  };
  static const char * const unknown[] = {
    "status.csv:2: unknown column “budget”; a status file has the columns id, project, status, contracted, disbursed, progress, actual_months, remarks",
    "status.csv:2: column “สถานะ” repeats column “status”",
    NULL,
  };
  static const char * const empty[] = { "status.csv:1: the file is empty", NULL };
  static const char * const no_rows[] = { "status.csv:1: the file has a header but no rows", NULL };

  g_assert_false (import_text (plan, "status,progress\ncompleted,100\n", NULL, &error));
  assert_lines (error, no_key);
  g_clear_error (&error);

  /* blank lines before the header are skipped; line numbers stay physical */
  g_assert_false (import_text (plan, "\nid,budget,status,สถานะ\np1,0,completed,completed\n", NULL, &error));
  assert_lines (error, unknown);
  g_clear_error (&error);

  g_assert_false (import_text (plan, "", NULL, &error));
  g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_EMPTY);
  assert_lines (error, empty);
  g_clear_error (&error);

  g_assert_false (import_text (plan, HEADER, NULL, &error));
  assert_lines (error, no_rows);
  g_clear_error (&error);
}

/* A remark with a control character is refused where it is; amounts are
 * capped at the limit of a project. */
static void
test_import_text_checks (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GError) error = NULL;
  const char *text =
    "id,contracted,remarks\n"
    "p1,950000,bad\x01here\n"
    "p2,1000000000001,\n";

  g_assert_false (import_text (plan, text, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "status.csv:2: remarks: "));
  g_assert_nonnull (strstr (error->message, "U+0001"));
  g_assert_nonnull (strstr (error->message, "status.csv:3: contracted: "));
  g_assert_nonnull (strstr (error->message, "an amount can be at most 1,000,000,000,000 baht"));
}

/* ---- the report table --------------------------------------------------- */

static void
test_report_csv (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  g_autoptr(GBytes) bytes = phaen_report_csv_export (report);
  g_autofree char *text = bytes_to_string (bytes);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==,
                   "number,strategy,planned,completed,completed_percent,in_progress,in_progress_percent,"
                   "not_started,not_started_percent,cancelled,cancelled_percent,carried_over,carried_over_percent,"
                   "added,added_percent,budget,contracted,contracted_percent,disbursed,disbursed_percent,"
                   "due,on_time,on_time_percent,early,early_percent,late,late_percent,"
                   "not_recorded,not_recorded_percent,not_due");
  /* The figures of tests/model/test-report.c for the 6-month round. */
  g_assert_cmpstr (lines[1], ==,
                   "1,การพัฒนาโครงสร้างพื้นฐาน,5,1,20.00,1,20.00,1,20.00,1,20.00,1,20.00,0,0.00,"
                   "3950000.50,3420000,86.58,1150000,29.11,3,1,33.33,1,33.33,1,33.33,0,0.00,1");
  g_assert_cmpstr (lines[3], ==,
                   "3,การพัฒนาการเมืองและการบริหาร,0,0,-,0,-,0,-,0,-,0,-,0,-,0,0,-,0,-,0,0,-,0,-,0,-,0,-,0");
  g_assert_cmpstr (lines[4], ==,
                   ",รวมทั้งสิ้น,10,4,40.00,3,30.00,1,10.00,1,10.00,1,10.00,0,0.00,"
                   "4285000.50,3549900,82.84,1363400,31.82,7,3,42.86,1,14.29,2,28.57,1,14.29,2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/status-csv/export", test_export);
  g_test_add_func ("/status-csv/round-trip", test_round_trip);
  g_test_add_func ("/status-csv/round-trip-changed", test_round_trip_changed);
  g_test_add_func ("/status-csv/import-values", test_import_values);
  g_test_add_func ("/status-csv/import-partial", test_import_partial);
  g_test_add_func ("/status-csv/import-errors", test_import_errors);
  g_test_add_func ("/status-csv/import-header-errors", test_import_header_errors);
  g_test_add_func ("/status-csv/import-text-checks", test_import_text_checks);
  g_test_add_func ("/status-csv/report-table", test_report_csv);

  return g_test_run ();
}
