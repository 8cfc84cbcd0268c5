/* phaen-plan-edit.c: the plan's edit API, every edit an undoable command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each phaen_plan_edit_*() call applies its change and pushes a command
 * that can revert and re-apply it on the plan's history; the plan emits
 * "changed" once the history has the step, so once per step however many
 * commands a group holds. Commands hold references to the objects they move in and out
 * of the plan, so undo puts back the very same object at the very same
 * position. They hold the plan itself without a reference: the plan owns
 * its history, so a command never outlives it.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-announcement.h"
#include "phaen-plan-editions.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-plan-private.h"
#include "phaen-properties.h"
#include "phaen-text.h"

/* ---- Property change ---------------------------------------------------- */

typedef struct
{
  PhaenCommand  parent;
  PhaenPlan    *plan;       /* not owned */
  GObject      *object;     /* owned */
  GParamSpec   *pspec;      /* owned */
  char         *label;
  GValue        old_value;
  GValue        new_value;
} PhaenSetCommand;

static void
phaen_set_command_apply (PhaenSetCommand *self,
                         const GValue    *value)
{
  _phaen_plan_note_change (self->plan);
  g_object_set_property (self->object, self->pspec->name, value);
}

static void
phaen_set_command_undo (PhaenCommand *command)
{
  PhaenSetCommand *self = (PhaenSetCommand *)command;

  phaen_set_command_apply (self, &self->old_value);
}

static void
phaen_set_command_redo (PhaenCommand *command)
{
  PhaenSetCommand *self = (PhaenSetCommand *)command;

  phaen_set_command_apply (self, &self->new_value);
}

static void
phaen_set_command_free (PhaenCommand *command)
{
  PhaenSetCommand *self = (PhaenSetCommand *)command;

  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  g_clear_object (&self->object);
  g_clear_pointer (&self->pspec, g_param_spec_unref);
  g_free (self->label);
  g_free (self);
}

static gboolean values_equal (GParamSpec   *pspec,
                              const GValue *a,
                              const GValue *b);

/* Typing into a field: the next value of the same property of the same
 * object, starting where this one ended, extends this command. */
static gboolean
phaen_set_command_merge (PhaenCommand *command,
                         PhaenCommand *next_command)
{
  PhaenSetCommand *self = (PhaenSetCommand *)command;
  PhaenSetCommand *next = (PhaenSetCommand *)next_command;

  if (next_command->merge != phaen_set_command_merge ||
      next->object != self->object ||
      next->pspec != self->pspec ||
      !values_equal (self->pspec, &self->new_value, &next->old_value))
    return FALSE;

  g_value_copy (&next->new_value, &self->new_value);
  next_command->free (next_command);
  return TRUE;
}

static gboolean
is_plan_object (PhaenPlan *plan,
                gpointer   object)
{
  return object == (gpointer)plan ||
         PHAEN_IS_EDITION (object) ||
         PHAEN_IS_STRATEGY (object) ||
         PHAEN_IS_APPROACH (object) ||
         PHAEN_IS_PROGRAM (object) ||
         PHAEN_IS_UNIT (object) ||
         PHAEN_IS_PROJECT (object);
}

/* Strings of the model are never NULL: a NULL string stores "". */
static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);

      return g_strcmp0 (sa != NULL ? sa : "", sb != NULL ? sb : "") == 0;
    }
  /* An image set again from the same file is no change. */
  if (pspec->value_type == G_TYPE_BYTES)
    return phaen_bytes_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Converts @value to the type of @pspec into @out (initialised here). */
static gboolean
convert_value (GParamSpec   *pspec,
               const GValue *value,
               GValue       *out)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (out, type);

  if (g_value_type_compatible (G_VALUE_TYPE (value), type))
    {
      g_value_copy (value, out);
      return TRUE;
    }

  /* A value declared as a wider object type (G_TYPE_OBJECT) holding an
   * instance of the property's type. */
  if (G_VALUE_HOLDS_OBJECT (value) && g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *object = g_value_get_object (value);

      if (object == NULL || G_TYPE_CHECK_INSTANCE_TYPE (object, type))
        {
          g_value_set_object (out, object);
          return TRUE;
        }

      g_value_unset (out);
      return FALSE;
    }

  if (g_value_type_transformable (G_VALUE_TYPE (value), type) &&
      g_value_transform (value, out))
    return TRUE;

  g_value_unset (out);
  return FALSE;
}

/* Names of undo steps, shown in the Undo menu item. */
static const struct {
  const char *property;
  const char *label;
} project_labels[] = {
  { "name", N_("Change project name") },
  { "activities", N_("Change activities") },
  { "budget", N_("Change budget") },
  { "location", N_("Change location") },
  { "strategy", N_("Change strategy") },
  { "approach", N_("Change development approach") },
  { "program", N_("Change program") },
  { "unit", N_("Change responsible unit") },
  { "schedule", N_("Change schedule") },
  { "source", N_("Change funding source") },
  { "target", N_("Change target") },
  { "status", N_("Change status") },
  { "contracted", N_("Change contracted amount") },
  { "disbursed", N_("Change disbursed amount") },
  { "progress", N_("Change progress") },
  { "actual-schedule", N_("Change actual months") },
  { "remarks", N_("Change remarks") },
};

