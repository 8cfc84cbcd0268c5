/* test-timeline-painter.c: pixels of a painted timeline frame
 *
 * Bars are dark exactly in their months (with a tolerance for
 * antialiasing at their ends), actual months are hatched, the styles
 * differ where they should, and nothing is painted outside the frame.
 *
 * Set PHAEN_RENDER_DUMP=DIR to get the images for a look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "phaen-timeline-painter.h"
#include "test-timeline-fixture.h"

#define WIDTH  1000
#define HEIGHT 600

typedef struct
{
  double r, g, b;
} Pixel;

static PhaenTimelineLayout *
new_layout (PhaenPlan *plan)
{
  g_autoptr(GError) error = NULL;
  PhaenTimelineLayout *layout = phaen_timeline_layout_new (plan, NULL, NULL, &error);

  g_assert_no_error (error);
  return layout;
}

/* The fixture without budgets, so that no text lies on the bars. */
static PhaenPlan *
plan_without_budgets (void)
{
  PhaenPlan *plan = timeline_fixture_plan ();
  GListModel *projects = phaen_plan_get_projects (plan);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      phaen_project_set_budget (project, 0);
    }

  return plan;
}

static void
test_params (PhaenTimelineParams *params)
{
  phaen_timeline_params_init (params);
  params->width = WIDTH;
  params->height = HEIGHT;
  params->text_size = 20;
  params->pane_width = 300;
  params->month_width = 60;
}

static cairo_surface_t *
paint (const PhaenTimelineFrame *frame,
       const PhaenTimelineStyle *style,
       const char               *dump_name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const char *dump = g_getenv ("PHAEN_RENDER_DUMP");

  phaen_timeline_paint (frame, cr, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (dump != NULL && dump_name != NULL)
    {
      g_autofree char *path = g_build_filename (dump, dump_name, NULL);

      cairo_surface_write_to_png (surface, path);
    }

  return surface;
}

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value;
  Pixel pixel;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));

  memcpy (&value, data + iy * stride + ix * 4, 4);
  /* Opaque pixels: premultiplication does not matter. */
  pixel.r = ((value >> 16) & 0xff) / 255.0;
  pixel.g = ((value >> 8) & 0xff) / 255.0;
  pixel.b = (value & 0xff) / 255.0;

  return pixel;
}

static double
pixel_luminance (Pixel p)
{
  return 0.2126 * p.r + 0.7152 * p.g + 0.0722 * p.b;
}

static gboolean
pixel_near (Pixel                     p,
            const PhaenTimelineColor *color,
            double                    tolerance)
{
  return fabs (p.r - color->red) <= tolerance &&
         fabs (p.g - color->green) <= tolerance &&
         fabs (p.b - color->blue) <= tolerance;
}

/* The vertical middle of a row's planned bars. */
static double
planned_y (const PhaenTimelineFrame    *frame,
           const PhaenTimelineFrameRow *row)
{
  for (guint b = row->first_bar; b < row->first_bar + row->n_bars; b++)
    {
      const PhaenTimelineFrameBar *bar = &g_array_index (frame->bars, PhaenTimelineFrameBar, b);

      if (!bar->actual)
        return bar->rect.y + bar->rect.height / 2;
    }

  return row->y + row->height / 2;
}

/* Every project row: the bar colour in the middle of each planned month,
 * no bar colour elsewhere; across the boundary of two months of one run
 * the bar goes on; just inside a run's first month, before the bar's
 * inset, it does not. */
