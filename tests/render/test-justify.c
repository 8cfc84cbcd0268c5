/* test-justify.c: Thai distributed justification, checked with numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <poppler.h>

#include "phaen-page.h"
#include "phaen-render-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* A paragraph of the sample's foreword: few spaces, long Thai runs. */
static const char *paragraph =
  "เทศบาลเมืองจันทนิมิตตั้งอยู่ริมแม่น้ำจันทบุรี เป็นชุมชนเมืองที่เติบโตไปพร้อมกับตลาดผลไม้และ"
  "ย่านการค้าพลอยของจังหวัด ในแต่ละปีมีงานทั้งของเทศบาลและของหน่วยงานอื่นเกิดขึ้นในพื้นที่"
  "เป็นจำนวนมาก เอกสารฉบับนี้นำงานเหล่านั้นมาเรียงไว้ตามยุทธศาสตร์ทั้งห้าด้าน บอกงบประมาณ "
  "ผู้รับผิดชอบ และเดือนที่จะลงมือทำของแต่ละโครงการ";

#define WIDTH 300.0
#define SIZE  16.0

static PhaenRenderContext *
new_context (void)
{
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return ctx;
}

static double
em_of (PangoLayout *layout)
{
  return pango_font_description_get_size (pango_layout_get_font_description (layout)) / (double) PANGO_SCALE;
}

static void
test_gaps (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, paragraph, SIZE, PHAEN_TEXT_JUSTIFY, WIDTH);
  g_autoptr(PangoLayout) plain = phaen_render_text (ctx, paragraph, SIZE, 0, WIDTH);
  int n_lines = pango_layout_get_line_count (layout);
  guint justified = 0;

  g_assert_true (phaen_render_text_is_justified (layout));
  g_assert_false (phaen_render_text_is_justified (plain));
  /* Pango's own justification (spaces only) is off: the lines break as
   * in the plain text. */
  g_assert_false (pango_layout_get_justify (layout));
  g_assert_cmpint (n_lines, ==, pango_layout_get_line_count (plain));
  g_assert_cmpint (n_lines, >=, 3);

  for (int i = 0; i < n_lines; i++)
    {
      guint gaps = 0;
      double natural = 0;
      double gap = phaen_render_line_gap (layout, i, &gaps, &natural);
      double plain_gap = phaen_render_line_gap (plain, i, NULL, NULL);

      g_test_message ("line %d: %u gaps, natural %.2f, gap %.3f", i, gaps, natural, gap);
      g_assert_cmpfloat (plain_gap, ==, 0.0);
      g_assert_cmpfloat (gap, >=, 0.0);
      g_assert_cmpfloat (gap, <=, PHAEN_JUSTIFY_MAX_GAP * em_of (layout) + 1e-9);

      if (i == n_lines - 1)
        {
          /* The last line stays as it is. */
          g_assert_cmpfloat (gap, ==, 0.0);
          continue;
        }
      /* A line fills the width exactly, or stays ragged because it
       * would need more than the limit. */
      g_assert_cmpuint (gaps, >, 10);
      if (gap > 0)
        {
          g_assert_cmpfloat_with_epsilon (natural + gaps * gap, WIDTH, 0.01);
          justified++;
        }
      else
        g_assert_cmpfloat ((WIDTH - natural) / gaps, >, PHAEN_JUSTIFY_MAX_GAP * em_of (layout));
    }
  g_assert_cmpuint (justified, >=, 2);
}

/* A line that would need huge gaps stays ragged; a paragraph cut at a
 * page end has its last line justified too. */
