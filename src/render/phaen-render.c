/* phaen-render.c: render context, font resolution and Thai text layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-font.h>

#include "phaen-linebreak.h"
#include "phaen-render-private.h"

PhaenRenderOptions *
phaen_render_options_copy (const PhaenRenderOptions *options)
{
  PhaenRenderOptions *copy = g_new0 (PhaenRenderOptions, 1);

  if (options == NULL)
    return copy;

  *copy = *options;
  copy->font_family = g_strdup (options->font_family);
  copy->extra_words = g_strdupv (options->extra_words);

  return copy;
}

void
phaen_render_options_free (PhaenRenderOptions *options)
{
  if (options == NULL)
    return;

  g_free ((char *) options->font_family);
  g_strfreev (options->extra_words);
  g_free (options);
}

const PhaenRenderStyle *
phaen_render_style_print (void)
{
  static const PhaenRenderStyle print = {
    .paper = { 1.0, 1.0, 1.0, 1.0 },
    .fill_paper = FALSE,
    .ink = { 0.0, 0.0, 0.0, 1.0 },
    .rules = { 0.0, 0.0, 0.0, 1.0 },
    .line_width_scale = 1.0,
  };

  return &print;
}

/* The families tried, in order, when the caller names none. */
static const char * const default_families[] = {
  "TH Sarabun New",
  "TH SarabunPSK",
  "Sarabun",
  "Laksaman",
};

/*
 * Size conversion.  Every size in the layout code is a TH Sarabun point
 * size (body 16, table 14, ...).  TH Sarabun keeps the old Thai habit of
 * drawing its glyphs small inside a large em, so other faces need fewer
 * points for the same visible size.  The scale compares visible sizes, not em sizes:
 *
 *   TH Sarabun New / TH SarabunPSK: 1.0 by definition.
 *   Laksaman (fonts-tlwg) is TH Sarabun New rebuilt by TLWG with its
 *     outlines enlarged to Latin proportions; fonts-tlwg's own fontconfig
 *     rule (89-tlwg-laksaman-synthetic.conf) stands it in for TH Sarabun
 *     with a 0.66 matrix.  Measured with Pango here (no hinting, 1000 pt):
 *     Laksaman "x" is 0.511 em tall, "อ" 0.616 em, "กขคงจฉชซ" 0.640 em;
 *     times 0.66 that is 0.337, 0.407 and 0.422 em: an x-height of about
 *     a third of the em, the small-in-a-large-em proportion of TH Sarabun.
 *     TH Sarabun New itself is not installed on the build machine, so the
 *     figure rests on TLWG's derivation and is checked by the test
 *     against fontconfig's own substitution (same ink size).
 *   Any other face, Google's Sarabun included (same design as TH Sarabun
 *     New on a larger em), is measured at run time: the height of the
 *     Thai letter "อ" (a consonant with neither ascender nor descender)
 *     is compared with TH_SARABUN_THAI_X_HEIGHT, the "อ" height of
 *     TH Sarabun New in ems (0.616 * 0.66 from the numbers above).
 */
#define TH_SARABUN_THAI_X_HEIGHT 0.407

typedef struct
{
  const char *family;
  double      scale;
} KnownScale;

static const KnownScale known_scales[] = {
  { "TH Sarabun New", 1.0 },
  { "TH SarabunPSK", 1.0 },
  { "TH Sarabun PSK", 1.0 },
  { "Laksaman", 0.66 },
};

static gboolean
font_is_scaled (PangoFont *font)
{
  FcPattern *pattern;
  FcMatrix *matrix = NULL;

  if (!PANGO_IS_FC_FONT (font))
    return FALSE;

  pattern = pango_fc_font_get_pattern (PANGO_FC_FONT (font));
  if (pattern == NULL)
    return FALSE;

  if (FcPatternGetMatrix (pattern, FC_MATRIX, 0, &matrix) == FcResultMatch &&
      matrix != NULL &&
      (matrix->xx != 1.0 || matrix->yy != 1.0 ||
       matrix->xy != 0.0 || matrix->yx != 0.0))
    return TRUE;

  return FALSE;
}

