/* phaen-fiscal.h: Buddhist-era fiscal years and their months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PHAEN_BE_OFFSET 543
#define PHAEN_FISCAL_MONTHS 12

/* TRUE for a fiscal year a plan may have: PHAEN_FISCAL_YEAR_MIN to
 * PHAEN_FISCAL_YEAR_MAX (phaen-limits.h). */
gboolean     phaen_fiscal_year_in_range       (guint          fiscal_year_be);

/* Fiscal month index 0..11 (0 = ตุลาคม, 11 = กันยายน). The _abbrev and
 * _name functions give the printed document's Thai words; the _get_label
 * functions the app's, in the user's language ("October", "Oct" in
 * English; ตุลาคม, ต.ค. in Thai). */
guint        phaen_fiscal_month_to_calendar   (guint          fiscal_index);   /* 0 → 10, 3 → 1 */
guint        phaen_fiscal_index_from_calendar (guint          month);          /* 10 → 0, 1 → 3 */
const char  *phaen_fiscal_month_abbrev        (guint          fiscal_index);   /* "ต.ค." */
const char  *phaen_fiscal_month_name          (guint          fiscal_index);   /* "ตุลาคม" */
const char  *phaen_fiscal_month_get_label     (guint          fiscal_index);   /* "October" */
const char  *phaen_fiscal_month_get_short_label (guint        fiscal_index);   /* "Oct" */
/* Calendar month 1..12 → "มกราคม" … "ธันวาคม" */
const char  *phaen_calendar_month_name        (guint          month);
/* BE calendar year in which fiscal month @fiscal_index of fiscal year
 * @fiscal_year_be falls: N-1 for ต.ค.–ธ.ค., N otherwise. */
guint        phaen_fiscal_month_be_year       (guint          fiscal_year_be,
                                               guint          fiscal_index);

/* First and last day of fiscal year N (BE): 1 Oct N-544 CE … 30 Sep N-543 CE. */
void         phaen_fiscal_year_range          (guint          fiscal_year_be,
                                               GDate         *first_day,
                                               GDate         *last_day);
/* The BE fiscal year that contains @date. */
guint        phaen_fiscal_year_of_date        (const GDate   *date);

/* "30 กันยายน 2554" (digits as asked) */
char        *phaen_date_format_thai           (const GDate   *date,
                                               gboolean       thai_digits);
/* "(1 ตุลาคม 2554 – 30 กันยายน 2555)" without the parentheses */
char        *phaen_fiscal_period_format       (guint          fiscal_year_be,
                                               gboolean       thai_digits);

/* ISO "YYYY-MM-DD" (CE) ↔ GDate; parse fails with PHAEN_MODEL_ERROR_INVALID_DATE. */
gboolean     phaen_date_parse_iso             (const char    *text,
                                               GDate         *out,
                                               GError       **error);
char        *phaen_date_format_iso            (const GDate   *date);

G_END_DECLS
