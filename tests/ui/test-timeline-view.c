/* test-timeline-view.c: the timeline widget on a display
 *
 * Mouse and keyboard input go through the widget's own controllers: the
 * tests emit their signals ("drag-begin", "pressed", "key-pressed") with
 * coordinates taken from the frame the view paints, so the handlers and
 * the hit tests are the real ones. Pixels come from the widget's render
 * nodes (GSK_RENDERER=cairo).
 *
 * Set PHAEN_RENDER_DUMP=DIR to keep PNGs of the widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"

#include "phaen-timeline-view.h"
#include "../render/test-timeline-fixture.h"

typedef struct
{
  GtkWindow         *window;
  GtkWidget         *scrolled;
  PhaenTimelineView *view;
  PhaenPlan         *plan;
} Fixture;

static PhaenProject *
fixture_project (PhaenPlan *plan,
                 guint      index)
{
  PhaenProject *project = g_list_model_get_item (phaen_plan_get_projects (plan), index);

  g_object_unref (project);   /* the plan keeps it */
  return project;
}

static void
wait_for_size (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);

  for (guint i = 0; i < 500 && (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) <= 1); i++)
    ui_test_spin (10);
  ui_test_flush ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >, 100);
}

static void
fixture_setup_with (Fixture   *fixture,
                    PhaenPlan *plan)
{
  fixture->plan = plan;
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 600);
  fixture->scrolled = gtk_scrolled_window_new ();
  fixture->view = PHAEN_TIMELINE_VIEW (phaen_timeline_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fixture->scrolled), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, fixture->scrolled);
  phaen_timeline_view_set_plan (fixture->view, plan);
  gtk_window_present (fixture->window);
  wait_for_size (fixture);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_setup_with (fixture, timeline_fixture_plan ());
}

static void
fixture_setup_large (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_setup_with (fixture, timeline_large_plan (300, 11));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &fixture->view);
  gtk_window_destroy (fixture->window);
  ui_test_flush ();
  g_assert_null (fixture->view);
  g_assert_finalize_object (fixture->plan);
}

/* The widget's controller of @type. */
static GtkEventController *
find_controller (PhaenTimelineView *view,
                 GType              type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_error ("no %s on the view", g_type_name (type));
}

static gboolean
press_key (PhaenTimelineView *view,
           guint              keyval,
           GdkModifierType    state)
{
  GtkEventController *keys = find_controller (view, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  ui_test_flush ();

  return handled;
}

static void
drag (PhaenTimelineView *view,
      double             x,
      double             y,
      double             dx)
{
  GtkEventController *gesture = find_controller (view, GTK_TYPE_GESTURE_DRAG);

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx, 0.0);
  g_signal_emit_by_name (gesture, "drag-end", dx, 0.0);
  ui_test_flush ();
}

/* Row @project of the view's frame; the view must show it. */
static PhaenTimelineFrameRow
row_of (PhaenTimelineView *view,
        PhaenProject      *project,
        PhaenTimelineFrame *frame)
{
  for (guint i = 0; i < frame->rows->len; i++)
    {
      PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (row->project == project)
        return *row;
    }

  g_error ("%s is not in view", phaen_project_get_name (project));
}

/* The middle of month @month of @project's row. */
static void
month_point (PhaenTimelineView *view,
             PhaenProject      *project,
             guint              month,
             double            *x,
             double            *y)
{
  g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);
  PhaenTimelineFrameRow row = row_of (view, project, frame);

  *x = phaen_timeline_frame_month_x (frame, month) + frame->params.month_width / 2;
  *y = row.y + row.height / 2;
}

