/* pkc-test-data.c — the datasets the project ships, read through the loader, for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-test-data.h"

PkcDataset *
pkc_test_load_shipped (const char *name)
{
  const char *root = g_getenv ("PKC_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset;

  if (root == NULL)
    g_error ("PKC_SOURCE_ROOT is not set: run the tests with meson test");
  path = g_build_filename (root, "data", name, NULL);
  file = g_file_new_for_path (path);
  dataset = pkc_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

GPtrArray *
pkc_test_shipped_casualty_ids (const char *name)
{
  const char *root = g_getenv ("PKC_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("<casualty\\s[^>]*\\bid=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  if (root == NULL)
    g_error ("PKC_SOURCE_ROOT is not set: run the tests with meson test");
  path = g_build_filename (root, "data", name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    g_ptr_array_add (ids, g_match_info_fetch (match, 1));
  return ids;
}

PkcDataset *
pkc_test_load_minusma (void)
{
  return pkc_test_load_shipped ("minusma.xml");
}

PkcDataset *
pkc_test_load_monusco (void)
{
  return pkc_test_load_shipped ("monusco.xml");
}
