/* phaen-file.c: loading and saving plan files safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving never leaves a plan file half-written: the new contents go to a
 * temporary file in the same folder, are flushed to disk, and only then
 * replace the old file with one rename(), after which the folder itself
 * is flushed. Whatever moment the machine stops, PATH holds either the
 * old or the new plan.
 *
 * The details, each a lesson from a way to lose data:
 *
 *  - The target. A symbolic link is followed (also when it dangles: the
 *    file it names is created) and stays a link; messages name the path
 *    as the caller gave it. A write-protected target (no write permission
 *    bit, or not writable for this user) is refused as cp refuses it, even
 *    for root. The new file gets the old one's permissions, and its owner
 *    and group where the system allows it (the group alone otherwise; the
 *    set-id bits are dropped when an id could not be kept).
 *
 *  - The lock. While one save replaces an existing file it holds an
 *    advisory lock (flock) on that file; a second save of the same file
 *    waits for it (up to LOCK_WAIT_USEC) and then replaces the new file
 *    in turn, or gives up with PHAEN_IO_ERROR_BUSY. After taking the lock
 *    a save checks that the file it locked is still the one at the path
 *    (the previous holder may have replaced it) and starts again if not.
 *
 *  - The temporaries. Their names are ".NAME.XXXXXX.tmp", NAME cut at a
 *    character boundary so that the whole name fits the file system's
 *    limit (NAME_MAX). Each is locked by its writer while it exists and
 *    registered for phaen_file_remove_temporaries(), which a SIGINT or
 *    SIGTERM handler calls (phaen_file_install_signal_cleanup()). A
 *    temporary left by a killed process is recognised by its name, its
 *    age and its lock being free, and removed by the next save of the
 *    same file.
 *
 *  - The backup. The previous version becomes PATH~ (or PATH + suffix,
 *    the name cut to fit NAME_MAX) through a hard link, or a copy where
 *    links are refused (other owner with fs.protected_hardlinks, FAT,
 *    SMB), made under a temporary name and renamed over the old backup:
 *    the old backup is replaced only once its successor exists, and a
 *    failed save leaves it as it was.
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-file.h"
#include "phaen-file-private.h"
#include "phaen-io-error.h"
#include "phaen-xml.h"
#include "model/phaen-limits.h"

/* How long a save waits for another save of the same file. */
#define LOCK_WAIT_USEC   (3 * G_USEC_PER_SEC)
#define LOCK_POLL_USEC   (20 * 1000)
/* A temporary whose lock is free is stale once it is this old (the age
 * covers the moment between its creation and its writer taking the lock);
 * where locks are not supported, only after STALE_NO_LOCK_SEC. */
#define STALE_SEC         2
#define STALE_NO_LOCK_SEC (60 * 60)
/* Symbolic links followed before giving up (as the kernel's MAXSYMLINKS). */
#define MAX_LINKS        40

#define TEMP_SUFFIX      ".tmp"
#define TEMP_RANDOM      "XXXXXX"

static gboolean hard_links_disabled;

void
phaen_file_testing_disable_hard_links (gboolean disable)
{
  hard_links_disabled = disable;
}

/* ---- temporaries removed on a signal ----------------------------------- */

/* A fixed table the signal handler can read without locks or allocation:
 * a slot is claimed (FREE → BUSY), filled, then published (READY). */
enum { SLOT_FREE, SLOT_BUSY, SLOT_READY };

#define N_TEMP_SLOTS   32
#define TEMP_PATH_MAX  4096

typedef struct
{
  volatile gint state;
  char          path[TEMP_PATH_MAX];
} TempSlot;

static TempSlot temp_slots[N_TEMP_SLOTS];

static int
register_temporary (const char *path)
{
  gsize length = strlen (path);

  if (length >= TEMP_PATH_MAX)
    return -1;

  for (int i = 0; i < N_TEMP_SLOTS; i++)
    {
      if (g_atomic_int_compare_and_exchange (&temp_slots[i].state, SLOT_FREE, SLOT_BUSY))
        {
          memcpy (temp_slots[i].path, path, length + 1);
          g_atomic_int_set (&temp_slots[i].state, SLOT_READY);
          return i;
        }
    }

  return -1;
}

