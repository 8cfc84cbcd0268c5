/* test-cli.c: the phaen command line, run as a separate process
 *
 * Every test spawns $PHAEN_EXE without a display and checks its exit code,
 * its output and the files it leaves behind. Expected figures are computed
 * here from the CSV with a small independent reader, not taken from the
 * library under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "io/phaen-csv.h"
#include "io/phaen-xml.h"

#define SAMPLE_NAME "chanthanimit-2569"

typedef struct
{
  int   status;   /* exit code */
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunResult, run_result_clear)

static const char *
phaen_exe (void)
{
  const char *exe = g_getenv ("PHAEN_EXE");

  g_assert_nonnull (exe);
  return exe;
}

/* Working folder and standard output of the next runs (NULL: the test's
 * own folder, and a pipe read into RunResult.out). */
static const char *run_cwd;
static const char *run_stdout_path;

/* Runs argv (NULL-terminated, without the program) with no display. */
static void
run_argv (RunResult          *result,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status = 0;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_ptr_array_add (argv, (gpointer) phaen_exe ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  memset (result, 0, sizeof *result);
  if (run_stdout_path != NULL)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GSubprocess) process = NULL;

      g_subprocess_launcher_set_environ (launcher, envp);
      g_subprocess_launcher_set_cwd (launcher, run_cwd);
      g_subprocess_launcher_set_stdout_file_path (launcher, run_stdout_path);
      process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &result->err, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      result->status = g_subprocess_get_exit_status (process);
      result->out = g_strdup ("");
      return;
    }

  g_spawn_sync (run_cwd, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

#define RUN(result, ...) \
  G_STMT_START { \
    const char * const _args[] = { __VA_ARGS__, NULL }; \
    run_argv ((result), _args); \
  } G_STMT_END

static char *
sample_path (const char *extension)
{
  const char *dir = g_getenv ("PHAEN_SAMPLES");

  g_assert_nonnull (dir);
  return g_strdup_printf ("%s/%s%s", dir, SAMPLE_NAME, extension);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("phaen-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* ---- a small RFC 4180 reader, independent of the library -------------- */

static GPtrArray *
csv_parse (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean any = FALSE;
  const char *p = text;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;

  for (; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }

      if (*p == '"')
        {
          quoted = TRUE;
          any = TRUE;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          any = TRUE;
        }
      else if (*p == '\r')
        ;
      else if (*p == '\n')
        {
          if (any || field->len > 0)
            {
              g_ptr_array_add (fields, g_strdup (field->str));
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
              g_ptr_array_set_free_func (fields, g_free);
            }
          g_string_truncate (field, 0);
          any = FALSE;
        }
      else
        {
          g_string_append_c (field, *p);
          any = TRUE;
        }
    }

  g_assert_false (quoted);
  if (any || field->len > 0)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
    }

  return records;
}

static int
csv_column (GPtrArray  *records,
            const char *key)
{
  char **header = g_ptr_array_index (records, 0);

  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], key))
      return i;

  g_error ("column %s not in the CSV header", key);
  return -1;
}

/* "1,234,567.5" → 123456750 satang (Arabic digits only). */
static gint64
parse_satang (const char *text)
{
  gint64 baht = 0, satang = 0;
  int decimals = -1;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ',' || *p == ' ')
        continue;
      if (*p == '.')
        {
          g_assert_cmpint (decimals, ==, -1);
          decimals = 0;
          continue;
        }
      g_assert_true (g_ascii_isdigit (*p));
      if (decimals < 0)
        baht = baht * 10 + (*p - '0');
      else
        {
          g_assert_cmpint (decimals, <, 2);
          satang = satang * 10 + (*p - '0');
          decimals++;
        }
    }
  if (decimals == 1)
    satang *= 10;

  return baht * 100 + satang;
}

