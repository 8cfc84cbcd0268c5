/* phaen-page.c: page display list and its painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phaen-page.h"
#include "phaen-render.h"

/* Long plans hold many operations: keep them small (phaen-page.h). */
G_STATIC_ASSERT (sizeof (PhaenPageOp) <= 56);

/* Arrowheads of the schedule arrows, at 14-point rows. */
#define ARROW_HEAD_LENGTH PHAEN_MM (1.6)
#define ARROW_HEAD_WIDTH  PHAEN_MM (1.2)

static void
clear_op (gpointer data)
{
  PhaenPageOp *op = data;

  /* one pointer of two kinds (a union) */
  if (op->kind == PHAEN_PAGE_OP_TEXT)
    g_clear_object (&op->layout);
  else if (op->kind == PHAEN_PAGE_OP_IMAGE)
    g_clear_object (&op->image);
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
  page->ops = g_array_new (FALSE, TRUE, sizeof (PhaenPageOp));
  g_array_set_clear_func (page->ops, clear_op);

  return page;
}

void
phaen_page_free (PhaenPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->ops, g_array_unref);
  g_clear_pointer (&page->project_ids, g_ptr_array_unref);
  g_free (page->bookmark);
  g_free (page);
}

void
phaen_page_release_ops (PhaenPage *page)
{
  g_return_if_fail (page != NULL);

  /* A new empty list rather than a size of 0: the old one's storage goes too. */
  g_clear_pointer (&page->ops, g_array_unref);
  page->ops = g_array_new (FALSE, TRUE, sizeof (PhaenPageOp));
  g_array_set_clear_func (page->ops, clear_op);
}

static void
append (PhaenPage           *page,
        const PhaenPageOp *op)
{
  g_array_append_vals (page->ops, op, 1);
}

void
phaen_page_add_text (PhaenPage   *page,
                     PangoLayout *layout,
                     double       x,
                     double       y)
{
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  op.kind = PHAEN_PAGE_OP_TEXT;
  op.x = x;
  op.y = y;
  op.layout = g_object_ref (layout);
  append (page, &op);
}

void
phaen_page_add_line (PhaenPage *page,
                     double     x1,
                     double     y1,
                     double     x2,
                     double     y2,
                     double     width)
{
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);

  op.kind = PHAEN_PAGE_OP_LINE;
  op.x = x1;
  op.y = y1;
  op.x2 = x2;
  op.y2 = y2;
  op.line_width = width;
  append (page, &op);
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
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);

  op.kind = PHAEN_PAGE_OP_RECT;
  op.x = x;
  op.y = y;
  op.width = w;
  op.height = h;
  op.line_width = width;
  op.filled = filled;
  append (page, &op);
}

void
phaen_page_add_arrow (PhaenPage *page,
                      double     x1,
                      double     x2,
                      double     y,
                      double     width)
{
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);

  op.kind = PHAEN_PAGE_OP_ARROW;
  op.x = MIN (x1, x2);
  op.x2 = MAX (x1, x2);
  op.y = y;
  op.y2 = y;
  op.line_width = width;
  op.filled = TRUE;
  append (page, &op);
}

void
phaen_page_add_dots (PhaenPage *page,
                     double     x1,
                     double     x2,
                     double     y)
{
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);

  op.kind = PHAEN_PAGE_OP_DOTS;
  op.x = x1;
  op.x2 = x2;
  op.y = y;
  op.y2 = y;
  op.line_width = 0.8;
  append (page, &op);
}

