/* phaen-timeline-layout.h: the geometry of the fiscal-year timeline
 *
 * The timeline shows one row per project (grouped by strategy/program, by
 * unit or by funding source) against the twelve fiscal months ต.ค.–ก.ย.
 * Its geometry is pure data, computed in two steps (Sysprof's "precompute,
 * then cheap snapshot"):
 *
 *  1. PhaenTimelineLayout keeps, per plan change, the list of rows (group
 *     rows with their totals, project rows with their number in the
 *     group), the index of each project's row and the load of every month.
 *     Rows have a fixed height per kind, so the position of any row is
 *     arithmetic: nothing is measured per row at this step.
 *  2. phaen_timeline_layout_frame() lays out one viewport: the header, the
 *     load row and only the rows that meet the viewport, with their texts
 *     shaped by the document's text code (phaen-render.h) and their bars.
 *     Its cost depends on the viewport, not on the size of the plan.
 *
 * The same frame is painted (phaen-timeline-painter.h) on a widget, an
 * image, an SVG or a PDF page, and hit-tested for the mouse.
 *
 * Coordinates are device units (pixels on screen, points on paper), origin
 * at the top-left corner of the viewport. cairo + Pango only, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <pango/pangocairo.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-plan.h"
#include "phaen-render.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_TIMELINE_GROUP_BY_PROGRAM,  /* strategy → program (or approach, per the plan's grouping) */
  PHAEN_TIMELINE_GROUP_BY_UNIT,     /* responsible unit, in catalogue order */
  PHAEN_TIMELINE_GROUP_BY_SOURCE,   /* funding source */
} PhaenTimelineGroupBy;

#define PHAEN_TYPE_TIMELINE_GROUP_BY (phaen_timeline_group_by_get_type ())
GType       phaen_timeline_group_by_get_type    (void) G_GNUC_CONST;
/* "program", "unit", "source" */
const char *phaen_timeline_group_by_to_string   (PhaenTimelineGroupBy  group_by);
gboolean    phaen_timeline_group_by_from_string (const char           *text,
                                                 PhaenTimelineGroupBy *out);

/* TRUE when @project is shown. */
typedef gboolean (*PhaenTimelineFilterFunc) (PhaenProject *project,
                                             gpointer      user_data);

typedef struct
{
  double x, y, width, height;
} PhaenTimelineRect;

typedef enum
{
  PHAEN_TIMELINE_ROW_GROUP,
  PHAEN_TIMELINE_ROW_PROJECT,
} PhaenTimelineRowKind;

/* What one frame is laid out for. Pointers are borrowed. */
typedef struct
{
  double        width, height;    /* the viewport */
  double        scroll_x;         /* offset into the month area (0 = ต.ค. at the pane's edge) */
  double        scroll_y;         /* offset into the rows, under the header and load row */
  double        text_size;        /* body text in TH Sarabun points, device units */
  double        pane_width;       /* the left pane (numbers and names) */
  double        month_width;
  guint         name_lines;       /* 1: one line, ellipsized; 2 or 3: wrapped, ellipsized on the last */
  guint         today;            /* Julian day (g_date_get_julian) of today, 0: no today line */
  PhaenProject *selected;         /* highlighted row, or NULL */
  int           cursor_month;     /* month cursor (0..11) in the selected row, -1: none */
  PhaenProject *preview_project;  /* laid out with preview_mask instead of its schedule (drag) */
  guint         preview_mask;
} PhaenTimelineParams;

/* Sizes that follow from the parameters, the same for every row. */
typedef struct
{
  double line_height;     /* one line of body text (logical extents) */
  double pad;
  double header_height;   /* BE years + quarters + months */
  double load_height;     /* the load row under the header */
  double rows_top;        /* header + load: where the rows begin */
  double group_height;
  double project_height;
  double number_width;    /* the number column of the left pane */
  double bar_height;      /* planned months */
  double actual_height;   /* actual months (monitoring) */
} PhaenTimelineMetrics;

/* A text in a cell: the cell (clipped to its area), the text's origin. */
typedef struct
{
  PhaenTimelineRect  rect;
  PangoLayout       *layout;      /* NULL when the cell has no text */
  double             text_x, text_y;
} PhaenTimelineCell;

typedef struct
{
  PhaenTimelineRowKind kind;
  guint          index;           /* row index in the layout */
  guint          level;           /* groups: 0 outer, 1 inner; projects: depth of their group */
  PhaenProject  *project;         /* project rows, else NULL */
  double         y, height;
  PhaenTimelineCell number;       /* project rows: number in the group */
  PhaenTimelineCell label;        /* project name or group label, in the left pane */
  PhaenTimelineCell totals;       /* group rows: projects and budget, in the month area */
  guint          mask;            /* planned months laid out (the preview when dragging) */
  guint          model_mask;      /* planned months in the plan */
  guint          actual_mask;     /* actual months (monitoring) */
  gboolean       selected;
  gboolean       preview;
  guint          first_bar;       /* into the frame's bars */
  guint          n_bars;
} PhaenTimelineFrameRow;