/* The family fontconfig really chose for @font (never the requested one). */
static char *
font_real_family (PangoFont *font)
{
  if (PANGO_IS_FC_FONT (font))
    {
      FcPattern *pattern = pango_fc_font_get_pattern (PANGO_FC_FONT (font));
      FcChar8 *family = NULL;

      if (pattern != NULL &&
          FcPatternGetString (pattern, FC_FAMILY, 0, &family) == FcResultMatch &&
          family != NULL)
        return g_strdup ((const char *) family);
    }

  {
    g_autoptr(PangoFontDescription) desc = pango_font_describe (font);

    return g_strdup (pango_font_description_get_family (desc));
  }
}

/* Loads @family and returns the family really used, or NULL when
 * fontconfig substituted another face or scaled it. */
static char *
try_family (PangoContext *context,
            const char   *family)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  g_autoptr(PangoFont) font = NULL;
  g_autofree char *real = NULL;

  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, 16 * PANGO_SCALE);
  font = pango_font_map_load_font (pango_context_get_font_map (context),
                                   context, desc);
  if (font == NULL)
    return NULL;

  real = font_real_family (font);
  if (real == NULL || g_ascii_strcasecmp (real, family) != 0)
    return NULL;
  if (font_is_scaled (font))
    return NULL;

  return g_steal_pointer (&real);
}

/* Height of the Thai letter "อ" in ems for @family, from the ink extents
 * of a layout at 100 points; 0 when it cannot be measured. */
static double
measure_thai_x_height (PangoContext *context,
                       const char   *family)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  PangoRectangle ink;

  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, 100 * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, "อ", -1);
  pango_layout_get_extents (layout, &ink, NULL);

  return ink.height / (double) PANGO_SCALE / 100.0;
}

static double
family_scale (PangoContext *context,
              const char   *family)
{
  double height;

  for (guint i = 0; i < G_N_ELEMENTS (known_scales); i++)
    if (g_ascii_strcasecmp (family, known_scales[i].family) == 0)
      return known_scales[i].scale;

  height = measure_thai_x_height (context, family);
  if (height <= 0.05 || height >= 2.0)
    return 1.0;

  /* Round to 2 decimals so the number is stable and readable. */
  return round (TH_SARABUN_THAI_X_HEIGHT / height * 100.0) / 100.0;
}

/* A Pango context of @font_map with the print settings: no hinting of
 * outlines or metrics, unrounded glyph positions, Thai. */
static PangoContext *
print_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *font_options;

  pango_cairo_context_set_resolution (context, 72.0);

  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("th"));

  return context;
}

static gboolean
has_font_option (const PhaenRenderOptions *options)
{
  return options != NULL && options->font_family != NULL && options->font_family[0] != '\0';
}

/* Takes @context. */
static PhaenRenderContext *
context_new (PhaenPlan                *plan,
             const PhaenRenderOptions *options,
             PangoContext             *context,
             GPtrArray                *warnings,
             GError                  **error)
{
  PhaenRenderContext *ctx;
  g_autofree char *family = NULL;
  const char *requested;
  PhaenDigits digits = PHAEN_DIGITS_FROM_PLAN;

  if (has_font_option (options))
    {
      requested = options->font_family;
      family = try_family (context, requested);
    }
  else
    requested = default_families[0];

  for (guint i = 0; family == NULL && i < G_N_ELEMENTS (default_families); i++)
    family = try_family (context, default_families[i]);

  if (family == NULL)
    {
      g_object_unref (context);
      g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FONT,
                   _("No Thai font is installed: install TH Sarabun New (or fonts-tlwg-laksaman) and try again"));
      return NULL;
    }

  /* With no option, any TH Sarabun variant is what was asked for. */
  if (warnings != NULL)
    {
      gboolean as_requested;

      if (has_font_option (options))
        as_requested = g_ascii_strcasecmp (family, requested) == 0;
      else
        as_requested = g_str_has_prefix (family, "TH Sarabun");

      if (!as_requested)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("The font “%s” is not installed; the document uses “%s” instead"),
                                          requested, family));
    }

  ctx = g_new0 (PhaenRenderContext, 1);
  ctx->plan = plan;
  ctx->pango = context;
  ctx->requested_family = g_strdup (requested);
  ctx->size_scale = family_scale (ctx->pango, family);
  ctx->family = g_steal_pointer (&family);

  ctx->breaker = phaen_line_breaker_new (warnings);
  if (plan != NULL)
    phaen_line_breaker_add_plan_names (ctx->breaker, plan);
  for (guint i = 0; options != NULL && options->extra_words != NULL && options->extra_words[i] != NULL; i++)
    phaen_line_breaker_add_word (ctx->breaker, options->extra_words[i]);

  if (options != NULL)
    {
      digits = options->digits;
      ctx->pd02_flow = options->pd02_flow;
    }
  for (guint kind = 0; plan != NULL && kind < PHAEN_EMBLEM_N_KINDS; kind++)
    {
      GBytes *data = phaen_plan_get_emblem (plan, kind);
      g_autoptr(GError) local_error = NULL;

      if (data == NULL)
        continue;
      ctx->emblems[kind] = phaen_emblem_image_new (data, NULL, &local_error);
      /* The document is still printed, without it. */
      if (ctx->emblems[kind] == NULL && warnings != NULL)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("The plan’s %s cannot be printed: %s"),
                                          phaen_emblem_kind_get_label (kind), local_error->message));
    }

  if (ctx->pd02_flow == PHAEN_PD02_FROM_PLAN)
    ctx->pd02_flow = plan != NULL && phaen_plan_get_pd02_flow (plan) == PHAEN_GROUP_FLOW_CONTINUOUS
                     ? PHAEN_PD02_CONTINUOUS : PHAEN_PD02_PAGE_PER_GROUP;
  switch (digits)
    {
    case PHAEN_DIGITS_THAI:
      ctx->thai_digits = TRUE;
      break;
    case PHAEN_DIGITS_ARABIC:
      ctx->thai_digits = FALSE;
      break;
    case PHAEN_DIGITS_FROM_PLAN:
    default:
      ctx->thai_digits = plan != NULL ? phaen_plan_get_thai_digits (plan) : TRUE;
      break;
    }

  return ctx;
}

