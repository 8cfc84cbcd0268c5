/* test-timeline-layout.c: the timeline's geometry, with numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "phaen-timeline-layout.h"
#include "test-timeline-fixture.h"

#define EPS 1e-6

static PhaenTimelineLayout *
new_layout (PhaenPlan   *plan,
            PhaenDigits  digits)
{
  g_autoptr(GError) error = NULL;
  PhaenRenderOptions options = { digits, NULL };
  PhaenTimelineLayout *layout = phaen_timeline_layout_new (plan, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (layout);

  return layout;
}

static void
test_params (PhaenTimelineParams *params)
{
  phaen_timeline_params_init (params);
  params->width = 1000;
  params->height = 600;
  params->text_size = 20;
  params->pane_width = 300;
  params->month_width = 60;
}

static const PhaenTimelineFrameBar *
row_bar (const PhaenTimelineFrame    *frame,
         const PhaenTimelineFrameRow *row,
         guint                        n)
{
  g_assert_cmpuint (n, <, row->n_bars);

  return &g_array_index (frame->bars, PhaenTimelineFrameBar, row->first_bar + n);
}

/* ---- months ------------------------------------------------------------ */

static void
test_month_positions (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  g_autoptr(PhaenTimelineFrame) scrolled = NULL;
  PhaenTimelineParams params;

  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);

  for (guint m = 0; m <= 12; m++)
    g_assert_cmpfloat_with_epsilon (phaen_timeline_frame_month_x (frame, m), 300 + 60 * m, EPS);
  for (guint m = 0; m < 12; m++)
    {
      g_assert_cmpfloat_with_epsilon (frame->months[m].rect.x, 300 + 60 * m, EPS);
      g_assert_cmpfloat_with_epsilon (frame->months[m].rect.width, 60, EPS);
      g_assert_nonnull (frame->months[m].layout);
      g_assert_cmpstr (pango_layout_get_text (frame->months[m].layout), ==,
                       phaen_fiscal_month_abbrev (m));
    }

  /* พ.ศ. N−1 over ต.ค.–ธ.ค., พ.ศ. N over ม.ค.–ก.ย. */
  g_assert_cmpfloat_with_epsilon (frame->years[0].rect.x, 300, EPS);
  g_assert_cmpfloat_with_epsilon (frame->years[0].rect.width, 180, EPS);
  g_assert_cmpfloat_with_epsilon (frame->years[1].rect.x, 480, EPS);
  g_assert_cmpfloat_with_epsilon (frame->years[1].rect.width, 540, EPS);
  g_assert_cmpstr (pango_layout_get_text (frame->years[0].layout), ==, "พ.ศ. 2568");
  g_assert_cmpstr (pango_layout_get_text (frame->years[1].layout), ==, "พ.ศ. 2569");
  for (guint q = 0; q < 4; q++)
    {
      g_assert_cmpfloat_with_epsilon (frame->quarters[q].rect.x, 300 + 180 * q, EPS);
      g_assert_cmpfloat_with_epsilon (frame->quarters[q].rect.width, 180, EPS);
    }

  /* The header sits above the load row, the rows below both. */
  g_assert_cmpfloat (frame->metrics.header_height, >, 0);
  g_assert_cmpfloat_with_epsilon (frame->load_counts[0].rect.y, frame->metrics.header_height + frame->metrics.pad, EPS);
  g_assert_cmpfloat_with_epsilon (frame->metrics.rows_top,
                                  frame->metrics.header_height + frame->metrics.load_height, EPS);

  /* Scrolled by one and a half months, in a narrower view. */
  params.scroll_x = 90;
  params.width = 700;
  scrolled = phaen_timeline_layout_frame (layout, &params);
  for (guint m = 0; m <= 12; m++)
    g_assert_cmpfloat_with_epsilon (phaen_timeline_frame_month_x (scrolled, m), 210 + 60 * m, EPS);
  /* ต.ค. is hidden under the pane, ก.ค.–ก.ย. past the right edge. */
  g_assert_null (scrolled->months[0].layout);
  g_assert_nonnull (scrolled->months[1].layout);
  g_assert_nonnull (scrolled->months[8].layout);
  g_assert_null (scrolled->months[9].layout);
  /* Months narrower than their names go unnamed. */
  {
    PhaenTimelineParams narrow = params;
    g_autoptr(PhaenTimelineFrame) tiny = NULL;

    narrow.month_width = 12;
    narrow.scroll_x = 0;
    tiny = phaen_timeline_layout_frame (layout, &narrow);
    for (guint m = 0; m < 12; m++)
      g_assert_null (tiny->months[m].layout);
  }

  /* The year label stays centred in the visible part of its span. */
  {
    PangoRectangle logical;
    double centre;

    pango_layout_get_extents (scrolled->years[0].layout, NULL, &logical);
    centre = scrolled->years[0].text_x + (logical.x + logical.width / 2.0) / PANGO_SCALE;
    g_assert_cmpfloat_with_epsilon (centre, (300 + 390) / 2.0, 0.01);
  }
}

