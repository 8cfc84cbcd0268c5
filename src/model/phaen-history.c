/* phaen-history.c: undo/redo stack of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history keeps two stacks of steps. A step is what one undo or one
 * redo acts on: a single command, or every command pushed between the
 * outermost phaen_history_begin_group() and its phaen_history_end_group().
 * Commands arrive already applied; undoing a step reverts its commands
 * newest first, redoing applies them again oldest first.
 *
 * Typing merges: like GTK's text history chaining an insertion onto the
 * one before it, a command pushed on its own right after another one of
 * the same field (within "merge-interval", nothing in between) is offered
 * to the previous command's merge(), so the step grows instead of a new
 * one starting.
 *
 * The saved point is the number of undo steps at phaen_history_mark_saved():
 * the document is unmodified exactly when that many steps are on the undo
 * stack again. It is lost (-1) when the steps that lead back to it are
 * dropped: redo steps replaced by a new edit, or the oldest steps beyond
 * "max-depth".
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-history.h"

typedef struct
{
  char      *label;     /* owned; NULL: use the first command's label */
  GPtrArray *commands;  /* PhaenCommand*, oldest first */
  gboolean   single;    /* one command pushed on its own: may merge */
} PhaenStep;

#define DEFAULT_MAX_DEPTH      500
#define DEFAULT_MERGE_INTERVAL 1000   /* milliseconds */
#define NO_SAVED_POINT         (-1)

struct _PhaenHistory
{
  GObject    parent_instance;

  GPtrArray *undo_steps;   /* PhaenStep*, oldest first; the last is undone next */
  GPtrArray *redo_steps;   /* PhaenStep*; the last is redone next */

  PhaenStep *open_step;    /* collects commands while a group is open */
  guint      group_depth;

  gint64     last_push;    /* monotonic time of the last push, µs */
  guint      merge_interval;  /* ms */
  guint      max_depth;    /* 0: no limit */
  gint       saved_position;  /* undo_steps->len when saved, or NO_SAVED_POINT */

  guint      busy : 1;     /* inside a command's undo() or redo() */
  guint      may_merge : 1;  /* the next push may merge into the last step */
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_IS_MODIFIED,
  PROP_MAX_DEPTH,
  PROP_MERGE_INTERVAL,
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

/* What "can-undo", "can-redo" and "is-modified" were before a change, so
 * that they are notified only when the change flips them. */
typedef struct
{
  gboolean could_undo;
  gboolean could_redo;
  gboolean was_modified;
} PhaenHistoryState;

static PhaenHistoryState
phaen_history_save_state (PhaenHistory *self)
{
  PhaenHistoryState state;

  state.could_undo = phaen_history_can_undo (self);
  state.could_redo = phaen_history_can_redo (self);
  state.was_modified = phaen_history_get_is_modified (self);

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
  if (before.was_modified != phaen_history_get_is_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_MODIFIED]);
}

/* Drops the oldest steps beyond "max-depth"; the saved point moves with
 * the steps, and is lost when it was before the dropped ones. */
