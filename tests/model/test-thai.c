/* test-thai.c: Thai digits, amounts in words and mark order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-thai.h"

/* ------------------------------------------------------------------ */

static void
test_digits_both_ways (void)
{
  static const struct { const char *arabic; const char *thai; } cases[] = {
    { "", "" },
    { "0123456789", "๐๑๒๓๔๕๖๗๘๙" },
    { "ถนน คสล. ม.5 ยาว 200 ม.", "ถนน คสล. ม.๕ ยาว ๒๐๐ ม." },
    { "1,234.50", "๑,๒๓๔.๕๐" },
    { "พ.ศ. 2555", "พ.ศ. ๒๕๕๕" },
    { "no digits", "no digits" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *thai = phaen_thai_digits (cases[i].arabic);
      g_autofree char *arabic = phaen_arabic_digits (cases[i].thai);
      g_autofree char *same = phaen_digits (cases[i].arabic, FALSE);
      g_autofree char *switched = phaen_digits (cases[i].arabic, TRUE);
      g_autofree char *back = phaen_arabic_digits (thai);

      g_assert_cmpstr (thai, ==, cases[i].thai);
      g_assert_cmpstr (arabic, ==, cases[i].arabic);
      g_assert_cmpstr (same, ==, cases[i].arabic);
      g_assert_cmpstr (switched, ==, cases[i].thai);
      g_assert_cmpstr (back, ==, cases[i].arabic);
    }
}

static void
test_digits_mixed_input (void)
{
  /* Thai and Arabic digits mixed: each direction converts only its own. */
  g_autofree char *to_arabic = phaen_arabic_digits ("๑2๓4");
  g_autofree char *to_thai = phaen_thai_digits ("๑2๓4");

  g_assert_cmpstr (to_arabic, ==, "1234");
  g_assert_cmpstr (to_thai, ==, "๑๒๓๔");
}

static void
test_format_uint (void)
{
  static const struct { guint64 value; const char *arabic; const char *thai; } cases[] = {
    { 0, "0", "๐" },
    { 7, "7", "๗" },
    { 2555, "2555", "๒๕๕๕" },
    { 1234567890, "1234567890", "๑๒๓๔๕๖๗๘๙๐" },
    { G_MAXUINT64, "18446744073709551615", "๑๘๔๔๖๗๔๔๐๗๓๗๐๙๕๕๑๖๑๕" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *arabic = phaen_format_uint (cases[i].value, FALSE);
      g_autofree char *thai = phaen_format_uint (cases[i].value, TRUE);

      g_assert_cmpstr (arabic, ==, cases[i].arabic);
      g_assert_cmpstr (thai, ==, cases[i].thai);
    }
}

/* ------------------------------------------------------------------ */

/* Readings worked out by hand from the rules: สิบ / ยี่สิบ for tens 1 and 2,
 * เอ็ด for a units 1 after a tens digit, ล้าน repeated per million group,
 * satang read on their own. Where a units 1 follows a zero tens digit and
 * higher digits, the Royal Institute says เอ็ด and spreadsheets หนึ่ง. */
typedef struct
{
  gint64      satang;
  const char *royal;
  const char *spreadsheet;   /* NULL: the same as royal */
} BahttextCase;

#define BAHT(b) (G_GINT64_CONSTANT (b) * 100)

static const BahttextCase bahttext_cases[] = {
  { 0, "ศูนย์บาทถ้วน", NULL },
  { 75, "เจ็ดสิบห้าสตางค์", NULL },
  { 1, "หนึ่งสตางค์", NULL },
  { 10, "สิบสตางค์", NULL },
  { 21, "ยี่สิบเอ็ดสตางค์", NULL },
  { 99, "เก้าสิบเก้าสตางค์", NULL },
  { BAHT (1), "หนึ่งบาทถ้วน", NULL },
  { BAHT (2), "สองบาทถ้วน", NULL },
  { BAHT (10), "สิบบาทถ้วน", NULL },
  { BAHT (11), "สิบเอ็ดบาทถ้วน", NULL },
  { BAHT (12), "สิบสองบาทถ้วน", NULL },
  { BAHT (20), "ยี่สิบบาทถ้วน", NULL },
  { BAHT (21), "ยี่สิบเอ็ดบาทถ้วน", NULL },
  { BAHT (31), "สามสิบเอ็ดบาทถ้วน", NULL },
  { BAHT (100), "หนึ่งร้อยบาทถ้วน", NULL },
  { BAHT (101), "หนึ่งร้อยเอ็ดบาทถ้วน", "หนึ่งร้อยหนึ่งบาทถ้วน" },
  { BAHT (110), "หนึ่งร้อยสิบบาทถ้วน", NULL },
  { BAHT (111), "หนึ่งร้อยสิบเอ็ดบาทถ้วน", NULL },
  { BAHT (121), "หนึ่งร้อยยี่สิบเอ็ดบาทถ้วน", NULL },
  { BAHT (201), "สองร้อยเอ็ดบาทถ้วน", "สองร้อยหนึ่งบาทถ้วน" },
  { BAHT (1001), "หนึ่งพันเอ็ดบาทถ้วน", "หนึ่งพันหนึ่งบาทถ้วน" },
  { BAHT (1011), "หนึ่งพันสิบเอ็ดบาทถ้วน", NULL },
  { BAHT (2001), "สองพันเอ็ดบาทถ้วน", "สองพันหนึ่งบาทถ้วน" },
  { BAHT (100001), "หนึ่งแสนเอ็ดบาทถ้วน", "หนึ่งแสนหนึ่งบาทถ้วน" },
  { BAHT (999999), "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน", NULL },
  { BAHT (1000000), "หนึ่งล้านบาทถ้วน", NULL },
  { BAHT (1000001), "หนึ่งล้านเอ็ดบาทถ้วน", "หนึ่งล้านหนึ่งบาทถ้วน" },
  { BAHT (1000011), "หนึ่งล้านสิบเอ็ดบาทถ้วน", NULL },
  { BAHT (2000000), "สองล้านบาทถ้วน", NULL },
  { BAHT (10000001), "สิบล้านเอ็ดบาทถ้วน", "สิบล้านหนึ่งบาทถ้วน" },
  { BAHT (11000000), "สิบเอ็ดล้านบาทถ้วน", NULL },
  { BAHT (21000021), "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน", NULL },
  { BAHT (44255000), "สี่สิบสี่ล้านสองแสนห้าหมื่นห้าพันบาทถ้วน", NULL },
  { BAHT (100000000), "หนึ่งร้อยล้านบาทถ้วน", NULL },
  { BAHT (101000000), "หนึ่งร้อยเอ็ดล้านบาทถ้วน", "หนึ่งร้อยหนึ่งล้านบาทถ้วน" },
  { BAHT (5000000020), "ห้าพันล้านยี่สิบบาทถ้วน", NULL },
  { BAHT (1000000000000), "หนึ่งล้านล้านบาทถ้วน", NULL },
  { BAHT (1000000000001), "หนึ่งล้านล้านเอ็ดบาทถ้วน", "หนึ่งล้านล้านหนึ่งบาทถ้วน" },
  { BAHT (1000001000000), "หนึ่งล้านเอ็ดล้านบาทถ้วน", "หนึ่งล้านหนึ่งล้านบาทถ้วน" },
  { BAHT (11000000000000), "สิบเอ็ดล้านล้านบาทถ้วน", NULL },
  { BAHT (10000000000001), "สิบล้านล้านเอ็ดบาทถ้วน", "สิบล้านล้านหนึ่งบาทถ้วน" },
  { BAHT (20000000000021), "ยี่สิบล้านล้านยี่สิบเอ็ดบาทถ้วน", NULL },
  { BAHT (1000000000000000), "หนึ่งพันล้านล้านบาทถ้วน", NULL },
  { 101, "หนึ่งบาทหนึ่งสตางค์", NULL },
  { 121, "หนึ่งบาทยี่สิบเอ็ดสตางค์", NULL },
  { 1010, "สิบบาทสิบสตางค์", NULL },
  { 1111, "สิบเอ็ดบาทสิบเอ็ดสตางค์", NULL },
  { 10101, "หนึ่งร้อยเอ็ดบาทหนึ่งสตางค์", "หนึ่งร้อยหนึ่งบาทหนึ่งสตางค์" },
  { BAHT (1000000) + 50, "หนึ่งล้านบาทห้าสิบสตางค์", NULL },
  { 123456789, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์", NULL },
  { BAHT (1000001) + 1, "หนึ่งล้านเอ็ดบาทหนึ่งสตางค์", "หนึ่งล้านหนึ่งบาทหนึ่งสตางค์" },
};

static void
test_bahttext_royal_institute (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bahttext_cases); i++)
    {
      const BahttextCase *c = &bahttext_cases[i];
      g_autofree char *words = phaen_bahttext (c->satang, PHAEN_BAHTTEXT_ROYAL_INSTITUTE);

      g_test_message ("%" G_GINT64_FORMAT " satang", c->satang);
      g_assert_cmpstr (words, ==, c->royal);
    }
}

static void
test_bahttext_spreadsheet (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bahttext_cases); i++)
    {
      const BahttextCase *c = &bahttext_cases[i];
      const char *expected = c->spreadsheet != NULL ? c->spreadsheet : c->royal;
      g_autofree char *words = phaen_bahttext (c->satang, PHAEN_BAHTTEXT_SPREADSHEET);

      g_test_message ("%" G_GINT64_FORMAT " satang", c->satang);
      g_assert_cmpstr (words, ==, expected);
    }
}