static double
month_width (PhaenTimelineView *view)
{
  g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

  return frame->params.month_width;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* ---- selection ------------------------------------------------------------ */

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *road = fixture_project (fixture->plan, 0);
  PhaenProject *water = fixture_project (fixture->plan, 1);
  PhaenProject *canal = fixture_project (fixture->plan, 2);
  guint notified = 0;
  double x, y;

  g_signal_connect (view, "notify::selected-project", G_CALLBACK (count_notify_cb), &notified);
  g_assert_null (phaen_timeline_view_get_selected_project (view));

  /* From outside (the outline or the form). */
  g_object_set (view, "selected-project", water, NULL);
  g_assert_true (phaen_timeline_view_get_selected_project (view) == water);
  g_assert_cmpuint (notified, ==, 1);
  phaen_timeline_view_set_selected_project (view, water);
  g_assert_cmpuint (notified, ==, 1);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

    g_assert_true (row_of (view, water, frame).selected);
    g_assert_false (row_of (view, road, frame).selected);
  }

  /* From a click on the road's name, in the pane. */
  month_point (view, road, 0, &x, &y);
  drag (view, 40, y, 0);
  g_assert_true (phaen_timeline_view_get_selected_project (view) == road);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);

  /* From the keyboard: the row under the road is the canal (program order). */
  g_assert_true (press_key (view, GDK_KEY_Down, 0));
  g_assert_true (phaen_timeline_view_get_selected_project (view) == canal);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (press_key (view, GDK_KEY_Up, 0));
  g_assert_true (press_key (view, GDK_KEY_Up, 0));
  g_assert_true (phaen_timeline_view_get_selected_project (view) == water);
  /* Nothing above the first project row. */
  g_assert_true (press_key (view, GDK_KEY_Up, 0));
  g_assert_true (phaen_timeline_view_get_selected_project (view) == water);
  g_assert_cmpuint (notified, ==, 5);

  /* A click on a group row leaves the selection alone. */
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);
    PhaenTimelineFrameRow group = g_array_index (frame->rows, PhaenTimelineFrameRow, 0);

    g_assert_cmpint (group.kind, ==, PHAEN_TIMELINE_ROW_GROUP);
    drag (view, 40, group.y + 2, 0);
    g_assert_true (phaen_timeline_view_get_selected_project (view) == water);
  }

  /* Unselect from outside. */
  phaen_timeline_view_set_selected_project (view, NULL);
  g_assert_cmpuint (notified, ==, 6);
  g_assert_cmpstr (phaen_timeline_view_get_focus_description (view), ==, "No project selected");
}

/* ---- keyboard editing ------------------------------------------------------ */

static void
test_keyboard_editing (Fixture       *fixture,
                       gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *water = fixture_project (fixture->plan, 1);   /* มี.ค. = 0x020 */
  PhaenHistory *history = phaen_plan_get_history (fixture->plan);
  guint depth = phaen_history_get_depth (history);

  phaen_timeline_view_set_selected_project (view, water);
  gtk_widget_grab_focus (GTK_WIDGET (view));

  /* Home, then two months right: ธ.ค. */
  g_assert_true (press_key (view, GDK_KEY_Home, 0));
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 0);
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 2);
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x020);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth);

  /* Space toggles ธ.ค. on, then off: two steps. */
  g_assert_true (press_key (view, GDK_KEY_space, 0));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x024);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 1);
  g_assert_cmpstr (phaen_history_get_undo_label (history), ==, "Change the months of a project");
  g_assert_true (press_key (view, GDK_KEY_space, 0));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x020);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 2);

  /* Undone and redone. */
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x024);
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x020);
  g_assert_true (phaen_history_redo (history));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x024);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

    g_assert_cmpuint (row_of (view, water, frame).mask, ==, 0x024);
  }

  /* Shift+Right extends from ธ.ค. to ม.ค.; Shift+End to ก.ย.; each one step. */
  depth = phaen_history_get_depth (history);
  g_assert_true (press_key (view, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x02C);
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 3);
  g_assert_true (press_key (view, GDK_KEY_End, GDK_SHIFT_MASK));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0xFFC);
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 11);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 2);
  /* Shift+Home: back to ต.ค., every month on. */
  g_assert_true (press_key (view, GDK_KEY_Home, GDK_SHIFT_MASK));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0xFFF);
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 0);
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x024);

  /* End without Shift only moves; the cursor stops at ก.ย. */
  g_assert_true (press_key (view, GDK_KEY_End, 0));
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 11);
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x024);

  /* Keys the view does not use go on to others. */
  g_assert_false (press_key (view, GDK_KEY_a, 0));
}

/* ---- mouse editing -------------------------------------------------------- */

