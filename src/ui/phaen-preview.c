/* phaen-preview.c: the official pages as they will print, following edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is laid out by render's phaen_document_new_async() in a
 * worker thread on a snapshot of the plan, so typing never waits for it:
 * a layout starts half a second after the last edit while the preview is
 * on screen (the previous one is cancelled), and the pages shown stay
 * until the new layout is ready. Pages and thumbnails are GtkListViews
 * that create widgets only for the visible pages; each is painted by the
 * PDF's painter. The same view shows the monitoring reports, laid out by
 * render's phaen_report_document_new_async() in the same way.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-page-view.h"
#include "phaen-preview.h"

#include "render/phaen-report-pages.h"

#define LAYOUT_DELAY_MS 500
#define THUMBNAIL_ZOOM 0.16

static const double zoom_levels[] = { 0.4, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0 };

struct _PhaenPreview
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkDropDown   *document_choice;
  GtkLabel      *zoom_label;
  GtkWidget     *project_button;
  GtkLabel      *status_label;
  GtkSpinner    *spinner;
  GtkListView   *thumbnails;
  GtkListView   *pages;

  GtkStringList *labels;      /* one per page: its printed number */
  GHashTable    *bound;       /* GtkListItem → TRUE, the page widgets alive */
  PhaenPlan     *plan;
  PhaenProject  *project;
  PhaenDocument *document;
  GCancellable  *cancellable;
  guint          delay_id;
  guint          scroll_id;       /* tick callback on the pages */
  guint          scroll_frames;
  guint          zoom_index;
  guint          current_page;
  PhaenPreviewDocument kind;
  guint          stale : 1;
  guint          show_project_when_ready : 1;
};

enum {
  LAID_OUT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenPreview, phaen_preview, GTK_TYPE_WIDGET)

static double
page_zoom (PhaenPreview *self)
{
  return zoom_levels[self->zoom_index];
}

static void
update_item (PhaenPreview *self,
             GtkListItem  *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  gboolean thumbnail = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "phaen-thumbnail"));
  guint index = gtk_list_item_get_position (item);
  GtkWidget *view = thumbnail ? gtk_widget_get_first_child (child) : child;

  phaen_page_view_set_page (PHAEN_PAGE_VIEW (view), self->document, index,
                            thumbnail ? THUMBNAIL_ZOOM : page_zoom (self));
}

static void
update_all (PhaenPreview *self)
{
  GHashTableIter iter;
  gpointer item;
  g_autofree char *zoom = g_strdup_printf ("%u%%", (guint) (page_zoom (self) * 100 + 0.5));

  gtk_label_set_text (self->zoom_label, zoom);
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_item (self, item);
}

/* ---- list items ------------------------------------------------------------ */

static void
setup_page_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PhaenPreview             *self)
{
  GtkWidget *view = phaen_page_view_new ();

  gtk_widget_set_margin_top (view, 12);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_list_item_set_child (item, view);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
setup_thumbnail_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    PhaenPreview             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *view = phaen_page_view_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
  g_object_set_data (G_OBJECT (item), "phaen-thumbnail", GINT_TO_POINTER (TRUE));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         PhaenPreview             *self)
{
  g_hash_table_add (self->bound, item);
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "phaen-thumbnail")))
    {
      GtkWidget *label = gtk_widget_get_last_child (gtk_list_item_get_child (item));
      GtkStringObject *text = gtk_list_item_get_item (item);

      gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (text));
    }
  update_item (self, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PhaenPreview             *self)
{
  g_hash_table_remove (self->bound, item);
}

static GtkListItemFactory *
make_factory (PhaenPreview *self,
              gboolean      thumbnail)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", thumbnail ? G_CALLBACK (setup_thumbnail_cb) : G_CALLBACK (setup_page_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  return factory;
}

/* ---- scrolling ------------------------------------------------------------- */

/* Scrolls once the lists have given the pages their sizes: two frames
 * after the pages changed (a list asked to scroll to an item it has not
 * measured yet stays where it is). */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  PhaenPreview *self = data;

  if (++self->scroll_frames < 2)
    return G_SOURCE_CONTINUE;
  self->scroll_id = 0;
  gtk_widget_activate_action (GTK_WIDGET (self->pages), "list.scroll-to-item", "u", self->current_page);
  gtk_widget_activate_action (GTK_WIDGET (self->thumbnails), "list.scroll-to-item", "u", self->current_page);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (self->thumbnails)),
                                     self->current_page);
  return G_SOURCE_REMOVE;
}

static void
scroll_to (PhaenPreview *self,
           guint         index)
{
  self->current_page = index;
  self->scroll_frames = 0;
  if (self->scroll_id == 0)
    self->scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->pages), scroll_tick_cb, self, NULL);
}

