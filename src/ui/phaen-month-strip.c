/* phaen-month-strip.c: twelve small cells showing a project's months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filled cells in the accent colour for the months a project runs, empty
 * outlined cells for the others, with a gap after ธ.ค. where the BE year
 * changes. The accessible description names the months.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "phaen-month-strip.h"

#include "model/phaen-schedule.h"

#define CELL 7
#define GAP 1
#define YEAR_GAP 3

struct _PhaenMonthStrip
{
  GtkWidget parent_instance;

  guint     mask;
};

enum {
  PROP_0,
  PROP_MASK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenMonthStrip, phaen_month_strip, GTK_TYPE_WIDGET)

static void
phaen_month_strip_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 12 * CELL + 11 * GAP + YEAR_GAP;
  else
    *minimum = *natural = CELL + 2;
}

static void
phaen_month_strip_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PhaenMonthStrip *self = PHAEN_MONTH_STRIP (widget);
  int height = gtk_widget_get_height (widget);
  float y = (height - CELL) / 2.0f;
  GdkRGBA color;
  GdkRGBA faint;
  float x = 0;

  /* gtk_widget_get_color() is GTK 4.10. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  faint = color;
  faint.alpha = 0.25f;

  for (guint i = 0; i < 12; i++)
    {
      graphene_rect_t cell = GRAPHENE_RECT_INIT (x, y, CELL, CELL);

      if (self->mask & (1u << i))
        gtk_snapshot_append_color (snapshot, &color, &cell);
      else
        {
          GskRoundedRect outline;
          float widths[4] = { 1, 1, 1, 1 };
          GdkRGBA colors[4] = { faint, faint, faint, faint };

          gsk_rounded_rect_init_from_rect (&outline, &cell, 0);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
        }
      x += CELL + GAP + (i == 2 ? YEAR_GAP : 0);
    }
}

static void
phaen_month_strip_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_MASK:
      g_value_set_uint (value, PHAEN_MONTH_STRIP (object)->mask);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_month_strip_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_MASK:
      phaen_month_strip_set_mask (PHAEN_MONTH_STRIP (object), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_month_strip_class_init (PhaenMonthStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = phaen_month_strip_get_property;
  object_class->set_property = phaen_month_strip_set_property;
  widget_class->measure = phaen_month_strip_measure;
  widget_class->snapshot = phaen_month_strip_snapshot;

  properties[PROP_MASK] =
    g_param_spec_uint ("mask", NULL, NULL, 0, PHAEN_SCHEDULE_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "monthstrip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
phaen_month_strip_init (PhaenMonthStrip *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "phaen-month-strip");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
phaen_month_strip_new (void)
{
  return g_object_new (PHAEN_TYPE_MONTH_STRIP, NULL);
}

guint
phaen_month_strip_get_mask (PhaenMonthStrip *self)
{
  g_return_val_if_fail (PHAEN_IS_MONTH_STRIP (self), 0);
  return self->mask;
}

void
phaen_month_strip_set_mask (PhaenMonthStrip *self,
                            guint            mask)
{
  g_autofree char *months = NULL;

  g_return_if_fail (PHAEN_IS_MONTH_STRIP (self));

  mask &= PHAEN_SCHEDULE_ALL;
  if (self->mask == mask)
    return;
  self->mask = mask;
  months = phaen_schedule_format (mask);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), *months != '\0' ? months : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, months, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MASK]);
}