/* ---- runs and bars ------------------------------------------------------ */

static void
test_runs (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_THAI);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenProject *road = timeline_fixture_project (plan, 0);
  const PhaenTimelineFrameRow *row;
  const PhaenTimelineFrameBar *bar;
  PhaenTimelineParams params;
  double inset = 4;   /* 6 % of a 60-unit month */

  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  row = timeline_frame_row (frame, road);
  g_assert_nonnull (row);
  g_assert_cmpuint (row->kind, ==, PHAEN_TIMELINE_ROW_PROJECT);
  g_assert_cmpuint (row->mask, ==, 0x027);            /* ต.ค.–ธ.ค., มี.ค. */
  g_assert_cmpuint (row->actual_mask, ==, 0x00E);     /* พ.ย.–ม.ค. */
  g_assert_cmpuint (row->n_bars, ==, 3);

  /* ต.ค.–ธ.ค.: one bar over three months, carrying the budget. */
  bar = row_bar (frame, row, 0);
  g_assert_false (bar->actual);
  g_assert_cmpuint (bar->first, ==, 0);
  g_assert_cmpuint (bar->last, ==, 2);
  g_assert_cmpfloat_with_epsilon (bar->rect.x, 300 + inset, EPS);
  g_assert_cmpfloat_with_epsilon (bar->rect.width, 180 - 2 * inset, EPS);
  g_assert_nonnull (bar->label.layout);
  g_assert_cmpstr (pango_layout_get_text (bar->label.layout), ==, "๔๕๐,๐๐๐");
  g_assert_cmpfloat (bar->label.text_x, >=, bar->rect.x);
  g_assert_cmpfloat (bar->rect.y, >=, row->y);
  g_assert_cmpfloat (bar->rect.y + bar->rect.height, <=, row->y + row->height);

  /* มี.ค.: one month, too short a run for the budget. */
  bar = row_bar (frame, row, 1);
  g_assert_false (bar->actual);
  g_assert_cmpuint (bar->first, ==, 5);
  g_assert_cmpuint (bar->last, ==, 5);
  g_assert_cmpfloat_with_epsilon (bar->rect.x, 600 + inset, EPS);
  g_assert_cmpfloat_with_epsilon (bar->rect.width, 60 - 2 * inset, EPS);
  g_assert_null (bar->label.layout);

  /* The actual months: thinner, under the planned ones. */
  bar = row_bar (frame, row, 2);
  g_assert_true (bar->actual);
  g_assert_cmpuint (bar->first, ==, 1);
  g_assert_cmpuint (bar->last, ==, 3);
  g_assert_cmpfloat_with_epsilon (bar->rect.x, 360 + inset, EPS);
  g_assert_cmpfloat_with_epsilon (bar->rect.width, 180 - 2 * inset, EPS);
  g_assert_cmpfloat (bar->rect.height, <, row_bar (frame, row, 0)->rect.height);
  g_assert_cmpfloat (bar->rect.y, >=, row_bar (frame, row, 0)->rect.y + row_bar (frame, row, 0)->rect.height);
  g_assert_cmpfloat (bar->rect.y + bar->rect.height, <=, row->y + row->height);
}

/* ---- groups --------------------------------------------------------------- */

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

typedef struct
{
  PhaenTimelineRowKind kind;
  const char *label;       /* groups */
  int         project;     /* project rows: index in the fixture */
  guint       number;
  guint       n_projects;
  gint64      budget;
} ExpectedRow;

