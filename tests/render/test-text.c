/* test-text.c: font resolution, size scale and Thai text layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-font.h>

#include "phaen-render.h"

/* Words that are hard on a Thai renderer: stacked marks, descenders,
 * ฤๅ, a mixed Thai/Latin/digit run. */
static const char * const hard_texts[] = {
  "ปั๊ม",
  "ฟื้น",
  "ญู",
  "ฐู",
  "ปู่",
  "น้ำ",
  "ฤๅษี",
  "ถนน คสล. ม.5 ยาว 200 ม.",
  "ปั๊ม ฟื้น ญู ฐู ปู่ น้ำ ฤๅษี",
};

static PhaenRenderContext *
new_context (const char *family,
             GPtrArray  *warnings)
{
  PhaenRenderOptions options = { PHAEN_DIGITS_THAI, family };
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx;

  ctx = phaen_render_context_new (NULL, &options, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ctx);

  return ctx;
}

/* The family fontconfig really chose for @family in @ctx's Pango context. */
static char *
loaded_family (PhaenRenderContext *ctx,
               const char         *family,
               gboolean           *scaled)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  g_autoptr(PangoFont) font = NULL;
  FcPattern *pattern;
  FcChar8 *name = NULL;
  FcMatrix *matrix = NULL;

  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, 14 * PANGO_SCALE);
  font = pango_font_map_load_font (pango_context_get_font_map (ctx->pango), ctx->pango, desc);
  g_assert_nonnull (font);
  g_assert_true (PANGO_IS_FC_FONT (font));
  pattern = pango_fc_font_get_pattern (PANGO_FC_FONT (font));
  g_assert_cmpint (FcPatternGetString (pattern, FC_FAMILY, 0, &name), ==, FcResultMatch);
  *scaled = FcPatternGetMatrix (pattern, FC_MATRIX, 0, &matrix) == FcResultMatch &&
            matrix != NULL && matrix->xx != 1.0;

  return g_strdup ((const char *) name);
}

static void
test_font_resolution_default (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, warnings);
  g_autofree char *real = NULL;
  gboolean scaled = TRUE;

  g_assert_nonnull (ctx->family);
  g_test_message ("font in use: %s, scale %.3f", ctx->family, ctx->size_scale);

  /* What the context claims is what fontconfig really loads, unscaled. */
  real = loaded_family (ctx, ctx->family, &scaled);
  g_assert_cmpstr (real, ==, ctx->family);
  g_assert_false (scaled);

  if (g_str_has_prefix (ctx->family, "TH Sarabun"))
    {
      g_assert_cmpuint (warnings->len, ==, 0);
      g_assert_cmpfloat (ctx->size_scale, ==, 1.0);
    }
  else
    {
      /* TH Sarabun missing: one warning that names the family in use. */
      g_assert_cmpuint (warnings->len, ==, 1);
      g_assert_nonnull (strstr (warnings->pdata[0], ctx->family));
      g_assert_nonnull (strstr (warnings->pdata[0], "TH Sarabun"));
    }
}

static void
test_font_resolution_missing (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = new_context ("No Such Thai Font Phaen", warnings);

  g_assert_cmpstr (ctx->requested_family, ==, "No Such Thai Font Phaen");
  g_assert_cmpstr (ctx->family, !=, "No Such Thai Font Phaen");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (warnings->pdata[0], "No Such Thai Font Phaen"));
  g_assert_nonnull (strstr (warnings->pdata[0], ctx->family));
}

static void
test_font_resolution_substituted (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = new_context ("TH Sarabun New", warnings);
  g_autofree char *real = NULL;
  gboolean scaled = FALSE;

  real = loaded_family (ctx, "TH Sarabun New", &scaled);
  if (g_strcmp0 (real, "TH Sarabun New") == 0)
    {
      g_assert_cmpstr (ctx->family, ==, "TH Sarabun New");
      g_assert_cmpuint (warnings->len, ==, 0);
      return;
    }

  /* fontconfig answered with another face (fonts-tlwg: Laksaman × 0.66):
   * the context must not pretend it got TH Sarabun New. */
  g_test_message ("TH Sarabun New is answered by %s%s", real, scaled ? " (scaled)" : "");
  g_assert_cmpstr (ctx->family, !=, "TH Sarabun New");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (warnings->pdata[0], ctx->family));
}

static double
ink_height (PangoLayout *layout)
{
  PangoRectangle ink;

  pango_layout_get_extents (layout, &ink, NULL);
  return ink.height / (double) PANGO_SCALE;
}

