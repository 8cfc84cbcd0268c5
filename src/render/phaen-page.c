/* phaen-page.c: page display list and its painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>

#include "phaen-page.h"
#include "phaen-render.h"

/* Arrowheads of the schedule arrows, at 14-point rows. */
#define ARROW_HEAD_LENGTH PHAEN_MM (1.6)
#define ARROW_HEAD_WIDTH  PHAEN_MM (1.2)

static void
clear_item (gpointer data)
{
  PhaenPageItem *item = data;

  g_clear_object (&item->layout);
}

PhaenPage *
phaen_page_new (PhaenPageOrientation orientation)
{
  PhaenPage *page = g_new0 (PhaenPage, 1);

  page->orientation = orientation;
  if (orientation == PHAEN_PAGE_LANDSCAPE)
    {
      page->width = PHAEN_A4_LONG;
      page->height = PHAEN_A4_SHORT;
    }
  else
    {
      page->width = PHAEN_A4_SHORT;
      page->height = PHAEN_A4_LONG;
    }
  page->numbering = PHAEN_PAGE_NUMBER_BODY;
  page->items = g_array_new (FALSE, TRUE, sizeof (PhaenPageItem));
  g_array_set_clear_func (page->items, clear_item);

  return page;
}

void
phaen_page_free (PhaenPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->items, g_array_unref);
  g_free (page->bookmark);
  g_free (page);
}

static void
append (PhaenPage           *page,
        const PhaenPageItem *item)
{
  g_array_append_vals (page->items, item, 1);
}

