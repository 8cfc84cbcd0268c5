/* phaen-history.c: undo/redo stack of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history keeps two stacks of steps. A step is what one undo or one
 * redo acts on: a single command, or every command pushed between the
 * outermost phaen_history_begin_group() and its phaen_history_end_group().
 * Commands arrive already applied; undoing a step reverts its commands
 * newest first, redoing applies them again oldest first.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-history.h"

typedef struct
{
  char      *label;     /* owned; NULL: use the first command's label */
  GPtrArray *commands;  /* PhaenCommand*, oldest first */
} PhaenStep;

struct _PhaenHistory
{
  GObject    parent_instance;

  GPtrArray *undo_steps;   /* PhaenStep*, oldest first; the last is undone next */
  GPtrArray *redo_steps;   /* PhaenStep*; the last is redone next */

  PhaenStep *open_step;    /* collects commands while a group is open */
  guint      group_depth;

  guint      busy : 1;     /* inside a command's undo() or redo() */
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenHistory, phaen_history, G_TYPE_OBJECT)

static void
phaen_command_free (gpointer data)
{
  PhaenCommand *command = data;

  if (command->free != NULL)
    command->free (command);
  else
    g_free (command);
}

static PhaenStep *
phaen_step_new (const char *label)
{
  PhaenStep *step = g_new0 (PhaenStep, 1);

  step->label = g_strdup (label);
  step->commands = g_ptr_array_new_with_free_func (phaen_command_free);

  return step;
}

static void
phaen_step_free (gpointer data)
{
  PhaenStep *step = data;

  g_ptr_array_unref (step->commands);
  g_free (step->label);
  g_free (step);
}

static const char *
phaen_step_get_label (PhaenStep *step)
{
  if (step->label != NULL)
    return step->label;

  if (step->commands->len > 0)
    {
      PhaenCommand *first = g_ptr_array_index (step->commands, 0);
      return first->label;
    }

  return NULL;
}

static PhaenStep *
last_step (GPtrArray *steps)
{
  if (steps->len == 0)
    return NULL;

  return g_ptr_array_index (steps, steps->len - 1);
}

/* What "can-undo" and "can-redo" were before a change, so that they are
 * notified only when the change flips them. */
typedef struct
{
  gboolean could_undo;
  gboolean could_redo;
} PhaenHistoryState;

static PhaenHistoryState
phaen_history_save_state (PhaenHistory *self)
{
  PhaenHistoryState state;

  state.could_undo = phaen_history_can_undo (self);
  state.could_redo = phaen_history_can_redo (self);

  return state;
}

