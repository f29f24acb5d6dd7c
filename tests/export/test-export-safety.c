/* test-export-safety.c — --export from the command line through symbolic and hard links
 *
 * The real executable, headless: an export through a symbolic link replaces the file the
 * link names and keeps the link; a file with other hard links is refused, untouched. The
 * folder holds nothing else afterwards.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pkc-test-util.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pkc-export-safety-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_through_symlink (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", link);
  g_autofree char *value = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "previous", -1, NULL));
  g_assert_cmpint (symlink ("chart.png", link), ==, 0);

  pkc_test_run_cli (&result, "--export=casualties", output, NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  value = g_file_read_link (link, NULL);
  g_assert_cmpstr (value, ==, "chart.png");
  g_assert_true (g_file_get_contents (link, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  pkc_test_assert_listing (dir, "chart.png link.png");
  remove_dir (dir);
}

static void
test_hard_link_refused (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *other = g_build_filename (dir, "other.png", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", path);

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_assert_cmpint (link (path, other), ==, 0);

  pkc_test_run_cli (&result, "--export=casualties", output, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "has other hard links"));
  /* One line. */
  g_assert_true (g_str_has_suffix (result.err, "\n"));
  g_assert_true (strchr (result.err, '\n') == result.err + strlen (result.err) - 1);
  pkc_test_assert_file_contents (path, "previous");
  pkc_test_assert_file_contents (other, "previous");
  pkc_test_assert_listing (dir, "chart.png other.png");
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-safety/through-symlink", test_through_symlink);
  g_test_add_func ("/export-safety/hard-link-refused", test_hard_link_refused);

  return g_test_run ();
}
