/* phaen-start-page.c: what a window shows before a plan is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three ways in (new plan, open, import CSV) and the recent plans from
 * GtkRecentManager, each shown by organisation and fiscal year. The
 * buttons only activate the window's actions.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-start-page.h"

#include "io/phaen-xml.h"

#define MAX_RECENT 8

struct _PhaenStartPage
{
  AdwBin            parent_instance;

  GtkListBox       *recent_list;
  AdwPreferencesGroup *recent_group;
  GtkRecentManager *manager;
};

G_DEFINE_FINAL_TYPE (PhaenStartPage, phaen_start_page, ADW_TYPE_BIN)

static gboolean
is_plan (GtkRecentInfo *info)
{
  const char *mime = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  return g_strcmp0 (mime, PHAEN_MIME_TYPE) == 0 ||
         g_str_has_suffix (uri, PHAEN_FILE_EXTENSION);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

static void
reload_recent (PhaenStartPage *self)
{
  GList *items = gtk_recent_manager_get_items (self->manager);
  GList *plans = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL; l = l->next)
    if (is_plan (l->data) && gtk_recent_info_exists (l->data))
      plans = g_list_prepend (plans, l->data);
  plans = g_list_sort (plans, compare_recent);

  for (GList *l = plans; l != NULL && shown < MAX_RECENT; l = l->next, shown++)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autofree char *where = g_file_get_parse_name (file);
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (row, where);
      adw_action_row_add_suffix (row, arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
      gtk_list_box_append (self->recent_list, GTK_WIDGET (row));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
  g_list_free (plans);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
recent_row_activated_cb (GtkListBox     *list,
                         GtkListBoxRow  *row,
                         PhaenStartPage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");

  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-uri", "s", uri);
}

static void
phaen_start_page_dispose (GObject *object)
{
  PhaenStartPage *self = PHAEN_START_PAGE (object);

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  self->manager = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_START_PAGE);

  G_OBJECT_CLASS (phaen_start_page_parent_class)->dispose (object);
}

static void
phaen_start_page_class_init (PhaenStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenStartPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PhaenStartPage, recent_group);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
}

static void
phaen_start_page_init (PhaenStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->manager = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->manager, "changed", G_CALLBACK (reload_recent), self);
  reload_recent (self);
}

void
phaen_start_page_add_recent (GFile      *file,
                             const char *title)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = (char *) title,
    .description = NULL,
    .mime_type = (char *) PHAEN_MIME_TYPE,
    .app_name = (char *) "Phaen",
    .app_exec = (char *) "phaen %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}
