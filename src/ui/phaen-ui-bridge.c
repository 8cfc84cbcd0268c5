/* phaen-ui-bridge.c: TEMPORARY stand-ins for APIs other developers are
 * building (see phaen-ui-bridge.h and CONTRACTS.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-ui-bridge.h"

#include "io/phaen-csv.h"
#include "io/phaen-file.h"
#include "io/phaen-io-error.h"
#include "io/phaen-xml.h"
#include "model/phaen-limits.h"
#include "model/phaen-model-error.h"
#include "model/phaen-text.h"

/* ---- core ---------------------------------------------------------------- */

void
phaen_ui_problem_free (PhaenUiProblem *problem)
{
  if (problem == NULL)
    return;
  g_clear_object (&problem->object);
  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

/* Stand-in for phaen_plan_check(): today's validation stops at the first
 * problem, so the list has at most one entry. */
GPtrArray *
phaen_ui_plan_check (PhaenPlan *plan)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_ui_problem_free);
  g_autoptr(GError) error = NULL;
  GObject *culprit = NULL;

  if (!phaen_plan_validate_full (plan, &culprit, &error))
    {
      PhaenUiProblem *problem = g_new0 (PhaenUiProblem, 1);

      problem->object = g_object_ref (culprit != NULL ? culprit : G_OBJECT (plan));
      problem->message = g_strdup (error->message);
      if (PHAEN_IS_PROJECT (problem->object))
        {
          PhaenProject *project = PHAEN_PROJECT (problem->object);

          if (*phaen_project_get_name (project) == '\0')
            problem->property = g_strdup ("name");
          else if (phaen_project_get_unit (project) == NULL)
            problem->property = g_strdup ("unit");
          else if (phaen_project_get_program (project) == NULL)
            problem->property = g_strdup ("program");
          else if (phaen_project_get_strategy (project) == NULL)
            problem->property = g_strdup ("strategy");
        }
      else if (PHAEN_IS_ITEM (problem->object))
        problem->property = g_strdup ("name");
      g_ptr_array_add (problems, problem);
    }

  return problems;
}

PhaenPlan *
phaen_ui_plan_snapshot (PhaenPlan *plan)
{
  return phaen_plan_copy (plan);
}

void
phaen_ui_history_break_merge (PhaenPlan *plan)
{
  phaen_history_break_merge (phaen_plan_get_history (plan));
}

void
phaen_ui_edit_begin (PhaenPlan  *plan,
                     const char *label)
{
  phaen_plan_edit_begin (plan, label);
}

void
phaen_ui_edit_end (PhaenPlan *plan)
{
  phaen_plan_edit_end (plan);
}

gboolean
phaen_ui_plan_is_modified (PhaenPlan *plan)
{
  return phaen_history_get_is_modified (phaen_plan_get_history (plan));
}

void
phaen_ui_plan_mark_saved (PhaenPlan *plan)
{
  phaen_history_mark_saved (phaen_plan_get_history (plan));
}

gboolean
phaen_ui_undo (PhaenPlan *plan)
{
  return phaen_history_undo (phaen_plan_get_history (plan));
}

gboolean
phaen_ui_redo (PhaenPlan *plan)
{
  return phaen_history_redo (phaen_plan_get_history (plan));
}

char *
phaen_ui_normalize_name (const char *text)
{
  return phaen_text_normalize_name (text != NULL ? text : "");
}

char *
phaen_ui_normalize_text (const char *text)
{
  return phaen_text_normalize (text != NULL ? text : "");
}

gboolean
phaen_ui_text_check (const char  *text,
                     guint        max_chars,
                     GError     **error)
{
  return phaen_text_check (text, max_chars, error);
}

/* ---- files ---------------------------------------------------------------- */

struct _PhaenUiStamp
{
  gint64  mtime_us;
  goffset size;
  char   *sha256;
};

void
phaen_ui_stamp_free (PhaenUiStamp *stamp)
{
  if (stamp == NULL)
    return;
  g_free (stamp->sha256);
  g_free (stamp);
}