static gint64
csv_sum_budgets (GPtrArray *records)
{
  int column = csv_column (records, "budget");
  gint64 sum = 0;

  for (guint i = 1; i < records->len; i++)
    {
      char **record = g_ptr_array_index (records, i);
      sum += parse_satang (record[column]);
    }

  return sum;
}

/* Imports the sample CSV into @dir/plan.phaen. */
static char *
import_sample (const char *dir)
{
  g_auto(RunResult) r = { 0 };
  g_autofree char *csv = sample_path (".csv");
  char *out = g_build_filename (dir, "plan.phaen", NULL);

  RUN (&r, "import-csv", csv, "-o", out,
       "--organisation", "เทศบาลเมืองจันทนิมิต", "--fiscal-year", "2569",
       "--district", "เมืองจันทบุรี", "--province", "จันทบุรี");
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  return out;
}

/* ---- tests ------------------------------------------------------------ */

static void
test_help (void)
{
  static const char * const names[] = { "import-csv", "export-csv", "validate", "summary", "export-pdf" };

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "--help");
    g_assert_cmpint (r.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      g_assert_nonnull (strstr (r.out, names[i]));
  }

  {
    /* no arguments: the help, saying that the window is not there yet */
    g_auto(RunResult) r = { 0 };
    const char * const none[] = { NULL };
    run_argv (&r, none);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "import-csv"));
    g_assert_nonnull (strstr (r.out, "window"));
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(RunResult) r = { 0 };
      g_auto(RunResult) r2 = { 0 };

      RUN (&r, names[i], "--help");
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, names[i]));
      g_assert_nonnull (strstr (r.out, "Example"));
      g_assert_cmpstr (r.err, ==, "");

      RUN (&r2, "help", names[i]);
      g_assert_cmpint (r2.status, ==, 0);
      g_assert_cmpstr (r2.out, ==, r.out);
    }

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", "--help");
    g_assert_nonnull (strstr (r.out, "--organisation"));
    g_assert_nonnull (strstr (r.out, "--fiscal-year"));
    g_assert_nonnull (strstr (r.out, "--district"));
    g_assert_nonnull (strstr (r.out, "--province"));
  }

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-pdf", "--help");
    g_assert_nonnull (strstr (r.out, "--digits"));
    g_assert_nonnull (strstr (r.out, "--font"));
  }
}

static void
assert_usage_error (RunResult *r)
{
  g_assert_cmpint (r->status, ==, 2);
  g_assert_nonnull (strstr (r->err, "--help"));
  g_assert_cmpstr (r->out, ==, "");
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *csv = sample_path (".csv");
  g_autofree char *out = g_build_filename (dir, "out.phaen", NULL);

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "frobnicate");
    assert_usage_error (&r);
    g_assert_nonnull (strstr (r.err, "frobnicate"));
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "--frobnicate");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "validate", "--frobnicate", csv);
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "validate");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "summary", "a.phaen", "b.phaen");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "summary", "a.phaen", "--format", "xml");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-csv", "a.phaen");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-pdf", "a.phaen", "-o", "a.pdf", "--digits", "roman");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", csv, "-o", out, "--fiscal-year", "2569");
    assert_usage_error (&r);
    g_assert_nonnull (strstr (r.err, "--organisation"));
  }
  {
    /* a Christian-era year is refused with the Buddhist-era hint */
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", csv, "-o", out, "--organisation", "เทศบาลเมืองจันทนิมิต",
         "--fiscal-year", "2025");
    assert_usage_error (&r);
    g_assert_nonnull (strstr (r.err, "2568"));
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", csv, "-o", out, "--organisation", "เทศบาลเมืองจันทนิมิต",
         "--fiscal-year", "2800");
    assert_usage_error (&r);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", csv, "-o", out, "--organisation", "เทศบาลเมืองจันทนิมิต",
         "--fiscal-year", "สองพัน");
    assert_usage_error (&r);
  }

  /* nothing was written by any of them */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_dir_entries (dir), ==, 0);
  remove_temp_dir (dir);
}