void
phaen_page_add_image (PhaenPage        *page,
                      PhaenEmblemImage *image,
                      double            x,
                      double            y,
                      double            w,
                      double            h)
{
  PhaenPageOp op = { 0 };

  g_return_if_fail (page != NULL);
  g_return_if_fail (PHAEN_IS_EMBLEM_IMAGE (image));

  op.kind = PHAEN_PAGE_OP_IMAGE;
  op.x = x;
  op.y = y;
  op.width = w;
  op.height = h;
  op.image = g_object_ref (image);
  append (page, &op);
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

/* Painting state: the style and the colour last set on the cairo_t, so
 * that a colour is only set when it changes (the print style then gives
 * exactly the operations of a page painted all in black). */
typedef struct
{
  cairo_t                *cr;
  const PhaenRenderStyle *style;
  const PhaenColor       *source;   /* NULL: none set yet */
  gboolean                text_clusters;   /* the surface keeps text (PDF) */
} Painter;

/* Lists show_layout () fills and empties for every text of a page: made
 * once per page rather than once per text. */
typedef struct
{
  GArray *joins;          /* Join: of every run of the text */
  GArray *starts;         /* guint: where each run's joins start */
  GArray *spread_joins;   /* Join: of one run of a spread line */
} TextScratch;

static gboolean
same_color (const PhaenColor *a,
            const PhaenColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

static void
use_color (Painter          *painter,
           const PhaenColor *color)
{
  if (painter->source != NULL && same_color (painter->source, color))
    return;

  if (color->alpha >= 1.0)
    cairo_set_source_rgb (painter->cr, color->red, color->green, color->blue);
  else
    cairo_set_source_rgba (painter->cr, color->red, color->green, color->blue, color->alpha);
  painter->source = color;
}

static double
scaled_width (Painter *painter,
              double   width)
{
  return width * painter->style->line_width_scale;
}

/* Head length and half width of an arrow: a short run (one month) gets
 * smaller heads so that a bit of shaft shows between them, at most a
 * quarter of the length each. */
static void
arrow_head (const PhaenPageOp *op,
            double              *head,
            double              *half)
{
  double length = op->x2 - op->x;

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
arrow_width (const PhaenPageOp *op)
{
  return op->line_width > 0 ? op->line_width : 0.6;
}

/* The schedule arrows of a page in a few operations, as the rules: the
 * shafts of one width as one stroke, all heads as one fill. */
static void
paint_arrows (PhaenPage *page,
              Painter   *painter)
{
  cairo_t *cr = painter->cr;
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean any = FALSE;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Shafts, a stroke per width in the order the widths first appear. */
  for (guint k = 0; k < page->ops->len; k++)
    {
      const PhaenPageOp *first = &g_array_index (page->ops, PhaenPageOp, k);
      double width;
      gboolean done = FALSE;

      if (first->kind != PHAEN_PAGE_OP_ARROW || first->x2 - first->x <= 0)
        continue;
      width = arrow_width (first);
      for (guint w = 0; w < widths->len && !done; w++)
        done = g_array_index (widths, double, w) == width;
      if (done)
        continue;
      g_array_append_val (widths, width);

      cairo_new_path (cr);
      for (guint i = k; i < page->ops->len; i++)
        {
          const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, i);
          double head, half;

          if (op->kind != PHAEN_PAGE_OP_ARROW || op->x2 - op->x <= 0 ||
              arrow_width (op) != width)
            continue;
          arrow_head (op, &head, &half);
          cairo_move_to (cr, op->x + head * 0.5, op->y);
          cairo_line_to (cr, op->x2 - head * 0.5, op->y);
        }
      cairo_set_line_width (cr, scaled_width (painter, width));
      cairo_stroke (cr);
    }

  /* Heads: triangles that never overlap, one fill. */
  cairo_new_path (cr);
  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, i);
      double head, half, y = op->y;

      if (op->kind != PHAEN_PAGE_OP_ARROW || op->x2 - op->x <= 0)
        continue;
      arrow_head (op, &head, &half);

      cairo_move_to (cr, op->x, y);
      cairo_line_to (cr, op->x + head, y - half);
      cairo_line_to (cr, op->x + head, y + half);
      cairo_close_path (cr);

      cairo_move_to (cr, op->x2, y);
      cairo_line_to (cr, op->x2 - head, y - half);
      cairo_line_to (cr, op->x2 - head, y + half);
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
            const PhaenPageOp *op)
{
  const double step = 3.0;
  const double radius = op->line_width / 2.0;
  double x;

  /* Dots on a fixed grid so leaders of different lines line up. */
  for (x = ceil (op->x / step) * step; x <= op->x2; x += step)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, op->y, radius, 0, 2 * G_PI);
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
  guint    index;   /* op index: a total order for slanted rules */
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
                  const PhaenPageOp *op)
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
      cairo_move_to (cr, op->x, op->y);
      cairo_line_to (cr, op->x2, op->y2);
      break;
    }
}

static void
paint_rules (PhaenPage *page,
             Painter   *painter)
{
  cairo_t *cr = painter->cr;
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (Rule));
  guint i = 0;

  for (guint k = 0; k < page->ops->len; k++)
    {
      const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, k);
      Rule rule = { 0 };

      if (op->kind != PHAEN_PAGE_OP_LINE)
        continue;

      rule.width = op->line_width;
      rule.index = k;
      if (op->y == op->y2)
        {
          rule.axis = RULE_HORIZONTAL;
          rule.at = op->y;
          rule.from = MIN (op->x, op->x2);
          rule.to = MAX (op->x, op->x2);
        }
      else if (op->x == op->x2)
        {
          rule.axis = RULE_VERTICAL;
          rule.at = op->x;
          rule.from = MIN (op->y, op->y2);
          rule.to = MAX (op->y, op->y2);
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
          const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, joined.index);

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
          add_rule_to_path (cr, &joined, op);
        }
      cairo_set_line_width (cr, scaled_width (painter, width));
      cairo_stroke (cr);
    }
}