static void
thumbnail_activated_cb (PhaenPreview *self,
                        guint         position)
{
  scroll_to (self, position);
}

gboolean
phaen_preview_show_project (PhaenPreview *self)
{
  gint index;

  g_return_val_if_fail (PHAEN_IS_PREVIEW (self), FALSE);

  if (self->project == NULL)
    return FALSE;
  if (self->document == NULL || self->stale)
    {
      /* Go there once the pages are ready. */
      self->show_project_when_ready = TRUE;
      return FALSE;
    }
  index = phaen_document_find_project_page (self->document, phaen_project_get_id (self->project));
  if (index < 0)
    return FALSE;
  scroll_to (self, index);
  return TRUE;
}

static void
show_project_cb (PhaenPreview *self)
{
  phaen_preview_show_project (self);
}

/* ---- layout --------------------------------------------------------------- */

/* A layout in flight and the kind of document it makes. */
typedef struct
{
  PhaenPreview         *self;
  PhaenPreviewDocument  kind;
} Layout;

static Layout *
layout_new (PhaenPreview *self)
{
  Layout *layout = g_new0 (Layout, 1);

  layout->self = g_object_ref (self);
  layout->kind = self->kind;
  return layout;
}

static void
layout_free (Layout *layout)
{
  g_object_unref (layout->self);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Layout, layout_free)

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Layout) layout = user_data;
  PhaenPreview *self = layout->self;
  g_autoptr(PhaenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *status = NULL;
  guint n_pages, n_old;

  if (layout->kind == PHAEN_PREVIEW_PLAN)
    document = phaen_document_new_finish (result, NULL, &error);
  else
    document = phaen_report_document_new_finish (result, NULL, &error);
  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !gtk_widget_in_destruction (GTK_WIDGET (self)))
        {
          gtk_spinner_stop (self->spinner);
          gtk_label_set_text (self->status_label, error->message);
        }
      return;
    }
  /* Laid out before another document was chosen. */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || layout->kind != self->kind)
    return;

  gtk_spinner_stop (self->spinner);
  g_set_object (&self->document, document);
  n_pages = phaen_document_get_n_pages (document);
  labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_pages; i++)
    {
      char *label = phaen_document_dup_page_label (document, i);

      g_ptr_array_add (labels, label != NULL ? label : g_strdup (""));
    }
  g_ptr_array_add (labels, NULL);

  /* The same number of pages: the widgets stay, and are repainted. */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->labels));
  if (n_old != n_pages)
    gtk_string_list_splice (self->labels, 0, n_old, (const char * const *) labels->pdata);
  update_all (self);

  status = g_strdup_printf (ngettext ("%u page", "%u pages", n_pages), n_pages);
  gtk_label_set_text (self->status_label, status);
  if (self->show_project_when_ready)
    {
      self->show_project_when_ready = FALSE;
      phaen_preview_show_project (self);
    }
  g_signal_emit (self, signals[LAID_OUT], 0);
}

static void
start_layout (PhaenPreview *self)
{
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autoptr(GSettings) settings = g_settings_new ("org.phaen.Phaen");
  g_autofree char *font = g_settings_get_string (settings, "default-font");

  /* The document font of the Preferences, as for the PDF. */
  if (*font != '\0')
    options.font_family = font;
  if (self->plan == NULL)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->stale = FALSE;
  gtk_spinner_start (self->spinner);
  gtk_label_set_text (self->status_label, _("Laying out the pages…"));
  if (self->kind == PHAEN_PREVIEW_PLAN)
    phaen_document_new_async (self->plan, &options, self->cancellable, NULL, NULL,
                              layout_done_cb, layout_new (self));
  else
    phaen_report_document_new_async (self->plan,
                                     self->kind == PHAEN_PREVIEW_REPORT_6 ? PHAEN_REPORT_ROUND_6_MONTHS
                                                                          : PHAEN_REPORT_ROUND_12_MONTHS,
                                     &options, self->cancellable, layout_done_cb, layout_new (self));
}

static void
document_choice_cb (PhaenPreview *self)
{
  guint selected = gtk_drop_down_get_selected (self->document_choice);

  if (selected <= PHAEN_PREVIEW_REPORT_12)
    phaen_preview_set_document_kind (self, selected);
}

static gboolean
delay_cb (gpointer data)
{
  PhaenPreview *self = data;

  self->delay_id = 0;
  start_layout (self);
  return G_SOURCE_REMOVE;
}

