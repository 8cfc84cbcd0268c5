/* phaen-timeline-painter.c: paints a timeline frame
 *
 * Order: every pixel's background once (header, pane, quarter columns),
 * the selection, the month rules, the group rows, then in the month area
 * the today line, the bars and their labels (over the line, which never
 * crosses a budget), the group totals, the drag preview and the month
 * cursor; the row rules and the left pane's texts; the header and load
 * row last, so that scrolled content never shows through them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>

#include "model/phaen-fiscal.h"
#include "phaen-timeline-painter.h"

static PhaenTimelineColor
rgba (double r,
      double g,
      double b,
      double a)
{
  PhaenTimelineColor color = { r, g, b, a };

  return color;
}

/* @a with @t of @b (opaque result when both are). */
static PhaenTimelineColor
mix (const PhaenTimelineColor *a,
     const PhaenTimelineColor *b,
     double                    t)
{
  return rgba (a->red + (b->red - a->red) * t,
               a->green + (b->green - a->green) * t,
               a->blue + (b->blue - a->blue) * t,
               a->alpha + (b->alpha - a->alpha) * t);
}

static PhaenTimelineColor
with_alpha (const PhaenTimelineColor *color,
            double                    alpha)
{
  return rgba (color->red, color->green, color->blue, alpha);
}