static void
check_bars (const PhaenTimelineFrame *frame,
            cairo_surface_t          *surface,
            const PhaenTimelineStyle *style)
{
  guint checked = 0;

  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);
      double y;

      if (row->kind != PHAEN_TIMELINE_ROW_PROJECT || row->y + row->height > HEIGHT)
        continue;

      y = planned_y (frame, row);
      for (guint m = 0; m < 12; m++)
        {
          double left = phaen_timeline_frame_month_x (frame, m);
          Pixel middle = pixel_at (surface, left + 30, y);
          gboolean planned = (row->mask & (1u << m)) != 0;

          g_test_message ("row %u month %u: %.2f %.2f %.2f (planned %d)", row->index, m,
                          middle.r, middle.g, middle.b, planned);
          g_assert_true (pixel_near (middle, &style->bar, 0.04) == planned);

          if (planned && m > 0 && (row->mask & (1u << (m - 1))))
            g_assert_true (pixel_near (pixel_at (surface, left, y), &style->bar, 0.04));
          if (planned && (m == 0 || !(row->mask & (1u << (m - 1)))))
            g_assert_false (pixel_near (pixel_at (surface, left + 1.5, y), &style->bar, 0.2));
          checked++;
        }
    }

  g_assert_cmpuint (checked, >=, 6 * 12);
}

static void
test_bars_in_their_months (void)
{
  g_autoptr(PhaenPlan) plan = plan_without_budgets ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineParams params;
  PhaenTimelineStyle styles[3];
  const char *names[3] = { "timeline-light.png", "timeline-dark.png", "timeline-print.png" };

  phaen_timeline_style_init_light (&styles[0]);
  phaen_timeline_style_init_dark (&styles[1]);
  phaen_timeline_style_init_print (&styles[2]);

  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      cairo_surface_t *surface = paint (frame, &styles[s], names[s]);

      check_bars (frame, surface, &styles[s]);
      cairo_surface_destroy (surface);
    }

  /* The print style: grey bars on white paper. */
  {
    cairo_surface_t *surface = paint (frame, &styles[2], NULL);
    const PhaenTimelineFrameRow *row = timeline_frame_row (frame, timeline_fixture_project (plan, 4));
    double y = planned_y (frame, row);

    g_assert_cmpfloat (pixel_luminance (pixel_at (surface, 330, y)), <, 0.8);
    row = timeline_frame_row (frame, timeline_fixture_project (plan, 1));
    y = planned_y (frame, row);
    g_assert_cmpfloat (pixel_luminance (pixel_at (surface, 330, y)), >, 0.9);
    cairo_surface_destroy (surface);
  }
}

/* Luminance range inside @rect (its border left out). */
static void
luminance_range (cairo_surface_t         *surface,
                 const PhaenTimelineRect *rect,
                 double                  *low,
                 double                  *high)
{
  *low = 1.0;
  *high = 0.0;
  for (double x = rect->x + 2; x < rect->x + rect->width - 2; x += 1)
    for (double y = rect->y + 1.5; y < rect->y + rect->height - 1.5; y += 1)
      {
        double l = pixel_luminance (pixel_at (surface, x, y));

        *low = MIN (*low, l);
        *high = MAX (*high, l);
      }
}

/* Actual months are hatched: dark and light inside one bar, in every
 * style, where a planned bar is one flat colour. */
static void
test_actual_hatched (void)
{
  g_autoptr(PhaenPlan) plan = plan_without_budgets ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  const PhaenTimelineFrameRow *row;
  PhaenTimelineParams params;
  PhaenTimelineStyle styles[3];

  phaen_timeline_style_init_light (&styles[0]);
  phaen_timeline_style_init_dark (&styles[1]);
  phaen_timeline_style_init_print (&styles[2]);
  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  row = timeline_frame_row (frame, timeline_fixture_project (plan, 0));
  g_assert_cmpuint (row->n_bars, ==, 3);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      cairo_surface_t *surface = paint (frame, &styles[s], NULL);
      const PhaenTimelineFrameBar *planned = &g_array_index (frame->bars, PhaenTimelineFrameBar, row->first_bar);
      const PhaenTimelineFrameBar *actual = &g_array_index (frame->bars, PhaenTimelineFrameBar, row->first_bar + 2);
      double low, high;

      g_assert_false (planned->actual);
      g_assert_true (actual->actual);

      luminance_range (surface, &actual->rect, &low, &high);
      g_test_message ("style %u actual: %.2f–%.2f", s, low, high);
      g_assert_cmpfloat (high - low, >, 0.25);

      luminance_range (surface, &planned->rect, &low, &high);
      g_test_message ("style %u planned: %.2f–%.2f", s, low, high);
      g_assert_cmpfloat (high - low, <, 0.05);
      cairo_surface_destroy (surface);
    }
}