static void
unregister_temporary (int slot)
{
  if (slot < 0)
    return;

  g_atomic_int_set (&temp_slots[slot].state, SLOT_BUSY);
  temp_slots[slot].path[0] = '\0';
  g_atomic_int_set (&temp_slots[slot].state, SLOT_FREE);
}

void
phaen_file_remove_temporaries (void)
{
  /* only async-signal-safe calls here */
  for (int i = 0; i < N_TEMP_SLOTS; i++)
    if (g_atomic_int_get (&temp_slots[i].state) == SLOT_READY)
      unlink (temp_slots[i].path);
}

static void
cleanup_signal_handler (int signum)
{
  int saved_errno = errno;

  phaen_file_remove_temporaries ();
  /* SA_RESETHAND restored the default action: dying by the signal once
   * the handler returns tells the parent what happened. */
  raise (signum);
  errno = saved_errno;
}

void
phaen_file_install_signal_cleanup (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      struct sigaction old_action;
      struct sigaction action;

      if (sigaction (signals[i], NULL, &old_action) != 0)
        continue;
      /* keep "ignored" (nohup) and any handler the program set itself */
      if (old_action.sa_handler != SIG_DFL)
        continue;

      memset (&action, 0, sizeof action);
      action.sa_handler = cleanup_signal_handler;
      action.sa_flags = SA_RESETHAND;
      sigemptyset (&action.sa_mask);
      sigaction (signals[i], &action, NULL);
    }
}

/* ---- errors ------------------------------------------------------------- */

gboolean
phaen_file_set_errno_error (GError     **error,
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

/* ---- names -------------------------------------------------------------- */

static gsize
name_max (const char *dir)
{
  long value = pathconf (dir, _PC_NAME_MAX);

  return value > 0 ? (gsize) value : 255;
}

/* The first bytes of @name, at most @max_bytes, cut at a character
 * boundary when @name is UTF-8. */
static char *
cut_name (const char *name,
          gsize       max_bytes)
{
  gsize length = strlen (name);

  if (length <= max_bytes)
    return g_strdup (name);

  if (g_utf8_validate (name, -1, NULL))
    {
      const char *end = name + max_bytes;

      /* back up to the start of the character that does not fit */
      while (end > name && (*end & 0xC0) == 0x80)
        end--;
      return g_strndup (name, (gsize) (end - name));
    }

  return g_strndup (name, max_bytes);
}

/* ".NAME." for the temporaries of @base in @dir, NAME cut to fit. */
static char *
temp_prefix (const char *dir,
             const char *base)
{
  gsize overhead = 2 + strlen (TEMP_RANDOM) + strlen (TEMP_SUFFIX);
  gsize limit = name_max (dir);
  g_autofree char *cut = cut_name (base, limit > overhead ? limit - overhead : 1);

  return g_strconcat (".", cut, ".", NULL);
}

/* The backup's file name: @base + @suffix, @base cut to fit. */
static char *
backup_name (const char *dir,
             const char *base,
             const char *suffix)
{
  gsize limit = name_max (dir);
  gsize suffix_length = strlen (suffix);
  g_autofree char *cut = cut_name (base, limit > suffix_length ? limit - suffix_length : 1);

  return g_strconcat (cut, suffix, NULL);
}

static gboolean
is_temp_name (const char *name,
              const char *prefix)
{
  gsize prefix_length = strlen (prefix);
  gsize random_length = strlen (TEMP_RANDOM);

  if (!g_str_has_prefix (name, prefix) ||
      strlen (name) != prefix_length + random_length + strlen (TEMP_SUFFIX) ||
      !g_str_has_suffix (name, TEMP_SUFFIX))
    return FALSE;

  for (gsize i = 0; i < random_length; i++)
    if (!g_ascii_isalnum (name[prefix_length + i]))
      return FALSE;

  return TRUE;
}

/* ---- the target --------------------------------------------------------- */

/* Follows symbolic links from @path to the file they finally name, which
 * need not exist (a dangling link is saved through). NULL with errno set
 * on a loop. */
static char *
resolve_target (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }

      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  errno = ELOOP;
  return NULL;
}

