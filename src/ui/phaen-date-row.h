/* phaen-date-row.h: a form row holding a date chosen on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_DATE_ROW (phaen_date_row_get_type ())

G_DECLARE_FINAL_TYPE (PhaenDateRow, phaen_date_row, PHAEN, DATE_ROW, AdwActionRow)

/*
 * Properties:
 *   "date"       string   ISO (CE) "YYYY-MM-DD", or "" for no date
 *   "allow-none" boolean  offer "No Date Yet" (default TRUE)
 *
 * Signals:
 *   "date-chosen" (const char *iso)  the officer picked a day on the
 *                                    calendar or cleared the date ("");
 *                                    never emitted by phaen_date_row_set_date()
 */
GtkWidget  *phaen_date_row_new      (void);
/* Shows @iso (NULL or "" for none; an unreadable date shows as none). */
void        phaen_date_row_set_date (PhaenDateRow *self,
                                     const char   *iso);
const char *phaen_date_row_get_date (PhaenDateRow *self);
/* The calendar in the row's popover, for tests. */
GtkCalendar *phaen_date_row_get_calendar (PhaenDateRow *self);

G_END_DECLS