typedef struct
{
  guint              row;         /* into the frame's rows */
  guint              first, last; /* fiscal months of the run */
  gboolean           actual;      /* actual months, not planned */
  PhaenTimelineRect  rect;
  PhaenTimelineCell  label;       /* the budget, on the longest planned run when it fits */
} PhaenTimelineFrameBar;

typedef struct
{
  PhaenTimelineParams  params;
  PhaenTimelineMetrics metrics;
  double               month_x0;     /* x of the left edge of ต.ค. */
  PhaenTimelineRect    months_area;  /* the scrolled month columns, rows included */
  PhaenTimelineRect    rows_area;    /* the scrolled rows, pane included */
  PhaenTimelineCell    pane_title;   /* above the left pane, spans the header */
  PhaenTimelineCell    years[2];     /* พ.ศ. N−1 over ต.ค.–ธ.ค., พ.ศ. N over ม.ค.–ก.ย. */
  PhaenTimelineCell    quarters[4];
  PhaenTimelineCell    months[PHAEN_FISCAL_MONTHS];
  PhaenTimelineCell    load_title;
  PhaenTimelineCell    load_counts[PHAEN_FISCAL_MONTHS];
  PhaenTimelineCell    load_budgets[PHAEN_FISCAL_MONTHS];
  double               load_fraction[PHAEN_FISCAL_MONTHS];  /* projects / busiest month */
  gboolean             has_today;
  double               today_x;
  GArray              *rows;         /* PhaenTimelineFrameRow, top to bottom */
  GArray              *bars;         /* PhaenTimelineFrameBar */
} PhaenTimelineFrame;

void        phaen_timeline_frame_free   (PhaenTimelineFrame *frame);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenTimelineFrame, phaen_timeline_frame_free)

/* x of the left edge of fiscal month @month (0..12: 12 is the right edge of ก.ย.). */
double      phaen_timeline_frame_month_x (const PhaenTimelineFrame *frame,
                                          guint                     month);

typedef enum
{
  PHAEN_TIMELINE_HIT_NONE,
  PHAEN_TIMELINE_HIT_HEADER,      /* month set when over a month column */
  PHAEN_TIMELINE_HIT_LOAD,
  PHAEN_TIMELINE_HIT_PANE,        /* a row's number or name */
  PHAEN_TIMELINE_HIT_MONTH,       /* a row's month cell, no planned bar there */
  PHAEN_TIMELINE_HIT_BAR,         /* the body of a planned bar */
  PHAEN_TIMELINE_HIT_BAR_START,   /* the grip at its first month's edge */
  PHAEN_TIMELINE_HIT_BAR_END,     /* the grip at its last month's edge */
} PhaenTimelineHitKind;

typedef struct
{
  PhaenTimelineHitKind kind;
  int                  row;       /* row index in the layout, -1 in the header */
  PhaenProject        *project;   /* project rows */
  int                  month;     /* 0..11 or -1 */
  guint                run_first; /* BAR*: the run under the pointer */
  guint                run_last;
} PhaenTimelineHit;

/* Finds what is at (@x, @y) of the frame. Returns FALSE for nothing. */
gboolean    phaen_timeline_frame_hit_test (const PhaenTimelineFrame *frame,
                                           double                    x,
                                           double                    y,
                                           PhaenTimelineHit         *hit);

/* Default parameters: 1280×720, text 22, pane 320, months 72, one line. */
void        phaen_timeline_params_init  (PhaenTimelineParams *params);

#define PHAEN_TYPE_TIMELINE_LAYOUT (phaen_timeline_layout_get_type ())

G_DECLARE_FINAL_TYPE (PhaenTimelineLayout, phaen_timeline_layout, PHAEN, TIMELINE_LAYOUT, GObject)

/*
 * Properties:
 *   "plan"      PhaenPlan, construct-only
 *   "group-by"  PhaenTimelineGroupBy
 *   "load-filtered" boolean: the load row counts the shown projects (TRUE,
 *               default) or the whole plan
 * Signal "changed": the rows or their contents changed (plan edited,
 * grouping or filter changed); sizes and frames must be taken again.
 *
 * The layout follows the plan's "changed" signal and rebuilds its rows
 * lazily, on the next call that needs them.
 */

/* Texts are shaped with a render context of its own (fonts and digits as
 * in @options; NULL: the plan's digits and the default font); a font
 * substitution is reported in @warnings (char *, may be NULL). Fails when
 * no Thai font is installed. */
