/* phaen-table.c: a generic ruled table laid out over pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <string.h>

#include "phaen-render-private.h"
#include "phaen-table.h"

#define TEXT_FLAGS_MASK 0xFF

typedef struct
{
  guint        column;
  guint        column_span;
  guint        row_span;        /* header cells only */
  guint        flags;
  double       size;
  char        *text;            /* as given */
  double       box_width;       /* room for the text, points */
  double       drop;            /* a shrunk text moves down to sit on the normal baseline */
  PangoLayout *layout;          /* shared: see phaen_render_text_shared() */
  double       text_width;      /* logical size of @layout, points */
  double       text_height;
  /* Logical top and bottom of every line, points from the layout top. */
  GArray      *line_top;        /* double */
  GArray      *line_bottom;     /* double */
} Cell;

typedef struct
{
  guint  first;
  guint  last;
  double inset;
} Arrow;

typedef struct
{
  GPtrArray *cells;     /* Cell* */
  guint      flags;
  double     height;    /* natural height, computed by measure() */
  double     first_line;/* height of the first text line */
  GArray    *arrows;    /* Arrow */
} Row;

typedef struct
{
  guint first;
  guint last;
} Range;

/* A heading row and the rows it heads; @row is the heading as repeated
 * on the next page, built by measure(). */
typedef struct
{
  guint  heading;
  guint  last;
  char  *continued;
  Row   *row;
} Group;

struct _PhaenTable
{
  PhaenRenderContext *ctx;
  guint               n_columns;
  double             *column_x;   /* n_columns + 1 */
  double              hpad;
  double              hpad_tight;
  double              vpad;
  double              rule;
  GPtrArray          *header;     /* Row* */
  GPtrArray          *rows;       /* Row* */
  GArray             *keep;       /* Range */
  GArray             *groups;     /* Group, in the order of their headings */
  double             *header_heights;
  double              header_height;
  gboolean            measured;
};

/* Where the lines of one cell have got to while a row is being split. */
typedef struct
{
  guint *next_line;   /* per cell */
} Cursor;

typedef struct
{
  PhaenTable         *table;
  PhaenTablePageFunc  page_func;
  gpointer            user_data;
  GArray             *placements;
  guint               next_row;    /* the body row a new page starts with */
  PhaenPage          *page;
  guint               page_index;
  double              top;         /* header top */
  double              bottom;
  double              body_top;    /* under the header */
  double              y;           /* next free y */
  guint               body_pieces; /* body rows placed on this page */
  gint                last_row;    /* last body row placed on this page, -1 */
  gboolean            stopped;     /* the page function gave no page */
} Layout;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->line_top, g_array_unref);
  g_clear_pointer (&cell->line_bottom, g_array_unref);
  g_free (cell);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_ptr_array_unref (row->cells);
  g_array_unref (row->arrows);
  g_free (row);
}

static Row *
row_new (guint flags)
{
  Row *row = g_new0 (Row, 1);

  row->cells = g_ptr_array_new_with_free_func (cell_free);
  row->arrows = g_array_new (FALSE, FALSE, sizeof (Arrow));
  row->flags = flags;

  return row;
}

PhaenTable *
phaen_table_new (PhaenRenderContext *ctx,
                 double              x,
                 guint               n_columns,
                 const double       *widths_mm)
{
  PhaenTable *table;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (widths_mm != NULL, NULL);

  table = g_new0 (PhaenTable, 1);
  table->ctx = ctx;
  table->n_columns = n_columns;
  table->column_x = g_new0 (double, n_columns + 1);
  table->column_x[0] = x;
  for (guint i = 0; i < n_columns; i++)
    table->column_x[i + 1] = table->column_x[i] + PHAEN_MM (widths_mm[i]);
  table->hpad = PHAEN_MM (1.5);
  table->hpad_tight = PHAEN_MM (0.2);
  table->vpad = PHAEN_MM (1.0);
  table->rule = 0.5;
  table->header = g_ptr_array_new_with_free_func (row_free);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->keep = g_array_new (FALSE, FALSE, sizeof (Range));
  table->groups = g_array_new (FALSE, FALSE, sizeof (Group));

  return table;
}

