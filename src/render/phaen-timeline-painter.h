/* phaen-timeline-painter.h: paints a timeline frame on any cairo_t
 *
 * One painter for the widget, PNG, SVG and PDF: the caller gives a frame
 * (phaen-timeline-layout.h) and a style. Planned and actual months are
 * told apart by shape as well as colour: planned runs are solid bars with
 * an outline, actual runs thinner hatched bars under them; months changed
 * by a drag are outlined with dashes (added) or shown as dashed ghosts
 * (removed). cairo + Pango only, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "phaen-timeline-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} PhaenTimelineColor;

typedef struct
{
  PhaenTimelineColor background;
  PhaenTimelineColor text;
  PhaenTimelineColor dim_text;          /* numbers, totals */
  PhaenTimelineColor grid;
  PhaenTimelineColor header_background;
  PhaenTimelineColor group_background;
  PhaenTimelineColor band;              /* 2nd and 4th quarters */
  PhaenTimelineColor bar;               /* planned months */
  PhaenTimelineColor bar_outline;
  PhaenTimelineColor bar_text;          /* the budget on a bar */
  PhaenTimelineColor actual;            /* hatching of the actual months */
  PhaenTimelineColor load;              /* the load row's columns */
  PhaenTimelineColor today;
  PhaenTimelineColor selection;         /* the selected row */
  PhaenTimelineColor focus;             /* the month cursor, changed months */
  double             line_width;        /* thin rules, device units */
} PhaenTimelineStyle;

/* A style derived from a foreground, a background and an accent colour (a
 * widget's), for light and dark themes alike. High contrast: opaque
 * rules, black or white outlines, thicker lines. */
void phaen_timeline_style_init          (PhaenTimelineStyle       *style,
                                         const PhaenTimelineColor *foreground,
                                         const PhaenTimelineColor *background,
                                         const PhaenTimelineColor *accent,
                                         gboolean                  high_contrast);
/* Adwaita-like defaults. */
void phaen_timeline_style_init_light    (PhaenTimelineStyle *style);
void phaen_timeline_style_init_dark     (PhaenTimelineStyle *style);
/* Black on white for paper, grey bars with black outlines, thin rules in points. */
void phaen_timeline_style_init_print    (PhaenTimelineStyle *style);

/* Paints @frame at the origin of @cr, inside params.width × params.height. */
void phaen_timeline_paint               (const PhaenTimelineFrame *frame,
                                         cairo_t                  *cr,
                                         const PhaenTimelineStyle *style);

/* A single bar as the painter draws it (for legends). */
void phaen_timeline_paint_bar           (cairo_t                  *cr,
                                         const PhaenTimelineStyle *style,
                                         const PhaenTimelineRect  *rect,
                                         gboolean                  actual);

G_END_DECLS
