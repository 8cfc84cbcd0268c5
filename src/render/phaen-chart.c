/* phaen-chart.c: bar charts drawn into a page's display list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Patterns are made of the page's own operations: hatching is a set of
 * LINE items cut to the box by computation (no clipping is needed, so the
 * painter stays a plain replay of the list). Grid lines are dotted
 * leaders, lighter than the rules of the axes and the bars' outlines.
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phaen-chart.h"

#define LABEL_SIZE   12.0    /* category and tick labels, TH Sarabun points */
#define LEGEND_SIZE  14.0

#define AXIS_WIDTH    0.8
#define OUTLINE_WIDTH 0.6
#define HATCH_WIDTH   0.45
#define HATCH_GAP     PHAEN_MM (1.6)   /* between hatch lines, measured across them */
#define LINE_GAP      PHAEN_MM (1.2)   /* between horizontal pattern lines */
#define TICK_LENGTH   PHAEN_MM (1.2)

#define SWATCH_WIDTH  PHAEN_MM (7.0)
#define SWATCH_HEIGHT PHAEN_MM (3.5)
#define MAX_BAR_WIDTH PHAEN_MM (16.0)
#define MAX_BAR_HEIGHT PHAEN_MM (9.0)

/* ---- boxes and patterns ---------------------------------------------- */

/* Lines x + y = c (rising to the right on the page) or x - y = c
 * (falling), every HATCH_GAP across, cut to the box. The phase follows a
 * grid fixed on the page, so neighbouring boxes hatch in step. */
static void
add_hatch (PhaenPage *page,
           double     x0,
           double     y0,
           double     x1,
           double     y1,
           gboolean   rising)
{
  const double d = HATCH_GAP * G_SQRT2;
  double from = rising ? x0 + y0 : x0 - y1;
  double to = rising ? x1 + y1 : x1 - y0;

  for (double c = ceil (from / d) * d; c <= to; c += d)
    {
      double xa, xb;

      if (rising)
        {
          /* y = c - x, with y in [y0, y1] */
          xa = MAX (x0, c - y1);
          xb = MIN (x1, c - y0);
          if (xb - xa > 0.2)
            phaen_page_add_line (page, xa, c - xa, xb, c - xb, HATCH_WIDTH);
        }
      else
        {
          /* y = x - c */
          xa = MAX (x0, y0 + c);
          xb = MIN (x1, y1 + c);
          if (xb - xa > 0.2)
            phaen_page_add_line (page, xa, xa - c, xb, xb - c, HATCH_WIDTH);
        }
    }
}

static void
add_lines (PhaenPage *page,
           double     x0,
           double     y0,
           double     x1,
           double     y1)
{
  for (double y = y0 + LINE_GAP; y < y1 - LINE_GAP / 3; y += LINE_GAP)
    phaen_page_add_line (page, x0, y, x1, y, HATCH_WIDTH);
}

void
phaen_chart_add_box (PhaenPage      *page,
                     double          x,
                     double          y,
                     double          width,
                     double          height,
                     PhaenChartFill  fill)
{
  g_return_if_fail (page != NULL);

  if (width <= 0 || height <= 0)
    return;

  /* An inset keeps the pattern inside the outline's stroke. */
  switch (fill)
    {
    case PHAEN_CHART_FILL_SOLID:
      phaen_page_add_rect (page, x, y, width, height, 0, TRUE);
      return;
    case PHAEN_CHART_FILL_HATCH:
      add_hatch (page, x + 0.5, y + 0.5, x + width - 0.5, y + height - 0.5, TRUE);
      break;
    case PHAEN_CHART_FILL_CROSS:
      add_hatch (page, x + 0.5, y + 0.5, x + width - 0.5, y + height - 0.5, TRUE);
      add_hatch (page, x + 0.5, y + 0.5, x + width - 0.5, y + height - 0.5, FALSE);
      break;
    case PHAEN_CHART_FILL_LINES:
      add_lines (page, x + 0.5, y, x + width - 0.5, y + height);
      break;
    case PHAEN_CHART_FILL_EMPTY:
    default:
      break;
    }

  phaen_page_add_rect (page, x, y, width, height, OUTLINE_WIDTH, FALSE);
}

/* ---- text helpers ---------------------------------------------------- */

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}

/* A one-line text with its top-left at (@x, @y) when @align is 0, its
 * top centre when 1, its top right when 2. Returns its height. */