PhaenRenderContext *
phaen_render_context_new (PhaenPlan                *plan,
                          const PhaenRenderOptions *options,
                          GPtrArray                *warnings,
                          GError                  **error)
{
  g_autoptr(PangoFontMap) font_map = NULL;

  g_return_val_if_fail (plan == NULL || PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  font_map = pango_cairo_font_map_new ();

  return context_new (plan, options, print_context (font_map), warnings, error);
}

PhaenRenderContext *
phaen_render_context_new_for_font_map (PhaenPlan                *plan,
                                       const PhaenRenderOptions *options,
                                       PangoFontMap             *font_map,
                                       GPtrArray                *warnings,
                                       GError                  **error)
{
  g_return_val_if_fail (plan == NULL || PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PANGO_IS_FONT_MAP (font_map), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return context_new (plan, options, print_context (font_map), warnings, error);
}

PhaenRenderContext *
phaen_render_context_new_for_pango (PhaenPlan                *plan,
                                    const PhaenRenderOptions *options,
                                    PangoContext             *pango,
                                    GPtrArray                *warnings,
                                    GError                  **error)
{
  g_return_val_if_fail (plan == NULL || PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return context_new (plan, options, g_object_ref (pango), warnings, error);
}

void
phaen_render_context_free (PhaenRenderContext *ctx)
{
  if (ctx == NULL)
    return;

  g_clear_pointer (&ctx->shared_layouts, g_hash_table_unref);
  g_clear_pointer (&ctx->breaker, phaen_line_breaker_free);
  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    g_clear_object (&ctx->emblems[kind]);
  g_clear_object (&ctx->pango);
  g_free (ctx->requested_family);
  g_free (ctx->family);
  g_free (ctx);
}

/* ---- Progress and cancellation of a layout ---- */

/* Pages a plan's document is expected to take: front matter and Part 1,
 * then about six projects a page in ผด.02 and a page or two of ผด.01.
 * Only a progress bar rests on this. */
static guint
estimate_pages (PhaenPlan *plan)
{
  guint projects, strategies;

  if (plan == NULL)
    return 1;

  projects = g_list_model_get_n_items (phaen_plan_get_projects (plan));
  strategies = g_list_model_get_n_items (phaen_plan_get_strategies (plan));

  return 10 + strategies / 4 + projects / 6 + strategies;
}

static void
job_report (PhaenRenderJob *job)
{
  guint total = MAX (job->estimate, job->pages) * job->steps_per_page;
  guint done = job->pages + job->written;

  if (job->progress == NULL)
    return;
  done = MIN (done, total);
  done = MAX (done, job->last_done);
  if (done == job->last_done && total == job->last_total)
    return;

  job->last_done = done;
  job->last_total = total;
  job->progress (done, total, job->progress_data);
}

static gboolean
job_cancelled (PhaenRenderJob *job)
{
  return job != NULL && g_cancellable_is_cancelled (job->cancellable);
}

void
phaen_render_job_start (PhaenRenderContext *ctx,
                        PhaenRenderJob     *job,
                        GCancellable       *cancellable,
                        PhaenProgressFunc   progress,
                        gpointer            progress_data,
                        guint               steps_per_page)
{
  g_return_if_fail (ctx != NULL);
  g_return_if_fail (job != NULL);

  memset (job, 0, sizeof *job);
  job->cancellable = cancellable;
  job->progress = progress;
  job->progress_data = progress_data;
  job->steps_per_page = MAX (steps_per_page, 1);
  job->estimate = estimate_pages (ctx->plan);
  ctx->job = job;
}

gboolean
phaen_render_job_page_added (PhaenRenderContext *ctx)
{
  PhaenRenderJob *job = ctx->job;

  if (job == NULL)
    return TRUE;

  job->pages++;
  /* The estimate ran out: one more page may always come. */
  if (job->pages >= job->estimate)
    job->estimate = job->pages + 1;
  job_report (job);

  return !job_cancelled (job);
}

void
phaen_render_job_laid_out (PhaenRenderContext *ctx,
                           guint               n_pages)
{
  PhaenRenderJob *job = ctx->job;

  if (job == NULL)
    return;

  job->pages = n_pages;
  job->estimate = n_pages;
  job_report (job);
}

gboolean
phaen_render_job_page_written (PhaenRenderContext *ctx)
{
  PhaenRenderJob *job = ctx->job;

  if (job == NULL)
    return TRUE;

  job->written++;
  job_report (job);

  return !job_cancelled (job);
}

gboolean
phaen_render_job_cancelled (PhaenRenderContext *ctx,
                            GError            **error)
{
  PhaenRenderJob *job = ctx->job;

  if (job == NULL)
    return FALSE;

  return g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

void
phaen_render_job_finish (PhaenRenderContext *ctx)
{
  ctx->job = NULL;
}

/* ---- Progress from a worker thread ---- */

struct _PhaenProgressRelay
{
  gatomicrefcount    ref_count;
  GMutex             mutex;
  GMainContext      *context;
  PhaenProgressFunc  progress;
  gpointer           progress_data;
  gboolean           pending;    /* a dispatch is queued in @context */
  guint              done;
  guint              total;
};

PhaenProgressRelay *
phaen_progress_relay_new (GMainContext      *context,
                          PhaenProgressFunc  progress,
                          gpointer           progress_data)
{
  PhaenProgressRelay *relay = g_new0 (PhaenProgressRelay, 1);

  g_atomic_ref_count_init (&relay->ref_count);
  g_mutex_init (&relay->mutex);
  relay->context = context != NULL ? g_main_context_ref (context) : g_main_context_ref_thread_default ();
  relay->progress = progress;
  relay->progress_data = progress_data;

  return relay;
}

PhaenProgressRelay *
phaen_progress_relay_ref (PhaenProgressRelay *relay)
{
  g_atomic_ref_count_inc (&relay->ref_count);

  return relay;
}

void
phaen_progress_relay_unref (PhaenProgressRelay *relay)
{
  if (relay == NULL || !g_atomic_ref_count_dec (&relay->ref_count))
    return;

  g_mutex_clear (&relay->mutex);
  g_main_context_unref (relay->context);
  g_free (relay);
}

static gboolean
relay_dispatch_cb (gpointer user_data)
{
  PhaenProgressRelay *relay = user_data;
  guint done, total;

  g_mutex_lock (&relay->mutex);
  done = relay->done;
  total = relay->total;
  relay->pending = FALSE;
  g_mutex_unlock (&relay->mutex);

  relay->progress (done, total, relay->progress_data);

  return G_SOURCE_REMOVE;
}

void
phaen_progress_relay_post (guint    done,
                           guint    total,
                           gpointer user_data)
{
  PhaenProgressRelay *relay = user_data;
  gboolean queue;

  if (relay->progress == NULL)
    return;

  g_mutex_lock (&relay->mutex);
  relay->done = done;
  relay->total = total;
  queue = !relay->pending;
  relay->pending = TRUE;
  g_mutex_unlock (&relay->mutex);

  /* Always through a source, never called here: g_main_context_invoke()
   * would run the callback in this thread when the main loop is idle. */
  if (queue)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, relay_dispatch_cb, phaen_progress_relay_ref (relay),
                             (GDestroyNotify) phaen_progress_relay_unref);
      g_source_set_static_name (source, "[phaen] render progress");
      g_source_attach (source, relay->context);
    }
}

char *
phaen_render_digits (PhaenRenderContext *ctx,
                     const char         *text)
{
  g_return_val_if_fail (ctx != NULL, NULL);

  return phaen_digits (text != NULL ? text : "", ctx->thai_digits);
}

/* How a layout is justified, in its qdata. */
enum
{
  JUSTIFY_NONE,
  JUSTIFY_BUT_LAST,   /* every line but the last of each paragraph */
  JUSTIFY_ALL,        /* the last line too: a paragraph cut at a page end */
};

static GQuark
justify_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("phaen-justify");

  return quark;
}

gboolean
phaen_render_text_is_justified (PangoLayout *layout)
{
  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), FALSE);

  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (layout), justify_quark ())) != JUSTIFY_NONE;
}

