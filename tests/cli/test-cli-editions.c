/* test-cli-editions.c: phaen edition, import-csv --into, export-pdf
 * --edition and phaen diff, run as separate processes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "io/phaen-file.h"
#include "model/phaen-plan-editions.h"

#include "cli-test-util.h"

typedef struct
{
  char *dir;
  char *plan;     /* a copy of the sample plan */
  char *csv;      /* two more projects */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *sample = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  static const char csv[] =
    "strategy,program,kind,project,budget,location,unit,months\n"
    "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐานและผังเมือง,แผนงานอุตสาหกรรมและการโยธา,project,"
    "โครงการก่อสร้างรางระบายน้ำ ซอยวัดใหม่,\"750,000\",ซอยวัดใหม่,กองช่าง,ก.พ.-เม.ย.\n"
    "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐานและผังเมือง,แผนงานอุตสาหกรรมและการโยธา,project,"
    "โครงการติดตั้งไฟฟ้าส่องสว่าง ถนนเลียบคลอง,\"320,000\",ถนนเลียบคลอง,กองช่าง,มี.ค.\n";

  fixture->dir = g_dir_make_tmp ("phaen-editions-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->plan = g_build_filename (fixture->dir, "plan.phaen", NULL);
  fixture->csv = g_build_filename (fixture->dir, "more.csv", NULL);

  g_file_get_contents (sample, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (fixture->plan, contents, length, &error);
  g_assert_no_error (error);
  g_file_set_contents (fixture->csv, csv, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->plan);
  g_free (fixture->csv);
}

static guint
n_projects (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (phaen_plan_get_projects (plan));
}

/* The whole way of an addition: start, import, adopt, list, print; then
 * what is refused. */
static void
test_addition_workflow (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(RunResult) r = { 0 };
  g_autofree char *pdf = g_build_filename (fixture->dir, "addition.pdf", NULL);
  g_autofree char *expected = NULL;
  guint before = n_projects (fixture->plan);

  RUN (&r, "edition", "start", fixture->plan, "--kind", "addition");
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  expected = g_strdup_printf ("Addition 1 started in %s: changes to its projects are now this "
                              "edition’s until it is adopted (phaen edition adopt)\n", fixture->plan);
  g_assert_cmpstr (r.out, ==, expected);
  g_clear_pointer (&expected, g_free);

  RUN (&r, "import-csv", fixture->csv, "--into", fixture->plan);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  expected = g_strdup_printf ("2 projects added to %s, in Addition 1\n", fixture->plan);
  g_assert_cmpstr (r.out, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_cmpuint (n_projects (fixture->plan), ==, before + 2);

  RUN (&r, "edition", "adopt", fixture->plan, "--date", "2026-01-20");
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Addition 1 adopted on 2026-01-20\n");

  RUN (&r, "edition", "list", fixture->plan);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "#  Edition          Adopted     Added  Changed  Removed\n"
                   "-------------------------------------------------------\n"
                   "0  Plan as adopted  2025-10-24                         \n"
                   "1  Addition 1       2026-01-20      2        0        0\n");

  /* A change now needs a new edition: refused, nothing written. */
  RUN (&r, "import-csv", fixture->csv, "--into", fixture->plan);
  g_assert_cmpint (r.status, ==, 1);
  expected = g_strdup_printf ("%s: Addition 1 of this plan has been adopted, so its projects and lists "
                              "can change only through a new addition or amendment. Start one first.\n",
                              fixture->plan);
  g_assert_cmpstr (r.err, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_cmpuint (n_projects (fixture->plan), ==, before + 2);

  RUN (&r, "edition", "adopt", fixture->plan, "--date", "2026-02-01");
  g_assert_cmpint (r.status, ==, 1);
  expected = g_strdup_printf ("%s: No addition or amendment is open: start one first (phaen edition start)\n",
                              fixture->plan);
  g_assert_cmpstr (r.err, ==, expected);
  g_clear_pointer (&expected, g_free);

  /* Its document. */
  RUN (&r, "export-pdf", fixture->plan, "--edition", "1", "-o", pdf);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  RUN (&r, "export-pdf", fixture->plan, "--edition", "2", "-o", pdf);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "there is no edition 2: the plan has 1 addition or amendment"));
}

