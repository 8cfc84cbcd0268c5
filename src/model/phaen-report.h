/* phaen-report.h: the figures of a monitoring round (ติดตามและประเมินผล)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PhaenReport is computed once from a plan and a round and does not
 * follow later edits: make a new one after the plan changes (it is linear
 * in the number of projects, a few milliseconds for a large plan).
 *
 * What is counted (the rules are the same for every figure):
 *  - A "project" is every project of the plan whose strategy is in the
 *    plan, plus every equipment item when the plan's
 *    "equipment-in-summary" setting is on: the projects of ผด.01.
 *  - Planned: every counted project of the plan, in both rounds. A project
 *    whose months all fall after March is planned in the 6-month round
 *    too and is counted under the status recorded for it; only its timing
 *    is not judged (PHAEN_REPORT_TIMING_NOT_DUE).
 *  - Status counts: each project under the one status recorded for it
 *    ("status" of PhaenProject), so the five counts add up to planned.
 *  - Added by editions: the projects of the plan that an edition brought
 *    into it (an addition, or an amendment that added a project; the open
 *    edition too): phaen_plan_find_adding_edition() (phaen-edition.h).
 *  - Budget: planned is the sum of the budgets of the counted projects,
 *    cancelled ones included (they were in the plan); contracted and
 *    disbursed are the sums of the amounts recorded, each as a percentage
 *    of the planned budget (it may exceed 100).
 *  - Percentages: ×100 and rounded half-up from exact integers (12.345 %
 *    → 1235), as in ผด.01; -1 when the whole is zero (printed "-").
 *    Status and edition percentages are of the row's planned projects,
 *    timing percentages of the row's projects due in the round.
 *
 * Timing compares the planned months with the actual months, only within
 * the round (ต.ค.–มี.ค. or ต.ค.–ก.ย.): actual months after the round are
 * ignored. See PhaenReportTiming.
 */
#pragma once

#include "phaen-plan.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_REPORT_ROUND_6_MONTHS  = 6,    /* ต.ค.–มี.ค. */
  PHAEN_REPORT_ROUND_12_MONTHS = 12,   /* the whole fiscal year */
} PhaenReportRound;

#define PHAEN_TYPE_REPORT_ROUND (phaen_report_round_get_type ())
GType phaen_report_round_get_type (void) G_GNUC_CONST;

/* TRUE for 6 and 12. */
gboolean  phaen_report_round_is_valid   (guint             months);
/* The fiscal months of the round as a schedule mask: 0x03F or 0xFFF. */
guint     phaen_report_round_mask       (PhaenReportRound  round);
/* "ตุลาคม 2568 – มีนาคม 2569" for fiscal year 2569, 6 months; Thai digits
 * when asked. */
char     *phaen_report_round_period     (guint             fiscal_year_be,
                                         PhaenReportRound  round,
                                         gboolean          thai_digits);

/* The statuses, in the order the report prints them (a project status
 * value indexes the figures, this only orders them). */
#define PHAEN_REPORT_N_STATUSES 5
extern const PhaenProjectStatus phaen_report_status_order[PHAEN_REPORT_N_STATUSES];

/* How a project kept to its months in the round. With P the planned
 * months and A the actual months up to the round's last month, "first"
 * and "last" the earliest and latest month of each (fiscal order):
 *  - CANCELLED:    the status is cancelled; not judged.
 *  - NOT_DUE:      no planned month, or the first planned month is after
 *                  the round (e.g. planned from April, 6-month round).
 *  - LATE:         due in the round and: no actual month while the status
 *                  is not started; or first(A) after first(P); or
 *                  last(A) after last(P) (ran past the plan).
 *  - NOT_RECORDED: due, the status says it started (in progress,
 *                  completed, carried over), but no actual month is
 *                  recorded in the round: cannot be judged.
 *  - EARLY:        first(A) before first(P), last(A) not after last(P).
 *  - ON_TIME:      first(A) equals first(P), last(A) not after last(P).
 * Only the first and last months count: a gap inside the span is not
 * judged. Projects due in the round are ON_TIME + EARLY + LATE +
 * NOT_RECORDED. */