static PhaenUiStamp *
stamp_from_bytes (GFileInfo  *info,
                  const char *data,
                  gsize       length)
{
  PhaenUiStamp *stamp = g_new0 (PhaenUiStamp, 1);

  stamp->mtime_us = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                    g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  stamp->size = g_file_info_get_size (info);
  stamp->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  return stamp;
}

PhaenUiStamp *
phaen_ui_stamp_query (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return stamp_from_bytes (info, contents, length);
}

gboolean
phaen_ui_stamp_equal (const PhaenUiStamp *a,
                      const PhaenUiStamp *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->mtime_us == b->mtime_us && a->size == b->size &&
         g_strcmp0 (a->sha256, b->sha256) == 0;
}

typedef struct
{
  PhaenPlan    *plan;
  PhaenUiStamp *stamp;
  GBytes       *bytes;
} FileTaskData;

static void
file_task_data_free (FileTaskData *data)
{
  g_clear_object (&data->plan);
  g_clear_pointer (&data->stamp, phaen_ui_stamp_free);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) error = NULL;
  FileTaskData *result;
  gsize length;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_file_info_get_size (info) > PHAEN_LIMIT_FILE_BYTES)
    {
      g_task_return_new_error (task, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                               _("The file is too large to be a plan."));
      return;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (FileTaskData, 1);
  display = g_file_get_parse_name (file);
  result->plan = phaen_xml_read_from_data (contents, length, display, &error);
  if (result->plan == NULL)
    {
      file_task_data_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  result->stamp = stamp_from_bytes (info, contents, length);
  g_task_return_pointer (task, result, (GDestroyNotify) file_task_data_free);
}

void
phaen_ui_file_load_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, phaen_ui_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

PhaenPlan *
phaen_ui_file_load_finish (GAsyncResult  *result,
                           PhaenUiStamp **stamp,
                           GError       **error)
{
  FileTaskData *data = g_task_propagate_pointer (G_TASK (result), error);
  PhaenPlan *plan;

  if (data == NULL)
    return NULL;
  plan = g_steal_pointer (&data->plan);
  if (stamp != NULL)
    *stamp = g_steal_pointer (&data->stamp);
  file_task_data_free (data);
  return plan;
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  g_autofree char *display = g_file_get_parse_name (data->file);
  g_autoptr(PhaenPlan) reread = NULL;
  g_autoptr(GError) error = NULL;
  FileTaskData *result;
  gsize length;
  const char *bytes = g_bytes_get_data (data->bytes, &length);

  if (path == NULL)
    {
      g_task_return_new_error (task, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                               _("Could not save “%s”: only files on this computer can be saved."),
                               display);
      return;
    }
  /* What is written must read back. */
  reread = phaen_xml_read_from_data (bytes, length, display, &error);
  if (reread == NULL)
    {
      g_task_return_new_error (task, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                               _("Could not save “%s”: %s"), display, error->message);
      return;
    }
  if (!phaen_file_write_atomic (path, bytes, length, "~", &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (FileTaskData, 1);
  result->stamp = phaen_ui_stamp_query (data->file, cancellable, NULL);
  g_task_return_pointer (task, result, (GDestroyNotify) file_task_data_free);
}

void
phaen_ui_file_save_async (PhaenPlan           *plan,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SaveData *data;

  g_task_set_source_tag (task, phaen_ui_file_save_async);

  /* Checked in the thread: what is written must read back, which refuses
   * what the file format cannot hold, before anything is replaced. */
  /* The snapshot: the bytes as the plan is now. */
  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = phaen_xml_write_to_bytes (plan);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
phaen_ui_file_save_finish (GAsyncResult  *result,
                           PhaenUiStamp **stamp,
                           GError       **error)
{
  FileTaskData *data = g_task_propagate_pointer (G_TASK (result), error);

  if (data == NULL)
    return FALSE;
  if (stamp != NULL)
    *stamp = g_steal_pointer (&data->stamp);
  file_task_data_free (data);
  return TRUE;
}

/* ---- CSV into an open plan ------------------------------------------------------ */

gboolean
phaen_ui_csv_import_into (PhaenPlan   *plan,
                          const char  *data,
                          gsize        length,
                          const char  *filename,
                          GError     **error)
{
  g_autoptr(PhaenPlan) scratch = phaen_plan_new ();

  /* All or nothing: the file is read into a plan of its own first. */
  if (!phaen_csv_import (scratch, data, length, filename, error))
    return FALSE;

  return phaen_plan_edit_append_from (plan, scratch, error);
}

/* ---- drafts (autosave) ------------------------------------------------------
 * Stand-in for files' phaen-draft.h: DIR/ID.phaen holds the plan,
 * DIR/ID.ini what the list shows. */

void
phaen_ui_draft_info_free (PhaenUiDraftInfo *info)
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

char *
phaen_ui_draft_new_id (void)
{
  return g_uuid_string_random ();
}

static gboolean
valid_id (const char *id)
{
  return id != NULL && *id != '\0' && strchr (id, '/') == NULL && id[0] != '.';
}

gboolean
phaen_ui_draft_save (PhaenPlan   *plan,
                     const char  *id,
                     GFile       *original,
                     GError     **error)
{
  g_autofree char *dir = drafts_dir ();
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *title = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (valid_id (id), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  plan_path = draft_path (id, ".phaen");
  info_path = draft_path (id, ".ini");
  bytes = phaen_xml_write_to_bytes (plan);
  if (!phaen_file_write_atomic (plan_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, error))
    return FALSE;

  title = g_strdup_printf ("%s %u", phaen_plan_get_organisation_name (plan), phaen_plan_get_fiscal_year (plan));
  g_key_file_set_string (info, "draft", "title", title);
  g_key_file_set_int64 (info, "draft", "saved", g_date_time_to_unix (now));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_autoptr(GFileInfo) file_info = g_file_query_info (original, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);

      g_key_file_set_string (info, "draft", "original", uri);
      if (file_info != NULL)
        g_key_file_set_int64 (info, "draft", "original-saved",
                              g_file_info_get_attribute_uint64 (file_info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
    }
  data = g_key_file_to_data (info, &length, NULL);
  return phaen_file_write_atomic (info_path, data, length, NULL, error);
}

static gint
compare_drafts (gconstpointer a,
                gconstpointer b)
{
  const PhaenUiDraftInfo *da = *(PhaenUiDraftInfo **) a;
  const PhaenUiDraftInfo *db = *(PhaenUiDraftInfo **) b;

  return g_date_time_compare (db->saved, da->saved);
}

GPtrArray *
phaen_ui_draft_list (void)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_ui_draft_info_free);
  g_autofree char *dir_path = drafts_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *info_path = NULL;
      g_autofree char *plan_path = NULL;
      g_autofree char *original = NULL;
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      PhaenUiDraftInfo *info;
      gint64 when;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".ini"));
      info_path = draft_path (id, ".ini");
      plan_path = draft_path (id, ".phaen");
      if (!g_file_test (plan_path, G_FILE_TEST_IS_REGULAR) ||
          !g_key_file_load_from_file (keys, info_path, G_KEY_FILE_NONE, NULL))
        continue;

      info = g_new0 (PhaenUiDraftInfo, 1);
      info->id = g_steal_pointer (&id);
      info->title = g_key_file_get_string (keys, "draft", "title", NULL);
      when = g_key_file_get_int64 (keys, "draft", "saved", NULL);
      info->saved = g_date_time_new_from_unix_local (when);
      original = g_key_file_get_string (keys, "draft", "original", NULL);
      if (original != NULL)
        info->original = g_file_new_for_uri (original);
      if (g_key_file_has_key (keys, "draft", "original-saved", NULL))
        info->original_saved = g_date_time_new_from_unix_local (g_key_file_get_int64 (keys, "draft", "original-saved", NULL));
      if (info->title == NULL)
        info->title = g_strdup ("");
      g_ptr_array_add (drafts, info);
    }
  g_ptr_array_sort (drafts, compare_drafts);
  return drafts;
}

PhaenPlan *
phaen_ui_draft_load (const char  *id,
                     GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (valid_id (id), NULL);
  path = draft_path (id, ".phaen");
  return phaen_file_load (path, error);
}

void
phaen_ui_draft_discard (const char *id)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;

  if (!valid_id (id))
    return;
  plan_path = draft_path (id, ".phaen");
  info_path = draft_path (id, ".ini");
  g_unlink (info_path);
  g_unlink (plan_path);
}