static void
check_rows (PhaenTimelineLayout *layout,
            PhaenPlan           *plan,
            const ExpectedRow   *expected,
            guint                n_expected)
{
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      PhaenProject *project = NULL;
      const char *label = NULL;
      guint n_projects = 0;
      gint64 budget = 0;
      PhaenTimelineRowKind kind;

      kind = phaen_timeline_layout_get_row (layout, i, NULL, &project, &label, &n_projects, &budget);
      g_test_message ("row %u: %s", i, label);
      g_assert_cmpuint (kind, ==, expected[i].kind);
      if (kind == PHAEN_TIMELINE_ROW_GROUP)
        {
          g_assert_null (project);
          g_assert_cmpstr (label, ==, expected[i].label);
          g_assert_cmpuint (n_projects, ==, expected[i].n_projects);
          g_assert_cmpint (budget, ==, expected[i].budget);
          g_assert_cmpuint (phaen_timeline_layout_get_row_number (layout, i), ==, 0);
        }
      else
        {
          g_assert_true (project == timeline_fixture_project (plan, (guint) expected[i].project));
          g_assert_cmpuint (phaen_timeline_layout_get_row_number (layout, i), ==, expected[i].number);
          g_assert_cmpint (phaen_timeline_layout_find_project (layout, project), ==, (int) i);
        }
    }
}

#define G_ROW(l, n, b) { PHAEN_TIMELINE_ROW_GROUP, l, -1, 0, n, b }
#define P_ROW(p, num)  { PHAEN_TIMELINE_ROW_PROJECT, NULL, p, num, 0, 0 }

static void
test_group_rows (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  static const ExpectedRow by_program[] = {
    G_ROW ("1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", 3, 87050050),
    G_ROW ("1.1 แผนงานเคหะและชุมชน", 1, 12050050),
    P_ROW (1, 1),
    G_ROW ("1.2 แผนงานอุตสาหกรรมและการโยธา", 2, 75000000),
    P_ROW (0, 1),
    P_ROW (2, 2),
    G_ROW ("2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", 2, 85000000),
    G_ROW ("2.1 แผนงานการศึกษา", 1, 80000000),
    P_ROW (4, 1),
    G_ROW ("2.2 แผนงานการศาสนาวัฒนธรรมและนันทนาการ", 1, 5000000),
    P_ROW (3, 1),
    G_ROW ("No strategy", 1, 0),
    G_ROW ("No program", 1, 0),
    P_ROW (5, 1),
  };
  static const ExpectedRow by_unit[] = {
    G_ROW ("กองช่าง", 3, 87050050),
    P_ROW (0, 1),
    P_ROW (1, 2),
    P_ROW (2, 3),
    G_ROW ("กองการศึกษา", 2, 85000000),
    P_ROW (3, 1),
    P_ROW (4, 2),
    G_ROW ("No responsible unit", 1, 0),
    P_ROW (5, 1),
  };
  static const ExpectedRow by_source[] = {
    G_ROW ("เทศบัญญัติงบประมาณรายจ่าย", 2, 125000000),
    P_ROW (0, 1),
    P_ROW (4, 2),
    G_ROW ("เงินสะสม", 1, 12050050),
    P_ROW (1, 1),
    G_ROW ("เงินอุดหนุนเฉพาะกิจ", 1, 30000000),
    P_ROW (2, 1),
    G_ROW ("งบจากจังหวัด", 1, 5000000),
    P_ROW (3, 1),
    G_ROW ("No funding source", 1, 0),
    P_ROW (5, 1),
  };
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineParams params;
  guint notified = 0;

  check_rows (layout, plan, by_program, G_N_ELEMENTS (by_program));

  g_signal_connect (layout, "notify::group-by", G_CALLBACK (notify_cb), &notified);
  phaen_timeline_layout_set_group_by (layout, PHAEN_TIMELINE_GROUP_BY_UNIT);
  check_rows (layout, plan, by_unit, G_N_ELEMENTS (by_unit));
  phaen_timeline_layout_set_group_by (layout, PHAEN_TIMELINE_GROUP_BY_SOURCE);
  check_rows (layout, plan, by_source, G_N_ELEMENTS (by_source));
  g_object_set (layout, "group-by", PHAEN_TIMELINE_GROUP_BY_PROGRAM, NULL);
  g_object_set (layout, "group-by", PHAEN_TIMELINE_GROUP_BY_PROGRAM, NULL);
  g_assert_cmpuint (notified, ==, 3);

  /* The group row shows its totals in the month area. */
  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  {
    const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, 0);

    g_assert_cmpuint (row->kind, ==, PHAEN_TIMELINE_ROW_GROUP);
    g_assert_cmpuint (row->index, ==, 0);
    g_assert_cmpstr (pango_layout_get_text (row->label.layout), ==,
                     "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
    g_assert_cmpstr (pango_layout_get_text (row->totals.layout), ==, "3 projects, 870,501 baht");
    g_assert_cmpfloat (row->totals.text_x, >=, params.pane_width);
    g_assert_cmpfloat_with_epsilon (row->height, frame->metrics.group_height, EPS);
  }
}

