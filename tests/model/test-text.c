/* test-text.c: normalising and checking text at the doors of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-text.h"

/* ---- names ---------------------------------------------------------------- */

static void
test_name_cases (void)
{
  static const struct { const char *typed; const char *name; } cases[] = {
    { "", "" },
    { "กองช่าง", "กองช่าง" },
    /* a trailing no-break space from a spreadsheet */
    { "กองช่าง\u00A0", "กองช่าง" },
    /* zero-width spaces from a web page, at the end and inside */
    { "กองช่าง\u200B", "กองช่าง" },
    { "แผนงาน\u200Bการศึกษา", "แผนงานการศึกษา" },
    /* ำ typed as ํ + า */
    { "\u0E2A\u0E4D\u0E32\u0E19\u0E31\u0E01\u0E1B\u0E25\u0E31\u0E14\u0E40\u0E17\u0E28\u0E1A\u0E32\u0E25",
      "สำนักปลัดเทศบาล" },
    /* a tone mark typed before the vowel, and one typed twice */
    { "\u0E17\u0E48\u0E35\u0E14\u0E34\u0E19", "ที่ดิน" },
    { "\u0E19\u0E49\u0E49\u0E33", "น้ำ" },
    /* every kind of space becomes one plain space, none at the ends */
    { " \t กอง\u2003\u3000ช่าง\u202F\n", "กอง ช่าง" },
    { "ถนน\u00A0\u00A0คสล.  ม.5", "ถนน คสล. ม.5" },
    { "line\r\nbreak\u2028here", "line break here" },
    /* invisible characters go */
    { "\uFEFFกอง\u00ADคลัง\u2060\u200C\u200D\u200E", "กองคลัง" },
    /* NFC: a decomposed Latin letter */
    { "Cafe\u0301", "Caf\u00E9" },
    /* broken bytes become U+FFFD */
    { "ก\xFFข", "ก\uFFFDข" },
    /* control characters stay for phaen_text_check() to refuse */
    { "ก\x01ข", "ก\x01ข" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = phaen_text_normalize_name (cases[i].typed);
      g_autofree char *again = phaen_text_normalize_name (name);

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (again, ==, name);
    }
}

/* สำนักปลัดเทศบาล typed the two ways that look alike is one name. */
static void
test_name_two_ways (void)
{
  const char *composed = "สำนักปลัดเทศบาล";
  const char *decomposed = "\u0E2A\u0E4D\u0E32\u0E19\u0E31\u0E01\u0E1B\u0E25\u0E31\u0E14\u0E40\u0E17\u0E28\u0E1A\u0E32\u0E25\u00A0";
  g_autofree char *a = phaen_text_normalize_name (composed);
  g_autofree char *b = phaen_text_normalize_name (decomposed);

  g_assert_cmpstr (composed, !=, decomposed);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, ==, composed);
}

static void
test_name_null (void)
{
  g_autofree char *name = phaen_text_normalize_name (NULL);
  g_autofree char *text = phaen_text_normalize (NULL);

  g_assert_cmpstr (name, ==, "");
  g_assert_cmpstr (text, ==, "");
}

/* Random strings of troublesome pieces: normalising twice changes nothing,
 * a name has no line break, no double space and no space at either end. */
