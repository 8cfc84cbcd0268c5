/* phaen-timeline-view.c: the fiscal-year timeline as an editable widget
 *
 * The view owns no geometry of its own: every frame asks the timeline
 * layout (src/render) for the viewport's frame, paints it with the
 * timeline painter through gtk_snapshot_append_cairo(), and hit-tests the
 * same frame for the mouse. A frame costs the same whatever the size of
 * the plan, so nothing is cached between frames but the layout's texts.
 *
 * Sizes follow the widget's font: the body text has the visible size of
 * the interface font, a month is 4.5 times that size at zoom 1, and rows
 * show one line of the project's name below zoom 1.3, two below 2.2, then
 * three.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "render/phaen-timeline-painter.h"

#include "phaen-timeline-view.h"

#define ZOOM_MIN      0.25
#define ZOOM_MAX      6.0
#define ZOOM_STEP     1.25
/* A month at zoom 1, in interface font sizes. */
#define MONTH_EMS     4.5
/* TH Sarabun points are drawn at about 0.66 of the visible size of other
 * faces: the body text in TH Sarabun points for the interface's size. */
#define TH_SARABUN_VISIBLE 0.66

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
  DRAG_ADD,
} DragMode;

struct _PhaenTimelineView
{
  GtkWidget             parent_instance;

  PhaenPlan            *plan;
  PhaenTimelineLayout  *layout;
  PhaenProject         *selected;
  GtkFilter            *filter;
  PhaenTimelineGroupBy  group_by;
  gboolean              load_filtered;
  double                zoom;
  gboolean              fit;
  int                   cursor_month;
  char                 *focus_description;

  GtkAdjustment        *hadjustment;
  GtkAdjustment        *vadjustment;
  guint                 hscroll_policy : 1;
  guint                 vscroll_policy : 1;

  /* The drag in progress. */
  DragMode              drag_mode;
  PhaenProject         *drag_project;
  guint                 drag_mask;      /* the months before the drag */
  guint                 drag_first;     /* the run dragged */
  guint                 drag_last;
  double                drag_x;
  int                   drag_cursor;    /* the month cursor before the drag */
  guint                 preview_mask;

  double                pointer_x;
};

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_SELECTED_PROJECT,
  PROP_FILTER,
  PROP_GROUP_BY,
  PROP_LOAD_FILTERED,
  PROP_ZOOM,
  PROP_FIT,
  PROP_CURSOR_MONTH,
  PROP_FOCUS_DESCRIPTION,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum
{
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PhaenTimelineView, phaen_timeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* ---- sizes -------------------------------------------------------------- */

/* The interface font's size in pixels. */
static double
font_pixels (PhaenTimelineView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);
  double size;

  if (resolution <= 0)
    resolution = 96.0;
  if (desc == NULL || pango_font_description_get_size (desc) <= 0)
    return 11.0 * resolution / 72.0;

  size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (desc))
    size *= resolution / 72.0;

  return size;
}

static double
base_month_width (PhaenTimelineView *self)
{
  return round (font_pixels (self) * MONTH_EMS);
}

static double
pane_width_for (PhaenTimelineView *self,
                double             width)
{
  double em = font_pixels (self);

  return round (MIN (CLAMP (width * 0.3, 12 * em, 28 * em), width * 0.5));
}

static guint
lines_for_zoom (double zoom)
{
  return zoom < 1.3 ? 1 : zoom < 2.2 ? 2 : 3;
}

static guint
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));

  return g_date_get_julian (&date);
}

/* The layout parameters of the view as it is now. */
static void
view_params (PhaenTimelineView   *self,
             PhaenTimelineParams *params)
{
  GtkWidget *widget = GTK_WIDGET (self);

  phaen_timeline_params_init (params);
  params->width = MAX (1, gtk_widget_get_width (widget));
  params->height = MAX (1, gtk_widget_get_height (widget));
  params->text_size = font_pixels (self) / TH_SARABUN_VISIBLE;
  params->pane_width = pane_width_for (self, params->width);
  params->month_width = base_month_width (self) * self->zoom;
  params->name_lines = lines_for_zoom (self->zoom);
  params->scroll_x = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  params->scroll_y = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  params->today = today_julian ();
  params->selected = self->selected;
  params->cursor_month = gtk_widget_has_focus (widget) ? self->cursor_month : -1;
  if (self->drag_mode != DRAG_NONE)
    {
      params->preview_project = self->drag_project;
      params->preview_mask = self->preview_mask;
    }
}

static PhaenTimelineFrame *
current_frame (PhaenTimelineView *self)
{
  PhaenTimelineParams params;

  if (self->layout == NULL)
    return NULL;

  view_params (self, &params);
  return phaen_timeline_layout_frame (self->layout, &params);
}

