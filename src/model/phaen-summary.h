/* phaen-summary.h: groups of projects and the ผด.01 summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-plan.h"

G_BEGIN_DECLS

/* One ผด.02 / ผด.02/1 group: the projects of one kind under one strategy and
 * one heading (a program, or an approach when the plan groups by
 * approaches: the "๑.๒ แผนงาน…" line above the group). Strategies in plan
 * order; within a strategy, headings in catalogue order (programs) or plan
 * order (approaches); projects in plan order. Only non-empty groups are
 * listed. */
typedef struct
{
  PhaenStrategy *strategy;
  guint          strategy_number;   /* 1-based position in the plan */
  gpointer       heading;           /* PhaenProgram* or PhaenApproach*; NULL for the
                                     * projects with none (or one not in the plan) */
  guint          heading_number;    /* 1-based among the strategy's groups */
  const char    *heading_name;      /* name of @heading, or a "not specified" label */
  GPtrArray     *projects;          /* PhaenProject*, borrowed */
} PhaenGroup;

/* Groups of projects of @kind; array of PhaenGroup*, free with g_ptr_array_unref. */
GPtrArray *phaen_plan_collect_groups (PhaenPlan        *plan,
                                      PhaenProjectKind  kind);

typedef enum
{
  PHAEN_SUMMARY_STRATEGY,
  PHAEN_SUMMARY_APPROACH,
  PHAEN_SUMMARY_PROGRAM,
  PHAEN_SUMMARY_SUBTOTAL,
  PHAEN_SUMMARY_TOTAL,
} PhaenSummaryLevel;

const char *phaen_summary_level_to_string (PhaenSummaryLevel level); /* "strategy", … "total" */

typedef struct
{
  PhaenSummaryLevel  level;
  char              *number;           /* "1", "1.1"; "" for subtotal/total (Arabic digits) */
  char              *label;            /* strategy/program name, "รวม", "รวมทั้งสิ้น" */
  guint              projects;
  gint64             budget;           /* satang */
  /* Percent of the whole plan ×100, rounded half-up from exact values:
   * 12.345% → 1235. -1 when the plan total is zero (printed "-"). */
  gint               projects_percent;
  gint               budget_percent;
  GPtrArray         *units;            /* PhaenUnit*, distinct, catalogue order, borrowed */
} PhaenSummaryRow;

/* ผด.01 rows: for each strategy a strategy row, its program (or approach)
 * rows, a subtotal row; then one total row. Strategy rows carry the same
 * figures as their subtotal. Equipment counts when the plan's
 * "equipment-in-summary" is set. Array of PhaenSummaryRow*. */
GPtrArray *phaen_summary_compute        (PhaenPlan *plan);

/* ---- A summary that follows its plan ---- */

#define PHAEN_TYPE_SUMMARY (phaen_summary_get_type ())
G_DECLARE_FINAL_TYPE (PhaenSummary, phaen_summary, PHAEN, SUMMARY, GObject)

/* The rows of phaen_summary_compute() for @plan, kept current as the plan
 * is edited. A change of a project's budget or unit, or its move to
 * another strategy, program or approach whose group already has
 * projects, updates the tallies it touches and the percentages (the
 * rows there are, not the projects); any other change (projects added or
 * removed, a catalogue reordered or renamed, the plan's grouping) makes
 * the next phaen_summary_get_rows() work the rows out again. */
PhaenSummary *phaen_summary_new      (PhaenPlan    *plan);
/* The rows now: PhaenSummaryRow*, owned by the summary, valid until the
 * plan changes. Equal to what phaen_summary_compute() returns. */
GPtrArray    *phaen_summary_get_rows (PhaenSummary *self);
/* How many times the rows were worked out from the whole plan (for
 * tests: an incremental update does not count). */
guint         phaen_summary_get_n_rebuilds (PhaenSummary *self);

/* "12.35" (2 decimals) or "-" for a negative value. */
char      *phaen_summary_format_percent (gint       percent_x100,
                                         gboolean   thai_digits);

G_END_DECLS