static const char *
set_label (gpointer    object,
           const char *property)
{
  if (PHAEN_IS_PROJECT (object))
    {
      for (guint i = 0; i < G_N_ELEMENTS (project_labels); i++)
        if (g_str_equal (project_labels[i].property, property))
          return _(project_labels[i].label);

      return _("Edit project");
    }

  if (PHAEN_IS_STRATEGY (object))
    return _("Edit strategy");
  if (PHAEN_IS_APPROACH (object))
    return _("Edit development approach");
  if (PHAEN_IS_PROGRAM (object))
    return _("Edit program");
  if (PHAEN_IS_UNIT (object))
    return _("Edit responsible unit");
  if (PHAEN_IS_EDITION (object))
    return _("Edit addition or amendment");

  return _("Edit plan settings");
}

/* Whether the plan's editions let the edit through (phaen-edition.h):
 * when not, the error goes to @error or, without one, to the plan's
 * "edit-refused". */
static gboolean
edit_allowed (PhaenPlan   *self,
              gpointer     object,
              const char  *property,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (phaen_plan_check_edit (self, object, property, &local_error))
    return TRUE;

  if (error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    _phaen_plan_refuse_edit (self, local_error);
  return FALSE;
}

void
phaen_plan_edit_set (PhaenPlan    *self,
                     gpointer      object,
                     const char   *property,
                     const GValue *value)
{
  PhaenSetCommand *command;
  GParamSpec *pspec;
  g_auto(GValue) new_value = G_VALUE_INIT;
  g_auto(GValue) old_value = G_VALUE_INIT;
  gboolean was_changing;

  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (is_plan_object (self, object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  if (pspec == NULL)
    {
      g_critical ("%s has no property named “%s”",
                  G_OBJECT_TYPE_NAME (object), property);
      return;
    }

  if ((pspec->flags & G_PARAM_WRITABLE) == 0 ||
      (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    {
      g_critical ("Property “%s” of %s cannot be edited",
                  property, G_OBJECT_TYPE_NAME (object));
      return;
    }

  if (!edit_allowed (self, object, pspec->name, NULL))
    return;

  if (!convert_value (pspec, value, &new_value))
    {
      g_critical ("A value of type %s cannot be stored in property “%s” of %s",
                  G_VALUE_TYPE_NAME (value), property, G_OBJECT_TYPE_NAME (object));
      return;
    }

  g_value_init (&old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &old_value);

  if (values_equal (pspec, &old_value, &new_value))
    return;

  /* Noted before the change, so that whoever hears of it knows a step is
   * under way and may wait for the plan's "changed". */
  was_changing = _phaen_plan_note_change (self);
  g_object_set_property (object, pspec->name, &new_value);

  /* Keep what the object actually stored (a setter may normalise the
   * value), so that redo restores exactly the state after this edit. */
  g_value_reset (&new_value);
  g_object_get_property (object, pspec->name, &new_value);

  if (values_equal (pspec, &old_value, &new_value))
    {
      _phaen_plan_restore_change (self, was_changing);
      return;
    }

  command = g_new0 (PhaenSetCommand, 1);
  command->plan = self;
  command->object = g_object_ref (object);
  command->pspec = g_param_spec_ref (pspec);
  command->label = g_strdup (set_label (object, pspec->name));
  g_value_init (&command->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&command->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&old_value, &command->old_value);
  g_value_copy (&new_value, &command->new_value);
  command->parent.label = command->label;
  command->parent.undo = phaen_set_command_undo;
  command->parent.redo = phaen_set_command_redo;
  command->parent.free = phaen_set_command_free;
  command->parent.merge = phaen_set_command_merge;

  phaen_history_push (phaen_plan_get_history (self), &command->parent);
}

static GParamSpec *
find_pspec (gpointer    object,
            const char *property)
{
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  if (pspec == NULL)
    g_critical ("%s has no property named “%s”",
                G_OBJECT_TYPE_NAME (object), property);

  return pspec;
}

void
phaen_plan_edit_set_string (PhaenPlan  *self,
                            gpointer    object,
                            const char *property,
                            const char *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value != NULL ? value : "");
  phaen_plan_edit_set (self, object, property, &gvalue);
}

void
phaen_plan_edit_set_int64 (PhaenPlan  *self,
                           gpointer    object,
                           const char *property,
                           gint64      value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  phaen_plan_edit_set (self, object, property, &gvalue);
}

void
phaen_plan_edit_set_uint (PhaenPlan  *self,
                          gpointer    object,
                          const char *property,
                          guint       value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_UINT);
  g_value_set_uint (&gvalue, value);
  phaen_plan_edit_set (self, object, property, &gvalue);
}

void
phaen_plan_edit_set_boolean (PhaenPlan  *self,
                             gpointer    object,
                             const char *property,
                             gboolean    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, value);
  phaen_plan_edit_set (self, object, property, &gvalue);
}

void
phaen_plan_edit_set_enum (PhaenPlan  *self,
                          gpointer    object,
                          const char *property,
                          int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  pspec = find_pspec (object, property);
  if (pspec == NULL)
    return;

  if (!G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_critical ("Property “%s” of %s is not an enumeration",
                  property, G_OBJECT_TYPE_NAME (object));
      return;
    }

  g_value_init (&gvalue, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_enum (&gvalue, value);
  phaen_plan_edit_set (self, object, property, &gvalue);
}

void
phaen_plan_edit_set_object (PhaenPlan  *self,
                            gpointer    object,
                            const char *property,
                            gpointer    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (value == NULL || G_IS_OBJECT (value));

  pspec = find_pspec (object, property);
  if (pspec == NULL)
    return;

  if (!G_IS_PARAM_SPEC_OBJECT (pspec))
    {
      g_critical ("Property “%s” of %s does not hold an object",
                  property, G_OBJECT_TYPE_NAME (object));
      return;
    }

  g_return_if_fail (value == NULL ||
                    G_TYPE_CHECK_INSTANCE_TYPE (value, G_PARAM_SPEC_VALUE_TYPE (pspec)));

  g_value_init (&gvalue, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_object (&gvalue, value);
  phaen_plan_edit_set (self, object, property, &gvalue);
}

/* ---- Insertion, removal and moves in the plan's lists ------------------- */

typedef enum
{
  PHAEN_LIST_INSERT,
  PHAEN_LIST_REMOVE,
  PHAEN_LIST_MOVE,
} PhaenListOp;

typedef struct
{
  PhaenCommand  parent;
  PhaenPlan    *plan;       /* not owned */
  PhaenCatalogue *store;    /* owned */
  GObject      *item;       /* owned */
  PhaenListOp   op;
  guint         position;   /* where the item is after insert, before remove;
                             * before a move */
  guint         to;         /* after a move */
} PhaenListCommand;

static void
store_insert (PhaenCatalogue *store,
              guint           position,
              GObject        *item)
{
  phaen_catalogue_insert (store, position, item);
}

static void
store_remove (PhaenCatalogue *store,
              guint           position,
              GObject        *item)
{
  g_autoptr(GObject) there = g_list_model_get_item (G_LIST_MODEL (store), position);

  if (there != item)
    {
      /* Someone changed the list behind the history's back; take the item
       * from wherever it is now. */
      guint found;

      g_warn_if_reached ();
      if (!phaen_catalogue_find (store, item, &found))
        return;
      position = found;
    }

  phaen_catalogue_remove (store, position);
}

static void
phaen_list_command_revert (PhaenListCommand *self)
{
  switch (self->op)
    {
    case PHAEN_LIST_INSERT:
      store_remove (self->store, self->position, self->item);
      break;

    case PHAEN_LIST_REMOVE:
      store_insert (self->store, self->position, self->item);
      break;

    case PHAEN_LIST_MOVE:
      store_remove (self->store, self->to, self->item);
      store_insert (self->store, self->position, self->item);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
phaen_list_command_apply (PhaenListCommand *self)
{
  switch (self->op)
    {
    case PHAEN_LIST_INSERT:
      store_insert (self->store, self->position, self->item);
      break;

    case PHAEN_LIST_REMOVE:
      store_remove (self->store, self->position, self->item);
      break;

    case PHAEN_LIST_MOVE:
      store_remove (self->store, self->position, self->item);
      store_insert (self->store, self->to, self->item);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
phaen_list_command_undo (PhaenCommand *command)
{
  PhaenListCommand *self = (PhaenListCommand *)command;

  _phaen_plan_note_change (self->plan);
  phaen_list_command_revert (self);
}

static void
phaen_list_command_redo (PhaenCommand *command)
{
  PhaenListCommand *self = (PhaenListCommand *)command;

  _phaen_plan_note_change (self->plan);
  phaen_list_command_apply (self);
}

static void
phaen_list_command_free (PhaenCommand *command)
{
  PhaenListCommand *self = (PhaenListCommand *)command;

  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_free (self);
}

/* Applies the change (redo), then records it. */
static void
phaen_plan_run_list_command (PhaenPlan      *self,
                             PhaenCatalogue *store,
                             gpointer        item,
                             PhaenListOp     op,
                             guint           position,
                             guint           to,
                             const char     *label)
{
  PhaenListCommand *command;

  command = g_new0 (PhaenListCommand, 1);
  command->plan = self;
  command->store = g_object_ref (store);
  command->item = g_object_ref (item);
  command->op = op;
  command->position = position;
  command->to = to;
  command->parent.label = label;
  command->parent.undo = phaen_list_command_undo;
  command->parent.redo = phaen_list_command_redo;
  command->parent.free = phaen_list_command_free;

  /* The history is up to date by the time views hear "changed". */
  _phaen_plan_note_change (self);
  phaen_list_command_apply (command);
  phaen_history_push (phaen_plan_get_history (self), &command->parent);
}

static void
phaen_plan_edit_insert (PhaenPlan      *self,
                        PhaenCatalogue *store,
                        guint           position,
                        gpointer        item,
                        const char     *label)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint found;

  g_return_if_fail (!phaen_catalogue_find (store, item, &found));

  if (!edit_allowed (self, item, NULL, NULL))
    return;

  if (position > n_items)
    position = n_items;

  _phaen_plan_ensure_id (self, item);
  phaen_plan_run_list_command (self, store, item, PHAEN_LIST_INSERT, position, 0, label);
}

void
phaen_plan_edit_insert_project (PhaenPlan    *self,
                                guint         position,
                                PhaenProject *project)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROJECT (project));

  phaen_plan_edit_insert (self, _phaen_plan_get_list_of (self, project),
                          position, project, _("Add project"));
}

void
phaen_plan_edit_insert_strategy (PhaenPlan     *self,
                                 guint          position,
                                 PhaenStrategy *strategy)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_STRATEGY (strategy));

  phaen_plan_edit_insert (self, _phaen_plan_get_list_of (self, strategy),
                          position, strategy, _("Add strategy"));
}

void
phaen_plan_edit_insert_approach (PhaenPlan     *self,
                                 guint          position,
                                 PhaenApproach *approach)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_APPROACH (approach));

  phaen_plan_edit_insert (self, _phaen_plan_get_list_of (self, approach),
                          position, approach, _("Add development approach"));
}

void
phaen_plan_edit_insert_program (PhaenPlan    *self,
                                guint         position,
                                PhaenProgram *program)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROGRAM (program));

  phaen_plan_edit_insert (self, _phaen_plan_get_list_of (self, program),
                          position, program, _("Add program"));
}