typedef enum
{
  PHAEN_REPORT_TIMING_ON_TIME,
  PHAEN_REPORT_TIMING_EARLY,
  PHAEN_REPORT_TIMING_LATE,
  PHAEN_REPORT_TIMING_NOT_RECORDED,
  PHAEN_REPORT_TIMING_NOT_DUE,
  PHAEN_REPORT_TIMING_CANCELLED,
} PhaenReportTiming;

#define PHAEN_REPORT_N_TIMINGS 6

/* "on-time", "early", "late", "not-recorded", "not-due", "cancelled". */
const char        *phaen_report_timing_to_string (PhaenReportTiming  timing);
/* The Thai label printed in the report ("ตามกำหนด", …). */
const char        *phaen_report_timing_label     (PhaenReportTiming  timing);

/* The rule above, for one project's fields. */
PhaenReportTiming  phaen_report_timing_of        (guint              schedule,
                                                  guint              actual_schedule,
                                                  PhaenProjectStatus status,
                                                  PhaenReportRound   round);

/* One line of the report: a strategy, or the whole plan. */
typedef struct
{
  PhaenStrategy *strategy;          /* borrowed; NULL for the total row */
  guint          number;            /* 1-based strategy number; 0 for the total */
  const char    *label;             /* the strategy's name, or "รวมทั้งสิ้น" */

  guint          planned;
  guint          status[PHAEN_REPORT_N_STATUSES];          /* by PhaenProjectStatus */
  gint           status_percent[PHAEN_REPORT_N_STATUSES];  /* of planned */
  guint          added;             /* added by editions (0 until editions exist) */
  gint           added_percent;

  gint64         budget;            /* planned, satang */
  gint64         contracted;
  gint64         disbursed;
  gint           contracted_percent; /* of budget */
  gint           disbursed_percent;

  guint          due;               /* ON_TIME + EARLY + LATE + NOT_RECORDED */
  guint          timing[PHAEN_REPORT_N_TIMINGS];          /* by PhaenReportTiming */
  gint           timing_percent[PHAEN_REPORT_N_TIMINGS];  /* of due; -1 for NOT_DUE, CANCELLED */
} PhaenReportRow;

#define PHAEN_TYPE_REPORT (phaen_report_get_type ())

G_DECLARE_FINAL_TYPE (PhaenReport, phaen_report, PHAEN, REPORT, GObject)

/*
 * Properties (construct-only, read-only after):
 *   "plan"   PhaenPlan*        (a reference is kept)
 *   "round"  PhaenReportRound
 */
PhaenReport      *phaen_report_new              (PhaenPlan         *plan,
                                                 PhaenReportRound   round);

PhaenPlan        *phaen_report_get_plan         (PhaenReport       *self);
PhaenReportRound  phaen_report_get_round        (PhaenReport       *self);

/* One row per strategy of the plan, in plan order (strategies without a
 * counted project too, with zeros), then the total row. Borrowed
 * PhaenReportRow*, valid as long as the report. */
GPtrArray        *phaen_report_get_rows         (PhaenReport       *self);
const PhaenReportRow *phaen_report_get_total    (PhaenReport       *self);

/* The counted projects with @status, in report order (strategies in plan
 * order, then the plan's order of projects). Borrowed PhaenProject*. */
GPtrArray        *phaen_report_get_projects     (PhaenReport       *self,
                                                 PhaenProjectStatus status);
/* The timing of a counted project (NOT_DUE for one the report does not
 * count). */
PhaenReportTiming phaen_report_get_timing       (PhaenReport       *self,
                                                 PhaenProject      *project);

/* For fiscal month @fiscal_index (0 = ต.ค.) of the round: how many counted
 * projects had it among their planned months ("schedule"), whatever their
 * status, and how many among their actual months ("actual-schedule").
 * 0 for a month outside the round. */
guint             phaen_report_get_planned_in_month (PhaenReport   *self,
                                                     guint          fiscal_index);
guint             phaen_report_get_actual_in_month  (PhaenReport   *self,
                                                     guint          fiscal_index);

G_END_DECLS
