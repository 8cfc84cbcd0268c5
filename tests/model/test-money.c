/* test-money.c: parsing and formatting amounts in satang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-model-error.h"
#include "phaen-money.h"

static void
test_parse_valid (void)
{
  static const struct { const char *text; gint64 satang; } cases[] = {
    { "0", 0 },
    { "๐", 0 },
    { "1", 100 },
    { "1.5", 150 },
    { "1.50", 150 },
    { "1.05", 105 },
    { "0.01", 1 },
    { ".75", 75 },
    { "12", 1200 },
    { "  12  ", 1200 },
    { "\t500\n", 50000 },
    { "\u00A0500\u00A0", 50000 },
    { "999", 99900 },
    { "1,000", 100000 },
    { "1000", 100000 },
    { "12,345", 1234500 },
    { "123,456", 12345600 },
    { "1,234,567.89", 123456789 },
    { "1234567.89", 123456789 },
    { "44,255,000", 4425500000 },
    { "๑,๒๓๔.๕๐", 123450 },
    { "๔๔๒๕๕๐๐๐", 4425500000 },
    { "1,๐๐๐", 100000 },
    /* the largest amount of one item: PHAEN_LIMIT_BAHT, 10^12 baht (issue 12:
     * low enough that no plan total can overflow) */
    { "1,000,000,000,000", PHAEN_MONEY_MAX },
    { "1000000000000.00", PHAEN_MONEY_MAX },
    { "999,999,999,999.99", PHAEN_MONEY_MAX - 1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 satang = -1;
      gboolean ok;

      g_test_message ("parsing “%s”", cases[i].text);
      ok = phaen_money_parse (cases[i].text, PHAEN_MONEY_PARSE_DEFAULT, &satang, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (satang, ==, cases[i].satang);

      /* the flag changes nothing for real amounts */
      satang = -1;
      ok = phaen_money_parse (cases[i].text, PHAEN_MONEY_PARSE_EMPTY_IS_ZERO, &satang, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (satang, ==, cases[i].satang);
    }
}

static void
test_parse_empty (void)
{
  static const char * const empties[] = { "", "   ", "-", " - ", "\t-\t" };

  for (gsize i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 satang = -1;

      g_assert_true (phaen_money_parse (empties[i], PHAEN_MONEY_PARSE_EMPTY_IS_ZERO, &satang, &error));
      g_assert_no_error (error);
      g_assert_cmpint (satang, ==, 0);

      satang = -1;
      g_assert_false (phaen_money_parse (empties[i], PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT);
      g_assert_cmpint (satang, ==, -1);
    }
}

static void
test_parse_errors (void)
{
  /* each bad text, and a word its message must contain besides the text */
  static const struct { const char *text; const char *shown; const char *problem; } cases[] = {
    { "-5", "-5", "negative" },
    { " -1,000.50 ", "-1,000.50", "negative" },
    { "-๕", "-๕", "negative" },
    { "1.234", "1.234", "two decimals" },
    { "0.001", "0.001", "two decimals" },
    { "1.500", "1.500", "two decimals" },
    { "1,23", "1,23", "comma" },
    { "12,3456", "12,3456", "comma" },
    { "1234,567", "1234,567", "comma" },
    { ",123", ",123", "comma" },
    { "1,,000", "1,,000", "comma" },
    { "1,000,00", "1,000,00", "comma" },
    { "1.", "1.", "decimal point" },
    { "abc", "abc", "not an amount" },
    { "12a", "12a", "not an amount" },
    { "1 000", "1 000", "not an amount" },
    { "1..2", "1..2", "not an amount" },
    { "1.2.3", "1.2.3", "not an amount" },
    { "1.5,0", "1.5,0", "not an amount" },
    { "+5", "+5", "not an amount" },
    { "-", "-", "not an amount" },
    { "--5", "--5", "not an amount" },
    { "5 บาท", "5 บาท", "not an amount" },
    { ".", ".", "not an amount" },
    { "1,000,000,000,000.01", "1,000,000,000,000.01", "too large" },
    { "1000000000001", "1000000000001", "too large" },
    { "1,000,000,000,000,000", "1,000,000,000,000,000", "too large" },
    { "99999999999999999999999999", "99999999999999999999999999", "too large" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].shown);
      gint64 satang = -1;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_false (phaen_money_parse (cases[i].text, PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT);
      g_assert_cmpint (satang, ==, -1);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, cases[i].problem));
    }
}

