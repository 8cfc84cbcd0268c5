/* phaen-text.c: text entering a plan, normalised and checked in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Normalising is three passes: one walk over the characters for spaces,
 * line breaks and invisible characters; the Thai fixes of phaen-thai.c,
 * only when a Thai combining mark is present; Unicode NFC, only when a
 * character that NFC could change is present (from U+0300 up outside the
 * Thai block, or a Thai mark that NFC reorders: below U+0300 every
 * character is precomposed, and Thai has no canonical compositions).
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-text.h"
#include "phaen-thai.h"


typedef enum
{
  ONE_LINE,    /* a name */
  MULTI_LINE,  /* free text */
} Shape;

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

/* Invisible characters that a name never keeps: the format characters
 * (zero-width space and joiners, word joiner, soft hyphen, byte-order
 * mark, direction marks and embeddings, …). */
static gboolean
is_invisible (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_FORMAT;
}

/* Appends @line (@length bytes, no line break inside) to @out: spaces
 * made plain, runs collapsed, trimmed; invisible characters dropped from
 * names, only U+FEFF from free text. */
static void
append_line (GString    *out,
             const char *line,
             gsize       length,
             Shape       shape)
{
  const char *end = line + length;
  gboolean pending_space = FALSE;
  gboolean any = FALSE;

  for (const char *p = line; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || is_line_break (c))
        {
          pending_space = any;
          continue;
        }
      if (c == 0xFEFF || (shape == ONE_LINE && is_invisible (c)))
        continue;

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      any = TRUE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/* TRUE when tidy() would leave @text (valid UTF-8) as it is: single
 * plain spaces between words only, no other white space, no invisible
 * character that tidy() drops; for free text (@shape MULTI_LINE) also
 * lines broken by "\n" only, none blank at the start or the end. Thai
 * letters, the bulk of most texts, are told from their first two bytes. */
static gboolean
is_tidy (const char *text,
         Shape       shape)
{
  const guchar *p = (const guchar *) text;
  gboolean after_space = TRUE;   /* no space at the start of a line */

  while (*p != '\0')
    {
      gunichar c;

      if (*p == ' ')
        {
          if (after_space)
            return FALSE;
          after_space = TRUE;
          p++;
          continue;
        }
      if (*p == '\n' && shape == MULTI_LINE)
        {
          /* not a blank first line, no space before the break; blank
           * lines inside the text stay */
          if (p == (const guchar *) text || p[-1] == ' ')
            return FALSE;
          after_space = TRUE;
          p++;
          continue;
        }
      after_space = FALSE;

      if (*p < 0x80)
        {
          if (*p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            return FALSE;
          p++;
          continue;
        }
      if (p[0] == 0xE0 && (p[1] == 0xB8 || p[1] == 0xB9))
        {
          p += 3;   /* U+0E00–U+0E7F */
          continue;
        }

      c = g_utf8_get_char ((const char *) p);
      if (g_unichar_isspace (c) || is_line_break (c) || c == 0xFEFF ||
          (shape == ONE_LINE && is_invisible (c)))
        return FALSE;
      p = (const guchar *) g_utf8_next_char (p);
    }

  /* no space (nor, for free text, blank line) at the end */
  return !after_space || p == (const guchar *) text;
}

/* Spaces, line breaks and invisible characters of valid @text. */
static char *
tidy (const char *text,
      Shape       shape)
{
  g_autoptr(GPtrArray) lines = NULL;
  GString *out;
  const char *p = text;
  guint first = 0, last = 0;

  if (is_tidy (text, shape))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  if (shape == ONE_LINE)
    {
      append_line (out, text, strlen (text), ONE_LINE);
      return g_string_free (out, FALSE);
    }

  lines = g_ptr_array_new_with_free_func (g_free);
  while (TRUE)
    {
      const char *start = p;
      GString *line = g_string_new (NULL);
      gunichar c = 0;

      while (*p != '\0' && !is_line_break (c = g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      append_line (line, start, (gsize) (p - start), MULTI_LINE);
      g_ptr_array_add (lines, g_string_free (line, FALSE));

      if (*p == '\0')
        break;
      if (c == '\r' && p[1] == '\n')   /* CR LF is one break */
        p++;
      p = g_utf8_next_char (p);
    }

  /* No blank line at the start or at the end. */
  while (first < lines->len && *(char *) lines->pdata[first] == '\0')
    first++;
  for (guint i = first; i < lines->len; i++)
    if (*(char *) lines->pdata[i] != '\0')
      last = i;

  for (guint i = first; i < lines->len && i <= last; i++)
    {
      if (i > first)
        g_string_append_c (out, '\n');
      g_string_append (out, lines->pdata[i]);
    }

  return g_string_free (out, FALSE);
}

/* The canonical combining class of a Thai character (0 for most). */
static guint
thai_combining_class (gunichar c)
{
  if (c == 0x0E38 || c == 0x0E39)
    return 103;
  if (c == 0x0E3A)
    return 9;
  if (c >= 0x0E48 && c <= 0x0E4B)
    return 107;
  return 0;
}

/* What the Thai and NFC passes need to do for @text (valid UTF-8). NFC
 * changes Thai text only where two marks with a combining class stand
 * next to each other in the wrong order; any other character from U+0300
 * up may compose or reorder. */
static void
scan (const char *text,
      gboolean   *needs_thai,
      gboolean   *needs_nfc)
{
  guint previous_class = 0;

  *needs_nfc = FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; )
    {
      if (*p < 0x80)
        {
          previous_class = 0;
          p++;
        }
      else if (p[0] == 0xE0 && (p[1] == 0xB8 || p[1] == 0xB9))
        {
          /* U+0E00–U+0E7F without decoding: E0 B8 xx, E0 B9 xx */
          gunichar c = (p[1] == 0xB8 ? 0x0E00 : 0x0E40) + (gunichar) (p[2] - 0x80);
          guint class = thai_combining_class (c);

          if (class != 0 && previous_class > class)
            *needs_nfc = TRUE;
          previous_class = class;
          p += 3;
        }
      else if (*p < 0xCC)
        {
          previous_class = 0;   /* two bytes, below U+0300 */
          p += 2;
        }
      else
        {
          /* from U+0300 up, outside the Thai block: NFC may change it */
          *needs_nfc = TRUE;
          break;
        }
    }

  *needs_thai = phaen_thai_marks_misordered_valid (text);
}

/* Spaces first, so that a character they remove cannot leave marks
 * misordered behind it; then the Thai fixes and NFC, again until neither
 * changes anything: NFC may bring two equal Thai marks together across a
 * mark of another script, and it orders phinthu before a below vowel. Two
 * rounds are the most any text needs; the bound only guards the loop. */
static char *
normalize (const char *text,
           Shape       shape)
{
  g_autofree char *valid = NULL;
  char *result;
  gboolean needs_thai, needs_nfc;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  result = tidy (text, shape);

  for (guint round = 0; round < 8; round++)
    {
      g_autofree char *before = NULL;

      scan (result, &needs_thai, &needs_nfc);
      if (!needs_thai && !needs_nfc)
        break;

      before = result;
      if (needs_thai)
        {
          result = phaen_thai_normalize_marks (before);
          /* The Thai order may set marks against NFC's. */
          scan (result, &needs_thai, &needs_nfc);
        }
      if (needs_nfc)
        {
          g_autofree char *thai = result != before ? result : NULL;

          result = g_utf8_normalize (thai != NULL ? thai : before, -1, G_NORMALIZE_NFC);
        }

      if (result == before)
        {
          before = NULL;
          break;
        }
      if (strcmp (result, before) == 0)
        break;
    }

  return result;
}

char *
phaen_text_normalize_name (const char *text)
{
  return normalize (text, ONE_LINE);
}

char *
phaen_text_normalize (const char *text)
{
  return normalize (text, MULTI_LINE);
}

gboolean
phaen_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if ((gint32) c < 0)
        return FALSE;   /* broken bytes are something */
      if (!g_unichar_isspace (c) && !is_line_break (c) && !is_invisible (c))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_control (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         (c >= 0x7F && c <= 0x9F);
}

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* The length of the UTF-8 sequence starting at @p (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or 0 when it is not one,
 * and the character in *@c. */
static guint
decode (const guchar *p,
        gunichar     *c)
{
  guchar lead = p[0];
  guchar low = 0x80, high = 0xBF;   /* range of the second byte */
  guint length;

  if (lead < 0x80)
    {
      *c = lead;
      return 1;
    }
  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    {
      length = 3;
      if (lead == 0xE0)
        low = 0xA0;
      else if (lead == 0xED)
        high = 0x9F;
    }
  else if (lead >= 0xF0 && lead <= 0xF4)
    {
      length = 4;
      if (lead == 0xF0)
        low = 0x90;
      else if (lead == 0xF4)
        high = 0x8F;
    }
  else
    return 0;

  if (p[1] < low || p[1] > high)
    return 0;
  *c = lead & (0xFF >> (length + 1));
  for (guint i = 1; i < length; i++)
    {
      if (i > 1 && (p[i] & 0xC0) != 0x80)
        return 0;
      *c = (*c << 6) | (p[i] & 0x3F);
    }

  return length;
}

gboolean
phaen_text_check (const char  *text,
                  guint        max_chars,
                  GError     **error)
{
  gsize n_chars = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One pass that validates, counts and looks at each character. Plain
   * ASCII and the Thai block (E0 B8 xx, E0 B9 xx: no control character
   * nor noncharacter there), most of any plan, go without the general
   * decoder. */
  for (const guchar *p = (const guchar *) text; *p != '\0'; n_chars++)
    {
      gunichar c;
      guint length;

      if (*p >= 0x20 && *p < 0x7F)
        {
          p++;
          continue;
        }
      if (p[0] == 0xE0 && (p[1] == 0xB8 || p[1] == 0xB9) && (p[2] & 0xC0) == 0x80)
        {
          p += 3;
          continue;
        }

      length = decode (p, &c);

      if (length == 0)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                       _("byte %lu is not part of any character (the text is not valid UTF-8)"),
                       (gulong) (p - (const guchar *) text) + 1);
          return FALSE;
        }
      p += length;

      if (is_control (c))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                       _("character %lu is the control character U+%04X, which a plan cannot hold"),
                       (gulong) n_chars + 1, (guint) c);
          return FALSE;
        }
      if (is_noncharacter (c))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                       _("character %lu is U+%04X, a Unicode noncharacter, which a plan cannot hold"),
                       (gulong) n_chars + 1, (guint) c);
          return FALSE;
        }
    }

  if (max_chars > 0 && n_chars > max_chars)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                   ngettext ("the text is %lu characters long; at most %u character is allowed",
                             "the text is %lu characters long; at most %u characters are allowed",
                             max_chars),
                   (gulong) n_chars, max_chars);
      return FALSE;
    }

  return TRUE;
}

gboolean
phaen_text_property_is_name (const char *property)
{
  static const char * const names[] = {
    "name", "organisation-name", "district", "province", "signer-name", NULL,
  };

  g_return_val_if_fail (property != NULL, FALSE);

  return g_strv_contains (names, property);
}

guint
phaen_text_property_max_chars (const char *property)
{
  return phaen_text_property_is_name (property) ? PHAEN_LIMIT_NAME_CHARS
                                                : PHAEN_LIMIT_TEXT_CHARS;
}