static void
test_group_by_strings (void)
{
  PhaenTimelineGroupBy group_by = PHAEN_TIMELINE_GROUP_BY_PROGRAM;

  g_assert_true (phaen_timeline_group_by_from_string ("unit", &group_by));
  g_assert_cmpint (group_by, ==, PHAEN_TIMELINE_GROUP_BY_UNIT);
  g_assert_true (phaen_timeline_group_by_from_string ("source", &group_by));
  g_assert_cmpint (group_by, ==, PHAEN_TIMELINE_GROUP_BY_SOURCE);
  g_assert_true (phaen_timeline_group_by_from_string ("program", &group_by));
  g_assert_cmpint (group_by, ==, PHAEN_TIMELINE_GROUP_BY_PROGRAM);
  g_assert_false (phaen_timeline_group_by_from_string ("strategy", &group_by));
  g_assert_false (phaen_timeline_group_by_from_string (NULL, &group_by));
  g_assert_cmpstr (phaen_timeline_group_by_to_string (PHAEN_TIMELINE_GROUP_BY_UNIT), ==, "unit");
  g_assert_true (G_TYPE_IS_ENUM (PHAEN_TYPE_TIMELINE_GROUP_BY));
}

/* ---- hit tests -------------------------------------------------------- */

static void
test_hit (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenProject *road = timeline_fixture_project (plan, 0);
  const PhaenTimelineFrameRow *row;
  PhaenTimelineParams params;
  PhaenTimelineHit hit;
  double y;

  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  row = timeline_frame_row (frame, road);
  y = row->y + row->height / 2;

  /* Bodies and grips of ต.ค.–ธ.ค. (300–480): grips of 13.2 units. */
  g_assert_true (phaen_timeline_frame_hit_test (frame, 390, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR);
  g_assert_true (hit.project == road);
  g_assert_cmpint (hit.row, ==, phaen_timeline_layout_find_project (layout, road));
  g_assert_cmpint (hit.month, ==, 1);
  g_assert_cmpuint (hit.run_first, ==, 0);
  g_assert_cmpuint (hit.run_last, ==, 2);

  g_assert_true (phaen_timeline_frame_hit_test (frame, 305, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR_START);
  g_assert_cmpint (hit.month, ==, 0);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 475, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR_END);
  g_assert_cmpint (hit.month, ==, 2);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 466, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR);

  /* มี.ค. alone (600–660). */
  g_assert_true (phaen_timeline_frame_hit_test (frame, 630, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR);
  g_assert_cmpuint (hit.run_first, ==, 5);
  g_assert_cmpuint (hit.run_last, ==, 5);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 603, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR_START);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 658, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_BAR_END);

  /* An empty month (ม.ค.), where only the actual months run. */
  g_assert_true (phaen_timeline_frame_hit_test (frame, 510, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_MONTH);
  g_assert_cmpint (hit.month, ==, 3);
  g_assert_true (hit.project == road);
  /* ก.ย. */
  g_assert_true (phaen_timeline_frame_hit_test (frame, 999, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_MONTH);
  g_assert_cmpint (hit.month, ==, 11);

  /* The pane, the header, the load row. */
  g_assert_true (phaen_timeline_frame_hit_test (frame, 100, y, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_PANE);
  g_assert_true (hit.project == road);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 330, 2, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_HEADER);
  g_assert_cmpint (hit.month, ==, 0);
  g_assert_cmpint (hit.row, ==, -1);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 100, frame->metrics.header_height + 1, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_LOAD);
  g_assert_cmpint (hit.month, ==, -1);

  /* A group row has no project. */
  row = &g_array_index (frame->rows, PhaenTimelineFrameRow, 0);
  g_assert_true (phaen_timeline_frame_hit_test (frame, 500, row->y + 1, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_MONTH);
  g_assert_null (hit.project);
  g_assert_cmpint (hit.row, ==, 0);

  /* Under the last row, and outside the view. */
  row = &g_array_index (frame->rows, PhaenTimelineFrameRow, frame->rows->len - 1);
  g_assert_cmpfloat (row->y + row->height, <, params.height - 1);
  g_assert_false (phaen_timeline_frame_hit_test (frame, 500, params.height - 1, &hit));
  g_assert_cmpint (hit.kind, ==, PHAEN_TIMELINE_HIT_NONE);
  g_assert_false (phaen_timeline_frame_hit_test (frame, -1, y, &hit));
  g_assert_false (phaen_timeline_frame_hit_test (frame, 1000, y, &hit));
}

/* ---- culling -------------------------------------------------------------- */

static void
check_culled (PhaenTimelineLayout       *layout,
              const PhaenTimelineParams *params,
              guint                     *n_rows)
{
  g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, params);
  PhaenTimelineMetrics metrics;
  double room, height;
  guint first;
  int at;

  phaen_timeline_layout_get_metrics (layout, params, &metrics);
  room = params->height - metrics.rows_top;

  g_assert_cmpuint (frame->rows->len, >, 0);
  /* Never more rows than fill the view plus one cut at each end. */
  g_assert_cmpuint (frame->rows->len, <=, (guint) ceil (room / metrics.group_height) + 1);

  first = g_array_index (frame->rows, PhaenTimelineFrameRow, 0).index;
  at = phaen_timeline_layout_row_at_y (layout, params, params->scroll_y);
  g_assert_cmpint ((int) first, ==, at);
  if (first > 0)
    {
      double top = phaen_timeline_layout_get_row_y (layout, params, first - 1, &height);

      g_assert_cmpfloat (top + height, <=, params->scroll_y + EPS);
    }

  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      g_assert_cmpuint (row->index, ==, first + i);
      g_assert_cmpfloat (row->y, <, params->height);
      g_assert_cmpfloat (row->y + row->height, >, metrics.rows_top);
    }

  {
    const PhaenTimelineFrameRow *last = &g_array_index (frame->rows, PhaenTimelineFrameRow,
                                                        frame->rows->len - 1);
    guint next = last->index + 1;

    if (next < phaen_timeline_layout_get_n_rows (layout))
      g_assert_cmpfloat (metrics.rows_top + phaen_timeline_layout_get_row_y (layout, params, next, NULL)
                         - params->scroll_y, >=, params->height - EPS);
  }

  for (guint i = 0; i < frame->bars->len; i++)
    {
      const PhaenTimelineFrameBar *bar = &g_array_index (frame->bars, PhaenTimelineFrameBar, i);

      g_assert_cmpuint (bar->row, <, frame->rows->len);
    }

  *n_rows = frame->rows->len;
}