static void
test_missing_input (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.phaen", NULL);
  g_autofree char *missing_csv = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.phaen", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: No such file or directory", missing);
  g_autofree char *expected_csv = g_strdup_printf ("%s: No such file or directory", missing_csv);

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "validate", missing);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, expected));
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "summary", missing);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, expected));
    g_assert_cmpstr (r.out, ==, "");
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", missing_csv, "-o", out,
         "--organisation", "องค์การบริหารส่วนตำบลบางพระ", "--fiscal-year", "2569");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, expected_csv));
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-csv", missing, "-o", out);
    g_assert_cmpint (r.status, ==, 1);
  }

  g_assert_cmpuint (count_dir_entries (dir), ==, 0);
  remove_temp_dir (dir);
}

static void
test_import_validate (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *csv = sample_path (".csv");
  g_autofree char *csv_text = read_file (csv);
  g_autoptr(GPtrArray) records = csv_parse (csv_text);
  g_autofree char *plan = import_sample (dir);
  g_autofree char *expected = NULL;
  g_autofree char *xml = read_file (plan);
  g_auto(RunResult) r = { 0 };

  /* the file names the organisation and the year given on the command line */
  g_assert_nonnull (strstr (xml, PHAEN_XML_NAMESPACE));
  g_assert_nonnull (strstr (xml, "เทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (xml, "2569"));
  g_assert_nonnull (strstr (xml, "town-municipality"));

  expected = g_strdup_printf ("%s: ok (%u projects)\n", plan, records->len - 1);
  RUN (&r, "validate", plan);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);

  /* importing again replaces the file and keeps the previous one as ~ */
  {
    g_auto(RunResult) r2 = { 0 };
    g_autofree char *backup = g_strconcat (plan, "~", NULL);
    g_autofree char *again = NULL;

    RUN (&r2, "import-csv", csv, "-o", plan,
         "--organisation", "เทศบาลเมืองจันทนิมิต", "--fiscal-year", "๒๕๖๙",
         "--district", "เมืองจันทบุรี", "--province", "จันทบุรี");
    g_assert_cmpint (r2.status, ==, 0);
    g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
    again = read_file (backup);
    g_assert_cmpstr (again, ==, xml);
  }

  remove_temp_dir (dir);
}

static void
test_validate_several (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = import_sample (dir);
  g_autofree char *broken = g_build_filename (dir, "broken.phaen", NULL);
  g_autofree char *prefix = NULL;
  g_auto(RunResult) r = { 0 };

  write_file (broken, "<?xml version=\"1.0\"?>\n<plan xmlns=\"" PHAEN_XML_NAMESPACE "\">\n  <unclosed>\n</plan>\n");

  RUN (&r, "validate", plan, broken);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.out, plan));
  g_assert_nonnull (strstr (r.out, ": ok ("));
  /* the library's message, starting with the file name and a line */
  prefix = g_strdup_printf ("%s:", broken);
  g_assert_true (g_str_has_prefix (r.err, prefix));
  g_assert_null (strstr (r.out, broken));

  remove_temp_dir (dir);
}

