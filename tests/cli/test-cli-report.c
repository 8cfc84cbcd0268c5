/* test-cli-report.c: phaen report, export-status and import-status, run
 * as separate processes
 *
 * The figures expected from the fixture tests/data/report/
 * monitoring-2569.phaen are those worked out by hand in
 * tests/model/test-report.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"

static char *
fixture_path (void)
{
  return g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "report", "monitoring-2569.phaen", NULL);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* A folder with a copy of the fixture as plan.phaen; returns the folder. */
static char *
work_folder (char **plan_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = fixture_path ();
  g_autofree char *contents = read_text (fixture);
  char *dir = g_dir_make_tmp ("phaen-cli-report-XXXXXX", &error);

  g_assert_no_error (error);
  *plan_path = g_build_filename (dir, "plan.phaen", NULL);
  write_text (*plan_path, contents);

  return dir;
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* Every line of @err is a font warning (the machine may lack TH Sarabun). */
static void
assert_only_font_warnings (const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_assert_nonnull (strstr (lines[i], "font"));
}

/* ---- report ------------------------------------------------------------ */

static void
test_report_pdf (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = NULL;
  g_autofree char *dir = work_folder (&plan);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *pdf12 = g_build_filename (dir, "report-12.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *contents12 = NULL;
  gsize length = 0, length12 = 0;

  RUN (&run, "report", plan, "--round", "6", "-o", pdf);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  assert_only_font_warnings (run.err);

  g_file_get_contents (pdf, &contents, &length, NULL);
  g_assert_nonnull (contents);
  g_assert_true (g_str_has_prefix (contents, "%PDF-1.5"));
  g_assert_cmpuint (length, >, 10000);

  /* Thai digits, another round: another document. */
  run_result_clear (&run);
  RUN (&run, "report", plan, "--round", "๑๒", "--digits", "arabic", "-o", pdf12);
  g_assert_cmpint (run.status, ==, 0);
  g_file_get_contents (pdf12, &contents12, &length12, NULL);
  g_assert_nonnull (contents12);
  g_assert_false (length == length12 && memcmp (contents, contents12, length) == 0);

  remove_folder (dir);
}

/* The CSV of the figures, 6-month round: the hand-computed values. */
static void
test_report_csv (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = fixture_path ();
  g_auto(GStrv) lines = NULL;

  RUN (&run, "report", plan, "--round", "6", "--format", "csv");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_true (g_str_has_prefix (lines[0], "number,strategy,planned,completed,completed_percent,"));
  /* strategy 2: 5 projects, completed 3 (60.00), in progress 2 (40.00);
   * budget 335,000, contracted 129,900 (38.78), disbursed 213,400
   * (63.70); due 4, on time 2 (50.00), late 1, not recorded 1 (25.00);
   * not due 1 */
  g_assert_cmpstr (lines[2], ==,
                   "2,การพัฒนาคุณภาพชีวิต,5,3,60.00,2,40.00,0,0.00,0,0.00,0,0.00,0,0.00,"
                   "335000,129900,38.78,213400,63.70,4,2,50.00,0,0.00,1,25.00,1,25.00,1");
  g_assert_true (g_str_has_prefix (lines[4], ",รวมทั้งสิ้น,10,4,40.00,3,30.00,"));
  g_assert_cmpstr (lines[5], ==, "");
}

static void
test_report_csv_file (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = NULL;
  g_autofree char *dir = work_folder (&plan);
  g_autofree char *csv = g_build_filename (dir, "report.csv", NULL);
  g_autofree char *text = NULL;

  /* 12 months: due 9 in all, on time 3 (33.33) … */
  RUN (&run, "report", plan, "-r", "12", "-f", "csv", "-o", csv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  text = read_text (csv);
  g_assert_nonnull (strstr (text, "\n,รวมทั้งสิ้น,10,4,40.00,3,30.00,1,10.00,1,10.00,1,10.00,0,0.00,"
                                  "4285000.50,3549900,82.84,1363400,31.82,9,3,33.33,2,22.22,3,33.33,1,11.11,0\n"));

  remove_folder (dir);
}

static void
test_report_usage (void)
{
  g_autofree char *plan = fixture_path ();
  static const struct
  {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "report", NULL, "-o", "x.pdf" }, "the round is missing: add --round 6 or --round 12" },
    { { "report", NULL, "--round", "7", "-o", "x.pdf" }, "unknown round “7”: use 6 or 12" },
    { { "report", NULL, "--round", "6" }, "the output file is missing: add -o OUT.pdf" },
    { { "report", NULL, "--round", "6", "--format", "xml" }, "unknown format “xml”: use pdf or csv" },
    { { "report", NULL, "--round", "6", "--digits", "roman", "-o", "x.pdf" }, "unknown digits “roman”: use thai or arabic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RunResult) run = { 0 };
      const char *args[9] = { 0 };

      for (guint k = 0; k < 8 && (k == 1 || cases[i].args[k] != NULL); k++)
        args[k] = k == 1 ? plan : cases[i].args[k];
      run_argv (&run, args);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, cases[i].message));
    }

  {
    g_auto(RunResult) run = { 0 };

    RUN (&run, "report", "/nonexistent/plan.phaen", "--round", "6", "--format", "csv");
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "/nonexistent/plan.phaen"));
  }
  {
    g_auto(RunResult) run = { 0 };

    RUN (&run, "report", "--help");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--round"));
    g_assert_nonnull (strstr (run.out, "phaen report plan-2569.phaen --round 6 -o report-6.pdf"));
  }
}

