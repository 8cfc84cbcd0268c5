/* phaen-table.h: a generic ruled table laid out over pages
 *
 * The forms describe a table declaratively (column widths, header cells
 * with spans, body rows with cells, schedule arrows and keep rules);
 * phaen_table_layout() measures every cell from the logical extents of
 * its text, breaks the rows over pages (header repeated at the top of
 * every page, rows kept whole, rows taller than a page split by lines of
 * text), and draws cells and rules into the pages it asks its caller for.
 * Pure geometry: the result can be checked with numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Cell flags: any PhaenTextFlags (bold, centre, right, no digits) plus
 * these table-only bits. */
typedef enum
{
  PHAEN_CELL_MIDDLE = 1 << 8,   /* centred vertically in its box (header cells always are) */
  PHAEN_CELL_TIGHT  = 1 << 9,   /* small horizontal padding (narrow month columns) */
  PHAEN_CELL_NO_WRAP = 1 << 10, /* one line per user line, never wrapped */
  PHAEN_CELL_INDENT  = 1 << 11, /* text indented 5 mm (second-level rows) */
  PHAEN_CELL_SHRINK  = 1 << 12, /* never wrapped: the size shrinks until it fits (amounts, months) */
} PhaenCellFlags;

typedef enum
{
  PHAEN_ROW_NORMAL             = 0,
  PHAEN_ROW_BOLD               = 1 << 0,  /* every cell bold */
  PHAEN_ROW_KEEP_WITH_NEXT     = 1 << 1,  /* a heading: never the last row of a page */
  PHAEN_ROW_KEEP_WITH_PREVIOUS = 1 << 2,  /* a subtotal: never the first row of a page */
} PhaenRowFlags;

/* Row index of the header in PhaenTablePlacement. */
#define PHAEN_TABLE_HEADER G_MAXUINT

/* Where one piece of a row landed. A row kept whole gives one placement;
 * a split row gives one per page it covers. */
typedef struct
{
  guint    row;            /* body row index, or PHAEN_TABLE_HEADER */
  guint    page;           /* 0-based among the pages of this layout */
  double   y;              /* top, points */
  double   height;         /* points */
  gboolean continued;      /* the row goes on on the next page */
  gboolean continuation;   /* the rest of a row begun on an earlier page */
} PhaenTablePlacement;

/* Called whenever the table needs a new page: create it (the caller keeps
 * it), draw what belongs above the table, and return the page with the
 * y where the table's header starts (@top) and the lowest y the table may
 * reach (@bottom). Returning NULL stops the layout there (a cancelled
 * job): the placements so far are returned. */
typedef PhaenPage *(*PhaenTablePageFunc) (gpointer  user_data,
                                          guint     page_index,
                                          double   *top,
                                          double   *bottom);

typedef struct _PhaenTable PhaenTable;

/* A table whose left edge is at @x points, with @n_columns columns of
 * @widths_mm millimetres. */
PhaenTable *phaen_table_new             (PhaenRenderContext *ctx,
                                         double              x,
                                         guint               n_columns,
                                         const double       *widths_mm);
void        phaen_table_free            (PhaenTable         *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenTable, phaen_table_free)

/* Cell padding in millimetres (default 1.5 horizontal, 1.0 vertical) and
 * the rule width in points (default 0.5). Set before adding cells. */
void        phaen_table_set_padding     (PhaenTable *table,
                                         double      horizontal_mm,
                                         double      vertical_mm);
void        phaen_table_set_rule_width  (PhaenTable *table,
                                         double      width);

guint       phaen_table_get_n_columns   (PhaenTable *table);
/* Left edge of @column; @column == n_columns gives the right edge. */
double      phaen_table_get_column_x    (PhaenTable *table,
                                         guint       column);
double      phaen_table_get_width       (PhaenTable *table);

/* Header rows are added top to bottom; a cell may span columns to the
 * right and header rows downwards. Returns the new header row's index. */
guint       phaen_table_add_header_row  (PhaenTable *table);
void        phaen_table_add_header_cell (PhaenTable *table,
                                         guint       header_row,
                                         guint       column,
                                         guint       column_span,
                                         guint       row_span,
                                         const char *text,
                                         double      size_pt,
                                         guint       flags);

/* Body rows. Returns the new row's index. */
guint       phaen_table_add_row         (PhaenTable    *table,
                                         PhaenRowFlags  flags);
void        phaen_table_set_cell        (PhaenTable *table,
                                         guint       row,
                                         guint       column,
                                         guint       column_span,
                                         const char *text,
                                         double      size_pt,
                                         guint       flags);
/* A double-headed arrow across columns @first..@last of @row, inset
 * @inset_mm from the cell edges, centred on the row's first text line. */
void        phaen_table_add_arrow       (PhaenTable *table,
                                         guint       row,
                                         guint       first,
                                         guint       last,
                                         double      inset_mm);
/* Rows @first..@last should share a page when they fit on one (soft: a
 * range taller than a page is broken normally). */
void        phaen_table_keep_together   (PhaenTable *table,
                                         guint       first,
                                         guint       last);

/* Row @heading heads the rows after it up to @last. A page that begins
 * inside them repeats the heading under the table's header, its first
 * cell saying @continued instead (e.g. "1. ยุทธศาสตร์… (ต่อ)"): the
 * placement is marked as a continuation of row @heading. Groups nest
 * (a strategy around its programs); outer headings come first. */
void        phaen_table_add_group       (PhaenTable *table,
                                         guint       heading,
                                         guint       last,
                                         const char *continued);

guint       phaen_table_get_n_rows      (PhaenTable *table);
/* Natural height of a body row (text + padding), points. */
double      phaen_table_get_row_height  (PhaenTable *table,
                                         guint       row);
double      phaen_table_get_header_height (PhaenTable *table);

/* Lays the table out over pages from @page_func. Returns the placements
 * (PhaenTablePlacement) in order, headers included; the number of pages
 * used is the last placement's page + 1. */
GArray     *phaen_table_layout          (PhaenTable         *table,
                                         PhaenTablePageFunc  page_func,
                                         gpointer            user_data);

G_END_DECLS