/* ---- colours -------------------------------------------------------------- */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static gboolean
lookup_color (GtkStyleContext    *context,
              const char * const *names,
              PhaenTimelineColor *color)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      GdkRGBA rgba;

      if (gtk_style_context_lookup_color (context, names[i], &rgba))
        {
          color->red = rgba.red;
          color->green = rgba.green;
          color->blue = rgba.blue;
          color->alpha = rgba.alpha;
          return TRUE;
        }
    }

  return FALSE;
}

static void
widget_style (PhaenTimelineView  *self,
              PhaenTimelineStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  static const char * const backgrounds[] = { "view_bg_color", "theme_base_color", NULL };
  static const char * const accents[] = { "accent_bg_color", "theme_selected_bg_color", NULL };
  PhaenTimelineColor fg, bg, accent;
  GdkRGBA rgba;
  gboolean high_contrast;

  gtk_style_context_get_color (context, &rgba);
  fg.red = rgba.red;
  fg.green = rgba.green;
  fg.blue = rgba.blue;
  fg.alpha = 1.0;

  if (!lookup_color (context, backgrounds, &bg))
    {
      double light = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5 ? 0.12 : 1.0;

      bg.red = bg.green = bg.blue = light;
      bg.alpha = 1.0;
    }
  if (!lookup_color (context, accents, &accent))
    {
      accent.red = 0.21;
      accent.green = 0.52;
      accent.blue = 0.89;
      accent.alpha = 1.0;
    }

  high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  phaen_timeline_style_init (style, &fg, &bg, &accent, high_contrast);
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* ---- words for people and screen readers ---------------------------------- */

/* "มีนาคม 2569" in the plan's digits. */
static char *
month_words (PhaenTimelineView *self,
             guint              month)
{
  return phaen_timeline_layout_describe_months (self->layout, 1u << month);
}

static void
update_focus_description (PhaenTimelineView *self)
{
  g_autofree char *text = NULL;

  if (self->layout == NULL || self->selected == NULL)
    text = g_strdup (_("No project selected"));
  else
    {
      guint mask = phaen_project_get_schedule (self->selected) & PHAEN_SCHEDULE_ALL;
      int month = CLAMP (self->cursor_month, 0, PHAEN_FISCAL_MONTHS - 1);
      g_autofree char *month_text = month_words (self, (guint) month);
      g_autofree char *months = phaen_timeline_layout_describe_months (self->layout, mask);
      const char *name = phaen_project_get_name (self->selected);

      if (mask == 0)
        text = g_strdup_printf (_("%s — %s: not planned; the project has no months yet"),
                                name, month_text);
      else if (mask & (1u << month))
        text = g_strdup_printf (_("%s — %s: planned; the project runs in %s"),
                                name, month_text, months);
      else
        text = g_strdup_printf (_("%s — %s: not planned; the project runs in %s"),
                                name, month_text, months);
    }

  if (self->layout != NULL)
    {
      char *converted = phaen_render_digits (phaen_timeline_layout_get_context (self->layout), text);

      g_free (text);
      text = converted;
    }

  if (g_strcmp0 (text, self->focus_description) == 0)
    return;

  g_free (self->focus_description);
  self->focus_description = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->focus_description,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_DESCRIPTION]);
}

static char *
project_tooltip (PhaenTimelineView *self,
                 PhaenProject      *project)
{
  g_autoptr(GString) text = g_string_new (phaen_project_get_name (project));
  guint mask = phaen_project_get_schedule (project) & PHAEN_SCHEDULE_ALL;
  guint actual = phaen_project_get_actual_schedule (project) & PHAEN_SCHEDULE_ALL;
  PhaenRenderContext *ctx = phaen_timeline_layout_get_context (self->layout);
  gint64 budget = phaen_project_get_budget (project);
  g_autofree char *money = phaen_money_format (budget, budget % PHAEN_SATANG_PER_BAHT != 0,
                                               ctx->thai_digits);
  PhaenUnit *unit = phaen_project_get_unit (project);

  g_string_append_c (text, '\n');
  if (mask != 0)
    {
      g_autofree char *months = phaen_timeline_layout_describe_months (self->layout, mask);

      g_string_append_printf (text, _("Months: %s"), months);
    }
  else
    g_string_append (text, _("Months: none yet"));

  if (actual != 0)
    {
      g_autofree char *months = phaen_timeline_layout_describe_months (self->layout, actual);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Actual months: %s"), months);
    }

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Budget: %s baht"), money);
  g_string_append_c (text, '\n');
  if (unit != NULL)
    g_string_append_printf (text, _("Unit: %s"), phaen_unit_get_name (unit));
  else
    g_string_append (text, _("Unit: not specified"));

  /* Digits as the plan prints them, in the name too. */
  return phaen_render_digits (ctx, text->str);
}

