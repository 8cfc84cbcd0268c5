/* test-fiscal.c: Buddhist-era fiscal years, months and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-fiscal.h"
#include "phaen-model-error.h"

static void
test_months (void)
{
  static const struct {
    guint calendar;
    const char *abbrev;
    const char *name;
  } fiscal_order[PHAEN_FISCAL_MONTHS] = {
    { 10, "ต.ค.", "ตุลาคม" },
    { 11, "พ.ย.", "พฤศจิกายน" },
    { 12, "ธ.ค.", "ธันวาคม" },
    { 1, "ม.ค.", "มกราคม" },
    { 2, "ก.พ.", "กุมภาพันธ์" },
    { 3, "มี.ค.", "มีนาคม" },
    { 4, "เม.ย.", "เมษายน" },
    { 5, "พ.ค.", "พฤษภาคม" },
    { 6, "มิ.ย.", "มิถุนายน" },
    { 7, "ก.ค.", "กรกฎาคม" },
    { 8, "ส.ค.", "สิงหาคม" },
    { 9, "ก.ย.", "กันยายน" },
  };

  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      guint calendar = fiscal_order[i].calendar;

      g_assert_cmpuint (phaen_fiscal_month_to_calendar (i), ==, calendar);
      g_assert_cmpuint (phaen_fiscal_index_from_calendar (calendar), ==, i);
      g_assert_cmpstr (phaen_fiscal_month_abbrev (i), ==, fiscal_order[i].abbrev);
      g_assert_cmpstr (phaen_fiscal_month_name (i), ==, fiscal_order[i].name);
      g_assert_cmpstr (phaen_calendar_month_name (calendar), ==, fiscal_order[i].name);
    }

  /* the spelling with ฎ, never the common ฏ */
  g_assert_null (strstr (phaen_calendar_month_name (7), "ฏ"));
}

static void
test_month_be_year (void)
{
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      guint expected = i < 3 ? 2554 : 2555;

      g_assert_cmpuint (phaen_fiscal_month_be_year (2555, i), ==, expected);
      g_assert_cmpuint (phaen_fiscal_month_be_year (2568, i), ==, expected + 13);
    }
}

static void
test_year_range (void)
{
  static const struct { guint fy; guint first_ce; } cases[] = {
    { 2555, 2011 },
    { 2568, 2024 },
    { 2600, 2056 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate first_day, last_day;

      phaen_fiscal_year_range (cases[i].fy, &first_day, &last_day);
      g_assert_true (g_date_valid (&first_day));
      g_assert_true (g_date_valid (&last_day));
      g_assert_cmpuint (g_date_get_day (&first_day), ==, 1);
      g_assert_cmpuint (g_date_get_month (&first_day), ==, G_DATE_OCTOBER);
      g_assert_cmpuint (g_date_get_year (&first_day), ==, cases[i].first_ce);
      g_assert_cmpuint (g_date_get_day (&last_day), ==, 30);
      g_assert_cmpuint (g_date_get_month (&last_day), ==, G_DATE_SEPTEMBER);
      g_assert_cmpuint (g_date_get_year (&last_day), ==, cases[i].first_ce + 1);

      /* both ends belong to the year, the days just outside do not */
      g_assert_cmpuint (phaen_fiscal_year_of_date (&first_day), ==, cases[i].fy);
      g_assert_cmpuint (phaen_fiscal_year_of_date (&last_day), ==, cases[i].fy);
      g_date_subtract_days (&first_day, 1);
      g_date_add_days (&last_day, 1);
      g_assert_cmpuint (phaen_fiscal_year_of_date (&first_day), ==, cases[i].fy - 1);
      g_assert_cmpuint (phaen_fiscal_year_of_date (&last_day), ==, cases[i].fy + 1);
    }

  /* either end may be left out */
  {
    GDate last_day;

    phaen_fiscal_year_range (2555, NULL, &last_day);
    g_assert_cmpuint (g_date_get_year (&last_day), ==, 2012);
  }
}

static void
test_year_of_date (void)
{
  static const struct { guint d, m, y; guint fy; } cases[] = {
    { 1, 10, 2011, 2555 },
    { 31, 12, 2011, 2555 },
    { 1, 1, 2012, 2555 },
    { 29, 2, 2012, 2555 },
    { 30, 9, 2012, 2555 },
    { 1, 10, 2012, 2556 },
    { 30, 9, 2011, 2554 },
    { 15, 6, 2025, 2568 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) cases[i].d,
                                              (GDateMonth) cases[i].m,
                                              (GDateYear) cases[i].y);

      g_assert_cmpuint (phaen_fiscal_year_of_date (date), ==, cases[i].fy);
    }
}