/* ---- the lock ------------------------------------------------------------- */

typedef enum
{
  LOCK_TAKEN,
  LOCK_UNSUPPORTED,
  LOCK_BUSY,
} LockResult;

/* Tries once to lock @fd exclusively without waiting. */
static LockResult
try_lock (int fd)
{
  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      if (errno == EINTR)
        continue;
      if (errno == EWOULDBLOCK)
        return LOCK_BUSY;
      return LOCK_UNSUPPORTED;
    }

  return LOCK_TAKEN;
}

static int
open_for_lock (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);

  if (fd < 0 && errno == EACCES)
    fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);

  return fd;
}

/* Locks the existing file at @path, the one found there once the lock is
 * held. Returns the locked descriptor (its stat in @out_st), -1 when @path
 * does not exist or cannot be opened (errno set), or -2 after setting
 * BUSY or CANCELLED in @error. Where locks are not supported the file is
 * returned unlocked. */
static int
lock_target (const char    *path,
             const char    *display,
             struct stat   *out_st,
             GCancellable  *cancellable,
             GError       **error)
{
  gint64 deadline = g_get_monotonic_time () + LOCK_WAIT_USEC;

  for (;;)
    {
      struct stat path_st;
      int fd = open_for_lock (path);

      if (fd < 0)
        return -1;

      if (try_lock (fd) != LOCK_BUSY)
        {
          /* Still the file at @path? The save that held the lock may
           * have renamed a new file over it: then lock that one. */
          if (fstat (fd, out_st) == 0 &&
              stat (path, &path_st) == 0 &&
              path_st.st_dev == out_st->st_dev && path_st.st_ino == out_st->st_ino)
            return fd;
        }

      close (fd);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return -2;
      if (g_get_monotonic_time () >= deadline)
        {
          g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_BUSY,
                       _("Could not save “%s”: another save of this file is in progress; try again in a moment"),
                       display);
          return -2;
        }
      g_usleep (LOCK_POLL_USEC);
    }
}

/* ---- stale temporaries ------------------------------------------------------ */

/* Removes temporaries of @prefix in @dir left by saves that died. */
static void
sweep_stale_temporaries (const char *dir,
                         const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      LockResult result;
      gint64 age;
      int fd;

      if (!is_temp_name (name, prefix))
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK, 0);
      if (fd < 0)
        continue;

      if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
        {
          close (fd);
          continue;
        }

      age = now - (gint64) st.st_mtime;
      result = try_lock (fd);
      if ((result == LOCK_TAKEN && age >= STALE_SEC) ||
          (result == LOCK_UNSUPPORTED && age >= STALE_NO_LOCK_SEC))
        {
          if (g_unlink (path) == 0)
            g_debug ("removed %s, left by a save that did not finish", path);
        }

      close (fd);
    }
}

/* ---- temporaries ------------------------------------------------------------ */

/* A new name of @prefix in @dir (it may exist: create it with O_EXCL). */
static char *
random_temp_path (const char *dir,
                  const char *prefix)
{
  static const char letters[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  char random_part[7];
  g_autofree char *name = NULL;

  for (guint i = 0; i < 6; i++)
    random_part[i] = letters[g_random_int_range (0, (gint32) strlen (letters))];
  random_part[6] = '\0';

  name = g_strconcat (prefix, random_part, TEMP_SUFFIX, NULL);
  return g_build_filename (dir, name, NULL);
}

/* Creates a temporary of @prefix in @dir, registered for
 * phaen_file_remove_temporaries() before it exists (so that a signal never
 * finds it unregistered) and locked; returns its descriptor, its path in
 * @out_path and its slot in @out_slot, or -1 with errno set. */
static int
create_temporary (const char  *dir,
                  const char  *prefix,
                  int          mode,
                  char       **out_path,
                  int         *out_slot)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *path = random_temp_path (dir, prefix);
      int slot = register_temporary (path);
      int fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, mode);

      if (fd >= 0)
        {
          /* the lock tells a sweeping save that this temporary is alive */
          try_lock (fd);
          *out_path = g_steal_pointer (&path);
          *out_slot = slot;
          return fd;
        }

      unregister_temporary (slot);
      if (errno != EEXIST)
        return -1;
    }

  errno = EEXIST;
  return -1;
}