void
phaen_table_free (PhaenTable *table)
{
  if (table == NULL)
    return;

  g_free (table->column_x);
  g_ptr_array_unref (table->header);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->keep);
  for (guint i = 0; i < table->groups->len; i++)
    {
      Group *group = &g_array_index (table->groups, Group, i);

      g_free (group->continued);
      g_clear_pointer (&group->row, row_free);
    }
  g_array_unref (table->groups);
  g_free (table->header_heights);
  g_free (table);
}

void
phaen_table_set_padding (PhaenTable *table,
                         double      horizontal_mm,
                         double      vertical_mm)
{
  g_return_if_fail (table != NULL);

  table->hpad = PHAEN_MM (horizontal_mm);
  table->vpad = PHAEN_MM (vertical_mm);
}

void
phaen_table_set_rule_width (PhaenTable *table,
                            double      width)
{
  g_return_if_fail (table != NULL);

  table->rule = width;
}

guint
phaen_table_get_n_columns (PhaenTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->n_columns;
}

double
phaen_table_get_column_x (PhaenTable *table,
                          guint       column)
{
  g_return_val_if_fail (table != NULL, 0.0);
  g_return_val_if_fail (column <= table->n_columns, 0.0);

  return table->column_x[column];
}

double
phaen_table_get_width (PhaenTable *table)
{
  g_return_val_if_fail (table != NULL, 0.0);

  return table->column_x[table->n_columns] - table->column_x[0];
}

static double
cell_hpad (PhaenTable *table,
           guint       flags)
{
  return (flags & PHAEN_CELL_TIGHT) ? table->hpad_tight : table->hpad;
}

static double
cell_indent (guint flags)
{
  return (flags & PHAEN_CELL_INDENT) ? PHAEN_MM (5.0) : 0.0;
}

