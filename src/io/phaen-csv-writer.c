/* phaen-csv-writer.c: writing CSV fields, for every CSV Phaen writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>

#include "phaen-csv-writer.h"

void
phaen_csv_append_field (GString    *out,
                        const char *text)
{
  gsize length = strlen (text);
  gboolean quote;

  quote = strpbrk (text, ",\"\r\n") != NULL ||
          (length > 0 && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1])));

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
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
