/* phaen-pdf.c: the plan document as PDF
 *
 * The bytes depend on the plan only: the dates in the metadata come from
 * the plan (announcement date, else the first day of the fiscal year),
 * never from the clock, so exporting the same plan twice gives the same
 * file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>

#include "model/phaen-fiscal.h"
#include "phaen-document.h"
#include "phaen-front.h"
#include "phaen-pdf.h"
#include "phaen-render.h"

G_DEFINE_QUARK (phaen-render-error-quark, phaen_render_error)

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The document's date as PDF metadata wants it ("2025-09-30T00:00:00+07:00",
 * Thai time): the announcement date, else 1 October of the fiscal year. */
static char *
document_date (PhaenPlan *plan)
{
  const char *iso = phaen_plan_get_text (plan, "announcement-date");
  GDate date;

  g_date_clear (&date, 1);
  if (iso[0] == '\0' || !phaen_date_parse_iso (iso, &date, NULL) || !g_date_valid (&date))
    {
      GDate last;

      g_date_clear (&last, 1);
      phaen_fiscal_year_range (phaen_plan_get_fiscal_year (plan), &date, &last);
    }

  if (!g_date_valid (&date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02uT00:00:00+07:00",
                          (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_day (&date));
}

static void
set_metadata (cairo_surface_t    *surface,
              PhaenRenderContext *ctx)
{
  PhaenPlan *plan = ctx->plan;
  g_autofree char *title = phaen_front_document_title (ctx);
  g_autofree char *subject = NULL;
  g_autofree char *subject_raw = NULL;
  g_autofree char *date = document_date (plan);
  const char *organisation = phaen_plan_get_organisation_name (plan);

  subject_raw = g_strdup_printf ("บัญชีโครงการ/กิจกรรม/งบประมาณที่ดำเนินการจริงในพื้นที่ "
                                 "ประจำปีงบประมาณ พ.ศ. %u",
                                 phaen_plan_get_fiscal_year (plan));
  subject = phaen_render_digits (ctx, subject_raw);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (organisation[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  "แผนการดำเนินงาน, ผด.01, ผด.02");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Phaen " PACKAGE_VERSION);
  if (date != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

/* Adds @page's bookmark under the last bookmark of a lower level. */
static void
add_outline (cairo_surface_t *surface,
             PhaenPage       *page,
             guint            page_number,
             int             *parents,
             guint            n_parents)
{
  g_autofree char *link = NULL;
  guint level;
  int parent;
  int id;

  if (page->bookmark == NULL)
    return;

  level = CLAMP (page->bookmark_level, 1, n_parents - 1);
  /* Nest under the closest open bookmark above this level. */
  parent = CAIRO_PDF_OUTLINE_ROOT;
  for (guint l = level - 1; l >= 1; l--)
    if (parents[l] != CAIRO_PDF_OUTLINE_ROOT)
      {
        parent = parents[l];
        break;
      }

  link = g_strdup_printf ("page=%u pos=[0 0]", page_number);
  id = cairo_pdf_surface_add_outline (surface, parent, page->bookmark, link,
                                      level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

  parents[level] = id;
  for (guint l = level + 1; l < n_parents; l++)
    parents[l] = CAIRO_PDF_OUTLINE_ROOT;
}

GBytes *
phaen_pdf_render (PhaenPlan             *plan,
                  const PhaenPdfOptions *options,
                  GPtrArray             *warnings,
                  guint                 *n_pages,
                  GError               **error)
{
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_pages != NULL)
    *n_pages = 0;

  ctx = phaen_render_context_new (plan, options, warnings, error);
  if (ctx == NULL)
    return NULL;

  pages = phaen_document_layout (ctx);
  if (pages == NULL || pages->len == 0)
    {
      g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                           _("The document has no pages"));
      return NULL;
    }

  bytes = g_byte_array_new ();
  {
    PhaenPage *first = g_ptr_array_index (pages, 0);

    surface = cairo_pdf_surface_create_for_stream (write_cb, bytes,
                                                   first->width, first->height);
  }
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, ctx);

  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      cairo_pdf_surface_set_size (surface, page->width, page->height);
      add_outline (surface, page, i + 1, parents, G_N_ELEMENTS (parents));
      phaen_page_paint (page, cr);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                   _("The PDF could not be written: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  if (n_pages != NULL)
    *n_pages = pages->len;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