static Cell *
cell_new (PhaenTable *table,
          guint       column,
          guint       column_span,
          const char *text,
          double      size_pt,
          guint       flags)
{
  Cell *cell = g_new0 (Cell, 1);
  double width;
  PangoLayoutIter *iter;

  cell->column = column;
  cell->column_span = MAX (column_span, 1);
  cell->row_span = 1;
  cell->flags = flags;
  cell->size = size_pt;
  cell->text = g_strdup (text);

  width = table->column_x[column + cell->column_span] - table->column_x[column]
          - 2 * cell_hpad (table, flags) - cell_indent (flags);
  cell->box_width = MAX (width, 1.0);
  if (flags & (PHAEN_CELL_NO_WRAP | PHAEN_CELL_SHRINK))
    {
      /* Unwrapped; aligned in the box by draw_cell_text(). */
      cell->layout = phaen_render_text_shared (table->ctx, text, size_pt, flags & TEXT_FLAGS_MASK, -1);
      if (flags & PHAEN_CELL_SHRINK)
        {
          PangoRectangle logical;
          double natural;

          pango_layout_get_extents (cell->layout, NULL, &logical);
          natural = logical.width / (double) PANGO_SCALE;
          if (natural > cell->box_width)
            {
              double normal_baseline, shrunk_baseline;

              phaen_render_text_first_line (cell->layout, &normal_baseline, NULL);
              cell->size = MAX (size_pt * cell->box_width / natural * 0.99, 4.0);
              g_object_unref (cell->layout);
              cell->layout = phaen_render_text_shared (table->ctx, text, cell->size,
                                                       flags & TEXT_FLAGS_MASK, -1);
              phaen_render_text_first_line (cell->layout, &shrunk_baseline, NULL);
              cell->drop = MAX (normal_baseline - shrunk_baseline, 0.0);
            }
        }
    }
  else
    cell->layout = phaen_render_text_shared (table->ctx, text, size_pt,
                                             flags & TEXT_FLAGS_MASK, cell->box_width);
  {
    PangoRectangle logical;

    pango_layout_get_extents (cell->layout, NULL, &logical);
    cell->text_width = logical.width / (double) PANGO_SCALE;
    cell->text_height = logical.height / (double) PANGO_SCALE;
  }

  cell->line_top = g_array_new (FALSE, FALSE, sizeof (double));
  cell->line_bottom = g_array_new (FALSE, FALSE, sizeof (double));
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = logical.y / (double) PANGO_SCALE;
      bottom = (logical.y + logical.height) / (double) PANGO_SCALE;
      g_array_append_val (cell->line_top, top);
      g_array_append_val (cell->line_bottom, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return cell;
}

static double
cell_text_height (Cell *cell)
{
  double drop = (cell->flags & PHAEN_CELL_MIDDLE) ? 0.0 : cell->drop;

  return cell->text_height + drop;
}

guint
phaen_table_add_header_row (PhaenTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  g_ptr_array_add (table->header, row_new (0));
  table->measured = FALSE;

  return table->header->len - 1;
}

void
phaen_table_add_header_cell (PhaenTable *table,
                             guint       header_row,
                             guint       column,
                             guint       column_span,
                             guint       row_span,
                             const char *text,
                             double      size_pt,
                             guint       flags)
{
  Row *row;
  Cell *cell;

  g_return_if_fail (table != NULL);
  g_return_if_fail (header_row < table->header->len);
  g_return_if_fail (column + MAX (column_span, 1) <= table->n_columns);

  row = g_ptr_array_index (table->header, header_row);
  cell = cell_new (table, column, column_span, text, size_pt, flags | PHAEN_CELL_MIDDLE);
  cell->row_span = MAX (row_span, 1);
  g_ptr_array_add (row->cells, cell);
  table->measured = FALSE;
}

guint
phaen_table_add_row (PhaenTable    *table,
                     PhaenRowFlags  flags)
{
  g_return_val_if_fail (table != NULL, 0);

  g_ptr_array_add (table->rows, row_new (flags));
  table->measured = FALSE;

  return table->rows->len - 1;
}

void
phaen_table_set_cell (PhaenTable *table,
                      guint       row_index,
                      guint       column,
                      guint       column_span,
                      const char *text,
                      double      size_pt,
                      guint       flags)
{
  Row *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (row_index < table->rows->len);
  g_return_if_fail (column + MAX (column_span, 1) <= table->n_columns);

  row = g_ptr_array_index (table->rows, row_index);
  if (row->flags & PHAEN_ROW_BOLD)
    flags |= PHAEN_TEXT_BOLD;

  /* Replace a cell set before at the same column. */
  for (guint i = 0; i < row->cells->len; i++)
    {
      Cell *old = g_ptr_array_index (row->cells, i);

      if (old->column == column)
        {
          g_ptr_array_remove_index (row->cells, i);
          break;
        }
    }

  g_ptr_array_add (row->cells, cell_new (table, column, column_span, text, size_pt, flags));
  table->measured = FALSE;
}

void
phaen_table_add_arrow (PhaenTable *table,
                       guint       row_index,
                       guint       first,
                       guint       last,
                       double      inset_mm)
{
  Row *row;
  Arrow arrow = { first, last, PHAEN_MM (inset_mm) };

  g_return_if_fail (table != NULL);
  g_return_if_fail (row_index < table->rows->len);
  g_return_if_fail (first <= last && last < table->n_columns);

  row = g_ptr_array_index (table->rows, row_index);
  g_array_append_val (row->arrows, arrow);
}

void
phaen_table_keep_together (PhaenTable *table,
                           guint       first,
                           guint       last)
{
  Range range = { first, last };

  g_return_if_fail (table != NULL);
  g_return_if_fail (first <= last);

  g_array_append_val (table->keep, range);
}

void
phaen_table_add_group (PhaenTable *table,
                       guint       heading,
                       guint       last,
                       const char *continued)
{
  Group group = { heading, last, g_strdup (continued), NULL };
  guint at;

  g_return_if_fail (table != NULL);
  g_return_if_fail (heading < table->rows->len);
  g_return_if_fail (last >= heading);
  g_return_if_fail (continued != NULL);

  /* Kept in the order of their headings: outer groups first. */
  for (at = table->groups->len; at > 0; at--)
    if (g_array_index (table->groups, Group, at - 1).heading <= heading)
      break;
  g_array_insert_val (table->groups, at, group);
  table->measured = FALSE;
}

guint
phaen_table_get_n_rows (PhaenTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

/* Natural height and first line of @row. */
static void
measure_row (PhaenTable *table,
             Row        *row,
             double      probe_line)
{
  double height = 0;

  row->first_line = 0;
  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);
      double first;

      height = MAX (height, cell_text_height (cell));
      first = g_array_index (cell->line_bottom, double, 0) - g_array_index (cell->line_top, double, 0);
      if (pango_layout_get_text (cell->layout)[0] != '\0')
        row->first_line = MAX (row->first_line, first);
    }
  if (row->first_line <= 0)
    row->first_line = probe_line;
  row->height = MAX (height, row->first_line) + 2 * table->vpad;
}