void
phaen_page_add_text (PhaenPage   *page,
                     PangoLayout *layout,
                     double       x,
                     double       y)
{
  PhaenPageItem item = { 0 };

  g_return_if_fail (page != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  item.kind = PHAEN_ITEM_TEXT;
  item.x1 = x;
  item.y1 = y;
  item.layout = g_object_ref (layout);
  append (page, &item);
}

void
phaen_page_add_line (PhaenPage *page,
                     double     x1,
                     double     y1,
                     double     x2,
                     double     y2,
                     double     width)
{
  PhaenPageItem item = { 0 };

  g_return_if_fail (page != NULL);

  item.kind = PHAEN_ITEM_LINE;
  item.x1 = x1;
  item.y1 = y1;
  item.x2 = x2;
  item.y2 = y2;
  item.line_width = width;
  append (page, &item);
}

void
phaen_page_add_rect (PhaenPage *page,
                     double     x,
                     double     y,
                     double     w,
                     double     h,
                     double     width,
                     gboolean   filled)
{
  PhaenPageItem item = { 0 };

  g_return_if_fail (page != NULL);

  item.kind = PHAEN_ITEM_RECT;
  item.x1 = x;
  item.y1 = y;
  item.x2 = w;
  item.y2 = h;
  item.line_width = width;
  item.filled = filled;
  append (page, &item);
}

void
phaen_page_add_arrow (PhaenPage *page,
                      double     x1,
                      double     x2,
                      double     y,
                      double     width)
{
  PhaenPageItem item = { 0 };

  g_return_if_fail (page != NULL);

  item.kind = PHAEN_ITEM_ARROW;
  item.x1 = MIN (x1, x2);
  item.x2 = MAX (x1, x2);
  item.y1 = y;
  item.y2 = y;
  item.line_width = width;
  item.filled = TRUE;
  append (page, &item);
}

void
phaen_page_add_dots (PhaenPage *page,
                     double     x1,
                     double     x2,
                     double     y)
{
  PhaenPageItem item = { 0 };

  g_return_if_fail (page != NULL);

  item.kind = PHAEN_ITEM_DOTS;
  item.x1 = x1;
  item.x2 = x2;
  item.y1 = y;
  item.y2 = y;
  item.line_width = 0.8;
  append (page, &item);
}

void
phaen_page_set_bookmark (PhaenPage  *page,
                         const char *title,
                         guint       level)
{
  g_return_if_fail (page != NULL);

  g_free (page->bookmark);
  page->bookmark = g_strdup (title);
  page->bookmark_level = MAX (level, 1);
}

/* Head length and half width of an arrow: a short run (one month) gets
 * smaller heads so that a bit of shaft shows between them, at most a
 * quarter of the length each. */
static void
arrow_head (const PhaenPageItem *item,
            double              *head,
            double              *half)
{
  double length = item->x2 - item->x1;

  *head = ARROW_HEAD_LENGTH;
  *half = ARROW_HEAD_WIDTH / 2.0;
  if (4.0 * *head > length)
    {
      double factor = length / (4.0 * *head);

      *head *= factor;
      *half *= MAX (factor, 0.7);
    }
}

static double
arrow_width (const PhaenPageItem *item)
{
  return item->line_width > 0 ? item->line_width : 0.6;
}

/* The schedule arrows of a page in a few operations, as the rules: the
 * shafts of one width as one stroke, all heads as one fill. */
static void
paint_arrows (PhaenPage *page,
              cairo_t   *cr)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean any = FALSE;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Shafts, a stroke per width in the order the widths first appear. */
  for (guint k = 0; k < page->items->len; k++)
    {
      const PhaenPageItem *first = &g_array_index (page->items, PhaenPageItem, k);
      double width;
      gboolean done = FALSE;

      if (first->kind != PHAEN_ITEM_ARROW || first->x2 - first->x1 <= 0)
        continue;
      width = arrow_width (first);
      for (guint w = 0; w < widths->len && !done; w++)
        done = g_array_index (widths, double, w) == width;
      if (done)
        continue;
      g_array_append_val (widths, width);

      cairo_new_path (cr);
      for (guint i = k; i < page->items->len; i++)
        {
          const PhaenPageItem *item = &g_array_index (page->items, PhaenPageItem, i);
          double head, half;

          if (item->kind != PHAEN_ITEM_ARROW || item->x2 - item->x1 <= 0 ||
              arrow_width (item) != width)
            continue;
          arrow_head (item, &head, &half);
          cairo_move_to (cr, item->x1 + head * 0.5, item->y1);
          cairo_line_to (cr, item->x2 - head * 0.5, item->y1);
        }
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }

  /* Heads: triangles that never overlap, one fill. */
  cairo_new_path (cr);
  for (guint i = 0; i < page->items->len; i++)
    {
      const PhaenPageItem *item = &g_array_index (page->items, PhaenPageItem, i);
      double head, half, y = item->y1;

      if (item->kind != PHAEN_ITEM_ARROW || item->x2 - item->x1 <= 0)
        continue;
      arrow_head (item, &head, &half);

      cairo_move_to (cr, item->x1, y);
      cairo_line_to (cr, item->x1 + head, y - half);
      cairo_line_to (cr, item->x1 + head, y + half);
      cairo_close_path (cr);

      cairo_move_to (cr, item->x2, y);
      cairo_line_to (cr, item->x2 - head, y - half);
      cairo_line_to (cr, item->x2 - head, y + half);
      cairo_close_path (cr);
      any = TRUE;
    }
  if (any)
    cairo_fill (cr);
  else
    cairo_new_path (cr);
}

static void
paint_dots (cairo_t             *cr,
            const PhaenPageItem *item)
{
  const double step = 3.0;
  const double radius = item->line_width / 2.0;
  double x;

  /* Dots on a fixed grid so leaders of different lines line up. */
  for (x = ceil (item->x1 / step) * step; x <= item->x2; x += step)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, item->y1, radius, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

/* The rules of a page are stroked together: a table page holds hundreds of
 * short LINE items (the top and left rule of every cell), and stroking
 * each one on its own makes a PDF surface analyse, and write, one drawing
 * operation per rule. Rules of the same width on the same horizontal or
 * vertical line that touch or overlap become one segment (with square
 * caps the union covers exactly what the pieces covered), and every width
 * is stroked as one path. All items are painted in the same colour, so
 * stroking the rules first changes nothing that shows. */
typedef enum
{
  RULE_HORIZONTAL,
  RULE_VERTICAL,
  RULE_SLANTED,
} RuleAxis;

typedef struct
{
  double   width;
  RuleAxis axis;
  double   at;      /* y of a horizontal rule, x of a vertical one */
  double   from;    /* start along the rule (x or y) */
  double   to;      /* end along the rule */
  guint    index;   /* item index: a total order for slanted rules */
} Rule;

/* Pieces closer than this (points) are one rule. */
#define RULE_JOIN_GAP 1e-6

static int
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const Rule *ra = a;
  const Rule *rb = b;

  if (ra->width != rb->width)
    return ra->width < rb->width ? -1 : 1;
  if (ra->axis != rb->axis)
    return ra->axis < rb->axis ? -1 : 1;
  if (ra->axis != RULE_SLANTED)
    {
      if (ra->at != rb->at)
        return ra->at < rb->at ? -1 : 1;
      if (ra->from != rb->from)
        return ra->from < rb->from ? -1 : 1;
      if (ra->to != rb->to)
        return ra->to < rb->to ? -1 : 1;
    }
  if (ra->index != rb->index)
    return ra->index < rb->index ? -1 : 1;

  return 0;
}