static void
test_export_csv (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = import_sample (dir);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *out2 = g_build_filename (dir, "out2.csv", NULL);
  g_autofree char *plan2 = g_build_filename (dir, "plan2.phaen", NULL);
  g_autofree char *sample_csv = sample_path (".csv");
  g_autofree char *sample_text = read_file (sample_csv);
  g_autoptr(GPtrArray) sample_records = csv_parse (sample_text);
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(PhaenPlan) loaded = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-csv", plan, "-o", out);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
  }

  /* byte for byte what the library exports for the saved plan */
  text = read_file (out);
  xml = read_file (plan);
  loaded = phaen_xml_read_from_data (xml, strlen (xml), plan, &error);
  g_assert_no_error (error);
  expected = phaen_csv_export (loaded);
  g_assert_cmpmem (text, strlen (text), g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* same projects and money as the CSV that went in */
  records = csv_parse (text);
  g_assert_cmpuint (records->len, ==, sample_records->len);
  g_assert_cmpint (csv_sum_budgets (records), ==, csv_sum_budgets (sample_records));
  {
    int in_name = csv_column (sample_records, "project");
    int out_name = csv_column (records, "project");

    /* export is in group order: look each name up */
    for (guint i = 1; i < sample_records->len; i++)
      {
        char **a = g_ptr_array_index (sample_records, i);
        gboolean found = FALSE;

        for (guint j = 1; j < records->len && !found; j++)
          found = g_str_equal (((char **) g_ptr_array_index (records, j))[out_name], a[in_name]);
        g_assert_true (found);
      }
  }

  /* the export imports again and exports identically */
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", out, "-o", plan2,
         "--organisation", "เทศบาลเมืองจันทนิมิต", "--fiscal-year", "2569");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "export-csv", plan2, "-o", out2);
    g_assert_cmpint (r.status, ==, 0);
  }
  text2 = read_file (out2);
  g_assert_cmpstr (text2, ==, text);

  /* the output may not be the input */
  {
    g_auto(RunResult) r = { 0 };
    g_autofree char *before = read_file (plan);
    g_autofree char *after = NULL;

    RUN (&r, "export-csv", plan, "-o", plan);
    g_assert_cmpint (r.status, ==, 1);
    after = read_file (plan);
    g_assert_cmpstr (after, ==, before);
  }

  remove_temp_dir (dir);
}

static void
test_summary_csv (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = import_sample (dir);
  g_autofree char *sample_csv = sample_path (".csv");
  g_autofree char *sample_text = read_file (sample_csv);
  g_autoptr(GPtrArray) sample = csv_parse (sample_text);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *total_budget = NULL;
  g_auto(RunResult) r = { 0 };
  char **total = NULL;
  gint64 expected_total = csv_sum_budgets (sample);
  gint64 subtotal_sum = 0;
  guint subtotal_projects = 0;
  guint n_strategies = 0;
  guint n_subtotals = 0;

  RUN (&r, "summary", plan, "--format", "csv");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out,
    "level,number,label,projects,projects_percent,budget,budget_percent,units\n"));

  rows = csv_parse (r.out);
  g_assert_cmpuint (rows->len, >, 2);

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (g_strv_length (row), ==, 8);
      g_assert_true (g_str_equal (row[0], "strategy") || g_str_equal (row[0], "approach") ||
                     g_str_equal (row[0], "program") || g_str_equal (row[0], "subtotal") ||
                     g_str_equal (row[0], "total"));
      /* budgets are plain: digits with an optional two-digit fraction */
      g_assert_true (g_regex_match_simple ("^[0-9]+(\\.[0-9][0-9])?$", row[5], 0, 0));
      g_assert_true (g_regex_match_simple ("^([0-9]+\\.[0-9][0-9]|-)$", row[4], 0, 0));
      g_assert_true (g_regex_match_simple ("^([0-9]+\\.[0-9][0-9]|-)$", row[6], 0, 0));

      if (g_str_equal (row[0], "strategy"))
        n_strategies++;
      if (g_str_equal (row[0], "subtotal"))
        {
          n_subtotals++;
          subtotal_sum += parse_satang (row[5]);
          subtotal_projects += (guint) g_ascii_strtoull (row[3], NULL, 10);
        }
      if (g_str_equal (row[0], "total"))
        {
          g_assert_null (total);
          total = row;
        }
    }

  g_assert_nonnull (total);
  /* the last row is the total */
  g_assert_true (total == g_ptr_array_index (rows, rows->len - 1));
  total_budget = g_strdup (total[5]);
  g_assert_cmpint (parse_satang (total_budget), ==, expected_total);
  g_assert_cmpuint ((guint) g_ascii_strtoull (total[3], NULL, 10), ==, sample->len - 1);
  g_assert_cmpstr (total[4], ==, "100.00");
  g_assert_cmpstr (total[6], ==, "100.00");
  g_assert_cmpint (subtotal_sum, ==, expected_total);
  g_assert_cmpuint (subtotal_projects, ==, sample->len - 1);

  /* one strategy and one subtotal row per distinct strategy in the CSV */
  {
    g_autoptr(GHashTable) strategies = g_hash_table_new (g_str_hash, g_str_equal);
    int column = csv_column (sample, "strategy");

    for (guint i = 1; i < sample->len; i++)
      g_hash_table_add (strategies, ((char **) g_ptr_array_index (sample, i))[column]);
    g_assert_cmpuint (n_strategies, ==, g_hash_table_size (strategies));
    g_assert_cmpuint (n_subtotals, ==, g_hash_table_size (strategies));
  }

  remove_temp_dir (dir);
}