/* A copy of @heading whose first cell says @text. */
static Row *
continued_row (PhaenTable *table,
               Row        *heading,
               const char *text)
{
  Row *row = row_new (heading->flags);
  guint first = G_MAXUINT;

  for (guint c = 0; c < heading->cells->len; c++)
    first = MIN (first, ((Cell *) g_ptr_array_index (heading->cells, c))->column);

  for (guint c = 0; c < heading->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (heading->cells, c);

      g_ptr_array_add (row->cells, cell_new (table, cell->column, cell->column_span,
                                             cell->column == first ? text : cell->text,
                                             cell->size, cell->flags));
    }

  return row;
}

static void
measure (PhaenTable *table)
{
  guint n_header = table->header->len;
  g_autoptr(PangoLayout) probe = NULL;
  double probe_line;

  if (table->measured)
    return;

  /* The first line of a row without text: a 14-point line. */
  probe = phaen_render_text (table->ctx, "ก", 14, 0, -1);
  probe_line = phaen_render_text_height (probe);

  for (guint r = 0; r < table->rows->len; r++)
    measure_row (table, g_ptr_array_index (table->rows, r), probe_line);

  /* The headings as repeated on a next page. */
  for (guint g = 0; g < table->groups->len; g++)
    {
      Group *group = &g_array_index (table->groups, Group, g);

      g_clear_pointer (&group->row, row_free);
      group->row = continued_row (table, g_ptr_array_index (table->rows, group->heading),
                                  group->continued);
      measure_row (table, group->row, probe_line);
    }

  /* Header rows: cells spanning one row set its height; a cell spanning
   * several rows grows the last of them if it does not fit. */
  g_free (table->header_heights);
  table->header_heights = g_new0 (double, MAX (n_header, 1));
  for (guint r = 0; r < n_header; r++)
    {
      Row *row = g_ptr_array_index (table->header, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (row->cells, c);

          if (MIN (cell->row_span, n_header - r) == 1)
            table->header_heights[r] = MAX (table->header_heights[r],
                                            cell_text_height (cell) + 2 * table->vpad);
        }
    }
  for (guint r = 0; r < n_header; r++)
    {
      Row *row = g_ptr_array_index (table->header, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (row->cells, c);
          guint last = MIN (r + cell->row_span, n_header) - 1;
          double need = cell_text_height (cell) + 2 * table->vpad;
          double have = 0;

          for (guint k = r; k <= last; k++)
            have += table->header_heights[k];
          if (need > have)
            table->header_heights[last] += need - have;
        }
    }
  table->header_height = 0;
  for (guint r = 0; r < n_header; r++)
    table->header_height += table->header_heights[r];

  table->measured = TRUE;
}

double
phaen_table_get_row_height (PhaenTable *table,
                            guint       row)
{
  g_return_val_if_fail (table != NULL, 0.0);
  g_return_val_if_fail (row < table->rows->len, 0.0);

  measure (table);

  return ((Row *) g_ptr_array_index (table->rows, row))->height;
}

double
phaen_table_get_header_height (PhaenTable *table)
{
  g_return_val_if_fail (table != NULL, 0.0);

  measure (table);

  return table->header_height;
}

/* ---- Drawing ---- */

static void
add_placement (Layout   *lay,
               guint     row,
               double    y,
               double    height,
               gboolean  continued,
               gboolean  continuation)
{
  PhaenTablePlacement p = { row, lay->page_index - 1, y, height, continued, continuation };

  g_array_append_val (lay->placements, p);
}

/* Draws @layout into the box of @cell at @y with height @height. */
static void
draw_cell_text (Layout      *lay,
                Cell        *cell,
                PangoLayout *layout,
                double       y,
                double       height)
{
  PhaenTable *table = lay->table;
  double x = table->column_x[cell->column] + cell_hpad (table, cell->flags) + cell_indent (cell->flags);
  gboolean whole = layout == cell->layout;
  double text_height = whole ? cell->text_height : phaen_render_text_height (layout);
  double ty = y + table->vpad;

  if (cell->flags & PHAEN_CELL_MIDDLE)
    ty = y + (height - text_height) / 2.0;
  else
    ty += cell->drop;

  /* Unwrapped layouts have no width of their own to align in. */
  if (pango_layout_get_width (layout) < 0 && (cell->flags & (PHAEN_TEXT_CENTER | PHAEN_TEXT_RIGHT)))
    {
      double free_width;

      if (whole)
        free_width = cell->box_width - cell->text_width;
      else
        {
          PangoRectangle logical;

          pango_layout_get_extents (layout, NULL, &logical);
          free_width = cell->box_width - logical.width / (double) PANGO_SCALE;
        }
      x += (cell->flags & PHAEN_TEXT_CENTER) ? free_width / 2.0 : free_width;
    }

  if (pango_layout_get_text (layout)[0] != '\0')
    phaen_page_add_text (lay->page, layout, x, ty);
}