static void
test_bahttext_shape (void)
{
  /* Every amount ends in ถ้วน or สตางค์, and บาท appears exactly when there
   * are whole baht; checked over a spread of amounts. */
  for (gint64 satang = 0; satang < BAHT (3000); satang += 97)
    {
      g_autofree char *words = phaen_bahttext (satang, PHAEN_BAHTTEXT_ROYAL_INSTITUTE);
      gboolean whole = satang % 100 == 0;

      g_assert_true (g_str_has_suffix (words, whole ? "ถ้วน" : "สตางค์"));
      g_assert_true ((strstr (words, "บาท") != NULL) == (satang >= 100 || satang == 0));
      g_assert_null (strstr (words, "หนึ่งสิบ"));
      g_assert_null (strstr (words, "สองสิบ"));
    }
}

/* ------------------------------------------------------------------ */

static void
test_marks_correct_unchanged (void)
{
  static const char * const correct[] = {
    "",
    "plain ASCII 123",
    "ปั๊ม", "ฟื้น", "ญู", "ฐู", "ปู่", "น้ำ", "ฤๅษี",
    "ถนน คสล. ม.5 ยาว 200 ม.",
    "ที่", "สิ่ง", "ก็", "กุมภาพันธ์", "กรกฎาคม", "เพิ่มเติม ครั้งที่ ๑",
    "ศูนย์พัฒนาเด็กเล็ก", "สิทธิ์", "ปั้น", "จี๊ด", "ทั้งนี้",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (correct); i++)
    {
      g_autofree char *normal = phaen_thai_normalize_marks (correct[i]);

      g_assert_cmpmem (normal, strlen (normal), correct[i], strlen (correct[i]));
      g_assert_false (phaen_thai_marks_misordered (correct[i]));
    }
}