/* ---- the backup -------------------------------------------------------------- */

static gboolean
copy_file_contents (int  from,
                    int  to,
                    int *out_errno)
{
  char buffer[64 * 1024];

  if (lseek (from, 0, SEEK_SET) < 0)
    {
      *out_errno = errno;
      return FALSE;
    }

  for (;;)
    {
      gssize n = read (from, buffer, sizeof buffer);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *out_errno = errno;
          return FALSE;
        }
      if (n == 0)
        break;
      if (!write_all (to, buffer, (gsize) n, out_errno))
        return FALSE;
    }

  if (fsync (to) != 0)
    {
      *out_errno = errno;
      return FALSE;
    }

  return TRUE;
}

/* The backup's successor under a temporary name: a hard link to @target,
 * or a copy where links are refused. Returns its path, registered in
 * @out_slot, or NULL with @out_errno set. */
static char *
make_backup_successor (const char        *target,
                       const struct stat *target_st,
                       const char        *dir,
                       const char        *prefix,
                       int               *out_slot,
                       int               *out_errno)
{
  g_autofree char *path = NULL;
  int link_errno = ENOSYS;
  int from, to;

  for (guint attempt = 0; attempt < 100 && !hard_links_disabled; attempt++)
    {
      g_free (path);
      path = random_temp_path (dir, prefix);
      *out_slot = register_temporary (path);
      if (link (target, path) == 0)
        return g_steal_pointer (&path);
      link_errno = errno;
      unregister_temporary (*out_slot);
      *out_slot = -1;
      if (link_errno != EEXIST)
        break;
    }

  if (!hard_links_disabled &&
      link_errno != EPERM && link_errno != ENOTSUP && link_errno != EXDEV &&
      link_errno != EMLINK && link_errno != ENOSYS && link_errno != EACCES)
    {
      *out_errno = link_errno;
      return NULL;
    }

  /* a copy, with the permissions of the original */
  g_clear_pointer (&path, g_free);
  from = g_open (target, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (from < 0)
    {
      *out_errno = errno;
      return NULL;
    }

  to = create_temporary (dir, prefix, 0600, &path, out_slot);
  if (to < 0)
    {
      *out_errno = errno;
      close (from);
      return NULL;
    }

  if (fchmod (to, target_st->st_mode & 07777) != 0)
    g_debug ("could not copy permissions of %s: %s", target, g_strerror (errno));

  if (!copy_file_contents (from, to, out_errno))
    {
      close (to);
      close (from);
      g_unlink (path);
      unregister_temporary (*out_slot);
      *out_slot = -1;
      return NULL;
    }

  if (close (to) != 0)
    {
      *out_errno = errno;
      close (from);
      g_unlink (path);
      unregister_temporary (*out_slot);
      *out_slot = -1;
      return NULL;
    }

  close (from);
  return g_steal_pointer (&path);
}

/* Gives the new file the owner, group and permissions of the old one. */
static void
copy_ownership (int                fd,
                const struct stat *old_st)
{
  mode_t mode = old_st->st_mode & 07777;
  struct stat st;

  if (fstat (fd, &st) != 0)
    return;

  if (st.st_uid != old_st->st_uid || st.st_gid != old_st->st_gid)
    {
      if (fchown (fd, old_st->st_uid, old_st->st_gid) != 0 &&
          fchown (fd, (uid_t) -1, old_st->st_gid) != 0)
        g_debug ("could not keep the owner and group of the file: %s", g_strerror (errno));
      if (fstat (fd, &st) != 0)
        return;
    }

  /* as cp -p: no set-id bit for an owner or group the file did not keep */
  if (st.st_uid != old_st->st_uid)
    mode &= ~(mode_t) S_ISUID;
  if (st.st_gid != old_st->st_gid)
    mode &= ~(mode_t) S_ISGID;

  if (fchmod (fd, mode) != 0)
    g_debug ("could not copy permissions: %s", g_strerror (errno));
}

/* ---- atomic write --------------------------------------------------------- */

gboolean
phaen_file_write_atomic_full (const char    *path,
                              const void    *contents,
                              gsize          length,
                              const char    *backup_suffix,
                              struct stat   *out_st,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autofree char *display = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *backup_tmp = NULL;
  struct stat st;
  gboolean target_exists;
  gboolean ok = FALSE;
  int lock_fd = -1;
  int fd = -1;
  int keep_fd = -1;
  int tmp_slot = -1;
  int backup_slot = -1;
  int saved_errno = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  /* Saving through a symbolic link replaces (or creates) the file it
   * points to, and keeps the link. */
  target = resolve_target (path);
  if (target == NULL)
    return phaen_file_set_errno_error (error, path, errno);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  prefix = temp_prefix (dir, base);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  lock_fd = lock_target (target, display, &st, cancellable, error);
  if (lock_fd == -2)
    return FALSE;
  target_exists = lock_fd >= 0;
  if (!target_exists)
    {
      if (errno != ENOENT)
        {
          /* exists but cannot be opened: say why from stat */
          if (g_stat (target, &st) != 0)
            return phaen_file_set_errno_error (error, path, errno);
          target_exists = TRUE;
        }
    }

  if (target_exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                   _("Could not save “%s”: it is not a regular file"), display);
      goto out;
    }

  if (target_exists && ((st.st_mode & 0222) == 0 || access (target, W_OK) != 0))
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_READ_ONLY,
                   _("Could not save “%s”: the file is write-protected; make it writable or save under another name"),
                   display);
      goto out;
    }

  sweep_stale_temporaries (dir, prefix);

  fd = create_temporary (dir, prefix, 0666, &tmp_path, &tmp_slot);
  if (fd < 0)
    {
      phaen_file_set_errno_error (error, path, errno);
      goto out;
    }

  if (target_exists)
    copy_ownership (fd, &st);

  if (!write_all (fd, contents, length, &saved_errno))
    goto fail;

  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      goto fail;
    }

  if (out_st != NULL && fstat (fd, out_st) != 0)
    {
      saved_errno = errno;
      goto fail;
    }

  /* close() reports late write errors (NFS); a duplicate keeps the lock
   * of the temporary until it has been renamed into place */
  keep_fd = dup (fd);
  if (close (fd) != 0)
    {
      saved_errno = errno;
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  if (backup_suffix != NULL && target_exists)
    {
      g_autofree char *name = backup_name (dir, base, backup_suffix);
      g_autofree char *backup = g_build_filename (dir, name, NULL);
      int backup_errno = 0;

      backup_tmp = make_backup_successor (target, &st, dir, prefix, &backup_slot, &backup_errno);
      if (backup_tmp == NULL || g_rename (backup_tmp, backup) != 0)
        {
          g_autofree char *backup_display = g_filename_display_name (backup);

          if (backup_tmp != NULL)
            backup_errno = errno;
          g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                       _("Could not keep the previous version as “%s”: %s"),
                       backup_display, g_strerror (backup_errno));
          goto out;
        }
      /* rename() does nothing when both names are links to one file
       * (the backup already holds this version: a save stopped between
       * its two renames); the temporary name must go all the same */
      g_unlink (backup_tmp);
      unregister_temporary (backup_slot);
      backup_slot = -1;
      g_clear_pointer (&backup_tmp, g_free);
    }

  if (g_rename (tmp_path, target) != 0)
    {
      saved_errno = errno;
      goto fail;
    }
  g_clear_pointer (&tmp_path, g_free);

  sync_directory (dir);
  ok = TRUE;
  goto out;