static double
luminance (const PhaenTimelineColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

void
phaen_timeline_style_init (PhaenTimelineStyle       *style,
                           const PhaenTimelineColor *foreground,
                           const PhaenTimelineColor *background,
                           const PhaenTimelineColor *accent,
                           gboolean                  high_contrast)
{
  PhaenTimelineColor fg, bg, black = rgba (0, 0, 0, 1), white = rgba (1, 1, 1, 1);
  gboolean dark;

  g_return_if_fail (style != NULL && foreground != NULL && background != NULL && accent != NULL);

  fg = with_alpha (foreground, 1.0);
  bg = with_alpha (background, 1.0);
  dark = luminance (&bg) < 0.5;

  style->background = bg;
  style->text = fg;
  style->dim_text = high_contrast ? fg : mix (&fg, &bg, 0.3);
  style->grid = high_contrast ? mix (&fg, &bg, 0.3) : mix (&fg, &bg, 0.85);
  style->header_background = mix (&bg, &fg, dark ? 0.07 : 0.04);
  style->group_background = mix (&bg, &fg, high_contrast ? 0.15 : 0.07);
  style->band = with_alpha (&fg, high_contrast ? 0.08 : 0.035);
  style->bar = with_alpha (accent, 1.0);
  if (high_contrast)
    style->bar_outline = dark ? white : black;
  else
    style->bar_outline = mix (&style->bar, &fg, 0.45);
  style->bar_text = luminance (&style->bar) > 0.55 ? black : white;
  style->actual = high_contrast ? fg : mix (&fg, accent, 0.35);
  style->load = with_alpha (accent, high_contrast ? 0.45 : 0.28);
  style->today = high_contrast ? fg : (dark ? rgba (1.0, 0.48, 0.42, 1) : rgba (0.78, 0.11, 0.16, 1));
  style->selection = with_alpha (accent, high_contrast ? 0.35 : 0.2);
  style->focus = fg;
  style->line_width = high_contrast ? 2.0 : 1.0;
}

void
phaen_timeline_style_init_light (PhaenTimelineStyle *style)
{
  PhaenTimelineColor fg = rgba (0.12, 0.12, 0.12, 1);
  PhaenTimelineColor bg = rgba (1, 1, 1, 1);
  PhaenTimelineColor accent = rgba (0.21, 0.52, 0.89, 1);

  phaen_timeline_style_init (style, &fg, &bg, &accent, FALSE);
}

void
phaen_timeline_style_init_dark (PhaenTimelineStyle *style)
{
  PhaenTimelineColor fg = rgba (1, 1, 1, 1);
  PhaenTimelineColor bg = rgba (0.14, 0.14, 0.14, 1);
  PhaenTimelineColor accent = rgba (0.47, 0.68, 0.93, 1);

  phaen_timeline_style_init (style, &fg, &bg, &accent, FALSE);
}

void
phaen_timeline_style_init_print (PhaenTimelineStyle *style)
{
  g_return_if_fail (style != NULL);

  style->background = rgba (1, 1, 1, 1);
  style->text = rgba (0, 0, 0, 1);
  style->dim_text = rgba (0.25, 0.25, 0.25, 1);
  style->grid = rgba (0.6, 0.6, 0.6, 1);
  style->header_background = rgba (0.93, 0.93, 0.93, 1);
  style->group_background = rgba (0.88, 0.88, 0.88, 1);
  style->band = rgba (0, 0, 0, 0.04);
  style->bar = rgba (0.72, 0.72, 0.72, 1);
  style->bar_outline = rgba (0, 0, 0, 1);
  style->bar_text = rgba (0, 0, 0, 1);
  style->actual = rgba (0, 0, 0, 1);
  style->load = rgba (0, 0, 0, 0.1);
  style->today = rgba (0, 0, 0, 1);
  style->selection = rgba (0, 0, 0, 0);
  style->focus = rgba (0, 0, 0, 1);
  style->line_width = 0.5;
}

static void
set_color (cairo_t                  *cr,
           const PhaenTimelineColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
fill_rect (cairo_t                  *cr,
           const PhaenTimelineColor *color,
           double                    x,
           double                    y,
           double                    width,
           double                    height)
{
  if (width <= 0 || height <= 0 || color->alpha <= 0)
    return;

  set_color (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
clip_rect (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height)
{
  cairo_rectangle (cr, x, y, MAX (0.0, width), MAX (0.0, height));
  cairo_clip (cr);
}

static void
show_cell (cairo_t                  *cr,
           const PhaenTimelineCell  *cell,
           const PhaenTimelineColor *color)
{
  if (cell->layout == NULL)
    return;

  set_color (cr, color);
  cairo_move_to (cr, cell->text_x, cell->text_y);
  pango_cairo_show_layout (cr, cell->layout);
}

/* Lines crisp on a pixel grid: thin rules on half units. */
static double
snap (double value,
      double line_width)
{
  if (line_width >= 0.99 && line_width <= 1.01)
    return floor (value) + 0.5;

  return value;
}

static void
vline (cairo_t *cr,
       double   x,
       double   y1,
       double   y2,
       double   line_width)
{
  x = snap (x, line_width);
  cairo_move_to (cr, x, y1);
  cairo_line_to (cr, x, y2);
}

static void
hline (cairo_t *cr,
       double   x1,
       double   x2,
       double   y,
       double   line_width)
{
  y = snap (y, line_width);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
}

static void
stroke_with (cairo_t                  *cr,
             const PhaenTimelineColor *color,
             double                    line_width)
{
  set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

/* Diagonal hatching inside @rect. */
static void
hatch (cairo_t                  *cr,
       const PhaenTimelineRect  *rect,
       const PhaenTimelineColor *color,
       double                    spacing,
       double                    line_width)
{
  double h = rect->height;

  cairo_save (cr);
  clip_rect (cr, rect->x, rect->y, rect->width, rect->height);
  for (double x = rect->x - h; x < rect->x + rect->width; x += spacing)
    {
      cairo_move_to (cr, x, rect->y + h);
      cairo_line_to (cr, x + h, rect->y);
    }
  stroke_with (cr, color, line_width);
  cairo_restore (cr);
}

void
phaen_timeline_paint_bar (cairo_t                  *cr,
                          const PhaenTimelineStyle *style,
                          const PhaenTimelineRect  *rect,
                          gboolean                  actual)
{
  double lw = style->line_width;

  g_return_if_fail (cr != NULL && style != NULL && rect != NULL);

  if (actual)
    {
      PhaenTimelineColor light = with_alpha (&style->actual, 0.18 * style->actual.alpha);

      fill_rect (cr, &light, rect->x, rect->y, rect->width, rect->height);
      hatch (cr, rect, &style->actual, MAX (3.0, rect->height * 0.9), MAX (lw, rect->height * 0.18));
      cairo_rectangle (cr, rect->x + lw / 2, rect->y + lw / 2,
                       MAX (0.0, rect->width - lw), MAX (0.0, rect->height - lw));
      stroke_with (cr, &style->actual, lw);
      return;
    }

  fill_rect (cr, &style->bar, rect->x, rect->y, rect->width, rect->height);
  cairo_rectangle (cr, rect->x + lw / 2, rect->y + lw / 2,
                   MAX (0.0, rect->width - lw), MAX (0.0, rect->height - lw));
  stroke_with (cr, &style->bar_outline, lw);
}

/* Months of a row that a drag adds (dashed frame) or removes (dashed ghost). */
static void
paint_preview (const PhaenTimelineFrame    *frame,
               cairo_t                     *cr,
               const PhaenTimelineStyle    *style,
               const PhaenTimelineFrameRow *row)
{
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  guint added = row->mask & ~row->model_mask;
  guint removed = row->model_mask & ~row->mask;
  double lw = MAX (1.0, style->line_width * 1.5);
  double dashes[] = { 3 * lw, 2 * lw };
  double y, h = metrics->bar_height + 2 * lw;

  if (added == 0 && removed == 0)
    return;

  /* The bars' own y: the first bar of the row, else centred. */
  y = row->y + round ((row->height - metrics->bar_height) / 2.0);
  for (guint b = row->first_bar; b < row->first_bar + row->n_bars; b++)
    {
      const PhaenTimelineFrameBar *bar = &g_array_index (frame->bars, PhaenTimelineFrameBar, b);

      if (!bar->actual)
        {
          y = bar->rect.y;
          break;
        }
    }
  y -= lw;

  cairo_save (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      double x = phaen_timeline_frame_month_x (frame, m);
      double w = frame->params.month_width;

      if (removed & (1u << m))
        {
          PhaenTimelineColor ghost = with_alpha (&style->bar, 0.25 * style->bar.alpha);

          fill_rect (cr, &ghost, x + 2 * lw, y + lw, w - 4 * lw, h - 2 * lw);
          cairo_rectangle (cr, x + 2 * lw, y + lw, w - 4 * lw, h - 2 * lw);
          stroke_with (cr, &style->dim_text, lw);
        }
      else if (added & (1u << m))
        {
          cairo_rectangle (cr, x + lw, y, w - 2 * lw, h);
          stroke_with (cr, &style->focus, lw);
        }
    }
  cairo_restore (cr);
}

/* Every pixel of the frame once, opaque: the header, then the rows area
 * column by column (pane, quarters with every other one banded, the rest)
 * down to the last row, and the background under it. Without
 * antialiasing, columns meeting at a fractional x share no pixel: no seam,
 * and nothing of what the surface held before shows through. */
static void
paint_backgrounds (const PhaenTimelineFrame *frame,
                   cairo_t                  *cr,
                   const PhaenTimelineStyle *style)
{
  const PhaenTimelineParams *params = &frame->params;
  double top = frame->rows_area.y;
  double bottom = top;
  double edges[7];
  PhaenTimelineColor band;

  if (frame->rows->len > 0)
    {
      const PhaenTimelineFrameRow *last = &g_array_index (frame->rows, PhaenTimelineFrameRow,
                                                          frame->rows->len - 1);

      bottom = MIN (params->height, last->y + last->height);
    }

  band = mix (&style->background, &style->band, style->band.alpha);
  band.alpha = style->background.alpha;

  edges[0] = 0;
  edges[1] = MIN (params->pane_width, params->width);
  for (guint q = 0; q <= 4; q++)
    edges[2 + q] = CLAMP (phaen_timeline_frame_month_x (frame, q * 3), edges[1], params->width);

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  fill_rect (cr, &style->header_background, 0, 0, params->width, MIN (top, params->height));
  for (guint k = 0; k < 6; k++)
    {
      /* Columns 3 and 5 are the 2nd and 4th quarters. */
      const PhaenTimelineColor *color = (k == 3 || k == 5) ? &band : &style->background;

      fill_rect (cr, color, edges[k], top, edges[k + 1] - edges[k], bottom - top);
      fill_rect (cr, &style->background, edges[k], bottom, edges[k + 1] - edges[k], params->height - bottom);
    }
  fill_rect (cr, &style->background, edges[6], top, params->width - edges[6], params->height - top);
  cairo_restore (cr);
}

static void
paint_rows (const PhaenTimelineFrame *frame,
            cairo_t                  *cr,
            const PhaenTimelineStyle *style)
{
  const PhaenTimelineParams *params = &frame->params;
  const PhaenTimelineRect *rows = &frame->rows_area;
  const PhaenTimelineRect *months = &frame->months_area;
  double lw = style->line_width;
  double rows_bottom = rows->y;

  cairo_save (cr);
  clip_rect (cr, rows->x, rows->y, rows->width, rows->height);

  /* The selection across the full width. */
  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (row->selected)
        fill_rect (cr, &style->selection, 0, row->y, params->width, row->height);
      rows_bottom = row->y + row->height;
    }

  /* Month area: bands, grid, bars. */
  cairo_save (cr);
  clip_rect (cr, months->x, rows->y, months->width, rows->height);

  for (guint m = 0; m <= PHAEN_FISCAL_MONTHS; m++)
    vline (cr, phaen_timeline_frame_month_x (frame, m), rows->y, rows_bottom, lw);
  stroke_with (cr, &style->grid, lw);
  cairo_restore (cr);

  /* Group rows cover the month rules: their totals read across them. */
  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
        fill_rect (cr, &style->group_background, 0, row->y, params->width, row->height);
    }

  cairo_save (cr);
  clip_rect (cr, months->x, rows->y, months->width, rows->height);

  /* Today under the bars, so that it never crosses a budget. */
  if (frame->has_today)
    {
      vline (cr, frame->today_x, rows->y, rows_bottom, lw);
      stroke_with (cr, &style->today, MAX (lw * 2, 1.5));
    }

  for (guint i = 0; i < frame->bars->len; i++)
    {
      const PhaenTimelineFrameBar *bar = &g_array_index (frame->bars, PhaenTimelineFrameBar, i);

      phaen_timeline_paint_bar (cr, style, &bar->rect, bar->actual);
      show_cell (cr, &bar->label, &style->bar_text);
    }

  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
        show_cell (cr, &row->totals, &style->dim_text);
      if (row->preview)
        paint_preview (frame, cr, style, row);
      if (row->selected && params->cursor_month >= 0 && params->cursor_month < PHAEN_FISCAL_MONTHS)
        {
          double x = phaen_timeline_frame_month_x (frame, (guint) params->cursor_month);
          double w = MAX (1.0, lw * 2);

          cairo_rectangle (cr, x + w / 2, row->y + w / 2,
                           params->month_width - w, row->height - w);
          stroke_with (cr, &style->focus, w);
        }
    }

  cairo_restore (cr);

  /* Row rules across the full width. */
  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      hline (cr, 0, MIN (params->width, phaen_timeline_frame_month_x (frame, PHAEN_FISCAL_MONTHS)),
             row->y + row->height - lw / 2, lw);
    }
  stroke_with (cr, &style->grid, lw);

  /* The left pane over the scrolled months. */
  clip_rect (cr, 0, rows->y, MIN (params->pane_width, params->width), rows->height);
  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      show_cell (cr, &row->number, &style->dim_text);
      show_cell (cr, &row->label, &style->text);
    }

  cairo_restore (cr);
}