/* Top and left rules of a cell box. */
static void
draw_cell_rules (Layout *lay,
                 Cell   *cell,
                 double  y,
                 double  height)
{
  PhaenTable *table = lay->table;
  double x1 = table->column_x[cell->column];
  double x2 = table->column_x[cell->column + cell->column_span];

  phaen_page_add_line (lay->page, x1, y, x2, y, table->rule);
  phaen_page_add_line (lay->page, x1, y, x1, y + height, table->rule);
}

/* Left rules of the columns of a body row not covered by a cell. */
static void
draw_row_gaps (Layout *lay,
               Row    *row,
               double  y,
               double  height)
{
  PhaenTable *table = lay->table;
  g_autofree gboolean *covered = g_new0 (gboolean, table->n_columns);

  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);

      for (guint k = cell->column; k < cell->column + cell->column_span; k++)
        covered[k] = TRUE;
    }

  for (guint k = 0; k < table->n_columns; k++)
    if (!covered[k])
      {
        phaen_page_add_line (lay->page, table->column_x[k], y, table->column_x[k + 1], y, table->rule);
        phaen_page_add_line (lay->page, table->column_x[k], y, table->column_x[k], y + height, table->rule);
      }
}

static void
draw_header (Layout *lay)
{
  PhaenTable *table = lay->table;
  guint n_header = table->header->len;
  double y = lay->top;

  for (guint r = 0; r < n_header; r++)
    {
      Row *row = g_ptr_array_index (table->header, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (row->cells, c);
          guint last = MIN (r + cell->row_span, n_header) - 1;
          double height = 0;

          for (guint k = r; k <= last; k++)
            height += table->header_heights[k];
          draw_cell_rules (lay, cell, y, height);
          draw_cell_text (lay, cell, cell->layout, y, height);
        }
      y += table->header_heights[r];
    }

  if (n_header > 0)
    add_placement (lay, PHAEN_TABLE_HEADER, lay->top, table->header_height, FALSE, FALSE);
}

/* Closes the page: right border and bottom rule. */
static void
finish_page (Layout *lay)
{
  PhaenTable *table = lay->table;
  double x1 = table->column_x[0];
  double x2 = table->column_x[table->n_columns];

  if (lay->page == NULL)
    return;

  phaen_page_add_line (lay->page, x2, lay->top, x2, lay->y, table->rule);
  phaen_page_add_line (lay->page, x1, lay->y, x2, lay->y, table->rule);
  lay->page = NULL;
}

static void draw_arrows (Layout *lay,
                         Row    *row,
                         double  y);

/* Draws the whole of @row with its top at @y. */
static void
draw_row (Layout *lay,
          Row    *row,
          double  y)
{
  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);

      draw_cell_rules (lay, cell, y, row->height);
      draw_cell_text (lay, cell, cell->layout, y, row->height);
    }
  draw_row_gaps (lay, row, y, row->height);
  draw_arrows (lay, row, y);
}

static void
new_page (Layout *lay)
{
  PhaenTable *table = lay->table;

  finish_page (lay);

  lay->top = 0;
  lay->bottom = 0;
  lay->page = lay->page_func (lay->user_data, lay->page_index, &lay->top, &lay->bottom);
  if (lay->page == NULL)
    {
      /* The caller stops the layout (a cancelled job). */
      lay->stopped = TRUE;
      return;
    }
  lay->page_index++;

  draw_header (lay);
  lay->y = lay->top + table->header_height;

  /* A page that begins inside groups repeats their headings, outer
   * first, marked as continued. */
  for (guint g = 0; g < table->groups->len; g++)
    {
      const Group *group = &g_array_index (table->groups, Group, g);

      if (group->heading < lay->next_row && lay->next_row <= group->last)
        {
          draw_row (lay, group->row, lay->y);
          add_placement (lay, group->heading, lay->y, group->row->height, FALSE, TRUE);
          lay->y += group->row->height;
        }
    }

  lay->body_top = lay->y;
  lay->body_pieces = 0;
  lay->last_row = -1;
}

