/* pkc-copy-data.c — Copy Data's clipboard content: CSV, and TSV as plain text
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-copy-data"

#include "config.h"

#include <string.h>

#include "pkc-common.h"
#include "pkc-copy-data.h"

char *
pkc_copy_data_csv_to_tsv (const char  *csv,
                          guint       *n_rows,
                          GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(PkcCsvReader) reader = NULL;
  g_autoptr(GString) tsv = g_string_new (NULL);
  GError *local_error = NULL;
  char **fields;
  guint n_fields, rows = 0;

  g_return_val_if_fail (csv != NULL, NULL);

  stream = g_memory_input_stream_new_from_data (csv, strlen (csv), NULL);
  reader = pkc_csv_reader_new (stream, "CSV");
  while (pkc_csv_reader_next (reader, &fields, &n_fields, NULL, &local_error))
    {
      /* The CSV ends with a line break: no empty last row. */
      for (guint i = 0; i < n_fields; i++)
        {
          if (i > 0)
            g_string_append_c (tsv, '\t');
          g_strdelimit (fields[i], "\t\r\n", ' ');
          g_string_append (tsv, fields[i]);
        }
      g_string_append_c (tsv, '\n');
      rows++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (n_rows != NULL)
    *n_rows = rows > 0 ? rows - 1 : 0;
  return g_string_free (g_steal_pointer (&tsv), FALSE);
}

GdkContentProvider *
pkc_copy_data_provider_new (const char *csv,
                            const char *tsv)
{
  g_autoptr(GBytes) csv_bytes = NULL;
  GdkContentProvider *providers[2];
  GValue value = G_VALUE_INIT;

  g_return_val_if_fail (csv != NULL && tsv != NULL, NULL);

  csv_bytes = g_bytes_new (csv, strlen (csv));
  providers[0] = gdk_content_provider_new_for_bytes ("text/csv", csv_bytes);
  /* A string: GTK offers it as text/plain;charset=utf-8, text/plain and UTF8_STRING. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, tsv);
  providers[1] = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}
