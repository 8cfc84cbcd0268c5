/* phaen-cli-table.c: aligned plain-text tables for the terminal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widths are counted in terminal columns, not bytes or characters: a Thai
 * line such as "ยุทธศาสตร์" is ten characters but takes only eight columns,
 * because its vowel and tone marks sit above or below their consonant.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include "phaen-cli-private.h"

typedef enum
{
  LINE_ROW,
  LINE_RULE,
  LINE_BLANK,
} LineKind;

typedef struct
{
  LineKind   kind;
  char       rule;   /* LINE_RULE */
  char     **cells;  /* LINE_ROW: n_columns strings */
} Line;

struct _PhaenCliTable
{
  guint      n_columns;
  char     **headers;
  gboolean  *right;
  gboolean   ragged_last;
  GArray    *lines;    /* Line */
};

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_clear_pointer (&line->cells, g_strfreev);
}

gsize
phaen_cli_text_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    right)
{
  gsize text_w = phaen_cli_text_width (text);
  gsize pad = width > text_w ? width - text_w : 0;

  if (right)
    {
      for (gsize i = 0; i < pad; i++)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  else
    {
      g_string_append (out, text);
      for (gsize i = 0; i < pad; i++)
        g_string_append_c (out, ' ');
    }
}

PhaenCliTable *
phaen_cli_table_new (guint               n_columns,
                     const char * const *headers)
{
  PhaenCliTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (PhaenCliTable, 1);
  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    table->headers[c] = g_strdup (headers[c]);
  table->right = g_new0 (gboolean, n_columns);
  table->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (table->lines, line_clear);

  return table;
}

void
phaen_cli_table_free (PhaenCliTable *table)
{
  if (table == NULL)
    return;

  g_strfreev (table->headers);
  g_free (table->right);
  g_array_unref (table->lines);
  g_free (table);
}

void
phaen_cli_table_align_right (PhaenCliTable *table,
                             guint          column)
{
  g_return_if_fail (column < table->n_columns);

  table->right[column] = TRUE;
}

void
phaen_cli_table_set_ragged_last (PhaenCliTable *table,
                                 gboolean       ragged)
{
  table->ragged_last = ragged;
}

void
phaen_cli_table_add_row (PhaenCliTable      *table,
                         const char * const *cells)
{
  Line line = { LINE_ROW, 0, NULL };

  line.cells = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    line.cells[c] = g_strdup (cells[c] != NULL ? cells[c] : "");

  g_array_append_val (table->lines, line);
}

void
phaen_cli_table_add_rule (PhaenCliTable *table,
                          char           c)
{
  Line line = { LINE_RULE, c, NULL };

  g_array_append_val (table->lines, line);
}

void
phaen_cli_table_add_blank (PhaenCliTable *table)
{
  Line line = { LINE_BLANK, 0, NULL };

  g_array_append_val (table->lines, line);
}

static void
append_line (PhaenCliTable  *table,
             GString        *out,
             char          **cells,
             const gsize    *widths)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean ragged = table->ragged_last && c + 1 == table->n_columns;

      if (c > 0)
        g_string_append (out, "  ");
      append_padded (out, cells[c], ragged ? 0 : widths[c], table->right[c]);
    }
  g_string_append_c (out, '\n');
}

static void
append_rule (GString *out,
             char     c,
             gsize    width)
{
  for (gsize k = 0; k < width; k++)
    g_string_append_c (out, c);
  g_string_append_c (out, '\n');
}

void
phaen_cli_table_append_to (PhaenCliTable *table,
                           GString       *out)
{
  g_autofree gsize *widths = g_new0 (gsize, table->n_columns);
  gsize total_width = 0;

  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = phaen_cli_text_width (table->headers[c]);

  for (guint i = 0; i < table->lines->len; i++)
    {
      Line *line = &g_array_index (table->lines, Line, i);

      if (line->kind != LINE_ROW)
        continue;
      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], phaen_cli_text_width (line->cells[c]));
    }

  /* rules run under the headers; a ragged last column counts its heading */
  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean ragged = table->ragged_last && c + 1 == table->n_columns;

      total_width += (ragged ? phaen_cli_text_width (table->headers[c]) : widths[c]) + (c > 0 ? 2 : 0);
    }

  append_line (table, out, table->headers, widths);
  append_rule (out, '-', total_width);

  for (guint i = 0; i < table->lines->len; i++)
    {
      Line *line = &g_array_index (table->lines, Line, i);

      switch (line->kind)
        {
        case LINE_ROW:
          append_line (table, out, line->cells, widths);
          break;
        case LINE_RULE:
          append_rule (out, line->rule, total_width);
          break;
        case LINE_BLANK:
        default:
          g_string_append_c (out, '\n');
          break;
        }
    }
}
