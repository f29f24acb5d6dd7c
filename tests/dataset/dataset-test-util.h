/* dataset-test-util.h — loading the test datasets and parsing dates, for the dataset tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-loader.h"
#include "pkc-test-data.h"

G_BEGIN_DECLS

/* A dataset file up to its open <casualties> list: mission X, source "s"; the casualties
 * and the closing tags are the test's. */
#define TEST_DATASET_HEAD                                                          \
  "<?xml version=\"1.0\"?>\n"                                                      \
  "<peacekeeping-dataset format=\"1\">\n"                                          \
  "  <mission acronym=\"X\" start=\"2020-01-01\" source=\"s\">\n"                 \
  "    <name xml:lang=\"en\">X</name>\n"                                            \
  "  </mission>\n"                                                                 \
  "  <sources>\n"                                                                  \
  "    <source id=\"s\" publisher=\"P\"><title>T</title></source>\n"               \
  "  </sources>\n"                                                                 \
  "  <casualties>\n"

/* tests/data/@relative (newly allocated). */
char       *test_data_path        (const char  *relative);
/* tests/data/@relative through the loader. */
PkcDataset *test_load_data_file   (const char  *relative,
                                   GError     **error);
/* tests/data/valid-small.xml (fails the test when it cannot be read). */
PkcDataset *test_load_valid_small (void);
/* One line of an RFC 4180 CSV file without embedded newlines, split into its fields. */
GStrv       test_split_csv_line   (const char  *line);
/* The rows of data/un/un-peacekeeping-fatalities.csv whose mission_acronym is @acronym, in
 * any case, each split into its 12 trimmed fields (a GPtrArray of GStrv, in file order). */
GPtrArray  *test_un_rows          (const char  *acronym);
/* @text as a date (fails the test when it is not one). */
PkcDate     test_date             (const char  *text);

G_END_DECLS