static void
phaen_history_notify_state (PhaenHistory      *self,
                            PhaenHistoryState  before)
{
  if (before.could_undo != phaen_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.could_redo != phaen_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
phaen_history_finalize (GObject *object)
{
  PhaenHistory *self = (PhaenHistory *)object;

  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->open_step, phaen_step_free);

  G_OBJECT_CLASS (phaen_history_parent_class)->finalize (object);
}

static void
phaen_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhaenHistory *self = PHAEN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, phaen_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, phaen_history_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_history_class_init (PhaenHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_history_finalize;
  object_class->get_property = phaen_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
phaen_history_init (PhaenHistory *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func (phaen_step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (phaen_step_free);
}

PhaenHistory *
phaen_history_new (void)
{
  return g_object_new (PHAEN_TYPE_HISTORY, NULL);
}

/* Pushing changes the document after the redo steps were recorded, so they
 * can no longer be replayed. */
static void
phaen_history_drop_redo (PhaenHistory *self)
{
  if (self->redo_steps->len > 0)
    g_ptr_array_set_size (self->redo_steps, 0);
}

void
phaen_history_push (PhaenHistory *self,
                    PhaenCommand *command)
{
  PhaenHistoryState before;

  g_return_if_fail (PHAEN_IS_HISTORY (self));
  g_return_if_fail (command != NULL);

  if (self->busy)
    {
      /* A command that records new commands while it is being undone or
       * redone would corrupt the stacks. */
      g_critical ("A command was pushed while a step was being undone or redone");
      phaen_command_free (command);
      return;
    }

  before = phaen_history_save_state (self);

  phaen_history_drop_redo (self);

  if (self->open_step != NULL)
    {
      /* The step lands (and "changed" is emitted) when the group ends. */
      g_ptr_array_add (self->open_step->commands, command);
      phaen_history_notify_state (self, before);
    }
  else
    {
      PhaenStep *step = phaen_step_new (NULL);

      g_ptr_array_add (step->commands, command);
      g_ptr_array_add (self->undo_steps, step);

      phaen_history_notify_state (self, before);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

void
phaen_history_begin_group (PhaenHistory *self,
                           const char   *label)
{
  g_return_if_fail (PHAEN_IS_HISTORY (self));
  g_return_if_fail (!self->busy);

  if (self->group_depth == 0)
    {
      g_assert (self->open_step == NULL);
      self->open_step = phaen_step_new (label);
    }

  self->group_depth++;
}

void
phaen_history_end_group (PhaenHistory *self)
{
  PhaenHistoryState before;
  PhaenStep *step;

  g_return_if_fail (PHAEN_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  self->group_depth--;
  if (self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->open_step);

  if (step->commands->len == 0)
    {
      /* Nothing happened inside the group: nothing to undo. */
      phaen_step_free (step);
      return;
    }

  before = phaen_history_save_state (self);
  g_ptr_array_add (self->undo_steps, step);
  phaen_history_notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
phaen_history_can_undo (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
phaen_history_can_redo (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);

  return self->redo_steps->len > 0;
}

const char *
phaen_history_get_undo_label (PhaenHistory *self)
{
  PhaenStep *step;

  g_return_val_if_fail (PHAEN_IS_HISTORY (self), NULL);

  step = last_step (self->undo_steps);

  return step != NULL ? phaen_step_get_label (step) : NULL;
}

const char *
phaen_history_get_redo_label (PhaenHistory *self)
{
  PhaenStep *step;

  g_return_val_if_fail (PHAEN_IS_HISTORY (self), NULL);

  step = last_step (self->redo_steps);

  return step != NULL ? phaen_step_get_label (step) : NULL;
}

gboolean
phaen_history_undo (PhaenHistory *self)
{
  PhaenHistoryState before;
  PhaenStep *step;

  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (!self->busy, FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->undo_steps->len == 0)
    return FALSE;

  before = phaen_history_save_state (self);

  /* The step changes stacks first: whoever hears the document change
   * while the commands run already sees the history as it will be. */
  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  g_ptr_array_add (self->redo_steps, step);

  self->busy = TRUE;
  for (guint i = step->commands->len; i > 0; i--)
    {
      PhaenCommand *command = g_ptr_array_index (step->commands, i - 1);
      command->undo (command);
    }
  self->busy = FALSE;

  phaen_history_notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
phaen_history_redo (PhaenHistory *self)
{
  PhaenHistoryState before;
  PhaenStep *step;

  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (!self->busy, FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->redo_steps->len == 0)
    return FALSE;

  before = phaen_history_save_state (self);

  step = g_ptr_array_steal_index (self->redo_steps, self->redo_steps->len - 1);
  g_ptr_array_add (self->undo_steps, step);

  self->busy = TRUE;
  for (guint i = 0; i < step->commands->len; i++)
    {
      PhaenCommand *command = g_ptr_array_index (step->commands, i);
      command->redo (command);
    }
  self->busy = FALSE;

  phaen_history_notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

void
phaen_history_clear (PhaenHistory *self)
{
  PhaenHistoryState before;

  g_return_if_fail (PHAEN_IS_HISTORY (self));
  g_return_if_fail (!self->busy);

  before = phaen_history_save_state (self);

  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);

  /* An open group stays open, but what it collected so far is forgotten
   * like every other recorded step. */
  if (self->open_step != NULL)
    g_ptr_array_set_size (self->open_step->commands, 0);

  phaen_history_notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
phaen_history_get_depth (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), 0);

  return self->undo_steps->len;
}
