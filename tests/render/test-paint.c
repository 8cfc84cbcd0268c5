/* test-paint.c: the page painter in another style, and render contexts
 * over a caller's font map or Pango context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "phaen-document.h"
#include "phaen-page.h"
#include "phaen-render.h"

/* A style nothing else uses: every colour can be told apart. */
static const PhaenRenderStyle dark = {
  .paper = { 0.10, 0.12, 0.14, 1.0 },
  .fill_paper = TRUE,
  .ink = { 0.90, 0.85, 0.20, 1.0 },
  .rules = { 0.20, 0.60, 0.90, 1.0 },
  .line_width_scale = 2.0,
};

#define SCALE 4.0   /* pixels per point */

typedef struct
{
  guint8 r, g, b, a;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x_pt,
          double           y_pt)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int x = (int) floor (x_pt * SCALE);
  int y = (int) floor (y_pt * SCALE);
  guint32 value = *(guint32 *) (data + y * stride + x * 4);
  Pixel pixel = { (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF, value >> 24 };

  return pixel;
}

static void
assert_color (Pixel             pixel,
              const PhaenColor *color)
{
  g_assert_cmpint (pixel.a, ==, 255);
  g_assert_cmpint (ABS (pixel.r - (int) round (color->red * 255)), <=, 2);
  g_assert_cmpint (ABS (pixel.g - (int) round (color->green * 255)), <=, 2);
  g_assert_cmpint (ABS (pixel.b - (int) round (color->blue * 255)), <=, 2);
}

/* Painted rows of the vertical run at @x_pt that contain @y_pt and differ
 * from the paper. */
static int
run_height (cairo_surface_t *surface,
            double           x_pt,
            double           y_pt,
            Pixel            paper)
{
  int height = cairo_image_surface_get_height (surface);
  int y0 = (int) floor (y_pt * SCALE);
  int top = y0, bottom = y0;

  while (top > 0)
    {
      Pixel p = pixel_at (surface, x_pt, (top - 1) / SCALE);

      if (p.r == paper.r && p.g == paper.g && p.b == paper.b && p.a == paper.a)
        break;
      top--;
    }
  while (bottom + 1 < height)
    {
      Pixel p = pixel_at (surface, x_pt, (bottom + 1) / SCALE);

      if (p.r == paper.r && p.g == paper.g && p.b == paper.b && p.a == paper.a)
        break;
      bottom++;
    }

  return bottom - top + 1;
}

static PhaenRenderContext *
new_context (void)
{
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ctx);

  return ctx;
}

/* A page with one of each: a text, a thick rule, an outlined and a
 * filled box, an arrow. */
static PhaenPage *
sample_page (PhaenRenderContext *ctx)
{
  PhaenPage *page = phaen_page_new (PHAEN_PAGE_PORTRAIT);
  g_autoptr(PangoLayout) text = phaen_render_text (ctx, "กกกก", 60, PHAEN_TEXT_BOLD, -1);

  phaen_page_add_text (page, text, 50, 50);
  phaen_page_add_line (page, 50, 200, 300, 200, 2.0);
  phaen_page_add_rect (page, 50, 250, 100, 50, 2.0, FALSE);
  phaen_page_add_rect (page, 200, 250, 100, 50, 0, TRUE);
  phaen_page_add_arrow (page, 50, 300, 350, 1.0);

  return page;
}

static cairo_surface_t *
paint (PhaenPage              *page,
       const PhaenRenderStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (page->width * SCALE),
                                                         (int) ceil (page->height * SCALE));
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, SCALE, SCALE);
  phaen_page_paint (page, cr, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_paint_print_style (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenPage) page = sample_page (ctx);
  const PhaenRenderStyle *print = phaen_render_style_print ();
  cairo_surface_t *surface = paint (page, print);
  cairo_surface_t *null_style = paint (page, NULL);
  Pixel empty = pixel_at (surface, 400, 400);

  /* The print style leaves the paper alone and draws black. */
  g_assert_false (print->fill_paper);
  g_assert_cmpint (empty.a, ==, 0);
  assert_color (pixel_at (surface, 100, 200), &print->rules);
  assert_color (pixel_at (surface, 250, 275), &print->ink);
  assert_color (pixel_at (surface, 175, 350), &print->ink);

  /* NULL is the print style. */
  g_assert_cmpmem (cairo_image_surface_get_data (surface),
                   cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface),
                   cairo_image_surface_get_data (null_style),
                   cairo_image_surface_get_stride (null_style) * cairo_image_surface_get_height (null_style));

  cairo_surface_destroy (surface);
  cairo_surface_destroy (null_style);
}