static void
test_ragged_and_last_line (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  /* A short word then a word that cannot share its line. */
  g_autoptr(PangoLayout) ragged = phaen_render_text (ctx, "กขค ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH",
                                                     SIZE, PHAEN_TEXT_JUSTIFY, 150);
  g_autoptr(PangoLayout) whole = phaen_render_text (ctx, paragraph, SIZE, PHAEN_TEXT_JUSTIFY, WIDTH);
  int last = pango_layout_get_line_count (whole) - 1;
  guint gaps = 0;

  g_assert_cmpint (pango_layout_get_line_count (ragged), >=, 2);
  g_assert_cmpfloat (phaen_render_line_gap (ragged, 0, &gaps, NULL), ==, 0.0);
  g_assert_cmpuint (gaps, ==, 2);

  /* The same paragraph with "justify the last line": it fills too. */
  g_object_unref (whole);
  {
    double natural = 0;
    double gap;

    whole = phaen_render_text_full (ctx, paragraph, SIZE, PHAEN_TEXT_JUSTIFY, WIDTH, 0, TRUE);
    gap = phaen_render_line_gap (whole, last, &gaps, &natural);
    if (gap > 0)
      g_assert_cmpfloat_with_epsilon (natural + gaps * gap, WIDTH, 0.01);
    else
      g_assert_cmpfloat ((WIDTH - natural) / gaps, >, PHAEN_JUSTIFY_MAX_GAP * em_of (whole));
  }
}

/* The first-line indent leaves less room on the first line. */
static void
test_indent (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PangoLayout) layout = phaen_render_text_full (ctx, paragraph, SIZE, PHAEN_TEXT_JUSTIFY,
                                                          WIDTH, 40, FALSE);
  guint gaps;
  double natural;
  double gap = phaen_render_line_gap (layout, 0, &gaps, &natural);

  if (gap > 0)
    g_assert_cmpfloat_with_epsilon (40 + natural + gaps * gap, WIDTH, 0.01);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Painted: each justified line's text spans the whole width, the last
 * line does not; the glyphs drawn are the same as without the gaps. */
static void
test_painted (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context ();
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, paragraph, SIZE, PHAEN_TEXT_JUSTIFY, WIDTH);
  g_autoptr(PhaenPage) page = phaen_page_new (PHAEN_PAGE_PORTRAIT);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(PopplerPage) ppage = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_auto(GStrv) lines = NULL;
  guint offset = 0;
  const double left = 100;

  phaen_page_add_text (page, layout, left, 100);
  surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, page->width, page->height);
  cr = cairo_create (surface);
  phaen_page_paint (page, cr, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  pdf = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  ppage = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (ppage);
  g_assert_true (poppler_page_get_text_layout (ppage, &rects, &n_rects));
  g_assert_cmpuint (n_rects, ==, g_utf8_strlen (text, -1));

  /* The text reads back as written (line breaks aside). */
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (const char *p = text; *p != '\0'; p++)
      if (*p != '\n')
        g_string_append_c (joined, *p);
    g_assert_cmpstr (joined->str, ==, paragraph);
  }

  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpint (g_strv_length (lines), ==, pango_layout_get_line_count (layout));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      glong n = g_utf8_strlen (lines[i], -1);
      double first = rects[offset].x1;
      double end = rects[offset + n - 1].x2;
      double gap = phaen_render_line_gap (layout, i, NULL, NULL);

      /* Trailing spaces are not ink: look at the last letter. */
      for (glong k = n - 1; k > 0 && lines[i][g_utf8_offset_to_pointer (lines[i], k) - lines[i]] == ' '; k--)
        end = rects[offset + k - 1].x2;

      g_test_message ("line %u: %.2f … %.2f (gap %.3f)", i, first, end, gap);
      g_assert_cmpfloat_with_epsilon (first, left, 0.6);
      if (gap > 0)
        g_assert_cmpfloat_with_epsilon (end, left + WIDTH, 0.6);
      else
        g_assert_cmpfloat (end, <, left + WIDTH - 1.0);
      offset += n + 1;
    }
  g_free (rects);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/justify/gaps", test_gaps);
  g_test_add_func ("/justify/ragged-and-last-line", test_ragged_and_last_line);
  g_test_add_func ("/justify/indent", test_indent);
  g_test_add_func ("/justify/painted", test_painted);

  return g_test_run ();
}
