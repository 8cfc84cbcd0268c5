/* phaen-first-rows.c: a long list shows first the rows a screen holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline and the monitoring table bind a row's widgets for every row
 * of their model when it is first shown: for 2,000 projects that is
 * seconds. Their model goes through a GtkSliceListModel that holds the
 * rows a screen shows until the first frame is painted; the others come
 * when the main loop is idle.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "phaen-first-rows.h"

#define IDLE_KEY "phaen-first-rows-idle"

guint
phaen_first_rows_count (GtkWidget *widget,
                        guint      row_height)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  guint n = g_list_model_get_n_items (monitors);
  int height = n > 0 ? 0 : 1080;

  g_return_val_if_fail (row_height > 0, 200);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MAX (height, geometry.height);
    }
  return CLAMP ((guint) height / row_height + 4, 20, 200);
}

void
phaen_first_rows_show_all (GtkSliceListModel *slice)
{
  if (slice == NULL)
    return;
  /* A growth still waiting is not needed any more. */
  g_object_set_data (G_OBJECT (slice), IDLE_KEY, NULL);
  if (gtk_slice_list_model_get_size (slice) != G_MAXUINT)
    gtk_slice_list_model_set_size (slice, G_MAXUINT);
}

static gboolean
all_rows_idle_cb (gpointer data)
{
  GtkSliceListModel *slice = data;

  /* The source ends now: the key must not remove it again. */
  g_object_steal_data (G_OBJECT (slice), IDLE_KEY);
  phaen_first_rows_show_all (slice);
  return G_SOURCE_REMOVE;
}

static void
remove_source (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

static void
first_frame_cb (GdkFrameClock     *clock,
                GtkSliceListModel *slice)
{
  guint id;

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, slice);
  if (g_object_get_data (G_OBJECT (slice), IDLE_KEY) != NULL ||
      gtk_slice_list_model_get_size (slice) == G_MAXUINT)
    return;
  /* After the frame, once nothing more urgent waits. */
  id = g_idle_add_full (G_PRIORITY_LOW, all_rows_idle_cb, slice, NULL);
  g_object_set_data_full (G_OBJECT (slice), IDLE_KEY, GUINT_TO_POINTER (id), remove_source);
}

void
phaen_first_rows_grow_after_frame (GtkSliceListModel *slice,
                                   GtkWidget         *widget)
{
  GdkFrameClock *clock;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL || slice == NULL || gtk_slice_list_model_get_size (slice) == G_MAXUINT)
    return;
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), slice, G_CONNECT_DEFAULT);
}
