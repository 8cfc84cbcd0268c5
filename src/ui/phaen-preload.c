/* phaen-preload.c: plans read while GTK starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting GTK (the display, the theme, the session bus) takes about as
 * long as reading a plan of a few thousand projects: the plans named on
 * the command line are read in a worker thread from the first line of
 * the application's main function (phaen_preload_files()), and the window
 * takes the result (phaen_preload_take()) instead of reading the file
 * once it exists.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "phaen-preload.h"

#include "io/phaen-file.h"

typedef struct
{
  GFile               *file;
  GAsyncResult        *result;     /* once read, until taken */
  GAsyncReadyCallback  callback;   /* the window waiting for it */
  gpointer             user_data;
} Preload;

static GPtrArray *preloads;   /* Preload*, those not taken yet */

static void
preload_free (Preload *preload)
{
  if (preload == NULL)
    return;
  g_clear_object (&preload->file);
  g_clear_object (&preload->result);
  g_free (preload);
}

static void
preload_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Preload *preload = user_data;

  if (preload->callback != NULL)
    {
      GAsyncReadyCallback callback = preload->callback;
      gpointer data = preload->user_data;

      if (preloads != NULL)
        g_ptr_array_remove (preloads, preload);
      callback (NULL, result, data);
      return;
    }
  preload->result = g_object_ref (result);
}

void
phaen_preload_files (int    argc,
                     char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      Preload *preload;

      if (argv[i][0] == '-')
        continue;
      if (preloads == NULL)
        preloads = g_ptr_array_new_with_free_func ((GDestroyNotify) preload_free);
      preload = g_new0 (Preload, 1);
      preload->file = g_file_new_for_commandline_arg (argv[i]);
      g_ptr_array_add (preloads, preload);
      phaen_file_load_async (preload->file, NULL, preload_done_cb, preload);
    }
}

static gboolean
preload_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Gives the reads still running up to @timeout_ms to finish: a window
 * that gets its plan before it is first shown goes straight to it,
 * without laying out and painting the start page first. */
void
phaen_preload_wait (guint timeout_ms)
{
  gboolean timed_out = FALSE;
  gboolean pending = TRUE;
  guint id;

  if (preloads == NULL)
    return;
  id = g_timeout_add (timeout_ms, preload_wait_timeout_cb, &timed_out);
  while (pending && !timed_out)
    {
      pending = FALSE;
      for (guint i = 0; preloads != NULL && i < preloads->len; i++)
        if (((Preload *) g_ptr_array_index (preloads, i))->result == NULL)
          pending = TRUE;
      if (pending)
        g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (id);
}

gboolean
phaen_preload_take (GFile               *file,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (callback != NULL, FALSE);

  for (guint i = 0; preloads != NULL && i < preloads->len; i++)
    {
      Preload *preload = g_ptr_array_index (preloads, i);

      if (preload->callback != NULL || !g_file_equal (preload->file, file))
        continue;
      if (preload->result != NULL)
        {
          g_autoptr(GAsyncResult) result = g_object_ref (preload->result);

          g_ptr_array_remove_index (preloads, i);
          callback (NULL, result, user_data);
        }
      else
        {
          /* Still being read: the window waits for it. */
          preload->callback = callback;
          preload->user_data = user_data;
        }
      return TRUE;
    }
  return FALSE;
}


void
phaen_preload_clear (void)
{
  /* Reads nobody took (another Phaen opened the files) are let go;
   * one still running keeps its Preload until the process ends. */
  for (guint i = 0; preloads != NULL && i < preloads->len; i++)
    {
      Preload *preload = g_ptr_array_index (preloads, i);

      if (preload->result == NULL)
        g_ptr_array_index (preloads, i) = NULL;
    }
  g_clear_pointer (&preloads, g_ptr_array_unref);
}