static void
test_amendment_number (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(RunResult) r = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  PhaenEdition *edition;

  RUN (&r, "edition", "start", fixture->plan, "--kind", "แก้ไข", "--number", "๒/๒๕๖๙");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Amendment 2/2569 started in "));

  /* Starting another while this one is open is refused. */
  RUN (&r, "edition", "start", fixture->plan, "--kind", "addition");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Amendment 2/2569 is still open"));

  RUN (&r, "edition", "adopt", fixture->plan, "--date", "2026-02-10",
       "--signer", "นายสมปอง มีสุข", "--position", "รองนายกเทศมนตรี ปฏิบัติราชการแทน");
  /* It changes nothing yet. */
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Amendment 2/2569 changes nothing yet"));

  plan = phaen_file_load (fixture->plan, &error);
  g_assert_no_error (error);
  edition = phaen_plan_get_open_edition (plan);
  g_assert_nonnull (edition);
  g_assert_cmpuint (phaen_edition_get_number (edition), ==, 2);
  g_assert_cmpuint (phaen_edition_get_number_year (edition), ==, 2569);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(RunResult) r = { 0 };

  RUN (&r, "edition", "start", fixture->plan);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "the kind is missing"));

  RUN (&r, "edition", "start", fixture->plan, "--kind", "supplement");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown kind “supplement”"));

  RUN (&r, "edition", "start", fixture->plan, "--kind", "addition", "--number", "0");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "“0” is not an edition number"));

  RUN (&r, "edition", "start", fixture->plan, "--kind", "addition", "--date", "2026-01-01");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "“edition start” takes no option --date"));

  RUN (&r, "edition", "adopt", fixture->plan);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "the date is missing"));

  RUN (&r, "edition", "publish", fixture->plan);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown action “publish”"));

  RUN (&r, "edition", "list");
  g_assert_cmpint (r.status, ==, 2);

  RUN (&r, "import-csv", fixture->csv, "--into", fixture->plan, "-o", "x.phaen");
  g_assert_cmpint (r.status, ==, 2);

  RUN (&r, "export-pdf", fixture->plan, "--edition", "last", "-o", "x.pdf");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown edition “last”"));

  RUN (&r, "diff", fixture->plan, fixture->plan, "--format", "html");
  g_assert_cmpint (r.status, ==, 2);

  RUN (&r, "edition", "--help");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "phaen edition start plan-2569.phaen --kind addition"));
}

