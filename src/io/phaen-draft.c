/* phaen-draft.c: recovery files (drafts) for autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is described in phaen-draft.h. Drafts are written with
 * phaen_file_write_atomic(), so a crash while writing one leaves the
 * previous draft whole.
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-draft.h"
#include "phaen-file.h"
#include "phaen-file-private.h"
#include "phaen-io-error.h"
#include "phaen-xml.h"

#define GROUP "draft"

G_DEFINE_BOXED_TYPE (PhaenDraftInfo, phaen_draft_info, phaen_draft_info_copy, phaen_draft_info_free)

PhaenDraftInfo *
phaen_draft_info_copy (const PhaenDraftInfo *info)
{
  PhaenDraftInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_new0 (PhaenDraftInfo, 1);
  copy->id = g_strdup (info->id);
  copy->original = info->original != NULL ? g_object_ref (info->original) : NULL;
  copy->title = g_strdup (info->title);
  copy->saved = info->saved != NULL ? g_date_time_ref (info->saved) : NULL;
  copy->original_saved = info->original_saved != NULL ? g_date_time_ref (info->original_saved) : NULL;

  return copy;
}

void
phaen_draft_info_free (PhaenDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_clear_object (&info->original);
  g_free (info->title);
  g_clear_pointer (&info->saved, g_date_time_unref);
  g_clear_pointer (&info->original_saved, g_date_time_unref);
  g_free (info);
}

static char *
drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "phaen", "drafts", NULL);
}

static char *
draft_path (const char *id,
            const char *extension)
{
  g_autofree char *dir = drafts_dir ();
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Letters, digits, '-' and '_' only: an id never leaves the folder. */
static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 128)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

char *
phaen_draft_new_id (void)
{
  return g_uuid_string_random ();
}

gboolean
phaen_draft_save (PhaenPlan   *plan,
                  const char  *draft_id,
                  GFile       *original,
                  GError     **error)
{
  g_autofree char *dir = drafts_dir ();
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *keys_data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) keys = NULL;
  g_autoptr(GDateTime) now = NULL;
  gsize length;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (is_valid_id (draft_id), FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return phaen_file_set_errno_error (error, dir, errno);

  /* the plan as it is, finished or not: a draft must never fail on
   * what the officer has not typed yet */
  plan_path = draft_path (draft_id, ".phaen");
  bytes = phaen_xml_write_to_bytes (plan);
  if (!phaen_file_write_atomic (plan_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, error))
    return FALSE;

  keys = g_key_file_new ();
  now = g_date_time_new_now_utc ();
  title = g_strdup_printf ("%s %u", phaen_plan_get_organisation_name (plan),
                           phaen_plan_get_fiscal_year (plan));
  g_key_file_set_string (keys, GROUP, "title", g_strstrip (title));
  g_key_file_set_int64 (keys, GROUP, "saved", g_date_time_to_unix (now));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_autoptr(GFileInfo) file_info = g_file_query_info (original, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);

      g_key_file_set_string (keys, GROUP, "original", uri);
      if (file_info != NULL && g_file_info_has_attribute (file_info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
        g_key_file_set_int64 (keys, GROUP, "original-saved",
                              (gint64) g_file_info_get_attribute_uint64 (file_info,
                                                                         G_FILE_ATTRIBUTE_TIME_MODIFIED));
    }

  info_path = draft_path (draft_id, ".ini");
  keys_data = g_key_file_to_data (keys, &length, NULL);

  return phaen_file_write_atomic (info_path, keys_data, length, NULL, error);
}

typedef struct
{
  PhaenPlan *snapshot;
  char      *id;
  GFile     *original;
} DraftTask;

static void
draft_task_free (DraftTask *data)
{
  g_clear_object (&data->snapshot);
  g_free (data->id);
  g_clear_object (&data->original);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DraftTask *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (phaen_draft_save (data->snapshot, data->id, data->original, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
phaen_draft_save_async (PhaenPlan           *plan,
                        const char          *draft_id,
                        GFile               *original,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DraftTask *data;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (is_valid_id (draft_id));
  g_return_if_fail (original == NULL || G_IS_FILE (original));

  data = g_new0 (DraftTask, 1);
  data->snapshot = phaen_plan_copy (plan);
  data->id = g_strdup (draft_id);
  data->original = original != NULL ? g_object_ref (original) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phaen_draft_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) draft_task_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
phaen_draft_save_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phaen_draft_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PhaenDraftInfo *da = *(PhaenDraftInfo * const *) a;
  const PhaenDraftInfo *db = *(PhaenDraftInfo * const *) b;
  int by_time = g_date_time_compare (db->saved, da->saved);

  return by_time != 0 ? by_time : strcmp (da->id, db->id);
}

/* The draft @id as listed, or NULL when its files are not both there. */
static PhaenDraftInfo *
read_info (const char *id)
{
  g_autofree char *info_path = draft_path (id, ".ini");
  g_autofree char *plan_path = draft_path (id, ".phaen");
  g_autofree char *original = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  PhaenDraftInfo *info;

  if (!g_file_test (plan_path, G_FILE_TEST_IS_REGULAR) ||
      !g_key_file_load_from_file (keys, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;

  info = g_new0 (PhaenDraftInfo, 1);
  info->id = g_strdup (id);
  info->title = g_key_file_get_string (keys, GROUP, "title", NULL);
  if (info->title == NULL)
    info->title = g_strdup ("");
  info->saved = g_date_time_new_from_unix_local (g_key_file_get_int64 (keys, GROUP, "saved", NULL));
  original = g_key_file_get_string (keys, GROUP, "original", NULL);
  if (original != NULL && *original != '\0')
    info->original = g_file_new_for_uri (original);
  if (g_key_file_has_key (keys, GROUP, "original-saved", NULL))
    info->original_saved = g_date_time_new_from_unix_local (g_key_file_get_int64 (keys, GROUP,
                                                                                   "original-saved", NULL));

  /* a damaged key file still lists the draft, at the start of time */
  if (info->saved == NULL)
    info->saved = g_date_time_new_from_unix_utc (0);

  return info;
}

GPtrArray *
phaen_draft_list (void)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_draft_info_free);
  g_autofree char *dir_path = drafts_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      PhaenDraftInfo *info;

      if (!g_str_has_suffix (name, ".ini"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".ini"));
      if (!is_valid_id (id))
        continue;

      info = read_info (id);
      if (info != NULL)
        g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return drafts;
}

PhaenPlan *
phaen_draft_load (const char  *draft_id,
                  GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (is_valid_id (draft_id), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = draft_path (draft_id, ".phaen");

  return phaen_file_load (path, error);
}

void
phaen_draft_discard (const char *draft_id)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (is_valid_id (draft_id));

  /* the key file first: a draft without it is no longer listed */
  info_path = draft_path (draft_id, ".ini");
  plan_path = draft_path (draft_id, ".phaen");
  if (g_unlink (info_path) != 0 && errno != ENOENT)
    g_debug ("could not remove %s: %s", info_path, g_strerror (errno));
  if (g_unlink (plan_path) != 0 && errno != ENOENT)
    g_debug ("could not remove %s: %s", plan_path, g_strerror (errno));
}