static void
plan_changed_cb (PhaenPreview *self)
{
  self->stale = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  g_clear_handle_id (&self->delay_id, g_source_remove);
  self->delay_id = g_timeout_add (LAYOUT_DELAY_MS, delay_cb, self);
}

static void
phaen_preview_map (GtkWidget *widget)
{
  PhaenPreview *self = PHAEN_PREVIEW (widget);

  GTK_WIDGET_CLASS (phaen_preview_parent_class)->map (widget);
  if (self->stale)
    start_layout (self);
}

/* ---- zoom ------------------------------------------------------------------- */

void
phaen_preview_zoom (PhaenPreview *self,
                    int           direction)
{
  g_return_if_fail (PHAEN_IS_PREVIEW (self));

  if (direction > 0 && self->zoom_index + 1 < G_N_ELEMENTS (zoom_levels))
    self->zoom_index++;
  else if (direction < 0 && self->zoom_index > 0)
    self->zoom_index--;
  else if (direction == 0)
    self->zoom_index = 3;
  update_all (self);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  phaen_preview_zoom (PHAEN_PREVIEW (widget), g_variant_get_int32 (parameter));
}

/* ---- GObject ----------------------------------------------------------------- */

static void
phaen_preview_dispose (GObject *object)
{
  PhaenPreview *self = PHAEN_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->delay_id, g_source_remove);
  if (self->scroll_id != 0 && self->pages != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->pages), self->scroll_id);
  self->scroll_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_PREVIEW);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_object (&self->labels);
  g_clear_object (&self->document);
  g_clear_object (&self->project);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_preview_parent_class)->dispose (object);
}

static void
phaen_preview_class_init (PhaenPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_preview_dispose;
  widget_class->map = phaen_preview_map;

  signals[LAID_OUT] =
    g_signal_new ("laid-out", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, box);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, document_choice);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, project_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, status_label);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, thumbnails);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreview, pages);
  gtk_widget_class_bind_template_callback (widget_class, thumbnail_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_project_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_choice_cb);

  gtk_widget_class_install_action (widget_class, "preview.zoom", "i", zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom", "i", 0);
}

static void
phaen_preview_init (PhaenPreview *self)
{
  g_autoptr(GtkListItemFactory) page_factory = NULL;
  g_autoptr(GtkListItemFactory) thumbnail_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound = g_hash_table_new (NULL, NULL);
  self->labels = gtk_string_list_new (NULL);
  self->zoom_index = 3;
  self->stale = TRUE;

  page_factory = make_factory (self, FALSE);
  thumbnail_factory = make_factory (self, TRUE);
  gtk_list_view_set_factory (self->pages, page_factory);
  gtk_list_view_set_factory (self->thumbnails, thumbnail_factory);
  gtk_list_view_set_model (self->pages,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->labels)))));
  gtk_list_view_set_model (self->thumbnails,
                           GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->labels)))));
  gtk_widget_set_sensitive (self->project_button, FALSE);
  update_all (self);
}

GtkWidget *
phaen_preview_new (void)
{
  return g_object_new (PHAEN_TYPE_PREVIEW, NULL);
}

void
phaen_preview_set_plan (PhaenPreview *self,
                        PhaenPlan    *plan)
{
  g_return_if_fail (PHAEN_IS_PREVIEW (self));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_layout (self);
}

void
phaen_preview_set_project (PhaenPreview *self,
                           PhaenProject *project)
{
  g_return_if_fail (PHAEN_IS_PREVIEW (self));

  g_set_object (&self->project, project);
  gtk_widget_set_sensitive (self->project_button, project != NULL);
}

void
phaen_preview_set_document_kind (PhaenPreview         *self,
                                 PhaenPreviewDocument  kind)
{
  g_return_if_fail (PHAEN_IS_PREVIEW (self));
  g_return_if_fail (kind <= PHAEN_PREVIEW_REPORT_12);

  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_drop_down_set_selected (self->document_choice, kind);

  /* The pages of the other document go at once. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_object (&self->document);
  gtk_string_list_splice (self->labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->labels)), NULL);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_layout (self);
}

PhaenPreviewDocument
phaen_preview_get_document_kind (PhaenPreview *self)
{
  g_return_val_if_fail (PHAEN_IS_PREVIEW (self), PHAEN_PREVIEW_PLAN);
  return self->kind;
}

PhaenDocument *
phaen_preview_get_document (PhaenPreview *self)
{
  g_return_val_if_fail (PHAEN_IS_PREVIEW (self), NULL);
  return self->document;
}

guint
phaen_preview_get_current_page (PhaenPreview *self)
{
  g_return_val_if_fail (PHAEN_IS_PREVIEW (self), 0);
  return self->current_page;
}
