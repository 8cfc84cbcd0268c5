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

#include "io/phaen-draft.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-start-page.h"
#include "phaen-ui-bridge.h"

#include "io/phaen-xml.h"

#define MAX_RECENT 8

struct _PhaenStartPage
{
  AdwBin            parent_instance;

  GtkListBox       *recent_list;
  GtkListBox       *drafts_list;
  GtkWidget        *drafts_group;
  guint             n_drafts;
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

/* The title in the language of the desktop now: the entry keeps the
 * organisation and the year (description "YEAR<TAB>ORGANISATION"), the
 * display name only as a fallback for other programs. */
static char *
title_of (GtkRecentInfo *info)
{
  const char *description = gtk_recent_info_get_description (info);
  g_autofree char *year_text = NULL;
  const char *tab;
  guint64 year;

  if (description == NULL || (tab = strchr (description, '\t')) == NULL)
    return g_strdup (gtk_recent_info_get_display_name (info));
  year_text = g_strndup (description, tab - description);
  if (!g_ascii_string_to_unsigned (year_text, 10, 2400, 2700, &year, NULL))
    return g_strdup (gtk_recent_info_get_display_name (info));
  return g_strdup_printf (_("%s, fiscal year %u"), tab + 1, (guint) year);
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

      g_autofree char *title = title_of (info);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
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
  gtk_widget_class_bind_template_child (widget_class, PhaenStartPage, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, PhaenStartPage, drafts_group);
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

static char *
format_time (GDateTime *when)
{
  /* The local date and time in the user's own format. */
  return g_date_time_format (when, "%x %X");
}

void
phaen_start_page_reload_drafts (PhaenStartPage *self,
                                GHashTable     *in_use)
{
  g_autoptr(GPtrArray) drafts = phaen_draft_list ();
  GtkWidget *child;

  g_return_if_fail (PHAEN_IS_START_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list))) != NULL)
    gtk_list_box_remove (self->drafts_list, child);
  self->n_drafts = 0;

  for (guint i = 0; i < drafts->len; i++)
    {
      PhaenDraftInfo *info = g_ptr_array_index (drafts, i);
      AdwActionRow *row;
      GtkWidget *restore, *discard, *box;
      g_autofree char *kept = format_time (info->saved);
      g_autofree char *subtitle = NULL;

      if (in_use != NULL && g_hash_table_contains (in_use, info->id))
        continue;

      if (info->original != NULL && info->original_saved != NULL)
        {
          g_autofree char *name = g_file_get_basename (info->original);
          g_autofree char *saved = format_time (info->original_saved);

          subtitle = g_strdup_printf (_("Kept %s. “%s” was last saved %s."), kept, name, saved);
        }
      else
        subtitle = g_strdup_printf (_("Kept %s. Never saved to a file."), kept);

      row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *info->title != '\0' ? info->title : _("Plan without a name"));
      adw_action_row_set_subtitle (row, subtitle);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      discard = gtk_button_new_with_mnemonic (_("_Discard"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-draft");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (discard), "s", info->id);
      gtk_widget_add_css_class (discard, "destructive-action");
      restore = gtk_button_new_with_mnemonic (_("_Restore"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (restore), "win.restore-draft");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (restore), "s", info->id);
      gtk_widget_add_css_class (restore, "suggested-action");
      gtk_box_append (GTK_BOX (box), discard);
      gtk_box_append (GTK_BOX (box), restore);
      adw_action_row_add_suffix (row, box);
      gtk_list_box_append (self->drafts_list, GTK_WIDGET (row));
      self->n_drafts++;
    }
  gtk_widget_set_visible (self->drafts_group, self->n_drafts > 0);
}

guint
phaen_start_page_get_n_drafts (PhaenStartPage *self)
{
  g_return_val_if_fail (PHAEN_IS_START_PAGE (self), 0);
  return self->n_drafts;
}

void
phaen_start_page_add_recent (GFile      *file,
                             const char *title,
                             const char *organisation,
                             guint       fiscal_year)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *description = g_strdup_printf ("%u\t%s", fiscal_year, organisation);
  GtkRecentData data = {
    .display_name = (char *) title,
    .description = description,
    .mime_type = (char *) PHAEN_MIME_TYPE,
    .app_name = (char *) "Phaen",
    .app_exec = (char *) "phaen %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}