void
phaen_plan_edit_insert_unit (PhaenPlan *self,
                             guint      position,
                             PhaenUnit *unit)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_UNIT (unit));

  phaen_plan_edit_insert (self, _phaen_plan_get_list_of (self, unit),
                          position, unit, _("Add responsible unit"));
}

/* Finds @item in @store; on failure sets an error naming it. */
static gboolean
find_in_plan (PhaenCatalogue  *store,
              gpointer         item,
              const char      *name,
              guint           *position,
              GError         **error)
{
  if (phaen_catalogue_find (store, item, position))
    return TRUE;

  g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
               _("“%s” is not part of this plan."), name);
  return FALSE;
}

typedef enum
{
  USES_STRATEGY,
  USES_APPROACH,
  USES_PROGRAM,
  USES_UNIT,
} PhaenReference;

/* Number of projects whose @reference is @target. */
static guint
count_projects_using (PhaenPlan      *self,
                      PhaenReference  reference,
                      gpointer        target)
{
  GListModel *projects = phaen_plan_get_projects (self);
  guint n_items = g_list_model_get_n_items (projects);
  guint count = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      gpointer used = NULL;

      switch (reference)
        {
        case USES_STRATEGY:
          used = phaen_project_get_strategy (project);
          break;
        case USES_APPROACH:
          used = phaen_project_get_approach (project);
          break;
        case USES_PROGRAM:
          used = phaen_project_get_program (project);
          break;
        case USES_UNIT:
          used = phaen_project_get_unit (project);
          break;
        default:
          g_assert_not_reached ();
        }

      if (used == target)
        count++;
    }

  return count;
}

