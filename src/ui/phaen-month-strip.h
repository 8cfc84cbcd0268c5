/* phaen-month-strip.h: twelve small cells showing a project's months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_MONTH_STRIP (phaen_month_strip_get_type ())

G_DECLARE_FINAL_TYPE (PhaenMonthStrip, phaen_month_strip, PHAEN, MONTH_STRIP, GtkWidget)

/* Property "mask": the 12-bit fiscal mask (bit 0 = ต.ค.). */
GtkWidget *phaen_month_strip_new      (void);
guint      phaen_month_strip_get_mask (PhaenMonthStrip *self);
void       phaen_month_strip_set_mask (PhaenMonthStrip *self,
                                       guint            mask);

G_END_DECLS