/* A bad date is the officer's input: exit 1, the file untouched. */
static void
test_bad_date (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(RunResult) r = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  RUN (&r, "edition", "start", fixture->plan, "--kind", "addition");
  g_assert_cmpint (r.status, ==, 0);
  RUN (&r, "import-csv", fixture->csv, "--into", fixture->plan);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (fixture->plan, &before, NULL, NULL));

  RUN (&r, "edition", "adopt", fixture->plan, "--date", "2026-02-30");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "“2026-02-30” is not a date (YYYY-MM-DD, Common Era)"));
  RUN (&r, "edition", "adopt", fixture->plan, "--date", "2025-10-01");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "cannot be adopted on 2025-10-01, before 2025-10-24"));

  g_assert_true (g_file_get_contents (fixture->plan, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

/* phaen diff of two known plans: the adopted plan of
 * tests/data/xml/editions-1.phaen and the plan with all its editions. */
static void
test_diff (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "xml", "editions-1.phaen", NULL);
  g_autofree char *old_path = g_build_filename (fixture->dir, "old.phaen", NULL);
  g_autofree char *new_path = g_build_filename (fixture->dir, "new.phaen", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "changes.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  g_autoptr(PhaenPlan) adopted = NULL;
  g_autoptr(PhaenPlan) now = NULL;
  g_auto(RunResult) r = { 0 };

  g_assert_no_error (error);
  adopted = phaen_plan_rebuild_at_edition (plan, 0, &error);
  g_assert_no_error (error);
  now = phaen_plan_rebuild_at_edition (plan, 3, &error);
  g_assert_no_error (error);
  g_assert_true (phaen_file_save (adopted, old_path, &error));
  g_assert_true (phaen_file_save (now, new_path, &error));

  RUN (&r, "diff", old_path, new_path);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "Projects added (2):\n"
                   "  p6  ซ่อมแซมศาลาประชาคม\n"
                   "  p5  รณรงค์ป้องกันโรคไข้เลือดออก\n"
                   "Projects removed (1):\n"
                   "  p2  ขุดลอกคลองสาธารณะ\n"
                   "Projects moved (1):\n"
                   "  p4  เครื่องคอมพิวเตอร์: position 4 → 1\n"
                   "Projects changed (1):\n"
                   "  p1  ก่อสร้างถนน คสล. หมู่ที่ 1\n"
                   "      budget: 500,000 → 650,000\n"
                   "      location: (empty) → หมู่ที่ 1 และหมู่ที่ 2\n"
                   "      months: ต.ค.-ธ.ค. → พ.ย.-ม.ค.\n"
                   "Other changes (2):\n"
                   "  changed responsible unit u1: name: กองช่าง → กองช่างโยธา\n"
                   "  added responsible unit u3 “กองสาธารณสุขและสิ่งแวดล้อม”\n");

  RUN (&r, "diff", old_path, new_path, "--format", "csv", "-o", csv_path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==,
                   "change,of,id,name,field,old,new\n"
                   "changed,unit,u1,กองช่างโยธา,name,กองช่าง,กองช่างโยธา\n"
                   "added,unit,u3,กองสาธารณสุขและสิ่งแวดล้อม,,,\n"
                   "removed,project,p2,ขุดลอกคลองสาธารณะ,,,\n"
                   "moved,project,p4,เครื่องคอมพิวเตอร์,position,4,1\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,budget,500000,650000\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,location,,หมู่ที่ 1 และหมู่ที่ 2\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,schedule,ต.ค.-ธ.ค.,พ.ย.-ม.ค.\n"
                   "added,project,p6,ซ่อมแซมศาลาประชาคม,,,\n"
                   "added,project,p5,รณรงค์ป้องกันโรคไข้เลือดออก,,,\n");

  /* The other way round, and a plan against itself. */
  RUN (&r, "diff", new_path, old_path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Projects added (1):\n  p2  ขุดลอกคลองสาธารณะ\n"
                                          "Projects removed (2):\n"));
  RUN (&r, "diff", old_path, old_path);
  g_assert_cmpstr (r.out, ==, "No differences\n");

  RUN (&r, "diff", old_path, "missing.phaen");
  g_assert_cmpint (r.status, ==, 1);
}

/* phaen diff of two known plans kept as files (tests/data/xml/diff-a and
 * diff-b.phaen: b is a with p2 removed, p4 moved to the front, p5 added,
 * p1's activities, budget, place and months and p3's program, unit and
 * source changed, unit u1 renamed, unit u3 and strategy s3 added), as
 * text and as CSV (multi-line and quoted values). */