PhaenTimelineLayout *phaen_timeline_layout_new (PhaenPlan                 *plan,
                                                const PhaenRenderOptions  *options,
                                                GPtrArray                 *warnings,
                                                GError                   **error);
/* The same with the texts shaped over a caller's font map (a widget's),
 * sharing its fonts; the geometry stays that of print (no hinting). */
PhaenTimelineLayout *phaen_timeline_layout_new_for_font_map (PhaenPlan                 *plan,
                                                             const PhaenRenderOptions  *options,
                                                             PangoFontMap              *font_map,
                                                             GPtrArray                 *warnings,
                                                             GError                   **error);

PhaenPlan   *phaen_timeline_layout_get_plan      (PhaenTimelineLayout  *self);
PhaenRenderContext *phaen_timeline_layout_get_context (PhaenTimelineLayout *self);
PhaenTimelineGroupBy phaen_timeline_layout_get_group_by (PhaenTimelineLayout *self);
void         phaen_timeline_layout_set_group_by  (PhaenTimelineLayout  *self,
                                                  PhaenTimelineGroupBy  group_by);
gboolean     phaen_timeline_layout_get_load_filtered (PhaenTimelineLayout *self);
void         phaen_timeline_layout_set_load_filtered (PhaenTimelineLayout *self,
                                                      gboolean             load_filtered);
/* @func NULL shows every project. Call phaen_timeline_layout_refilter()
 * when the filter's answers change. */
void         phaen_timeline_layout_set_filter    (PhaenTimelineLayout     *self,
                                                  PhaenTimelineFilterFunc  func,
                                                  gpointer                 user_data,
                                                  GDestroyNotify           destroy);
void         phaen_timeline_layout_refilter      (PhaenTimelineLayout     *self);

/* The sizes for @params (texts measured once per text size). */
void         phaen_timeline_layout_get_metrics   (PhaenTimelineLayout        *self,
                                                  const PhaenTimelineParams  *params,
                                                  PhaenTimelineMetrics       *metrics);
/* Height of all rows together (the scrolled part, without header and load row). */
double       phaen_timeline_layout_get_rows_height (PhaenTimelineLayout       *self,
                                                    const PhaenTimelineParams *params);

guint        phaen_timeline_layout_get_n_rows    (PhaenTimelineLayout  *self);
/* Row @index: its kind, group level, project (project rows) and, for
 * group rows, the label (Arabic digits), projects and budget shown. */
PhaenTimelineRowKind phaen_timeline_layout_get_row (PhaenTimelineLayout *self,
                                                    guint                index,
                                                    guint               *level,
                                                    PhaenProject       **project,
                                                    const char         **label,
                                                    guint               *n_projects,
                                                    gint64              *budget);
/* The number of a project row within its group (1-based), 0 for a group row. */
guint        phaen_timeline_layout_get_row_number (PhaenTimelineLayout *self,
                                                   guint                index);
/* Row of @project, -1 when it is not shown. */
int          phaen_timeline_layout_find_project  (PhaenTimelineLayout  *self,
                                                  PhaenProject         *project);
/* The next (@step > 0) or previous project row from @index, skipping
 * group rows; -1 when there is none. @index -1 starts before the first. */
int          phaen_timeline_layout_step_project  (PhaenTimelineLayout  *self,
                                                  int                   index,
                                                  int                   step);
/* Top of row @index and its height, in the rows' own coordinates (0 = the
 * first row, scroll_y not applied). */
double       phaen_timeline_layout_get_row_y     (PhaenTimelineLayout       *self,
                                                  const PhaenTimelineParams *params,
                                                  guint                      index,
                                                  double                    *height);
/* The row at @y in the rows' own coordinates, -1 past the last. */
int          phaen_timeline_layout_row_at_y      (PhaenTimelineLayout       *self,
                                                  const PhaenTimelineParams *params,
                                                  double                     y);
/* Projects and planned budget running in fiscal month @month. */
void         phaen_timeline_layout_get_load      (PhaenTimelineLayout  *self,
                                                  guint                 month,
                                                  guint                *n_projects,
                                                  gint64               *budget);

/* Lays out the viewport of @params. */
PhaenTimelineFrame *phaen_timeline_layout_frame  (PhaenTimelineLayout       *self,
                                                  const PhaenTimelineParams *params);

/* "ตุลาคม 2568 – ธันวาคม 2568, มีนาคม 2569": the months of @mask in full
 * with their BE years, runs joined by a dash; "" for 0. Digits as the
 * layout's context says. */
char        *phaen_timeline_layout_describe_months (PhaenTimelineLayout *self,
                                                    guint                mask);
/* Budgets for narrow cells: "950,000", "1.25 ล้าน" (digits converted). */
char        *phaen_timeline_layout_format_budget_short (PhaenTimelineLayout *self,
                                                        gint64               satang);

G_END_DECLS