static void
test_drag_moves_run (Fixture       *fixture,
                     gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *road = fixture_project (fixture->plan, 0);   /* ต.ค.–ธ.ค., มี.ค. */
  PhaenHistory *history = phaen_plan_get_history (fixture->plan);
  GtkEventController *gesture = find_controller (view, GTK_TYPE_GESTURE_DRAG);
  guint depth = phaen_history_get_depth (history);
  double x, y, mw = month_width (view);

  /* Grab พ.ย., the middle of the first run, and carry it two months right. */
  month_point (view, road, 1, &x, &y);
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", 2 * mw + 3, 1.0);
  ui_test_flush ();

  /* While dragging: the plan is untouched, the view shows the new months. */
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);
    PhaenTimelineFrameRow row = row_of (view, road, frame);

    g_assert_true (row.preview);
    g_assert_cmpuint (row.mask, ==, 0x03C);        /* ธ.ค.–ก.พ. and มี.ค. */
    g_assert_cmpuint (row.model_mask, ==, 0x027);
  }
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 3);

  g_signal_emit_by_name (gesture, "drag-end", 2 * mw + 3, 1.0);
  ui_test_flush ();
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x03C);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 1);
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

    g_assert_false (row_of (view, road, frame).preview);
  }

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);

  /* A run cannot leave the year: ต.ค.–ธ.ค. dragged far left stays. */
  month_point (view, road, 1, &x, &y);
  drag (view, x, y, -5 * mw);
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth);

  /* Escape cancels a drag: nothing changes. */
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", 4 * mw, 0.0);
  g_assert_true (press_key (view, GDK_KEY_Escape, 0));
  g_signal_emit_by_name (gesture, "drag-end", 4 * mw, 0.0);
  ui_test_flush ();
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth);
}

static void
test_drag_resizes (Fixture       *fixture,
                   gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *road = fixture_project (fixture->plan, 0);   /* ต.ค.–ธ.ค., มี.ค. */
  PhaenHistory *history = phaen_plan_get_history (fixture->plan);
  double x, y, mw = month_width (view);

  /* The end of ต.ค.–ธ.ค., one month further: it meets nothing yet (ม.ค.). */
  month_point (view, road, 2, &x, &y);
  drag (view, x + mw / 2 - 2, y, mw);
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x02F);

  /* The start of มี.ค., one month back: ก.พ.–มี.ค. joins ต.ค.–ม.ค. */
  month_point (view, road, 5, &x, &y);
  drag (view, x - mw / 2 + 2, y, -mw);
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x03F);

  /* Shrinking to one month from the end of the joined run. */
  month_point (view, road, 5, &x, &y);
  drag (view, x + mw / 2 - 2, y, -5 * mw);
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x001);

  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x03F);
  g_assert_true (phaen_history_undo (history));
  g_assert_true (phaen_history_undo (history));
  g_assert_cmpuint (phaen_project_get_schedule (road), ==, 0x027);
}

static void
test_click_adds_months (Fixture       *fixture,
                        gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *water = fixture_project (fixture->plan, 1);   /* มี.ค. */
  PhaenHistory *history = phaen_plan_get_history (fixture->plan);
  guint depth = phaen_history_get_depth (history);
  double x, y, mw = month_width (view);

  /* A click on พ.ค. adds it. */
  month_point (view, water, 7, &x, &y);
  drag (view, x, y, 0);
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0x0A0);
  g_assert_true (phaen_timeline_view_get_selected_project (view) == water);
  g_assert_cmpint (phaen_timeline_view_get_cursor_month (view), ==, 7);

  /* Dragging over ก.ค.–ก.ย. adds the three in one step. */
  month_point (view, water, 9, &x, &y);
  drag (view, x, y, 2 * mw);
  g_assert_cmpuint (phaen_project_get_schedule (water), ==, 0xEA0);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 2);
}

static void
activated_cb (PhaenTimelineView *view,
              PhaenProject      *project,
              PhaenProject     **out)
{
  *out = project;
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *water = fixture_project (fixture->plan, 1);
  PhaenProject *canal = fixture_project (fixture->plan, 2);
  GtkEventController *click = find_controller (view, GTK_TYPE_GESTURE_CLICK);
  PhaenProject *activated = NULL;
  double x, y;

  g_signal_connect (view, "project-activated", G_CALLBACK (activated_cb), &activated);

  month_point (view, water, 5, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, 100.0, y);
  g_assert_null (activated);
  g_signal_emit_by_name (click, "pressed", 2, 100.0, y);
  g_assert_true (activated == water);

  phaen_timeline_view_set_selected_project (view, canal);
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_true (activated == canal);
}