static void
test_diff_known (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *a = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "xml", "diff-a.phaen", NULL);
  g_autofree char *b = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "xml", "diff-b.phaen", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "changes.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(RunResult) r = { 0 };

  RUN (&r, "diff", a, b);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "Projects added (1):\n"
                   "  p5  รณรงค์ป้องกันโรคไข้เลือดออก\n"
                   "Projects removed (1):\n"
                   "  p2  ขุดลอกคลองสาธารณะ\n"
                   "Projects moved (1):\n"
                   "  p4  เครื่องคอมพิวเตอร์: position 4 → 1\n"
                   "Projects changed (2):\n"
                   "  p1  ก่อสร้างถนน คสล. หมู่ที่ 1\n"
                   "      activities: ถนนกว้าง 4 เมตร / ยาว 200 เมตร → ถนนกว้าง 5 เมตร / ยาว 240 เมตร\n"
                   "      budget: 500,000 → 612,500.50\n"
                   "      location: หมู่ที่ 1 → หมู่ที่ 1, 2 \"บ้านใหม่\"\n"
                   "      months: ต.ค.-ธ.ค. → พ.ย.-ม.ค.\n"
                   "  p3  อาหารกลางวันนักเรียน\n"
                   "      program: แผนงานการศึกษา → แผนงานสาธารณสุข\n"
                   "      responsible unit: กองการศึกษา → กองสาธารณสุขและสิ่งแวดล้อม\n"
                   "      funding source: เทศบัญญัติงบประมาณรายจ่าย → เงินอุดหนุนเฉพาะกิจ\n"
                   "Other changes (3):\n"
                   "  added strategy s3 “การพัฒนาการบริหารจัดการ”\n"
                   "  changed responsible unit u1: name: กองช่าง → กองช่างโยธา\n"
                   "  added responsible unit u3 “กองสาธารณสุขและสิ่งแวดล้อม”\n");

  RUN (&r, "diff", a, b, "--format", "csv", "-o", csv_path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==,
                   "change,of,id,name,field,old,new\n"
                   "added,strategy,s3,การพัฒนาการบริหารจัดการ,,,\n"
                   "changed,unit,u1,กองช่างโยธา,name,กองช่าง,กองช่างโยธา\n"
                   "added,unit,u3,กองสาธารณสุขและสิ่งแวดล้อม,,,\n"
                   "removed,project,p2,ขุดลอกคลองสาธารณะ,,,\n"
                   "moved,project,p4,เครื่องคอมพิวเตอร์,position,4,1\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,activities,"
                   "\"ถนนกว้าง 4 เมตร\nยาว 200 เมตร\",\"ถนนกว้าง 5 เมตร\nยาว 240 เมตร\"\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,budget,500000,612500.50\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,location,หมู่ที่ 1,\"หมู่ที่ 1, 2 \"\"บ้านใหม่\"\"\"\n"
                   "changed,project,p1,ก่อสร้างถนน คสล. หมู่ที่ 1,schedule,ต.ค.-ธ.ค.,พ.ย.-ม.ค.\n"
                   "changed,project,p3,อาหารกลางวันนักเรียน,program,g3,g4\n"
                   "changed,project,p3,อาหารกลางวันนักเรียน,unit,u2,u3\n"
                   "changed,project,p3,อาหารกลางวันนักเรียน,source,เทศบัญญัติงบประมาณรายจ่าย,เงินอุดหนุนเฉพาะกิจ\n"
                   "added,project,p5,รณรงค์ป้องกันโรคไข้เลือดออก,,,\n");

  /* Unknown format: a usage error, nothing written. */
  RUN (&r, "diff", a, b, "--format", "pdf");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown format “pdf”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/cli/editions/addition-workflow", Fixture, NULL,
              fixture_set_up, test_addition_workflow, fixture_tear_down);
  g_test_add ("/cli/editions/amendment-number", Fixture, NULL,
              fixture_set_up, test_amendment_number, fixture_tear_down);
  g_test_add ("/cli/editions/usage-errors", Fixture, NULL,
              fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli/editions/bad-date", Fixture, NULL,
              fixture_set_up, test_bad_date, fixture_tear_down);
  g_test_add ("/cli/editions/diff", Fixture, NULL,
              fixture_set_up, test_diff, fixture_tear_down);
  g_test_add ("/cli/editions/diff-known", Fixture, NULL,
              fixture_set_up, test_diff_known, fixture_tear_down);

  return g_test_run ();
}
