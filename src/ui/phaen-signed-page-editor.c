/* phaen-signed-page-editor.c: what the signed pages print beyond the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The announcement is the page that is signed and posted. Its Garuda
 * emblem and the cover's seal are image files the officer chooses once
 * (checked and kept in the plan by the model and render layers); its
 * wording is composed from facts the officer edits here, and the preview
 * below them shows the two paragraphs as they will print. The word list
 * and the ผด.02 flow are settings of the same printed document.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-date-row.h"
#include "phaen-field.h"
#include "phaen-signed-page-editor.h"
#include "phaen-ui-bridge.h"

#include "model/phaen-announcement.h"
#include "model/phaen-flow.h"
#include "model/phaen-words.h"
#include "render/phaen-emblem-image.h"

#define PREVIEW_SIZE 64

struct _PhaenSignedPageEditor
{
  GtkWidget      parent_instance;

  GtkWidget     *page;
  AdwPreferencesGroup *emblem_group;
  AdwPreferencesGroup *facts_group;
  GtkLabel      *emblem_error;
  GtkLabel      *facts_error;
  GtkLabel      *words_error;
  GtkLabel      *paragraph_1;
  GtkLabel      *paragraph_2;
  GtkWidget     *word_row;
  GtkListBox    *words_box;
  AdwComboRow   *flow_row;

  AdwActionRow  *emblem_rows[PHAEN_EMBLEM_N_KINDS];
  GtkPicture    *emblem_pictures[PHAEN_EMBLEM_N_KINDS];
  GtkWidget     *emblem_removes[PHAEN_EMBLEM_N_KINDS];
  GHashTable    *fact_rows;      /* property → row */

  PhaenPlan     *plan;
  char          *words_shown;    /* the "word-list" the list shows */
};

G_DEFINE_FINAL_TYPE (PhaenSignedPageEditor, phaen_signed_page_editor, GTK_TYPE_WIDGET)

static const struct
{
  const char *property;
  const char *title;
  gboolean    is_date;
} facts[] = {
  { "regulation-amendments", N_("Amendments of the regulation cited (e.g. 2/2559, 3/2561)"), FALSE },
  { "regulation-clauses", N_("Clauses cited (e.g. 26, 27)"), FALSE },
  { "budget-ordinance", N_("Budget ordinance (empty: the usual title)"), FALSE },
  { "budget-ordinance-date", N_("Budget ordinance proclaimed on"), TRUE },
  { "considering-body", N_("Draft considered by (empty: the development committee)"), FALSE },
  { "considered-date", N_("Draft considered on"), TRUE },
};

