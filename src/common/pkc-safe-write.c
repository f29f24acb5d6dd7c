/* pkc-safe-write.c — replace a file only when the new contents are complete
 *
 * Used by every writer of user files (exports, the importer) so that a failed or
 * interrupted write never destroys what was there. g_file_replace() is not enough: it
 * writes in place (truncating first) through symbolic links, into files with other hard
 * links and in folders where it cannot create its temporary file. Here the new contents
 * always go to a temporary file beside the real target, synced, then renamed over it.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pkc-common.h"

/* Symbolic links followed before giving up: the kernel's own limit (MAXSYMLINKS). */
#define MAX_LINKS 40
/* Tries at a free temporary name before giving up. */
#define MAX_TEMP_TRIES 100
/* Bytes of the target's name kept in the temporary name: well under NAME_MAX (255). */
#define MAX_NAME_BYTES 200
/* Writes in progress at once whose temporary files a signal can clean up. */
#define N_SLOTS 8

/* ---- Temporary files in flight, for the signal handler ----
 *
 * A slot is free (0), claimed by a write (1) or holds the path of an existing temporary
 * file (2). The handler only reads slots in state 2, so a path is always complete there. */

enum { SLOT_FREE, SLOT_CLAIMED, SLOT_PUBLISHED };

static char in_flight_path[N_SLOTS][PATH_MAX];
static gint in_flight_state[N_SLOTS];

static int
slot_claim (void)
{
  for (int i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_compare_and_exchange (&in_flight_state[i], SLOT_FREE, SLOT_CLAIMED))
      return i;
  /* More writes at once than slots: the write still happens, only a signal would leave
   * its temporary file behind. */
  return -1;
}

static void
slot_publish (int         slot,
              const char *path)
{
  if (slot < 0 || strlen (path) >= PATH_MAX)
    return;
  g_atomic_int_set (&in_flight_state[slot], SLOT_CLAIMED);
  strcpy (in_flight_path[slot], path);
  g_atomic_int_set (&in_flight_state[slot], SLOT_PUBLISHED);
}

static void
slot_unpublish (int slot)
{
  if (slot >= 0)
    g_atomic_int_set (&in_flight_state[slot], SLOT_CLAIMED);
}

static void
slot_release (int slot)
{
  if (slot >= 0)
    g_atomic_int_set (&in_flight_state[slot], SLOT_FREE);
}

/* Async-signal-safe: unlink(), sigaction() and raise() only. The signal stays blocked until
 * the handler returns, then kills the process with its default action. */
static void
cleanup_on_signal (int signum)
{
  struct sigaction default_action = { 0 };

  for (int i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_get (&in_flight_state[i]) == SLOT_PUBLISHED)
      unlink (in_flight_path[i]);

  default_action.sa_handler = SIG_DFL;
  sigemptyset (&default_action.sa_mask);
  sigaction (signum, &default_action, NULL);
  raise (signum);
}

void
pkc_safe_write_install_signal_cleanup (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  static gsize installed = 0;

  if (!g_once_init_enter (&installed))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      struct sigaction old;
      struct sigaction action = { 0 };

      /* Ignored signals stay ignored (nohup), other handlers are left alone. */
      if (sigaction (signals[i], NULL, &old) != 0 ||
          (old.sa_flags & SA_SIGINFO) != 0 || old.sa_handler != SIG_DFL)
        continue;
      action.sa_handler = cleanup_on_signal;
      sigfillset (&action.sa_mask);
      sigaction (signals[i], &action, NULL);
    }

  g_once_init_leave (&installed, 1);
}

/* ---- The output stream: plain write(2) on the temporary file ----
 *
 * A GFileOutputStream so that PkcSafeWrite.stream keeps its type. It does not own the file
 * descriptor: the PkcSafeWrite syncs and closes it. */

struct _PkcSafeWriteStream {
  GFileOutputStream  parent_instance;
  int                fd;
  char              *display_name;
};