static void
test_summary_text (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = import_sample (dir);
  g_autofree char *sample_csv = sample_path (".csv");
  g_autofree char *sample_text = read_file (sample_csv);
  g_autoptr(GPtrArray) sample = csv_parse (sample_text);
  g_auto(RunResult) r = { 0 };
  int column = csv_column (sample, "strategy");

  RUN (&r, "summary", plan);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_utf8_validate (r.out, -1, NULL));
  g_assert_nonnull (strstr (r.out, "ผด.01"));
  g_assert_nonnull (strstr (r.out, "2569"));
  g_assert_nonnull (strstr (r.out, "รวมทั้งสิ้น"));
  g_assert_nonnull (strstr (r.out, "100.00"));
  for (guint i = 1; i < sample->len; i++)
    g_assert_nonnull (strstr (r.out, ((char **) g_ptr_array_index (sample, i))[column]));

  /* the text total shows the independent sum with thousands commas */
  {
    gint64 total = csv_sum_budgets (sample);
    g_autoptr(GString) expected = g_string_new (NULL);
    g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, total / 100);
    gsize n = strlen (digits);

    for (gsize k = 0; k < n; k++)
      {
        if (k > 0 && (n - k) % 3 == 0)
          g_string_append_c (expected, ',');
        g_string_append_c (expected, digits[k]);
      }
    g_assert_nonnull (strstr (r.out, expected->str));
  }

  remove_temp_dir (dir);
}

/* An unfinished plan (a project without a unit) is reported, never
 * refused where the figures can be given: validate lists the problem and
 * exits 1, summary and export-csv work (summary warns on stderr), and
 * export-pdf still names what is missing. */