static void
show_error (GtkLabel   *label,
            const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* ---- emblems ---------------------------------------------------------- */

static GdkTexture *
emblem_texture (GBytes *data)
{
  g_autoptr(PhaenEmblemImage) image = phaen_emblem_image_new (data, NULL, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale;
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;

  if (image == NULL)
    return NULL;
  phaen_emblem_image_get_size (image, &width, &height);
  if (width <= 0 || height <= 0)
    return NULL;
  scale = MIN (PREVIEW_SIZE / width, PREVIEW_SIZE / height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PREVIEW_SIZE, PREVIEW_SIZE);
  cr = cairo_create (surface);
  phaen_emblem_image_paint (image, cr, (PREVIEW_SIZE - width * scale) / 2, (PREVIEW_SIZE - height * scale) / 2,
                            width * scale, height * scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * PREVIEW_SIZE);
  texture = gdk_memory_texture_new (PREVIEW_SIZE, PREVIEW_SIZE, GDK_MEMORY_DEFAULT, pixels,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
update_emblem (PhaenSignedPageEditor *self,
               PhaenEmblemKind        kind)
{
  GBytes *data = self->plan != NULL ? phaen_plan_get_emblem (self->plan, kind) : NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *subtitle = NULL;
  guint width = 0, height = 0;

  if (data != NULL)
    texture = emblem_texture (data);
  gtk_picture_set_paintable (self->emblem_pictures[kind], GDK_PAINTABLE (texture));
  gtk_widget_set_visible (self->emblem_removes[kind], data != NULL);
  if (data == NULL)
    subtitle = g_strdup (_("None chosen: the page is printed without it"));
  else
    {
      PhaenImageFormat format = phaen_image_format_sniff (data);
      const char *name = format == PHAEN_IMAGE_FORMAT_PNG ? "PNG"
                       : format == PHAEN_IMAGE_FORMAT_JPEG ? "JPEG" : "SVG";

      if (phaen_image_header_size (data, &width, &height))
        /* TRANSLATORS: "PNG image, 300 × 320 pixels" */
        subtitle = g_strdup_printf (_("%s image, %u × %u pixels"), name, width, height);
      else
        /* TRANSLATORS: "SVG image" */
        subtitle = g_strdup_printf (_("%s image"), name);
    }
  adw_action_row_set_subtitle (self->emblem_rows[kind], subtitle);
}

gboolean
phaen_signed_page_editor_set_emblem_file (PhaenSignedPageEditor *self,
                                          PhaenEmblemKind        kind,
                                          GFile                 *file,
                                          GError               **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), FALSE);
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  /* Choosing a picture is a step of its own, never merged with the last. */
  phaen_ui_history_break_merge (self->plan);
  data = phaen_emblem_load_file (file, NULL, &local_error);
  if (data == NULL || !phaen_plan_edit_set_emblem (self->plan, kind, data, &local_error))
    {
      show_error (self->emblem_error, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  show_error (self->emblem_error, NULL);
  return TRUE;
}

static gboolean
kind_from_parameter (GVariant        *parameter,
                     PhaenEmblemKind *kind)
{
  return parameter != NULL && phaen_emblem_kind_from_string (g_variant_get_string (parameter, NULL), kind);
}

static void
emblem_chosen_cb (GtkNativeDialog       *native,
                  int                    response,
                  PhaenSignedPageEditor *self)
{
  PhaenEmblemKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "phaen-kind"));

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_signed_page_editor_set_emblem_file (self, kind, file, NULL);
    }
  g_object_unref (native);
  g_object_unref (self);
}

static void
choose_emblem_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhaenSignedPageEditor *self = PHAEN_SIGNED_PAGE_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  GtkRoot *root = gtk_widget_get_root (widget);
  PhaenEmblemKind kind;

  if (!kind_from_parameter (parameter, &kind) || self->plan == NULL)
    return;
  native = gtk_file_chooser_native_new (phaen_emblem_kind_get_label (kind),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Images (PNG, JPEG, SVG)"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_set_data (G_OBJECT (native), "phaen-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (native, "response", G_CALLBACK (emblem_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
remove_emblem_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhaenSignedPageEditor *self = PHAEN_SIGNED_PAGE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  PhaenEmblemKind kind;

  if (!kind_from_parameter (parameter, &kind) || self->plan == NULL)
    return;
  phaen_ui_history_break_merge (self->plan);
  if (!phaen_plan_edit_set_emblem (self->plan, kind, NULL, &error))
    show_error (self->emblem_error, error->message);
  else
    show_error (self->emblem_error, NULL);
}

static void
add_emblem_row (PhaenSignedPageEditor *self,
                PhaenEmblemKind        kind)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *keyword = phaen_emblem_kind_to_string (kind);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phaen_emblem_kind_get_label (kind));
  gtk_widget_set_size_request (picture, PREVIEW_SIZE, PREVIEW_SIZE);
  gtk_widget_set_margin_top (picture, 6);
  gtk_widget_set_margin_bottom (picture, 6);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (choose), "signed.choose-emblem");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (choose), "s", keyword);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove the Image"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "signed.remove-emblem");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", keyword);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (self->emblem_group, row);

  self->emblem_rows[kind] = ADW_ACTION_ROW (row);
  self->emblem_pictures[kind] = GTK_PICTURE (picture);
  self->emblem_removes[kind] = remove;
}

/* ---- announcement facts ----------------------------------------------- */

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
update_facts (PhaenSignedPageEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      GtkWidget *row = g_hash_table_lookup (self->fact_rows, facts[i].property);
      const char *value = self->plan != NULL ? phaen_plan_get_text (self->plan, facts[i].property) : "";

      if (facts[i].is_date)
        phaen_date_row_set_date (PHAEN_DATE_ROW (row), value);
      else if (!has_focus_within (row) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), value);
    }
}

