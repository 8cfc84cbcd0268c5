/* phaen-date-row.c: a form row holding a date chosen on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row's subtitle shows the date as Thai officers write it, in the
 * Buddhist era ("24 ตุลาคม 2568"); the button at its end opens a calendar.
 * The plan stores dates as ISO (Common Era) strings, and so does the row.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-date-row.h"

#include "model/phaen-fiscal.h"

struct _PhaenDateRow
{
  AdwActionRow   parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkWidget     *none_button;
  char          *date;
  guint          updating : 1;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_NONE,
  N_PROPS
};

enum {
  DATE_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenDateRow, phaen_date_row, ADW_TYPE_ACTION_ROW)

static void
show_date (PhaenDateRow *self)
{
  GDate date;

  g_date_clear (&date, 1);
  if (*self->date != '\0' && phaen_date_parse_iso (self->date, &date, NULL))
    {
      g_autofree char *shown = phaen_date_format_thai (&date, FALSE);
      g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                         g_date_get_day (&date), 0, 0, 0);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), shown);
      self->updating = TRUE;
      gtk_calendar_select_day (self->calendar, when);
      self->updating = FALSE;
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("Not set yet"));
}

static void
choose (PhaenDateRow *self,
        const char   *iso)
{
  phaen_date_row_set_date (self, iso);
  g_signal_emit (self, signals[DATE_CHOSEN], 0, self->date);
}

static void
day_selected_cb (PhaenDateRow *self)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *iso = NULL;

  if (self->updating)
    return;
  when = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (when, "%Y-%m-%d");
  choose (self, iso);
}

static void
none_clicked_cb (PhaenDateRow *self)
{
  gtk_menu_button_popdown (self->button);
  choose (self, "");
}

static void
phaen_date_row_finalize (GObject *object)
{
  PhaenDateRow *self = PHAEN_DATE_ROW (object);

  g_free (self->date);
  G_OBJECT_CLASS (phaen_date_row_parent_class)->finalize (object);
}

static void
phaen_date_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhaenDateRow *self = PHAEN_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, gtk_widget_get_visible (self->none_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_date_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhaenDateRow *self = PHAEN_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      phaen_date_row_set_date (self, g_value_get_string (value));
      break;
    case PROP_ALLOW_NONE:
      if (gtk_widget_get_visible (self->none_button) == g_value_get_boolean (value))
        return;
      gtk_widget_set_visible (self->none_button, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_date_row_class_init (PhaenDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_date_row_finalize;
  object_class->get_property = phaen_date_row_get_property;
  object_class->set_property = phaen_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DATE_CHOSEN] =
    g_signal_new ("date-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
phaen_date_row_init (PhaenDateRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();

  self->date = g_strdup ("");
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  self->none_button = gtk_button_new_with_mnemonic (_("_No Date Yet"));
  g_signal_connect_swapped (self->none_button, "clicked", G_CALLBACK (none_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->none_button);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose the Date"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  show_date (self);
}

GtkWidget *
phaen_date_row_new (void)
{
  return g_object_new (PHAEN_TYPE_DATE_ROW, NULL);
}

void
phaen_date_row_set_date (PhaenDateRow *self,
                         const char   *iso)
{
  g_return_if_fail (PHAEN_IS_DATE_ROW (self));

  if (iso == NULL)
    iso = "";
  if (g_strcmp0 (self->date, iso) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (iso);
  show_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
phaen_date_row_get_date (PhaenDateRow *self)
{
  g_return_val_if_fail (PHAEN_IS_DATE_ROW (self), NULL);
  return self->date;
}

GtkCalendar *
phaen_date_row_get_calendar (PhaenDateRow *self)
{
  g_return_val_if_fail (PHAEN_IS_DATE_ROW (self), NULL);
  return self->calendar;
}
