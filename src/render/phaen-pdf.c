/* phaen-pdf.c: placeholder until the renderer lands (issue 3). */
#include "config.h"

#include "phaen-pdf.h"

G_DEFINE_QUARK (phaen-render-error-quark, phaen_render_error)

GBytes *
phaen_pdf_render (PhaenPlan             *plan,
                  const PhaenPdfOptions *options,
                  GPtrArray             *warnings,
                  guint                 *n_pages,
                  GError               **error)
{
  g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                       "PDF export is not available yet");
  return NULL;
}
