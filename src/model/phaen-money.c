/* phaen-money.c: amounts of money as integer satang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-model-error.h"
#include "phaen-money.h"
#include "phaen-thai.h"

typedef enum
{
  PARSE_OK,
  PARSE_NOT_A_NUMBER,
  PARSE_BAD_COMMA,
  PARSE_NO_DECIMALS,
  PARSE_TOO_MANY_DECIMALS,
  PARSE_TOO_LARGE,
} ParseResult;

/* Returns @text without surrounding whitespace (Unicode spaces included,
 * so a no-break space pasted from a spreadsheet is accepted). */
static char *
strip_spaces (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, (gsize) (end - start));
}

/* Reads an unsigned amount made of ASCII digits, commas and one point. */
static ParseResult
parse_unsigned (const char *s,
                gint64     *out_satang)
{
  const char *dot;
  guint64 baht = 0;
  guint64 fraction = 0;
  guint int_digits = 0;
  guint frac_digits = 0;
  guint group_len = 0;
  gboolean commas = FALSE;
  gboolean comma_misplaced = FALSE;
  gboolean too_large = FALSE;

  /* Any character besides digits, commas and a single point, or a comma
   * after the point, makes it no number at all. */
  dot = strchr (s, '.');
  for (const char *p = s; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        continue;
      if (*p == ',' && (dot == NULL || p < dot))
        continue;
      if (*p == '.' && p == dot)
        continue;
      return PARSE_NOT_A_NUMBER;
    }

  for (const char *p = s; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',')
        {
          if (commas ? group_len != 3 : (group_len == 0 || group_len > 3))
            comma_misplaced = TRUE;
          commas = TRUE;
          group_len = 0;
          continue;
        }

      int_digits++;
      group_len++;
      if (!too_large)
        {
          baht = baht * 10 + (guint64) (*p - '0');
          if (baht > (guint64) (PHAEN_MONEY_MAX / PHAEN_SATANG_PER_BAHT))
            too_large = TRUE;
        }
    }

  if (commas && group_len != 3)
    comma_misplaced = TRUE;

  if (dot != NULL)
    {
      for (const char *p = dot + 1; *p != '\0'; p++)
        {
          frac_digits++;
          if (frac_digits <= 2)
            fraction = fraction * 10 + (guint64) (*p - '0');
        }
      if (frac_digits == 1)
        fraction *= 10;
    }

  if (int_digits == 0 && frac_digits == 0)
    return PARSE_NOT_A_NUMBER;
  if (comma_misplaced)
    return PARSE_BAD_COMMA;
  if (dot != NULL && frac_digits == 0)
    return PARSE_NO_DECIMALS;
  if (frac_digits > 2)
    return PARSE_TOO_MANY_DECIMALS;
  if (too_large)
    return PARSE_TOO_LARGE;

  if (baht * 100 + fraction > (guint64) PHAEN_MONEY_MAX)
    return PARSE_TOO_LARGE;

  *out_satang = (gint64) (baht * 100 + fraction);

  return PARSE_OK;
}

gboolean
phaen_money_parse (const char            *text,
                   PhaenMoneyParseFlags   flags,
                   gint64                *out_satang,
                   GError               **error)
{
  g_autofree char *valid = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *max_text = NULL;
  ParseResult result;
  gint64 satang = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  valid = g_utf8_make_valid (text, -1);
  shown = strip_spaces (valid);

  if (shown[0] == '\0' || strcmp (shown, "-") == 0)
    {
      if (flags & PHAEN_MONEY_PARSE_EMPTY_IS_ZERO)
        {
          if (out_satang != NULL)
            *out_satang = 0;
          return TRUE;
        }

      if (shown[0] == '\0')
        g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                             _("No amount was given: write a number such as 1,500 or 0"));
      else
        g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                     _("“%s” is not an amount: write 0 for no money"), shown);
      return FALSE;
    }

  if (strcmp (valid, text) != 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” is not an amount: it contains bytes that are not text"), shown);
      return FALSE;
    }

  ascii = phaen_arabic_digits (shown);

  if (ascii[0] == '-')
    {
      gint64 ignored;

      if (parse_unsigned (ascii + 1, &ignored) == PARSE_OK)
        g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                     _("“%s” is negative: amounts must be zero or more"), shown);
      else
        g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                     _("“%s” is not an amount: use digits, optional thousands commas and at most two decimals"),
                     shown);
      return FALSE;
    }

  result = parse_unsigned (ascii, &satang);

  switch (result)
    {
    case PARSE_OK:
      if (out_satang != NULL)
        *out_satang = satang;
      return TRUE;

    case PARSE_NOT_A_NUMBER:
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” is not an amount: use digits, optional thousands commas and at most two decimals"),
                   shown);
      break;

    case PARSE_BAD_COMMA:
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” has a misplaced comma: commas must separate groups of three digits, as in 1,234,567"),
                   shown);
      break;

    case PARSE_NO_DECIMALS:
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” has a decimal point without digits after it"), shown);
      break;

    case PARSE_TOO_MANY_DECIMALS:
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” has more than two decimals: amounts go down to the satang (0.01)"),
                   shown);
      break;

    case PARSE_TOO_LARGE:
      max_text = phaen_money_format (PHAEN_MONEY_MAX, FALSE, FALSE);
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_AMOUNT,
                   _("“%s” is too large: an amount can be at most %s baht"),
                   shown, max_text);
      break;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

/* Appends @value with a comma between groups of three digits. */
static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

char *
phaen_money_format (gint64   satang,
                    gboolean decimals,
                    gboolean thai_digits)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean negative = satang < 0;
  guint64 magnitude = negative ? (guint64) 0 - (guint64) satang : (guint64) satang;

  if (decimals)
    {
      if (negative)
        g_string_append_c (out, '-');
      append_grouped (out, magnitude / 100);
      g_string_append_printf (out, ".%02u", (guint) (magnitude % 100));
    }
  else
    {
      /* half a baht and more rounds up, away from zero */
      guint64 baht = magnitude / 100 + (magnitude % 100 >= 50 ? 1 : 0);

      if (negative && baht > 0)
        g_string_append_c (out, '-');
      append_grouped (out, baht);
    }

  return phaen_digits (out->str, thai_digits);
}

char *
phaen_money_format_plain (gint64 satang)
{
  gboolean negative = satang < 0;
  guint64 magnitude = negative ? (guint64) 0 - (guint64) satang : (guint64) satang;

  if (magnitude % 100 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT,
                            negative ? "-" : "", magnitude / 100);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          negative ? "-" : "", magnitude / 100,
                          (guint) (magnitude % 100));
}
