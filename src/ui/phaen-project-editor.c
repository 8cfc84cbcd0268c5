/* phaen-project-editor.c: the form of one project or equipment item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of domain.md, each bound to its property through
 * phaen-field.c (edits through the plan's history). The budget shows its
 * amount in Thai words as it is typed and says why a text is refused; the
 * equipment fields show only for equipment; the month grids are labelled
 * with the plan's BE years.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-month-grid.h"
#include "phaen-project-editor.h"
#include "phaen-ui-bridge.h"

struct _PhaenProjectEditor
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  AdwComboRow    *kind_row;
  GtkWidget      *name_row;
  GtkLabel       *name_error;
  GtkTextView    *activities_view;
  GtkLabel       *activities_error;
  GtkWidget      *budget_row;
  GtkLabel       *budget_words;
  GtkLabel       *budget_error;
  GtkWidget      *source_row;
  GtkMenuButton  *source_menu;
  GtkWidget      *location_row;
  AdwComboRow    *strategy_row;
  AdwComboRow    *approach_row;
  AdwComboRow    *program_row;
  AdwComboRow    *unit_row;
  PhaenMonthGrid *schedule_grid;
  GtkWidget      *target_row;
  GtkWidget      *reference_row;
  GtkWidget      *equipment_group;
  GtkWidget      *category_row;
  GtkWidget      *type_row;
  GtkMenuButton  *type_menu;
  AdwComboRow    *status_row;
  GtkWidget      *contracted_row;
  GtkWidget      *disbursed_row;
  GtkLabel       *money_error;
  GtkSpinButton  *progress_spin;
  PhaenMonthGrid *actual_grid;
  GtkWidget      *remarks_row;

  PhaenPlan      *plan;
  PhaenProject   *project;
  GHashTable     *fields;     /* property → widget */
};

G_DEFINE_FINAL_TYPE (PhaenProjectEditor, phaen_project_editor, GTK_TYPE_WIDGET)

/* Usual values offered beside the free-text fields (Thai: they are
 * printed in the Thai document as typed). */
static const char * const usual_sources[] = {
  "เทศบัญญัติงบประมาณรายจ่าย",
  "ข้อบัญญัติงบประมาณรายจ่าย",
  "เงินสะสม",
  "เงินอุดหนุนเฉพาะกิจ",
  "หน่วยงานอื่น",
};

static const char * const usual_types[] = {
  "ครุภัณฑ์สำนักงาน",
  "ครุภัณฑ์คอมพิวเตอร์",
  "ครุภัณฑ์ยานพาหนะและขนส่ง",
  "ครุภัณฑ์การเกษตร",
  "ครุภัณฑ์ก่อสร้าง",
  "ครุภัณฑ์ไฟฟ้าและวิทยุ",
  "ครุภัณฑ์โฆษณาและเผยแพร่",
  "ครุภัณฑ์การแพทย์",
  "ครุภัณฑ์งานบ้านงานครัว",
  "ครุภัณฑ์กีฬา",
};

static void
update_kind (PhaenProjectEditor *self)
{
  gboolean equipment = self->project != NULL &&
                       phaen_project_get_kind (self->project) == PHAEN_PROJECT_KIND_EQUIPMENT;

  gtk_widget_set_visible (self->equipment_group, equipment);
}

static void
update_months (PhaenProjectEditor *self)
{
  if (self->project == NULL)
    return;
  phaen_month_grid_set_fiscal_year (self->schedule_grid, phaen_plan_get_fiscal_year (self->plan));
  phaen_month_grid_set_fiscal_year (self->actual_grid, phaen_plan_get_fiscal_year (self->plan));
  phaen_month_grid_set_mask (self->schedule_grid, phaen_project_get_schedule (self->project));
  phaen_month_grid_set_mask (self->actual_grid, phaen_project_get_actual_schedule (self->project));
}

static void
schedule_toggled_cb (PhaenProjectEditor *self)
{
  if (self->project != NULL)
    phaen_plan_edit_set_uint (self->plan, self->project, "schedule",
                              phaen_month_grid_get_mask (self->schedule_grid));
}

static void
actual_toggled_cb (PhaenProjectEditor *self)
{
  if (self->project != NULL)
    phaen_plan_edit_set_uint (self->plan, self->project, "actual-schedule",
                              phaen_month_grid_get_mask (self->actual_grid));
}

static void
set_text_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PhaenProjectEditor *self = PHAEN_PROJECT_EDITOR (widget);
  GtkWidget *row = g_str_equal (action_name, "editor.set-source") ? self->source_row : self->type_row;

  gtk_editable_set_text (GTK_EDITABLE (row), g_variant_get_string (parameter, NULL));
  phaen_ui_history_break_merge (self->plan);
}

