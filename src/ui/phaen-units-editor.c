/* phaen-units-editor.c: the plan's catalogue of responsible units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per unit: its name (renamed in place, one undo step), buttons
 * to move it up and down the catalogue (the order of ผด.01's unit column)
 * and a remove button (refused, with the reason, while projects use the
 * unit).
 * The rows follow the plan's list of units.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-units-editor.h"

struct _PhaenUnitsEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *page;
  GtkListBox *list;

  PhaenPlan  *plan;
  GListModel *units;
};

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenUnitsEditor, phaen_units_editor, GTK_TYPE_WIDGET)

static void
remove_clicked_cb (GtkButton        *button,
                   PhaenUnitsEditor *self)
{
  PhaenUnit *unit = g_object_get_data (G_OBJECT (button), "phaen-unit");
  g_autoptr(GError) error = NULL;

  if (!phaen_plan_edit_remove_unit (self->plan, unit, &error))
    g_signal_emit (self, signals[MESSAGE], 0, error->message);
}

static void
move_clicked_cb (GtkButton        *button,
                 PhaenUnitsEditor *self)
{
  PhaenUnit *unit = g_object_get_data (G_OBJECT (button), "phaen-unit");
  int direction = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "phaen-direction"));
  guint n = g_list_model_get_n_items (self->units);
  guint position = G_MAXUINT;

  for (guint i = 0; i < n && position == G_MAXUINT; i++)
    {
      g_autoptr(PhaenUnit) there = g_list_model_get_item (self->units, i);

      if (there == unit)
        position = i;
    }
  if (position == G_MAXUINT)
    return;
  if (direction < 0 && position == 0)
    return;
  phaen_plan_edit_move_unit (self->plan, unit, direction < 0 ? position - 1 : position + 1);
  phaen_units_editor_focus_unit (self, unit);
}

static GtkWidget *
move_button (PhaenUnitsEditor *self,
             gpointer          unit,
             int               direction)
{
  GtkWidget *button = gtk_button_new_from_icon_name (direction < 0 ? "go-up-symbolic" : "go-down-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, direction < 0 ? _("Move Up") : _("Move Down"));
  g_object_set_data (G_OBJECT (button), "phaen-unit", unit);
  g_object_set_data (G_OBJECT (button), "phaen-direction", GINT_TO_POINTER (direction));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PhaenUnitsEditor *self = user_data;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name of the unit"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Unit"));
  g_object_set_data (G_OBJECT (remove), "phaen-unit", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), move_button (self, item, -1));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), move_button (self, item, 1));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  phaen_field_bind_name (row, "name", NULL);
  phaen_field_set_target (row, self->plan, item);
  g_object_set_data (G_OBJECT (row), "phaen-unit", item);
  return row;
}

void
phaen_units_editor_set_plan (PhaenUnitsEditor *self,
                             PhaenPlan        *plan)
{
  g_return_if_fail (PHAEN_IS_UNITS_EDITOR (self));

  g_set_object (&self->plan, plan);
  self->units = plan != NULL ? phaen_plan_get_units (plan) : NULL;
  gtk_list_box_bind_model (self->list, self->units, create_row, self, NULL);
}

gboolean
phaen_units_editor_focus_unit (PhaenUnitsEditor *self,
                               PhaenUnit        *unit)
{
  g_return_val_if_fail (PHAEN_IS_UNITS_EDITOR (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "phaen-unit") == (gpointer) unit)
      return gtk_widget_grab_focus (row);
  return FALSE;
}

static void
add_unit_cb (PhaenUnitsEditor *self)
{
  g_autoptr(PhaenUnit) unit = NULL;
  GtkListBoxRow *row;

  if (self->plan == NULL)
    return;
  unit = phaen_unit_new (NULL, "");
  phaen_plan_edit_insert_unit (self->plan, G_MAXUINT, unit);
  row = gtk_list_box_get_row_at_index (self->list, g_list_model_get_n_items (self->units) - 1);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
phaen_units_editor_dispose (GObject *object)
{
  PhaenUnitsEditor *self = PHAEN_UNITS_EDITOR (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_UNITS_EDITOR);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_units_editor_parent_class)->dispose (object);
}

static void
phaen_units_editor_class_init (PhaenUnitsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_units_editor_dispose;

  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-units-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenUnitsEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenUnitsEditor, list);
  gtk_widget_class_bind_template_callback (widget_class, add_unit_cb);
}

static void
phaen_units_editor_init (PhaenUnitsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
phaen_units_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_UNITS_EDITOR, NULL);
}