char *
phaen_timeline_view_get_tooltip_text_at (PhaenTimelineView *self,
                                         double             x,
                                         double             y)
{
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineHit hit;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  frame = current_frame (self);
  if (frame == NULL || !phaen_timeline_frame_hit_test (frame, x, y, &hit))
    return NULL;

  if (hit.project != NULL && hit.kind != PHAEN_TIMELINE_HIT_NONE)
    return project_tooltip (self, hit.project);

  if (hit.kind == PHAEN_TIMELINE_HIT_LOAD && hit.month >= 0)
    {
      g_autofree char *month = month_words (self, (guint) hit.month);
      PhaenRenderContext *ctx = phaen_timeline_layout_get_context (self->layout);
      g_autofree char *money = NULL;
      g_autofree char *text = NULL;
      guint n = 0;
      gint64 budget = 0;

      phaen_timeline_layout_get_load (self->layout, (guint) hit.month, &n, &budget);
      money = phaen_money_format (budget, FALSE, FALSE);
      text = g_strdup_printf (ngettext ("%s: %u project running, %s baht",
                                        "%s: %u projects running, %s baht", n),
                              month, n, money);
      return phaen_digits (text, ctx->thai_digits);
    }

  if (hit.kind == PHAEN_TIMELINE_HIT_HEADER && hit.month >= 0)
    return month_words (self, (guint) hit.month);

  if (hit.row >= 0)
    {
      const char *label = NULL;
      guint n = 0;
      gint64 budget = 0;
      g_autofree char *money = NULL;
      g_autofree char *totals = NULL;
      g_autofree char *text = NULL;

      phaen_timeline_layout_get_row (self->layout, (guint) hit.row, NULL, NULL, &label, &n, &budget);
      money = phaen_money_format (budget, FALSE, FALSE);
      totals = g_strdup_printf (ngettext ("%u project, %s baht", "%u projects, %s baht", n), n, money);
      text = g_strdup_printf ("%s\n%s", label, totals);
      return phaen_digits (text, phaen_timeline_layout_get_context (self->layout)->thai_digits);
    }

  return NULL;
}

static gboolean
query_tooltip_cb (PhaenTimelineView *self,
                  int                x,
                  int                y,
                  gboolean           keyboard_mode,
                  GtkTooltip        *tooltip)
{
  g_autofree char *text = NULL;

  if (self->drag_mode != DRAG_NONE)
    return FALSE;

  if (keyboard_mode)
    {
      if (self->selected == NULL || self->layout == NULL)
        return FALSE;
      text = g_strdup (self->focus_description);
    }
  else
    text = phaen_timeline_view_get_tooltip_text_at (self, x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- scrolling ------------------------------------------------------------ */

/* The view's parameters for an allocation of @width × @height, with the
 * zoom that fitting the year to the width gives there; returns that zoom
 * (stored by the caller, if at all). */
static double
params_for_size (PhaenTimelineView   *self,
                 int                  width,
                 int                  height,
                 PhaenTimelineParams *params)
{
  double zoom = self->zoom;

  view_params (self, params);
  params->width = MAX (1, width);
  params->height = MAX (1, height);
  params->pane_width = pane_width_for (self, params->width);
  if (self->fit)
    {
      double hpage = MAX (0.0, params->width - params->pane_width);

      zoom = CLAMP (hpage / (PHAEN_FISCAL_MONTHS * base_month_width (self)), ZOOM_MIN, ZOOM_MAX);
      params->month_width = base_month_width (self) * zoom;
      params->name_lines = lines_for_zoom (zoom);
    }
  return zoom;
}

/* The height of the header, the load rows and every row at @params. */
static double
rows_extent (PhaenTimelineView         *self,
             const PhaenTimelineParams *params,
             PhaenTimelineMetrics      *metrics)
{
  if (self->layout == NULL)
    {
      memset (metrics, 0, sizeof *metrics);
      metrics->project_height = 1;
      return 0;
    }
  phaen_timeline_layout_get_metrics (self->layout, params, metrics);
  return phaen_timeline_layout_get_rows_height (self->layout, params);
}

static void
configure_adjustments (PhaenTimelineView *self,
                       int                width,
                       int                height)
{
  PhaenTimelineParams params;
  PhaenTimelineMetrics metrics;
  double rows, vpage, hpage, months, zoom;

  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  zoom = params_for_size (self, width, height, &params);
  hpage = MAX (0.0, params.width - params.pane_width);
  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  rows = rows_extent (self, &params, &metrics);

  vpage = MAX (0.0, params.height - metrics.rows_top);
  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0.0, rows - vpage)),
                            0, MAX (rows, vpage), metrics.project_height, MAX (1.0, vpage * 0.9), vpage);

  months = PHAEN_FISCAL_MONTHS * params.month_width;
  gtk_adjustment_configure (self->hadjustment,
                            CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0.0, months - hpage)),
                            0, MAX (months, hpage), MAX (1.0, params.month_width / 4),
                            MAX (1.0, hpage * 0.9), hpage);
}

static void
adjustment_value_changed_cb (PhaenTimelineView *self,
                             GtkAdjustment     *adjustment)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PhaenTimelineView  *self,
                GtkAdjustment     **slot,
                GtkAdjustment      *adjustment,
                guint               prop_id)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_object_unref (*slot);
    }

  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed",
                            G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), prop_id == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