/* ---- new unit ----------------------------------------------------------- */

static void
new_unit_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      PhaenProjectEditor *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = phaen_ui_normalize_name (gtk_editable_get_text (entry));
  g_autoptr(PhaenUnit) unit = NULL;
  PhaenUnit *existing;

  if (g_strcmp0 (response, "add") != 0 || *name == '\0' || self->project == NULL)
    return;

  existing = phaen_plan_find_unit_by_name (self->plan, name);
  phaen_ui_edit_begin (self->plan, _("Add responsible unit"));
  if (existing == NULL)
    {
      unit = phaen_unit_new (NULL, name);
      phaen_plan_edit_insert_unit (self->plan, G_MAXUINT, unit);
      existing = unit;
    }
  phaen_plan_edit_set_object (self->plan, self->project, "unit", existing);
  phaen_ui_edit_end (self->plan);
}

static void
new_unit_cb (PhaenProjectEditor *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  if (self->project == NULL)
    return;

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("New Responsible Unit"),
                                                       _("The name of the division or outside agency, for example กองช่าง or แขวงทางหลวงชนบท.")));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_unit_response_cb), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---- public ------------------------------------------------------------------ */

static void
project_notify_cb (PhaenProjectEditor *self,
                   GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, "kind"))
    update_kind (self);
  else if (g_str_equal (pspec->name, "schedule") || g_str_equal (pspec->name, "actual-schedule"))
    update_months (self);
}

void
phaen_project_editor_set_project (PhaenProjectEditor *self,
                                  PhaenPlan          *plan,
                                  PhaenProject       *project)
{
  GHashTableIter iter;
  gpointer widget;

  g_return_if_fail (PHAEN_IS_PROJECT_EDITOR (self));

  if (self->project == project && self->plan == plan)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->project, project);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    if (phaen_field_get_property (widget) != NULL)
      phaen_field_set_target (widget, plan, project);

  if (project != NULL)
    {
      g_signal_connect_object (project, "notify", G_CALLBACK (project_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::fiscal-year", G_CALLBACK (update_months), self, G_CONNECT_SWAPPED);
    }
  update_kind (self);
  update_months (self);
}

PhaenProject *
phaen_project_editor_get_project (PhaenProjectEditor *self)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT_EDITOR (self), NULL);
  return self->project;
}

GtkWidget *
phaen_project_editor_get_field (PhaenProjectEditor *self,
                                const char         *property)
{
  g_return_val_if_fail (PHAEN_IS_PROJECT_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fields, property);
}

gboolean
phaen_project_editor_focus_property (PhaenProjectEditor *self,
                                     const char         *property)
{
  GtkWidget *widget;

  g_return_val_if_fail (PHAEN_IS_PROJECT_EDITOR (self), FALSE);

  widget = property != NULL ? g_hash_table_lookup (self->fields, property) : NULL;
  if (widget == NULL)
    widget = self->name_row;
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

/* ---- GObject ----------------------------------------------------------------- */

static void
phaen_project_editor_dispose (GObject *object)
{
  PhaenProjectEditor *self = PHAEN_PROJECT_EDITOR (object);

  if (self->fields != NULL)
    phaen_project_editor_set_project (self, NULL, NULL);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_PROJECT_EDITOR);
  g_clear_object (&self->plan);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (phaen_project_editor_parent_class)->dispose (object);
}

static void
phaen_project_editor_class_init (PhaenProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_project_editor_dispose;

  g_type_ensure (PHAEN_TYPE_MONTH_GRID);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-project-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, activities_view);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, activities_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, budget_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, budget_words);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, budget_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, source_menu);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, approach_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, program_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, schedule_grid);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, reference_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, type_menu);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, contracted_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, disbursed_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, money_error);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, progress_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, actual_grid);
  gtk_widget_class_bind_template_child (widget_class, PhaenProjectEditor, remarks_row);
  gtk_widget_class_bind_template_callback (widget_class, schedule_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, actual_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_unit_cb);

  gtk_widget_class_install_action (widget_class, "editor.set-source", "s", set_text_action);
  gtk_widget_class_install_action (widget_class, "editor.set-type", "s", set_text_action);
}

static GMenuModel *
usual_menu (const char         *action,
            const char * const *values,
            guint               n_values)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < n_values; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (values[i], NULL);

      g_menu_item_set_action_and_target (item, action, "s", values[i]);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static void
add_field (PhaenProjectEditor *self,
           const char         *property,
           GtkWidget          *widget)
{
  g_hash_table_insert (self->fields, (gpointer) property, widget);
}