static void
test_unfinished_plan (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *sample = sample_path (".phaen");
  g_autofree char *text = read_file (sample);
  g_autofree char *plan = g_build_filename (dir, "unfinished.phaen", NULL);
  g_autofree char *csv = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GRegex) unit = g_regex_new ("(<project [^>]*?) unit=\"[^\"]*\"", 0, 0, NULL);
  g_autofree char *unfinished = g_regex_replace (unit, text, -1, 0, "\\1", G_REGEX_MATCH_DEFAULT, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(RunResult) v = { 0 };
  g_auto(RunResult) s = { 0 };
  g_auto(RunResult) c = { 0 };
  g_auto(RunResult) p = { 0 };

  g_assert_cmpstr (unfinished, !=, text);
  g_file_set_contents (plan, unfinished, -1, &error);
  g_assert_no_error (error);

  RUN (&v, "validate", plan);
  g_assert_cmpint (v.status, ==, 1);
  g_assert_nonnull (strstr (v.err, "has no unit"));

  RUN (&s, "summary", plan);
  g_assert_cmpint (s.status, ==, 0);
  g_assert_nonnull (strstr (s.out, "รวมทั้งสิ้น"));
  g_assert_nonnull (strstr (s.err, "has no unit"));
  g_assert_nonnull (strstr (s.err, "unfinished"));

  RUN (&c, "export-csv", plan, "-o", csv);
  g_assert_cmpint (c.status, ==, 0);
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));

  RUN (&p, "export-pdf", plan, "-o", pdf);
  g_assert_cmpint (p.status, ==, 1);
  g_assert_nonnull (strstr (p.err, "has no unit"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  remove_temp_dir (dir);
}

static void
test_failed_import_leaves_nothing (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.phaen", NULL);
  g_autofree char *line_ref = g_strdup_printf ("%s:3:", bad);

  write_file (bad,
              "strategy,program,kind,project,budget,unit,months\n"
              "ยุทธศาสตร์การพัฒนาด้านสังคม,แผนงานการศึกษา,project,โครงการอาหารกลางวัน,120000,กองการศึกษา,ต.ค.-ก.ย.\n"
              "ยุทธศาสตร์การพัฒนาด้านสังคม,แผนงานการศึกษา,project,โครงการวันเด็ก,หนึ่งแสนบาท,กองการศึกษา,ม.ค.\n");

  /* no output file appears */
  {
    g_auto(RunResult) r = { 0 };
    RUN (&r, "import-csv", bad, "-o", out,
         "--organisation", "เทศบาลตำบลบางพระ", "--fiscal-year", "2569");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, line_ref));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (count_dir_entries (dir), ==, 1);
  }

  /* an existing output file is not touched, and no backup is made */
  {
    g_auto(RunResult) r = { 0 };
    g_autofree char *after = NULL;
    g_autofree char *backup = g_strconcat (out, "~", NULL);

    write_file (out, "previous contents\n");
    RUN (&r, "import-csv", bad, "-o", out,
         "--organisation", "เทศบาลตำบลบางพระ", "--fiscal-year", "2569");
    g_assert_cmpint (r.status, ==, 1);
    after = read_file (out);
    g_assert_cmpstr (after, ==, "previous contents\n");
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (count_dir_entries (dir), ==, 2);
  }

  remove_temp_dir (dir);
}

static gboolean
ends_with_pdf_trailer (const char *contents,
                       gsize       length)
{
  gsize from = length > 32 ? length - 32 : 0;

  for (gsize i = from; i + 5 <= length; i++)
    if (memcmp (contents + i, "%%EOF", 5) == 0)
      return TRUE;

  return FALSE;
}

static void
test_export_pdf (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = import_sample (dir);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_auto(RunResult) r = { 0 };

  RUN (&r, "export-pdf", plan, "-o", pdf, "--digits", "thai");

  /* The renderer may not be able to render yet: either way the result
   * must be a complete PDF or no file at all. */
  g_assert_true (r.status == 0 || r.status == 1);
  if (r.status == 0)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      /* complete: the trailer is at the end (the body holds NUL bytes) */
      g_assert_true (ends_with_pdf_trailer (contents, length));
    }
  else
    {
      g_assert_cmpstr (r.err, !=, "");
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_dir_entries (dir), ==, 1);
    }

  remove_temp_dir (dir);
}

