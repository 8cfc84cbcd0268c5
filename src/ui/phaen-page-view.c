/* phaen-page-view.c: one page of the laid-out document on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints the page's display list with phaen_page_paint(), the painter of
 * the PDF and of the printer, on white paper with a shadow. Its size is the
 * page's (portrait or landscape A4) at the zoom.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "phaen-page-view.h"

struct _PhaenPageView
{
  GtkWidget      parent_instance;

  PhaenDocument *document;
  guint          index;
  double         zoom;
};

G_DEFINE_FINAL_TYPE (PhaenPageView, phaen_page_view, GTK_TYPE_WIDGET)

/* Points to pixels at 96 dpi. */
#define PIXELS_PER_POINT (96.0 / 72.0)

static PhaenPage *
current_page (PhaenPageView *self)
{
  if (self->document == NULL || self->index >= phaen_document_get_n_pages (self->document))
    return NULL;
  return phaen_document_get_page (self->document, self->index);
}

static void
phaen_page_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PhaenPageView *self = PHAEN_PAGE_VIEW (widget);
  PhaenPage *page = current_page (self);
  double points;

  if (page == NULL)
    points = orientation == GTK_ORIENTATION_HORIZONTAL ? 595.3 : 841.9;
  else
    points = orientation == GTK_ORIENTATION_HORIZONTAL ? page->width : page->height;
  *minimum = *natural = (int) (points * PIXELS_PER_POINT * self->zoom + 0.5);
}

static void
phaen_page_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PhaenPageView *self = PHAEN_PAGE_VIEW (widget);
  PhaenPage *page = current_page (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRoundedRect outline;
  GdkRGBA shadow = { 0, 0, 0, 0.3f };
  GdkRGBA white = { 1, 1, 1, 1 };
  cairo_t *cr;
  double scale;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
  gtk_snapshot_append_color (snapshot, &white, &bounds);
  if (page == NULL)
    return;

  scale = width / page->width;
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_scale (cr, scale, scale);
  phaen_page_paint (page, cr, phaen_render_style_print ());
  cairo_destroy (cr);
}

static void
phaen_page_view_dispose (GObject *object)
{
  g_clear_object (&PHAEN_PAGE_VIEW (object)->document);
  G_OBJECT_CLASS (phaen_page_view_parent_class)->dispose (object);
}

static void
phaen_page_view_class_init (PhaenPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_page_view_dispose;
  widget_class->measure = phaen_page_view_measure;
  widget_class->snapshot = phaen_page_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "pageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
phaen_page_view_init (PhaenPageView *self)
{
  self->zoom = 1.0;
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
phaen_page_view_new (void)
{
  return g_object_new (PHAEN_TYPE_PAGE_VIEW, NULL);
}

void
phaen_page_view_set_page (PhaenPageView *self,
                          PhaenDocument *document,
                          guint          index,
                          double         zoom)
{
  gboolean resize;

  g_return_if_fail (PHAEN_IS_PAGE_VIEW (self));

  resize = self->zoom != zoom || self->document != document || self->index != index;
  g_set_object (&self->document, document);
  self->index = index;
  self->zoom = zoom;
  if (resize)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
