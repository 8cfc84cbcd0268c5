/* phaen-render.h: what every part of the document renderer shares: its
 * options and errors, units, fonts, digits, colours and Thai text layout.
 * cairo + Pango only, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "model/phaen-plan.h"
#include "phaen-emblem-image.h"
#include "phaen-render-error.h"

G_BEGIN_DECLS

/* ---- Options ---- */

typedef enum
{
  PHAEN_DIGITS_FROM_PLAN,   /* the plan's "thai-digits" setting */
  PHAEN_DIGITS_THAI,
  PHAEN_DIGITS_ARABIC,
} PhaenDigits;

/* How the groups (strategy and program) of ผด.02 follow each other. */
typedef enum
{
  PHAEN_PD02_FROM_PLAN,        /* the plan's "pd02-flow" setting (phaen-flow.h) */
  PHAEN_PD02_PAGE_PER_GROUP,   /* each group starts a page, headings above the grid */
  PHAEN_PD02_CONTINUOUS,       /* groups follow each other, headings as rows kept with their first project */
} PhaenPd02Flow;

typedef struct
{
  PhaenDigits   digits;
  const char   *font_family;   /* NULL: TH Sarabun New, TH SarabunPSK, Sarabun, Laksaman */
  /* Words never broken across lines besides the shipped list, the
   * plan's names and the plan's own word list ("word-list",
   * phaen-words.h), which the renderer always uses (NULL-terminated,
   * nullable). */
  char        **extra_words;
  /* PHAEN_PD02_FROM_PLAN (0, the default) follows the plan's setting;
   * the others override it. */
  PhaenPd02Flow pd02_flow;
} PhaenRenderOptions;

/* Deep copies for a job that outlives the caller's options (async). */
PhaenRenderOptions *phaen_render_options_copy (const PhaenRenderOptions *options);
void                phaen_render_options_free (PhaenRenderOptions       *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenRenderOptions, phaen_render_options_free)

/* ---- Progress ---- */

/* Called as a job goes on: @done of @total steps, where a step is a page
 * laid out or a page written. @total is an estimate until the whole
 * document is laid out, so it may grow; @done never decreases and the
 * last call of a job that succeeds has @done == @total. */
typedef void (*PhaenProgressFunc) (guint    done,
                                   guint    total,
                                   gpointer user_data);

/* ---- Units ---- */

/* All geometry is in PDF points (1/72 inch). */
#define PHAEN_MM(mm) ((mm) * 72.0 / 25.4)
#define PHAEN_A4_SHORT PHAEN_MM (210.0)
#define PHAEN_A4_LONG  PHAEN_MM (297.0)

/* ---- Colours and line widths of the painter ---- */

typedef struct
{
  double red, green, blue, alpha;   /* 0 … 1 */
} PhaenColor;

typedef struct
{
  PhaenColor paper;            /* the page background */
  gboolean   fill_paper;       /* FALSE: the surface is the paper (print) */
  PhaenColor ink;              /* text, arrows, dots, filled boxes */
  PhaenColor rules;            /* table rules and outlines */
  double     line_width_scale; /* 1.0: the widths of the printed page */
} PhaenRenderStyle;

/* The printed page: black ink and rules on the sheet itself. Painting
 * with it gives the bytes the PDF has always had. */
const PhaenRenderStyle *phaen_render_style_print (void);

/* ---- The render context ---- */

typedef struct _PhaenRenderJob PhaenRenderJob;
typedef struct _PhaenLineBreaker PhaenLineBreaker;

typedef struct
{
  PhaenPlan    *plan;           /* borrowed */
  PangoContext *pango;          /* absolute sizes in points; no hinting by default */
  char         *requested_family;
  char         *family;         /* the family Pango actually loaded */
  /* Multiply TH Sarabun point sizes by this for the loaded face
   * (1.0 for TH Sarabun New/PSK, about 0.66 for Laksaman, ...). */
  double        size_scale;
  gboolean      thai_digits;
  PhaenPd02Flow pd02_flow;      /* resolved: never PHAEN_PD02_FROM_PLAN */
  /* Layouts of phaen_render_text_shared(), by text and style (private). */
  GHashTable   *shared_layouts;
  /* Progress and cancellation of the running layout, or NULL (private). */
  PhaenRenderJob *job;
  /* Where lines may break: the word list, the plan's names (private). */
  PhaenLineBreaker *breaker;
  /* The plan's emblems decoded (by PhaenEmblemKind), NULL for none or
   * for one that cannot be decoded (a warning says so). */
  PhaenEmblemImage *emblems[PHAEN_EMBLEM_N_KINDS];
} PhaenRenderContext;

