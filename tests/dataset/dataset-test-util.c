/* dataset-test-util.c — loading the test datasets and parsing dates, for the dataset tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dataset-test-util.h"

char *
test_data_path (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, "data", relative, NULL);
}

PkcDataset *
test_load_data_file (const char  *relative,
                     GError     **error)
{
  g_autofree char *path = test_data_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pkc_loader_load_file (file, NULL, error);
}

PkcDataset *
test_load_valid_small (void)
{
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset = test_load_data_file ("valid-small.xml", &error);

  g_assert_no_error (error);
  return dataset;
}

PkcDate
test_date (const char *text)
{
  PkcDate date = { 0, };

  g_assert_true (pkc_date_parse (text, &date, NULL));
  return date;
}
