/* test-table.c: the table engine, checked with numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "phaen-table.h"

#define TOP    PHAEN_MM (20.0)
#define BOTTOM (PHAEN_A4_SHORT - PHAEN_MM (15.0))
#define EPS    1e-6

static const double widths[] = { 10, 48, 62, 22, 28, 24, 5.6, 5.6, 5.6 };

typedef struct
{
  GPtrArray *pages;   /* PhaenPage* */
  double     top;
  double     bottom;
} Pages;

static PhaenPage *
start_page (gpointer  user_data,
            guint     page_index,
            double   *top,
            double   *bottom)
{
  Pages *pages = user_data;
  PhaenPage *page = phaen_page_new (PHAEN_PAGE_LANDSCAPE);

  g_assert_cmpuint (page_index, ==, pages->pages->len);
  g_ptr_array_add (pages->pages, page);
  *top = pages->top;
  *bottom = pages->bottom;

  return page;
}

static PhaenRenderContext *
new_context (void)
{
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return ctx;
}

static PhaenTable *
new_table (PhaenRenderContext *ctx)
{
  PhaenTable *table = phaen_table_new (ctx, PHAEN_MM (20), G_N_ELEMENTS (widths), widths);
  guint h0 = phaen_table_add_header_row (table);
  guint h1 = phaen_table_add_header_row (table);

  for (guint c = 0; c < 6; c++)
    phaen_table_add_header_cell (table, h0, c, 1, 2, "หัวตาราง", 14, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER);
  phaen_table_add_header_cell (table, h0, 6, 3, 1, "พ.ศ. 2568", 14, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER);
  for (guint c = 6; c < 9; c++)
    phaen_table_add_header_cell (table, h1, c, 1, 1, "ต.ค.", 12, PHAEN_TEXT_CENTER | PHAEN_CELL_TIGHT);

  return table;
}

static guint
add_text_row (PhaenTable    *table,
              PhaenRowFlags  flags,
              const char    *text)
{
  guint r = phaen_table_add_row (table, flags);

  phaen_table_set_cell (table, r, 0, 1, "1", 14, PHAEN_TEXT_CENTER);
  phaen_table_set_cell (table, r, 1, 1, text, 14, 0);
  return r;
}

/* A row of @n user lines. */
static guint
add_lines_row (PhaenTable    *table,
               PhaenRowFlags  flags,
               guint          n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%sบรรทัดที่ %u", i > 0 ? "\n" : "", i + 1);

  return add_text_row (table, flags, text->str);
}

static guint
n_pages_of (GArray *placements)
{
  g_assert_cmpuint (placements->len, >, 0);
  return g_array_index (placements, PhaenTablePlacement, placements->len - 1).page + 1;
}

/* Invariants every layout must satisfy. */
static void
check_layout (PhaenTable *table,
              Pages      *pages,
              GArray     *placements)
{
  guint n_pages = n_pages_of (placements);
  double header = phaen_table_get_header_height (table);
  g_autofree guint *headers = g_new0 (guint, n_pages);

  g_assert_cmpuint (pages->pages->len, ==, n_pages);

  for (guint i = 0; i < placements->len; i++)
    {
      const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, i);

      /* Nothing below the bottom margin. */
      g_assert_cmpfloat (p->y + p->height, <=, pages->bottom + EPS);
      if (p->row == PHAEN_TABLE_HEADER)
        {
          g_assert_cmpfloat_with_epsilon (p->y, pages->top, EPS);
          g_assert_cmpfloat_with_epsilon (p->height, header, EPS);
          headers[p->page]++;
        }
      else
        g_assert_cmpfloat (p->y, >=, pages->top + header - EPS);
    }

  /* The header is on every page, once. */
  for (guint k = 0; k < n_pages; k++)
    g_assert_cmpuint (headers[k], ==, 1);

  /* Every drawn item stays between the top of the table and the bottom. */
  for (guint k = 0; k < pages->pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages->pages, k);

      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

          g_assert_cmpfloat (item->y, >=, pages->top - EPS);
          if (item->kind == PHAEN_PAGE_OP_TEXT)
            g_assert_cmpfloat (item->y + phaen_render_text_height (item->layout), <=, pages->bottom + EPS);
          else
            g_assert_cmpfloat (MAX (item->y, item->y2), <=, pages->bottom + EPS);
        }
    }
}