/* Scrolls so that row @index and month @month (-1: any) are in view. */
static void
scroll_to (PhaenTimelineView *self,
           int                index,
           int                month)
{
  PhaenTimelineParams params;
  double page, value;

  if (self->layout == NULL || self->vadjustment == NULL || index < 0)
    return;

  view_params (self, &params);

  page = gtk_adjustment_get_page_size (self->vadjustment);
  if (page > 0)
    {
      double height = 0;
      double top = phaen_timeline_layout_get_row_y (self->layout, &params, (guint) index, &height);

      value = gtk_adjustment_get_value (self->vadjustment);
      if (top < value)
        gtk_adjustment_set_value (self->vadjustment, top);
      else if (top + height > value + page)
        gtk_adjustment_set_value (self->vadjustment, MIN (top, top + height - page));
    }

  page = gtk_adjustment_get_page_size (self->hadjustment);
  if (page > 0 && month >= 0)
    {
      double left = month * params.month_width;

      value = gtk_adjustment_get_value (self->hadjustment);
      if (left < value)
        gtk_adjustment_set_value (self->hadjustment, left);
      else if (left + params.month_width > value + page)
        gtk_adjustment_set_value (self->hadjustment, left + params.month_width - page);
    }
}

/* ---- zoom ------------------------------------------------------------------- */

/* Zooms keeping the point of the months at @anchor_x (view coordinates) in place. */
static void
zoom_at (PhaenTimelineView *self,
         double             zoom,
         double             anchor_x)
{
  PhaenTimelineParams params;
  double offset, month;

  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  view_params (self, &params);
  offset = CLAMP (anchor_x - params.pane_width, 0, MAX (0.0, params.width - params.pane_width));
  month = (params.scroll_x + offset) / params.month_width;

  if (self->fit)
    {
      self->fit = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
    }
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  configure_adjustments (self, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)));
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, month * base_month_width (self) * zoom - offset);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (widget);

  zoom_at (self, self->zoom * ZOOM_STEP, self->pointer_x);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (widget);

  zoom_at (self, self->zoom / ZOOM_STEP, self->pointer_x);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  phaen_timeline_view_set_fit (PHAEN_TIMELINE_VIEW (widget), TRUE);
}

static gboolean
scroll_cb (PhaenTimelineView        *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double factor;

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  /* A wheel click is ±1; a touchpad gives pixels. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    factor = pow (1.1, -dy);
  else
    factor = pow (1.01, -dy);

  zoom_at (self, self->zoom * factor, self->pointer_x);
  return TRUE;
}

static void
motion_cb (PhaenTimelineView        *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineHit hit;
  const char *cursor = NULL;

  self->pointer_x = x;
  if (self->drag_mode != DRAG_NONE)
    return;

  frame = current_frame (self);
  if (frame != NULL && phaen_timeline_frame_hit_test (frame, x, y, &hit) && hit.project != NULL)
    {
      switch (hit.kind)
        {
        case PHAEN_TIMELINE_HIT_BAR_START:
        case PHAEN_TIMELINE_HIT_BAR_END:
          cursor = "ew-resize";
          break;
        case PHAEN_TIMELINE_HIT_BAR:
          cursor = "grab";
          break;
        case PHAEN_TIMELINE_HIT_MONTH:
          cursor = "cell";
          break;
        default:
          break;
        }
    }

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* ---- editing ------------------------------------------------------------------ */

static guint
run_bits (guint first,
          guint last)
{
  if (first > last)
    {
      guint swap = first;

      first = last;
      last = swap;
    }

  return (((1u << (last + 1)) - 1) & ~((1u << first) - 1)) & PHAEN_SCHEDULE_ALL;
}

/* One undo step setting the months of @project. The group names the
 * step and keeps it apart: two quick toggles of the same project are two
 * steps, not one merged like typing. */
static void
edit_schedule (PhaenTimelineView *self,
               PhaenProject      *project,
               guint              mask)
{
  PhaenHistory *history;

  mask &= PHAEN_SCHEDULE_ALL;
  if (self->plan == NULL || project == NULL || mask == phaen_project_get_schedule (project))
    return;

  /* A toggle, a drag or a resize is a step of its own, named in the
   * undo menu: a group is never merged into, so two quick toggles of one
   * project are two steps, not one as typing in a field would be. */
  history = phaen_plan_get_history (self->plan);
  phaen_history_begin_group (history, _("Change the months of a project"));
  phaen_plan_edit_set_uint (self->plan, project, "schedule", mask);
  phaen_history_end_group (history);
  phaen_history_break_merge (history);
}

static void
set_cursor (PhaenTimelineView *self,
            int                month)
{
  month = CLAMP (month, 0, PHAEN_FISCAL_MONTHS - 1);
  if (month == self->cursor_month)
    return;

  self->cursor_month = month;
  update_focus_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_MONTH]);
}