static void
draw_arrows (Layout *lay,
             Row    *row,
             double  y)
{
  PhaenTable *table = lay->table;
  double ay = y + table->vpad + row->first_line / 2.0;

  for (guint i = 0; i < row->arrows->len; i++)
    {
      const Arrow *arrow = &g_array_index (row->arrows, Arrow, i);

      phaen_page_add_arrow (lay->page,
                            table->column_x[arrow->first] + arrow->inset,
                            table->column_x[arrow->last + 1] - arrow->inset,
                            ay, 0.6);
    }
}

/* Places the whole of @r at lay->y. */
static void
place_row (Layout *lay,
           guint   r)
{
  PhaenTable *table = lay->table;
  Row *row = g_ptr_array_index (table->rows, r);

  draw_row (lay, row, lay->y);

  add_placement (lay, r, lay->y, row->height, FALSE, FALSE);
  lay->y += row->height;
  lay->body_pieces++;
  lay->last_row = r;
}

/* A layout with the lines @first..@end-1 of @cell's text. */
static PangoLayout *
cell_part (Cell  *cell,
           guint  first,
           guint  end)
{
  GSList *lines = pango_layout_get_lines_readonly (cell->layout);
  const char *text = pango_layout_get_text (cell->layout);
  PangoLayoutLine *first_line = g_slist_nth_data (lines, first);
  PangoLayoutLine *end_line = g_slist_nth_data (lines, end);
  int start = first_line->start_index;
  int stop = end_line != NULL ? end_line->start_index : (int) strlen (text);

  /* Drop the line break that ends the part, if any. */
  while (stop > start && (text[stop - 1] == '\n' || text[stop - 1] == '\r'))
    stop--;

  return phaen_render_text_part (cell->layout, start, stop);
}

/* Places as much of row @r as fits in @available points, starting from
 * the lines in @cursor (at least one line of each unfinished cell).
 * Returns TRUE when the row is complete. */
static gboolean
place_row_part (Layout  *lay,
                guint    r,
                Cursor  *cursor,
                double   available,
                gboolean continuation)
{
  PhaenTable *table = lay->table;
  Row *row = g_ptr_array_index (table->rows, r);
  double text_room = available - 2 * table->vpad;
  double used = 0;
  gboolean done = TRUE;
  g_autofree guint *ends = g_new0 (guint, row->cells->len);
  double height;

  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);
      guint n_lines = cell->line_top->len;
      guint first = cursor->next_line[c];
      guint end = first;
      double origin;

      if (first >= n_lines)
        {
          ends[c] = first;
          continue;
        }

      origin = g_array_index (cell->line_top, double, first);
      while (end < n_lines &&
             (end == first ||
              g_array_index (cell->line_bottom, double, end) - origin <= text_room))
        end++;
      ends[c] = end;
      used = MAX (used, g_array_index (cell->line_bottom, double, end - 1) - origin);
      if (end < n_lines)
        done = FALSE;
    }

  height = used + 2 * table->vpad;
  if (!done)
    height = MAX (height, available);

  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);

      draw_cell_rules (lay, cell, lay->y, height);
      if (cursor->next_line[c] < ends[c])
        {
          g_autoptr(PangoLayout) part = cell_part (cell, cursor->next_line[c], ends[c]);

          draw_cell_text (lay, cell, part, lay->y, height);
        }
      cursor->next_line[c] = ends[c];
    }
  draw_row_gaps (lay, row, lay->y, height);
  if (!continuation)
    draw_arrows (lay, row, lay->y);

  add_placement (lay, r, lay->y, height, !done, continuation);
  lay->y += height;
  lay->body_pieces++;
  lay->last_row = r;

  return done;
}

/* Splits row @r over as many pages as it needs, starting on this one. */
static void
place_split_row (Layout *lay,
                 guint   r)
{
  Row *row = g_ptr_array_index (lay->table->rows, r);
  Cursor cursor;
  gboolean continuation = FALSE;

  cursor.next_line = g_new0 (guint, row->cells->len);
  while (!place_row_part (lay, r, &cursor, lay->bottom - lay->y, continuation))
    {
      lay->next_row = r;
      new_page (lay);
      if (lay->stopped)
        break;
      continuation = TRUE;
    }
  g_free (cursor.next_line);
}

