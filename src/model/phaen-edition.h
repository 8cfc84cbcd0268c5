/* phaen-edition.h: the additions and amendments of an adopted plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan is adopted once and changes through the year by editions: an
 * addition (แผนการดำเนินงานเพิ่มเติม ครั้งที่ n) when money comes for new
 * work, an amendment (แผนการดำเนินงานแก้ไข ครั้งที่ n) when projects change.
 * One plan holds the adopted plan and its editions in order; the plan's
 * lists are the current plan, every edition applied, and each edition
 * records what it changed (phaen-change.h), so any earlier state can be
 * rebuilt.
 *
 * How editing goes (phaen_plan_check_edit()):
 *  - Until the first edition is started, the plan is edited freely: it is
 *    being prepared, or its adoption is not known to Phaen.
 *  - phaen_plan_edit_start_edition() opens an edition (the plan needs its
 *    announcement date, the adoption the edition will cite). From then on
 *    every change of the plan's content, made through the edit API, is
 *    the open edition's: its record is the difference between the plan
 *    as it was when the edition started and the plan now, so undoing an
 *    edit also takes it out of the record.
 *  - phaen_plan_edit_adopt_edition() dates the edition and freezes its
 *    record. A plan with editions and none open refuses changes of its
 *    content (PHAEN_MODEL_ERROR_ADOPTED): a change needs a new edition.
 *  - An adopted edition's own fields (number, texts, signer) no longer
 *    change either. The adopted plan's own texts and details (organisation,
 *    fiscal year, its announcement: date, signer, paragraphs and the facts
 *    they are worded from, phaen_announcement_fact_properties(); foreword
 *    and Part 1) are fixed once it has an edition.
 *  - Always free: the monitoring of projects (status, amounts contracted
 *    and disbursed, progress, actual months, remarks) and the plan's
 *    settings (digits, amount words, grouping, ...).
 *
 * Starting, adopting and removing an edition are undoable steps like any
 * edit.
 */
#pragma once

#include <glib-object.h>

#include "phaen-edition-kind.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_EDITION (phaen_edition_get_type ())

G_DECLARE_FINAL_TYPE (PhaenEdition, phaen_edition, PHAEN, EDITION, GObject)

/*
 * Properties (strings never NULL; "" when empty):
 *   "id"                  string   stable within the file: "e1", "e2", …
 *   "kind"                PhaenEditionKind  addition or amendment
 *   "number"              guint    n of ครั้งที่ n, 1..999
 *   "number-year"         guint    0, or the Buddhist-era year of the
 *                                  "n/ปี" style amendments often use
 *                                  ("แก้ไข ครั้งที่ 1/2569"), 2400..2700
 *   "adoption-date"       string   ISO CE "YYYY-MM-DD"; "" while open
 *   "signer-name"         string
 *   "signer-position"     string
 *   "announcement-text-1" string   first paragraph of its ประกาศ ("": the
 *   "announcement-text-2" string   default wording, composed when printed)
 *   "is-adopted"          boolean  read-only: "adoption-date" is set
 */
PhaenEdition *phaen_edition_new             (PhaenEditionKind  kind,
                                             guint             number,
                                             guint             number_year);

const char   *phaen_edition_get_id          (PhaenEdition *self);
PhaenEditionKind phaen_edition_get_kind     (PhaenEdition *self);
guint         phaen_edition_get_number      (PhaenEdition *self);
guint         phaen_edition_get_number_year (PhaenEdition *self);
const char   *phaen_edition_get_adoption_date (PhaenEdition *self);
gboolean      phaen_edition_is_adopted      (PhaenEdition *self);
/* Any string property by name ("signer-name", …). */
const char   *phaen_edition_get_text        (PhaenEdition *self,
                                             const char   *property);

/* "1" or "1/2569" (Arabic digits). */
char         *phaen_edition_format_number   (PhaenEdition *self);
/* The printed suffix of the edition's titles, Thai, Arabic digits:
 * " (เพิ่มเติม ครั้งที่ 1)", " (แก้ไข ครั้งที่ 1/2569)". */
char         *phaen_edition_get_suffix      (PhaenEdition *self);
/* The edition in the user's language: "Addition 1", "Amendment 1/2569". */
char         *phaen_edition_dup_label       (PhaenEdition *self);

/* Reads "1", "๑", "1/2569" or "๑/๒๕๖๙" (spaces allowed around "/").
 * @number 1..999, @year 0 (none) or 2400..2700; PHAEN_MODEL_ERROR_INVALID
 * otherwise. */
gboolean      phaen_edition_parse_number    (const char  *text,
                                             guint       *number,
                                             guint       *year,
                                             GError     **error);

/* Build API for readers: the record of an adopted edition
 * (PhaenChange*; a reference is taken). */
void          phaen_edition_set_changes     (PhaenEdition *self,
                                             GPtrArray    *changes);

G_END_DECLS