static double
add_label (PhaenRenderContext *ctx,
           PhaenPage          *page,
           const char         *text,
           double              size,
           PhaenTextFlags      flags,
           double              x,
           double              y,
           int                 align)
{
  g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, text, size, flags, -1);
  double w, h;

  layout_size (layout, &w, &h);
  if (align == 1)
    x -= w / 2;
  else if (align == 2)
    x -= w;
  phaen_page_add_text (page, layout, x, y);

  return h;
}

/* ---- the legend ------------------------------------------------------ */

static double
legend_height (PhaenRenderContext *ctx)
{
  g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, "ก", LEGEND_SIZE, 0, -1);
  double h;

  layout_size (layout, NULL, &h);
  return MAX (h, SWATCH_HEIGHT);
}

/* One line of swatches and labels, centred in [@x, @x + @width]. */
static void
add_legend (PhaenRenderContext     *ctx,
            PhaenPage              *page,
            const PhaenChartSeries *series,
            guint                   n_series,
            double                  x,
            double                  y,
            double                  width)
{
  const double gap = PHAEN_MM (1.5);
  const double spacing = PHAEN_MM (7.0);
  double line_h = legend_height (ctx);
  double total = 0;
  g_autofree double *widths = g_new0 (double, n_series);

  for (guint s = 0; s < n_series; s++)
    {
      g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, series[s].label, LEGEND_SIZE, 0, -1);

      layout_size (layout, &widths[s], NULL);
      total += SWATCH_WIDTH + gap + widths[s] + (s + 1 < n_series ? spacing : 0);
    }

  x += MAX (0, (width - total) / 2);
  for (guint s = 0; s < n_series; s++)
    {
      phaen_chart_add_box (page, x, y + (line_h - SWATCH_HEIGHT) / 2,
                           SWATCH_WIDTH, SWATCH_HEIGHT, series[s].fill);
      x += SWATCH_WIDTH + gap;
      add_label (ctx, page, series[s].label, LEGEND_SIZE, 0, x, y, 0);
      x += widths[s] + spacing;
    }
}

/* ---- axes ------------------------------------------------------------ */

void
phaen_chart_axis (double    largest,
                  gboolean  integer_ticks,
                  double   *max,
                  double   *step)
{
  double raw, magnitude, normal, s;

  g_return_if_fail (max != NULL && step != NULL);

  if (!(largest > 0))
    {
      *max = 1;
      *step = integer_ticks ? 1 : 0.2;
      return;
    }

  raw = largest / 5;
  magnitude = pow (10, floor (log10 (raw)));
  normal = raw / magnitude;
  if (normal <= 1)
    s = magnitude;
  else if (normal <= 2)
    s = 2 * magnitude;
  else if (normal <= 5)
    s = 5 * magnitude;
  else
    s = 10 * magnitude;
  if (integer_ticks && s < 1)
    s = 1;

  *step = s;
  /* the smallest whole number of steps that reaches @largest (a hair of
   * tolerance for values that are a multiple of the step) */
  *max = ceil (largest / s - 1e-9) * s;
}

/* @value with the decimals @step needs and thousands separators, Arabic
 * digits (converted when drawn). */
static char *
format_tick (double value,
             double step)
{
  int decimals = step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
  g_autofree char *plain = g_strdup_printf ("%.*f", decimals, value);
  const char *dot = strchr (plain, '.');
  gsize int_len = dot != NULL ? (gsize) (dot - plain) : strlen (plain);
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, plain[i]);
    }
  if (dot != NULL)
    g_string_append (out, dot);

  return g_string_free (out, FALSE);
}

/* ---- vertical grouped bars ------------------------------------------- */