/* Thai signs drawn above or below their consonant: PDF readers order
 * them by where they are drawn, often after the next letter, and may
 * even put them on a line of their own. */
static gboolean
is_thai_mark (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

/* The character at byte @i of @s and its length: Thai (three bytes)
 * without a call. */
static inline gunichar
char_at (const char *s,
         int         i,
         int        *length)
{
  const guint8 *p = (const guint8 *) s + i;

  if (p[0] < 0x80)
    {
      *length = 1;
      return p[0];
    }
  if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      *length = 3;
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  *length = g_utf8_next_char (s + i) - (s + i);
  return g_utf8_get_char (s + i);
}

/* Thai marks are U+0E31 and U+0E34-U+0E3A (E0 B8 B1, E0 B8 B4..BA) and
 * U+0E47-U+0E4E (E0 B9 87..8E): looked for byte by byte. */
static gboolean
has_thai_mark (const char *text)
{
  for (const guint8 *p = (const guint8 *) text; *p != '\0'; p++)
    if (p[0] == 0xE0 && p[1] != '\0' &&
        ((p[1] == 0xB8 && (p[2] == 0xB1 || (p[2] >= 0xB4 && p[2] <= 0xBA))) ||
         (p[1] == 0xB9 && p[2] >= 0x87 && p[2] <= 0x8E)))
      return TRUE;

  return FALSE;
}

/* Letters @from..@to (bytes in a run) whose glyphs become one cluster. */
typedef struct
{
  int from;
  int to;
} Join;

static void
add_join (GArray *joins,
          int     from,
          int     to)
{
  Join join = { from, to };

  g_array_append_val (joins, join);
}

/* Text extraction from a PDF (pdftotext, viewers) places each character
 * where its glyph is drawn. A Thai mark drawn with an offset, or stacked
 * on another mark, then lands after the next letter or on a line of its
 * own (ทัง้ for ทั้ง). Where that may happen, the consonant, its marks
 * and the letter after them become one cluster: cairo 1.16 writes a
 * cluster of more than one glyph as a marked-content span whose
 * /ActualText is its text, which readers take as it is. On a line spread
 * for justification every stretch between spaces is one cluster: readers
 * would take its gaps for spaces. The rest keeps cairo's one-to-one
 * mapping of glyphs to characters, which costs less to write.
 *
 * Appends to @joins (in order) where @run needs it; @run is not changed. */
static void
find_joins (const PangoGlyphItem *run,
            const char           *text,
            gboolean              spread,
            GArray               *joins)
{
  const char *item_text = text + run->item->offset;
  const PangoGlyphString *glyphs = run->glyphs;
  int length = run->item->length;
  int p = 0;
  int g = 0;   /* glyphs are in the order of the text: walk both */

  if (run->item->analysis.level % 2 != 0)
    return;

  if (spread)
    {
      for (int start = 0; start < length; )
        {
          int end = start;

          while (end < length && item_text[end] != ' ')
            end++;
          if (end > start)
            add_join (joins, start, end);
          start = end + 1;
        }
      return;
    }

  while (p < length)
    {
      int step;
      gunichar base = char_at (item_text, p, &step);
      int marks_start = p + step;
      int q = marks_start;
      guint n_marks = 0;
      gboolean risky = FALSE;

      while (q < length && is_thai_mark (char_at (item_text, q, &step)))
        {
          while (g < glyphs->num_glyphs && glyphs->log_clusters[g] < q)
            g++;
          if (g < glyphs->num_glyphs && glyphs->log_clusters[g] == q &&
              (glyphs->glyphs[g].geometry.x_offset != 0 || glyphs->glyphs[g].geometry.y_offset != 0))
            risky = TRUE;
          n_marks++;
          q += step;
        }

      /* Two marks stacked, a mark moved off its place, or a mark on a
       * tall consonant (ป ฝ ฟ ฬ, whose marks sit further left). */
      if (n_marks >= 2 || (n_marks == 1 && (risky || base == 0x0E1B || base == 0x0E1D ||
                                            base == 0x0E1F || base == 0x0E2C)))
        {
          int to = q;

          /* With the letter after the marks (ฝั่ง, รับฟัง). */
          if (to < length && item_text[to] != ' ' && !is_thai_mark (char_at (item_text, to, &step)))
            to += step;
          add_join (joins, p, to);
          p = to;
          continue;
        }

      p = marks_start > q ? marks_start : q;
    }
}

/* The joins of every run of @layout, in order: the joins of run k are
 * @joins[@starts[k]] up to @joins[@starts[k + 1]]. TRUE when there is
 * any (a Thai mark a reader could misplace). */
static gboolean
collect_joins (PangoLayout *layout,
               GArray      *joins,
               GArray      *starts)
{
  const char *text = pango_layout_get_text (layout);

  g_array_set_size (joins, 0);
  g_array_set_size (starts, 0);
  if (!has_thai_mark (text))
    return FALSE;

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
      {
        guint start = joins->len;

        g_array_append_val (starts, start);
        find_joins (r->data, text, FALSE, joins);
      }

  return joins->len > 0;
}

/* Makes each of the @n joins at @joins one cluster of @run. */
static void
apply_joins (PangoGlyphItem *run,
             const Join     *joins,
             guint           n)
{
  guint j = 0;

  for (int i = 0; i < run->glyphs->num_glyphs && j < n; i++)
    {
      int cluster = run->glyphs->log_clusters[i];

      while (j < n && joins[j].to <= cluster)
        j++;
      if (j < n && joins[j].from <= cluster)
        run->glyphs->log_clusters[i] = joins[j].from;
    }
}

/* A position in a text walked forward: byte and character offset. */
typedef struct
{
  const char *text;
  int         byte;
  glong       offset;
} TextCursor;

static glong
cursor_offset (TextCursor *cursor,
               int         byte)
{
  if (byte < cursor->byte)
    {
      cursor->byte = 0;
      cursor->offset = 0;
    }
  while (cursor->byte < byte)
    {
      cursor->byte = g_utf8_next_char (cursor->text + cursor->byte) - cursor->text;
      cursor->offset++;
    }

  return cursor->offset;
}

/* Adds @gap after every grapheme cluster of @run but the line's last:
 * to the advance of the last glyph of the cluster (a mark after its base
 * keeps its place over it). Returns the width added. */
static double
spread_run (PangoGlyphItem     *run,
            TextCursor         *cursor,
            const PangoLogAttr *attrs,
            int                 n_attrs,
            int                 line_end,
            int                 gap)
{
  int added = 0;

  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      int next_index = i + 1 < run->glyphs->num_glyphs
                       ? run->item->offset + run->glyphs->log_clusters[i + 1]
                       : run->item->offset + run->item->length;
      glong offset;

      /* Only where a new cluster starts, inside the line. */
      if (next_index >= line_end ||
          (i + 1 < run->glyphs->num_glyphs &&
           run->glyphs->log_clusters[i + 1] == run->glyphs->log_clusters[i]))
        continue;
      offset = cursor_offset (cursor, next_index);
      if (offset >= n_attrs || !attrs[offset].is_cursor_position)
        continue;

      run->glyphs->glyphs[i].geometry.width += gap;
      added += gap;
    }

  return added / (double) PANGO_SCALE;
}