static void
test_name_idempotent (void)
{
  static const char * const pieces[] = {
    "ก", "น", "ป", "ส", "\u0E31", "\u0E34", "\u0E38", "\u0E39", "\u0E3A", "\u0E48", "\u0E49",
    "\u0E4C", "\u0E4D", "\u0E32", "\u0E33", "เ", " ", "\u00A0", "\u200B", "\u2060", "\t",
    "\n", "\r\n", "e", "\u0301", "\u0323", "a", "\uFEFF", "1", "\u00AD",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint n = 0; n < 20000; n++)
    {
      g_autoptr(GString) typed = g_string_new (NULL);
      g_autofree char *name = NULL;
      g_autofree char *name2 = NULL;
      g_autofree char *text = NULL;
      g_autofree char *text2 = NULL;
      guint length = g_rand_int_range (rand, 0, 16);

      for (guint i = 0; i < length; i++)
        g_string_append (typed, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      name = phaen_text_normalize_name (typed->str);
      name2 = phaen_text_normalize_name (name);
      text = phaen_text_normalize (typed->str);
      text2 = phaen_text_normalize (text);

      if (g_strcmp0 (name, name2) != 0 || g_strcmp0 (text, text2) != 0)
        g_error ("not idempotent for “%s”", g_strescape (typed->str, NULL));
      g_assert_null (strchr (name, '\n'));
      g_assert_null (strstr (name, "  "));
      g_assert_false (name[0] == ' ');
      g_assert_false (*name != '\0' && name[strlen (name) - 1] == ' ');
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_true (phaen_text_is_blank (typed->str) == (*name == '\0'));
    }
}

/* ---- free text ------------------------------------------------------------ */

static void
test_free_text_cases (void)
{
  static const struct { const char *typed; const char *text; } cases[] = {
    { "", "" },
    { "บรรทัดเดียว", "บรรทัดเดียว" },
    /* line breaks of every kind kept as \n, lines trimmed */
    { "1. หนึ่ง \r\n2.\u00A0สอง\r3. สาม\u20294. สี่", "1. หนึ่ง\n2. สอง\n3. สาม\n4. สี่" },
    /* blank lines at the start and the end dropped, inside kept */
    { "\n \n\u00A0\nก\n\nข\n\n \n", "ก\n\nข" },
    /* a break hint stays in free text; a byte-order mark goes */
    { "\uFEFFแอส\u200Bฟัลท์\u2060ติก", "แอส\u200Bฟัลท์\u2060ติก" },
    /* Thai fixes as for names */
    { "\u0E19\u0E4D\u0E49\u0E32 \u0E1B\u0E48\u0E39", "น้ำ ปู่" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = phaen_text_normalize (cases[i].typed);
      g_autofree char *again = phaen_text_normalize (text);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (again, ==, text);
    }
}

/* Random free texts of spaces, breaks and letters: what comes out has
 * lines trimmed, single plain spaces, no blank line at either end, and
 * keeps every break hint; whether a text was already tidy is decided by a
 * quick scan, which must never let an untidy one through. */
static void
test_free_text_random (void)
{
  static const char * const pieces[] = {
    "ก", "a", " ", " ", "\n", "\n", "\r\n", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2028",
    "\u0E49", "\u0E33", "\u3000",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2569);

  for (guint n = 0; n < 20000; n++)
    {
      g_autoptr(GString) typed = g_string_new (NULL);
      g_autofree char *text = NULL;
      g_autofree char *again = NULL;
      guint length = g_rand_int_range (rand, 0, 12);
      gsize n_hints = 0;

      for (guint i = 0; i < length; i++)
        {
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          n_hints += g_str_equal (piece, "\u200B");
          g_string_append (typed, piece);
        }

      text = phaen_text_normalize (typed->str);
      again = phaen_text_normalize (text);
      g_assert_cmpstr (again, ==, text);

      if (strstr (text, "  ") != NULL || strstr (text, " \n") != NULL ||
          strstr (text, "\n ") != NULL || text[0] == ' ' || text[0] == '\n' ||
          (*text != '\0' && (text[strlen (text) - 1] == ' ' || text[strlen (text) - 1] == '\n')) ||
          strpbrk (text, "\r\t") != NULL || strstr (text, "\u00A0") != NULL ||
          strstr (text, "\uFEFF") != NULL || strstr (text, "\u2028") != NULL ||
          strstr (text, "\u3000") != NULL)
        g_error ("“%s” became the untidy “%s”", g_strescape (typed->str, NULL), g_strescape (text, NULL));

      /* a break hint (U+200B) stays in free text */
      {
        gsize n_kept = 0;

        for (const char *p = strstr (text, "\u200B"); p != NULL; p = strstr (p + 1, "\u200B"))
          n_kept++;
        g_assert_cmpuint (n_kept, ==, n_hints);
      }
    }
}

static void
test_blank (void)
{
  g_assert_true (phaen_text_is_blank (NULL));
  g_assert_true (phaen_text_is_blank (""));
  g_assert_true (phaen_text_is_blank (" \t\n\r\u00A0\u3000\u200B\uFEFF\u2060"));
  g_assert_false (phaen_text_is_blank ("ก"));
  g_assert_false (phaen_text_is_blank ("  -  "));
  g_assert_false (phaen_text_is_blank ("\x01"));
  g_assert_false (phaen_text_is_blank ("\xFF"));
}

/* ---- check ---------------------------------------------------------------- */

static void
test_check_accepts (void)
{
  static const char * const good[] = {
    "", "กองช่าง", "1. หนึ่ง\n2. สอง", "tab\there", "cr\r\nlf", "\uFFFD", "\U0001F600",
    "\uFDCF", "\uFDF0", "\uFFFD",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (phaen_text_check (good[i], 100, &error));
      g_assert_no_error (error);
    }
}

static void
test_check_refuses (void)
{
  static const struct { const char *text; guint max; const char *message; } cases[] = {
    { "ab\x01", 0, "character 3 is the control character U+0001, which a plan cannot hold" },
    { "ก\x7F", 0, "character 2 is the control character U+007F, which a plan cannot hold" },
    { "\xC2\x85", 0, "character 1 is the control character U+0085, which a plan cannot hold" },
    { "กข\uFDD0", 0, "character 3 is U+FDD0, a Unicode noncharacter, which a plan cannot hold" },
    { "\uFDEF", 0, "character 1 is U+FDEF, a Unicode noncharacter, which a plan cannot hold" },
    { "x\uFFFE", 0, "character 2 is U+FFFE, a Unicode noncharacter, which a plan cannot hold" },
    { "\uFFFF", 0, "character 1 is U+FFFF, a Unicode noncharacter, which a plan cannot hold" },
    { "\U0001FFFE", 0, "character 1 is U+1FFFE, a Unicode noncharacter, which a plan cannot hold" },
    { "\U0010FFFF", 0, "character 1 is U+10FFFF, a Unicode noncharacter, which a plan cannot hold" },
    { "กขคง", 3, "the text is 4 characters long; at most 3 characters are allowed" },
    { "ab", 1, "the text is 2 characters long; at most 1 character is allowed" },
    { "ok\xC3", 0, "byte 3 is not part of any character (the text is not valid UTF-8)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (phaen_text_check (cases[i].text, cases[i].max, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* The limit counts characters, not bytes: a Thai name of the longest
 * length passes although it has three times as many bytes. */
static void
test_check_counts_characters (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < PHAEN_LIMIT_NAME_CHARS; i++)
    g_string_append (text, "ก");

  g_assert_true (phaen_text_check (text->str, PHAEN_LIMIT_NAME_CHARS, NULL));
  g_string_append (text, "ข");
  g_assert_false (phaen_text_check (text->str, PHAEN_LIMIT_NAME_CHARS, NULL));
  g_assert_true (phaen_text_check (text->str, PHAEN_LIMIT_TEXT_CHARS, NULL));
}

/* The check's own UTF-8 decoding agrees with GLib's validation on random
 * bytes, and finds the same first bad byte. */
static void
test_check_utf8 (void)
{
  static const guchar interesting[] = {
    0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xB8, 0xB9, 0xA0,
    0x9F, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x8F, 0x90, 0x81,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);

  for (guint n = 0; n < 200000; n++)
    {
      guchar bytes[8];
      guint length = g_rand_int_range (rand, 1, 7);
      const char *end;
      gboolean valid;
      gboolean checked;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < length; i++)
        bytes[i] = interesting[g_rand_int_range (rand, 1, G_N_ELEMENTS (interesting))];
      bytes[length] = '\0';

      valid = g_utf8_validate ((const char *) bytes, -1, &end);
      checked = phaen_text_check ((const char *) bytes, 0, &error);
      if (valid)
        {
          /* valid text fails only for a control character or a noncharacter */
          if (!checked)
            g_assert_nonnull (strstr (error->message, "character"));
          g_assert_true (checked || strstr (error->message, "not valid UTF-8") == NULL);
        }
      else
        {
          g_autofree char *expected =
            g_strdup_printf ("byte %lu is not part of any character (the text is not valid UTF-8)",
                             (gulong) (end - (const char *) bytes) + 1);

          g_assert_false (checked);
          if (strstr (error->message, "not valid UTF-8") != NULL)
            g_assert_cmpstr (error->message, ==, expected);
        }
    }
}

static void
test_properties (void)
{
  static const char * const names[] = {
    "name", "organisation-name", "district", "province", "signer-name",
  };
  static const char * const texts[] = {
    "activities", "location", "remarks", "foreword", "signer-position", "preparing-unit",
    "announcement-text-1", "target",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (phaen_text_property_is_name (names[i]));
      g_assert_cmpuint (phaen_text_property_max_chars (names[i]), ==, PHAEN_LIMIT_NAME_CHARS);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_false (phaen_text_property_is_name (texts[i]));
      g_assert_cmpuint (phaen_text_property_max_chars (texts[i]), ==, PHAEN_LIMIT_TEXT_CHARS);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/text/name/cases", test_name_cases);
  g_test_add_func ("/model/text/name/two-ways", test_name_two_ways);
  g_test_add_func ("/model/text/name/null", test_name_null);
  g_test_add_func ("/model/text/name/idempotent", test_name_idempotent);
  g_test_add_func ("/model/text/free/cases", test_free_text_cases);
  g_test_add_func ("/model/text/free/random", test_free_text_random);
  g_test_add_func ("/model/text/blank", test_blank);
  g_test_add_func ("/model/text/check/accepts", test_check_accepts);
  g_test_add_func ("/model/text/check/refuses", test_check_refuses);
  g_test_add_func ("/model/text/check/counts-characters", test_check_counts_characters);
  g_test_add_func ("/model/text/check/utf8", test_check_utf8);
  g_test_add_func ("/model/text/properties", test_properties);

  return g_test_run ();
}