static void
test_sample_validates (void)
{
  g_autofree char *sample = sample_path (".phaen");
  g_autofree char *sample_csv = sample_path (".csv");
  g_autofree char *csv_text = read_file (sample_csv);
  g_autoptr(GPtrArray) records = csv_parse (csv_text);
  g_autofree char *expected = g_strdup_printf ("%s: ok (%u projects)\n", sample, records->len - 1);
  const char *xmllint = g_getenv ("PHAEN_XMLLINT");
  const char *schema = g_getenv ("PHAEN_SCHEMA");
  g_auto(RunResult) r = { 0 };

  RUN (&r, "validate", sample);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);

  /* the sample is edited by hand: its texts are not the defaults */
  {
    g_autofree char *xml = read_file (sample);
    g_autoptr(PhaenPlan) plan = NULL;
    g_autoptr(PhaenPlan) defaults = phaen_plan_new ();
    g_autoptr(GError) error = NULL;
    static const char * const texts[] = {
      "signer-name", "signer-position", "announcement-date", "preparing-unit",
      "budget-ordinance-date", "considered-date",
      "foreword", "introduction-text", "objectives-text", "procedure-text", "benefits-text",
    };

    plan = phaen_xml_read_from_data (xml, strlen (xml), sample, &error);
    g_assert_no_error (error);

    /* written in the current format: saving it again changes nothing
     * (regenerate it with data/samples/regenerate.py when this fails) */
    {
      g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (plan);

      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), xml, strlen (xml));
    }
    g_object_set (defaults,
                  "organisation-name", phaen_plan_get_organisation_name (plan),
                  "district", phaen_plan_get_district (plan),
                  "province", phaen_plan_get_province (plan),
                  "fiscal-year", phaen_plan_get_fiscal_year (plan),
                  NULL);
    phaen_plan_fill_default_texts (defaults);
    g_assert_cmpstr (phaen_plan_get_organisation_name (plan), ==, "เทศบาลเมืองจันทนิมิต");
    g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), ==, 2569);
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        const char *text = phaen_plan_get_text (plan, texts[i]);

        g_test_message ("checking %s", texts[i]);
        g_assert_cmpstr (text, !=, "");
        /* the default position (นายกเทศมนตรี…) is already the right one */
        if (!g_str_equal (texts[i], "signer-position"))
          g_assert_cmpstr (text, !=, phaen_plan_get_text (defaults, texts[i]));
      }
  }

  if (xmllint == NULL || schema == NULL)
    {
      g_test_skip ("xmllint not found");
      return;
    }

  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, sample, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autoptr(GError) error = NULL;
    int wait_status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &out, &err, &wait_status, &error);
    g_assert_no_error (error);
    g_test_message ("xmllint: %s", err);
    g_assert_true (WIFEXITED (wait_status));
    g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  }
}

/* Every write to standard output is checked: on a full disk the command
 * fails with a message instead of leaving a truncated file and exit 0. */
static void
test_stdout_full (void)
{
  g_autofree char *sample = sample_path (".phaen");

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  run_stdout_path = "/dev/full";
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "summary", sample, "--format", "csv");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, g_strerror (ENOSPC)));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "summary", sample);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, g_strerror (ENOSPC)));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "validate", sample);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, g_strerror (ENOSPC)));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "--help");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, g_strerror (ENOSPC)));
  }
  run_stdout_path = NULL;
}

/* "--" ends the options: it is not a file name, and what follows it may
 * start with a dash. */
static void
test_double_dash (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *sample = sample_path (".phaen");
  g_autofree char *dashed = g_build_filename (dir, "-plan.phaen", NULL);
  g_autofree char *xml = read_file (sample);

  write_file (dashed, xml);
  run_cwd = dir;
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "validate", "--", "-plan.phaen");
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "-plan.phaen: ok ("));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "export-csv", "-o", "out.csv", "--", "-plan.phaen");
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(RunResult) r = { 0 };

    /* after "--", "--" itself is a file name */
    RUN (&r, "validate", "--", "--");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "--: "));
  }
  run_cwd = NULL;

  g_assert_cmpuint (count_dir_entries (dir), ==, 2);
  g_assert_cmpint (g_remove (dashed), ==, 0);
  {
    g_autofree char *out = g_build_filename (dir, "out.csv", NULL);

    g_assert_cmpint (g_remove (out), ==, 0);
  }
  remove_temp_dir (dir);
}

/* Output through a dangling symbolic link creates the file it names; a
 * write-protected output is refused and left alone. */
