/* phaen-print.c: printing the plan's document with the PDF's painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation that lays the document out from a snapshot of the
 * plan in begin-print, gives each page its own A4 orientation in
 * request-page-setup (the front matter portrait, the tables landscape,
 * in one job), and paints each page with phaen_page_paint(), the painter
 * of the PDF, in page coordinates (points from the paper's corner).
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-print.h"
#include "phaen-ui-bridge.h"

#include "render/phaen-document.h"

struct _PhaenPrintOperation
{
  GtkPrintOperation  parent_instance;

  PhaenPlan         *snapshot;
  PhaenDocument     *document;
};

G_DEFINE_FINAL_TYPE (PhaenPrintOperation, phaen_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
phaen_print_operation_begin_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  PhaenPrintOperation *self = PHAEN_PRINT_OPERATION (operation);
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *render;
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autoptr(GSettings) settings = g_settings_new ("org.phaen.Phaen");
  g_autofree char *font = g_settings_get_string (settings, "default-font");

  /* The document font of the Preferences, as for the PDF. */
  if (*font != '\0')
    options.font_family = font;
  render = phaen_render_context_new (self->snapshot, &options, NULL, &error);
  if (render != NULL)
    self->document = phaen_document_new (render, NULL, NULL, NULL, &error);
  if (self->document == NULL)
    {
      g_debug ("Could not lay out the document for printing: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, phaen_document_get_n_pages (self->document));
}

static void
phaen_print_operation_request_page_setup (GtkPrintOperation *operation,
                                          GtkPrintContext   *context,
                                          int                page_nr,
                                          GtkPageSetup      *setup)
{
  PhaenPrintOperation *self = PHAEN_PRINT_OPERATION (operation);
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PhaenPage *page;

  if (self->document == NULL || page_nr < 0 || (guint) page_nr >= phaen_document_get_n_pages (self->document))
    return;
  page = phaen_document_get_page (self->document, page_nr);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, page->orientation == PHAEN_PAGE_LANDSCAPE
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                         : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
phaen_print_operation_draw_page (GtkPrintOperation *operation,
                                 GtkPrintContext   *context,
                                 int                page_nr)
{
  PhaenPrintOperation *self = PHAEN_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->document == NULL)
    return;
  /* The unit is points and the origin the paper's corner (use-full-page):
   * the coordinates of the page's display list. */
  phaen_page_paint (phaen_document_get_page (self->document, page_nr), cr,
                    phaen_render_style_print ());
}

static void
phaen_print_operation_end_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  PhaenPrintOperation *self = PHAEN_PRINT_OPERATION (operation);

  g_clear_object (&self->document);
}

static void
phaen_print_operation_finalize (GObject *object)
{
  PhaenPrintOperation *self = PHAEN_PRINT_OPERATION (object);

  g_clear_object (&self->document);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (phaen_print_operation_parent_class)->finalize (object);
}

static void
phaen_print_operation_class_init (PhaenPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = phaen_print_operation_finalize;
  print_class->begin_print = phaen_print_operation_begin_print;
  print_class->request_page_setup = phaen_print_operation_request_page_setup;
  print_class->draw_page = phaen_print_operation_draw_page;
  print_class->end_print = phaen_print_operation_end_print;
}

static void
phaen_print_operation_init (PhaenPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), FALSE);
}

PhaenPrintOperation *
phaen_print_operation_new (PhaenPlan *plan)
{
  PhaenPrintOperation *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  self = g_object_new (PHAEN_TYPE_PRINT_OPERATION, NULL);
  self->snapshot = phaen_ui_plan_snapshot (plan);
  title = g_strdup_printf (_("Operations plan %s %u"), phaen_plan_get_organisation_name (plan),
                           phaen_plan_get_fiscal_year (plan));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title);
  return self;
}