gboolean
phaen_plan_edit_remove_project (PhaenPlan     *self,
                                PhaenProject  *project,
                                GError       **error)
{
  PhaenCatalogue *store;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = _phaen_plan_get_list_of (self, project);
  if (!find_in_plan (store, project, phaen_project_get_name (project), &position, error))
    return FALSE;
  if (!edit_allowed (self, project, NULL, error))
    return FALSE;

  phaen_plan_run_list_command (self, store, project, PHAEN_LIST_REMOVE,
                               position, 0, _("Remove project"));
  return TRUE;
}

void
phaen_plan_edit_move_project (PhaenPlan    *self,
                              PhaenProject *project,
                              guint         new_position)
{
  PhaenCatalogue *store;
  guint n_items;
  guint position;

  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROJECT (project));

  store = _phaen_plan_get_list_of (self, project);
  if (!phaen_catalogue_find (store, project, &position))
    {
      g_critical ("Project “%s” is not part of the plan",
                  phaen_project_get_name (project));
      return;
    }

  /* @new_position is the project's index after the move. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (new_position >= n_items)
    new_position = n_items - 1;

  if (new_position == position)
    return;

  if (!edit_allowed (self, project, NULL, NULL))
    return;

  phaen_plan_run_list_command (self, store, project, PHAEN_LIST_MOVE,
                               position, new_position, _("Move project"));
}

gboolean
phaen_plan_edit_remove_strategy (PhaenPlan      *self,
                                 PhaenStrategy  *strategy,
                                 GError        **error)
{
  PhaenCatalogue *store;
  GListModel *approaches;
  guint n_approaches = 0;
  guint n_projects;
  guint position;
  guint n_items;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = _phaen_plan_get_list_of (self, strategy);
  if (!find_in_plan (store, strategy, phaen_strategy_get_name (strategy), &position, error))
    return FALSE;
  if (!edit_allowed (self, strategy, NULL, error))
    return FALSE;

  n_projects = count_projects_using (self, USES_STRATEGY, strategy);
  if (n_projects > 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE,
                   ngettext ("The strategy “%s” cannot be removed: %u project still belongs to it. Move or remove that project first.",
                             "The strategy “%s” cannot be removed: %u projects still belong to it. Move or remove those projects first.",
                             n_projects),
                   phaen_strategy_get_name (strategy), n_projects);
      return FALSE;
    }

  approaches = phaen_plan_get_approaches (self);
  n_items = g_list_model_get_n_items (approaches);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PhaenApproach) approach = g_list_model_get_item (approaches, i);

      if (phaen_approach_get_strategy (approach) == strategy)
        n_approaches++;
    }

  if (n_approaches > 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE,
                   ngettext ("The strategy “%s” cannot be removed: %u development approach still belongs to it. Remove that approach first.",
                             "The strategy “%s” cannot be removed: %u development approaches still belong to it. Remove those approaches first.",
                             n_approaches),
                   phaen_strategy_get_name (strategy), n_approaches);
      return FALSE;
    }

  phaen_plan_run_list_command (self, store, strategy, PHAEN_LIST_REMOVE,
                               position, 0, _("Remove strategy"));
  return TRUE;
}

gboolean
phaen_plan_edit_remove_approach (PhaenPlan      *self,
                                 PhaenApproach  *approach,
                                 GError        **error)
{
  PhaenCatalogue *store;
  guint n_projects;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_APPROACH (approach), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = _phaen_plan_get_list_of (self, approach);
  if (!find_in_plan (store, approach, phaen_approach_get_name (approach), &position, error))
    return FALSE;
  if (!edit_allowed (self, approach, NULL, error))
    return FALSE;

  n_projects = count_projects_using (self, USES_APPROACH, approach);
  if (n_projects > 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE,
                   ngettext ("The development approach “%s” cannot be removed: %u project still follows it. Change that project first.",
                             "The development approach “%s” cannot be removed: %u projects still follow it. Change those projects first.",
                             n_projects),
                   phaen_approach_get_name (approach), n_projects);
      return FALSE;
    }

  phaen_plan_run_list_command (self, store, approach, PHAEN_LIST_REMOVE,
                               position, 0, _("Remove development approach"));
  return TRUE;
}

gboolean
phaen_plan_edit_remove_program (PhaenPlan     *self,
                                PhaenProgram  *program,
                                GError       **error)
{
  PhaenCatalogue *store;
  guint n_projects;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = _phaen_plan_get_list_of (self, program);
  if (!find_in_plan (store, program, phaen_program_get_name (program), &position, error))
    return FALSE;
  if (!edit_allowed (self, program, NULL, error))
    return FALSE;

  n_projects = count_projects_using (self, USES_PROGRAM, program);
  if (n_projects > 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE,
                   ngettext ("The program “%s” cannot be removed: %u project is still filed under it. Change that project first.",
                             "The program “%s” cannot be removed: %u projects are still filed under it. Change those projects first.",
                             n_projects),
                   phaen_program_get_name (program), n_projects);
      return FALSE;
    }

  phaen_plan_run_list_command (self, store, program, PHAEN_LIST_REMOVE,
                               position, 0, _("Remove program"));
  return TRUE;
}

gboolean
phaen_plan_edit_remove_unit (PhaenPlan  *self,
                             PhaenUnit  *unit,
                             GError    **error)
{
  PhaenCatalogue *store;
  guint n_projects;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = _phaen_plan_get_list_of (self, unit);
  if (!find_in_plan (store, unit, phaen_unit_get_name (unit), &position, error))
    return FALSE;
  if (!edit_allowed (self, unit, NULL, error))
    return FALSE;

  n_projects = count_projects_using (self, USES_UNIT, unit);
  if (n_projects > 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_IN_USE,
                   ngettext ("The unit “%s” cannot be removed: it is still responsible for %u project. Give that project to another unit first.",
                             "The unit “%s” cannot be removed: it is still responsible for %u projects. Give those projects to another unit first.",
                             n_projects),
                   phaen_unit_get_name (unit), n_projects);
      return FALSE;
    }

  phaen_plan_run_list_command (self, store, unit, PHAEN_LIST_REMOVE,
                               position, 0, _("Remove responsible unit"));
  return TRUE;
}

/* ---- Steps made of several edits ---------------------------------------- */

