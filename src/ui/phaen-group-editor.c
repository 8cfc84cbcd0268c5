/* phaen-group-editor.c: the form of a strategy, approach or program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-group-editor.h"

struct _PhaenGroupEditor
{
  GtkWidget            parent_instance;

  GtkWidget           *page;
  AdwPreferencesGroup *group;
  GtkWidget           *name_row;
  AdwComboRow         *strategy_row;
  GtkLabel            *name_error;
  GtkWidget           *approach_group;

  PhaenPlan           *plan;
  gpointer             item;
};

enum {
  APPROACH_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenGroupEditor, phaen_group_editor, GTK_TYPE_WIDGET)

static void
add_approach_cb (PhaenGroupEditor *self)
{
  g_autoptr(PhaenApproach) approach = NULL;

  if (!PHAEN_IS_STRATEGY (self->item))
    return;
  approach = phaen_approach_new (NULL, _("New development approach"), self->item);
  phaen_plan_edit_insert_approach (self->plan, G_MAXUINT, approach);
  g_signal_emit (self, signals[APPROACH_ADDED], 0, approach);
}

void
phaen_group_editor_set_item (PhaenGroupEditor *self,
                             PhaenPlan        *plan,
                             gpointer          item)
{
  g_return_if_fail (PHAEN_IS_GROUP_EDITOR (self));

  g_set_object (&self->plan, plan);
  self->item = item;
  phaen_field_set_target (self->name_row, plan, item);
  phaen_field_set_target (GTK_WIDGET (self->strategy_row), plan, PHAEN_IS_APPROACH (item) ? item : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->strategy_row), PHAEN_IS_APPROACH (item));
  gtk_widget_set_visible (self->approach_group, PHAEN_IS_STRATEGY (item));

  if (PHAEN_IS_STRATEGY (item))
    {
      g_autofree char *title = g_strdup_printf (_("Strategy %u"), phaen_plan_get_strategy_number (plan, item));

      adw_preferences_group_set_title (self->group, title);
      adw_preferences_group_set_description (self->group, _("Strategies are numbered in the order of the outline."));
    }
  else if (PHAEN_IS_APPROACH (item))
    {
      adw_preferences_group_set_title (self->group, _("Development Approach"));
      adw_preferences_group_set_description (self->group, NULL);
    }
  else if (PHAEN_IS_PROGRAM (item))
    {
      adw_preferences_group_set_title (self->group, _("Program"));
      adw_preferences_group_set_description (self->group,
                                             phaen_program_get_standard (item)
                                             ? _("A program of the standard list. Renaming it changes it for every strategy.")
                                             : _("A program of this plan. Renaming it changes it for every strategy."));
    }
}

gboolean
phaen_group_editor_focus_property (PhaenGroupEditor *self,
                                   const char       *property)
{
  g_return_val_if_fail (PHAEN_IS_GROUP_EDITOR (self), FALSE);

  if (g_strcmp0 (property, "strategy") == 0 && gtk_widget_get_visible (GTK_WIDGET (self->strategy_row)))
    return gtk_widget_grab_focus (GTK_WIDGET (self->strategy_row));
  return gtk_widget_grab_focus (self->name_row);
}

static void
phaen_group_editor_dispose (GObject *object)
{
  PhaenGroupEditor *self = PHAEN_GROUP_EDITOR (object);

  if (self->name_row != NULL)
    phaen_group_editor_set_item (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_GROUP_EDITOR);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_group_editor_parent_class)->dispose (object);
}

static void
phaen_group_editor_class_init (PhaenGroupEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_group_editor_dispose;

  signals[APPROACH_ADDED] =
    g_signal_new ("approach-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PHAEN_TYPE_APPROACH);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-group-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, group);
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenGroupEditor, approach_group);
  gtk_widget_class_bind_template_callback (widget_class, add_approach_cb);
}

static void
phaen_group_editor_init (PhaenGroupEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  phaen_field_bind_name (self->name_row, "name", self->name_error);
  phaen_field_bind_reference (self->strategy_row, "strategy", phaen_plan_get_strategies, NULL);
}

GtkWidget *
phaen_group_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_GROUP_EDITOR, NULL);
}