static void
update_paragraphs (PhaenSignedPageEditor *self)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (self->plan != NULL)
    {
      first = phaen_plan_dup_announcement_paragraph (self->plan, 0);
      second = phaen_plan_dup_announcement_paragraph (self->plan, 1);
    }
  gtk_label_set_text (self->paragraph_1, first != NULL ? first : "");
  gtk_label_set_text (self->paragraph_2, second != NULL ? second : "");
}

static void
set_fact (PhaenSignedPageEditor *self,
          GtkWidget             *row,
          const char            *value)
{
  const char *property = g_object_get_data (G_OBJECT (row), "phaen-property");
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;
  phaen_ui_history_break_merge (self->plan);
  if (!phaen_plan_edit_set_announcement_fact (self->plan, property, value, &error))
    {
      gtk_widget_add_css_class (row, "error");
      show_error (self->facts_error, error->message);
      return;
    }
  gtk_widget_remove_css_class (row, "error");
  show_error (self->facts_error, NULL);
  /* The canonical form ("2/2559, 3/2561") goes back into the field. */
  if (GTK_IS_EDITABLE (row))
    gtk_editable_set_text (GTK_EDITABLE (row), phaen_plan_get_text (self->plan, property));
}

static void
fact_applied_cb (GtkWidget             *row,
                 PhaenSignedPageEditor *self)
{
  set_fact (self, row, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
fact_date_chosen_cb (GtkWidget             *row,
                     const char            *iso,
                     PhaenSignedPageEditor *self)
{
  set_fact (self, row, iso);
}

static void
add_fact_rows (PhaenSignedPageEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      GtkWidget *row;

      if (facts[i].is_date)
        {
          row = phaen_date_row_new ();
          g_signal_connect (row, "date-chosen", G_CALLBACK (fact_date_chosen_cb), self);
        }
      else
        {
          row = adw_entry_row_new ();
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
          g_signal_connect (row, "apply", G_CALLBACK (fact_applied_cb), self);
          g_signal_connect (row, "entry-activated", G_CALLBACK (fact_applied_cb), self);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(facts[i].title));
      g_object_set_data (G_OBJECT (row), "phaen-property", (gpointer) facts[i].property);
      adw_preferences_group_add (self->facts_group, row);
      g_hash_table_insert (self->fact_rows, (gpointer) facts[i].property, row);
    }
}

/* ---- words ------------------------------------------------------------ */

static void
update_words (PhaenSignedPageEditor *self)
{
  const char *list = self->plan != NULL ? phaen_plan_get_text (self->plan, "word-list") : "";
  g_auto(GStrv) words = NULL;
  GtkWidget *child;

  if (g_strcmp0 (self->words_shown, list) == 0)
    return;
  g_free (self->words_shown);
  self->words_shown = g_strdup (list);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->words_box))) != NULL)
    gtk_list_box_remove (self->words_box, child);
  if (self->plan != NULL)
    words = phaen_plan_dup_words (self->plan);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), words[i]);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove the Word"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "signed.remove-word");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", words[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->words_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->words_box), words != NULL && words[0] != NULL);
}

static void
word_applied_cb (PhaenSignedPageEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->word_row))));
  const char *words[] = { text, NULL };
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || *text == '\0')
    return;
  phaen_ui_history_break_merge (self->plan);
  if (!phaen_plan_edit_add_words (self->plan, words, NULL, &error))
    {
      show_error (self->words_error, error->message);
      return;
    }
  show_error (self->words_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->word_row), "");
}

static void
remove_word_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhaenSignedPageEditor *self = PHAEN_SIGNED_PAGE_EDITOR (widget);
  const char *words[] = { g_variant_get_string (parameter, NULL), NULL };
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;
  phaen_ui_history_break_merge (self->plan);
  if (!phaen_plan_edit_remove_words (self->plan, words, &error))
    show_error (self->words_error, error->message);
  else
    show_error (self->words_error, NULL);
}

/* ---- the plan --------------------------------------------------------- */

static void
plan_changed_cb (PhaenSignedPageEditor *self)
{
  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    update_emblem (self, kind);
  update_facts (self);
  update_paragraphs (self);
  update_words (self);
}