void
phaen_plan_edit_begin (PhaenPlan  *self,
                       const char *label)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  phaen_history_begin_group (phaen_plan_get_history (self), label);
}

void
phaen_plan_edit_end (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  phaen_history_end_group (phaen_plan_get_history (self));
}

void
phaen_plan_edit_move_project_to (PhaenPlan     *self,
                                 PhaenProject  *project,
                                 PhaenStrategy *strategy,
                                 PhaenApproach *approach,
                                 PhaenProgram  *program)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROJECT (project));
  g_return_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy));
  g_return_if_fail (approach == NULL || PHAEN_IS_APPROACH (approach));
  g_return_if_fail (program == NULL || PHAEN_IS_PROGRAM (program));
  g_return_if_fail (approach == NULL || phaen_approach_get_strategy (approach) == strategy);

  if (!edit_allowed (self, project, "strategy", NULL))
    return;

  phaen_plan_edit_begin (self, _("Move project"));
  phaen_plan_edit_set_object (self, project, "strategy", strategy);
  phaen_plan_edit_set_object (self, project, "approach", approach);
  phaen_plan_edit_set_object (self, project, "program", program);
  phaen_plan_edit_end (self);
}

PhaenProject *
phaen_plan_edit_duplicate_project (PhaenPlan    *self,
                                   PhaenProject *project)
{
  g_autoptr(PhaenProject) copy = NULL;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (PHAEN_IS_PROJECT (project), NULL);

  if (!phaen_catalogue_find (_phaen_plan_get_list_of (self, project), project, &position))
    {
      g_critical ("Project “%s” is not part of the plan", phaen_project_get_name (project));
      return NULL;
    }

  if (!edit_allowed (self, project, NULL, NULL))
    return NULL;

  copy = phaen_project_copy (project);
  phaen_project_set_id (copy, NULL);

  phaen_plan_edit_begin (self, _("Duplicate project"));
  phaen_plan_edit_insert_project (self, position + 1, copy);
  phaen_plan_edit_end (self);

  return copy;   /* the plan holds it */
}