/* Paints @layout with its top-left corner at @x, @y run by run: the
 * lines of a justified text get their gaps (phaen_render_line_gap ()),
 * and on a surface that keeps text the runs carry it word by word. */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             gboolean     keep_text,
             TextScratch *scratch)
{
  const char *text = pango_layout_get_text (layout);
  gboolean justified = phaen_render_text_is_justified (layout);
  PangoLayoutIter *iter;
  const PangoLogAttr *attrs = NULL;
  int n_attrs = 0;
  int line_index = 0;
  guint run_index = 0;
  TextCursor cursor = { text, 0, 0 };
  GArray *joins = scratch->joins;
  GArray *starts = scratch->starts;
  GArray *spread_joins = scratch->spread_joins;
  gboolean any_joins;

  g_array_set_size (joins, 0);
  g_array_set_size (starts, 0);
  any_joins = keep_text && collect_joins (layout, joins, starts);

  /* Pango's own painting where nothing needs changing: no gaps, and no
   * Thai mark whose place a reader could get wrong. */
  if (!justified && !any_joins)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  if (justified)
    attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  /* Line by line (where the iterator has the lines' places), then the
   * runs of the line from left to right. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline = y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      int run_x, gap, line_end;
      double shift = 0;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      run_x = logical.x;

      /* Trailing spaces get no gap: the line ends where its ink does. */
      line_end = line->start_index + line->length;
      while (line_end > line->start_index && strchr (" \n\r", text[line_end - 1]) != NULL)
        line_end--;
      gap = justified ? (int) (phaen_render_line_gap (layout, line_index, NULL, NULL) * PANGO_SCALE) : 0;

      for (GSList *l = line->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *run = l->data;
          PangoGlyphItem *copy;
          int width = pango_glyph_string_get_width (run->glyphs);
          const Join *run_joins = NULL;
          guint n_joins = 0;

          cairo_move_to (cr, x + run_x / (double) PANGO_SCALE + shift, baseline);
          run_x += width;

          /* This run's joins: a spread line's are its stretches. */
          if (keep_text && gap > 0)
            {
              g_array_set_size (spread_joins, 0);
              find_joins (run, text, TRUE, spread_joins);
              run_joins = (const Join *) spread_joins->data;
              n_joins = spread_joins->len;
            }
          else if (any_joins && run_index < starts->len)
            {
              guint first = g_array_index (starts, guint, run_index);
              guint end = run_index + 1 < starts->len ? g_array_index (starts, guint, run_index + 1)
                                                      : joins->len;

              run_joins = &g_array_index (joins, Join, first);
              n_joins = end - first;
            }
          run_index++;

          if (gap == 0 && n_joins == 0)
            {
              pango_cairo_show_glyph_item (cr, text, run);
              continue;
            }

          copy = pango_glyph_item_copy (run);
          /* Gaps first: they are found from the clusters before joining. */
          if (gap > 0)
            shift += spread_run (copy, &cursor, attrs, n_attrs, line_end, gap);
          apply_joins (copy, run_joins, n_joins);
          pango_cairo_show_glyph_item (cr, text, copy);
          pango_glyph_item_free (copy);
        }
      line_index++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

void
phaen_page_paint (PhaenPage              *page,
                  cairo_t                *cr,
                  const PhaenRenderStyle *style)
{
  Painter painter = { cr, style != NULL ? style : phaen_render_style_print (), NULL,
                      cairo_surface_has_show_text_glyphs (cairo_get_target (cr)) };
  g_autoptr(GArray) joins = g_array_new (FALSE, FALSE, sizeof (Join));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) spread_joins = g_array_new (FALSE, FALSE, sizeof (Join));
  TextScratch scratch = { joins, starts, spread_joins };

  g_return_if_fail (page != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);

  if (painter.style->fill_paper)
    {
      use_color (&painter, &painter.style->paper);
      cairo_rectangle (cr, 0, 0, page->width, page->height);
      cairo_fill (cr);
    }

  use_color (&painter, &painter.style->rules);
  paint_rules (page, &painter);
  use_color (&painter, &painter.style->ink);
  paint_arrows (page, &painter);

  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, i);

      switch (op->kind)
        {
        case PHAEN_PAGE_OP_TEXT:
          use_color (&painter, &painter.style->ink);
          show_layout (cr, op->layout, op->x, op->y, painter.text_clusters, &scratch);
          cairo_new_path (cr);
          break;

        case PHAEN_PAGE_OP_LINE:
          /* stroked by paint_rules () */
          break;

        case PHAEN_PAGE_OP_RECT:
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          if (op->filled)
            {
              use_color (&painter, &painter.style->ink);
              cairo_fill (cr);
            }
          else
            {
              use_color (&painter, &painter.style->rules);
              cairo_set_line_width (cr, scaled_width (&painter, op->line_width));
              cairo_stroke (cr);
            }
          break;

        case PHAEN_PAGE_OP_ARROW:
          /* painted by paint_arrows () */
          break;

        case PHAEN_PAGE_OP_DOTS:
          use_color (&painter, &painter.style->ink);
          paint_dots (cr, op);
          break;

        case PHAEN_PAGE_OP_IMAGE:
          /* In its own colours; the next text sets the ink again. */
          phaen_emblem_image_paint (op->image, cr, op->x, op->y, op->width, op->height);
          painter.source = NULL;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}

void
phaen_page_add_project (PhaenPage  *page,
                        const char *project_id)
{
  g_return_if_fail (page != NULL);
  g_return_if_fail (project_id != NULL);

  if (phaen_page_has_project (page, project_id))
    return;
  if (page->project_ids == NULL)
    page->project_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (page->project_ids, g_strdup (project_id));
}

gboolean
phaen_page_has_project (const PhaenPage *page,
                        const char      *project_id)
{
  g_return_val_if_fail (page != NULL, FALSE);
  g_return_val_if_fail (project_id != NULL, FALSE);

  if (page->project_ids == NULL)
    return FALSE;

  for (guint i = 0; i < page->project_ids->len; i++)
    if (strcmp (g_ptr_array_index (page->project_ids, i), project_id) == 0)
      return TRUE;

  return FALSE;
}