double
phaen_render_line_gap (PangoLayout *layout,
                       int          line_index,
                       guint       *n_gaps,
                       double      *natural)
{
  int mode = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (layout), justify_quark ()));
  const char *text = pango_layout_get_text (layout);
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, line_index);
  PangoLayoutLine *next = pango_layout_get_line_readonly (layout, line_index + 1);
  const PangoLogAttr *attrs;
  PangoRectangle logical;
  const PangoFontDescription *desc;
  int n_attrs;
  double room, em;
  guint gaps = 0;
  const char *p, *end;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0.0);
  g_return_val_if_fail (line != NULL, 0.0);

  pango_layout_line_get_extents (line, NULL, &logical);
  if (natural != NULL)
    *natural = logical.width / (double) PANGO_SCALE;
  if (n_gaps != NULL)
    *n_gaps = 0;

  if (mode == JUSTIFY_NONE || pango_layout_get_width (layout) <= 0)
    return 0.0;
  /* The last line of a paragraph stays as it is. */
  if (mode != JUSTIFY_ALL && (next == NULL || next->is_paragraph_start))
    return 0.0;

  room = pango_layout_get_width (layout);
  if (line->is_paragraph_start && pango_layout_get_indent (layout) > 0)
    room -= pango_layout_get_indent (layout);
  room = (room - logical.width) / PANGO_SCALE;

  /* The gaps: every grapheme boundary inside the line, trailing spaces
   * and the line's end left out. */
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  p = text + line->start_index;
  end = text + line->start_index + line->length;
  while (end > p && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r'))
    end--;
  if (p < end)
    {
      glong offset = g_utf8_pointer_to_offset (text, p);

      for (p = g_utf8_next_char (p), offset++; p < end; p = g_utf8_next_char (p), offset++)
        if (offset < n_attrs && attrs[offset].is_cursor_position)
          gaps++;
    }
  if (n_gaps != NULL)
    *n_gaps = gaps;

  desc = pango_layout_get_font_description (layout);
  em = desc != NULL ? pango_font_description_get_size (desc) / (double) PANGO_SCALE : 12.0;
  if (gaps == 0 || room <= 0 || room / gaps > PHAEN_JUSTIFY_MAX_GAP * em)
    return 0.0;

  return room / gaps;
}

