/* phaen-ui-bridge.c: TEMPORARY stand-ins for APIs other developers are
 * building (see phaen-ui-bridge.h and CONTRACTS.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-ui-bridge.h"

#include "io/phaen-file.h"
#include "io/phaen-io-error.h"
#include "io/phaen-xml.h"
#include "model/phaen-limits.h"
#include "model/phaen-model-error.h"

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

/* Stand-in for phaen_plan_copy(): a round trip through the file format. */
PhaenPlan *
phaen_ui_plan_snapshot (PhaenPlan *plan)
{
  g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  PhaenPlan *copy = phaen_xml_read_from_data (data, length, NULL, &error);

  if (copy == NULL)
    {
      /* An unfinished plan the reader refuses: an empty plan with the
       * same settings is all the stand-in can give. */
      g_debug ("snapshot: %s", error->message);
      copy = phaen_plan_new ();
    }
  return copy;
}

void
phaen_ui_history_break_merge (PhaenPlan *plan)
{
  /* core's history does not merge typing yet: nothing to break. */
  (void) plan;
}

void
phaen_ui_edit_begin (PhaenPlan  *plan,
                     const char *label)
{
  phaen_history_begin_group (phaen_plan_get_history (plan), label);
}

void
phaen_ui_edit_end (PhaenPlan *plan)
{
  phaen_history_end_group (phaen_plan_get_history (plan));
}

/* The saved point, kept on the plan until the history has one. */
typedef struct
{
  guint    saved_depth;
  gboolean lost;          /* the saved state can no longer be reached */
  gboolean in_undo_redo;
  gulong   handler;
} SavedPoint;

static void
saved_point_free (gpointer data)
{
  g_free (data);
}

static void
history_changed_cb (PhaenHistory *history,
                    SavedPoint   *point)
{
  guint depth = phaen_history_get_depth (history);

  if (point->in_undo_redo)
    return;
  /* A new step pushed at or below the saved depth replaces the steps that
   * led to the saved state. */
  if (depth <= point->saved_depth)
    point->lost = TRUE;
}

static SavedPoint *
saved_point (PhaenPlan *plan)
{
  SavedPoint *point = g_object_get_data (G_OBJECT (plan), "phaen-ui-saved-point");

  if (point == NULL)
    {
      PhaenHistory *history = phaen_plan_get_history (plan);

      point = g_new0 (SavedPoint, 1);
      point->saved_depth = phaen_history_get_depth (history);
      g_object_set_data_full (G_OBJECT (plan), "phaen-ui-saved-point", point, saved_point_free);
      point->handler = g_signal_connect (history, "changed", G_CALLBACK (history_changed_cb), point);
    }
  return point;
}

gboolean
phaen_ui_plan_is_modified (PhaenPlan *plan)
{
  SavedPoint *point = saved_point (plan);

  return point->lost ||
         phaen_history_get_depth (phaen_plan_get_history (plan)) != point->saved_depth;
}

void
phaen_ui_plan_mark_saved (PhaenPlan *plan)
{
  SavedPoint *point = saved_point (plan);

  point->saved_depth = phaen_history_get_depth (phaen_plan_get_history (plan));
  point->lost = FALSE;
}

gboolean
phaen_ui_undo (PhaenPlan *plan)
{
  SavedPoint *point = saved_point (plan);
  gboolean done;

  point->in_undo_redo = TRUE;
  done = phaen_history_undo (phaen_plan_get_history (plan));
  point->in_undo_redo = FALSE;
  return done;
}

gboolean
phaen_ui_redo (PhaenPlan *plan)
{
  SavedPoint *point = saved_point (plan);
  gboolean done;

  point->in_undo_redo = TRUE;
  done = phaen_history_redo (phaen_plan_get_history (plan));
  point->in_undo_redo = FALSE;
  return done;
}

static char *
normalize_line (const char *line)
{
  g_autofree char *nfc = g_utf8_normalize (line, -1, G_NORMALIZE_NFC);
  g_autofree char *marks = phaen_thai_normalize_marks (nfc != NULL ? nfc : "");
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = marks; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD || c == 0x2060)
        continue;
      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
phaen_ui_normalize_name (const char *text)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");

  g_strdelimit (flat, "\r\n", ' ');
  return normalize_line (flat);
}

char *
phaen_ui_normalize_text (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GString *out = g_string_new (NULL);
  gsize kept = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = NULL;

      g_strdelimit (lines[i], "\r", ' ');
      line = normalize_line (lines[i]);
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
      if (*line != '\0')
        kept = out->len;
    }
  /* Trailing blank lines go. */
  g_string_truncate (out, kept);
  return g_string_free (out, FALSE);
}

gboolean
phaen_ui_text_check (const char  *text,
                     guint        max_chars,
                     GError     **error)
{
  glong n_chars = g_utf8_strlen (text, -1);
  glong position = 1;

  if ((guint) n_chars > max_chars)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("The text is %ld characters long; at most %u fit."),
                   n_chars, max_chars);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0) ||
          (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("The character U+%04X at position %ld cannot be stored; remove it."),
                       c, position);
          return FALSE;
        }
    }
  return TRUE;
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
  if (reread == NULL ||
      !phaen_file_write_atomic (path, bytes, length, "~", &error))
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
  g_autoptr(GError) error = NULL;
  SaveData *data;

  g_task_set_source_tag (task, phaen_ui_file_save_async);
  if (!phaen_plan_validate (plan, &error))
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_task_return_new_error (task, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                               _("Could not save “%s”: %s"), display, error->message);
      return;
    }

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