/* ---- export-status / import-status -------------------------------------- */

static void
test_status_round_trip (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = NULL;
  g_autofree char *dir = work_folder (&plan);
  g_autofree char *csv = g_build_filename (dir, "status.csv", NULL);
  g_autofree char *backup = g_strconcat (plan, "~", NULL);
  g_autofree char *before = read_text (plan);
  g_autofree char *after = NULL;
  g_autofree char *template = NULL;

  RUN (&run, "export-status", plan, "-o", csv);
  g_assert_cmpint (run.status, ==, 0);
  template = read_text (csv);
  g_assert_true (g_str_has_prefix (template, "id,project,status,contracted,disbursed,progress,actual_months,remarks\n"));
  g_assert_nonnull (strstr (template, "\np1,ก่อสร้างถนน คสล. ม.5 ยาว 200 ม.,completed,950000,950000,100,ต.ค.-ธ.ค.,ตรวจรับงานแล้ว\n"));

  /* Read back unchanged: nothing to save, no backup made. */
  run_result_clear (&run);
  RUN (&run, "import-status", plan, csv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  after = read_text (plan);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  remove_folder (dir);
}

static void
test_status_import (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = NULL;
  g_autofree char *dir = work_folder (&plan);
  g_autofree char *csv = g_build_filename (dir, "status.csv", NULL);
  g_autofree char *backup = g_strconcat (plan, "~", NULL);
  g_autofree char *before = read_text (plan);
  g_autofree char *kept = NULL;
  g_autofree char *template = NULL;

  /* Thai headings and labels; p3 started, p9 finished. */
  write_text (csv,
              "รหัส,โครงการ,สถานะ,จำนวนเงินตามสัญญา,จำนวนเงินที่เบิกจ่าย,ความก้าวหน้า (ร้อยละ),เดือนที่ดำเนินการจริง,หมายเหตุ\n"
              "p3,,อยู่ระหว่างดำเนินการ,\"290,000\",0,10%,เม.ย.,เริ่มงาน\n"
              ",แข่งขันกีฬาต้านยาเสพติด,ดำเนินการแล้วเสร็จ,,\"55,000\",100,ธ.ค.,\n");
  RUN (&run, "import-status", plan, csv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  /* The previous file is kept as FILE~. */
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, before);

  run_result_clear (&run);
  RUN (&run, "export-status", plan, "-o", csv);
  g_assert_cmpint (run.status, ==, 0);
  template = read_text (csv);
  g_assert_nonnull (strstr (template, "\np3,ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ,in-progress,290000,0,10,เม.ย.,เริ่มงาน\n"));
  g_assert_nonnull (strstr (template, "\np9,แข่งขันกีฬาต้านยาเสพติด,completed,0,55000,100,ธ.ค.,\n"));

  /* The report sees it: completed 5 of 10 now. */
  run_result_clear (&run);
  RUN (&run, "report", plan, "--round", "6", "--format", "csv");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\n,รวมทั้งสิ้น,10,5,50.00,3,30.00,0,0.00,"));

  remove_folder (dir);
}

static void
test_status_errors (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *plan = NULL;
  g_autofree char *dir = work_folder (&plan);
  g_autofree char *csv = g_build_filename (dir, "status.csv", NULL);
  g_autofree char *backup = g_strconcat (plan, "~", NULL);
  g_autofree char *before = read_text (plan);
  g_autofree char *after = NULL;

  write_text (csv,
              "id,status,disbursed\n"
              "p1,completed,950000\n"
              "p2,finished,0\n"
              "p77,completed,0\n"
              "p8,in-progress,1x\n");
  RUN (&run, "import-status", plan, csv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, csv));
  g_assert_nonnull (strstr (run.err, "status.csv:3: status: “finished” is not a status"));
  g_assert_nonnull (strstr (run.err, "status.csv:4: id: no project of the plan has the id “p77”"));
  g_assert_nonnull (strstr (run.err, "status.csv:5: disbursed: "));

  /* All or nothing: the file is untouched, no backup. */
  after = read_text (plan);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Usage: two files needed. */
  run_result_clear (&run);
  RUN (&run, "import-status", plan);
  g_assert_cmpint (run.status, ==, 2);

  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-report/report-pdf", test_report_pdf);
  g_test_add_func ("/cli-report/report-csv", test_report_csv);
  g_test_add_func ("/cli-report/report-csv-file", test_report_csv_file);
  g_test_add_func ("/cli-report/report-usage", test_report_usage);
  g_test_add_func ("/cli-report/status-round-trip", test_status_round_trip);
  g_test_add_func ("/cli-report/status-import", test_status_import);
  g_test_add_func ("/cli-report/status-errors", test_status_errors);

  return g_test_run ();
}