static void
phaen_history_trim (PhaenHistory *self)
{
  guint excess;

  if (self->max_depth == 0 || self->undo_steps->len <= self->max_depth)
    return;

  excess = self->undo_steps->len - self->max_depth;
  g_ptr_array_remove_range (self->undo_steps, 0, excess);

  if (self->saved_position != NO_SAVED_POINT)
    self->saved_position = self->saved_position >= (gint) excess
                           ? self->saved_position - (gint) excess
                           : NO_SAVED_POINT;
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

    case PROP_IS_MODIFIED:
      g_value_set_boolean (value, phaen_history_get_is_modified (self));
      break;

    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;

    case PROP_MERGE_INTERVAL:
      g_value_set_uint (value, self->merge_interval);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_history_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhaenHistory *self = PHAEN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      phaen_history_set_max_depth (self, g_value_get_uint (value));
      break;

    case PROP_MERGE_INTERVAL:
      phaen_history_set_merge_interval (self, g_value_get_uint (value));
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
  object_class->set_property = phaen_history_set_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_MODIFIED] =
    g_param_spec_boolean ("is-modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_MAX_DEPTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MERGE_INTERVAL] =
    g_param_spec_uint ("merge-interval", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_MERGE_INTERVAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

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
  self->max_depth = DEFAULT_MAX_DEPTH;
  self->merge_interval = DEFAULT_MERGE_INTERVAL;
  self->saved_position = 0;
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
  if (self->redo_steps->len == 0)
    return;

  g_ptr_array_set_size (self->redo_steps, 0);
  if (self->saved_position > (gint) self->undo_steps->len)
    self->saved_position = NO_SAVED_POINT;
}

/* Offers @command to the last step's command, if the rules of
 * phaen_history_push() allow; TRUE when it was merged (and freed). */
static gboolean
phaen_history_try_merge (PhaenHistory *self,
                         PhaenCommand *command,
                         gint64        now)
{
  PhaenStep *step = last_step (self->undo_steps);
  PhaenCommand *previous;

  if (!self->may_merge || step == NULL || !step->single ||
      self->saved_position == (gint) self->undo_steps->len ||
      now - self->last_push > (gint64) self->merge_interval * 1000)
    return FALSE;

  previous = g_ptr_array_index (step->commands, 0);
  return previous->merge != NULL && previous->merge (previous, command);
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
      gint64 now = g_get_monotonic_time ();

      if (!phaen_history_try_merge (self, command, now))
        {
          PhaenStep *step = phaen_step_new (NULL);

          step->single = TRUE;
          g_ptr_array_add (step->commands, command);
          g_ptr_array_add (self->undo_steps, step);
          phaen_history_trim (self);
        }
      self->last_push = now;
      self->may_merge = TRUE;

      phaen_history_notify_state (self, before);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

void
phaen_history_break_merge (PhaenHistory *self)
{
  g_return_if_fail (PHAEN_IS_HISTORY (self));

  self->may_merge = FALSE;
}

gboolean
phaen_history_get_in_group (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);

  return self->group_depth > 0;
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
  self->may_merge = FALSE;
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
  phaen_history_trim (self);
  self->may_merge = FALSE;
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

  if (self->busy || self->group_depth > 0)
    {
      g_debug ("Undo refused: a change is in progress");
      return FALSE;
    }

  if (self->undo_steps->len == 0)
    return FALSE;

  before = phaen_history_save_state (self);
  self->may_merge = FALSE;

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

  if (self->busy || self->group_depth > 0)
    {
      g_debug ("Redo refused: a change is in progress");
      return FALSE;
    }

  if (self->redo_steps->len == 0)
    return FALSE;

  before = phaen_history_save_state (self);
  self->may_merge = FALSE;

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

  /* Whether the document is as saved does not change by forgetting how it
   * got there; only the way back is gone. */
  self->saved_position = phaen_history_get_is_modified (self) ? NO_SAVED_POINT : 0;
  self->may_merge = FALSE;
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

void
phaen_history_mark_saved (PhaenHistory *self)
{
  PhaenHistoryState before;

  g_return_if_fail (PHAEN_IS_HISTORY (self));

  before = phaen_history_save_state (self);
  self->saved_position = (gint) self->undo_steps->len;
  /* The next edit must not merge into the saved step. */
  self->may_merge = FALSE;
  phaen_history_notify_state (self, before);
}

gboolean
phaen_history_get_is_modified (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), FALSE);

  return self->saved_position != (gint) self->undo_steps->len;
}

guint
phaen_history_get_max_depth (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), 0);

  return self->max_depth;
}

void
phaen_history_set_max_depth (PhaenHistory *self,
                             guint         max_depth)
{
  PhaenHistoryState before;

  g_return_if_fail (PHAEN_IS_HISTORY (self));

  if (self->max_depth == max_depth)
    return;

  before = phaen_history_save_state (self);
  self->max_depth = max_depth;
  phaen_history_trim (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
  phaen_history_notify_state (self, before);
}

guint
phaen_history_get_merge_interval (PhaenHistory *self)
{
  g_return_val_if_fail (PHAEN_IS_HISTORY (self), 0);

  return self->merge_interval;
}

void
phaen_history_set_merge_interval (PhaenHistory *self,
                                  guint         milliseconds)
{
  g_return_if_fail (PHAEN_IS_HISTORY (self));

  if (self->merge_interval == milliseconds)
    return;

  self->merge_interval = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGE_INTERVAL]);
}