G_DECLARE_FINAL_TYPE (PkcSafeWriteStream, pkc_safe_write_stream, PKC, SAFE_WRITE_STREAM,
                      GFileOutputStream)
G_DEFINE_FINAL_TYPE (PkcSafeWriteStream, pkc_safe_write_stream, G_TYPE_FILE_OUTPUT_STREAM)

static void
set_errno_error (GError     **error,
                 int          err,
                 const char  *message)
{
  g_autofree char *line = g_strdup (message);

  /* One line, even if a system message carried a line break. */
  g_strdelimit (line, "\r\n", ' ');
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (err), line);
}

static void
set_write_error (GError     **error,
                 int          err,
                 const char  *display_name)
{
  g_autofree char *message =
    /* Translators: the first %s is a file name, the second a system message */
    g_strdup_printf (_("Cannot write %s: %s"), display_name, g_strerror (err));

  set_errno_error (error, err, message);
}

static gssize
pkc_safe_write_stream_write (GOutputStream  *stream,
                             const void     *buffer,
                             gsize           count,
                             GCancellable   *cancellable,
                             GError        **error)
{
  PkcSafeWriteStream *self = PKC_SAFE_WRITE_STREAM (stream);
  gssize written;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  do
    written = write (self->fd, buffer, MIN (count, G_MAXSSIZE));
  while (written < 0 && errno == EINTR);

  if (written < 0)
    set_write_error (error, errno, self->display_name);
  return written;
}

static void
pkc_safe_write_stream_finalize (GObject *object)
{
  PkcSafeWriteStream *self = PKC_SAFE_WRITE_STREAM (object);

  g_free (self->display_name);
  G_OBJECT_CLASS (pkc_safe_write_stream_parent_class)->finalize (object);
}

static void
pkc_safe_write_stream_class_init (PkcSafeWriteStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pkc_safe_write_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = pkc_safe_write_stream_write;
}

static void
pkc_safe_write_stream_init (PkcSafeWriteStream *self)
{
  self->fd = -1;
}

static GFileOutputStream *
pkc_safe_write_stream_new (int         fd,
                           const char *display_name)
{
  PkcSafeWriteStream *self = g_object_new (pkc_safe_write_stream_get_type (), NULL);

  self->fd = fd;
  self->display_name = g_strdup (display_name);
  return G_FILE_OUTPUT_STREAM (self);
}

/* ---- Finding the real target ---- */

static char *
display_name_of (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return base != NULL ? g_filename_display_name (base) : g_file_get_parse_name (file);
}

/* Follows symbolic links, chains included, to the file that really gets the contents.
 * A dangling link gives the path it names: that file is created, the link stays. Relative
 * links are taken from the folder of the link, as the kernel does. */
static char *
resolve_links (const char *path,
               int        *err)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i <= MAX_LINKS; i++)
    {
      char target[PATH_MAX];
      g_autofree char *folder = NULL;
      struct stat st;
      gssize len;

      /* Any other failure is reported when the real target is inspected. */
      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      len = readlink (current, target, sizeof target);
      if (len < 0 || (gsize) len >= sizeof target)
        {
          *err = len < 0 ? errno : ENAMETOOLONG;
          return NULL;
        }
      target[len] = '\0';

      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_strdup (target)
                                            : g_build_filename (folder, target, NULL);
    }

  *err = ELOOP;
  return NULL;
}

static gboolean
resolve_target (PkcSafeWrite  *write,
                GError       **error)
{
  g_autofree char *path = g_file_get_path (write->file);
  int err = 0;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file name */
                   _("%s is not a file on this computer, so it cannot be replaced safely"),
                   write->display_name);
      return FALSE;
    }

  write->target_path = resolve_links (path, &err);
  if (write->target_path != NULL)
    return TRUE;

  if (err == ELOOP)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                 /* Translators: %s is a file name */
                 _("%s is a symbolic link that leads in a circle or through too many other "
                   "links"),
                 write->display_name);
  else
    set_write_error (error, err, write->display_name);
  return FALSE;
}