static void
test_culling (void)
{
  g_autoptr(PhaenPlan) small = timeline_large_plan (200, 7);
  g_autoptr(PhaenPlan) large = timeline_large_plan (20000, 7);
  g_autoptr(PhaenTimelineLayout) small_layout = new_layout (small, PHAEN_DIGITS_THAI);
  g_autoptr(PhaenTimelineLayout) large_layout = new_layout (large, PHAEN_DIGITS_THAI);
  PhaenTimelineParams params;
  PhaenTimelineMetrics metrics;
  guint n_small = 0, n_large = 0;
  double rows_height;

  test_params (&params);
  params.height = 1080;
  params.width = 1920;

  /* Rows heights are arithmetic: groups × group row + projects × project row. */
  phaen_timeline_layout_get_metrics (large_layout, &params, &metrics);
  rows_height = phaen_timeline_layout_get_rows_height (large_layout, &params);
  {
    guint n = phaen_timeline_layout_get_n_rows (large_layout);
    guint groups = 0;

    for (guint i = 0; i < n; i++)
      if (phaen_timeline_layout_get_row (large_layout, i, NULL, NULL, NULL, NULL, NULL) == PHAEN_TIMELINE_ROW_GROUP)
        groups++;
    g_assert_cmpuint (n, ==, 20006 + groups);
    g_assert_cmpfloat_with_epsilon (rows_height, groups * metrics.group_height +
                                    (n - groups) * metrics.project_height, 1e-3);
  }

  /* The same view of both plans lays out as many rows. */
  params.scroll_y = 2000.5;
  check_culled (small_layout, &params, &n_small);
  check_culled (large_layout, &params, &n_large);
  g_assert_cmpuint (n_small, ==, n_large);

  /* Deep in the large plan, and at its very end. */
  params.scroll_y = rows_height / 2 + 0.25;
  check_culled (large_layout, &params, &n_large);
  params.scroll_y = rows_height - 300;
  check_culled (large_layout, &params, &n_small);
  g_assert_cmpuint (n_small, <, n_large);
  g_assert_cmpint (phaen_timeline_layout_row_at_y (large_layout, &params, rows_height + 1), ==, -1);
  g_assert_cmpint (phaen_timeline_layout_row_at_y (large_layout, &params, 0), ==, 0);

  /* Taller rows with two lines: fewer of them in the view. */
  params.name_lines = 2;
  params.scroll_y = 1000;
  check_culled (large_layout, &params, &n_small);
  g_assert_cmpuint (n_small, <, n_large);
}