static void
drag_clear (PhaenTimelineView *self)
{
  self->drag_mode = DRAG_NONE;
  g_clear_object (&self->drag_project);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (PhaenTimelineView *self,
               double             x,
               double             y,
               GtkGestureDrag    *gesture)
{
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineHit hit;

  drag_clear (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  frame = current_frame (self);
  if (frame == NULL || !phaen_timeline_frame_hit_test (frame, x, y, &hit) || hit.project == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  phaen_timeline_view_set_selected_project (self, hit.project);
  if (hit.month >= 0)
    set_cursor (self, hit.month);

  switch (hit.kind)
    {
    case PHAEN_TIMELINE_HIT_BAR:
      self->drag_mode = DRAG_MOVE;
      break;
    case PHAEN_TIMELINE_HIT_BAR_START:
      self->drag_mode = DRAG_START;
      break;
    case PHAEN_TIMELINE_HIT_BAR_END:
      self->drag_mode = DRAG_END;
      break;
    case PHAEN_TIMELINE_HIT_MONTH:
      self->drag_mode = DRAG_ADD;
      hit.run_first = hit.run_last = (guint) hit.month;
      break;
    default:
      return;
    }

  self->drag_project = g_object_ref (hit.project);
  self->drag_mask = phaen_project_get_schedule (hit.project) & PHAEN_SCHEDULE_ALL;
  self->drag_first = hit.run_first;
  self->drag_last = hit.run_last;
  self->drag_x = x;
  self->drag_cursor = self->cursor_month;
  self->preview_mask = self->drag_mode == DRAG_ADD ? self->drag_mask | run_bits (hit.run_first, hit.run_first)
                                                   : self->drag_mask;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update_cb (PhaenTimelineView *self,
                double             offset_x,
                double             offset_y,
                GtkGestureDrag    *gesture)
{
  PhaenTimelineParams params;
  guint first = self->drag_first, last = self->drag_last;
  guint length = last - first;
  guint without = self->drag_mask & ~run_bits (first, last);
  guint mask = self->drag_mask;
  int delta;

  if (self->drag_mode == DRAG_NONE)
    return;

  view_params (self, &params);
  delta = (int) lround (offset_x / params.month_width);

  switch (self->drag_mode)
    {
    case DRAG_MOVE:
      {
        int moved = CLAMP ((int) first + delta, 0, PHAEN_FISCAL_MONTHS - 1 - (int) length);

        mask = without | run_bits ((guint) moved, (guint) moved + length);
        /* The cursor travels with the month it was on. */
        set_cursor (self, self->drag_cursor + moved - (int) first);
      }
      break;
    case DRAG_START:
      {
        int start = CLAMP ((int) first + delta, 0, (int) last);

        mask = without | run_bits ((guint) start, last);
        set_cursor (self, start);
      }
      break;
    case DRAG_END:
      {
        int end = CLAMP ((int) last + delta, (int) first, PHAEN_FISCAL_MONTHS - 1);

        mask = without | run_bits (first, (guint) end);
        set_cursor (self, end);
      }
      break;
    case DRAG_ADD:
      {
        double x = self->drag_x + offset_x - (params.pane_width - params.scroll_x);
        int month = CLAMP ((int) floor (x / params.month_width), 0, PHAEN_FISCAL_MONTHS - 1);

        mask = self->drag_mask | run_bits (first, (guint) month);
        set_cursor (self, month);
      }
      break;
    case DRAG_NONE:
    default:
      break;
    }

  if (mask != self->preview_mask)
    {
      self->preview_mask = mask;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
drag_end_cb (PhaenTimelineView *self,
             double             offset_x,
             double             offset_y,
             GtkGestureDrag    *gesture)
{
  g_autoptr(PhaenProject) project = NULL;
  guint mask;

  if (self->drag_mode == DRAG_NONE)
    return;

  drag_update_cb (self, offset_x, offset_y, gesture);
  project = g_object_ref (self->drag_project);
  mask = self->preview_mask;
  drag_clear (self);

  edit_schedule (self, project, mask);
}

static void
drag_cancel_cb (PhaenTimelineView *self,
                GdkEventSequence  *sequence,
                GtkGesture        *gesture)
{
  drag_clear (self);
}

static void
pressed_cb (PhaenTimelineView *self,
            int                n_press,
            double             x,
            double             y,
            GtkGestureClick   *gesture)
{
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineHit hit;

  if (n_press != 2)
    return;

  frame = current_frame (self);
  if (frame != NULL && phaen_timeline_frame_hit_test (frame, x, y, &hit) && hit.project != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, hit.project);
}

/* Moves the selection @step project rows (-1 up, +1 down). */
static void
move_selection (PhaenTimelineView *self,
                int                step)
{
  int index, next;

  if (self->layout == NULL)
    return;

  index = phaen_timeline_layout_find_project (self->layout, self->selected);
  if (index < 0)
    next = phaen_timeline_layout_step_project (self->layout, step > 0 ? -1 : (int) phaen_timeline_layout_get_n_rows (self->layout),
                                               step > 0 ? 1 : -1);
  else
    {
      next = index;
      for (int i = 0; i < ABS (step); i++)
        {
          int candidate = phaen_timeline_layout_step_project (self->layout, next, step > 0 ? 1 : -1);

          if (candidate < 0)
            break;
          next = candidate;
        }
    }

  if (next >= 0)
    {
      PhaenProject *project = NULL;

      phaen_timeline_layout_get_row (self->layout, (guint) next, NULL, &project, NULL, NULL, NULL);
      phaen_timeline_view_set_selected_project (self, project);
    }
}

static int
rows_per_page (PhaenTimelineView *self)
{
  PhaenTimelineParams params;
  PhaenTimelineMetrics metrics;

  if (self->layout == NULL || self->vadjustment == NULL)
    return 1;

  view_params (self, &params);
  phaen_timeline_layout_get_metrics (self->layout, &params, &metrics);

  return MAX (1, (int) (gtk_adjustment_get_page_size (self->vadjustment) / metrics.project_height) - 1);
}

static gboolean
key_pressed_cb (PhaenTimelineView     *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  guint mask;
  int month = self->cursor_month;

  if ((state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Escape && self->drag_mode != DRAG_NONE)
    {
      drag_clear (self);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_selection (self, -rows_per_page (self));
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_selection (self, rows_per_page (self));
      return TRUE;
    default:
      break;
    }

  if (control && (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home ||
                  keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End))
    {
      gboolean home = keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home;

      phaen_timeline_view_set_selected_project (self, NULL);
      move_selection (self, home ? 1 : -1);
      return TRUE;
    }

  if (self->selected == NULL)
    {
      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_space ||
          keyval == GDK_KEY_Home || keyval == GDK_KEY_End)
        {
          move_selection (self, 1);
          return TRUE;
        }
      return FALSE;
    }

  mask = phaen_project_get_schedule (self->selected) & PHAEN_SCHEDULE_ALL;
  month = CLAMP (month, 0, PHAEN_FISCAL_MONTHS - 1);

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        int next = CLAMP (month + ((keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left) ? -1 : 1),
                          0, PHAEN_FISCAL_MONTHS - 1);

        if (shift)
          edit_schedule (self, self->selected, mask | run_bits ((guint) month, (guint) next));
        set_cursor (self, next);
        scroll_to (self, phaen_timeline_layout_find_project (self->layout, self->selected), next);
        return TRUE;
      }

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      {
        int next = (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home) ? 0 : PHAEN_FISCAL_MONTHS - 1;

        if (shift)
          edit_schedule (self, self->selected, mask | run_bits ((guint) month, (guint) next));
        set_cursor (self, next);
        scroll_to (self, phaen_timeline_layout_find_project (self->layout, self->selected), next);
        return TRUE;
      }

    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      edit_schedule (self, self->selected, mask ^ (1u << month));
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, self->selected);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
focus_changed_cb (PhaenTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- the plan and the layout --------------------------------------------------- */

static void
layout_changed_cb (PhaenTimelineView *self)
{
  /* A removed project can no longer be selected or dragged. */
  if (self->selected != NULL &&
      phaen_plan_find_project (self->plan, phaen_project_get_id (self->selected)) != self->selected)
    phaen_timeline_view_set_selected_project (self, NULL);
  if (self->drag_project != NULL &&
      phaen_plan_find_project (self->plan, phaen_project_get_id (self->drag_project)) != self->drag_project)
    drag_clear (self);

  update_focus_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
filter_match (PhaenProject *project,
              gpointer      user_data)
{
  PhaenTimelineView *self = user_data;

  return self->filter == NULL || gtk_filter_match (self->filter, project);
}

static void
filter_changed_cb (PhaenTimelineView *self)
{
  if (self->layout != NULL)
    phaen_timeline_layout_refilter (self->layout);
}


/* The layout holds the grouping and the load setting once it exists; the
 * view keeps them for a layout made later and says when they changed. */
static void
layout_setting_cb (PhaenTimelineView *self,
                   GParamSpec        *pspec)
{
  if (g_str_equal (pspec->name, "group-by"))
    {
      self->group_by = phaen_timeline_layout_get_group_by (self->layout);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
    }
  else
    {
      self->load_filtered = phaen_timeline_layout_get_load_filtered (self->layout);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_FILTERED]);
    }
}

static void
create_layout (PhaenTimelineView *self)
{
  g_autoptr(GError) error = NULL;
  PangoFontMap *font_map;

  g_clear_object (&self->layout);
  if (self->plan == NULL)
    return;

  font_map = pango_context_get_font_map (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  self->layout = phaen_timeline_layout_new_for_font_map (self->plan, NULL, font_map, NULL, &error);
  if (self->layout == NULL)
    {
      g_warning ("The timeline cannot be drawn: %s", error->message);
      return;
    }

  phaen_timeline_layout_set_group_by (self->layout, self->group_by);
  phaen_timeline_layout_set_load_filtered (self->layout, self->load_filtered);
  phaen_timeline_layout_set_filter (self->layout, filter_match, self, NULL);
  g_signal_connect_object (self->layout, "changed", G_CALLBACK (layout_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->layout, "notify::group-by", G_CALLBACK (layout_setting_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->layout, "notify::load-filtered", G_CALLBACK (layout_setting_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ---- GtkWidget --------------------------------------------------------------- */

static void
phaen_timeline_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (widget);
  double em = font_pixels (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (16 * em);
      if (self->fit)
        /* The year fits whatever width it gets: never a scrollbar. */
        *natural = *minimum;
      else
        {
          /* The narrowest width at which the zoomed months need no
           * scrollbar, the pane taking its share of that width. */
          double months = PHAEN_FISCAL_MONTHS * base_month_width (self) * self->zoom;
          double width = months + 12 * em;

          for (guint i = 0; i < 8 && width - pane_width_for (self, width) < months; i++)
            width = months + pane_width_for (self, width);
          *natural = MAX (*minimum, (int) ceil (width));
        }
    }
  else
    {
      /* The natural height is all there is to show, so that the scrolled
       * window's guess at its scrollbar agrees with the adjustments that
       * size_allocate sets (a scrollbar flipping during the allocation
       * queues a resize in the middle of the window's layout). */
      PhaenTimelineParams params;
      PhaenTimelineMetrics metrics;
      double rows;

      params_for_size (self, for_size > 0 ? for_size : gtk_widget_get_width (widget), 1, &params);
      rows = rows_extent (self, &params, &metrics);
      *minimum = (int) ceil (12 * em);
      *natural = MAX (*minimum, (int) ceil (metrics.rows_top + rows));
    }
}

static void
phaen_timeline_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  configure_adjustments (PHAEN_TIMELINE_VIEW (widget), width, height);
}

static void
phaen_timeline_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (widget);
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  PhaenTimelineStyle style;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  frame = current_frame (self);
  if (frame == NULL)
    return;

  widget_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  phaen_timeline_paint (frame, cr, &style);
  cairo_destroy (cr);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
phaen_timeline_view_dispose (GObject *object)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (object);

  drag_clear (self);
  g_clear_object (&self->layout);
  g_clear_object (&self->selected);
  g_clear_object (&self->plan);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_clear_object (&self->filter);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (phaen_timeline_view_parent_class)->dispose (object);
}

static void
phaen_timeline_view_finalize (GObject *object)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (object);

  g_free (self->focus_description);

  G_OBJECT_CLASS (phaen_timeline_view_parent_class)->finalize (object);
}

static void
phaen_timeline_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_SELECTED_PROJECT:
      g_value_set_object (value, self->selected);
      break;
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_GROUP_BY:
      g_value_set_enum (value, self->group_by);
      break;
    case PROP_LOAD_FILTERED:
      g_value_set_boolean (value, self->load_filtered);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT:
      g_value_set_boolean (value, self->fit);
      break;
    case PROP_CURSOR_MONTH:
      g_value_set_int (value, self->cursor_month);
      break;
    case PROP_FOCUS_DESCRIPTION:
      g_value_set_string (value, self->focus_description);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_timeline_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhaenTimelineView *self = PHAEN_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      phaen_timeline_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_PROJECT:
      phaen_timeline_view_set_selected_project (self, g_value_get_object (value));
      break;
    case PROP_FILTER:
      phaen_timeline_view_set_filter (self, g_value_get_object (value));
      break;
    case PROP_GROUP_BY:
      phaen_timeline_view_set_group_by (self, g_value_get_enum (value));
      break;
    case PROP_LOAD_FILTERED:
      phaen_timeline_view_set_load_filtered (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      phaen_timeline_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT:
      phaen_timeline_view_set_fit (self, g_value_get_boolean (value));
      break;
    case PROP_CURSOR_MONTH:
      phaen_timeline_view_set_cursor_month (self, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), PROP_HADJUSTMENT);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), PROP_VADJUSTMENT);
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_timeline_view_class_init (PhaenTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_timeline_view_dispose;
  object_class->finalize = phaen_timeline_view_finalize;
  object_class->get_property = phaen_timeline_view_get_property;
  object_class->set_property = phaen_timeline_view_set_property;

  widget_class->measure = phaen_timeline_view_measure;
  widget_class->size_allocate = phaen_timeline_view_size_allocate;
  widget_class->snapshot = phaen_timeline_view_snapshot;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PHAEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_PROJECT] =
    g_param_spec_object ("selected-project", NULL, NULL, PHAEN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_BY] =
    g_param_spec_enum ("group-by", NULL, NULL, PHAEN_TYPE_TIMELINE_GROUP_BY,
                       PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOAD_FILTERED] =
    g_param_spec_boolean ("load-filtered", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT] =
    g_param_spec_boolean ("fit", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_MONTH] =
    g_param_spec_int ("cursor-month", NULL, NULL, 0, PHAEN_FISCAL_MONTHS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_DESCRIPTION] =
    g_param_spec_string ("focus-description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PHAEN_TYPE_PROJECT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "phaen-timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
phaen_timeline_view_init (PhaenTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag, *click;
  GtkEventController *controller;

  self->load_filtered = TRUE;
  self->zoom = 1.0;
  self->fit = TRUE;
  self->cursor_month = 0;
  /* The scrolled window guesses its scrollbar from the natural height,
   * which is the height of every row (see measure()). */
  self->vscroll_policy = GTK_SCROLL_NATURAL;
  self->hscroll_policy = GTK_SCROLL_NATURAL;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (widget, "view");
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect_swapped (drag, "cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (widget, controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Project timeline"),
                                  -1);
  update_focus_description (self);
}

/* ---- public API ---------------------------------------------------------------- */

GtkWidget *
phaen_timeline_view_new (void)
{
  return g_object_new (PHAEN_TYPE_TIMELINE_VIEW, NULL);
}

PhaenPlan *
phaen_timeline_view_get_plan (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return self->plan;
}

void
phaen_timeline_view_set_plan (PhaenTimelineView *self,
                              PhaenPlan         *plan)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));
  g_return_if_fail (plan == NULL || PHAEN_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  drag_clear (self);
  phaen_timeline_view_set_selected_project (self, NULL);
  g_set_object (&self->plan, plan);
  create_layout (self);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);

  update_focus_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PhaenProject *
phaen_timeline_view_get_selected_project (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return self->selected;
}

void
phaen_timeline_view_set_selected_project (PhaenTimelineView *self,
                                          PhaenProject      *project)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));
  g_return_if_fail (project == NULL || PHAEN_IS_PROJECT (project));

  if (self->selected == project)
    return;

  g_set_object (&self->selected, project);
  if (self->layout != NULL && project != NULL)
    scroll_to (self, phaen_timeline_layout_find_project (self->layout, project), -1);

  update_focus_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PROJECT]);
}