GArray *
phaen_chart_bars (PhaenRenderContext  *ctx,
                  PhaenPage           *page,
                  double               x,
                  double               y,
                  double               width,
                  double               height,
                  const PhaenBarChart *chart,
                  double              *plot_top_out,
                  double              *plot_bottom_out)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (PhaenChartBar));
  double largest = 0, max, step;
  double title_h = 0, tick_w = 0, tick_h = 0, labels_h = 0, value_h = 0;
  double plot_left, plot_right, plot_top, plot_bottom, plot_h, slot;
  double legend_top;
  guint n_steps;

  g_return_val_if_fail (ctx != NULL && page != NULL && chart != NULL, bars);
  g_return_val_if_fail (chart->divisor > 0, bars);

  for (guint i = 0; i < chart->n_categories * chart->n_series; i++)
    largest = MAX (largest, chart->values[i] / chart->divisor);
  phaen_chart_axis (largest, chart->integer_ticks, &max, &step);
  n_steps = (guint) floor (max / step + 0.5);

  /* Widest tick label. */
  for (guint k = 0; k <= n_steps; k++)
    {
      g_autofree char *text = format_tick (k * step, step);
      g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, text, LABEL_SIZE, 0, -1);
      double w, h;

      layout_size (layout, &w, &h);
      tick_w = MAX (tick_w, w);
      tick_h = MAX (tick_h, h);
    }

  plot_left = x + tick_w + PHAEN_MM (1.0) + TICK_LENGTH;
  plot_right = x + width;
  slot = (plot_right - plot_left) / MAX (chart->n_categories, 1);

  /* Tallest category label, wrapped to its slot. */
  for (guint c = 0; c < chart->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout =
        phaen_render_text_shared (ctx, chart->categories[c], LABEL_SIZE, PHAEN_TEXT_CENTER,
                                  slot - PHAEN_MM (2.0));
      double h;

      layout_size (layout, NULL, &h);
      labels_h = MAX (labels_h, h);
    }

  if (chart->axis_title != NULL && chart->axis_title[0] != '\0')
    title_h = add_label (ctx, page, chart->axis_title, LABEL_SIZE, 0, x, y, 0);
  if (chart->value_labels)
    value_h = tick_h;

  legend_top = y + height - legend_height (ctx);
  plot_top = y + title_h + MAX (tick_h / 2, value_h) + PHAEN_MM (1.0);
  plot_bottom = legend_top - PHAEN_MM (4.0) - labels_h - PHAEN_MM (1.5);
  plot_h = plot_bottom - plot_top;
  if (plot_h <= 0)
    return bars;

  /* Grid lines and ticks, the value axis. */
  for (guint k = 0; k <= n_steps; k++)
    {
      g_autofree char *text = format_tick (k * step, step);
      double ty = plot_bottom - (k * step) / max * plot_h;

      if (k > 0)
        phaen_page_add_dots (page, plot_left + PHAEN_MM (1.0), plot_right, ty);
      phaen_page_add_line (page, plot_left - TICK_LENGTH, ty, plot_left, ty, AXIS_WIDTH);
      add_label (ctx, page, text, LABEL_SIZE, 0, x + tick_w - TICK_LENGTH, ty - tick_h / 2, 2);
    }
  phaen_page_add_line (page, plot_left, plot_top, plot_left, plot_bottom, AXIS_WIDTH);
  phaen_page_add_line (page, plot_left, plot_bottom, plot_right, plot_bottom, AXIS_WIDTH);

  /* The bars and the category labels. */
  for (guint c = 0; c < chart->n_categories; c++)
    {
      double group_w = MIN (slot * 0.75, chart->n_series * MAX_BAR_WIDTH);
      double bar_w = group_w / MAX (chart->n_series, 1);
      double group_x = plot_left + slot * c + (slot - group_w) / 2;
      g_autoptr(PangoLayout) label =
        phaen_render_text_shared (ctx, chart->categories[c], LABEL_SIZE, PHAEN_TEXT_CENTER,
                                  slot - PHAEN_MM (2.0));

      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = chart->values[c * chart->n_series + s] / chart->divisor;
          PhaenChartBar bar = { c, s, group_x + s * bar_w, plot_bottom, bar_w, 0 };

          bar.height = MAX (0, value) / max * plot_h;
          bar.y = plot_bottom - bar.height;
          phaen_chart_add_box (page, bar.x, bar.y, bar.width, bar.height, chart->series[s].fill);
          g_array_append_val (bars, bar);

          if (chart->value_labels && value > 0)
            {
              g_autofree char *text = format_tick (value, pow (10, -(double) chart->value_decimals));

              add_label (ctx, page, text, LABEL_SIZE, 0, bar.x + bar.width / 2, bar.y - value_h, 1);
            }
        }

      phaen_page_add_text (page, label, plot_left + slot * c + PHAEN_MM (1.0),
                           plot_bottom + PHAEN_MM (1.5));
    }

  add_legend (ctx, page, chart->series, chart->n_series, x, legend_top, width);

  if (plot_top_out != NULL)
    *plot_top_out = plot_top;
  if (plot_bottom_out != NULL)
    *plot_bottom_out = plot_bottom;

  return bars;
}

