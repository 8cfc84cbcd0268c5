/* phaen-file.c: loading and saving plan files safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving never leaves a plan file half-written: the new contents go to a
 * temporary file in the same folder, are flushed to disk, and only then
 * replace the old file with one rename(), after which the folder itself
 * is flushed. Whatever moment the machine stops, PATH holds either the
 * old or the new plan. The previous version is kept as PATH~ through a
 * hard link made before the rename, so PATH never goes missing.
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-file.h"
#include "phaen-io-error.h"
#include "phaen-xml.h"

static gboolean
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
               _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const void  *contents,
           gsize        length,
           int         *out_errno)
{
  const char *p = contents;

  while (length > 0)
    {
      gssize n = write (fd, p, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *out_errno = errno;
          return FALSE;
        }
      p += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* Best effort: a failure to flush the folder is not reported, because
 * the rename has already happened and the file is in place. */
static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("fsync of folder %s failed: %s", dir, g_strerror (errno));
  close (fd);
}

/* Copies @path to @backup (used where hard links are not supported). */
static gboolean
copy_to_backup (const char  *path,
                const char  *backup,
                GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return g_file_set_contents (backup, contents, (gssize) length, error);
}

static gboolean
keep_backup (const char  *path,
             const char  *backup,
             GError     **error)
{
  int saved_errno;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return set_errno_error (error, backup, errno);

  if (link (path, backup) == 0)
    return TRUE;

  saved_errno = errno;
  if (saved_errno == EPERM || saved_errno == ENOTSUP || saved_errno == EXDEV ||
      saved_errno == EMLINK || saved_errno == ENOSYS)
    {
      g_autoptr(GError) local_error = NULL;

      if (copy_to_backup (path, backup, &local_error))
        return TRUE;
      g_unlink (backup);
      {
        g_autofree char *display = g_filename_display_name (backup);

        g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                     _("Could not keep the previous version as “%s”: %s"),
                     display, local_error->message);
      }
      return FALSE;
    }

  return set_errno_error (error, backup, saved_errno);
}

gboolean
phaen_file_write_atomic (const char  *path,
                         const void  *contents,
                         gsize        length,
                         const char  *backup_suffix,
                         GError     **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *resolved = NULL;
  struct stat st;
  gboolean target_exists;
  int fd;
  int saved_errno = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Saving through a symbolic link replaces the file it points to, and
   * keeps the link. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      resolved = realpath (path, NULL);
      if (resolved != NULL)
        path = resolved;
    }

  dir = g_path_get_dirname (path);
  target_exists = g_stat (path, &st) == 0;
  if (target_exists && !S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                   _("Could not save “%s”: it is not a regular file"), display);
      return FALSE;
    }

  tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, path, errno);

  /* Keep the permissions of the file being replaced. */
  if (target_exists && fchmod (fd, st.st_mode & 07777) != 0)
    g_debug ("could not copy permissions of %s: %s", path, g_strerror (errno));

  if (!write_all (fd, contents, length, &saved_errno))
    goto fail_close;

  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      goto fail_close;
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (backup_suffix != NULL && target_exists)
    {
      g_autofree char *backup = g_strconcat (path, backup_suffix, NULL);

      if (!keep_backup (path, backup, error))
        {
          g_unlink (tmp_path);
          return FALSE;
        }
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      goto fail;
    }

  sync_directory (dir);
  return TRUE;

fail_close:
  close (fd);
fail:
  g_unlink (tmp_path);
  return set_errno_error (error, path, saved_errno);
}

/* Sets @error to "PATH: reason", like the classic Unix tools. */
static void
set_read_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", display, g_strerror (saved_errno));
}

GBytes *
phaen_file_read (const char  *path,
                 GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_read_error (error, path, errno);
      return NULL;
    }

  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_read_error (error, path, EISDIR);
      close (fd);
      return NULL;
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n_read = read (fd, chunk, sizeof chunk);

      if (n_read < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;

          set_read_error (error, path, saved_errno);
          close (fd);
          return NULL;
        }

      if (n_read == 0)
        break;

      g_byte_array_append (buffer, chunk, (guint) n_read);
    }

  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

PhaenPlan *
phaen_file_load (const char  *path,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = phaen_file_read (path, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  display = g_filename_display_name (path);
  return phaen_xml_read_from_data (data != NULL ? data : "", length, display, error);
}

gboolean
phaen_file_save (PhaenPlan   *plan,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) reread = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *why = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  if (!phaen_plan_validate (plan, &local_error))
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                   _("Could not save “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  bytes = phaen_xml_write_to_bytes (plan);
  data = g_bytes_get_data (bytes, &length);

  /* Guard against writer bugs: what is written must read back as the
   * same plan, or nothing is written at all. */
  reread = phaen_xml_read_from_data (data, length, display, &local_error);
  if (reread == NULL)
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                   _("Could not save “%s”: the saved file could not be read back (%s); nothing was written"),
                   display, local_error->message);
      return FALSE;
    }
  if (!phaen_plan_equal_full (plan, reread, PHAEN_PLAN_EQUAL_AS_SAVED, &why))
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                   _("Could not save “%s”: the saved file would differ from the plan (%s); nothing was written"),
                   display, why != NULL ? why : "?");
      return FALSE;
    }

  return phaen_file_write_atomic (path, data, length, "~", error);
}
