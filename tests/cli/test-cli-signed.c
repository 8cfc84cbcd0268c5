/* test-cli-signed.c: phaen set-emblem, words, announcement, set and
 * export-pdf --pd02-flow, run as separate processes on a copy of the
 * sample plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io/phaen-file.h"
#include "model/phaen-emblem.h"
#include "model/phaen-words.h"

#include "cli-test-util.h"

static char *folder;
static char *plan_path;

/* A fresh copy of the sample for each test. */
static void
setup_plan (void)
{
  g_autofree char *sample = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (sample, &contents, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&plan_path, g_free);
  plan_path = g_build_filename (folder, "plan.phaen", NULL);
  g_file_set_contents (plan_path, contents, -1, &error);
  g_assert_no_error (error);
  backup = g_strconcat (plan_path, "~", NULL);
  g_remove (backup);
}

static PhaenPlan *
load_plan (void)
{
  g_autoptr(GError) error = NULL;
  PhaenPlan *plan = phaen_file_load (plan_path, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
emblem_path (const char *name)
{
  return g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "emblems", name, NULL);
}

static void
test_set_emblem (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *svg = emblem_path ("emblem.svg");
  g_autofree char *jpeg = emblem_path ("emblem.jpg");
  g_autofree char *text = emblem_path ("not-an-image.png");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  setup_plan ();
  g_file_get_contents (plan_path, &before, NULL, NULL);

  /* Nothing yet. */
  RUN (&run, "set-emblem", plan_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Garuda emblem: none\nSeal of the organisation: none\n");

  RUN (&run, "set-emblem", plan_path, "--garuda", svg, "--seal", jpeg);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Garuda emblem: image/svg+xml, 592 bytes, 200 × 240 pixels\n"));
  g_assert_nonnull (strstr (run.out, "Seal of the organisation: image/jpeg, "));
  {
    g_autoptr(PhaenPlan) plan = load_plan ();

    g_assert_nonnull (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA));
    g_assert_nonnull (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_SEAL));
  }

  /* A non-image: refused with the file's name, the plan unchanged. */
  g_file_get_contents (plan_path, &after, NULL, NULL);
  RUN (&run, "set-emblem", plan_path, "--seal", "none", "--garuda", text);
  g_assert_cmpint (run.status, ==, 1);
  g_test_message ("%s", run.err);
  g_assert_nonnull (strstr (run.err, "not-an-image.png: not an image Phaen can print: choose a PNG, JPEG or SVG file"));
  {
    g_autofree char *now = NULL;

    g_file_get_contents (plan_path, &now, NULL, NULL);
    g_assert_cmpstr (now, ==, after);
  }

  /* Removed: the file is byte for byte as it was. */
  RUN (&run, "set-emblem", plan_path, "--garuda", "none", "--seal", "none");
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autofree char *now = NULL;

    g_file_get_contents (plan_path, &now, NULL, NULL);
    g_assert_cmpstr (now, ==, before);
  }
}

static void
test_words (void)
{
  g_auto(RunResult) run = { 0 };

  setup_plan ();
  RUN (&run, "words", plan_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");

  RUN (&run, "words", plan_path, "--add", "ห้วยกระเจียวงาม", "--add", " วัดโพธิ์ทอง ");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ห้วยกระเจียวงาม\nวัดโพธิ์ทอง\n");

  RUN (&run, "words", plan_path, "--remove", "ห้วยกระเจียวงาม", "--add", "ห้วยกระเจียวงามใหม่");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "วัดโพธิ์ทอง\nห้วยกระเจียวงามใหม่\n");

  /* All or nothing. */
  RUN (&run, "words", plan_path, "--add", "ดี", "--add", "ก");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“ก” is a single character"));
  RUN (&run, "words", plan_path, "--remove", "ไม่มีคำนี้");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "plan.phaen: “ไม่มีคำนี้” is not in the word list"));
  {
    g_autoptr(PhaenPlan) plan = load_plan ();

    g_assert_cmpstr (phaen_plan_get_text (plan, "word-list"), ==, "วัดโพธิ์ทอง\nห้วยกระเจียวงามใหม่");
  }
}

static void
test_announcement (void)
{
  g_auto(RunResult) run = { 0 };

  setup_plan ();
  RUN (&run, "announcement", plan_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Paragraph 1, composed from the facts:\nด้วยเทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (run.out, "เมื่อวันที่ 15 กันยายน 2568"));

  RUN (&run, "announcement", plan_path, "--amendments", "(ฉบับที่ 4) พ.ศ. 2563, 2/2559, 3/2561",
       "--considered-by", "คณะกรรมการพัฒนาเทศบาล", "--considered-date", "2025-10-21");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "(ฉบับที่ 3) พ.ศ. 2561 และ (ฉบับที่ 4) พ.ศ. 2563"));
  g_assert_nonnull (strstr (run.out, "ซึ่งคณะกรรมการพัฒนาเทศบาลได้พิจารณาแล้วในการประชุมเมื่อวันที่ 21 ตุลาคม 2568"));
  {
    g_autoptr(PhaenPlan) plan = load_plan ();

    g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561, 4/2563");
    g_assert_cmpstr (phaen_plan_get_text (plan, "considered-date"), ==, "2025-10-21");
  }

  /* A bad date: refused, naming the option; nothing saved. */
  RUN (&run, "announcement", plan_path, "--clauses", "26", "--budget-ordinance-date", "15/9/2568");
  g_assert_cmpint (run.status, ==, 1);
  g_test_message ("%s", run.err);
  g_assert_true (g_str_has_prefix (run.err, "--budget-ordinance-date: “15/9/2568” is not a date"));
  {
    g_autoptr(PhaenPlan) plan = load_plan ();

    g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-clauses"), ==, "26, 27");
  }
}

static void
test_set_flow (void)
{
  g_auto(RunResult) run = { 0 };
  g_autofree char *pdf = g_build_filename (folder, "plan.pdf", NULL);

  setup_plan ();
  RUN (&run, "set", plan_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "pd02-flow: page-per-group\n");

  RUN (&run, "set", plan_path, "--pd02-flow", "continuous");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "pd02-flow: continuous\n");
  {
    g_autoptr(PhaenPlan) plan = load_plan ();

    g_assert_cmpint (phaen_plan_get_pd02_flow (plan), ==, PHAEN_GROUP_FLOW_CONTINUOUS);
  }

  RUN (&run, "set", plan_path, "--pd02-flow", "diagonal");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "unknown flow “diagonal”"));

  RUN (&run, "export-pdf", plan_path, "-o", pdf, "--pd02-flow", "sideways");
  g_assert_cmpint (run.status, ==, 2);
  RUN (&run, "export-pdf", plan_path, "-o", pdf, "--pd02-flow", "page-per-group");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_remove (pdf);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  folder = g_dir_make_tmp ("phaen-cli-signed-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli-signed/set-emblem", test_set_emblem);
  g_test_add_func ("/cli-signed/words", test_words);
  g_test_add_func ("/cli-signed/announcement", test_announcement);
  g_test_add_func ("/cli-signed/set-flow", test_set_flow);

  ret = g_test_run ();

  {
    g_autofree char *backup = g_strconcat (plan_path, "~", NULL);

    g_remove (backup);
    g_remove (plan_path);
    g_rmdir (folder);
  }
  g_free (plan_path);
  g_free (folder);
  return ret;
}
