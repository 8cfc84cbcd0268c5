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
#include "phaen-render-private.h"
#include "phaen-render-task.h"

/* The document's date: the announcement date, else 1 October of the
 * fiscal year; not valid when neither is known. */
static void
document_date (PhaenPlan *plan,
               GDate     *date)
{
  const char *iso = phaen_plan_get_text (plan, "announcement-date");

  g_date_clear (date, 1);
  if (iso[0] == '\0' || !phaen_date_parse_iso (iso, date, NULL) || !g_date_valid (date))
    {
      GDate last;

      g_date_clear (&last, 1);
      phaen_fiscal_year_range (phaen_plan_get_fiscal_year (plan), date, &last);
    }
}

/* The plan document's metadata, or another document's (the monitoring
 * report) when @other_title is not NULL. */
static void
set_metadata (cairo_surface_t    *surface,
              PhaenRenderContext *ctx,
              const char         *other_title,
              const char         *other_subject)
{
  PhaenPlan *plan = ctx->plan;
  g_autofree char *title = other_title != NULL ? phaen_render_digits (ctx, other_title)
                                                : phaen_front_document_title (ctx);
  g_autofree char *subject = NULL;
  g_autofree char *subject_raw = NULL;
  GDate date;
  const char *organisation = phaen_plan_get_organisation_name (plan);

  subject_raw = g_strdup_printf ("บัญชีโครงการ/กิจกรรม/งบประมาณที่ดำเนินการจริงในพื้นที่ "
                                 "ประจำปีงบประมาณ พ.ศ. %u",
                                 phaen_plan_get_fiscal_year (plan));
  subject = phaen_render_digits (ctx, other_title != NULL ? other_subject : subject_raw);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (organisation[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  other_title != NULL ? "ติดตามและประเมินผล, แผนการดำเนินงาน"
                                                      : "แผนการดำเนินงาน, ผด.01, ผด.02");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Phaen " PACKAGE_VERSION);
  document_date (plan, &date);
  phaen_render_pdf_set_date (surface, &date);
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

/* Writes @pages as a PDF; NULL when cairo fails or the job is cancelled.
 * Each page's painting operations are released once it is written. */
static GBytes *
write_pdf (PhaenRenderContext *ctx,
           GPtrArray          *pages,
           const char         *other_title,
           const char         *other_subject,
           GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  PhaenPage *first = g_ptr_array_index (pages, 0);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean cancelled = FALSE;
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };

  surface = cairo_pdf_surface_create_for_stream (phaen_render_append_cb, bytes, first->width, first->height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, ctx, other_title, other_subject);

  /* Laid out: a page's texts are freed once it is written (below). */
  phaen_render_context_forget_shared (ctx);

  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len && !cancelled; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      cairo_pdf_surface_set_size (surface, page->width, page->height);
      add_outline (surface, page, i + 1, parents, G_N_ELEMENTS (parents));
      phaen_page_paint (page, cr, phaen_render_style_print ());
      cairo_show_page (cr);
      /* Painted: the PDF surface has its own copy of what it needs. */
      phaen_page_release_ops (page);
      cancelled = !phaen_render_job_page_written (ctx);
    }

  status = phaen_render_surface_close (cr, surface);

  if (phaen_render_job_cancelled (ctx, error))
    return NULL;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                   _("The PDF could not be written: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
phaen_pdf_render_full (PhaenPlan                *plan,
                       const PhaenRenderOptions *options,
                       GCancellable             *cancellable,
                       PhaenProgressFunc         progress,
                       gpointer                  progress_data,
                       GPtrArray                *warnings,
                       guint                    *n_pages,
                       GError                  **error)
{
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  PhaenRenderJob job;
  GBytes *bytes;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_pages != NULL)
    *n_pages = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  ctx = phaen_render_context_new (plan, options, warnings, error);
  if (ctx == NULL)
    return NULL;

  phaen_render_job_start (ctx, &job, cancellable, progress, progress_data, 2);
  pages = phaen_document_layout (ctx);
  if (pages == NULL)
    {
      if (!phaen_render_job_cancelled (ctx, error))
        g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                             _("The document has no pages"));
      phaen_render_job_finish (ctx);
      return NULL;
    }
  if (pages->len == 0)
    {
      g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                           _("The document has no pages"));
      phaen_render_job_finish (ctx);
      return NULL;
    }

  bytes = write_pdf (ctx, pages, NULL, NULL, error);
  phaen_render_job_finish (ctx);

  if (bytes != NULL && n_pages != NULL)
    *n_pages = pages->len;

  g_clear_pointer (&pages, g_ptr_array_unref);
  g_clear_pointer (&ctx, phaen_render_context_free);
  phaen_render_return_memory ();

  return bytes;
}

GBytes *
phaen_pdf_write_pages (PhaenRenderContext *ctx,
                       GPtrArray          *pages,
                       const char         *title,
                       const char         *subject,
                       guint              *n_pages,
                       GError            **error)
{
  GBytes *bytes;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);
  g_return_val_if_fail (pages != NULL && pages->len > 0, NULL);
  g_return_val_if_fail (title != NULL && subject != NULL, NULL);

  bytes = write_pdf (ctx, pages, title, subject, error);
  if (bytes != NULL && n_pages != NULL)
    *n_pages = pages->len;

  g_ptr_array_unref (pages);
  phaen_render_context_free (ctx);
  phaen_render_return_memory ();

  return bytes;
}

GBytes *
phaen_pdf_render (PhaenPlan                *plan,
                  const PhaenRenderOptions *options,
                  GPtrArray                *warnings,
                  guint                    *n_pages,
                  GError                  **error)
{
  return phaen_pdf_render_full (plan, options, NULL, NULL, NULL, warnings, n_pages, error);
}

/* ---- Export in a worker thread ---- */

static GBytes *
export_render_cb (PhaenRenderTask *job,
                  GCancellable    *cancellable,
                  GError         **error)
{
  return phaen_pdf_render_full (job->plan, job->options, cancellable,
                                job->progress, job->progress_data,
                                job->warnings, &job->n_pages, error);
}

void
phaen_pdf_export_async (PhaenPlan                *plan,
                        const PhaenRenderOptions *options,
                        GFile                    *out,
                        GCancellable             *cancellable,
                        PhaenProgressFunc         progress,
                        gpointer                  progress_data,
                        GAsyncReadyCallback       callback,
                        gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (out));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, 0, out, cancellable, progress, progress_data,
                                callback, user_data, phaen_pdf_export_async,
                                "[phaen] export PDF");
  phaen_render_task_run_export (task, export_render_cb);
}

gboolean
phaen_pdf_export_finish (GAsyncResult  *result,
                         guint         *n_pages,
                         GPtrArray    **warnings,
                         GError       **error)
{
  return phaen_render_task_export_finish (result, phaen_pdf_export_async, n_pages, warnings, error);
}