fail:
  phaen_file_set_errno_error (error, path, saved_errno);

out:
  if (fd >= 0)
    close (fd);
  if (backup_tmp != NULL)
    g_unlink (backup_tmp);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  unregister_temporary (backup_slot);
  unregister_temporary (tmp_slot);
  if (keep_fd >= 0)
    close (keep_fd);
  if (lock_fd >= 0)
    close (lock_fd);

  return ok;
}

gboolean
phaen_file_write_atomic (const char  *path,
                         const void  *contents,
                         gsize        length,
                         const char  *backup_suffix,
                         GError     **error)
{
  return phaen_file_write_atomic_full (path, contents, length, backup_suffix,
                                       NULL, NULL, error);
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

static void
set_too_large_error (GError     **error,
                     const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_TOO_LARGE,
               _("%s: the file is larger than %u MB, the most Phaen reads"),
               display, (guint) (PHAEN_LIMIT_FILE_BYTES / (1024 * 1024)));
}

/* phaen_file_read() that also gives the stat of what it read. */
static GBytes *
read_file (const char   *path,
           struct stat  *out_st,
           GError      **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_read_error (error, path, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))
    {
      set_read_error (error, path, S_ISDIR (st.st_mode) ? EISDIR : errno);
      close (fd);
      return NULL;
    }

  /* the size first: a huge file is refused before it fills the memory */
  if (S_ISREG (st.st_mode) && st.st_size > PHAEN_LIMIT_FILE_BYTES)
    {
      set_too_large_error (error, path);
      close (fd);
      return NULL;
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n_read;

      /* a pipe or a device has no size: stop reading at the limit */
      if ((gint64) buffer->len > PHAEN_LIMIT_FILE_BYTES)
        {
          set_too_large_error (error, path);
          close (fd);
          return NULL;
        }

      n_read = read (fd, chunk, sizeof chunk);

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

  /* what was read is what the stamp describes (the modification time of
   * a file still being written could move on: take it after reading) */
  if (out_st != NULL && fstat (fd, out_st) != 0)
    *out_st = st;
  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

GBytes *
phaen_file_read (const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_file (path, NULL, error);
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

/* ---- stamps --------------------------------------------------------------- */

struct _PhaenFileStamp
{
  gint64  mtime_us;
  goffset size;
  char   *sha256;
};

G_DEFINE_BOXED_TYPE (PhaenFileStamp, phaen_file_stamp, phaen_file_stamp_copy, phaen_file_stamp_free)

static PhaenFileStamp *
stamp_new (gint64        mtime_us,
           const void   *data,
           gsize         length)
{
  PhaenFileStamp *stamp = g_new0 (PhaenFileStamp, 1);

  stamp->mtime_us = mtime_us;
  stamp->size = (goffset) length;
  stamp->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);

  return stamp;
}

static gint64
stat_mtime_us (const struct stat *st)
{
  return (gint64) st->st_mtim.tv_sec * G_USEC_PER_SEC + st->st_mtim.tv_nsec / 1000;
}

PhaenFileStamp *
phaen_file_stamp_copy (const PhaenFileStamp *stamp)
{
  PhaenFileStamp *copy;

  g_return_val_if_fail (stamp != NULL, NULL);

  copy = g_new0 (PhaenFileStamp, 1);
  copy->mtime_us = stamp->mtime_us;
  copy->size = stamp->size;
  copy->sha256 = g_strdup (stamp->sha256);

  return copy;
}

void
phaen_file_stamp_free (PhaenFileStamp *stamp)
{
  if (stamp == NULL)
    return;

  g_free (stamp->sha256);
  g_free (stamp);
}

gboolean
phaen_file_stamp_equal (const PhaenFileStamp *a,
                        const PhaenFileStamp *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->size == b->size && g_strcmp0 (a->sha256, b->sha256) == 0;
}

gboolean
phaen_file_stamp_same_time (const PhaenFileStamp *a,
                            const PhaenFileStamp *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->mtime_us == b->mtime_us && a->size == b->size;
}

gint64
phaen_file_stamp_get_mtime (const PhaenFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, 0);

  return stamp->mtime_us;
}

