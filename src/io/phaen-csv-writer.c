/* phaen-csv-writer.c: writing CSV fields, for every CSV Phaen writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>

#include "phaen-csv-writer.h"

/* The characters with which a spreadsheet starts a formula (or DDE)
 * when a cell begins with them, as listed by OWASP for CSV injection;
 * and LF, because the reader turns a quoted CR into LF: what was
 * neutralised before a CR must be recognised before the LF it becomes. */
static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
}

gboolean
phaen_csv_needs_neutralizing (const char *text)
{
  const char *p = text;

  /* a lone dash is how sheets write "none"; no spreadsheet computes it */
  if (strcmp (text, "-") == 0)
    return FALSE;

  /* apostrophes already in front are part of the text: one more is
   * added, so that reading takes exactly one away */
  while (*p == '\'')
    p++;

  return is_formula_start (*p);
}

const char *
phaen_csv_field_text (const char *field)
{
  const char *p = field;

  if (*p != '\'')
    return field;

  while (*p == '\'')
    p++;

  return is_formula_start (*p) ? field + 1 : field;
}

void
phaen_csv_append_field (GString    *out,
                        const char *text)
{
  gsize length = strlen (text);
  gboolean neutralize = phaen_csv_needs_neutralizing (text);
  gboolean quote;

  quote = strpbrk (text, ",\"\r\n") != NULL ||
          (length > 0 && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1])));

  if (!quote)
    {
      if (neutralize)
        g_string_append_c (out, '\'');
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (neutralize)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
phaen_csv_append_row (GString            *out,
                      const char * const *fields,
                      guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      phaen_csv_append_field (out, fields[i] != NULL ? fields[i] : "");
    }
  g_string_append_c (out, '\n');
}
