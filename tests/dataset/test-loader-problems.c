/* test-loader-problems.c — the problems of a broken file, as the window's dialog reads them
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "dataset-test-util.h"
#include "pkc-loader.h"

static GFile *
write_file (const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("pkc-problems-XXXXXX.xml", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

#define CASUALTY "    <casualty date=\"2020-02-01\" incident=\"accident\" " \
                 "personnel=\"military\" nationality=\"Chad\" source=\"s\"/>\n"

static const char head[] =
  TEST_DATASET_HEAD
  "    <casualty date=\"2020-13-45\" incident=\"accident\" personnel=\"military\" "
  "nationality=\"Chad\" source=\"s\"/>\n"
  /* Seven good records follow the bad one: with only one after it, the loader today
   * reports the well-formedness error alone. */
  CASUALTY CASUALTY CASUALTY CASUALTY CASUALTY CASUALTY CASUALTY;

/* Not well-formed after a value error: libxml2's problem first, its words kept apart. */
static void
test_malformed_first (void)
{
  g_autofree char *xml = g_strconcat (head, "  </casualty-list>\n</peacekeeping-dataset>\n",
                                      NULL);
  g_autoptr(GFile) file = write_file (xml);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const PkcLoadProblem *first, *second;

  g_assert_null (pkc_loader_load_file_problems (file, NULL, &problems, &error));
  g_assert_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_MALFORMED);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 2);
  first = g_ptr_array_index (problems, 0);
  second = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (first->line, ==, 18);
  g_assert_cmpint (first->code, ==, PKC_LOADER_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (first->xml_message, "Opening and ending tag mismatch"));
  g_assert_true (g_str_has_prefix (first->message, "not well-formed XML: "));
  g_assert_true (g_str_has_suffix (first->message, first->xml_message));
  /* The value problem found before it, with no libxml2 words. */
  g_assert_cmpuint (second->line, ==, 10);
  g_assert_cmpint (second->code, ==, PKC_LOADER_ERROR_INVALID);
  g_assert_null (second->xml_message);
  /* The same first problem as the plain loader's error. */
  g_assert_nonnull (g_strrstr (error->message, first->message));

  g_file_delete (file, NULL, NULL);
}

/* A file that loads: a dataset and no problems; one that cannot be read: the I/O error. */
static void
test_no_problems (void)
{
  g_autofree char *xml = g_strconcat (head, "  </casualties>\n</peacekeeping-dataset>\n", NULL);
  g_autoptr(GFile) file = write_file (xml);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/pkc-none.xml");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autofree char *fixed = g_strdup (xml);

  /* The one bad date made good, the file loads. */
  memcpy (strstr (fixed, "2020-13-45"), "2020-12-25", 10);
  g_assert_true (g_file_replace_contents (file, fixed, strlen (fixed), NULL, FALSE, 0, NULL,
                                          NULL, &error));
  g_assert_no_error (error);
  dataset = pkc_loader_load_file_problems (file, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_null (problems);

  g_assert_null (pkc_loader_load_file_problems (missing, NULL, &problems, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (problems);
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader-problems/malformed-first", test_malformed_first);
  g_test_add_func ("/loader-problems/no-problems", test_no_problems);
  return g_test_run ();
}