void
phaen_plan_edit_fill_default_texts (PhaenPlan *self)
{
  g_autoptr(PhaenPlan) filled = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_if_fail (PHAEN_IS_PLAN (self));

  if (!edit_allowed (self, self, "foreword", NULL))
    return;

  /* The texts as phaen_plan_fill_default_texts() would make them, worked
   * out on a plan with the same settings, then set one by one. */
  filled = g_object_new (PHAEN_TYPE_PLAN, NULL);
  phaen_properties_copy (G_OBJECT (self), G_OBJECT (filled));
  phaen_plan_fill_default_texts (filled);

  phaen_plan_edit_begin (self, _("Fill in default texts"));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      const char *name = pspecs[i]->name;

      if (G_IS_PARAM_SPEC_STRING (pspecs[i]))
        phaen_plan_edit_set_string (self, self, name, phaen_plan_get_text (filled, name));
    }
  phaen_plan_edit_end (self);
}

/* ---- Adding another plan ------------------------------------------------ */

/* Several items inserted into a list at once (one items-changed), or taken
 * out again. */
typedef struct
{
  PhaenCommand  parent;
  PhaenPlan    *plan;       /* not owned */
  PhaenCatalogue *store;    /* owned */
  GPtrArray    *items;      /* owned references, in list order */
  guint         position;   /* of the first one */
} PhaenSpliceCommand;

static void
phaen_splice_command_undo (PhaenCommand *command)
{
  PhaenSpliceCommand *self = (PhaenSpliceCommand *)command;
  g_autoptr(GObject) first = g_list_model_get_item (G_LIST_MODEL (self->store), self->position);

  /* Someone changed the list behind the history's back: leave it. */
  g_return_if_fail (first == g_ptr_array_index (self->items, 0));

  _phaen_plan_note_change (self->plan);
  phaen_catalogue_splice (self->store, self->position, self->items->len, NULL, 0);
}

static void
phaen_splice_command_redo (PhaenCommand *command)
{
  PhaenSpliceCommand *self = (PhaenSpliceCommand *)command;

  _phaen_plan_note_change (self->plan);
  phaen_catalogue_splice (self->store, self->position, 0, self->items->pdata, self->items->len);
}

static void
phaen_splice_command_free (PhaenCommand *command)
{
  PhaenSpliceCommand *self = (PhaenSpliceCommand *)command;

  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self);
}

