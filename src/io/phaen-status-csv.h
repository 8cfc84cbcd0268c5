/* phaen-status-csv.h: the monitoring CSV files: the status template the
 * units fill in, and the table of a monitoring report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status template has the columns
 *
 *   id,project,status,contracted,disbursed,progress,actual_months,remarks
 *
 * (Thai headings are accepted when it comes back: รหัส, โครงการ, สถานะ,
 * จำนวนเงินตามสัญญา, จำนวนเงินที่เบิกจ่าย, ความก้าวหน้า (ร้อยละ),
 * เดือนที่ดำเนินการจริง, หมายเหตุ).
 */
#pragma once

#include "model/phaen-plan.h"
#include "model/phaen-report.h"

G_BEGIN_DECLS

/* The template: a header with the English keys, then one row per project
 * and equipment item of @plan (the ผด.02 groups in order, then the
 * ผด.02/1 groups, then any project outside them), with its current
 * values: status as the file keyword, amounts plain ("1234567.50"),
 * progress a whole percent, actual months in the canonical Thai form.
 * UTF-8 without BOM, LF line ends, cells written by phaen-csv-writer. */
GBytes   *phaen_status_csv_export (PhaenPlan   *plan);

/* Reads a status file (UTF-8 with or without BOM, or Windows-874; comma
 * or semicolon; English keys or Thai headings, in any order) and applies
 * it to @plan.
 *
 * Columns: "id" or "project" (at least one) say which project a row is
 * for: by id when the id cell is filled, else by the exact project name
 * (normalised as names are); a name that several projects share is an
 * error naming their ids. Every other column is optional: a column the
 * file has sets that field of every row's project, a column it lacks
 * leaves the field as it is. Cells:
 *  - status: not-started, in-progress, completed, cancelled, carried-over
 *    (any case) or the Thai labels ยังไม่ได้ดำเนินการ, อยู่ระหว่างดำเนินการ,
 *    ดำเนินการแล้วเสร็จ, ยกเลิก, กันเงินไว้เบิกเหลื่อมปี; never empty;
 *  - contracted, disbursed: amounts as phaen_money_parse() reads them,
 *    empty or "-" for zero, at most PHAEN_LIMIT_BAHT baht (phaen_money_parse). The disbursed
 *    amount may not exceed the contracted amount when there is one
 *    (contracted > 0); with no contract (0) any disbursement is accepted,
 *    as for work paid without a procurement contract;
 *  - progress: a whole percent 0..100, "%" allowed, empty for 0;
 *  - actual_months: as phaen_schedule_parse() reads months, empty for none;
 *  - remarks: free text, normalised and checked as every text of a plan.
 * Blank rows are skipped; the same project twice is an error.
 *
 * All or nothing: on any problem @plan is unchanged and @error lists every
 * problem, one per line, "FILE:LINE: column: message". Otherwise the
 * changes are made through the plan's edit API between
 * phaen_plan_edit_begin() and phaen_plan_edit_end(): one undoable step
 * labelled "Import status", one "changed" (none when nothing changed),
 * and @n_changed (nullable) receives the number of projects that
 * changed. */
gboolean  phaen_status_csv_import (PhaenPlan   *plan,
                                   const char  *data,
                                   gsize        length,
                                   const char  *filename,
                                   guint       *n_changed,
                                   GError     **error);

/* The figures of @report as CSV, one row per strategy then the total
 * (number empty, strategy "รวมทั้งสิ้น"), columns:
 *   number,strategy,planned,completed,completed_percent,in_progress,
 *   in_progress_percent,not_started,not_started_percent,cancelled,
 *   cancelled_percent,carried_over,carried_over_percent,added,
 *   added_percent,budget,contracted,contracted_percent,disbursed,
 *   disbursed_percent,due,on_time,on_time_percent,early,early_percent,
 *   late,late_percent,not_recorded,not_recorded_percent,not_due
 * Percentages with two decimals or "-", amounts plain, Arabic digits. */
GBytes   *phaen_report_csv_export (PhaenReport *report);

G_END_DECLS
