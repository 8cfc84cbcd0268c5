/* phaen-history.h: undo/redo stack of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A command knows how to apply itself again (redo) and revert (undo). It is
 * pushed after it has been applied once. */
typedef struct _PhaenCommand PhaenCommand;
struct _PhaenCommand
{
  const char *label;                       /* static or owned by the command */
  void      (*undo) (PhaenCommand *self);
  void      (*redo) (PhaenCommand *self);
  void      (*free) (PhaenCommand *self);
  /* Optional. Called with a command pushed right after this one (see
   * phaen_history_push()): when @next only continues this command (the
   * same field typed on), takes its result over, frees @next and returns
   * TRUE; otherwise leaves both alone and returns FALSE. */
  gboolean  (*merge) (PhaenCommand *self,
                      PhaenCommand *next);
};

#define PHAEN_TYPE_HISTORY (phaen_history_get_type ())

G_DECLARE_FINAL_TYPE (PhaenHistory, phaen_history, PHAEN, HISTORY, GObject)

/* Properties:
 *   "can-undo", "can-redo"  boolean, read-only: a step is there to undo or
 *                           redo (undo and redo still refuse while a group
 *                           is open)
 *   "is-modified"           boolean, read-only: the document differs from
 *                           its state at the last phaen_history_mark_saved()
 *                           (follows undo back to that state and redo
 *                           forward again)
 *   "max-depth"             guint, steps kept for undo (oldest dropped
 *                           first); 0: no limit. Default 500.
 *   "merge-interval"        guint, milliseconds (default 1000): a command
 *                           pushed within this time of the previous one
 *                           may merge into its step (see push())
 * Signal "changed": emitted after every step is pushed or merged (a push
 * outside a group, or the end of a non-empty group), undo, redo and
 * clear. */
PhaenHistory *phaen_history_new          (void);
/* Takes ownership of @command. Clears the redo stack. Inside a group the
 * command joins the group instead of becoming a step of its own.
 * Otherwise, when the last step is a single command pushed on its own
 * less than "merge-interval" ago, with nothing in between (no undo, redo,
 * group, phaen_history_break_merge() or phaen_history_mark_saved()), the
 * last command's merge() may absorb @command: typing a name letter by
 * letter is one step to undo. */
void          phaen_history_push         (PhaenHistory  *self,
                                          PhaenCommand  *command);
/* The next push starts a step of its own (the app calls it when the focus
 * leaves a field, so that the next field's typing is undone apart). */
void          phaen_history_break_merge  (PhaenHistory  *self);
/* Groups nest; every command pushed until the outermost end is one step. */
void          phaen_history_begin_group  (PhaenHistory  *self,
                                          const char    *label);
void          phaen_history_end_group    (PhaenHistory  *self);
gboolean      phaen_history_get_in_group (PhaenHistory  *self);
gboolean      phaen_history_can_undo     (PhaenHistory  *self);
gboolean      phaen_history_can_redo     (PhaenHistory  *self);
/* Label of the step that undo/redo would act on, or NULL. */
const char   *phaen_history_get_undo_label (PhaenHistory *self);
const char   *phaen_history_get_redo_label (PhaenHistory *self);
/* Undo or redo one step. FALSE, and nothing happens, when there is none,
 * while a group is open or while a step is being undone or redone (Ctrl+Z
 * pressed in the middle of an operation is refused quietly). */
gboolean      phaen_history_undo         (PhaenHistory  *self);
gboolean      phaen_history_redo         (PhaenHistory  *self);
void          phaen_history_clear        (PhaenHistory  *self);
/* Number of steps that can be undone. */
guint         phaen_history_get_depth    (PhaenHistory  *self);

/* The document as it is now has been saved: "is-modified" becomes FALSE,
 * and comes back to FALSE whenever undo or redo return to this state. */
void          phaen_history_mark_saved   (PhaenHistory  *self);
gboolean      phaen_history_get_is_modified (PhaenHistory *self);
guint         phaen_history_get_max_depth (PhaenHistory *self);
void          phaen_history_set_max_depth (PhaenHistory *self,
                                           guint         max_depth);
guint         phaen_history_get_merge_interval (PhaenHistory *self);
void          phaen_history_set_merge_interval (PhaenHistory *self,
                                                guint         milliseconds);

G_END_DECLS