static void
test_paint_other_style (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PhaenPage) page = sample_page (ctx);
  cairo_surface_t *surface = paint (page, &dark);
  cairo_surface_t *printed = paint (page, phaen_render_style_print ());
  Pixel transparent = { 0, 0, 0, 0 };
  Pixel paper = pixel_at (surface, 400, 400);
  gboolean ink_found = FALSE;

  /* The paper is filled, everywhere nothing else is. */
  assert_color (paper, &dark.paper);
  assert_color (pixel_at (surface, 1, 1), &dark.paper);
  assert_color (pixel_at (surface, page->width - 1, page->height - 1), &dark.paper);

  /* Rules and outlines in the rule colour, fills and arrows in ink. */
  assert_color (pixel_at (surface, 100, 200), &dark.rules);
  assert_color (pixel_at (surface, 50, 275), &dark.rules);
  assert_color (pixel_at (surface, 250, 275), &dark.ink);
  assert_color (pixel_at (surface, 175, 350), &dark.ink);

  /* The text is in ink: some pixel of its box has exactly that colour. */
  for (double y = 50; y < 110 && !ink_found; y += 0.25)
    for (double x = 50; x < 200 && !ink_found; x += 0.25)
      {
        Pixel p = pixel_at (surface, x, y);

        ink_found = p.r == (int) round (dark.ink.red * 255) &&
                    p.g == (int) round (dark.ink.green * 255) &&
                    p.b == (int) round (dark.ink.blue * 255);
      }
  g_assert_true (ink_found);

  /* Line widths scale: the 2-point rule is 4 points thick, 16 pixels. */
  g_assert_cmpint (run_height (printed, 100, 200, transparent), ==, 2 * (int) SCALE);
  g_assert_cmpint (run_height (surface, 100, 200, paper), ==, 4 * (int) SCALE);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (printed);
}

static guint
count_pages (PhaenRenderContext *ctx)
{
  g_autoptr(GPtrArray) pages = phaen_document_layout (ctx);

  return pages->len;
}

/* A small plan: enough text for several pages of the front matter. */
static PhaenPlan *
build_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลทดสอบ",
                "district", "เมือง",
                "province", "จันทบุรี",
                "fiscal-year", 2569,
                NULL);
  phaen_plan_fill_default_texts (plan);

  return plan;
}

static void
test_context_over_caller_font_map (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenRenderContext) own = phaen_render_context_new (plan, NULL, NULL, &error);
  g_autoptr(PhaenRenderContext) shared = NULL;
  g_autoptr(PhaenRenderContext) caller = NULL;
  PangoContext *pango = NULL;
  g_autoptr(PangoLayout) a = NULL;
  g_autoptr(PangoLayout) b = NULL;
  PangoRectangle ra, rb;

  g_assert_no_error (error);
  shared = phaen_render_context_new_for_font_map (plan, NULL, font_map, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pango_context_get_font_map (shared->pango) == font_map);
  g_assert_cmpstr (shared->family, ==, own->family);
  g_assert_cmpfloat (shared->size_scale, ==, own->size_scale);

  /* The caller's Pango context is used as it is. */
  pango = pango_font_map_create_context (font_map);
  caller = phaen_render_context_new_for_pango (plan, NULL, pango, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (caller->pango == pango);
  g_object_unref (pango);

  /* The same text measures the same, so the pages break the same. */
  a = phaen_render_text (own, "ประกาศใช้แผนการดำเนินงาน", 16, 0, -1);
  b = phaen_render_text (shared, "ประกาศใช้แผนการดำเนินงาน", 16, 0, -1);
  pango_layout_get_extents (a, NULL, &ra);
  pango_layout_get_extents (b, NULL, &rb);
  g_assert_cmpint (ra.width, ==, rb.width);
  g_assert_cmpint (ra.height, ==, rb.height);
  g_assert_cmpuint (count_pages (shared), ==, count_pages (own));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/paint/print-style", test_paint_print_style);
  g_test_add_func ("/paint/other-style", test_paint_other_style);
  g_test_add_func ("/paint/context-over-caller-font-map", test_context_over_caller_font_map);

  return g_test_run ();
}