/* ---- the load row -------------------------------------------------------- */

static gboolean
first_strategy_only (PhaenProject *project,
                     gpointer      user_data)
{
  PhaenPlan *plan = user_data;

  return phaen_project_get_strategy (project) != NULL &&
         phaen_plan_get_strategy_number (plan, phaen_project_get_strategy (project)) == 1;
}

static void
test_load (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  /* p0 ต.ค.–ธ.ค.+มี.ค., p1 มี.ค., p2 ม.ค.–ก.พ.+พ.ค.–มิ.ย., p3 เม.ย., p4 all, p5 ส.ค. */
  static const guint counts[12] = { 2, 2, 2, 2, 2, 3, 2, 2, 2, 1, 2, 1 };
  static const guint filtered[12] = { 1, 1, 1, 1, 1, 2, 0, 1, 1, 0, 0, 0 };
  PhaenTimelineParams params;
  guint n;
  gint64 budget;

  for (guint m = 0; m < 12; m++)
    {
      phaen_timeline_layout_get_load (layout, m, &n, NULL);
      g_assert_cmpuint (n, ==, counts[m]);
    }
  phaen_timeline_layout_get_load (layout, 5, &n, &budget);
  g_assert_cmpint (budget, ==, 45000000 + 12050050 + 80000000);
  phaen_timeline_layout_get_load (layout, 10, &n, &budget);
  g_assert_cmpint (budget, ==, 80000000);

  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  g_assert_cmpstr (pango_layout_get_text (frame->load_counts[5].layout), ==, "3");
  g_assert_cmpstr (pango_layout_get_text (frame->load_budgets[5].layout), ==, "1.37 M");
  g_assert_cmpstr (pango_layout_get_text (frame->load_budgets[9].layout), ==, "800,000");
  g_assert_cmpfloat_with_epsilon (frame->load_fraction[5], 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (frame->load_fraction[9], 1.0 / 3.0, EPS);
  g_clear_pointer (&frame, phaen_timeline_frame_free);

  /* The filtered set, then the whole plan with the filter still on. */
  phaen_timeline_layout_set_filter (layout, first_strategy_only, plan, NULL);
  for (guint m = 0; m < 12; m++)
    {
      phaen_timeline_layout_get_load (layout, m, &n, NULL);
      g_assert_cmpuint (n, ==, filtered[m]);
    }
  phaen_timeline_layout_set_load_filtered (layout, FALSE);
  for (guint m = 0; m < 12; m++)
    {
      phaen_timeline_layout_get_load (layout, m, &n, NULL);
      g_assert_cmpuint (n, ==, counts[m]);
    }
}

static void
test_budget_short (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineLayout) thai = new_layout (plan, PHAEN_DIGITS_THAI);
  static const struct { gint64 satang; const char *text; } cases[] = {
    { 0, "-" },
    { 95000000, "950,000" },
    { 99999999, "1,000,000" },
    { 100000000, "1.00 M" },
    { 124999900, "1.25 M" },
    { 1234567800, "12.3 M" },
    { 98765432100, "988 M" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = phaen_timeline_layout_format_budget_short (layout, cases[i].satang);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    g_autofree char *text = phaen_timeline_layout_format_budget_short (thai, 124999900);

    g_assert_cmpstr (text, ==, "๑.๒๕ M");
  }
}

/* ---- today ---------------------------------------------------------------- */

static guint
julian (guint day,
        guint month,
        guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

static void
test_today (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  PhaenTimelineParams params;

  test_params (&params);

  /* 15 March 2026 CE is in FY 2569: มี.ค. is fiscal month 5, day 15 of 31. */
  params.today = julian (15, 3, 2026);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);

    g_assert_true (frame->has_today);
    g_assert_cmpfloat_with_epsilon (frame->today_x, 600 + 14.5 / 31 * 60, 1e-9);
  }

  /* 1 October 2025: the first day of the year. */
  params.today = julian (1, 10, 2025);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);

    g_assert_true (frame->has_today);
    g_assert_cmpfloat_with_epsilon (frame->today_x, 300 + 0.5 / 31 * 60, 1e-9);
  }

  /* Outside the fiscal year, and none at all. */
  params.today = julian (1, 10, 2026);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);

    g_assert_false (frame->has_today);
  }
  params.today = 0;
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);

    g_assert_false (frame->has_today);
  }

  /* Scrolled out of view. */
  params.today = julian (15, 3, 2026);
  params.scroll_x = 400;
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);

    g_assert_false (frame->has_today);
  }
}

