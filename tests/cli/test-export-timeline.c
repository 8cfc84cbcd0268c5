/* test-export-timeline.c: phaen export-timeline
 *
 * The files it writes (PDF pages and paper, PNG size, SVG), its usage
 * errors in the command line's style, and that a failure leaves nothing
 * behind. The drawing itself is tested in tests/render/test-timeline-*.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "phaen-fixtures.h"

typedef struct
{
  char *dir;
  char *sample;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (g_getenv ("PHAEN_EXE"));
  fixture->dir = g_dir_make_tmp ("phaen-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->sample = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->sample);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Pages of a PDF written by cairo: "/Type /Page" objects, not "/Pages". */
static guint
pdf_page_count (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *needle = "/Type /Page";
  guint count = 0;

  for (const char *p = data; p != NULL && p < data + length; p++)
    {
      p = memmem (p, length - (gsize) (p - data), needle, strlen (needle));
      if (p == NULL)
        break;
      if (p[strlen (needle)] != 's')
        count++;
    }

  return count;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return memmem (data, length, text, strlen (text)) != NULL;
}

/* Number of files in the folder (no temporary file left behind). */
static guint
n_files (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(RunResult) result = { 0 };
  g_autofree char *a4 = path_in (fixture, "timeline.pdf");
  g_autofree char *a3 = path_in (fixture, "timeline-a3.pdf");
  g_autoptr(GBytes) a4_bytes = NULL;
  g_autoptr(GBytes) a3_bytes = NULL;

  RUN (&result, "export-timeline", fixture->sample, "-o", a4, "--today", "2026-03-15");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  a4_bytes = phaen_fixture_read_file (a4);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (a4_bytes, NULL), "%PDF-"));
  g_assert_cmpuint (pdf_page_count (a4_bytes), >, 1);
  g_assert_true (bytes_contain (a4_bytes, "841.889764 595.275591"));
  run_result_clear (&result);

  RUN (&result, "export-timeline", fixture->sample, "-o", a3, "--paper", "A3", "--today", "none");
  g_assert_cmpint (result.status, ==, 0);
  a3_bytes = phaen_fixture_read_file (a3);
  g_assert_true (bytes_contain (a3_bytes, "1190.551181 841.889764"));
  /* A3 holds more rows a page. */
  g_assert_cmpuint (pdf_page_count (a3_bytes), <, pdf_page_count (a4_bytes));
  g_assert_cmpuint (n_files (fixture), ==, 2);
}

static void
test_groupings (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const groupings[] = { "program", "unit", "source" };
  g_autoptr(GPtrArray) outputs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < G_N_ELEMENTS (groupings); i++)
    {
      g_auto(RunResult) result = { 0 };
      g_autofree char *name = g_strdup_printf ("by-%s.svg", groupings[i]);
      g_autofree char *path = path_in (fixture, name);

      RUN (&result, "export-timeline", fixture->sample, "--group-by", groupings[i],
           "--today", "none", "-o", path);
      g_assert_cmpint (result.status, ==, 0);
      g_ptr_array_add (outputs, phaen_fixture_read_file (path));
      g_assert_true (bytes_contain (g_ptr_array_index (outputs, i), "<svg"));
    }

  /* Three different drawings of the same plan. */
  g_assert_false (g_bytes_equal (g_ptr_array_index (outputs, 0), g_ptr_array_index (outputs, 1)));
  g_assert_false (g_bytes_equal (g_ptr_array_index (outputs, 1), g_ptr_array_index (outputs, 2)));
  g_assert_false (g_bytes_equal (g_ptr_array_index (outputs, 0), g_ptr_array_index (outputs, 2)));
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(RunResult) result = { 0 };
  g_autofree char *png = path_in (fixture, "timeline.PNG");
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *header;
  gsize length;

  RUN (&result, "export-timeline", fixture->sample, "-o", png, "--digits", "arabic");
  g_assert_cmpint (result.status, ==, 0);
  bytes = phaen_fixture_read_file (png);
  header = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (header, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (header + 12, 4, "IHDR", 4);
  /* A4 landscape width at two pixels a point; taller than wide for 44 projects. */
  g_assert_cmpuint (read_be32 (header + 16), ==, 1684);
  g_assert_cmpuint (read_be32 (header + 20), >, 1684);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = path_in (fixture, "out.pdf");
  g_autofree char *jpg = path_in (fixture, "out.jpg");
  static const struct { const char *option; const char *value; const char *message; } cases[] = {
    { "--group-by", "strategy", "unknown grouping “strategy”: use program, unit or source" },
    { "--paper", "letter", "unknown paper “letter”: use a4 or a3" },
    { "--digits", "roman", "unknown digits “roman”: use thai or arabic" },
    { "--today", "15/03/2026", "“15/03/2026” is not a date: write it as YYYY-MM-DD (Christian era), or none" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RunResult) result = { 0 };
      g_autofree char *expected = g_strdup_printf ("phaen export-timeline: %s\n", cases[i].message);

      RUN (&result, "export-timeline", fixture->sample, "-o", out, cases[i].option, cases[i].value);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_true (g_str_has_prefix (result.err, expected));
      g_assert_nonnull (strstr (result.err, "phaen export-timeline --help"));
    }

  {
    g_auto(RunResult) result = { 0 };

    RUN (&result, "export-timeline", fixture->sample, "-o", jpg);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "cannot tell the format of"));
    g_assert_nonnull (strstr (result.err, ".pdf, .svg or .png"));
  }
  {
    g_auto(RunResult) result = { 0 };

    RUN (&result, "export-timeline", fixture->sample);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "the output file is missing"));
  }
  {
    g_auto(RunResult) result = { 0 };

    RUN (&result, "export-timeline", "-o", out);
    g_assert_cmpint (result.status, ==, 2);
  }

  /* Nothing was written. */
  g_assert_cmpuint (n_files (fixture), ==, 0);
}