static gboolean
glued (PhaenTable *table,
       guint       r)
{
  Row *row, *next;

  if (r + 1 >= table->rows->len)
    return FALSE;

  row = g_ptr_array_index (table->rows, r);
  next = g_ptr_array_index (table->rows, r + 1);

  return (row->flags & PHAEN_ROW_KEEP_WITH_NEXT) || (next->flags & PHAEN_ROW_KEEP_WITH_PREVIOUS);
}

static double
rows_height (PhaenTable *table,
             guint       first,
             guint       last)
{
  double height = 0;

  for (guint r = first; r <= last && r < table->rows->len; r++)
    height += ((Row *) g_ptr_array_index (table->rows, r))->height;

  return height;
}

/* The last row of the soft keep-together range that starts at @r, or -1. */
static gint
keep_range_end (PhaenTable *table,
                guint       r)
{
  gint end = -1;

  for (guint i = 0; i < table->keep->len; i++)
    {
      const Range *range = &g_array_index (table->keep, Range, i);

      if (range->first == r)
        end = MAX (end, (gint) MIN (range->last, table->rows->len - 1));
    }

  return end;
}

/* Smallest room worth starting a split row in: a few lines. */
static double
min_split_room (PhaenTable *table,
                Row        *row)
{
  return 2 * table->vpad + 3 * row->first_line;
}

GArray *
phaen_table_layout (PhaenTable         *table,
                    PhaenTablePageFunc  page_func,
                    gpointer            user_data)
{
  Layout lay = { 0 };
  guint r = 0;
  guint n = 0;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (page_func != NULL, NULL);

  measure (table);

  lay.table = table;
  lay.page_func = page_func;
  lay.user_data = user_data;
  lay.placements = g_array_new (FALSE, FALSE, sizeof (PhaenTablePlacement));
  lay.last_row = -1;

  new_page (&lay);

  n = table->rows->len;
  while (r < n && !lay.stopped)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      double room = lay.bottom - lay.y;
      double full = lay.bottom - lay.body_top;
      gint keep_end = keep_range_end (table, r);
      guint block_end = r;
      double block;

      /* A page begun now begins with row r. */
      lay.next_row = r;

      /* Soft: a range that fits on a fresh page starts one rather than
       * being broken. */
      if (keep_end >= 0 && lay.body_pieces > 0)
        {
          double h = rows_height (table, r, keep_end);

          if (h > room && h <= full)
            {
              new_page (&lay);
              continue;
            }
        }

      /* Hard: a heading with its next row, a subtotal with its previous. */
      while (glued (table, block_end))
        block_end++;
      block = rows_height (table, r, block_end);

      if (block <= room)
        {
          for (guint k = r; k <= block_end; k++)
            place_row (&lay, k);
          r = block_end + 1;
          continue;
        }

      if (lay.body_pieces > 0 && block <= full)
        {
          new_page (&lay);
          continue;
        }

      /* The block is taller than a page: place it row by row, but a row
       * glued to the one just placed on this page follows it here, split
       * if need be, as long as one line of it fits. */
      if (lay.body_pieces > 0 && r > 0 && lay.last_row == (gint) r - 1 && glued (table, r - 1))
        {
          if (row->height <= room)
            place_row (&lay, r);
          else if (room >= 2 * table->vpad + row->first_line)
            place_split_row (&lay, r);
          else
            {
              new_page (&lay);
              continue;
            }
          r++;
          continue;
        }

      if (row->height <= room)
        {
          /* A glued row goes here only if its next row can at least
           * start on this page too. */
          if (glued (table, r) && lay.body_pieces > 0)
            {
              Row *next = g_ptr_array_index (table->rows, r + 1);
              double rest = room - row->height;

              if (next->height > rest && rest < min_split_room (table, next))
                {
                  new_page (&lay);
                  continue;
                }
            }
          place_row (&lay, r);
          r++;
          continue;
        }

      if (row->height <= full && lay.body_pieces > 0)
        {
          new_page (&lay);
          continue;
        }

      /* Taller than a page: split by lines, starting here if a few lines
       * fit, else on a fresh page. */
      if (lay.body_pieces > 0 && room < min_split_room (table, row))
        {
          new_page (&lay);
          continue;
        }
      place_split_row (&lay, r);
      r++;
    }

  finish_page (&lay);

  return lay.placements;
}
