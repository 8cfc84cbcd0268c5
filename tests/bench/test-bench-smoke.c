/* test-bench-smoke.c: phaen-bench runs on a small plan and prints its
 * figures in the documented "name<TAB>value<TAB>unit" form. The values
 * themselves (timings) are never checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>

static void
test_bench_smoke (void)
{
  const char *argv[] = { PHAEN_BENCH_EXE, "--projects", "50", NULL };
  static const char * const required[] = {
    "csv_import_ms", "xml_save_ms", "xml_load_ms", "summary_ms", "csv_export_ms", "report_ms",
    "peak_rss_mb", "timeline_frame_ms_200", "timeline_frame_ms_20000",
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRegex) line_re = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stderr: %s", err);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);

  line_re = g_regex_new ("^([a-z][a-z0-9_]*)\t([0-9]+(\\.[0-9]+)?)\t([A-Za-z]+)$", 0, 0, &error);
  g_assert_no_error (error);

  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 1);
  /* output ends with a newline: the last piece is empty */
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");

  for (guint i = 0; lines[i + 1] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_regex_match (line_re, lines[i], 0, &match))
        g_error ("malformed line %u: “%s”", i + 1, lines[i]);

      /* each figure once */
      g_assert_true (g_hash_table_insert (seen, g_match_info_fetch (match, 1),
                                          g_match_info_fetch (match, 4)));
    }

  g_assert_cmpstr (g_hash_table_lookup (seen, "projects"), ==, "count");
  g_assert_true (g_str_has_prefix (out, "projects\t50\tcount\n"));
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const char *unit = g_hash_table_lookup (seen, required[i]);

      g_assert_nonnull (unit);
      g_assert_cmpstr (unit, ==, g_str_has_suffix (required[i], "_mb") ? "MB" : "ms");
    }

  /* the PDF figures come together or not at all */
  g_assert_true (g_hash_table_contains (seen, "pdf_export_ms") ==
                 g_hash_table_contains (seen, "pdf_pages"));
  if (g_hash_table_contains (seen, "pdf_pages"))
    g_assert_cmpstr (g_hash_table_lookup (seen, "pdf_pages"), ==, "pages");
  g_assert_true (g_hash_table_contains (seen, "report_pdf_ms") ==
                 g_hash_table_contains (seen, "report_pdf_pages"));
  if (g_hash_table_contains (seen, "report_pdf_pages"))
    g_assert_cmpstr (g_hash_table_lookup (seen, "report_pdf_pages"), ==, "pages");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/bench/smoke", test_bench_smoke);

  return g_test_run ();
}