/* Refuses what cannot be replaced by a rename without harm; remembers the old file's mode
 * and owner for the new one. */
static gboolean
inspect_target (PkcSafeWrite  *write,
                GError       **error)
{
  struct stat st;

  if (lstat (write->target_path, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      set_write_error (error, errno, write->display_name);
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 /* Translators: %s is a file name */
                 _("%s is a folder"), write->display_name);
  else if (!S_ISREG (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 /* Translators: %s is a file name */
                 _("%s is not a regular file"), write->display_name);
  /* A rename would give this name the new contents and leave the other names with the
   * old ones; writing in place would destroy the old contents before the new ones exist. */
  else if (st.st_nlink > 1)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 /* Translators: %s is a file name */
                 _("%s has other hard links that would keep the old contents; nothing was "
                   "written, choose another name"),
                 write->display_name);
  /* The rename only needs the folder to be writable; a read-only file still is one. */
  else if (access (write->target_path, W_OK) != 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                 /* Translators: %s is a file name */
                 _("%s is read-only; nothing was written"), write->display_name);
  else
    {
      write->existed = TRUE;
      write->old.mode = st.st_mode & 07777;
      write->old.uid = st.st_uid;
      write->old.gid = st.st_gid;
      return TRUE;
    }
  return FALSE;
}

/* ---- The temporary file ---- */

/* FOLDER/.NAME.XXXXXX.tmp: hidden, and recognisable as belonging to NAME. */
static char *
temp_path_for (const char *target_path)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *folder = g_path_get_dirname (target_path);
  g_autofree char *base = g_path_get_basename (target_path);
  g_autofree char *name = NULL;
  char random[7];
  gsize len = strlen (base);

  if (len > MAX_NAME_BYTES)
    {
      /* Cut before a UTF-8 continuation byte, never in the middle of a character. */
      len = MAX_NAME_BYTES;
      while (len > 0 && ((guchar) base[len] & 0xC0) == 0x80)
        len--;
    }
  for (gsize i = 0; i < sizeof random - 1; i++)
    random[i] = chars[g_random_int_range (0, sizeof chars - 1)];
  random[sizeof random - 1] = '\0';

  name = g_strdup_printf (".%.*s.%s.tmp", (int) len, base, random);
  return g_build_filename (folder, name, NULL);
}

static void
set_create_error (PkcSafeWrite  *write,
                  int            err,
                  GError       **error)
{
  g_autofree char *message = NULL;

  if (write->existed && (err == EACCES || err == EPERM || err == EROFS))
    message = g_strdup_printf (
      /* Translators: %s is a file name */
      _("%s cannot be replaced safely: its folder does not allow new files, and the new "
        "contents are written to a new file beside it first; nothing was written"),
      write->display_name);
  else if (write->existed)
    message = g_strdup_printf (
      /* Translators: the first %s is a file name, the second a system message */
      _("Cannot create a temporary file beside %s: %s"),
      write->display_name, g_strerror (err));
  else
    /* Translators: the first %s is a file name, the second a system message */
    message = g_strdup_printf (_("Cannot create %s: %s"), write->display_name, g_strerror (err));

  set_errno_error (error, err, message);
}

/* Published for the signal handler before it exists, so that no moment is left where a
 * signal could leave it behind. */