static void
phaen_signed_page_editor_dispose (GObject *object)
{
  PhaenSignedPageEditor *self = PHAEN_SIGNED_PAGE_EDITOR (object);

  if (self->fact_rows != NULL)
    phaen_signed_page_editor_set_plan (self, NULL);
  g_clear_pointer (&self->fact_rows, g_hash_table_unref);
  g_clear_pointer (&self->words_shown, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_SIGNED_PAGE_EDITOR);

  G_OBJECT_CLASS (phaen_signed_page_editor_parent_class)->dispose (object);
}

static void
phaen_signed_page_editor_class_init (PhaenSignedPageEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_signed_page_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-signed-page-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, emblem_group);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, facts_group);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, emblem_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, facts_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, words_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, paragraph_1);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, paragraph_2);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, word_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, words_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenSignedPageEditor, flow_row);

  gtk_widget_class_install_action (widget_class, "signed.choose-emblem", "s", choose_emblem_action);
  gtk_widget_class_install_action (widget_class, "signed.remove-emblem", "s", remove_emblem_action);
  gtk_widget_class_install_action (widget_class, "signed.remove-word", "s", remove_word_action);
}

static void
phaen_signed_page_editor_init (PhaenSignedPageEditor *self)
{
  static const int flows[] = { PHAEN_GROUP_FLOW_PAGE_PER_GROUP, PHAEN_GROUP_FLOW_CONTINUOUS };
  g_autoptr(GtkStringList) flow_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fact_rows = g_hash_table_new (g_str_hash, g_str_equal);

  add_emblem_row (self, PHAEN_EMBLEM_GARUDA);
  add_emblem_row (self, PHAEN_EMBLEM_SEAL);
  add_fact_rows (self);
  g_signal_connect_object (self->word_row, "apply", G_CALLBACK (word_applied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->word_row, "entry-activated", G_CALLBACK (word_applied_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (flows); i++)
    gtk_string_list_append (flow_names, phaen_group_flow_get_label (flows[i]));
  adw_combo_row_set_model (self->flow_row, G_LIST_MODEL (flow_names));
  phaen_field_bind_enum (self->flow_row, "pd02-flow", flows, G_N_ELEMENTS (flows));
  plan_changed_cb (self);
}

GtkWidget *
phaen_signed_page_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_SIGNED_PAGE_EDITOR, NULL);
}

void
phaen_signed_page_editor_set_plan (PhaenSignedPageEditor *self,
                                   PhaenPlan             *plan)
{
  g_return_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  phaen_field_set_target (GTK_WIDGET (self->flow_row), plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  show_error (self->emblem_error, NULL);
  show_error (self->facts_error, NULL);
  show_error (self->words_error, NULL);
  plan_changed_cb (self);
}

const char *
phaen_signed_page_editor_get_error (PhaenSignedPageEditor *self,
                                    const char            *group)
{
  GtkLabel *label;

  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), NULL);

  if (g_strcmp0 (group, "emblems") == 0)
    label = self->emblem_error;
  else if (g_strcmp0 (group, "facts") == 0)
    label = self->facts_error;
  else if (g_strcmp0 (group, "words") == 0)
    label = self->words_error;
  else
    g_return_val_if_reached (NULL);
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

GtkWidget *
phaen_signed_page_editor_get_fact_row (PhaenSignedPageEditor *self,
                                       const char            *property)
{
  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fact_rows, property);
}

GtkWidget *
phaen_signed_page_editor_get_word_row (PhaenSignedPageEditor *self)
{
  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), NULL);
  return self->word_row;
}

const char *
phaen_signed_page_editor_get_paragraph (PhaenSignedPageEditor *self,
                                        guint                  index)
{
  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), NULL);
  return gtk_label_get_text (index == 0 ? self->paragraph_1 : self->paragraph_2);
}

gboolean
phaen_signed_page_editor_has_preview (PhaenSignedPageEditor *self,
                                      PhaenEmblemKind        kind)
{
  g_return_val_if_fail (PHAEN_IS_SIGNED_PAGE_EDITOR (self), FALSE);
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, FALSE);
  return gtk_picture_get_paintable (self->emblem_pictures[kind]) != NULL;
}
