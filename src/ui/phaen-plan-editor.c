/* phaen-plan-editor.c: the form of the plan's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisation, place, fiscal year, edition and its number, announcement
 * date (chosen on a calendar, stored as an ISO date, shown as a Thai date),
 * signer, and the settings of the printed document.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-plan-editor.h"

#include "model/phaen-plan-editions.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-limits.h"

struct _PhaenPlanEditor
{
  GtkWidget      parent_instance;

  GtkWidget     *page;
  GtkWidget     *organisation_row;
  AdwComboRow   *kind_row;
  GtkWidget     *district_row;
  GtkWidget     *province_row;
  GtkWidget     *preparing_row;
  GtkSpinButton *year_spin;
  AdwComboRow   *edition_row;
  GtkWidget     *edition_number_row;
  GtkSpinButton *edition_spin;
  AdwActionRow  *date_row;
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkWidget     *signer_name_row;
  GtkWidget     *signer_position_row;
  GtkSwitch     *digits_switch;
  AdwComboRow   *bahttext_row;
  AdwComboRow   *grouping_row;
  GtkSwitch     *equipment_switch;

  PhaenPlan     *plan;
  GHashTable    *fields;
  guint          updating : 1;
};

G_DEFINE_FINAL_TYPE (PhaenPlanEditor, phaen_plan_editor, GTK_TYPE_WIDGET)

static void
update_date (PhaenPlanEditor *self)
{
  const char *iso = self->plan != NULL ? phaen_plan_get_text (self->plan, "announcement-date") : "";
  GDate date;

  g_date_clear (&date, 1);
  if (*iso != '\0' && phaen_date_parse_iso (iso, &date, NULL))
    {
      g_autofree char *shown = phaen_date_format_thai (&date, FALSE);
      g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                         g_date_get_day (&date), 0, 0, 0);

      adw_action_row_set_subtitle (self->date_row, shown);
      self->updating = TRUE;
      gtk_calendar_select_day (self->calendar, when);
      self->updating = FALSE;
    }
  else
    adw_action_row_set_subtitle (self->date_row, _("Not set yet"));
}

/* A plan with recorded additions or amendments (the Editions form) is the
 * adopted plan: its own edition fields no longer apply. */
static void
update_edition (PhaenPlanEditor *self)
{
  gboolean recorded = self->plan != NULL && phaen_plan_get_n_editions (self->plan) > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->edition_row), !recorded);
  gtk_widget_set_visible (self->edition_number_row,
                          !recorded && self->plan != NULL &&
                          phaen_plan_get_edition_kind (self->plan) != PHAEN_EDITION_ORIGINAL);
}

static void
day_selected_cb (PhaenPlanEditor *self)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = NULL;

  if (self->updating || self->plan == NULL)
    return;
  iso = g_date_time_format (when, "%Y-%m-%d");
  phaen_plan_edit_set_string (self->plan, self->plan, "announcement-date", iso);
}

static void
clear_date_cb (PhaenPlanEditor *self)
{
  if (self->plan != NULL)
    phaen_plan_edit_set_string (self->plan, self->plan, "announcement-date", "");
  gtk_menu_button_popdown (self->date_button);
}

void
phaen_plan_editor_set_plan (PhaenPlanEditor *self,
                            PhaenPlan       *plan)
{
  GHashTableIter iter;
  gpointer widget;

  g_return_if_fail (PHAEN_IS_PLAN_EDITOR (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (phaen_plan_get_editions (self->plan), self);
    }
  g_set_object (&self->plan, plan);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    phaen_field_set_target (widget, plan, plan);

  if (plan != NULL)
    {
      g_signal_connect_object (plan, "notify::announcement-date", G_CALLBACK (update_date), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::edition-kind", G_CALLBACK (update_edition), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (phaen_plan_get_editions (plan), "items-changed", G_CALLBACK (update_edition),
                               self, G_CONNECT_SWAPPED);
    }
  update_date (self);
  update_edition (self);
}

gboolean
phaen_plan_editor_focus_property (PhaenPlanEditor *self,
                                  const char      *property)
{
  GtkWidget *widget;

  g_return_val_if_fail (PHAEN_IS_PLAN_EDITOR (self), FALSE);

  if (g_strcmp0 (property, "announcement-date") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->date_button));
  widget = property != NULL ? g_hash_table_lookup (self->fields, property) : NULL;
  if (widget == NULL)
    widget = self->organisation_row;
  return gtk_widget_grab_focus (widget);
}