/* Appends @items (all of one type; given ids here) to their list of the
 * plan as one command. */
static void
phaen_plan_edit_append_items (PhaenPlan  *self,
                              GPtrArray  *items,
                              const char *label)
{
  PhaenSpliceCommand *command;
  PhaenCatalogue *store;

  if (items->len == 0)
    return;

  store = _phaen_plan_get_list_of (self, g_ptr_array_index (items, 0));

  for (guint i = 0; i < items->len; i++)
    _phaen_plan_ensure_id (self, g_ptr_array_index (items, i));

  command = g_new0 (PhaenSpliceCommand, 1);
  command->plan = self;
  command->store = g_object_ref (store);
  command->items = g_ptr_array_ref (items);
  command->position = g_list_model_get_n_items (G_LIST_MODEL (store));
  command->parent.label = label;
  command->parent.undo = phaen_splice_command_undo;
  command->parent.redo = phaen_splice_command_redo;
  command->parent.free = phaen_splice_command_free;

  phaen_splice_command_redo (&command->parent);
  phaen_history_push (phaen_plan_get_history (self), &command->parent);
}

typedef struct
{
  PhaenPlan  *plan;
  /* entry of the other plan → entry of @plan, or new entry (borrowed) */
  GHashTable *matches;
  /* name key → new entry, for names that repeat within the other plan */
  GHashTable *new_by_name;
} AppendContext;

/* A new entry like @original, without an id, its strategy (for an
 * approach) matched. */
static GObject *
new_entry_like (AppendContext *ctx,
                GObject       *original)
{
  GObject *entry = g_object_new (G_OBJECT_TYPE (original), NULL);

  phaen_properties_copy (original, entry);
  g_object_set (entry, "id", "", NULL);
  if (PHAEN_IS_APPROACH (original))
    {
      PhaenStrategy *strategy = phaen_approach_get_strategy (PHAEN_APPROACH (original));

      phaen_approach_set_strategy (PHAEN_APPROACH (entry),
                                   strategy != NULL ? g_hash_table_lookup (ctx->matches, strategy) : NULL);
    }

  return entry;
}

/* Matches every entry of @model (a catalogue of the other plan) with one
 * of @ctx->plan by name, or makes a new one, added to @fresh. */
static void
match_catalogue (AppendContext *ctx,
                 GListModel    *model,
                 GPtrArray     *fresh)
{
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(GObject) original = g_list_model_get_item (model, i);
      const char *name = phaen_item_get_name (PHAEN_ITEM (original));
      gpointer strategy = NULL;
      gpointer match = NULL;
      g_autofree char *normal = phaen_text_normalize_name (name);
      g_autofree char *key = NULL;

      if (PHAEN_IS_STRATEGY (original))
        match = phaen_plan_find_strategy_by_name (ctx->plan, name);
      else if (PHAEN_IS_PROGRAM (original))
        match = phaen_plan_find_program_by_name (ctx->plan, name);
      else if (PHAEN_IS_UNIT (original))
        match = phaen_plan_find_unit_by_name (ctx->plan, name);
      else
        {
          PhaenStrategy *own = phaen_approach_get_strategy (PHAEN_APPROACH (original));

          strategy = own != NULL ? g_hash_table_lookup (ctx->matches, own) : NULL;
          if (strategy != NULL)
            match = phaen_plan_find_approach_by_name (ctx->plan, strategy, name);
        }

      key = g_strdup_printf ("%s\n%p\n%s", G_OBJECT_TYPE_NAME (original), strategy, normal);
      if (match == NULL)
        match = g_hash_table_lookup (ctx->new_by_name, key);
      if (match == NULL)
        {
          match = new_entry_like (ctx, original);
          g_ptr_array_add (fresh, match);   /* takes the reference */
          g_hash_table_insert (ctx->new_by_name, g_steal_pointer (&key), match);
        }

      g_hash_table_insert (ctx->matches, original, match);
    }
}

/* The copy of a project of the other plan, pointing into @ctx->plan. */
static PhaenProject *
copy_project (AppendContext *ctx,
              PhaenProject  *original)
{
  static const char * const references[] = { "strategy", "approach", "program", "unit" };
  PhaenProject *copy = phaen_project_copy (original);

  phaen_project_set_id (copy, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autoptr(GObject) target = NULL;

      g_object_get (original, references[i], &target, NULL);
      g_object_set (copy, references[i],
                    target != NULL ? g_hash_table_lookup (ctx->matches, target) : NULL,
                    NULL);
    }

  return copy;
}

