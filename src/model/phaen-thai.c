/* phaen-thai.c: Thai digits, amounts in words, mark order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include "phaen-thai.h"

#define THAI_DIGIT_ZERO 0x0E50
#define THAI_DIGIT_NINE 0x0E59

#define THAI_SARA_AA 0x0E32
#define THAI_SARA_AM 0x0E33
#define THAI_NIKHAHIT 0x0E4D

/* ------------------------------------------------------------------ */
/* Digits                                                              */
/* ------------------------------------------------------------------ */

char *
phaen_thai_digits (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 3);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (out, THAI_DIGIT_ZERO + (gunichar) (*p - '0'));
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

char *
phaen_arabic_digits (const char *text)
{
  GString *out;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  while (*p != '\0')
    {
      /* Thai digits are the three bytes E0 B9 90 … E0 B9 99; matching the
       * bytes leaves any invalid UTF-8 elsewhere untouched. */
      if ((guchar) p[0] == 0xE0 && (guchar) p[1] == 0xB9 &&
          (guchar) p[2] >= 0x90 && (guchar) p[2] <= 0x99)
        {
          g_string_append_c (out, (char) ('0' + ((guchar) p[2] - 0x90)));
          p += 3;
        }
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }

  return g_string_free (out, FALSE);
}

char *
phaen_digits (const char *text,
              gboolean    thai)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (thai)
    return phaen_thai_digits (text);

  return g_strdup (text);
}

char *
phaen_format_uint (guint64  value,
                   gboolean thai)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT, value);

  return phaen_digits (buf, thai);
}

/* ------------------------------------------------------------------ */
/* Amount in words                                                     */
/* ------------------------------------------------------------------ */

static const char * const digit_words[10] = {
  "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};

/* Place names inside a group of six digits; index 0 (units) has none. */
static const char * const place_words[6] = {
  "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน",
};

#define WORD_ONE_AFTER "เอ็ด"
#define WORD_TWENTY    "ยี่สิบ"
#define WORD_MILLION   "ล้าน"

/* Appends the words of @group (0 … 999,999). @higher is TRUE when a
 * non-zero digit of the amount stands before this group (in a higher
 * million group); it decides how a lone units 1 after a zero tens digit
 * is read. Nothing is appended for 0. */
static void
append_group (GString            *out,
              guint               group,
              gboolean            higher,
              PhaenBahttextStyle  style)
{
  guint digits[6];
  gboolean seen = higher;

  g_assert (group < 1000000);

  for (guint i = 0; i < 6; i++)
    {
      digits[i] = group % 10;
      group /= 10;
    }

  for (guint place = 5; place >= 1; place--)
    {
      guint d = digits[place];

      if (d == 0)
        continue;

      if (place == 1 && d == 1)
        g_string_append (out, place_words[1]);
      else if (place == 1 && d == 2)
        g_string_append (out, WORD_TWENTY);
      else
        {
          g_string_append (out, digit_words[d]);
          g_string_append (out, place_words[place]);
        }
      seen = TRUE;
    }

  if (digits[0] == 1 && digits[1] != 0)
    {
      /* 11, 21, 111: always เอ็ด after a tens digit */
      g_string_append (out, WORD_ONE_AFTER);
    }
  else if (digits[0] == 1 && seen)
    {
      /* 101, 1001, 1,000,001: the two conventions part here */
      if (style == PHAEN_BAHTTEXT_SPREADSHEET)
        g_string_append (out, digit_words[1]);
      else
        g_string_append (out, WORD_ONE_AFTER);
    }
  else if (digits[0] != 0)
    {
      g_string_append (out, digit_words[digits[0]]);
    }
}

/* Appends the words of @value (> 0), with ล้าน repeated for every full
 * million group below a digit: 10^12 → หนึ่งล้านล้าน. */
static void
append_number (GString            *out,
               guint64             value,
               gboolean            higher,
               PhaenBahttextStyle  style)
{
  if (value >= 1000000)
    {
      append_number (out, value / 1000000, higher, style);
      g_string_append (out, WORD_MILLION);
      higher = TRUE;
    }

  append_group (out, (guint) (value % 1000000), higher, style);
}

char *
phaen_bahttext (gint64             satang,
                PhaenBahttextStyle style)
{
  GString *out;
  guint64 baht;
  guint fraction;

  g_return_val_if_fail (satang >= 0, NULL);
  g_return_val_if_fail (style == PHAEN_BAHTTEXT_ROYAL_INSTITUTE ||
                        style == PHAEN_BAHTTEXT_SPREADSHEET, NULL);

  baht = (guint64) satang / 100;
  fraction = (guint) ((guint64) satang % 100);

  if (baht == 0 && fraction == 0)
    return g_strdup ("ศูนย์บาทถ้วน");

  out = g_string_new (NULL);

  if (baht > 0)
    {
      append_number (out, baht, FALSE, style);
      g_string_append (out, "บาท");
    }

  if (fraction == 0)
    {
      g_string_append (out, "ถ้วน");
    }
  else
    {
      /* Satang are read on their own, as a number 1 … 99. */
      append_number (out, fraction, FALSE, style);
      g_string_append (out, "สตางค์");
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* Mark order                                                          */
/* ------------------------------------------------------------------ */

/* Vowels written above or below the base: they sit next to it. */
static inline gboolean
is_inner_vowel (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A);
}

/* Tone marks, ไม้ไต่คู้, การันต์ and นิคหิต: they stack on top of the vowel. */
static inline gboolean
is_outer_mark (gunichar c)
{
  return c >= 0x0E47 && c <= 0x0E4D;
}

static inline gboolean
is_tone_mark (gunichar c)
{
  return c >= 0x0E48 && c <= 0x0E4B;
}

static inline gboolean
is_stacking_mark (gunichar c)
{
  return is_inner_vowel (c) || is_outer_mark (c);
}

/* Writes the marks of one base in rendering order: inner vowels first,
 * then the outer marks, each group in its typed order, a mark equal to
 * the one just written dropped. */
static void
flush_marks (GString  *out,
             GArray   *marks)
{
  gunichar last = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < marks->len; i++)
        {
          gunichar c = g_array_index (marks, gunichar, i);

          if ((pass == 0) != is_inner_vowel (c))
            continue;
          if (c == last)
            continue;

          g_string_append_unichar (out, c);
          last = c;
        }
    }

  g_array_set_size (marks, 0);
}