static void
add_rule_to_path (cairo_t             *cr,
                  const Rule          *rule,
                  const PhaenPageItem *item)
{
  switch (rule->axis)
    {
    case RULE_HORIZONTAL:
      cairo_move_to (cr, rule->from, rule->at);
      cairo_line_to (cr, rule->to, rule->at);
      break;
    case RULE_VERTICAL:
      cairo_move_to (cr, rule->at, rule->from);
      cairo_line_to (cr, rule->at, rule->to);
      break;
    case RULE_SLANTED:
    default:
      cairo_move_to (cr, item->x1, item->y1);
      cairo_line_to (cr, item->x2, item->y2);
      break;
    }
}

static void
paint_rules (PhaenPage *page,
             cairo_t   *cr)
{
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (Rule));
  guint i = 0;

  for (guint k = 0; k < page->items->len; k++)
    {
      const PhaenPageItem *item = &g_array_index (page->items, PhaenPageItem, k);
      Rule rule = { 0 };

      if (item->kind != PHAEN_ITEM_LINE)
        continue;

      rule.width = item->line_width;
      rule.index = k;
      if (item->y1 == item->y2)
        {
          rule.axis = RULE_HORIZONTAL;
          rule.at = item->y1;
          rule.from = MIN (item->x1, item->x2);
          rule.to = MAX (item->x1, item->x2);
        }
      else if (item->x1 == item->x2)
        {
          rule.axis = RULE_VERTICAL;
          rule.at = item->x1;
          rule.from = MIN (item->y1, item->y2);
          rule.to = MAX (item->y1, item->y2);
        }
      else
        rule.axis = RULE_SLANTED;
      g_array_append_val (rules, rule);
    }

  if (rules->len == 0)
    return;

  g_array_sort (rules, compare_rules);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  while (i < rules->len)
    {
      double width = g_array_index (rules, Rule, i).width;

      cairo_new_path (cr);
      while (i < rules->len && g_array_index (rules, Rule, i).width == width)
        {
          Rule joined = g_array_index (rules, Rule, i);
          const PhaenPageItem *item = &g_array_index (page->items, PhaenPageItem, joined.index);

          i++;
          if (joined.axis != RULE_SLANTED)
            while (i < rules->len)
              {
                const Rule *next = &g_array_index (rules, Rule, i);

                if (next->width != width || next->axis != joined.axis ||
                    next->at != joined.at || next->from > joined.to + RULE_JOIN_GAP)
                  break;
                joined.to = MAX (joined.to, next->to);
                i++;
              }
          add_rule_to_path (cr, &joined, item);
        }
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }
}

void
phaen_page_paint (PhaenPage *page,
                  cairo_t   *cr)
{
  g_return_if_fail (page != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  paint_rules (page, cr);
  paint_arrows (page, cr);

  for (guint i = 0; i < page->items->len; i++)
    {
      const PhaenPageItem *item = &g_array_index (page->items, PhaenPageItem, i);

      switch (item->kind)
        {
        case PHAEN_ITEM_TEXT:
          cairo_move_to (cr, item->x1, item->y1);
          pango_cairo_show_layout (cr, item->layout);
          cairo_new_path (cr);
          break;

        case PHAEN_ITEM_LINE:
          /* stroked by paint_rules () */
          break;

        case PHAEN_ITEM_RECT:
          cairo_rectangle (cr, item->x1, item->y1, item->x2, item->y2);
          if (item->filled)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, item->line_width);
              cairo_stroke (cr);
            }
          break;

        case PHAEN_ITEM_ARROW:
          /* painted by paint_arrows () */
          break;

        case PHAEN_ITEM_DOTS:
          paint_dots (cr, item);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