PangoLayout *
phaen_render_text_full (PhaenRenderContext *ctx,
                        const char         *text,
                        double              size_pt,
                        PhaenTextFlags      flags,
                        double              width,
                        double              indent,
                        gboolean            justify_last_line)
{
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *converted = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (ctx != NULL, NULL);

  if (text == NULL)
    text = "";

  if (flags & PHAEN_TEXT_NO_DIGITS)
    converted = g_strdup (text);
  else
    converted = phaen_render_digits (ctx, text);

  layout = pango_layout_new (ctx->pango);

  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, ctx->family);
  pango_font_description_set_absolute_size (desc, size_pt * ctx->size_scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, (flags & PHAEN_TEXT_BOLD) ? PANGO_WEIGHT_BOLD
                                                                     : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  else
    pango_layout_set_width (layout, -1);

  if (flags & PHAEN_TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (flags & PHAEN_TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  else
    pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);

  /* Justified when painted (phaen_render_line_gap ()), not by Pango. */
  if ((flags & PHAEN_TEXT_JUSTIFY) && width > 0)
    g_object_set_qdata (G_OBJECT (layout), justify_quark (),
                        GINT_TO_POINTER (justify_last_line ? JUSTIFY_ALL : JUSTIFY_BUT_LAST));
  if (indent != 0)
    pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));

  pango_layout_set_text (layout, converted, -1);

  /* Where the lines may break: only a wrapped text has any. */
  if (width > 0 && converted[0] != '\0')
    phaen_line_breaker_apply (ctx->breaker, layout);

  return layout;
}