goffset
phaen_file_stamp_get_size (const PhaenFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, 0);

  return stamp->size;
}

const char *
phaen_file_stamp_get_sha256 (const PhaenFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);

  return stamp->sha256;
}

/* The bytes of @file and their stamp. Local files go through read_file()
 * (size checked first); others (GVfs) through GIO. */
static GBytes *
load_file (GFile           *file,
           PhaenFileStamp **out_stamp,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  gint64 mtime_us;

  if (path != NULL)
    {
      struct stat st;

      bytes = read_file (path, &st, error);
      if (bytes == NULL)
        return NULL;
      mtime_us = stat_mtime_us (&st);
    }
  else
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;

      info = g_file_query_info (file,
                                G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                G_FILE_QUERY_INFO_NONE, cancellable, error);
      if (info == NULL)
        return NULL;
      if (g_file_info_get_size (info) > PHAEN_LIMIT_FILE_BYTES)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          set_too_large_error (error, name);
          return NULL;
        }
      if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
        return NULL;
      mtime_us = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                 g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
    }

  if (out_stamp != NULL)
    {
      gsize length;
      const void *data = g_bytes_get_data (bytes, &length);

      *out_stamp = stamp_new (mtime_us, data != NULL ? data : "", length);
    }

  return g_steal_pointer (&bytes);
}