static gboolean
create_temp (PkcSafeWrite  *write,
             GError       **error)
{
  /* An old file's mode is set at commit: until then only we can read the partial
   * contents. A new file gets 0666 less the umask (or the folder's default ACL) from the
   * kernel, as any new file. */
  mode_t mode = write->existed ? 0600 : 0666;
  int err = EEXIST;

  write->slot = slot_claim ();
  for (int i = 0; i < MAX_TEMP_TRIES && err == EEXIST; i++)
    {
      g_free (write->temp_path);
      write->temp_path = temp_path_for (write->target_path);
      slot_publish (write->slot, write->temp_path);
      write->fd = open (write->temp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
      if (write->fd >= 0)
        return TRUE;
      err = errno;
      slot_unpublish (write->slot);
    }

  g_clear_pointer (&write->temp_path, g_free);
  set_create_error (write, err, error);
  return FALSE;
}

/* The old file's owner (when we may), then its mode: chown can clear set-id bits. */
static gboolean
apply_old_attributes (PkcSafeWrite  *write,
                      GError       **error)
{
  if (!write->existed)
    return TRUE;

  if (fchown (write->fd, write->old.uid, write->old.gid) != 0 &&
      fchown (write->fd, (uid_t) -1, write->old.gid) != 0)
    g_debug ("%s: the new file keeps the writer as its owner: %s",
             write->display_name, g_strerror (errno));

  if (fchmod (write->fd, write->old.mode) != 0)
    {
      set_write_error (error, errno, write->display_name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sync_and_close_temp (PkcSafeWrite  *write,
                     GError       **error)
{
  int fd = write->fd;
  int status;

  do
    status = fsync (fd);
  while (status != 0 && errno == EINTR);
  if (status != 0)
    {
      set_write_error (error, errno, write->display_name);
      return FALSE;
    }

  /* Not retried on EINTR: on Linux the descriptor is gone either way. Network file
   * systems report a failed write here. */
  write->fd = -1;
  if (close (fd) != 0 && errno != EINTR)
    {
      set_write_error (error, errno, write->display_name);
      return FALSE;
    }
  return TRUE;
}

/* Makes the rename itself durable. Best effort: the new contents are already safe. */
static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

static void
pkc_safe_write_clear (PkcSafeWrite *write)
{
  if (write->fd >= 0)
    close (write->fd);
  write->fd = -1;
  slot_release (write->slot);
  write->slot = -1;
  g_clear_object (&write->stream);
  g_clear_object (&write->file);
  g_clear_pointer (&write->target_path, g_free);
  g_clear_pointer (&write->temp_path, g_free);
  g_clear_pointer (&write->display_name, g_free);
}

/* ---- Public API ---- */

gboolean
pkc_safe_write_begin (PkcSafeWrite  *write,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pkc_safe_write_install_signal_cleanup ();

  *write = (PkcSafeWrite) { .fd = -1, .slot = -1 };
  write->file = g_object_ref (file);
  write->display_name = display_name_of (file);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !resolve_target (write, error) ||
      !inspect_target (write, error) ||
      !create_temp (write, error))
    {
      pkc_safe_write_clear (write);
      return FALSE;
    }

  write->stream = pkc_safe_write_stream_new (write->fd, write->display_name);
  return TRUE;
}

gboolean
pkc_safe_write_commit (PkcSafeWrite  *write,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (write != NULL && write->stream != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_output_stream_close (G_OUTPUT_STREAM (write->stream), cancellable, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !apply_old_attributes (write, error) ||
      !sync_and_close_temp (write, error))
    {
      pkc_safe_write_abandon (write);
      return FALSE;
    }

  if (rename (write->temp_path, write->target_path) != 0)
    {
      int err = errno;
      g_autofree char *message =
        /* Translators: the first %s is a file name, the second a system message */
        g_strdup_printf (_("Cannot replace %s: %s"), write->display_name, g_strerror (err));

      set_errno_error (error, err, message);
      pkc_safe_write_abandon (write);
      return FALSE;
    }

  sync_folder (write->target_path);
  pkc_safe_write_clear (write);
  return TRUE;
}

void
pkc_safe_write_abandon (PkcSafeWrite *write)
{
  g_return_if_fail (write != NULL);

  if (write->stream == NULL)
    return;

  /* A caller may abandon from inside a failed operation on the stream. */
  g_output_stream_clear_pending (G_OUTPUT_STREAM (write->stream));
  g_output_stream_close (G_OUTPUT_STREAM (write->stream), NULL, NULL);
  if (write->temp_path != NULL)
    g_unlink (write->temp_path);
  pkc_safe_write_clear (write);
}