/* ---- preview, selection, filter, edits ------------------------------------ */

static void
test_preview (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenProject *road = timeline_fixture_project (plan, 0);
  const PhaenTimelineFrameRow *row;
  PhaenTimelineParams params;

  test_params (&params);
  params.preview_project = road;
  params.preview_mask = 0x0F0;   /* ก.พ.–พ.ค. */
  params.selected = road;
  params.cursor_month = 4;
  frame = phaen_timeline_layout_frame (layout, &params);

  row = timeline_frame_row (frame, road);
  g_assert_true (row->preview);
  g_assert_true (row->selected);
  g_assert_cmpuint (row->mask, ==, 0x0F0);
  g_assert_cmpuint (row->model_mask, ==, 0x027);
  g_assert_cmpuint (row->n_bars, ==, 2);
  g_assert_cmpuint (row_bar (frame, row, 0)->first, ==, 4);
  g_assert_cmpuint (row_bar (frame, row, 0)->last, ==, 7);
  g_assert_true (row_bar (frame, row, 1)->actual);

  /* The other rows are as in the plan. */
  row = timeline_frame_row (frame, timeline_fixture_project (plan, 1));
  g_assert_false (row->preview);
  g_assert_false (row->selected);
  g_assert_cmpuint (row->mask, ==, row->model_mask);
  /* The plan itself is untouched. */
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);
}

static gboolean
second_strategy_only (PhaenProject *project,
                      gpointer      user_data)
{
  guint *wanted = user_data;
  PhaenStrategy *strategy = phaen_project_get_strategy (project);

  return strategy != NULL &&
         g_str_equal (phaen_strategy_get_name (strategy), timeline_strategies[*wanted]);
}

static void
test_filter (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  guint wanted = 1;
  guint changed = 0;
  const char *label = NULL;

  g_signal_connect (layout, "changed", G_CALLBACK (count_cb), &changed);

  phaen_timeline_layout_set_filter (layout, second_strategy_only, &wanted, NULL);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 5);
  g_assert_cmpint (phaen_timeline_layout_find_project (layout, timeline_fixture_project (plan, 0)), ==, -1);
  g_assert_cmpint (phaen_timeline_layout_find_project (layout, timeline_fixture_project (plan, 4)), ==, 2);
  phaen_timeline_layout_get_row (layout, 0, NULL, NULL, &label, NULL, NULL);
  g_assert_cmpstr (label, ==, "2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต");

  wanted = 0;
  phaen_timeline_layout_refilter (layout);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 6);
  g_assert_cmpint (phaen_timeline_layout_find_project (layout, timeline_fixture_project (plan, 4)), ==, -1);

  phaen_timeline_layout_set_filter (layout, NULL, NULL, NULL);
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 14);
}

static void
test_navigation (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  PhaenTimelineParams params;
  PhaenTimelineMetrics metrics;
  double height;

  /* Project rows: 2, 4, 5, 8, 10, 13. */
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, -1, 1), ==, 2);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 2, 1), ==, 4);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 5, 1), ==, 8);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 13, 1), ==, -1);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 4, -1), ==, 2);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 2, -1), ==, -1);
  g_assert_cmpint (phaen_timeline_layout_step_project (layout, 14, -1), ==, 13);

  test_params (&params);
  phaen_timeline_layout_get_metrics (layout, &params, &metrics);
  /* Row 4 follows groups 0, 1, 3 and project row 2. */
  g_assert_cmpfloat_with_epsilon (phaen_timeline_layout_get_row_y (layout, &params, 4, &height),
                                  3 * metrics.group_height + metrics.project_height, EPS);
  g_assert_cmpfloat_with_epsilon (height, metrics.project_height, EPS);
  g_assert_cmpint (phaen_timeline_layout_row_at_y (layout, &params,
                                                   3 * metrics.group_height + metrics.project_height), ==, 4);
  g_assert_cmpint (phaen_timeline_layout_row_at_y (layout, &params,
                                                   3 * metrics.group_height + metrics.project_height - 0.5), ==, 3);
}