/* ---- scrolling, zoom, pixels ------------------------------------------------ */

static cairo_surface_t *
render_view (PhaenTimelineView *view,
             const char        *dump_name)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  const char *dir = g_getenv ("PHAEN_RENDER_DUMP");

  /* The widget's own snapshot, whether or not a frame was drawn yet. */
  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (dir != NULL && dump_name != NULL)
    {
      g_autofree char *path = g_build_filename (dir, dump_name, NULL);

      cairo_surface_write_to_png (surface, path);
    }

  return surface;
}

/* Whether the pixels of @a and @b in the rectangle are the same. */
static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b,
             int              x,
             int              y,
             int              width,
             int              height)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);

  for (int row = y; row < y + height; row++)
    if (memcmp (pa + row * stride + x * 4, pb + row * stride + x * 4, (gsize) width * 4) != 0)
      return FALSE;

  return TRUE;
}

static double
luminance_at (cairo_surface_t *surface,
              int              x,
              int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 value;

  memcpy (&value, data + y * cairo_image_surface_get_stride (surface) + x * 4, 4);

  return (0.2126 * ((value >> 16) & 0xff) + 0.7152 * ((value >> 8) & 0xff) + 0.0722 * (value & 0xff)) / 255.0;
}

static void
test_scroll_keeps_header_and_pane (Fixture       *fixture,
                                   gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  int top = (int) frame->metrics.rows_top;
  int pane = (int) frame->params.pane_width;
  cairo_surface_t *before, *after, *zoomed, *shifted;

  /* The rows of 300 projects are taller than the view. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj) * 5);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (vadj),
                                  phaen_timeline_layout_get_rows_height (phaen_timeline_view_get_layout (view),
                                                                         &frame->params), 0.5);

  before = render_view (view, "view-top.png");
  gtk_adjustment_set_value (vadj, 1234);
  ui_test_flush ();
  after = render_view (view, "view-scrolled.png");

  /* The header and load row stay; the rows under them move. */
  g_assert_true (same_pixels (before, after, 0, 0, width, top - 1));
  g_assert_false (same_pixels (before, after, 0, top + 1, width, height - top - 1));

  /* Zoomed in, the months scroll sideways under a pane that stays. */
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL);
  ui_test_flush ();
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), >, gtk_adjustment_get_page_size (hadj));
  zoomed = render_view (view, "view-zoomed.png");
  gtk_adjustment_set_value (hadj, 150);
  ui_test_flush ();
  shifted = render_view (view, "view-shifted.png");
  g_assert_true (same_pixels (zoomed, shifted, 0, top + 1, pane - 2, height - top - 1));
  g_assert_false (same_pixels (zoomed, shifted, pane + 2, 0, width - pane - 2, height));

  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
  cairo_surface_destroy (zoomed);
  cairo_surface_destroy (shifted);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  double fitted = phaen_timeline_view_get_zoom (view);
  guint zoom_notified = 0;

  /* Fitted: the twelve months fill the width beside the pane. */
  g_assert_true (phaen_timeline_view_get_fit (view));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (hadj), gtk_adjustment_get_page_size (hadj), 0.5);

  g_signal_connect (view, "notify::zoom", G_CALLBACK (count_notify_cb), &zoom_notified);
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL);
  ui_test_flush ();
  g_assert_false (phaen_timeline_view_get_fit (view));
  g_assert_cmpfloat_with_epsilon (phaen_timeline_view_get_zoom (view), fitted * 1.25, 1e-9);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), >, gtk_adjustment_get_page_size (hadj) * 1.2);
  g_assert_cmpuint (zoom_notified, ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-out", NULL);
  ui_test_flush ();
  g_assert_cmpfloat_with_epsilon (phaen_timeline_view_get_zoom (view), fitted / 1.25, 1e-9);

  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL);
  ui_test_flush ();
  g_assert_true (phaen_timeline_view_get_fit (view));
  g_assert_cmpfloat_with_epsilon (phaen_timeline_view_get_zoom (view), fitted, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (hadj), gtk_adjustment_get_page_size (hadj), 0.5);

  /* Bounds. */
  phaen_timeline_view_set_zoom (view, 100);
  g_assert_cmpfloat (phaen_timeline_view_get_zoom (view), ==, 6.0);
  phaen_timeline_view_set_zoom (view, 0.01);
  g_assert_cmpfloat (phaen_timeline_view_get_zoom (view), ==, 0.25);
  /* Months too narrow for their names go unnamed. */
  ui_test_flush ();
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

    g_assert_cmpfloat (frame->params.month_width, <, 20);
    for (guint m = 0; m < 12; m++)
      g_assert_null (frame->months[m].layout);
  }
}