static void
test_light_and_dark (void)
{
  g_autoptr(PhaenPlan) plan = plan_without_budgets ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineStyle light, dark, contrast;
  PhaenTimelineColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 }, blue = { 0.2, 0.4, 0.9, 1 };
  PhaenTimelineParams params;
  cairo_surface_t *surface;
  const PhaenTimelineFrameRow *row;
  double y;

  phaen_timeline_style_init_light (&light);
  phaen_timeline_style_init_dark (&dark);
  test_params (&params);
  frame = phaen_timeline_layout_frame (layout, &params);
  row = timeline_frame_row (frame, timeline_fixture_project (plan, 1));
  y = planned_y (frame, row);

  /* An empty month of ต.ค. (no band there) shows the background. */
  surface = paint (frame, &light, NULL);
  g_assert_cmpfloat (pixel_luminance (pixel_at (surface, 330, y)), >, 0.95);
  cairo_surface_destroy (surface);
  surface = paint (frame, &dark, NULL);
  g_assert_cmpfloat (pixel_luminance (pixel_at (surface, 330, y)), <, 0.2);
  /* …and light text on it: the pane holds pixels brighter than 0.8. */
  {
    double low, high;
    PhaenTimelineRect pane = { 0, row->y, 300, row->height };

    luminance_range (surface, &pane, &low, &high);
    g_assert_cmpfloat (high, >, 0.8);
  }
  cairo_surface_destroy (surface);

  /* High contrast: black outlines on a light theme, thicker rules. */
  phaen_timeline_style_init (&contrast, &black, &white, &blue, TRUE);
  g_assert_cmpfloat (contrast.line_width, >, light.line_width);
  g_assert_cmpfloat (contrast.bar_outline.red + contrast.bar_outline.green + contrast.bar_outline.blue, ==, 0);
  g_assert_cmpfloat (contrast.grid.alpha, ==, 1.0);
  phaen_timeline_style_init (&contrast, &white, &black, &blue, TRUE);
  g_assert_cmpfloat (contrast.bar_outline.red, ==, 1.0);
}

static void
test_today_selection_cursor (void)
{
  g_autoptr(PhaenPlan) plan = plan_without_budgets ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenProject *water = timeline_fixture_project (plan, 1);
  const PhaenTimelineFrameRow *selected, *other;
  PhaenTimelineParams params;
  PhaenTimelineStyle style;
  cairo_surface_t *surface;
  GDate today;
  Pixel p;

  phaen_timeline_style_init_light (&style);
  test_params (&params);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, 8, 2026);   /* ส.ค., month 10 */
  params.today = g_date_get_julian (&today);
  params.selected = water;
  params.cursor_month = 7;
  frame = phaen_timeline_layout_frame (layout, &params);
  surface = paint (frame, &style, "timeline-selection.png");

  /* The today line in an empty cell of the selected row. */
  g_assert_true (frame->has_today);
  selected = timeline_frame_row (frame, water);
  other = timeline_frame_row (frame, timeline_fixture_project (plan, 0));
  p = pixel_at (surface, frame->today_x, selected->y + 3);
  g_assert_true (pixel_near (p, &style.today, 0.1));

  /* The selected row is tinted where the other is plain background. */
  p = pixel_at (surface, 4, selected->y + selected->height - 3);
  g_assert_false (pixel_near (p, &style.background, 0.02));
  g_assert_true (pixel_near (pixel_at (surface, 4, other->y + other->height - 3), &style.background, 0.02));

  /* The month cursor: a frame around พ.ค. of the selected row. */
  p = pixel_at (surface, phaen_timeline_frame_month_x (frame, 7) + 30, selected->y + 1);
  g_assert_cmpfloat (pixel_luminance (p), <, 0.3);
  p = pixel_at (surface, phaen_timeline_frame_month_x (frame, 7) + 1, selected->y + selected->height / 2);
  g_assert_cmpfloat (pixel_luminance (p), <, 0.3);
  /* …not around the same month of another row. */
  p = pixel_at (surface, phaen_timeline_frame_month_x (frame, 7) + 30, other->y + 1);
  g_assert_cmpfloat (pixel_luminance (p), >, 0.7);

  cairo_surface_destroy (surface);
}