/* Resolves the font (options->font_family, else TH Sarabun New,
 * TH SarabunPSK, Sarabun, Laksaman: the first one Pango really loads),
 * checks which family was loaded, and appends a warning (char*) to
 * @warnings when the requested family was not available. The context has
 * its own font map at 72 dpi without hinting: the printed geometry. */
PhaenRenderContext *phaen_render_context_new  (PhaenPlan                *plan,
                                               const PhaenRenderOptions *options,
                                               GPtrArray                *warnings,
                                               GError                  **error);
/* The same over a caller's font map (e.g. the one a widget draws with):
 * a new Pango context of @font_map with the print settings, so the pages
 * break exactly as in the PDF while the fonts are shared. */
PhaenRenderContext *phaen_render_context_new_for_font_map (PhaenPlan                *plan,
                                                           const PhaenRenderOptions *options,
                                                           PangoFontMap             *font_map,
                                                           GPtrArray                *warnings,
                                                           GError                  **error);
/* The same over a caller's Pango context, used as it is (a reference is
 * taken). Sizes are absolute, so its resolution does not matter; hinted
 * metrics round glyph advances and may break lines and pages
 * differently from the PDF. */
PhaenRenderContext *phaen_render_context_new_for_pango (PhaenPlan                *plan,
                                                        const PhaenRenderOptions *options,
                                                        PangoContext             *pango,
                                                        GPtrArray                *warnings,
                                                        GError                  **error);
void                phaen_render_context_free (PhaenRenderContext    *ctx);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenRenderContext, phaen_render_context_free)

/* @text with digits converted per ctx->thai_digits. */
char        *phaen_render_digits (PhaenRenderContext *ctx,
                                  const char         *text);

typedef enum
{
  PHAEN_TEXT_BOLD      = 1 << 0,
  PHAEN_TEXT_CENTER    = 1 << 1,
  PHAEN_TEXT_RIGHT     = 1 << 2,
  PHAEN_TEXT_JUSTIFY   = 1 << 3,
  PHAEN_TEXT_NO_DIGITS = 1 << 4,   /* keep the digits as they are */
} PhaenTextFlags;

/* A layout of @text at @size_pt TH Sarabun points (converted for the loaded
 * face), wrapped at Thai word boundaries to @width points (-1: no wrap),
 * user line breaks kept, digits converted unless PHAEN_TEXT_NO_DIGITS.
 * Heights must be taken from logical extents (never ink). */
PangoLayout *phaen_render_text   (PhaenRenderContext *ctx,
                                  const char         *text,
                                  double              size_pt,
                                  PhaenTextFlags      flags,
                                  double              width);
/* The same as phaen_render_text(), but a repeated text (a unit name, a
 * table header, a title line printed on every page) is laid out once per
 * context: the result is a new reference to a layout that other callers
 * share, which must never be modified (copy it first). */
PangoLayout *phaen_render_text_shared (PhaenRenderContext *ctx,
                                       const char         *text,
                                       double              size_pt,
                                       PhaenTextFlags      flags,
                                       double              width);
/* Justification. A text made with PHAEN_TEXT_JUSTIFY is not justified
 * by Pango (which only stretches spaces: a Thai line, with few spaces,
 * gets holes) but when it is painted, the Thai way: the room left on a
 * line is spread evenly over the gaps between its grapheme clusters
 * (spaces included). The last line of a paragraph stays as it is, and
 * so does a line that would need more than PHAEN_JUSTIFY_MAX_GAP em in
 * each gap: ragged looks better than letters pulled apart. Line breaks
 * and heights are those of the unjustified text.
 *
 * For line @line of @layout: the space (points) added in each gap, 0 for
 * a line left as it is; @n_gaps (nullable) receives the number of gaps
 * and @natural (nullable) the line's width before. */
#define PHAEN_JUSTIFY_MAX_GAP 0.15
gboolean     phaen_render_text_is_justified (PangoLayout *layout);
double       phaen_render_line_gap          (PangoLayout *layout,
                                             int          line,
                                             guint       *n_gaps,
                                             double      *natural);

/* Logical height in points of @layout. */
double       phaen_render_text_height (PangoLayout *layout);
/* Baseline (points from the top) and logical height of the first line. */
void         phaen_render_text_first_line (PangoLayout *layout,
                                           double      *baseline,
                                           double      *height);

G_END_DECLS
