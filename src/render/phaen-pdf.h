/* phaen-pdf.h: the official plan document as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_RENDER_ERROR (phaen_render_error_quark ())

typedef enum
{
  PHAEN_RENDER_ERROR_FAILED,
  PHAEN_RENDER_ERROR_FONT,
} PhaenRenderError;

GQuark phaen_render_error_quark (void);

typedef enum
{
  PHAEN_DIGITS_FROM_PLAN,   /* the plan's "thai-digits" setting */
  PHAEN_DIGITS_THAI,
  PHAEN_DIGITS_ARABIC,
} PhaenDigits;

typedef struct
{
  PhaenDigits  digits;
  const char  *font_family;   /* NULL: TH Sarabun New, TH SarabunPSK, Sarabun, Laksaman */
} PhaenPdfOptions;

/* Renders the whole document. Returns the PDF bytes, or NULL with an
 * error. Human-readable warnings (e.g. "font X is not installed; using
 * Laksaman") are appended to @warnings (may be NULL) as char*.
 * Output is deterministic: the same plan gives byte-identical bytes. */
GBytes *phaen_pdf_render (PhaenPlan             *plan,
                          const PhaenPdfOptions *options,
                          GPtrArray             *warnings,
                          guint                 *n_pages,
                          GError               **error);

G_END_DECLS