static gboolean
first_strategy_of (gpointer item,
                   gpointer user_data)
{
  guint *wanted = user_data;
  PhaenStrategy *strategy = phaen_project_get_strategy (item);

  return strategy != NULL && g_str_equal (phaen_strategy_get_name (strategy), timeline_strategies[*wanted]);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenTimelineLayout *layout = phaen_timeline_view_get_layout (view);
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_autoptr(GtkCustomFilter) filter = NULL;
  guint wanted = 0;
  double all_rows;

  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 14);
  all_rows = gtk_adjustment_get_upper (vadj);

  filter = gtk_custom_filter_new ((GtkCustomFilterFunc) first_strategy_of, &wanted, NULL);
  phaen_timeline_view_set_filter (view, GTK_FILTER (filter));
  ui_test_flush ();
  /* Strategy 1 only: its group, two programs, three projects. */
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 6);
  g_assert_cmpint (phaen_timeline_layout_find_project (layout, fixture_project (fixture->plan, 4)), ==, -1);

  wanted = 1;
  gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
  ui_test_flush ();
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 5);
  g_assert_cmpint (phaen_timeline_layout_find_project (layout, fixture_project (fixture->plan, 4)), ==, 2);

  phaen_timeline_view_set_filter (view, NULL);
  ui_test_flush ();
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (layout), ==, 14);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), ==, all_rows);
}

static void
test_words (Fixture       *fixture,
            gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *road = fixture_project (fixture->plan, 0);
  PhaenProject *water = fixture_project (fixture->plan, 1);
  g_autofree char *tooltip = NULL;
  g_autofree char *load = NULL;
  guint described = 0;
  double x, y;

  month_point (view, road, 1, &x, &y);
  tooltip = phaen_timeline_view_get_tooltip_text_at (view, x, y);
  g_assert_cmpstr (tooltip, ==,
                   "โครงการก่อสร้างถนน คสล. ม.๕ ยาว ๒๐๐ ม.\n"
                   "Months: ตุลาคม ๒๕๖๘ – ธันวาคม ๒๕๖๘, มีนาคม ๒๕๖๙\n"
                   "Actual months: พฤศจิกายน ๒๕๖๘ – มกราคม ๒๕๖๙\n"
                   "Budget: ๔๕๐,๐๐๐ baht\n"
                   "Unit: กองช่าง");

  /* The load row: มี.ค. has three projects. */
  {
    g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);

    load = phaen_timeline_view_get_tooltip_text_at (view, phaen_timeline_frame_month_x (frame, 5) + 5,
                                                    frame->metrics.header_height + 3);
  }
  g_assert_cmpstr (load, ==, "มีนาคม ๒๕๖๙: ๓ projects running, ๑,๓๗๐,๕๐๑ baht");

  g_signal_connect (view, "notify::focus-description", G_CALLBACK (count_notify_cb), &described);
  phaen_timeline_view_set_selected_project (view, water);
  phaen_timeline_view_set_cursor_month (view, 5);
  g_assert_cmpstr (phaen_timeline_view_get_focus_description (view), ==,
                   "โครงการปรับปรุงระบบประปาหมู่บ้าน ปั๊มน้ำ ฟื้นฟู ฤๅษี — มีนาคม ๒๕๖๙: planned; "
                   "the project runs in มีนาคม ๒๕๖๙");
  phaen_timeline_view_set_cursor_month (view, 0);
  g_assert_cmpstr (phaen_timeline_view_get_focus_description (view), ==,
                   "โครงการปรับปรุงระบบประปาหมู่บ้าน ปั๊มน้ำ ฟื้นฟู ฤๅษี — ตุลาคม ๒๕๖๘: not planned; "
                   "the project runs in มีนาคม ๒๕๖๙");
  g_assert_cmpuint (described, ==, 3);

  /* An edit through the plan changes the words too. */
  phaen_plan_edit_set_uint (fixture->plan, water, "schedule", 0x001);
  ui_test_flush ();
  g_assert_cmpstr (phaen_timeline_view_get_focus_description (view), ==,
                   "โครงการปรับปรุงระบบประปาหมู่บ้าน ปั๊มน้ำ ฟื้นฟู ฤๅษี — ตุลาคม ๒๕๖๘: planned; "
                   "the project runs in ตุลาคม ๒๕๖๘");
}