static void
test_marks_fixed (void)
{
  static const struct { const char *typed; const char *fixed; } cases[] = {
    /* tone before an above vowel */
    { "\u0E1B\u0E4A\u0E31\u0E21", "ปั๊ม" },
    { "\u0E1F\u0E49\u0E37\u0E19", "ฟื้น" },
    { "\u0E17\u0E48\u0E35", "ที่" },
    { "\u0E2A\u0E48\u0E34\u0E07", "สิ่ง" },
    /* tone before a below vowel */
    { "\u0E1B\u0E48\u0E39", "ปู่" },
    /* การันต์ before the vowel */
    { "\u0E2A\u0E34\u0E17\u0E18\u0E4C\u0E34", "สิทธิ์" },
    /* a mark typed twice */
    { "\u0E19\u0E49\u0E49\u0E33", "น้ำ" },
    { "\u0E1B\u0E39\u0E39\u0E48", "ปู่" },
    /* tone typed after สระอำ */
    { "\u0E19\u0E33\u0E49", "น้ำ" },
    /* สระอำ typed as nikhahit + sara aa, with the tone before, between or
     * after them */
    { "\u0E17\u0E4D\u0E32", "ทำ" },
    { "\u0E19\u0E49\u0E4D\u0E32", "น้ำ" },
    { "\u0E19\u0E4D\u0E49\u0E32", "น้ำ" },
    { "\u0E2A\u0E4D\u0E32\u0E19\u0E31\u0E01", "สำนัก" },
    /* inside a longer text, several words at once */
    { "\u0E17\u0E48\u0E35 \u0E1A\u0E49\u0E32\u0E19 \u0E1B\u0E48\u0E39 200 \u0E21.",
      "ที่ บ้าน ปู่ 200 ม." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = phaen_thai_normalize_marks (cases[i].typed);
      g_autofree char *again = phaen_thai_normalize_marks (normal);

      g_assert_cmpstr (normal, ==, cases[i].fixed);
      g_assert_cmpstr (again, ==, normal);
      g_assert_false (phaen_thai_marks_misordered (normal));
      g_assert_true (phaen_thai_marks_misordered (cases[i].typed) ==
                     (strcmp (cases[i].typed, cases[i].fixed) != 0));
    }
}

static void
test_marks_invalid_utf8 (void)
{
  const char broken[] = "\xE0\xB8\x81\xFF\xE0";
  g_autofree char *normal = phaen_thai_normalize_marks (broken);

  /* broken text is handed back untouched, never read past its end */
  g_assert_cmpstr (normal, ==, broken);
  g_assert_false (phaen_thai_marks_misordered (broken));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/thai/digits/both-ways", test_digits_both_ways);
  g_test_add_func ("/thai/digits/mixed", test_digits_mixed_input);
  g_test_add_func ("/thai/digits/format-uint", test_format_uint);
  g_test_add_func ("/thai/bahttext/royal-institute", test_bahttext_royal_institute);
  g_test_add_func ("/thai/bahttext/spreadsheet", test_bahttext_spreadsheet);
  g_test_add_func ("/thai/bahttext/shape", test_bahttext_shape);
  g_test_add_func ("/thai/marks/correct-unchanged", test_marks_correct_unchanged);
  g_test_add_func ("/thai/marks/fixed", test_marks_fixed);
  g_test_add_func ("/thai/marks/invalid-utf8", test_marks_invalid_utf8);

  return g_test_run ();
}
