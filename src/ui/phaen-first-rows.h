/* phaen-first-rows.h: a long list shows first the rows a screen holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How many rows of at least @row_height pixels fill the tallest screen
 * of @widget's display (a few more, and at most 200). */
guint phaen_first_rows_count             (GtkWidget         *widget,
                                          guint              row_height);
/* Once @widget's next frame is painted and the main loop has nothing
 * more urgent, @slice shows every row. Nothing is left waiting once
 * @slice is finalized. */
void  phaen_first_rows_grow_after_frame  (GtkSliceListModel *slice,
                                          GtkWidget         *widget);
/* @slice (may be NULL) shows every row, from now on. */
void  phaen_first_rows_show_all          (GtkSliceListModel *slice);

G_END_DECLS