static void
test_follows_edits (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_ARABIC);
  PhaenProject *water = timeline_fixture_project (plan, 1);
  PhaenTimelineParams params;
  guint changed = 0;

  test_params (&params);
  g_signal_connect (layout, "changed", G_CALLBACK (count_cb), &changed);

  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);
    const PhaenTimelineFrameRow *row = timeline_frame_row (frame, water);

    g_assert_cmpuint (row->n_bars, ==, 1);
    g_assert_cmpuint (row_bar (frame, row, 0)->first, ==, 5);
  }

  phaen_plan_edit_set_uint (plan, water, "schedule", 0x003);
  g_assert_cmpuint (changed, ==, 1);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);
    const PhaenTimelineFrameRow *row = timeline_frame_row (frame, water);

    g_assert_cmpuint (row->n_bars, ==, 1);
    g_assert_cmpuint (row_bar (frame, row, 0)->first, ==, 0);
    g_assert_cmpuint (row_bar (frame, row, 0)->last, ==, 1);
  }

  /* Renaming a program changes the label of its group row. */
  phaen_plan_edit_set_string (plan, phaen_project_get_program (water), "name", "แผนงานเคหะและชุมชนเมือง");
  {
    const char *label = NULL;

    phaen_timeline_layout_get_row (layout, 1, NULL, NULL, &label, NULL, NULL);
    g_assert_cmpstr (label, ==, "1.1 แผนงานเคหะและชุมชนเมือง");
  }

  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  g_assert_cmpuint (changed, ==, 4);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_layout_frame (layout, &params);
    const PhaenTimelineFrameRow *row = timeline_frame_row (frame, water);

    g_assert_cmpuint (row_bar (frame, row, 0)->first, ==, 5);
  }
}

/* Names are ellipsized on one line, wrapped on two; rows are tall enough
 * for the logical extents of their texts (Thai marks above and below). */
static void
test_names (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan, PHAEN_DIGITS_THAI);
  PhaenTimelineParams params;

  test_params (&params);
  params.pane_width = 220;

  for (guint lines = 1; lines <= 2; lines++)
    {
      g_autoptr(PhaenTimelineFrame) frame = NULL;
      const PhaenTimelineFrameRow *row;

      params.name_lines = lines;
      frame = phaen_timeline_layout_frame (layout, &params);
      row = timeline_frame_row (frame, timeline_fixture_project (plan, 1));
      g_assert_nonnull (row);
      g_assert_cmpint (pango_layout_get_line_count (row->label.layout), ==, lines);
      g_assert_true (pango_layout_is_ellipsized (row->label.layout) == (lines == 1));
      g_assert_cmpstr (pango_layout_get_text (row->number.layout), ==, "๑");

      for (guint i = 0; i < frame->rows->len; i++)
        {
          const PhaenTimelineFrameRow *r = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);
          double height = phaen_render_text_height (r->label.layout);

          g_assert_cmpfloat (r->label.text_y, >=, r->y - EPS);
          g_assert_cmpfloat (r->label.text_y + height, <=, r->y + r->height + EPS);
        }
    }
}

static void
test_describe_months (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) arabic = new_layout (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(PhaenTimelineLayout) thai = new_layout (plan, PHAEN_DIGITS_THAI);
  g_autofree char *a = phaen_timeline_layout_describe_months (arabic, 0x027);
  g_autofree char *t = phaen_timeline_layout_describe_months (thai, 0x800);
  g_autofree char *none = phaen_timeline_layout_describe_months (thai, 0);

  g_assert_cmpstr (a, ==, "ตุลาคม 2568 – ธันวาคม 2568, มีนาคม 2569");
  g_assert_cmpstr (t, ==, "กันยายน ๒๕๖๙");
  g_assert_cmpstr (none, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline/layout/month-positions", test_month_positions);
  g_test_add_func ("/timeline/layout/runs", test_runs);
  g_test_add_func ("/timeline/layout/group-rows", test_group_rows);
  g_test_add_func ("/timeline/layout/group-by-strings", test_group_by_strings);
  g_test_add_func ("/timeline/layout/hit", test_hit);
  g_test_add_func ("/timeline/layout/culling", test_culling);
  g_test_add_func ("/timeline/layout/load", test_load);
  g_test_add_func ("/timeline/layout/budget-short", test_budget_short);
  g_test_add_func ("/timeline/layout/today", test_today);
  g_test_add_func ("/timeline/layout/preview", test_preview);
  g_test_add_func ("/timeline/layout/filter", test_filter);
  g_test_add_func ("/timeline/layout/navigation", test_navigation);
  g_test_add_func ("/timeline/layout/follows-edits", test_follows_edits);
  g_test_add_func ("/timeline/layout/names", test_names);
  g_test_add_func ("/timeline/layout/describe-months", test_describe_months);

  return g_test_run ();
}