static void
paint_header (const PhaenTimelineFrame *frame,
              cairo_t                  *cr,
              const PhaenTimelineStyle *style)
{
  const PhaenTimelineParams *params = &frame->params;
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  const PhaenTimelineRect *months = &frame->months_area;
  double lw = style->line_width;
  double top = metrics->rows_top;
  double quarter_y = frame->quarters[0].rect.y;
  double month_y = frame->months[0].rect.y;
  double load_y = metrics->header_height;

  cairo_save (cr);

  show_cell (cr, &frame->pane_title, &style->text);
  show_cell (cr, &frame->load_title, &style->dim_text);

  cairo_save (cr);
  clip_rect (cr, months->x, 0, months->width, top);

  /* The load of every month as a column from the bottom of its cell. */
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      double x = phaen_timeline_frame_month_x (frame, m);
      double inset = MAX (1.0, round (params->month_width * 0.12));
      double h = (metrics->load_height - metrics->pad) * frame->load_fraction[m];

      fill_rect (cr, &style->load, x + inset, top - h, params->month_width - 2 * inset, h);
    }

  for (guint i = 0; i < G_N_ELEMENTS (frame->years); i++)
    show_cell (cr, &frame->years[i], &style->text);
  for (guint q = 0; q < G_N_ELEMENTS (frame->quarters); q++)
    show_cell (cr, &frame->quarters[q], &style->dim_text);
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      show_cell (cr, &frame->months[m], &style->text);
      show_cell (cr, &frame->load_counts[m], &style->text);
      show_cell (cr, &frame->load_budgets[m], &style->dim_text);
    }

  /* Column rules: years, quarters, months, load. */
  for (guint m = 0; m <= PHAEN_FISCAL_MONTHS; m++)
    {
      double x = phaen_timeline_frame_month_x (frame, m);

      if (m % 3 != 0)
        vline (cr, x, month_y, top, lw);
      else if (m == 0 || m == 3 || m == PHAEN_FISCAL_MONTHS)
        vline (cr, x, 0, top, lw);
      else
        vline (cr, x, quarter_y, top, lw);
    }
  hline (cr, months->x, months->x + months->width, quarter_y, lw);
  hline (cr, months->x, months->x + months->width, month_y, lw);
  stroke_with (cr, &style->grid, lw);

  /* Today: through the load row, and a mark under the month's name. */
  if (frame->has_today)
    {
      double mark = MAX (3.0, round (metrics->pad * 1.5));

      vline (cr, frame->today_x, load_y, top, lw);
      stroke_with (cr, &style->today, MAX (lw * 2, 1.5));
      set_color (cr, &style->today);
      cairo_move_to (cr, frame->today_x - mark, load_y - mark);
      cairo_line_to (cr, frame->today_x + mark, load_y - mark);
      cairo_line_to (cr, frame->today_x, load_y);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  /* Rules under the header and the load row, and the pane's edge. */
  hline (cr, 0, params->width, load_y, lw);
  hline (cr, 0, params->width, top - lw / 2, lw);
  stroke_with (cr, &style->grid, lw);
  vline (cr, params->pane_width - lw / 2, 0, params->height, lw);
  stroke_with (cr, &style->grid, lw);

  cairo_restore (cr);
}

void
phaen_timeline_paint (const PhaenTimelineFrame *frame,
                      cairo_t                  *cr,
                      const PhaenTimelineStyle *style)
{
  const PhaenTimelineParams *params;

  g_return_if_fail (frame != NULL && cr != NULL && style != NULL);

  params = &frame->params;

  cairo_save (cr);
  clip_rect (cr, 0, 0, params->width, params->height);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  paint_backgrounds (frame, cr, style);
  paint_rows (frame, cr, style);
  paint_header (frame, cr, style);

  cairo_restore (cr);
}