gboolean
phaen_plan_edit_append_from (PhaenPlan  *self,
                             PhaenPlan  *other,
                             GError    **error)
{
  GListModel *(*catalogues[]) (PhaenPlan *) = {
    phaen_plan_get_strategies,
    phaen_plan_get_approaches,
    phaen_plan_get_programs,
    phaen_plan_get_units,
  };
  GPtrArray *fresh[G_N_ELEMENTS (catalogues)] = { NULL, };
  g_autoptr(GPtrArray) projects = NULL;
  gboolean ok = TRUE;
  AppendContext ctx;
  GListModel *others;
  guint n_projects;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PHAEN_IS_PLAN (other), FALSE);
  g_return_val_if_fail (self != other, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Adding is a change of the lists: inside an open edition, its
   * additions. */
  if (!edit_allowed (self, self, NULL, error))
    return FALSE;

  others = phaen_plan_get_projects (other);
  n_projects = g_list_model_get_n_items (phaen_plan_get_projects (self));
  if (g_list_model_get_n_items (others) > PHAEN_LIMIT_PROJECTS - MIN (n_projects, PHAEN_LIMIT_PROJECTS))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("Adding %u projects to the %u of this plan would make more than %u, the most a plan may have"),
                   g_list_model_get_n_items (others), n_projects, (guint) PHAEN_LIMIT_PROJECTS);
      return FALSE;
    }

  ctx.plan = self;
  ctx.matches = g_hash_table_new (NULL, NULL);
  ctx.new_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Strategies before approaches, which are matched within them. */
  for (guint c = 0; c < G_N_ELEMENTS (catalogues) && ok; c++)
    {
      guint n_items = g_list_model_get_n_items (catalogues[c] (self));

      fresh[c] = g_ptr_array_new_with_free_func (g_object_unref);
      match_catalogue (&ctx, catalogues[c] (other), fresh[c]);
      if (fresh[c]->len > PHAEN_LIMIT_CATALOGUE - MIN (n_items, PHAEN_LIMIT_CATALOGUE))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("Adding these projects would make a list of strategies, approaches, programs or units longer than %u entries, the most a plan may have"),
                       (guint) PHAEN_LIMIT_CATALOGUE);
          ok = FALSE;
        }
    }

  if (ok)
    {
      projects = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0, n = g_list_model_get_n_items (others); i < n; i++)
        {
          g_autoptr(PhaenProject) original = g_list_model_get_item (others, i);

          g_ptr_array_add (projects, copy_project (&ctx, original));
        }

      phaen_plan_edit_begin (self, _("Import projects"));
      for (guint c = 0; c < G_N_ELEMENTS (catalogues); c++)
        phaen_plan_edit_append_items (self, fresh[c], _("Import projects"));
      phaen_plan_edit_append_items (self, projects, _("Import projects"));
      phaen_plan_edit_end (self);
    }

  for (guint c = 0; c < G_N_ELEMENTS (catalogues); c++)
    g_clear_pointer (&fresh[c], g_ptr_array_unref);
  g_hash_table_unref (ctx.matches);
  g_hash_table_unref (ctx.new_by_name);
  return ok;
}

/* Added for the units catalogue of the app (issue 7): the catalogue's
 * order is the order of ผด.01's unit column. */
void
phaen_plan_edit_move_unit (PhaenPlan *self,
                           PhaenUnit *unit,
                           guint      new_position)
{
  PhaenCatalogue *store;
  guint n_items;
  guint position;

  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_UNIT (unit));

  store = _phaen_plan_get_list_of (self, unit);
  if (!phaen_catalogue_find (store, unit, &position))
    {
      g_critical ("Unit “%s” is not part of the plan", phaen_unit_get_name (unit));
      return;
    }

  /* @new_position is the unit's index after the move. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (new_position >= n_items)
    new_position = n_items - 1;
  if (new_position == position)
    return;
  if (!edit_allowed (self, unit, NULL, NULL))
    return;

  phaen_plan_run_list_command (self, store, unit, PHAEN_LIST_MOVE,
                               position, new_position, _("Move responsible unit"));
}

/* An announcement fact of the plan, checked and kept in its standard form
 * (phaen_announcement_check_fact()); refused once the plan is adopted
 * with editions (phaen_plan_check_edit()). */
gboolean
phaen_plan_edit_set_announcement_fact (PhaenPlan   *plan,
                                       const char  *property,
                                       const char  *value,
                                       GError     **error)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);

  if (!phaen_announcement_check_fact (property, value, &canonical, error) ||
      !phaen_plan_check_edit (plan, plan, property, error))
    return FALSE;

  phaen_plan_edit_set_string (plan, plan, property, canonical);
  return TRUE;
}

/* An emblem of the plan, checked first (phaen_emblem_check()). */
gboolean
phaen_plan_edit_set_emblem (PhaenPlan        *plan,
                            PhaenEmblemKind   kind,
                            GBytes           *data,
                            GError          **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data != NULL && !phaen_emblem_check (data, NULL, NULL, error))
    return FALSE;

  g_value_init (&value, G_TYPE_BYTES);
  g_value_set_boxed (&value, data);
  phaen_plan_edit_set (plan, plan, phaen_emblem_kind_property (kind), &value);
  return TRUE;
}
