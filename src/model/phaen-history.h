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
};

#define PHAEN_TYPE_HISTORY (phaen_history_get_type ())

G_DECLARE_FINAL_TYPE (PhaenHistory, phaen_history, PHAEN, HISTORY, GObject)

/* Properties: "can-undo", "can-redo" (boolean, read-only).
 * Signal "changed": emitted after every step is pushed (a push outside a
 * group, or the end of a non-empty group), undo, redo and clear. */
PhaenHistory *phaen_history_new          (void);
/* Takes ownership of @command. Clears the redo stack. Inside a group the
 * command joins the group instead of becoming a step of its own. */
void          phaen_history_push         (PhaenHistory  *self,
                                          PhaenCommand  *command);
/* Groups nest; every command pushed until the outermost end is one step. */
void          phaen_history_begin_group  (PhaenHistory  *self,
                                          const char    *label);
void          phaen_history_end_group    (PhaenHistory  *self);
gboolean      phaen_history_can_undo     (PhaenHistory  *self);
gboolean      phaen_history_can_redo     (PhaenHistory  *self);
/* Label of the step that undo/redo would act on, or NULL. */
const char   *phaen_history_get_undo_label (PhaenHistory *self);
const char   *phaen_history_get_redo_label (PhaenHistory *self);
gboolean      phaen_history_undo         (PhaenHistory  *self);
gboolean      phaen_history_redo         (PhaenHistory  *self);
void          phaen_history_clear        (PhaenHistory  *self);
/* Number of steps that can be undone. */
guint         phaen_history_get_depth    (PhaenHistory  *self);

G_END_DECLS
