/* phaen-plan-file.c: a plan open in a window, with its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps what the window needs to know about the plan's file: where it is,
 * what it was on disk (to notice another program changing it), whether
 * there are unsaved changes and whether a save is running. Saving works on
 * a snapshot, so typing goes on while the file is written.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "phaen-ui-bridge.h"

#include <glib/gi18n.h>

#include "phaen-plan-file.h"

#include "model/phaen-plan-editions.h"

struct _PhaenPlanFile
{
  GObject       parent_instance;

  PhaenPlan    *plan;
  GFile        *file;
  PhaenFileStamp *stamp;
  char         *title;
  char         *subtitle;
  char         *draft_id;
  GFile        *original;
  guint         generation;     /* counts the plan's "changed" */
  guint         recovered : 1;
  guint         modified : 1;
  guint         saving : 1;
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_SAVING,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DRAFT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenPlanFile, phaen_plan_file, G_TYPE_OBJECT)

char *
phaen_plan_dup_edition_label (PhaenPlan *plan)
{
  guint number = phaen_plan_get_edition_number (plan);
  guint n_editions = phaen_plan_get_n_editions (plan);

  /* A plan with recorded editions is the last one of them. */
  if (n_editions > 0)
    {
      PhaenEdition *last = phaen_plan_get_edition (plan, n_editions);
      g_autofree char *label = phaen_edition_dup_label (last);

      if (!phaen_edition_is_adopted (last))
        /* TRANSLATORS: the window's subtitle names the open edition:
         * "Addition 1, not adopted yet" */
        return g_strdup_printf (_("%s, not adopted yet"), label);
      return g_steal_pointer (&label);
    }

  switch (phaen_plan_get_edition_kind (plan))
    {
    case PHAEN_EDITION_ADDITION:
      return g_strdup_printf (_("Addition no. %u"), number);
    case PHAEN_EDITION_AMENDMENT:
      return g_strdup_printf (_("Amendment no. %u"), number);
    case PHAEN_EDITION_ORIGINAL:
    default:
      return g_strdup (_("Original"));
    }
}

char *
phaen_plan_dup_title (PhaenPlan *plan)
{
  const char *name = phaen_plan_get_organisation_name (plan);

  if (*name == '\0')
    return g_strdup_printf (_("New plan, fiscal year %u"), phaen_plan_get_fiscal_year (plan));
  return g_strdup_printf (_("%s, fiscal year %u"), name, phaen_plan_get_fiscal_year (plan));
}

char *
phaen_plan_file_dup_display_name (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);

  if (self->file == NULL && self->recovered)
    return g_strdup (_("Recovered, not saved yet"));
  if (self->file == NULL)
    return g_strdup (_("Not saved yet"));
  return g_file_get_basename (self->file);
}

static void
set_string (PhaenPlanFile  *self,
            char          **field,
            char           *value,
            int             prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_titles (PhaenPlanFile *self)
{
  g_autofree char *edition = phaen_plan_dup_edition_label (self->plan);
  g_autofree char *name = phaen_plan_file_dup_display_name (self);

  set_string (self, &self->title, phaen_plan_dup_title (self->plan), PROP_TITLE);
  /* The window's subtitle: edition, then the file name. */
  set_string (self, &self->subtitle, g_strdup_printf ("%s — %s", edition, name), PROP_SUBTITLE);
}

static void
update_modified (PhaenPlanFile *self)
{
  gboolean modified = self->recovered || phaen_ui_plan_is_modified (self->plan);

  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
plan_changed_cb (PhaenPlanFile *self)
{
  self->generation++;
  update_titles (self);
  update_modified (self);
}

static void
phaen_plan_file_constructed (GObject *object)
{
  PhaenPlanFile *self = PHAEN_PLAN_FILE (object);

  G_OBJECT_CLASS (phaen_plan_file_parent_class)->constructed (object);

  g_assert (self->plan != NULL);
  phaen_ui_plan_mark_saved (self->plan);
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (plan_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (phaen_plan_get_history (self->plan), "changed",
                           G_CALLBACK (update_modified), self, G_CONNECT_SWAPPED);
  update_titles (self);
}

static void
phaen_plan_file_finalize (GObject *object)
{
  PhaenPlanFile *self = PHAEN_PLAN_FILE (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->original);
  g_clear_pointer (&self->stamp, phaen_file_stamp_free);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->draft_id);

  G_OBJECT_CLASS (phaen_plan_file_parent_class)->finalize (object);
}

static void
phaen_plan_file_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhaenPlanFile *self = PHAEN_PLAN_FILE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, self->saving);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_DRAFT_ID:
      g_value_set_string (value, self->draft_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_plan_file_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhaenPlanFile *self = PHAEN_PLAN_FILE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_DRAFT_ID:
      phaen_plan_file_set_draft_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_plan_file_class_init (PhaenPlanFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = phaen_plan_file_constructed;
  object_class->finalize = phaen_plan_file_finalize;
  object_class->get_property = phaen_plan_file_get_property;
  object_class->set_property = phaen_plan_file_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PHAEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAFT_ID] =
    g_param_spec_string ("draft-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_plan_file_init (PhaenPlanFile *self)
{
}

PhaenPlanFile *
phaen_plan_file_new (PhaenPlan    *plan,
                     GFile        *file,
                     PhaenFileStamp *stamp)
{
  PhaenPlanFile *self;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (PHAEN_TYPE_PLAN_FILE, "plan", plan, NULL);
  g_set_object (&self->file, file);
  self->stamp = stamp;
  update_titles (self);
  return self;
}

PhaenPlan *
phaen_plan_file_get_plan (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->plan;
}

GFile *
phaen_plan_file_get_file (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->file;
}

gboolean
phaen_plan_file_get_modified (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), FALSE);
  return self->modified;
}

gboolean
phaen_plan_file_get_saving (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), FALSE);
  return self->saving;
}

