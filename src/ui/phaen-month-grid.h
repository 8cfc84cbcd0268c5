/* phaen-month-grid.h: twelve toggles for the months of a fiscal year,
 * under their Buddhist-era years (พ.ศ. N−1 over ต.ค.–ธ.ค.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_MONTH_GRID (phaen_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (PhaenMonthGrid, phaen_month_grid, PHAEN, MONTH_GRID, GtkWidget)

/* Properties: "mask" (12-bit fiscal mask), "fiscal-year" (BE).
 * Signal "toggled": the user changed the mask. */
GtkWidget *phaen_month_grid_new             (void);
guint      phaen_month_grid_get_mask        (PhaenMonthGrid *self);
void       phaen_month_grid_set_mask        (PhaenMonthGrid *self,
                                             guint           mask);
void       phaen_month_grid_set_fiscal_year (PhaenMonthGrid *self,
                                             guint           fiscal_year);
/* The toggle of fiscal month @index (0 = ต.ค.), for tests. */
GtkToggleButton *phaen_month_grid_get_toggle (PhaenMonthGrid *self,
                                              guint           index);

G_END_DECLS