static void
test_drag_preview (void)
{
  g_autoptr(PhaenPlan) plan = plan_without_budgets ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenProject *water = timeline_fixture_project (plan, 1);   /* มี.ค. */
  const PhaenTimelineFrameRow *row;
  PhaenTimelineParams params;
  PhaenTimelineStyle style;
  cairo_surface_t *surface;
  double y;
  Pixel removed, added, empty;

  phaen_timeline_style_init_light (&style);
  test_params (&params);
  params.preview_project = water;
  params.preview_mask = 0x0C0;   /* moved to เม.ย.–พ.ค. */
  frame = phaen_timeline_layout_frame (layout, &params);
  surface = paint (frame, &style, "timeline-preview.png");
  row = timeline_frame_row (frame, water);
  y = planned_y (frame, row);

  /* The new months are bars; the old one a pale ghost, neither bar nor background. */
  added = pixel_at (surface, phaen_timeline_frame_month_x (frame, 6) + 30, y);
  removed = pixel_at (surface, phaen_timeline_frame_month_x (frame, 5) + 30, y);
  empty = pixel_at (surface, phaen_timeline_frame_month_x (frame, 2) + 30, y);
  g_assert_true (pixel_near (added, &style.bar, 0.04));
  g_assert_false (pixel_near (removed, &style.bar, 0.1));
  g_assert_false (pixel_near (removed, &style.background, 0.05));
  g_assert_true (pixel_near (empty, &style.background, 0.02));

  cairo_surface_destroy (surface);
}

/* Nothing is painted outside params.width × params.height. */
static void
test_clipped (void)
{
  g_autoptr(PhaenPlan) plan = timeline_fixture_plan ();
  g_autoptr(PhaenTimelineLayout) layout = new_layout (plan);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineParams params;
  PhaenTimelineStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;
  guint inside = 0;

  phaen_timeline_style_init_light (&style);
  test_params (&params);
  params.scroll_x = 130;
  params.scroll_y = 40;
  frame = phaen_timeline_layout_frame (layout, &params);

  cairo_translate (cr, 100, 100);
  phaen_timeline_paint (frame, cr, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 800; y++)
    for (int x = 0; x < 1200; x++)
      {
        guint32 value;
        gboolean in_frame = x >= 100 && x < 100 + WIDTH && y >= 100 && y < 100 + HEIGHT;

        memcpy (&value, data + y * stride + x * 4, 4);
        if (in_frame)
          inside += (value >> 24) == 0xff;
        else if (value != 0)
          g_error ("painted outside the frame at %d,%d", x, y);
      }
  g_assert_cmpuint (inside, ==, WIDTH * HEIGHT);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline/painter/bars-in-their-months", test_bars_in_their_months);
  g_test_add_func ("/timeline/painter/actual-hatched", test_actual_hatched);
  g_test_add_func ("/timeline/painter/light-and-dark", test_light_and_dark);
  g_test_add_func ("/timeline/painter/today-selection-cursor", test_today_selection_cursor);
  g_test_add_func ("/timeline/painter/drag-preview", test_drag_preview);
  g_test_add_func ("/timeline/painter/clipped", test_clipped);

  return g_test_run ();
}
