/* phaen-render.h: what every part of the document renderer shares: units,
 * fonts, digits and Thai text layout. cairo + Pango only, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "model/phaen-plan.h"
#include "phaen-pdf.h"

G_BEGIN_DECLS

/* All geometry is in PDF points (1/72 inch). */
#define PHAEN_MM(mm) ((mm) * 72.0 / 25.4)
#define PHAEN_A4_SHORT PHAEN_MM (210.0)
#define PHAEN_A4_LONG  PHAEN_MM (297.0)

typedef struct
{
  PhaenPlan    *plan;           /* borrowed */
  PangoContext *pango;          /* 72 dpi, no hinting */
  char         *requested_family;
  char         *family;         /* the family Pango actually loaded */
  /* Multiply TH Sarabun point sizes by this for the loaded face
   * (1.0 for TH Sarabun New/PSK, about 0.66 for Laksaman, ...). */
  double        size_scale;
  gboolean      thai_digits;
  /* Layouts of phaen_render_text_shared(), by text and style (private). */
  GHashTable   *shared_layouts;
} PhaenRenderContext;

/* Resolves the font (options->font_family, else TH Sarabun New,
 * TH SarabunPSK, Sarabun, Laksaman: the first one Pango really loads),
 * checks which family was loaded, and appends a warning (char*) to
 * @warnings when the requested family was not available. */
PhaenRenderContext *phaen_render_context_new  (PhaenPlan             *plan,
                                               const PhaenPdfOptions *options,
                                               GPtrArray             *warnings,
                                               GError               **error);
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
/* Logical height in points of @layout. */
double       phaen_render_text_height (PangoLayout *layout);
/* Baseline (points from the top) and logical height of the first line. */
void         phaen_render_text_first_line (PangoLayout *layout,
                                           double      *baseline,
                                           double      *height);

G_END_DECLS