static void
test_input_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *missing = path_in (fixture, "missing.phaen");
  g_autofree char *broken = path_in (fixture, "broken.phaen");
  g_autofree char *out = path_in (fixture, "out.pdf");
  g_autofree char *same = path_in (fixture, "same.pdf");
  g_autoptr(GError) error = NULL;

  {
    g_auto(RunResult) result = { 0 };

    RUN (&result, "export-timeline", missing, "-o", out);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_nonnull (strstr (result.err, missing));
  }
  {
    g_auto(RunResult) result = { 0 };

    g_file_set_contents (broken, "<plan xmlns=\"urn:phaen:plan:1\">\n  <oops>\n", -1, &error);
    g_assert_no_error (error);
    RUN (&result, "export-timeline", broken, "-o", out);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_true (g_str_has_prefix (result.err, broken));
  }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* The output may not be the input. */
  {
    g_auto(RunResult) result = { 0 };
    g_autoptr(GBytes) sample = phaen_fixture_read_file (fixture->sample);

    g_file_set_contents (same, g_bytes_get_data (sample, NULL), g_bytes_get_size (sample), &error);
    g_assert_no_error (error);
    RUN (&result, "export-timeline", same, "-o", same);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_nonnull (strstr (result.err, "the output file is the input file"));
    {
      g_autoptr(GBytes) after = phaen_fixture_read_file (same);

      g_assert_true (g_bytes_equal (after, sample));
    }
  }
  g_assert_cmpuint (n_files (fixture), ==, 2);
}

/* An existing output is replaced whole, through a temporary file. */
static void
test_replaces_output (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(RunResult) result = { 0 };
  g_autofree char *out = path_in (fixture, "timeline.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_file_set_contents (out, "old contents", -1, &error);
  g_assert_no_error (error);
  RUN (&result, "export-timeline", fixture->sample, "-o", out, "--today", "none");
  g_assert_cmpint (result.status, ==, 0);
  bytes = phaen_fixture_read_file (out);
  g_assert_false (bytes_contain (bytes, "old contents"));
  g_assert_true (bytes_contain (bytes, "</svg>"));
  g_assert_cmpuint (n_files (fixture), ==, 1);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(RunResult) result = { 0 };
  g_auto(RunResult) main_help = { 0 };

  RUN (&result, "export-timeline", "--help");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--group-by"));
  g_assert_nonnull (strstr (result.out, "--paper"));
  g_assert_nonnull (strstr (result.out, "phaen export-timeline plan-2569.phaen -o timeline.pdf"));

  RUN (&main_help, "--help");
  g_assert_nonnull (strstr (main_help.out, "export-timeline"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/export-timeline/pdf", test_pdf);
  ADD ("/cli/export-timeline/groupings", test_groupings);
  ADD ("/cli/export-timeline/png", test_png);
  ADD ("/cli/export-timeline/usage-errors", test_usage_errors);
  ADD ("/cli/export-timeline/input-errors", test_input_errors);
  ADD ("/cli/export-timeline/replaces-output", test_replaces_output);
  ADD ("/cli/export-timeline/help", test_help);
#undef ADD

  return g_test_run ();
}