static void
pages_init (Pages *pages)
{
  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_page_free);
  pages->top = TOP;
  pages->bottom = BOTTOM;
}

static void
test_columns (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenTable) table = new_table (ctx);
  double sum = 0;

  g_assert_cmpuint (phaen_table_get_n_columns (table), ==, G_N_ELEMENTS (widths));
  g_assert_cmpfloat_with_epsilon (phaen_table_get_column_x (table, 0), PHAEN_MM (20), EPS);
  for (guint c = 0; c < G_N_ELEMENTS (widths); c++)
    {
      double w = phaen_table_get_column_x (table, c + 1) - phaen_table_get_column_x (table, c);

      g_assert_cmpfloat_with_epsilon (w, PHAEN_MM (widths[c]), EPS);
      sum += widths[c];
    }
  g_assert_cmpfloat_with_epsilon (phaen_table_get_width (table), PHAEN_MM (sum), EPS);
}

static void
test_row_height (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenTable) table = new_table (ctx);
  g_autoptr(PangoLayout) one = phaen_render_text (ctx, "ปั๊มน้ำ", 14, 0, -1);
  guint r1 = add_text_row (table, 0, "ปั๊มน้ำ");
  guint r3 = add_lines_row (table, 0, 3);
  double line = phaen_render_text_height (one);

  /* Logical extents plus 1 mm padding above and below. */
  g_assert_cmpfloat_with_epsilon (phaen_table_get_row_height (table, r1), line + 2 * PHAEN_MM (1.0), 0.01);
  g_assert_cmpfloat_with_epsilon (phaen_table_get_row_height (table, r3), 3 * line + 2 * PHAEN_MM (1.0), 0.5);

  /* The two header rows are at least a 14-point line each; the first six
   * cells span both. */
  g_assert_cmpfloat (phaen_table_get_header_height (table), >=, 2 * line);
}

static void
test_header_repeated (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenTable) table = new_table (ctx);
  g_autoptr(GArray) placements = NULL;
  Pages pages;
  guint body = 0;

  pages_init (&pages);
  for (guint i = 0; i < 80; i++)
    add_lines_row (table, 0, 1 + i % 4);
  placements = phaen_table_layout (table, start_page, &pages);
  check_layout (table, &pages, placements);
  g_assert_cmpuint (n_pages_of (placements), >, 3);

  /* Every row exactly once, in order, whole. */
  for (guint i = 0; i < placements->len; i++)
    {
      const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, i);

      if (p->row == PHAEN_TABLE_HEADER)
        continue;
      g_assert_cmpuint (p->row, ==, body);
      g_assert_false (p->continued);
      g_assert_cmpfloat_with_epsilon (p->height, phaen_table_get_row_height (table, p->row), EPS);
      body++;
    }
  g_assert_cmpuint (body, ==, 80);

  /* Header cell texts appear on every page. */
  for (guint k = 0; k < pages.pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages.pages, k);
      guint found = 0;

      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

          if (item->kind == PHAEN_PAGE_OP_TEXT &&
              g_strcmp0 (pango_layout_get_text (item->layout), "หัวตาราง") == 0)
            found++;
        }
      g_assert_cmpuint (found, ==, 6);
    }

  g_ptr_array_unref (pages.pages);
}