static void
test_parse_messages (void)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;

  g_assert_false (phaen_money_parse ("-5", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  g_assert_cmpstr (error->message, ==, "“-5” is negative: amounts must be zero or more");
  g_clear_error (&error);

  g_assert_false (phaen_money_parse ("1e6", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  g_assert_cmpstr (error->message, ==,
                   "“1e6” is not an amount: use digits, optional thousands commas and at most two decimals");
  g_clear_error (&error);

  g_assert_false (phaen_money_parse ("2000000000000", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  g_assert_cmpstr (error->message, ==,
                   "“2000000000000” is too large: an amount can be at most 1,000,000,000,000 baht");
  g_clear_error (&error);

  /* bytes that are not UTF-8 never reach the message as they are */
  g_assert_false (phaen_money_parse ("12\xFF", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_format (void)
{
  static const struct {
    gint64 satang;
    const char *whole;
    const char *decimals;
    const char *thai_decimals;
  } cases[] = {
    { 0, "0", "0.00", "๐.๐๐" },
    { 1, "0", "0.01", "๐.๐๑" },
    { 49, "0", "0.49", "๐.๔๙" },
    { 50, "1", "0.50", "๐.๕๐" },
    { 100, "1", "1.00", "๑.๐๐" },
    { 12345, "123", "123.45", "๑๒๓.๔๕" },
    { 99999, "1,000", "999.99", "๙๙๙.๙๙" },
    { 100000, "1,000", "1,000.00", "๑,๐๐๐.๐๐" },
    { 12345600, "123,456", "123,456.00", "๑๒๓,๔๕๖.๐๐" },
    { 123456789, "1,234,568", "1,234,567.89", "๑,๒๓๔,๕๖๗.๘๙" },
    { 4425500000, "44,255,000", "44,255,000.00", "๔๔,๒๕๕,๐๐๐.๐๐" },
    { PHAEN_MONEY_MAX, "1,000,000,000,000", "1,000,000,000,000.00",
      "๑,๐๐๐,๐๐๐,๐๐๐,๐๐๐.๐๐" },
    /* totals of a plan go beyond one item's limit */
    { G_GINT64_CONSTANT (100000000000000000), "1,000,000,000,000,000", "1,000,000,000,000,000.00",
      "๑,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐.๐๐" },
    { -150, "-2", "-1.50", "-๑.๕๐" },
    { -40, "0", "-0.40", "-๐.๔๐" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *whole = phaen_money_format (cases[i].satang, FALSE, FALSE);
      g_autofree char *decimals = phaen_money_format (cases[i].satang, TRUE, FALSE);
      g_autofree char *thai_decimals = phaen_money_format (cases[i].satang, TRUE, TRUE);
      g_autofree char *thai_whole = phaen_money_format (cases[i].satang, FALSE, TRUE);

      g_assert_cmpstr (whole, ==, cases[i].whole);
      g_assert_cmpstr (decimals, ==, cases[i].decimals);
      g_assert_cmpstr (thai_decimals, ==, cases[i].thai_decimals);
      /* Thai whole amounts are the Arabic ones digit for digit */
      g_assert_cmpuint (g_utf8_strlen (thai_whole, -1), ==, strlen (whole));
    }
}

static void
test_format_plain (void)
{
  static const struct { gint64 satang; const char *plain; } cases[] = {
    { 0, "0" },
    { 5, "0.05" },
    { 50, "0.50" },
    { 100, "1" },
    { 123456700, "1234567" },
    { 123456750, "1234567.50" },
    { 123456789, "1234567.89" },
    { PHAEN_MONEY_MAX, "1000000000000" },
    { G_GINT64_CONSTANT (100000000000000000), "1000000000000000" },
    { -250, "-2.50" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = phaen_money_format_plain (cases[i].satang);

      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

static void
test_round_trip (void)
{
  /* Every printed form reads back as the same amount. */
  GRand *rand = g_rand_new_with_seed (2555);

  for (guint i = 0; i < 2000; i++)
    {
      /* amounts of every size: pick a number of digits first */
      guint digits = (guint) g_rand_int_range (rand, 1, 18);
      gint64 satang = 0;
      const char *forms[3];
      g_autofree char *plain = NULL;
      g_autofree char *arabic = NULL;
      g_autofree char *thai = NULL;

      for (guint d = 0; d < digits; d++)
        satang = satang * 10 + g_rand_int_range (rand, 0, 10);
      satang = MIN (satang, PHAEN_MONEY_MAX);

      plain = phaen_money_format_plain (satang);
      arabic = phaen_money_format (satang, TRUE, FALSE);
      thai = phaen_money_format (satang, TRUE, TRUE);
      forms[0] = plain;
      forms[1] = arabic;
      forms[2] = thai;

      for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
        {
          g_autoptr(GError) error = NULL;
          gint64 back = -1;

          g_assert_true (phaen_money_parse (forms[f], PHAEN_MONEY_PARSE_DEFAULT, &back, &error));
          g_assert_no_error (error);
          g_assert_cmpint (back, ==, satang);
        }
    }

  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/money/parse/valid", test_parse_valid);
  g_test_add_func ("/money/parse/empty", test_parse_empty);
  g_test_add_func ("/money/parse/errors", test_parse_errors);
  g_test_add_func ("/money/parse/messages", test_parse_messages);
  g_test_add_func ("/money/format/grouped", test_format);
  g_test_add_func ("/money/format/plain", test_format_plain);
  g_test_add_func ("/money/round-trip", test_round_trip);

  return g_test_run ();
}
