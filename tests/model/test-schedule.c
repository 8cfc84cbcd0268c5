/* test-schedule.c: schedules as a mask over the fiscal months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-fiscal.h"
#include "phaen-model-error.h"
#include "phaen-schedule.h"

/* bit numbers of the fiscal months, for readable masks */
enum { OCT, NOV, DEC, JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP };
#define M(i) (1u << (i))

static guint
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  guint mask = 0xFFFFu;

  g_test_message ("parsing “%s”", text);
  g_assert_true (phaen_schedule_parse (text, &mask, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mask & ~PHAEN_SCHEDULE_ALL, ==, 0);

  return mask;
}

static void
test_parse_valid (void)
{
  static const struct { const char *text; guint mask; } cases[] = {
    { "", 0 },
    { "   ", 0 },
    { "ต.ค.", M (OCT) },
    { "ตค", M (OCT) },
    { "ต.ค", M (OCT) },
    { "ตุลาคม", M (OCT) },
    { "10", M (OCT) },
    { "๑๐", M (OCT) },
    { "1", M (JAN) },
    { "01", M (JAN) },
    { "๙", M (SEP) },
    { "มี.ค.", M (MAR) },
    { "มีค", M (MAR) },
    { "เม.ย.", M (APR) },
    { "กุมภาพันธ์", M (FEB) },
    { "กรกฎาคม", M (JUL) },
    { "กรกฏาคม", M (JUL) },
    { "ต.ค.-ธ.ค.", M (OCT) | M (NOV) | M (DEC) },
    { "ต.ค.–ธ.ค.", M (OCT) | M (NOV) | M (DEC) },
    { "ต.ค.—ธ.ค.", M (OCT) | M (NOV) | M (DEC) },
    { "ต.ค. - ธ.ค.", M (OCT) | M (NOV) | M (DEC) },
    { "ตค-ธค", M (OCT) | M (NOV) | M (DEC) },
    { "10-12", M (OCT) | M (NOV) | M (DEC) },
    { "๑๐-๑๒", M (OCT) | M (NOV) | M (DEC) },
    { "๑๑–๒,ก.ค.", M (NOV) | M (DEC) | M (JAN) | M (FEB) | M (JUL) },
    { "ต.ค.-ธ.ค.,มี.ค.", M (OCT) | M (NOV) | M (DEC) | M (MAR) },
    { "ต.ค.-ธ.ค.,3", M (OCT) | M (NOV) | M (DEC) | M (MAR) },
    { "10-12,มี.ค.", M (OCT) | M (NOV) | M (DEC) | M (MAR) },
    { " ต.ค. , มีนาคม ,  ๖ ", M (OCT) | M (MAR) | M (JUN) },
    { "พ.ย.-ก.พ.", M (NOV) | M (DEC) | M (JAN) | M (FEB) },
    { "11-2", M (NOV) | M (DEC) | M (JAN) | M (FEB) },
    { "ตุลาคม-กันยายน", PHAEN_SCHEDULE_ALL },
    { "ต.ค.-ก.ย.", PHAEN_SCHEDULE_ALL },
    { "มิ.ย.-มิ.ย.", M (JUN) },
    { "ม.ค.,ม.ค.", M (JAN) },
    { "ต.ค.-ธ.ค.,พ.ย.-ม.ค.", M (OCT) | M (NOV) | M (DEC) | M (JAN) },
    { "ต.ค.,ธ.ค.,ก.พ.,เม.ย.,มิ.ย.,ส.ค.", M (OCT) | M (DEC) | M (FEB) | M (APR) | M (JUN) | M (AUG) },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (parse_ok (cases[i].text), ==, cases[i].mask);
}

static void
test_parse_misordered_marks (void)
{
  /* a vowel typed twice still names the month: มี.ค. with สระอี doubled */
  g_assert_cmpuint (parse_ok ("\u0E21\u0E35\u0E35.\u0E04."), ==, M (MAR));
  g_assert_cmpuint (parse_ok ("\u0E21\u0E35\u0E35\u0E19\u0E32\u0E04\u0E21"), ==, M (MAR));
}

static void
test_parse_errors (void)
{
  static const struct { const char *text; const char *token; const char *problem; } cases[] = {
    { "ก.ค.-ต.ค.", "ก.ค.-ต.ค.", "runs backwards in the fiscal year (ต.ค. … ก.ย.)" },
    { "ม.ค.-ธ.ค.", "ม.ค.-ธ.ค.", "runs backwards" },
    { "3-10", "3-10", "runs backwards" },
    { "ต.ค.,ก.ย.-ต.ค.", "ก.ย.-ต.ค.", "runs backwards" },
    { "ตุลา", "ตุลา", "is not a month" },
    { "Oct", "Oct", "is not a month" },
    { "ต.ค.,มีนา", "มีนา", "is not a month" },
    { "ต.ค.-xyz", "xyz", "is not a month" },
    { "13", "13", "from 1 to 12" },
    { "0", "0", "from 1 to 12" },
    { "010", "010", "from 1 to 12" },
    { "๑๓", "๑๓", "from 1 to 12" },
    { "ต.ค.,,พ.ย.", "ต.ค.,,พ.ย.", "empty item" },
    { "ต.ค.,", "ต.ค.,", "empty item" },
    { ",", ",", "empty item" },
    { "ต.ค.-", "ต.ค.-", "not a range" },
    { "-ธ.ค.", "-ธ.ค.", "not a range" },
    { "ต.ค.-พ.ย.-ธ.ค.", "ต.ค.-พ.ย.-ธ.ค.", "not a range" },
    { "ต.ค. พ.ย.", "ต.ค. พ.ย.", "is not a month" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].token);
      guint mask = 0xABCu;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_false (phaen_schedule_parse (cases[i].text, &mask, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE);
      g_assert_cmpuint (mask, ==, 0xABCu);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, cases[i].problem));
    }
}