static void
test_tall_row_split (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenTable) table = new_table (ctx);
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  Pages pages;
  guint tall, pieces = 0;
  double header, full;

  pages_init (&pages);
  add_text_row (table, 0, "แถวสั้น\nสองบรรทัด");
  add_text_row (table, 0, "แถวสั้น\nสองบรรทัด");
  tall = add_lines_row (table, 0, 70);
  add_text_row (table, 0, "แถวสั้น\nสองบรรทัด");
  header = phaen_table_get_header_height (table);
  full = BOTTOM - TOP - header;
  g_assert_cmpfloat (phaen_table_get_row_height (table, tall), >, full);

  placements = phaen_table_layout (table, start_page, &pages);
  check_layout (table, &pages, placements);

  for (guint i = 0; i < placements->len; i++)
    {
      const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, i);

      if (p->row != tall)
        continue;
      /* The first piece follows the rows before it on page 1; every
       * later piece starts right under the repeated header. */
      g_assert_cmpint (p->continuation, ==, pieces > 0);
      if (pieces > 0)
        {
          g_assert_cmpuint (p->page, ==, pieces);
          g_assert_cmpfloat_with_epsilon (p->y, TOP + header, EPS);
        }
      else
        g_assert_cmpuint (p->page, ==, 0);
      pieces++;
    }
  g_assert_cmpuint (pieces, >=, 2);

  /* The pieces together hold every line, in order, once. */
  for (guint k = 0; k < pages.pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages.pages, k);

      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);
          const char *text;

          if (item->kind != PHAEN_PAGE_OP_TEXT)
            continue;
          text = pango_layout_get_text (item->layout);
          if (!g_str_has_prefix (text, "บรรทัดที่"))
            continue;
          if (seen->len > 0)
            g_string_append_c (seen, '\n');
          g_string_append (seen, text);
        }
    }
  {
    g_autoptr(GString) expected = g_string_new (NULL);

    for (guint i = 1; i <= 70; i++)
      {
        g_autofree char *digits = phaen_format_uint (i, TRUE);

        g_string_append_printf (expected, "%sบรรทัดที่ %s", i > 1 ? "\n" : "", digits);
      }
    g_assert_cmpstr (seen->str, ==, expected->str);
  }

  g_ptr_array_unref (pages.pages);
}

/* The heading is never the last row of a page, wherever the page break
 * falls: slide it over the break with 0..N filler rows before it. */
static void
test_heading_kept_with_next (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  guint moved = 0;

  for (guint fillers = 14; fillers < 30; fillers++)
    {
      g_autoptr(PhaenTable) table = new_table (ctx);
      g_autoptr(GArray) placements = NULL;
      Pages pages;
      guint heading;

      pages_init (&pages);
      for (guint i = 0; i < fillers; i++)
        add_lines_row (table, 0, 1);
      heading = add_text_row (table, PHAEN_ROW_KEEP_WITH_NEXT | PHAEN_ROW_BOLD, "1. ยุทธศาสตร์การพัฒนา");
      add_lines_row (table, 0, 3);
      add_lines_row (table, 0, 1);

      placements = phaen_table_layout (table, start_page, &pages);
      check_layout (table, &pages, placements);

      for (guint i = 0; i < placements->len; i++)
        {
          const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, i);
          const PhaenTablePlacement *next;

          if (p->row != heading)
            continue;
          g_assert_cmpuint (i + 1, <, placements->len);
          next = &g_array_index (placements, PhaenTablePlacement, i + 1);
          g_assert_cmpuint (next->row, ==, heading + 1);
          g_assert_cmpuint (next->page, ==, p->page);
          /* It really went to the next page sometimes, with room left. */
          if (p->page > 0 && BOTTOM - p->y > 0)
            {
              const PhaenTablePlacement *before = &g_array_index (placements, PhaenTablePlacement, i - 2);

              if (before->page < p->page && BOTTOM - (before->y + before->height) >= p->height)
                moved++;
            }
        }
      g_ptr_array_unref (pages.pages);
    }

  g_assert_cmpuint (moved, >, 0);
}

/* A subtotal never starts a page without the row before it, and a block
 * that fits on one page is kept on one page. */