static void
test_scale_laksaman (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(PangoLayout) ours = NULL;
  g_autoptr(PangoLayout) synthetic = NULL;
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *real = NULL;
  gboolean scaled = FALSE;
  double ours_h, synthetic_h;

  ctx = new_context ("Laksaman", warnings);
  if (g_strcmp0 (ctx->family, "Laksaman") != 0)
    {
      g_test_skip ("Laksaman is not installed");
      return;
    }
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpfloat_with_epsilon (ctx->size_scale, 0.66, 1e-9);

  real = loaded_family (ctx, "TH Sarabun New", &scaled);
  if (g_strcmp0 (real, "Laksaman") != 0 || !scaled)
    {
      g_test_skip ("fontconfig does not stand Laksaman in for TH Sarabun New here");
      return;
    }

  /* Our 100 "TH Sarabun points" in Laksaman draw glyphs exactly as tall as
   * fontconfig's own synthetic TH Sarabun New at 100 points. */
  ours = phaen_render_text (ctx, "กขคงจฉชซ อ", 100, 0, -1);
  synthetic = pango_layout_new (ctx->pango);
  desc = pango_font_description_from_string ("TH Sarabun New 100px");
  pango_layout_set_font_description (synthetic, desc);
  pango_layout_set_text (synthetic, "กขคงจฉชซ อ", -1);
  ours_h = ink_height (ours);
  synthetic_h = ink_height (synthetic);
  g_test_message ("ink height: ours %.2f, fontconfig's synthetic %.2f", ours_h, synthetic_h);
  g_assert_cmpfloat (ours_h, >, 0);
  g_assert_cmpfloat (fabs (ours_h - synthetic_h) / synthetic_h, <, 0.03);
}

static void
test_scale_visible_size (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, "อ", 100, 0, -1);
  double h = ink_height (layout) / 100.0;

  /* Whatever face is in use, 100 TH Sarabun points draw "อ" about as tall
   * as TH Sarabun New does: 0.407 em. */
  g_test_message ("อ at 100 TH Sarabun points: %.3f", h);
  g_assert_cmpfloat (h, >, 0.407 * 0.9);
  g_assert_cmpfloat (h, <, 0.407 * 1.1);
}

/* The glyph HarfBuzz inserts for a mark without a base. */
static gboolean
layout_has_dotted_circle (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean found = FALSE;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      hb_font_t *hb;
      hb_codepoint_t circle = 0;

      if (run == NULL)
        continue;

      hb = pango_font_get_hb_font (run->item->analysis.font);
      if (!hb_font_get_nominal_glyph (hb, 0x25CC, &circle))
        continue;

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        if (run->glyphs->glyphs[i].glyph == circle)
          found = TRUE;
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return found;
}

static void
test_hard_texts (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hard_texts); i++)
    for (double size = 12; size <= 20; size += 2)
      {
        g_autoptr(PangoLayout) layout = phaen_render_text (ctx, hard_texts[i], size, 0, -1);
        g_autoptr(PangoLayout) bold = phaen_render_text (ctx, hard_texts[i], size, PHAEN_TEXT_BOLD, -1);
        PangoLayout *layouts[] = { layout, bold };

        for (guint k = 0; k < G_N_ELEMENTS (layouts); k++)
          {
            PangoRectangle ink, logical;

            g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layouts[k]), ==, 0);
            g_assert_false (layout_has_dotted_circle (layouts[k]));

            /* Marks above and below stay inside the logical box the table
             * engine sizes rows with. */
            pango_layout_get_extents (layouts[k], &ink, &logical);
            g_assert_cmpint (logical.height, >=, ink.height);
            g_assert_cmpint (logical.y, <=, ink.y);
            g_assert_cmpint (logical.y + logical.height, >=, ink.y + ink.height);
            g_assert_cmpfloat (phaen_render_text_height (layouts[k]), ==,
                               logical.height / (double) PANGO_SCALE);
          }
      }
}

static void
test_dotted_circle_detected (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);
  /* A tone mark with no consonant: the shaper draws a dotted circle. The
   * detector above must see it, or the previous test proves nothing. */
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, "\u0E48\u0E49", 14, 0, -1);

  g_assert_true (layout_has_dotted_circle (layout));
}

