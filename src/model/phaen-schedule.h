/* phaen-schedule.h: project schedules as a 12-bit mask over fiscal months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bit i set = the project runs in fiscal month i (bit 0 = ต.ค., bit 11 = ก.ย.). */
#define PHAEN_SCHEDULE_ALL 0x0FFFu
#define PHAEN_SCHEDULE_MAX_RUNS 6

typedef struct
{
  guint first;   /* fiscal index of the first month of the run */
  guint last;    /* fiscal index of the last month, >= first */
} PhaenScheduleRun;

/* Comma-separated items, each a month or a range "A-B" (also "–", "—").
 * A month is a Thai abbreviation (ต.ค., with or without dots), a full Thai
 * name, or a calendar month number 1..12 (Arabic or Thai digits).
 * Ranges run in fiscal order: พ.ย.-ก.พ. is valid, ก.ค.-ต.ค. is an error.
 * Empty text gives 0. Errors: PHAEN_MODEL_ERROR_INVALID_SCHEDULE. */
gboolean  phaen_schedule_parse   (const char        *text,
                                  guint             *out_mask,
                                  GError           **error);

/* Shortest canonical Thai form: "ต.ค.-ธ.ค.,มี.ค."; "" for 0. */
char     *phaen_schedule_format  (guint              mask);

/* Fills @runs (PHAEN_SCHEDULE_MAX_RUNS entries) with the runs of
 * consecutive months in fiscal order; returns how many. */
guint     phaen_schedule_runs    (guint              mask,
                                  PhaenScheduleRun  *runs);

G_END_DECLS