GtkFilter *
phaen_timeline_view_get_filter (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return self->filter;
}

void
phaen_timeline_view_set_filter (PhaenTimelineView *self,
                                GtkFilter         *filter)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (filter_changed_cb), self);

  filter_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

PhaenTimelineGroupBy
phaen_timeline_view_get_group_by (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), PHAEN_TIMELINE_GROUP_BY_PROGRAM);

  if (self->layout != NULL)
    return phaen_timeline_layout_get_group_by (self->layout);
  return self->group_by;
}

void
phaen_timeline_view_set_group_by (PhaenTimelineView    *self,
                                  PhaenTimelineGroupBy  group_by)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));

  /* The layout notifies, and layout_setting_cb() follows. */
  if (self->layout != NULL)
    phaen_timeline_layout_set_group_by (self->layout, group_by);
  else if (self->group_by != group_by)
    {
      self->group_by = group_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
    }
}

gboolean
phaen_timeline_view_get_load_filtered (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), TRUE);

  if (self->layout != NULL)
    return phaen_timeline_layout_get_load_filtered (self->layout);
  return self->load_filtered;
}

void
phaen_timeline_view_set_load_filtered (PhaenTimelineView *self,
                                       gboolean           load_filtered)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));

  if (self->layout != NULL)
    phaen_timeline_layout_set_load_filtered (self->layout, load_filtered);
  else if (self->load_filtered != !!load_filtered)
    {
      self->load_filtered = !!load_filtered;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_FILTERED]);
    }
}

double
phaen_timeline_view_get_zoom (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), 1.0);

  return self->zoom;
}

void
phaen_timeline_view_set_zoom (PhaenTimelineView *self,
                              double             zoom)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));

  zoom_at (self, zoom, 0);
}

gboolean
phaen_timeline_view_get_fit (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), TRUE);

  return self->fit;
}

void
phaen_timeline_view_set_fit (PhaenTimelineView *self,
                             gboolean           fit)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));

  fit = !!fit;
  if (self->fit == fit)
    return;

  self->fit = fit;
  configure_adjustments (self, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
}

int
phaen_timeline_view_get_cursor_month (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), 0);

  return self->cursor_month;
}

void
phaen_timeline_view_set_cursor_month (PhaenTimelineView *self,
                                      int                month)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_VIEW (self));

  set_cursor (self, month);
}

const char *
phaen_timeline_view_get_focus_description (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return self->focus_description;
}

PhaenTimelineFrame *
phaen_timeline_view_get_frame (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return current_frame (self);
}

PhaenTimelineLayout *
phaen_timeline_view_get_layout (PhaenTimelineView *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_VIEW (self), NULL);

  return self->layout;
}