static void
phaen_project_editor_init (PhaenProjectEditor *self)
{
  static const int kinds[] = { PHAEN_PROJECT_KIND_PROJECT, PHAEN_PROJECT_KIND_EQUIPMENT };
  static const int statuses[] = {
    PHAEN_PROJECT_STATUS_NOT_STARTED, PHAEN_PROJECT_STATUS_IN_PROGRESS,
    PHAEN_PROJECT_STATUS_COMPLETED, PHAEN_PROJECT_STATUS_CANCELLED,
    PHAEN_PROJECT_STATUS_CARRIED_OVER,
  };
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) status_names = gtk_string_list_new (NULL);
  g_autoptr(GMenuModel) sources = NULL;
  g_autoptr(GMenuModel) types = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_string_list_append (kind_names, _("Project or activity (ผด.02)"));
  gtk_string_list_append (kind_names, _("Equipment (ผด.02/1)"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (status_names, phaen_project_status_get_label (statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (status_names));

  sources = usual_menu ("editor.set-source", usual_sources, G_N_ELEMENTS (usual_sources));
  gtk_menu_button_set_menu_model (self->source_menu, sources);
  types = usual_menu ("editor.set-type", usual_types, G_N_ELEMENTS (usual_types));
  gtk_menu_button_set_menu_model (self->type_menu, types);

  phaen_field_bind_enum (self->kind_row, "kind", kinds, G_N_ELEMENTS (kinds));
  phaen_field_bind_name (self->name_row, "name", self->name_error);
  phaen_field_bind_text (self->activities_view, "activities", self->activities_error);
  phaen_field_bind_money (self->budget_row, "budget", self->budget_words, self->budget_error);
  phaen_field_bind_name (self->source_row, "source", NULL);
  phaen_field_bind_name (self->location_row, "location", NULL);
  phaen_field_bind_reference (self->strategy_row, "strategy", phaen_plan_get_strategies, _("Not chosen"));
  phaen_field_bind_reference (self->approach_row, "approach", phaen_plan_get_approaches, _("None"));
  phaen_field_bind_reference (self->program_row, "program", phaen_plan_get_programs, _("Not chosen"));
  phaen_field_bind_reference (self->unit_row, "unit", phaen_plan_get_units, _("Not chosen"));
  phaen_field_bind_name (self->target_row, "target", NULL);
  phaen_field_bind_name (self->reference_row, "reference", NULL);
  phaen_field_bind_name (self->category_row, "category", NULL);
  phaen_field_bind_name (self->type_row, "equipment-type", NULL);
  phaen_field_bind_enum (self->status_row, "status", statuses, G_N_ELEMENTS (statuses));
  phaen_field_bind_money (self->contracted_row, "contracted", NULL, self->money_error);
  phaen_field_bind_money (self->disbursed_row, "disbursed", NULL, self->money_error);
  phaen_field_bind_spin (self->progress_spin, "progress");
  phaen_field_bind_name (self->remarks_row, "remarks", NULL);

  add_field (self, "kind", GTK_WIDGET (self->kind_row));
  add_field (self, "name", self->name_row);
  add_field (self, "activities", GTK_WIDGET (self->activities_view));
  add_field (self, "budget", self->budget_row);
  add_field (self, "source", self->source_row);
  add_field (self, "location", self->location_row);
  add_field (self, "strategy", GTK_WIDGET (self->strategy_row));
  add_field (self, "approach", GTK_WIDGET (self->approach_row));
  add_field (self, "program", GTK_WIDGET (self->program_row));
  add_field (self, "unit", GTK_WIDGET (self->unit_row));
  add_field (self, "target", self->target_row);
  add_field (self, "reference", self->reference_row);
  add_field (self, "category", self->category_row);
  add_field (self, "equipment-type", self->type_row);
  add_field (self, "status", GTK_WIDGET (self->status_row));
  add_field (self, "contracted", self->contracted_row);
  add_field (self, "disbursed", self->disbursed_row);
  add_field (self, "progress", GTK_WIDGET (self->progress_spin));
  add_field (self, "remarks", self->remarks_row);
  /* The month grids are bound by hand (a mask, not a string). */
  g_hash_table_insert (self->fields, (gpointer) "schedule",
                       phaen_month_grid_get_toggle (self->schedule_grid, 0));
  g_hash_table_insert (self->fields, (gpointer) "actual-schedule",
                       phaen_month_grid_get_toggle (self->actual_grid, 0));
}

GtkWidget *
phaen_project_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_PROJECT_EDITOR, NULL);
}