static void
test_follows_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  PhaenTimelineView *view = fixture->view;
  PhaenProject *canal = fixture_project (fixture->plan, 2);
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  phaen_timeline_view_set_selected_project (view, canal);
  g_signal_connect (view, "notify::selected-project", G_CALLBACK (count_notify_cb), &notified);

  /* Removing the selected project unselects it. */
  g_assert_true (phaen_plan_edit_remove_project (fixture->plan, canal, &error));
  g_assert_no_error (error);
  ui_test_flush ();
  g_assert_null (phaen_timeline_view_get_selected_project (view));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (phaen_timeline_layout_get_n_rows (phaen_timeline_view_get_layout (view)), ==, 13);

  /* Another plan: a fresh layout. */
  {
    g_autoptr(PhaenPlan) other = timeline_large_plan (10, 3);

    phaen_timeline_view_set_plan (view, other);
    g_assert_cmpuint (phaen_timeline_layout_get_n_rows (phaen_timeline_view_get_layout (view)), >, 16);
    phaen_timeline_view_set_plan (view, fixture->plan);
  }
  phaen_timeline_view_set_plan (view, NULL);
  g_assert_null (phaen_timeline_view_get_layout (view));
  g_assert_null (phaen_timeline_view_get_frame (view));
  ui_test_flush ();
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PhaenTimelineView *view = fixture->view;
  g_autoptr(PhaenTimelineFrame) frame = phaen_timeline_view_get_frame (view);
  /* An empty cell of the last row, in ต.ค. */
  const PhaenTimelineFrameRow *last = &g_array_index (frame->rows, PhaenTimelineFrameRow, frame->rows->len - 1);
  int x = (int) phaen_timeline_frame_month_x (frame, 0) + 10;
  int y = (int) (last->y + 3);
  cairo_surface_t *light, *dark;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_test_flush ();
  light = render_view (view, "view-light.png");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_flush ();
  dark = render_view (view, "view-dark.png");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  ui_test_flush ();

  g_assert_cmpfloat (luminance_at (light, x, y), >, 0.9);
  g_assert_cmpfloat (luminance_at (dark, x, y), <, 0.25);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, setup, func) g_test_add (path, Fixture, NULL, setup, func, fixture_teardown)
  ADD ("/timeline-view/selection", fixture_setup, test_selection);
  ADD ("/timeline-view/keyboard-editing", fixture_setup, test_keyboard_editing);
  ADD ("/timeline-view/drag-moves-run", fixture_setup, test_drag_moves_run);
  ADD ("/timeline-view/drag-resizes", fixture_setup, test_drag_resizes);
  ADD ("/timeline-view/click-adds-months", fixture_setup, test_click_adds_months);
  ADD ("/timeline-view/activate", fixture_setup, test_activate);
  ADD ("/timeline-view/scroll-keeps-header-and-pane", fixture_setup_large, test_scroll_keeps_header_and_pane);
  ADD ("/timeline-view/zoom", fixture_setup, test_zoom);
  ADD ("/timeline-view/filter", fixture_setup, test_filter);
  ADD ("/timeline-view/words", fixture_setup, test_words);
  ADD ("/timeline-view/follows-plan", fixture_setup, test_follows_plan);
  ADD ("/timeline-view/dark", fixture_setup, test_dark);
#undef ADD

  return g_test_run ();
}
