/* test-safe-write.c — replacing user files: never in place, never a stray temporary file
 *
 * Every case ends by listing the folder: the expected files and nothing else. Failures
 * that need another user (read-only folder as root), a file size limit or a signal run in
 * a forked child, which reports through its exit status and leaves with _exit().
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pkc-common.h"
#include "pkc-test-util.h"

/* The user and group of "nobody", for the permission cases when the tests run as root. */
#define NOBODY 65534

/* Exit statuses of the children beyond their own checks. */
enum { CHILD_OK = 0, CHILD_CANNOT_DROP = 90, CHILD_CANNOT_REACH = 91 };

typedef int (*ChildFunc) (gconstpointer data);

/* ---- Helpers ---- */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pkc-safe-write-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
path_in (const char *dir,
         const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = path_in (path, name);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

static void
write_file (const char *path,
            const char *contents,
            int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static GStatBuf
stat_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st;
}

static void
assert_symlink (const char *path,
                const char *target)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  value = g_file_read_link (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, target);
}

static gboolean
write_text (PkcSafeWrite  *write,
            const char    *text,
            GError       **error)
{
  return g_output_stream_write_all (G_OUTPUT_STREAM (write->stream), text, strlen (text), NULL,
                                    NULL, error);
}

/* Begins, writes @text and commits: the whole write a caller does. */
static void
replace_with (const char *path,
              const char *text)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PkcSafeWrite write = { 0 };

  g_assert_true (pkc_safe_write_begin (&write, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (write_text (&write, text, &error));
  g_assert_no_error (error);
  g_assert_true (pkc_safe_write_commit (&write, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (write.stream);
}

/* Begins a write of @path that must be refused with @code and a message naming the file. */
static void
assert_refused (const char *path,
                gint        code,
                const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  PkcSafeWrite write = { 0 };

  g_assert_false (pkc_safe_write_begin (&write, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, reason));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (write.stream);
  g_assert_null (write.file);
}

static gboolean
drop_privileges (void)
{
  return setgroups (0, NULL) == 0 && setgid (NOBODY) == 0 && setuid (NOBODY) == 0;
}

/* Runs @func in a forked child, as "nobody" when @as_nobody and we are root; returns the
 * wait status. */
static int
run_child (ChildFunc     func,
           gconstpointer data,
           gboolean      as_nobody)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (as_nobody && geteuid () == 0 && !drop_privileges ())
        _exit (CHILD_CANNOT_DROP);
      _exit (func (data));
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

/* A child's exit status: CHILD_OK, or the test is skipped when the folder is out of reach
 * of "nobody", or fails with the child's code. */
static gboolean
child_passed (int status)
{
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == CHILD_CANNOT_REACH)
    {
      g_test_skip ("the temporary folder is out of reach of user nobody");
      return FALSE;
    }
  g_assert_cmpint (WEXITSTATUS (status), ==, CHILD_OK);
  return TRUE;
}

/* As root, a folder "nobody" can reach; as anyone else, nothing to do. */
static void
open_to_nobody (const char *dir)
{
  if (geteuid () == 0)
    g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
}

/* ---- Cases ---- */

static void
test_new_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  mode_t mask = umask (0);

  umask (mask);
  replace_with (path, "new contents");
  assert_contents (path, "new contents");
  g_assert_cmpint (stat_of (path).st_mode & 07777, ==, 0666 & ~mask);
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

static void
test_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRegex) temp_name = g_regex_new ("^\\.chart\\.png\\.[A-Za-z0-9]{6}\\.tmp$", 0, 0,
                                             NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = NULL;
  PkcSafeWrite write = { 0 };
  GStatBuf before;
  const char *name;
  guint n_temp = 0;

  write_file (path, "old contents", 0640);
  before = stat_of (path);

  g_assert_true (pkc_safe_write_begin (&write, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (write.existed);
  g_assert_true (write_text (&write, "new contents", &error));

  /* Meanwhile: the old file untouched, a hidden temporary file only we can read. */
  assert_contents (path, "old contents");
  handle = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_regex_match (temp_name, name, 0, NULL))
      {
        g_autofree char *temp = path_in (dir, name);

        g_assert_cmpint (stat_of (temp).st_mode & 07777, ==, 0600);
        n_temp++;
      }
    else
      g_assert_cmpstr (name, ==, "chart.png");
  g_assert_cmpuint (n_temp, ==, 1);

  g_assert_true (pkc_safe_write_commit (&write, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "new contents");
  /* A new file renamed over the old one, with the old one's mode. */
  g_assert_cmpuint (stat_of (path).st_ino, !=, before.st_ino);
  g_assert_cmpint (stat_of (path).st_mode & 07777, ==, 0640);
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

static void
test_owner_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");

  if (geteuid () != 0)
    {
      g_test_skip ("only root can give a file to another user");
      remove_tree (dir);
      return;
    }
  write_file (path, "old contents", 0644);
  g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
  replace_with (path, "new contents");
  assert_contents (path, "new contents");
  g_assert_cmpuint (stat_of (path).st_uid, ==, NOBODY);
  g_assert_cmpuint (stat_of (path).st_gid, ==, NOBODY);
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = path_in (dir, "target.png");
  g_autofree char *link = path_in (dir, "link.png");

  GStatBuf before;

  write_file (target, "old contents", 0604);
  before = stat_of (target);
  g_assert_cmpint (symlink ("target.png", link), ==, 0);
  replace_with (link, "new contents");
  assert_symlink (link, "target.png");
  assert_contents (target, "new contents");
  /* Replaced by a rename, not written in place through the link. */
  g_assert_cmpuint (stat_of (target).st_ino, !=, before.st_ino);
  g_assert_cmpint (stat_of (target).st_mode & 07777, ==, 0604);
  pkc_test_assert_listing (dir, "link.png target.png");
  remove_tree (dir);
}

static void
test_symlink_chain (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = path_in (dir, "sub");
  g_autofree char *target = path_in (sub, "target.png");
  g_autofree char *first = path_in (dir, "first.png");
  g_autofree char *second = path_in (dir, "second.png");
  g_autofree char *third = path_in (sub, "third.png");
  GStatBuf before;

  /* first → second (relative) → sub/third (absolute) → target (relative to sub). */
  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  write_file (target, "old contents", 0644);
  before = stat_of (target);
  g_assert_cmpint (symlink ("target.png", third), ==, 0);
  g_assert_cmpint (symlink (third, second), ==, 0);
  g_assert_cmpint (symlink ("second.png", first), ==, 0);
  replace_with (first, "new contents");
  assert_symlink (first, "second.png");
  assert_symlink (second, third);
  assert_symlink (third, "target.png");
  assert_contents (target, "new contents");
  g_assert_cmpuint (stat_of (target).st_ino, !=, before.st_ino);
  pkc_test_assert_listing (dir, "first.png second.png sub");
  pkc_test_assert_listing (sub, "target.png third.png");
  remove_tree (dir);
}

/* A dangling link is followed: the file it names is created and the link now leads there. */
static void
test_dangling_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *link = path_in (dir, "link.png");
  g_autofree char *target = path_in (dir, "target.png");

  g_assert_cmpint (symlink ("target.png", link), ==, 0);
  replace_with (link, "new contents");
  assert_symlink (link, "target.png");
  assert_contents (target, "new contents");
  pkc_test_assert_listing (dir, "link.png target.png");
  remove_tree (dir);
}

static void
test_symlink_loop (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = path_in (dir, "a.png");
  g_autofree char *b = path_in (dir, "b.png");

  g_assert_cmpint (symlink ("b.png", a), ==, 0);
  g_assert_cmpint (symlink ("a.png", b), ==, 0);
  assert_refused (a, G_IO_ERROR_TOO_MANY_LINKS, "symbolic link");
  assert_symlink (a, "b.png");
  assert_symlink (b, "a.png");
  pkc_test_assert_listing (dir, "a.png b.png");
  remove_tree (dir);
}

/* Refused, directly and through a symbolic link: the other name keeps its contents. */
static void
test_hard_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  g_autofree char *other = path_in (dir, "other.png");
  g_autofree char *through = path_in (dir, "link.png");

  write_file (path, "old contents", 0644);
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_cmpint (symlink ("other.png", through), ==, 0);

  assert_refused (path, G_IO_ERROR_NOT_SUPPORTED, "has other hard links");
  assert_refused (through, G_IO_ERROR_NOT_SUPPORTED, "choose another name");
  assert_contents (path, "old contents");
  assert_contents (other, "old contents");
  g_assert_cmpuint (stat_of (path).st_nlink, ==, 2);
  pkc_test_assert_listing (dir, "chart.png link.png other.png");
  remove_tree (dir);
}

static void
test_folder_target (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = path_in (dir, "chart.png");

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  assert_refused (sub, G_IO_ERROR_IS_DIRECTORY, "is a folder");
  pkc_test_assert_listing (dir, "chart.png");
  pkc_test_assert_listing (sub, "");
  remove_tree (dir);
}

/* In the child: @data is a file in a folder "nobody" cannot write to. */
static int
child_read_only_folder (gconstpointer data)
{
  const char *path = data;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *beside = path_in (folder, "new.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (beside);
  g_autoptr(GError) error = NULL;
  PkcSafeWrite write = { 0 };

  if (access (folder, X_OK) != 0)
    return CHILD_CANNOT_REACH;
  /* The case itself: a writable file in a folder that allows no new file. */
  if (access (path, W_OK) != 0 || access (folder, W_OK) == 0)
    return 2;
  if (pkc_safe_write_begin (&write, file, NULL, &error))
    {
      pkc_safe_write_abandon (&write);
      return 3;
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      strstr (error->message, "chart.png cannot be replaced safely") == NULL ||
      strstr (error->message, "does not allow new files") == NULL)
    return 4;
  g_clear_error (&error);

  /* And a new file there is refused as it always was. */
  if (pkc_safe_write_begin (&write, new_file, NULL, &error))
    {
      pkc_safe_write_abandon (&write);
      return 5;
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      strstr (error->message, "Cannot create new.png") == NULL)
    return 6;
  return CHILD_OK;
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = path_in (dir, "read-only");
  g_autofree char *path = path_in (folder, "chart.png");
  int status;

  open_to_nobody (dir);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  write_file (path, "old contents", 0666);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  status = run_child (child_read_only_folder, path, TRUE);
  assert_contents (path, "old contents");
  pkc_test_assert_listing (folder, "chart.png");
  pkc_test_assert_listing (dir, "read-only");
  child_passed (status);
  remove_tree (dir);
}

/* In the child: @data is a read-only file in a folder anyone can write to. */
static int
child_read_only_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PkcSafeWrite write = { 0 };

  if (access (folder, X_OK) != 0)
    return CHILD_CANNOT_REACH;
  if (pkc_safe_write_begin (&write, file, NULL, &error))
    {
      pkc_safe_write_abandon (&write);
      return 2;
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      strstr (error->message, "chart.png is read-only") == NULL)
    return 3;
  return CHILD_OK;
}

/* The folder would allow the rename, but a read-only file is not replaced behind its back. */
static void
test_read_only_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = path_in (dir, "open");
  g_autofree char *path = path_in (folder, "chart.png");
  int status;

  open_to_nobody (dir);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0777), ==, 0);
  write_file (path, "old contents", 0444);

  status = run_child (child_read_only_file, path, TRUE);
  assert_contents (path, "old contents");
  pkc_test_assert_listing (folder, "chart.png");
  child_passed (status);
  remove_tree (dir);
}

