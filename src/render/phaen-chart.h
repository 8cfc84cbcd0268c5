/* phaen-chart.h: bar charts drawn into a page's display list
 *
 * The charts use only the page operations (lines, rectangles, dots, text
 * laid out by Pango), so they print in black on white, take the colours
 * of any PhaenRenderStyle on screen and need no colour to be told apart:
 * each series has a fill pattern (empty, solid, hatched, cross-hatched,
 * lined) and a legend. Layout is pure geometry: the functions return
 * where every bar went.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_CHART_FILL_EMPTY,   /* outline only */
  PHAEN_CHART_FILL_SOLID,   /* filled with ink */
  PHAEN_CHART_FILL_HATCH,   /* diagonal lines */
  PHAEN_CHART_FILL_CROSS,   /* diagonal lines both ways */
  PHAEN_CHART_FILL_LINES,   /* horizontal lines */
} PhaenChartFill;

typedef struct
{
  const char     *label;    /* for the legend */
  PhaenChartFill  fill;
} PhaenChartSeries;

/* Where one bar (or one segment of a stacked bar) was drawn, points. A
 * bar of value 0 has a zero height (or width). */
typedef struct
{
  guint  category;
  guint  series;
  double x, y, width, height;
} PhaenChartBar;

/* A box outlined and filled with @fill. */
void    phaen_chart_add_box      (PhaenPage          *page,
                                  double              x,
                                  double              y,
                                  double              width,
                                  double              height,
                                  PhaenChartFill      fill);

/* Vertical bars, grouped by category: for each category one bar per
 * series, side by side. @values holds n_categories × n_series values
 * (category-major), >= 0, in the unit of the value axis times @divisor
 * (e.g. baht with a divisor of 1 000 000 for an axis in millions). */
typedef struct
{
  const char * const     *categories;     /* labels under the groups (wrapped) */
  guint                   n_categories;
  const PhaenChartSeries *series;
  guint                   n_series;
  const double           *values;
  double                  divisor;        /* > 0 */
  const char             *axis_title;     /* above the value axis, e.g. "ล้านบาท" */
  gboolean                integer_ticks;  /* counts: ticks at whole numbers */
  gboolean                value_labels;   /* print each non-zero value above its bar */
  guint                   value_decimals; /* … with this many decimals */
} PhaenBarChart;

/* The value axis: 0 … max in steps of step (display units, values
 * divided by the divisor), at most 6 steps, step 1, 2 or 5 × 10^k
 * (whole for integer ticks); max 1 when every value is 0. */
void    phaen_chart_axis         (double              largest,
                                  gboolean            integer_ticks,
                                  double             *max,
                                  double             *step);

/* Draws @chart inside the box (@x, @y, @width, @height) of @page: the
 * value axis title and ticks at the left with dotted grid lines, the bars
 * (with their values above them when asked), the category labels under
 * them, the legend at the bottom. Returns the
 * bars (PhaenChartBar) in category-major order; @plot_top and
 * @plot_bottom (nullable) receive the y of the axis maximum and of 0. */
GArray *phaen_chart_bars         (PhaenRenderContext *ctx,
                                  PhaenPage          *page,
                                  double              x,
                                  double              y,
                                  double              width,
                                  double              height,
                                  const PhaenBarChart *chart,
                                  double             *plot_top,
                                  double             *plot_bottom);

/* Horizontal bars of 100 %: one bar per category, divided into the
 * shares of its series (values are counts, category-major); the category
 * labels at the left, @totals (nullable; e.g. "5 โครงการ") at the right,
 * a percent axis (0 … 100, ticks every 20) and the legend under the
 * bars. A category
 * whose values are all 0 has no bar. Returns the segments. */
typedef struct
{
  const char * const     *categories;
  guint                   n_categories;
  const PhaenChartSeries *series;
  guint                   n_series;
  const double           *values;
  const char * const     *totals;
  const char             *axis_title;     /* under the percent axis, e.g. "ร้อยละ" */
} PhaenStackedChart;

GArray *phaen_chart_stacked      (PhaenRenderContext *ctx,
                                  PhaenPage          *page,
                                  double              x,
                                  double              y,
                                  double              width,
                                  double              height,
                                  const PhaenStackedChart *chart);

G_END_DECLS
