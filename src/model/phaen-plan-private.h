/* phaen-plan-private.h: what the edit API (phaen-plan-edit.c) and the
 * summary need from the plan's insides. Not for other layers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-plan.h"

G_BEGIN_DECLS

/* The stores behind phaen_plan_get_*() (element types PhaenStrategy,
 * PhaenApproach, PhaenProgram, PhaenUnit, PhaenProject). */
GListStore *_phaen_plan_get_strategy_store (PhaenPlan *self);
GListStore *_phaen_plan_get_approach_store (PhaenPlan *self);
GListStore *_phaen_plan_get_program_store  (PhaenPlan *self);
GListStore *_phaen_plan_get_unit_store     (PhaenPlan *self);
GListStore *_phaen_plan_get_project_store  (PhaenPlan *self);

/* Gives @object (strategy/approach/program/unit/project) a fresh id if it
 * has none ("s7", "a2", "g13", "u4", "p120"). */
void        _phaen_plan_ensure_id          (PhaenPlan *self,
                                            gpointer   object);

/* Generic property helpers shared by the model objects (plan, project,
 * strategy, …): every readable property is compared, object-valued
 * properties by their "id". On difference, @why (if not NULL) receives
 * "budget 150000 != 150050" for the first differing property. */
gboolean    _phaen_object_properties_equal (GObject   *a,
                                            GObject   *b,
                                            char     **why);
/* The same; with @as_saved, names (phaen_text_property_is_name()) are
 * compared as phaen_text_normalize_name() makes them. */
gboolean    _phaen_object_properties_equal_full (GObject   *a,
                                                 GObject   *b,
                                                 gboolean   as_saved,
                                                 char     **why);
/* Copies every readable and writable property of @src to @dest (same
 * type); object-valued properties are shared, not copied. */
void        _phaen_object_copy_properties  (GObject   *src,
                                            GObject   *dest);

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

G_END_DECLS
