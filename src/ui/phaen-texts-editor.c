/* phaen-texts-editor.c: the announcement, foreword and Part 1 texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One multi-line field per text, in the order they are printed. "Fill
 * Empty Texts" writes Phaen's default wording into the empty ones as one
 * undo step.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-texts-editor.h"
#include "phaen-ui-bridge.h"

struct _PhaenTextsEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *page;
  PhaenPlan  *plan;
  GHashTable *fields;
};

G_DEFINE_FINAL_TYPE (PhaenTextsEditor, phaen_texts_editor, GTK_TYPE_WIDGET)

static const struct {
  const char *property;
  const char *title;
} texts[] = {
  { "announcement-text-1", N_("Announcement, first paragraph") },
  { "announcement-text-2", N_("Announcement, second paragraph") },
  { "foreword", N_("Foreword (คำนำ)") },
  { "introduction-text", N_("1.1 Introduction (บทนำ)") },
  { "objectives-text", N_("1.2 Objectives of the plan") },
  { "procedure-text", N_("1.3 How the plan was prepared") },
  { "benefits-text", N_("1.4 Benefits of the plan") },
};

static void
fill_defaults_cb (PhaenTextsEditor *self)
{
  if (self->plan != NULL)
    phaen_plan_edit_fill_default_texts (self->plan);
}

void
phaen_texts_editor_set_plan (PhaenTextsEditor *self,
                             PhaenPlan        *plan)
{
  GHashTableIter iter;
  gpointer widget;

  g_return_if_fail (PHAEN_IS_TEXTS_EDITOR (self));

  g_set_object (&self->plan, plan);
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    phaen_field_set_target (widget, plan, plan);
}

gboolean
phaen_texts_editor_focus_property (PhaenTextsEditor *self,
                                   const char       *property)
{
  GtkWidget *widget;

  g_return_val_if_fail (PHAEN_IS_TEXTS_EDITOR (self), FALSE);
  widget = property != NULL ? g_hash_table_lookup (self->fields, property) : NULL;
  return widget != NULL && gtk_widget_grab_focus (widget);
}

static void
phaen_texts_editor_dispose (GObject *object)
{
  PhaenTextsEditor *self = PHAEN_TEXTS_EDITOR (object);

  if (self->fields != NULL)
    phaen_texts_editor_set_plan (self, NULL);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_TEXTS_EDITOR);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_texts_editor_parent_class)->dispose (object);
}

static void
phaen_texts_editor_class_init (PhaenTextsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_texts_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-texts-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenTextsEditor, page);
  gtk_widget_class_bind_template_callback (widget_class, fill_defaults_cb);
}

static void
phaen_texts_editor_init (PhaenTextsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();
      GtkWidget *error = gtk_label_new (NULL);

      adw_preferences_group_set_title (group, _(texts[i].title));
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
      gtk_widget_set_size_request (view, -1, 96);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _(texts[i].title), -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_widget_set_visible (error, FALSE);
      gtk_label_set_xalign (GTK_LABEL (error), 0);
      gtk_widget_add_css_class (error, "phaen-field-error");
      adw_preferences_group_add (group, frame);
      adw_preferences_group_add (group, error);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), group);

      phaen_field_bind_text (GTK_TEXT_VIEW (view), texts[i].property, GTK_LABEL (error));
      g_hash_table_insert (self->fields, (gpointer) texts[i].property, view);
    }
}

GtkWidget *
phaen_texts_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_TEXTS_EDITOR, NULL);
}
