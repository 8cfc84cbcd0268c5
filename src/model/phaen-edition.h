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

#include "phaen-change.h"
#include "phaen-plan.h"

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

/* The default paragraphs of the edition's announcement for @plan: what
 * the document prints when "announcement-text-1" or "-2" is empty, and
 * what a form may offer to start from. They cite the adoption of the
 * plan (its "announcement-date") and the edition's kind and number.
 * Arabic digits; free with g_free(). */
void          phaen_edition_compose_texts   (PhaenEdition *self,
                                             PhaenPlan    *plan,
                                             char        **first,
                                             char        **second);

/* Build API for readers: the record of an adopted edition
 * (PhaenChange*; a reference is taken). */
void          phaen_edition_set_changes     (PhaenEdition *self,
                                             GPtrArray    *changes);

/* ---- The plan's editions --------------------------------------------- */

/* The editions in order (GListModel of PhaenEdition); the first is
 * edition 1. At most the last one is open. */
GListModel   *phaen_plan_get_editions       (PhaenPlan    *plan);
guint         phaen_plan_get_n_editions     (PhaenPlan    *plan);
/* Edition @n (1-based), borrowed; NULL when there is none. */
PhaenEdition *phaen_plan_get_edition        (PhaenPlan    *plan,
                                             guint         n);
/* 1-based position of @edition in @plan, 0 when not in it. */
guint         phaen_plan_get_edition_position (PhaenPlan    *plan,
                                               PhaenEdition *edition);
/* The edition not adopted yet, or NULL. */
PhaenEdition *phaen_plan_get_open_edition   (PhaenPlan    *plan);
/* Editions adopted (a plan with an open edition has one less). */
guint         phaen_plan_get_n_adopted_editions (PhaenPlan *plan);

/* What @edition changed (PhaenChange*, new array of shared records): the
 * frozen record of an adopted edition; for the open one, what changed
 * since it started, as of now. */
GPtrArray    *phaen_plan_get_edition_changes (PhaenPlan    *plan,
                                              PhaenEdition *edition);

/* The plan as it was when edition @n was adopted (0: the adopted plan
 * before any edition; n_editions: the plan now): a new plan with no
 * editions and an empty history, the same settings and texts, the
 * monitoring of its projects as it is now (projects the later editions
 * removed come back without monitoring). NULL with an error when @n is
 * out of range or a record does not match the plan (a corrupt plan). */
PhaenPlan    *phaen_plan_rebuild_at_edition (PhaenPlan    *plan,
                                             guint         n,
                                             GError      **error);

/* The edition that added project @project_id to the plan (the open one
 * included), or NULL for a project of the adopted plan. */
PhaenEdition *phaen_plan_find_adding_edition (PhaenPlan   *plan,
                                              const char  *project_id);

/* Whether the edit API would accept, now, a change of @property of
 * @object (the plan, an entry of it or one of its editions), or with
 * @property NULL, adding, removing or moving @object (@object the plan:
 * adding entries to its lists, as an import does). FALSE with
 * PHAEN_MODEL_ERROR_ADOPTED and a message for the officer otherwise; see
 * the top of this file. An edit function that is refused changes nothing,
 * and the plan emits "edit-refused" with the same error (those that take
 * a GError fail with it instead). */
gboolean      phaen_plan_check_edit         (PhaenPlan    *plan,
                                             gpointer      object,
                                             const char   *property,
                                             GError      **error);

/* Starts an edition of @kind (addition or amendment) as one undoable
 * step. @number 0 takes the next one of that kind (and the year style of
 * the last one of that kind); @number_year 0 for the plain "n" style.
 * The signer is the plan's; the announcement texts are empty (the
 * default wording). Fails (PHAEN_MODEL_ERROR_INVALID) while another
 * edition is open, when the plan has no announcement date (the adoption
 * an edition cites), when that kind and number exists already, or when
 * the number or year is out of range. Returns the edition (borrowed). */
PhaenEdition *phaen_plan_edit_start_edition (PhaenPlan        *plan,
                                             PhaenEditionKind  kind,
                                             guint             number,
                                             guint             number_year,
                                             GError          **error);

/* Adopts the open edition on @date (ISO CE "YYYY-MM-DD") as one undoable
 * step: its record is frozen and the plan refuses further changes of its
 * content until a new edition starts. Fails without an open edition,
 * with an invalid date or one before the adoption of what it changes,
 * and when the edition changes nothing. */
gboolean      phaen_plan_edit_adopt_edition (PhaenPlan    *plan,
                                             const char   *date,
                                             GError      **error);

/* Removes the open edition as one undoable step, when it changes nothing
 * (undo the changes first). */
gboolean      phaen_plan_edit_remove_edition (PhaenPlan   *plan,
                                              GError     **error);

/* Build API for readers: appends @edition (given an id if it has none).
 * Call phaen_plan_load_editions() once every edition is in. */
void          phaen_plan_append_edition     (PhaenPlan    *plan,
                                             PhaenEdition *edition);
/* Checks the records of every edition against the plan, playing them
 * backwards from the current plan to the adopted one (each must match the
 * plan at its point), and prepares the open edition, if any, to record
 * further changes. On failure the 1-based edition and 0-based change
 * index at fault (0 and G_MAXUINT for an edition's own fields) are set,
 * when not NULL. */
gboolean      phaen_plan_load_editions      (PhaenPlan    *plan,
                                             guint        *edition_at_fault,
                                             guint        *change_at_fault,
                                             GError      **error);

/* A line the document prints under the year line of its titles: the
 * consolidated plan (ฉบับรวม) lists its editions there. Set on a copy
 * laid out for print; it is not part of the plan: not saved, copied or
 * compared. NULL or "" for none. */
void          phaen_plan_set_title_note     (PhaenPlan    *plan,
                                             const char   *note);
const char   *phaen_plan_get_title_note     (PhaenPlan    *plan);

G_END_DECLS