const char *
phaen_plan_file_get_title (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->title;
}

const char *
phaen_plan_file_get_subtitle (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->subtitle;
}

const char *
phaen_plan_file_get_draft_id (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->draft_id;
}

void
phaen_plan_file_set_draft_id (PhaenPlanFile *self,
                              const char    *draft_id)
{
  g_return_if_fail (PHAEN_IS_PLAN_FILE (self));

  if (g_strcmp0 (self->draft_id, draft_id) == 0)
    return;
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ID]);
}

void
phaen_plan_file_set_recovered (PhaenPlanFile *self,
                               GFile         *original)
{
  g_return_if_fail (PHAEN_IS_PLAN_FILE (self));

  self->recovered = TRUE;
  g_set_object (&self->original, original);
  update_modified (self);
  update_titles (self);
}

GFile *
phaen_plan_file_get_original (PhaenPlanFile *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), NULL);
  return self->original;
}

gboolean
phaen_plan_file_check_disk (PhaenPlanFile *self,
                            GFile         *file)
{
  g_autoptr(PhaenFileStamp) now = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN_FILE (self), FALSE);

  if (file == NULL)
    file = self->file;
  if (file == NULL)
    return TRUE;

  now = phaen_file_stamp_query (file, NULL, &error);
  if (now == NULL)
    /* Nothing there (or unreadable): nothing would be overwritten. */
    return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  /* Another file than ours, or ours changed since. */
  if (self->file == NULL || !g_file_equal (file, self->file))
    return FALSE;
  return phaen_file_stamp_equal (self->stamp, now);
}

typedef struct
{
  GFile *file;
  guint  generation;
} SaveState;

static void
save_state_free (SaveState *state)
{
  g_clear_object (&state->file);
  g_free (state);
}

static void
set_saving (PhaenPlanFile *self,
            gboolean       saving)
{
  if (self->saving == saving)
    return;
  self->saving = saving;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenPlanFile *self = g_task_get_source_object (task);
  SaveState *state = g_task_get_task_data (task);
  g_autoptr(PhaenFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;

  set_saving (self, FALSE);

  if (!phaen_file_save_finish (result, &stamp, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_clear_pointer (&self->stamp, phaen_file_stamp_free);
  self->stamp = g_steal_pointer (&stamp);
  if (self->file == NULL || !g_file_equal (self->file, state->file))
    {
      g_set_object (&self->file, state->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  self->recovered = FALSE;
  /* Edits made while the file was being written stay unsaved. */
  if (self->generation == state->generation)
    phaen_ui_plan_mark_saved (self->plan);
  update_modified (self);
  update_titles (self);
  g_task_return_boolean (task, TRUE);
}

void
phaen_plan_file_save_async (PhaenPlanFile       *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveState *state;

  g_return_if_fail (PHAEN_IS_PLAN_FILE (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phaen_plan_file_save_async);
  state = g_new0 (SaveState, 1);
  state->file = g_object_ref (file != NULL ? file : self->file);
  state->generation = self->generation;
  g_task_set_task_data (task, state, (GDestroyNotify) save_state_free);

  set_saving (self, TRUE);
  phaen_file_save_async (self->plan, state->file, cancellable, save_cb,
                            g_steal_pointer (&task));
}

gboolean
phaen_plan_file_save_finish (PhaenPlanFile  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
