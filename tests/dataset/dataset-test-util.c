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

/* Splits one CSV record (no embedded newlines in this file) honouring quotes. */
GStrv
test_split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0' && *p != '\r' && *p != '\n'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
        }
      else
        g_string_append_c (field, *p);
    }
  g_strv_builder_add (fields, field->str);
  return g_strv_builder_end (fields);
}

GPtrArray *
test_un_rows (const char *acronym)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                                            "un-peacekeeping-fatalities.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  /* The file is part of the repository: its absence is a failure, not a skip. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      GStrv fields;

      if (lines[i][0] == '\0')
        continue;
      fields = test_split_csv_line (lines[i]);
      g_assert_cmpuint (g_strv_length (fields), ==, 12);
      for (guint k = 0; fields[k] != NULL; k++)
        g_strstrip (fields[k]);
      if (g_ascii_strcasecmp (fields[3], acronym) == 0)
        g_ptr_array_add (rows, fields);
      else
        g_strfreev (fields);
    }
  return rows;
}