PhaenFileStamp *
phaen_file_stamp_query (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  PhaenFileStamp *stamp = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_file (file, &stamp, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return stamp;
}

/* ---- loading and saving ------------------------------------------------- */

/* Loads @file; NULL on error. */
static PhaenPlan *
load_plan (GFile           *file,
           PhaenFileStamp **out_stamp,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(PhaenFileStamp) stamp = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = g_file_get_parse_name (file);
  PhaenPlan *plan;
  const char *data;
  gsize length;

  bytes = load_file (file, &stamp, cancellable, error);
  if (bytes == NULL)
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  plan = phaen_xml_read_from_data (data != NULL ? data : "", length, display, error);
  if (plan != NULL && out_stamp != NULL)
    *out_stamp = g_steal_pointer (&stamp);

  return plan;
}

/* Validates, serialises, reads back and compares, then writes @plan to
 * @path atomically keeping PATH~; the stamp of what was written in
 * @out_stamp (may be NULL). */
static gboolean
save_plan (PhaenPlan        *plan,
           const char       *path,
           PhaenFileStamp  **out_stamp,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) reread = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *why = NULL;
  gconstpointer data;
  struct stat st;
  gsize length;

  display = g_filename_display_name (path);

  if (!phaen_plan_check_storable (plan, NULL, &local_error))
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

  if (!phaen_file_write_atomic_full (path, data, length, "~", &st, cancellable, error))
    return FALSE;

  if (out_stamp != NULL)
    *out_stamp = stamp_new (stat_mtime_us (&st), data, length);

  return TRUE;
}

gboolean
phaen_file_save (PhaenPlan   *plan,
                 const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_plan (plan, path, NULL, NULL, error);
}

/* ---- in a thread ------------------------------------------------------------ */

typedef struct
{
  GFile          *file;
  PhaenPlan      *plan;    /* load: the result; save: the snapshot */
  PhaenFileStamp *stamp;
} FileTask;

static void
file_task_free (FileTask *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->plan);
  g_clear_pointer (&data->stamp, phaen_file_stamp_free);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FileTask *data = task_data;
  GError *error = NULL;

  data->plan = load_plan (data->file, &data->stamp, cancellable, &error);
  if (data->plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
phaen_file_load_async (GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FileTask *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (FileTask, 1);
  data->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phaen_file_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) file_task_free);
  g_task_run_in_thread (task, load_thread);
}

PhaenPlan *
phaen_file_load_finish (GAsyncResult    *result,
                        PhaenFileStamp **stamp,
                        GError         **error)
{
  FileTask *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phaen_file_load_async, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  if (stamp != NULL)
    *stamp = g_steal_pointer (&data->stamp);

  return g_steal_pointer (&data->plan);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FileTask *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  GError *error = NULL;

  if (path == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (data->file);

      g_task_return_new_error (task, PHAEN_IO_ERROR, PHAEN_IO_ERROR_WRITE,
                               _("Could not save “%s”: only files on this computer can be saved"),
                               display);
      return;
    }

  if (!save_plan (data->plan, path, &data->stamp, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
phaen_file_save_async (PhaenPlan           *plan,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FileTask *data;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* the plan as it is now: the user may go on editing meanwhile */
  data = g_new0 (FileTask, 1);
  data->file = g_object_ref (file);
  data->plan = phaen_plan_copy (plan);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phaen_file_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) file_task_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
phaen_file_save_finish (GAsyncResult    *result,
                        PhaenFileStamp **stamp,
                        GError         **error)
{
  FileTask *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phaen_file_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  if (stamp != NULL)
    *stamp = g_steal_pointer (&data->stamp);

  return TRUE;
}