static void
test_date_format_thai (void)
{
  static const struct { guint d, m, y; const char *arabic; const char *thai; } cases[] = {
    { 30, 9, 2011, "30 กันยายน 2554", "๓๐ กันยายน ๒๕๕๔" },
    { 1, 10, 2011, "1 ตุลาคม 2554", "๑ ตุลาคม ๒๕๕๔" },
    { 29, 2, 2024, "29 กุมภาพันธ์ 2567", "๒๙ กุมภาพันธ์ ๒๕๖๗" },
    { 14, 7, 2025, "14 กรกฎาคม 2568", "๑๔ กรกฎาคม ๒๕๖๘" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) cases[i].d,
                                              (GDateMonth) cases[i].m,
                                              (GDateYear) cases[i].y);
      g_autofree char *arabic = phaen_date_format_thai (date, FALSE);
      g_autofree char *thai = phaen_date_format_thai (date, TRUE);

      g_assert_cmpstr (arabic, ==, cases[i].arabic);
      g_assert_cmpstr (thai, ==, cases[i].thai);
    }
}

static void
test_period_format (void)
{
  g_autofree char *arabic = phaen_fiscal_period_format (2555, FALSE);
  g_autofree char *thai = phaen_fiscal_period_format (2555, TRUE);
  g_autofree char *later = phaen_fiscal_period_format (2568, FALSE);

  g_assert_cmpstr (arabic, ==, "1 ตุลาคม 2554 \u2013 30 กันยายน 2555");
  g_assert_cmpstr (thai, ==, "๑ ตุลาคม ๒๕๕๔ \u2013 ๓๐ กันยายน ๒๕๕๕");
  g_assert_cmpstr (later, ==, "1 ตุลาคม 2567 \u2013 30 กันยายน 2568");
}

static void
test_iso_valid (void)
{
  static const struct { const char *text; guint d, m, y; const char *canonical; } cases[] = {
    { "2011-09-30", 30, 9, 2011, "2011-09-30" },
    { "2024-02-29", 29, 2, 2024, "2024-02-29" },
    { "2000-02-29", 29, 2, 2000, "2000-02-29" },
    { " 2012-01-01 ", 1, 1, 2012, "2012-01-01" },
    { "๒๐๑๑-๑๐-๐๑", 1, 10, 2011, "2011-10-01" },
    { "0001-01-01", 1, 1, 1, "0001-01-01" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;
      GDate date;

      g_assert_true (phaen_date_parse_iso (cases[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_date_get_day (&date), ==, cases[i].d);
      g_assert_cmpuint (g_date_get_month (&date), ==, cases[i].m);
      g_assert_cmpuint (g_date_get_year (&date), ==, cases[i].y);

      back = phaen_date_format_iso (&date);
      g_assert_cmpstr (back, ==, cases[i].canonical);
    }
}

static void
test_iso_invalid (void)
{
  static const struct { const char *text; const char *problem; } cases[] = {
    { "2024-02-30", "no day 30" },
    { "2023-02-29", "no day 29" },
    { "2100-02-29", "no day 29" },
    { "2011-09-31", "no day 31" },
    { "2011-09-00", "no day 0" },
    { "2011-13-01", "no month 13" },
    { "2011-00-10", "no month 0" },
    { "0000-01-01", "no year 0" },
    { "2011-9-30", "year-month-day" },
    { "30/09/2011", "year-month-day" },
    { "2011-09-30T00:00", "year-month-day" },
    { "2554-09-3a", "year-month-day" },
    { "30 กันยายน 2554", "year-month-day" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].text);
      GDate date;

      g_date_clear (&date, 1);
      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_false (phaen_date_parse_iso (cases[i].text, &date, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, cases[i].problem));
      g_assert_false (g_date_valid (&date));
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (phaen_date_parse_iso ("2024-02-30", NULL, &error));
    g_assert_cmpstr (error->message, ==, "“2024-02-30” is not a date: that month has no day 30");
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (phaen_date_parse_iso ("  ", NULL, &error));
    g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE);
    g_assert_nonnull (strstr (error->message, "No date"));
  }
}

static void
test_iso_every_day (void)
{
  /* every day of two years, a leap year among them, goes round */
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2023);

  for (guint i = 0; i < 731; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = phaen_date_format_iso (date);
      GDate back;

      g_assert_true (phaen_date_parse_iso (iso, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_compare (&back, date), ==, 0);
      g_date_add_days (date, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fiscal/months", test_months);
  g_test_add_func ("/fiscal/month-be-year", test_month_be_year);
  g_test_add_func ("/fiscal/year-range", test_year_range);
  g_test_add_func ("/fiscal/year-of-date", test_year_of_date);
  g_test_add_func ("/fiscal/date/format-thai", test_date_format_thai);
  g_test_add_func ("/fiscal/period", test_period_format);
  g_test_add_func ("/fiscal/iso/valid", test_iso_valid);
  g_test_add_func ("/fiscal/iso/invalid", test_iso_invalid);
  g_test_add_func ("/fiscal/iso/every-day", test_iso_every_day);

  return g_test_run ();
}