/* ---- horizontal stacked bars ----------------------------------------- */

GArray *
phaen_chart_stacked (PhaenRenderContext      *ctx,
                     PhaenPage               *page,
                     double                   x,
                     double                   y,
                     double                   width,
                     double                   height,
                     const PhaenStackedChart *chart)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (PhaenChartBar));
  double label_w = MIN (PHAEN_MM (75.0), width * 0.3);
  double totals_w = 0, tick_h = 0, title_h = 0;
  double bar_left, bar_right, bar_w, plot_top, plot_bottom, row_h, bar_h, legend_top;

  g_return_val_if_fail (ctx != NULL && page != NULL && chart != NULL, bars);

  for (guint c = 0; chart->totals != NULL && c < chart->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, chart->totals[c], LABEL_SIZE, 0, -1);
      double w;

      layout_size (layout, &w, NULL);
      totals_w = MAX (totals_w, w);
    }
  {
    g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, "100", LABEL_SIZE, 0, -1);

    layout_size (layout, NULL, &tick_h);
  }
  if (chart->axis_title != NULL && chart->axis_title[0] != '\0')
    title_h = tick_h;

  bar_left = x + label_w + PHAEN_MM (3.0);
  bar_right = x + width - (totals_w > 0 ? totals_w + PHAEN_MM (3.0) : PHAEN_MM (5.0));
  bar_w = bar_right - bar_left;
  legend_top = y + height - legend_height (ctx);
  plot_top = y;
  plot_bottom = legend_top - PHAEN_MM (4.0) - title_h - tick_h - TICK_LENGTH;
  if (plot_bottom <= plot_top || bar_w <= 0 || chart->n_categories == 0)
    return bars;

  row_h = (plot_bottom - plot_top) / chart->n_categories;
  bar_h = MIN (MAX_BAR_HEIGHT, row_h * 0.6);

  /* The percent axis: ticks every 20 % under the bars (grid lines
   * through them would read as segment edges). */
  for (guint k = 0; k <= 5; k++)
    {
      double gx = bar_left + bar_w * k / 5.0;
      g_autofree char *text = g_strdup_printf ("%u", k * 20);

      phaen_page_add_line (page, gx, plot_bottom, gx, plot_bottom + TICK_LENGTH, AXIS_WIDTH);
      add_label (ctx, page, text, LABEL_SIZE, 0, gx, plot_bottom + TICK_LENGTH, 1);
    }
  phaen_page_add_line (page, bar_left, plot_top, bar_left, plot_bottom, AXIS_WIDTH);
  phaen_page_add_line (page, bar_left, plot_bottom, bar_right, plot_bottom, AXIS_WIDTH);
  if (title_h > 0)
    add_label (ctx, page, chart->axis_title, LABEL_SIZE, 0, bar_left + bar_w / 2,
               plot_bottom + PHAEN_MM (1.0) + tick_h, 1);

  for (guint c = 0; c < chart->n_categories; c++)
    {
      double centre = plot_top + row_h * (c + 0.5);
      double total = 0, done = 0;
      g_autoptr(PangoLayout) label =
        phaen_render_text_shared (ctx, chart->categories[c], LABEL_SIZE, 0, label_w);
      double label_h;

      layout_size (label, NULL, &label_h);
      phaen_page_add_text (page, label, x, centre - label_h / 2);

      for (guint s = 0; s < chart->n_series; s++)
        total += MAX (0, chart->values[c * chart->n_series + s]);

      for (guint s = 0; s < chart->n_series && total > 0; s++)
        {
          double value = MAX (0, chart->values[c * chart->n_series + s]);
          PhaenChartBar bar = { c, s, bar_left + bar_w * done / total, centre - bar_h / 2, 0, bar_h };

          bar.width = bar_w * value / total;
          done += value;
          phaen_chart_add_box (page, bar.x, bar.y, bar.width, bar.height, chart->series[s].fill);
          g_array_append_val (bars, bar);
        }

      if (chart->totals != NULL)
        {
          g_autoptr(PangoLayout) text = phaen_render_text_shared (ctx, chart->totals[c], LABEL_SIZE, 0, -1);
          double h;

          layout_size (text, NULL, &h);
          phaen_page_add_text (page, text, bar_right + PHAEN_MM (2.0), centre - h / 2);
        }
    }

  add_legend (ctx, page, chart->series, chart->n_series, x, legend_top, width);

  return bars;
}
