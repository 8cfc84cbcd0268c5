/* phaen-plan-editions.h: a plan's additions and amendments: the list, the
 * rules of editing (phaen_plan_check_edit()), starting and adopting an
 * edition, rebuilding an earlier state (phaen-plan-editions.c); what an
 * edition is: phaen-edition.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "phaen-change.h"
#include "phaen-edition.h"
#include "phaen-plan.h"

G_BEGIN_DECLS

/* The default paragraphs of the edition's announcement for @plan: what
 * the document prints when "announcement-text-1" or "-2" is empty, and
 * what a form may offer to start from. They cite the adoption of the
 * plan (its "announcement-date") and the edition's kind and number.
 * Arabic digits; free with g_free(). */
void          phaen_edition_compose_texts   (PhaenEdition *self,
                                             PhaenPlan    *plan,
                                             char        **first,
                                             char        **second);

/* ---- The plan's editions --------------------------------------------- */

/* phaen_plan_get_editions(), _get_n_editions(), _get_edition(): phaen-plan.h. */
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