static void
test_digits (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);
  g_autoptr(PangoLayout) thai = phaen_render_text (ctx, "ถนน คสล. ม.5 ยาว 200 ม.", 14, 0, -1);
  g_autoptr(PangoLayout) kept = phaen_render_text (ctx, "ยาว 200 ม.", 14, PHAEN_TEXT_NO_DIGITS, -1);
  g_autofree char *digits = NULL;

  g_assert_cmpstr (pango_layout_get_text (thai), ==, "ถนน คสล. ม.๕ ยาว ๒๐๐ ม.");
  g_assert_cmpstr (pango_layout_get_text (kept), ==, "ยาว 200 ม.");

  ctx->thai_digits = FALSE;
  digits = phaen_render_digits (ctx, "๑๒ 34");
  g_assert_cmpstr (digits, ==, "๑๒ 34");
  g_clear_pointer (&digits, g_free);
  ctx->thai_digits = TRUE;
  digits = phaen_render_digits (ctx, "12 34");
  g_assert_cmpstr (digits, ==, "๑๒ ๓๔");
}

static void
test_user_line_breaks (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);
  g_autoptr(PangoLayout) one = phaen_render_text (ctx, "ขุดลอกคลอง", 14, 0, 200);
  g_autoptr(PangoLayout) two = phaen_render_text (ctx, "ขุดลอกคลอง\nยาว 300 ม.", 14, 0, 200);
  g_autoptr(PangoLayout) three = phaen_render_text (ctx, "ก\nข\nค", 14, 0, -1);
  double h1, first_height, baseline;

  g_assert_cmpint (pango_layout_get_line_count (one), ==, 1);
  g_assert_cmpint (pango_layout_get_line_count (two), ==, 2);
  g_assert_cmpint (pango_layout_get_line_count (three), ==, 3);

  h1 = phaen_render_text_height (one);
  g_assert_cmpfloat (phaen_render_text_height (two), >, 1.9 * h1);
  g_assert_cmpfloat (phaen_render_text_height (three), >, 2.9 * h1);

  phaen_render_text_first_line (three, &baseline, &first_height);
  g_assert_cmpfloat_with_epsilon (first_height, h1, 0.01);
  g_assert_cmpfloat (baseline, >, 0);
  g_assert_cmpfloat (baseline, <, first_height);
}

/* A phrase and the words it is made of: a line may only start where a
 * word starts. */
static const char * const phrase_words[] = {
  "ประชาชน", "ใน", "เขต", "เทศบาล", "ได้", "รับ", "บริการ", "น้ำ", "ประปา",
  "ที่", "สะอาด", "และ", "เพียงพอ", "ต่อ", "การ", "อุปโภค", "บริโภค",
};

static void
test_word_wrapping (void)
{
  g_autoptr(PhaenRenderContext) ctx = new_context (NULL, NULL);
  g_autoptr(GString) phrase = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  double widest = 0;
  guint wrapped = 0;

  for (guint i = 0; i < G_N_ELEMENTS (phrase_words); i++)
    {
      g_autoptr(PangoLayout) word = phaen_render_text (ctx, phrase_words[i], 14, 0, -1);
      int w;
      int start = phrase->len;

      g_array_append_val (starts, start);
      g_string_append (phrase, phrase_words[i]);
      pango_layout_get_size (word, &w, NULL);
      widest = MAX (widest, w / (double) PANGO_SCALE);
    }

  for (double width = widest + 1; width < widest * 6; width += 3)
    {
      g_autoptr(PangoLayout) layout = phaen_render_text (ctx, phrase->str, 14, 0, width);
      GSList *lines = pango_layout_get_lines_readonly (layout);
      int w;

      pango_layout_get_size (layout, &w, NULL);
      g_assert_cmpfloat (w / (double) PANGO_SCALE, <=, width + 0.01);

      for (GSList *l = lines->next; l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          gboolean at_word = FALSE;

          for (guint k = 0; k < starts->len; k++)
            if (g_array_index (starts, int, k) == line->start_index)
              at_word = TRUE;
          if (!at_word)
            g_error ("width %.0f: a line starts inside a word: “%s”",
                     width, phrase->str + line->start_index);
          wrapped++;
        }
    }

  /* The widths tried did force wraps. */
  g_assert_cmpuint (wrapped, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/text/font/default", test_font_resolution_default);
  g_test_add_func ("/render/text/font/missing", test_font_resolution_missing);
  g_test_add_func ("/render/text/font/substituted", test_font_resolution_substituted);
  g_test_add_func ("/render/text/scale/laksaman", test_scale_laksaman);
  g_test_add_func ("/render/text/scale/visible-size", test_scale_visible_size);
  g_test_add_func ("/render/text/shaping/hard-texts", test_hard_texts);
  g_test_add_func ("/render/text/shaping/dotted-circle-detected", test_dotted_circle_detected);
  g_test_add_func ("/render/text/digits", test_digits);
  g_test_add_func ("/render/text/line-breaks", test_user_line_breaks);
  g_test_add_func ("/render/text/word-wrapping", test_word_wrapping);

  return g_test_run ();
}