static void
test_format (void)
{
  static const struct { guint mask; const char *text; } cases[] = {
    { 0, "" },
    { M (MAR), "มี.ค." },
    { M (OCT) | M (NOV), "ต.ค.-พ.ย." },
    { M (OCT) | M (NOV) | M (DEC), "ต.ค.-ธ.ค." },
    { M (OCT) | M (NOV) | M (DEC) | M (MAR), "ต.ค.-ธ.ค.,มี.ค." },
    { M (NOV) | M (DEC) | M (JAN) | M (FEB), "พ.ย.-ก.พ." },
    { PHAEN_SCHEDULE_ALL, "ต.ค.-ก.ย." },
    { M (SEP), "ก.ย." },
    { M (OCT) | M (SEP), "ต.ค.,ก.ย." },
    { M (OCT) | M (DEC) | M (FEB) | M (APR) | M (JUN) | M (AUG),
      "ต.ค.,ธ.ค.,ก.พ.,เม.ย.,มิ.ย.,ส.ค." },
    { M (JUL) | M (AUG) | M (SEP), "ก.ค.-ก.ย." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = phaen_schedule_format (cases[i].mask);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_runs (void)
{
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];

  g_assert_cmpuint (phaen_schedule_runs (0, runs), ==, 0);

  g_assert_cmpuint (phaen_schedule_runs (PHAEN_SCHEDULE_ALL, runs), ==, 1);
  g_assert_cmpuint (runs[0].first, ==, OCT);
  g_assert_cmpuint (runs[0].last, ==, SEP);

  g_assert_cmpuint (phaen_schedule_runs (M (OCT) | M (NOV) | M (DEC) | M (MAR), runs), ==, 2);
  g_assert_cmpuint (runs[0].first, ==, OCT);
  g_assert_cmpuint (runs[0].last, ==, DEC);
  g_assert_cmpuint (runs[1].first, ==, MAR);
  g_assert_cmpuint (runs[1].last, ==, MAR);

  /* the most runs twelve months can hold */
  g_assert_cmpuint (phaen_schedule_runs (0x555u, runs), ==, PHAEN_SCHEDULE_MAX_RUNS);
  g_assert_cmpuint (phaen_schedule_runs (0xAAAu, runs), ==, PHAEN_SCHEDULE_MAX_RUNS);
  for (guint i = 0; i < PHAEN_SCHEDULE_MAX_RUNS; i++)
    {
      g_assert_cmpuint (runs[i].first, ==, 2 * i + 1);
      g_assert_cmpuint (runs[i].last, ==, 2 * i + 1);
    }
}

static void
test_every_mask (void)
{
  /* Every one of the 4096 masks: the runs cover exactly the mask, in order
   * and separated by a gap; the text reads back to the same mask, and so
   * does the same text with Arabic month numbers and en dashes. */
  for (guint mask = 0; mask <= PHAEN_SCHEDULE_ALL; mask++)
    {
      PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) numbers = g_string_new (NULL);
      g_autofree char *text = phaen_schedule_format (mask);
      guint n_runs = phaen_schedule_runs (mask, runs);
      guint covered = 0;
      guint back = 0;

      for (guint r = 0; r < n_runs; r++)
        {
          g_assert_cmpuint (runs[r].first, <=, runs[r].last);
          g_assert_cmpuint (runs[r].last, <, PHAEN_FISCAL_MONTHS);
          if (r > 0)
            g_assert_cmpuint (runs[r - 1].last + 1, <, runs[r].first);
          for (guint i = runs[r].first; i <= runs[r].last; i++)
            covered |= 1u << i;

          if (r > 0)
            g_string_append (numbers, ", ");
          g_string_append_printf (numbers, "%u\u2013%u",
                                  phaen_fiscal_month_to_calendar (runs[r].first),
                                  phaen_fiscal_month_to_calendar (runs[r].last));
        }
      g_assert_cmpuint (covered, ==, mask);

      g_assert_true (phaen_schedule_parse (text, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (back, ==, mask);

      back = 0;
      g_assert_true (phaen_schedule_parse (numbers->str, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (back, ==, mask);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schedule/parse/valid", test_parse_valid);
  g_test_add_func ("/schedule/parse/misordered-marks", test_parse_misordered_marks);
  g_test_add_func ("/schedule/parse/errors", test_parse_errors);
  g_test_add_func ("/schedule/format", test_format);
  g_test_add_func ("/schedule/runs", test_runs);
  g_test_add_func ("/schedule/every-mask", test_every_mask);

  return g_test_run ();
}