static void
test_output_targets (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *sample = sample_path (".phaen");
  g_autofree char *link_path = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked.csv", NULL);

  g_assert_cmpint (symlink ("real.csv", link_path), ==, 0);
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "export-csv", sample, "-o", link_path);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_test (real, G_FILE_TEST_IS_REGULAR));
  }

  write_file (locked, "keep me\n");
  g_assert_cmpint (g_chmod (locked, 0444), ==, 0);
  {
    g_auto(RunResult) r = { 0 };
    g_autofree char *contents = NULL;

    RUN (&r, "export-csv", sample, "-o", locked);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, locked));
    contents = read_file (locked);
    g_assert_cmpstr (contents, ==, "keep me\n");
  }

  g_assert_cmpuint (count_dir_entries (dir), ==, 3);
  g_remove (link_path);
  g_remove (real);
  g_remove (locked);
  remove_temp_dir (dir);
}

/* Every CSV Phaen writes is safe to open in a spreadsheet: summary
 * --format csv and export-csv neutralise formula-like cells, and
 * import-csv reads back what export-csv wrote. */
static void
test_csv_injection (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *plan = g_build_filename (dir, "plan.phaen", NULL);
  g_autofree char *plan2 = g_build_filename (dir, "plan2.phaen", NULL);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *out2 = g_build_filename (dir, "out2.csv", NULL);
  g_autofree char *exported = NULL;
  g_autofree char *exported2 = NULL;

  write_file (csv,
              "strategy,program,project,budget,unit,location\n"
              "=HYPERLINK(\"http://x\"),แผนงานการศึกษา,-ถนน คสล.,1000,@กองช่าง,+ลานกีฬา\n");
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "import-csv", csv, "-o", plan, "--organisation", "เทศบาลตำบลบางพระ", "--fiscal-year", "2569");
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "summary", plan, "--format", "csv");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\nstrategy,1,\"'=HYPERLINK(\"\"http://x\"\")\",1,"));
    g_assert_nonnull (strstr (r.out, ",'@กองช่าง\n"));
    g_assert_null (strstr (r.out, ",=HYPERLINK"));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "export-csv", plan, "-o", out);
    g_assert_cmpint (r.status, ==, 0);
    exported = read_file (out);
    g_assert_nonnull (strstr (exported, "'-ถนน คสล."));
    g_assert_nonnull (strstr (exported, "'+ลานกีฬา"));
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "import-csv", out, "-o", plan2, "--organisation", "เทศบาลตำบลบางพระ", "--fiscal-year", "2569");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(RunResult) r = { 0 };

    RUN (&r, "export-csv", plan2, "-o", out2);
    g_assert_cmpint (r.status, ==, 0);
    exported2 = read_file (out2);
    g_assert_cmpstr (exported2, ==, exported);
  }
  {
    g_autofree char *xml = read_file (plan);
    g_autofree char *xml2 = read_file (plan2);

    g_assert_nonnull (strstr (xml, "<name>-ถนน คสล.</name>"));
    g_assert_cmpstr (xml2, ==, xml);
  }

  for (guint i = 0; i < 5; i++)
    {
      const char *files[] = { csv, plan, plan2, out, out2 };

      g_remove (files[i]);
    }
  remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/missing-input", test_missing_input);
  g_test_add_func ("/cli/import-csv/validate", test_import_validate);
  g_test_add_func ("/cli/import-csv/failure-leaves-nothing", test_failed_import_leaves_nothing);
  g_test_add_func ("/cli/validate/several", test_validate_several);
  g_test_add_func ("/cli/export-csv", test_export_csv);
  g_test_add_func ("/cli/summary/csv", test_summary_csv);
  g_test_add_func ("/cli/summary/text", test_summary_text);
  g_test_add_func ("/cli/unfinished-plan", test_unfinished_plan);
  g_test_add_func ("/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/cli/sample/validates", test_sample_validates);
  g_test_add_func ("/cli/stdout-full", test_stdout_full);
  g_test_add_func ("/cli/double-dash", test_double_dash);
  g_test_add_func ("/cli/output-targets", test_output_targets);
  g_test_add_func ("/cli/csv-injection", test_csv_injection);

  return g_test_run ();
}