/* Removes every nikhahit from @marks; TRUE when there was one. */
static gboolean
take_nikhahit (GArray *marks)
{
  gboolean found = FALSE;

  for (guint i = marks->len; i > 0; i--)
    {
      if (g_array_index (marks, gunichar, i - 1) == THAI_NIKHAHIT)
        {
          g_array_remove_index (marks, i - 1);
          found = TRUE;
        }
    }

  return found;
}

/* TRUE when phaen_thai_normalize_marks() would leave valid @text as it
 * is: in every run of marks the inner vowels come first and no mark
 * follows an equal one, no nikhahit is followed by sara aa, and no tone
 * mark follows sara am. Most text is like that; this answers without
 * building the normal form. */
static gboolean
marks_in_order (const char *text)
{
  gunichar previous = 0;
  gunichar last_mark = 0;      /* the previous character, if a mark */
  gboolean seen_outer = FALSE; /* in the current run of marks */
  gboolean seen_nikhahit = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const guchar *b = (const guchar *) p;
      gunichar c;

      /* Thai letters (E0 B8 xx, E0 B9 xx) without the general decoder */
      if (b[0] == 0xE0 && (b[1] == 0xB8 || b[1] == 0xB9))
        c = (b[1] == 0xB8 ? 0x0E00 : 0x0E40) + (gunichar) (b[2] - 0x80);
      else
        c = g_utf8_get_char (p);

      if (is_stacking_mark (c))
        {
          if (c == last_mark ||
              (is_inner_vowel (c) && seen_outer) ||
              (previous == THAI_SARA_AM && is_tone_mark (c)))
            return FALSE;
          seen_outer |= is_outer_mark (c);
          seen_nikhahit |= c == THAI_NIKHAHIT;
          last_mark = c;
        }
      else
        {
          if (c == THAI_SARA_AA && seen_nikhahit)
            return FALSE;
          seen_outer = seen_nikhahit = FALSE;
          last_mark = 0;
        }

      previous = c;
    }

  return TRUE;
}

char *
phaen_thai_normalize_marks (const char *text)
{
  g_autoptr(GArray) marks = NULL;
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  /* Nothing sensible can be done with broken UTF-8: keep it as it is. */
  if (!g_utf8_validate (text, -1, NULL) || marks_in_order (text))
    return g_strdup (text);

  marks = g_array_new (FALSE, FALSE, sizeof (gunichar));
  out = g_string_sized_new (strlen (text));

  p = text;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      p = g_utf8_next_char (p);

      if (is_stacking_mark (c))
        {
          g_array_append_val (marks, c);
          continue;
        }

      if (c == THAI_SARA_AA && take_nikhahit (marks))
        c = THAI_SARA_AM;   /* ํ + า (tone marks anywhere around) is ำ */

      if (c == THAI_SARA_AM)
        {
          /* A tone mark belongs before สระอำ (น้ำ); one typed after it
           * (นำ้) joins the marks of the base instead. */
          while (*p != '\0' && is_tone_mark (g_utf8_get_char (p)))
            {
              gunichar tone = g_utf8_get_char (p);

              g_array_append_val (marks, tone);
              p = g_utf8_next_char (p);
            }
        }

      flush_marks (out, marks);
      g_string_append_unichar (out, c);
    }

  flush_marks (out, marks);

  return g_string_free (out, FALSE);
}

gboolean
phaen_thai_marks_misordered (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return g_utf8_validate (text, -1, NULL) && !marks_in_order (text);
}

gboolean
phaen_thai_marks_misordered_valid (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return !marks_in_order (text);
}