static void
phaen_plan_editor_dispose (GObject *object)
{
  PhaenPlanEditor *self = PHAEN_PLAN_EDITOR (object);

  if (self->fields != NULL)
    phaen_plan_editor_set_plan (self, NULL);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_PLAN_EDITOR);

  G_OBJECT_CLASS (phaen_plan_editor_parent_class)->dispose (object);
}

static void
phaen_plan_editor_class_init (PhaenPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_plan_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, province_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, preparing_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, edition_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, edition_number_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, edition_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, signer_position_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, digits_switch);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, bahttext_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, grouping_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPlanEditor, equipment_switch);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_date_cb);
}

static void
phaen_plan_editor_init (PhaenPlanEditor *self)
{
  static const int kinds[] = {
    PHAEN_ORGANISATION_CITY_MUNICIPALITY, PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
    PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY, PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION,
    PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION, PHAEN_ORGANISATION_OTHER,
  };
  static const int editions[] = { PHAEN_EDITION_ORIGINAL, PHAEN_EDITION_ADDITION, PHAEN_EDITION_AMENDMENT };
  static const int bahttexts[] = { PHAEN_BAHTTEXT_ROYAL_INSTITUTE, PHAEN_BAHTTEXT_SPREADSHEET };
  static const int groupings[] = { PHAEN_GROUPING_PROGRAMS, PHAEN_GROUPING_APPROACHES };
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) edition_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bahttext_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) grouping_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_spin_button_set_range (self->year_spin, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
  gtk_spin_button_set_range (self->edition_spin, 1, PHAEN_LIMIT_EDITIONS);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, phaen_organisation_kind_get_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  for (guint i = 0; i < G_N_ELEMENTS (editions); i++)
    gtk_string_list_append (edition_names, phaen_edition_kind_get_label (editions[i]));
  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (edition_names));
  gtk_string_list_append (bahttext_names, _("Royal Institute (101 = หนึ่งร้อยเอ็ด)"));
  gtk_string_list_append (bahttext_names, _("Spreadsheet BAHTTEXT (101 = หนึ่งร้อยหนึ่ง)"));
  adw_combo_row_set_model (self->bahttext_row, G_LIST_MODEL (bahttext_names));
  for (guint i = 0; i < G_N_ELEMENTS (groupings); i++)
    gtk_string_list_append (grouping_names, phaen_grouping_get_label (groupings[i]));
  adw_combo_row_set_model (self->grouping_row, G_LIST_MODEL (grouping_names));

#define BIND(prop, widget) G_STMT_START { g_hash_table_insert (self->fields, (gpointer) prop, (gpointer) (widget)); } G_STMT_END
  phaen_field_bind_name (self->organisation_row, "organisation-name", NULL);
  BIND ("organisation-name", self->organisation_row);
  phaen_field_bind_enum (self->kind_row, "organisation-kind", kinds, G_N_ELEMENTS (kinds));
  BIND ("organisation-kind", self->kind_row);
  phaen_field_bind_name (self->district_row, "district", NULL);
  BIND ("district", self->district_row);
  phaen_field_bind_name (self->province_row, "province", NULL);
  BIND ("province", self->province_row);
  phaen_field_bind_name (self->preparing_row, "preparing-unit", NULL);
  BIND ("preparing-unit", self->preparing_row);
  phaen_field_bind_spin (self->year_spin, "fiscal-year");
  BIND ("fiscal-year", self->year_spin);
  phaen_field_bind_enum (self->edition_row, "edition-kind", editions, G_N_ELEMENTS (editions));
  BIND ("edition-kind", self->edition_row);
  phaen_field_bind_spin (self->edition_spin, "edition-number");
  BIND ("edition-number", self->edition_spin);
  phaen_field_bind_name (self->signer_name_row, "signer-name", NULL);
  BIND ("signer-name", self->signer_name_row);
  phaen_field_bind_name (self->signer_position_row, "signer-position", NULL);
  BIND ("signer-position", self->signer_position_row);
  phaen_field_bind_switch (self->digits_switch, "thai-digits");
  BIND ("thai-digits", self->digits_switch);
  phaen_field_bind_enum (self->bahttext_row, "bahttext-style", bahttexts, G_N_ELEMENTS (bahttexts));
  BIND ("bahttext-style", self->bahttext_row);
  phaen_field_bind_enum (self->grouping_row, "grouping", groupings, G_N_ELEMENTS (groupings));
  BIND ("grouping", self->grouping_row);
  phaen_field_bind_switch (self->equipment_switch, "equipment-in-summary");
  BIND ("equipment-in-summary", self->equipment_switch);
#undef BIND
}

GtkWidget *
phaen_plan_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_PLAN_EDITOR, NULL);
}
