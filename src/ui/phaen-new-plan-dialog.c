/* phaen-new-plan-dialog.c: the questions asked before a new plan starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisation (its kind guessed from the name until the user picks one),
 * district, province, fiscal year and signer. The signer's position is
 * suggested from the organisation ("นายกเทศมนตรีตำบล…") until the user
 * types one. The plan is created with Phaen's default texts.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-new-plan-dialog.h"

#include "model/phaen-limits.h"
#include "model/phaen-fiscal.h"
#include "phaen-ui-bridge.h"

struct _PhaenNewPlanDialog
{
  AdwWindow     parent_instance;

  AdwEntryRow  *organisation_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *district_row;
  AdwEntryRow  *province_row;
  GtkSpinButton *year_spin;
  AdwEntryRow  *signer_name_row;
  AdwEntryRow  *signer_position_row;

  char         *suggested_position;
  guint         kind_chosen : 1;     /* the user picked a kind */
  guint         guessing : 1;        /* the kind is being set from a guess */
};

enum {
  CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenNewPlanDialog, phaen_new_plan_dialog, ADW_TYPE_WINDOW)

static const PhaenOrganisationKind kinds[] = {
  PHAEN_ORGANISATION_CITY_MUNICIPALITY,
  PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
  PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY,
  PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION,
  PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION,
  PHAEN_ORGANISATION_OTHER,
};

guint
phaen_new_plan_default_fiscal_year (GDateTime *now)
{
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  guint year = phaen_fiscal_year_of_date (today);

  /* From January to September the plan being prepared is next year's. */
  if (g_date_time_get_month (now) < 10)
    year++;
  return year;
}

static char *
entry_text (AdwEntryRow *row)
{
  return phaen_ui_normalize_name (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static PhaenOrganisationKind
selected_kind (PhaenNewPlanDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < G_N_ELEMENTS (kinds) ? kinds[selected] : PHAEN_ORGANISATION_OTHER;
}

static void
update_suggestion (PhaenNewPlanDialog *self)
{
  g_autoptr(PhaenPlan) sketch = phaen_plan_new ();
  g_autofree char *name = entry_text (self->organisation_row);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->signer_position_row));
  const char *position;

  g_object_set (sketch,
                "organisation-name", name,
                "organisation-kind", selected_kind (self),
                NULL);
  phaen_plan_fill_default_texts (sketch);
  position = phaen_plan_get_text (sketch, "signer-position");

  /* Follow the organisation only while the user has not typed a position. */
  if (*typed == '\0' || g_strcmp0 (typed, self->suggested_position) == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->signer_position_row), position);
  g_free (self->suggested_position);
  self->suggested_position = g_strdup (position);
}

static void
organisation_changed_cb (PhaenNewPlanDialog *self)
{
  g_autofree char *name = entry_text (self->organisation_row);

  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_row), TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->organisation_row), "error");

  if (!self->kind_chosen)
    {
      PhaenOrganisationKind guess = phaen_organisation_kind_guess (name);

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (kinds[i] == guess)
          {
            self->guessing = TRUE;
            adw_combo_row_set_selected (self->kind_row, i);
            self->guessing = FALSE;
          }
    }
  update_suggestion (self);
}

static void
kind_selected_cb (PhaenNewPlanDialog *self)
{
  if (!self->guessing)
    self->kind_chosen = TRUE;
  update_suggestion (self);
}

static void
year_changed_cb (PhaenNewPlanDialog *self)
{
}

static void
create_clicked_cb (PhaenNewPlanDialog *self)
{
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *name = entry_text (self->organisation_row);

  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->organisation_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->organisation_row));
      return;
    }

  plan = phaen_new_plan_dialog_build_plan (self);
  g_signal_emit (self, signals[CREATE], 0, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
phaen_new_plan_dialog_finalize (GObject *object)
{
  PhaenNewPlanDialog *self = PHAEN_NEW_PLAN_DIALOG (object);

  g_free (self->suggested_position);

  G_OBJECT_CLASS (phaen_new_plan_dialog_parent_class)->finalize (object);
}

static void
phaen_new_plan_dialog_class_init (PhaenNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = phaen_new_plan_dialog_finalize;

  signals[CREATE] =
    g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PHAEN_TYPE_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, district_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, province_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenNewPlanDialog, signer_position_row);
  gtk_widget_class_bind_template_callback (widget_class, organisation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phaen_new_plan_dialog_init (PhaenNewPlanDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, phaen_organisation_kind_get_label (kinds[i]));
  self->guessing = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->kind_row, G_N_ELEMENTS (kinds) - 1);
  self->guessing = FALSE;

  gtk_spin_button_set_range (self->year_spin, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
  gtk_spin_button_set_value (self->year_spin, phaen_new_plan_default_fiscal_year (now));
  /* The first question has the keyboard. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->organisation_row));
}

PhaenNewPlanDialog *
phaen_new_plan_dialog_new (GtkWindow *parent)
{
  return g_object_new (PHAEN_TYPE_NEW_PLAN_DIALOG,
                       "transient-for", parent,
                       NULL);
}

void
phaen_new_plan_dialog_set_organisation (PhaenNewPlanDialog *self,
                                        const char         *name)
{
  g_return_if_fail (PHAEN_IS_NEW_PLAN_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), name);
}

PhaenPlan *
phaen_new_plan_dialog_build_plan (PhaenNewPlanDialog *self)
{
  PhaenPlan *plan;
  g_autofree char *name = NULL;
  g_autofree char *district = NULL;
  g_autofree char *province = NULL;
  g_autofree char *signer = NULL;
  g_autofree char *position = NULL;

  g_return_val_if_fail (PHAEN_IS_NEW_PLAN_DIALOG (self), NULL);

  name = entry_text (self->organisation_row);
  district = entry_text (self->district_row);
  province = entry_text (self->province_row);
  signer = entry_text (self->signer_name_row);
  position = entry_text (self->signer_position_row);

  plan = phaen_plan_new ();
  g_object_set (plan,
                "organisation-name", name,
                "organisation-kind", selected_kind (self),
                "district", district,
                "province", province,
                "fiscal-year", (guint) gtk_spin_button_get_value_as_int (self->year_spin),
                "signer-name", signer,
                "signer-position", position,
                NULL);
  phaen_plan_fill_default_texts (plan);
  return plan;
}