/* In the child: files may not grow past 64 bytes, so writing more fails with EFBIG. */
static int
child_disk_full (gconstpointer data)
{
  struct rlimit limit = { .rlim_cur = 64, .rlim_max = 64 };
  g_autoptr(GFile) file = g_file_new_for_path (data);
  g_autoptr(GError) error = NULL;
  PkcSafeWrite write = { 0 };
  char big[4096];

  memset (big, 'x', sizeof big);
  signal (SIGXFSZ, SIG_IGN);
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    return 2;
  if (!pkc_safe_write_begin (&write, file, NULL, &error))
    return 3;
  if (g_output_stream_write_all (G_OUTPUT_STREAM (write.stream), big, sizeof big, NULL, NULL,
                                 &error))
    {
      pkc_safe_write_abandon (&write);
      return 4;
    }
  pkc_safe_write_abandon (&write);
  if (error == NULL || error->domain != G_IO_ERROR ||
      strstr (error->message, "Cannot write chart.png: ") == NULL)
    return 5;
  return CHILD_OK;
}

static void
test_disk_full (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  g_autofree char *old = g_strnfill (1000, 'o');

  write_file (path, old, 0644);
  g_assert_true (child_passed (run_child (child_disk_full, path, FALSE)));
  assert_contents (path, old);
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

static void
test_abandon (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  g_autofree char *new_path = path_in (dir, "new.png");
  const char *paths[] = { path, new_path };

  write_file (path, "old contents", 0644);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      PkcSafeWrite write = { 0 };

      g_assert_true (pkc_safe_write_begin (&write, file, NULL, &error));
      g_assert_cmpint (write.existed, ==, i == 0);
      g_assert_true (write_text (&write, "new contents", &error));
      g_assert_no_error (error);
      pkc_safe_write_abandon (&write);
      g_assert_null (write.stream);
      /* Twice is harmless. */
      pkc_safe_write_abandon (&write);
    }
  assert_contents (path, "old contents");
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

/* A commit that is cancelled (the export was stopped) keeps the old file. */
static void
test_cancelled_commit (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PkcSafeWrite write = { 0 };

  write_file (path, "old contents", 0644);
  g_assert_true (pkc_safe_write_begin (&write, file, cancellable, &error));
  g_assert_true (write_text (&write, "new contents", &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (pkc_safe_write_commit (&write, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (write.stream);
  assert_contents (path, "old contents");
  pkc_test_assert_listing (dir, "chart.png");
  remove_tree (dir);
}

/* A name near NAME_MAX still gets a temporary file: its name is shortened. */
static void
test_long_name (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *stem = g_strnfill (120, 'a');
  /* 120 + 60 × 2 bytes + ".png": 244 bytes, cut inside an "é" by a naive cut at 200. */
  g_autoptr(GString) name = g_string_new (stem);
  g_autofree char *path = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (name, "é");
  g_string_append (name, ".png");
  path = path_in (dir, name->str);

  write_file (path, "old contents", 0644);
  replace_with (path, "new contents");
  assert_contents (path, "new contents");
  pkc_test_assert_listing (dir, name->str);
  remove_tree (dir);
}

typedef struct {
  const char *path;
  int         signum;
} SignalCase;

/* In the child: dies of the signal in the middle of a write. */
static int
child_signal (gconstpointer data)
{
  const SignalCase *c = data;
  g_autoptr(GFile) file = g_file_new_for_path (c->path);
  PkcSafeWrite write = { 0 };

  if (!pkc_safe_write_begin (&write, file, NULL, NULL))
    return 2;
  if (!write_text (&write, "the first half of the new", NULL))
    return 3;
  raise (c->signum);
  pkc_safe_write_abandon (&write);
  return 4;
}

static void
test_signal (void)
{
  static const int signals[] = { SIGTERM, SIGINT };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = path_in (dir, "chart.png");

  write_file (path, "old contents", 0644);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      SignalCase c = { path, signals[i] };
      struct sigaction current;
      int status;

      /* Ignored here (a background job), the signal would not stop the write at all. */
      g_assert_cmpint (sigaction (signals[i], NULL, &current), ==, 0);
      if (current.sa_handler == SIG_IGN)
        {
          g_test_message ("signal %d is ignored: not tried", signals[i]);
          continue;
        }
      status = run_child (child_signal, &c, FALSE);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, signals[i]);
      assert_contents (path, "old contents");
      pkc_test_assert_listing (dir, "chart.png");
    }
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-write/new-file", test_new_file);
  g_test_add_func ("/safe-write/replace", test_replace);
  g_test_add_func ("/safe-write/owner-kept", test_owner_kept);
  g_test_add_func ("/safe-write/symlink", test_symlink);
  g_test_add_func ("/safe-write/symlink-chain", test_symlink_chain);
  g_test_add_func ("/safe-write/dangling-symlink", test_dangling_symlink);
  g_test_add_func ("/safe-write/symlink-loop", test_symlink_loop);
  g_test_add_func ("/safe-write/hard-link", test_hard_link);
  g_test_add_func ("/safe-write/folder-target", test_folder_target);
  g_test_add_func ("/safe-write/read-only-folder", test_read_only_folder);
  g_test_add_func ("/safe-write/read-only-file", test_read_only_file);
  g_test_add_func ("/safe-write/disk-full", test_disk_full);
  g_test_add_func ("/safe-write/abandon", test_abandon);
  g_test_add_func ("/safe-write/cancelled-commit", test_cancelled_commit);
  g_test_add_func ("/safe-write/long-name", test_long_name);
  g_test_add_func ("/safe-write/signal", test_signal);

  return g_test_run ();
}