static void
test_subtotal_kept (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  guint kept_whole = 0;

  for (guint fillers = 10; fillers < 30; fillers++)
    {
      g_autoptr(PhaenTable) table = new_table (ctx);
      g_autoptr(GArray) placements = NULL;
      Pages pages;
      guint first, subtotal;
      gint first_page = -1, subtotal_page = -1, last_page = -1;

      pages_init (&pages);
      for (guint i = 0; i < fillers; i++)
        add_lines_row (table, 0, 1);
      first = add_text_row (table, PHAEN_ROW_KEEP_WITH_NEXT | PHAEN_ROW_BOLD, "2. ยุทธศาสตร์");
      add_lines_row (table, 0, 2);
      add_lines_row (table, 0, 2);
      add_lines_row (table, 0, 2);
      subtotal = add_text_row (table, PHAEN_ROW_KEEP_WITH_PREVIOUS | PHAEN_ROW_BOLD, "รวม");
      phaen_table_keep_together (table, first, subtotal);
      add_lines_row (table, 0, 1);

      placements = phaen_table_layout (table, start_page, &pages);
      check_layout (table, &pages, placements);

      for (guint i = 0; i < placements->len; i++)
        {
          const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, i);

          if (p->row == first)
            first_page = p->page;
          if (p->row == subtotal)
            {
              const PhaenTablePlacement *prev = &g_array_index (placements, PhaenTablePlacement, i - 1);

              subtotal_page = p->page;
              g_assert_cmpuint (prev->row, ==, subtotal - 1);
              g_assert_cmpuint (prev->page, ==, p->page);
            }
          if (p->row != PHAEN_TABLE_HEADER && p->row < subtotal)
            last_page = p->page;
        }
      /* The whole block fits on a page, so it is on one page. */
      g_assert_cmpint (first_page, ==, subtotal_page);
      g_assert_cmpint (last_page, ==, subtotal_page);
      if (first_page > 0)
        kept_whole++;
      g_ptr_array_unref (pages.pages);
    }

  g_assert_cmpuint (kept_whole, >, 0);
}

static void
test_arrows (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenTable) table = new_table (ctx);
  g_autoptr(GArray) placements = NULL;
  PhaenPage *page;
  Pages pages;
  guint r, arrows = 0;
  double first_line;

  pages_init (&pages);
  r = add_lines_row (table, 0, 3);
  phaen_table_add_arrow (table, r, 6, 7, 0.8);
  phaen_table_add_arrow (table, r, 8, 8, 0.8);
  placements = phaen_table_layout (table, start_page, &pages);
  check_layout (table, &pages, placements);

  {
    g_autoptr(PangoLayout) probe = phaen_render_text (ctx, "บรรทัดที่ 1", 14, 0, -1);

    phaen_render_text_first_line (probe, NULL, &first_line);
  }

  page = g_ptr_array_index (pages.pages, 0);
  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);
      const PhaenTablePlacement *p = &g_array_index (placements, PhaenTablePlacement, 1);
      guint first = arrows == 0 ? 6 : 8;
      guint last = arrows == 0 ? 7 : 8;

      if (item->kind != PHAEN_PAGE_OP_ARROW)
        continue;
      g_assert_cmpfloat_with_epsilon (item->x, phaen_table_get_column_x (table, first) + PHAEN_MM (0.8), EPS);
      g_assert_cmpfloat_with_epsilon (item->x2, phaen_table_get_column_x (table, last + 1) - PHAEN_MM (0.8), EPS);
      /* On the first text line, not the middle of the 3-line row. */
      g_assert_cmpfloat_with_epsilon (item->y, p->y + PHAEN_MM (1.0) + first_line / 2, 0.01);
      arrows++;
    }
  g_assert_cmpuint (arrows, ==, 2);
  g_ptr_array_unref (pages.pages);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/table/columns", test_columns);
  g_test_add_func ("/render/table/row-height", test_row_height);
  g_test_add_func ("/render/table/header-repeated", test_header_repeated);
  g_test_add_func ("/render/table/tall-row-split", test_tall_row_split);
  g_test_add_func ("/render/table/heading-kept-with-next", test_heading_kept_with_next);
  g_test_add_func ("/render/table/subtotal-kept", test_subtotal_kept);
  g_test_add_func ("/render/table/arrows", test_arrows);

  return g_test_run ();
}
