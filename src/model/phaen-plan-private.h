/* phaen-plan-private.h: what the edit API (phaen-plan-edit.c) and the
 * summary need from the plan's insides. Not for other layers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-catalogue.h"
#include "phaen-plan.h"

G_BEGIN_DECLS

/* The list behind phaen_plan_get_*() that holds objects of the type of
 * @object (a strategy, approach, program, unit or project). */
PhaenCatalogue *_phaen_plan_get_list_of    (PhaenPlan *self,
                                            gpointer   object);

/* Gives @object (strategy/approach/program/unit/project) a fresh id if it
 * has none ("s7", "a2", "g13", "u4", "p120"). */
void        _phaen_plan_ensure_id          (PhaenPlan *self,
                                            gpointer   object);

/* Emits "changed". */
void        _phaen_plan_emit_changed       (PhaenPlan *self);
/* Notes that a command is changing the document (called before the
 * change): the plan emits "changed" once, when the history has the step
 * (after the push, the end of the group, the undo or the redo). Returns
 * whether a change was noted already; _phaen_plan_restore_change() puts
 * that back when the change turned out to be none. */
gboolean    _phaen_plan_note_change        (PhaenPlan *self);
void        _phaen_plan_restore_change     (PhaenPlan *self,
                                            gboolean   was_pending);
/* TRUE from the first change of a step until the step is complete: what
 * watchers of the objects hear in between is part of one step. */
gboolean    _phaen_plan_is_changing        (PhaenPlan *self);
/* @callback (void (*) (PhaenPlan *, gpointer data)) is called when a step
 * is complete, before "changed" is emitted, so that models derived from
 * the plan (PhaenOutline) are up to date when views hear "changed". */
void        _phaen_plan_add_step_watch     (PhaenPlan *self,
                                            GCallback  callback,
                                            gpointer   data);
void        _phaen_plan_remove_step_watch  (PhaenPlan *self,
                                            gpointer   data);

/* ---- Editions (phaen-plan-editions.c) ---- */

/* The plan's editions (PhaenEdition), in order. */
GListStore *_phaen_plan_get_edition_store  (PhaenPlan *self);
/* The plan as it was when the open edition started (its record is the
 * difference from it to the plan), or NULL without an open edition. */
PhaenPlan  *_phaen_plan_get_edition_base   (PhaenPlan *self);
void        _phaen_plan_set_edition_base   (PhaenPlan *self,
                                            PhaenPlan *base);
/* Emits "edit-refused". */
void        _phaen_plan_refuse_edit        (PhaenPlan    *self,
                                            const GError *error);
/* phaen_plan_copy() without the editions. */
PhaenPlan  *_phaen_plan_copy_content       (PhaenPlan *self);
/* Copies the editions of @self (and the open one's start) to @copy. */
void        _phaen_plan_copy_editions      (PhaenPlan *self,
                                            PhaenPlan *copy);
/* The editions part of phaen_plan_equal_full(). */
gboolean    _phaen_plan_editions_equal     (PhaenPlan  *a,
                                            PhaenPlan  *b,
                                            gboolean    as_saved,
                                            char      **why);

G_END_DECLS