PangoLayout *
phaen_render_text (PhaenRenderContext *ctx,
                   const char         *text,
                   double              size_pt,
                   PhaenTextFlags      flags,
                   double              width)
{
  return phaen_render_text_full (ctx, text, size_pt, flags, width, 0, FALSE);
}

/* The part @start..@end (bytes) of @layout's text in a copy of @layout,
 * with the attributes that cover it. */
PangoLayout *
phaen_render_text_part (PangoLayout *layout,
                        guint        start,
                        guint        end)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayout *part = pango_layout_copy (layout);
  PangoAttrList *attrs;

  g_return_val_if_fail (start <= end && end <= strlen (text), part);

  pango_layout_set_attributes (part, NULL);
  pango_layout_set_text (part, text + start, end - start);
  g_object_set_qdata (G_OBJECT (part), justify_quark (),
                      g_object_get_qdata (G_OBJECT (layout), justify_quark ()));
  attrs = phaen_line_breaker_slice_attributes (pango_layout_get_attributes (layout), start, end);
  pango_layout_set_attributes (part, attrs);
  if (attrs != NULL)
    pango_attr_list_unref (attrs);

  return part;
}

/* What a shared layout depends on. */
typedef struct
{
  char     *text;
  double    size;
  double    width;
  guint     flags;
  gboolean  thai_digits;
} SharedKey;

static guint
shared_key_hash (gconstpointer data)
{
  const SharedKey *key = data;
  guint hash = g_str_hash (key->text);

  hash = hash * 31 + g_double_hash (&key->size);
  hash = hash * 31 + g_double_hash (&key->width);
  hash = hash * 31 + key->flags;

  return hash * 2 + (key->thai_digits ? 1 : 0);
}

static gboolean
shared_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const SharedKey *ka = a;
  const SharedKey *kb = b;

  return ka->size == kb->size && ka->width == kb->width && ka->flags == kb->flags &&
         ka->thai_digits == kb->thai_digits && strcmp (ka->text, kb->text) == 0;
}

static void
shared_key_free (gpointer data)
{
  SharedKey *key = data;

  g_free (key->text);
  g_free (key);
}

PangoLayout *
phaen_render_text_shared (PhaenRenderContext *ctx,
                          const char         *text,
                          double              size_pt,
                          PhaenTextFlags      flags,
                          double              width)
{
  SharedKey lookup;
  PangoLayout *layout;

  g_return_val_if_fail (ctx != NULL, NULL);

  if (text == NULL)
    text = "";

  /* The digits setting is in the key as a caller may change it. */
  lookup.text = (char *) text;
  lookup.size = size_pt;
  lookup.width = width > 0 ? width : -1.0;
  lookup.flags = flags;
  lookup.thai_digits = ctx->thai_digits;

  if (ctx->shared_layouts == NULL)
    ctx->shared_layouts = g_hash_table_new_full (shared_key_hash, shared_key_equal,
                                                 shared_key_free, g_object_unref);

  layout = g_hash_table_lookup (ctx->shared_layouts, &lookup);
  if (layout == NULL)
    {
      SharedKey *key = g_memdup2 (&lookup, sizeof lookup);

      key->text = g_strdup (text);
      layout = phaen_render_text (ctx, text, size_pt, flags, width);
      g_hash_table_insert (ctx->shared_layouts, key, layout);
    }

  return g_object_ref (layout);
}

void
phaen_render_return_memory (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

void
phaen_render_context_forget_shared (PhaenRenderContext *ctx)
{
  g_return_if_fail (ctx != NULL);

  g_clear_pointer (&ctx->shared_layouts, g_hash_table_unref);
}

double
phaen_render_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0.0);

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.height / (double) PANGO_SCALE;
}

void
phaen_render_text_first_line (PangoLayout *layout,
                              double      *baseline,
                              double      *height)
{
  PangoLayoutIter *iter;
  PangoRectangle logical;
  int line_baseline;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  iter = pango_layout_get_iter (layout);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  line_baseline = pango_layout_iter_get_baseline (iter);
  pango_layout_iter_free (iter);

  if (baseline != NULL)
    *baseline = line_baseline / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}
