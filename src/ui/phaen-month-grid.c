/* phaen-month-grid.c: twelve toggles for the months of a fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The months run in fiscal order, ต.ค. to ก.ย.; above them the BE years
 * they fall in: N−1 over ต.ค.–ธ.ค., N over ม.ค.–ก.ย., as in ผด.02. Any
 * pattern of months is allowed. Each toggle is reached with Tab and
 * switched with Space.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-month-grid.h"

#include "model/phaen-fiscal.h"
#include "model/phaen-schedule.h"

struct _PhaenMonthGrid
{
  GtkWidget        parent_instance;

  GtkWidget       *grid;
  GtkWidget       *year_labels[2];
  GtkToggleButton *toggles[PHAEN_FISCAL_MONTHS];
  guint            mask;
  guint            fiscal_year;
  guint            updating : 1;
};

enum {
  PROP_0,
  PROP_MASK,
  PROP_FISCAL_YEAR,
  N_PROPS
};

enum {
  TOGGLED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenMonthGrid, phaen_month_grid, GTK_TYPE_WIDGET)

static void
toggle_cb (GtkToggleButton *toggle,
           PhaenMonthGrid  *self)
{
  guint mask = 0;

  if (self->updating)
    return;
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    if (gtk_toggle_button_get_active (self->toggles[i]))
      mask |= 1u << i;
  if (mask == self->mask)
    return;
  self->mask = mask;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MASK]);
  g_signal_emit (self, signals[TOGGLED], 0);
}

static void
update_years (PhaenMonthGrid *self)
{
  for (guint i = 0; i < 2; i++)
    {
      /* TRANSLATORS: a Buddhist-era year above the months, "พ.ศ. 2568" */
      g_autofree char *text = g_strdup_printf (_("B.E. %u"),
                                               phaen_fiscal_month_be_year (self->fiscal_year, i == 0 ? 0 : 3));

      gtk_label_set_text (GTK_LABEL (self->year_labels[i]), text);
    }
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      g_autofree char *tip = g_strdup_printf ("%s %u", phaen_fiscal_month_get_label (i),
                                              phaen_fiscal_month_be_year (self->fiscal_year, i));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggles[i]), tip);
    }
}

static void
phaen_month_grid_dispose (GObject *object)
{
  PhaenMonthGrid *self = PHAEN_MONTH_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (phaen_month_grid_parent_class)->dispose (object);
}

static void
phaen_month_grid_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PhaenMonthGrid *self = PHAEN_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_MASK:
      g_value_set_uint (value, self->mask);
      break;
    case PROP_FISCAL_YEAR:
      g_value_set_uint (value, self->fiscal_year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_month_grid_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PhaenMonthGrid *self = PHAEN_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_MASK:
      phaen_month_grid_set_mask (self, g_value_get_uint (value));
      break;
    case PROP_FISCAL_YEAR:
      phaen_month_grid_set_fiscal_year (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_month_grid_class_init (PhaenMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_month_grid_dispose;
  object_class->get_property = phaen_month_grid_get_property;
  object_class->set_property = phaen_month_grid_set_property;

  properties[PROP_MASK] =
    g_param_spec_uint ("mask", NULL, NULL, 0, PHAEN_SCHEDULE_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_uint ("fiscal-year", NULL, NULL, 2400, 2700, 2569,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOGGLED] =
    g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
phaen_month_grid_init (PhaenMonthGrid *self)
{
  self->fiscal_year = 2569;
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 3);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 3);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  for (guint i = 0; i < 2; i++)
    {
      self->year_labels[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->year_labels[i], "caption-heading");
      gtk_grid_attach (GTK_GRID (self->grid), self->year_labels[i], i == 0 ? 0 : 3, 0, i == 0 ? 3 : 9, 1);
    }
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      self->toggles[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (phaen_fiscal_month_abbrev (i)));
      gtk_widget_add_css_class (GTK_WIDGET (self->toggles[i]), "phaen-month-toggle");
      g_signal_connect (self->toggles[i], "toggled", G_CALLBACK (toggle_cb), self);
      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (self->toggles[i]), i, 1, 1, 1);
    }
  update_years (self);
}

GtkWidget *
phaen_month_grid_new (void)
{
  return g_object_new (PHAEN_TYPE_MONTH_GRID, NULL);
}

guint
phaen_month_grid_get_mask (PhaenMonthGrid *self)
{
  g_return_val_if_fail (PHAEN_IS_MONTH_GRID (self), 0);
  return self->mask;
}

void
phaen_month_grid_set_mask (PhaenMonthGrid *self,
                           guint           mask)
{
  g_return_if_fail (PHAEN_IS_MONTH_GRID (self));

  mask &= PHAEN_SCHEDULE_ALL;
  if (self->mask == mask)
    return;
  self->mask = mask;
  self->updating = TRUE;
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    gtk_toggle_button_set_active (self->toggles[i], (mask & (1u << i)) != 0);
  self->updating = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MASK]);
}

void
phaen_month_grid_set_fiscal_year (PhaenMonthGrid *self,
                                  guint           fiscal_year)
{
  g_return_if_fail (PHAEN_IS_MONTH_GRID (self));

  if (self->fiscal_year == fiscal_year)
    return;
  self->fiscal_year = fiscal_year;
  update_years (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FISCAL_YEAR]);
}

GtkToggleButton *
phaen_month_grid_get_toggle (PhaenMonthGrid *self,
                             guint           index)
{
  g_return_val_if_fail (PHAEN_IS_MONTH_GRID (self), NULL);
  g_return_val_if_fail (index < PHAEN_FISCAL_MONTHS, NULL);
  return self->toggles[index];
}
