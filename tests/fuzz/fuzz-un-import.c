/* fuzz-un-import.c — libFuzzer target for the UN fatalities CSV importer
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "pkc-loader.h"
#include "pkc-un-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The input's first byte: its low nibble is the length of the mission acronym that follows
 * (0 picks "MINUSMA"), bit 4 picks a display name that is not UTF-8 (file names need not
 * be, and the output quotes it); the rest is the CSV. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *acronym = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GInputStream) csv = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  gsize n = 0;
  gboolean raw_name = FALSE;
  gboolean ok;

  /* As G_DEBUG=fatal-criticals does for the tests: a failed precondition is a bug. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  if (size > 0)
    {
      n = MIN ((gsize) (data[0] & 0x0f), size - 1);
      raw_name = (data[0] & 0x10) != 0;
      acronym = n > 0 ? g_strndup ((const char *) data + 1, n) : g_strdup ("MINUSMA");
      data += 1 + n;
      size -= 1 + n;
    }
  else
    acronym = g_strdup ("MINUSMA");

  name = g_strdup (raw_name ? "fuzz\xff\x01\xef\xbf\xbe<&.csv" : "fuzz.csv");
  csv = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  out = g_memory_output_stream_new_resizable ();

  ok = pkc_un_import (csv, name, acronym, out, &warnings, &error);
  if (ok != (error == NULL) || ok != (warnings != NULL))
    abort ();

  if (!ok)
    {
      /* A failed import writes nothing, and says where (“NAME:LINE: …”) or what. */
      if (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)) != 0)
        abort ();
      if (error->domain != G_IO_ERROR && !g_str_has_prefix (error->message, name) &&
          !g_error_matches (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION))
        abort ();
      return 0;
    }

  /* Warnings name the file, like errors, and come once per kind of repair (five kinds). */
  if (warnings->len > 5)
    abort ();
  for (guint i = 0; i < warnings->len; i++)
    if (!g_str_has_prefix (warnings->pdata[i], name))
      abort ();

  /* Whatever the importer writes, the loader accepts. */
  {
    g_autoptr(GBytes) xml = NULL;
    g_autoptr(GError) load_error = NULL;
    g_autoptr(PkcDataset) dataset = NULL;

    if (!g_output_stream_close (out, NULL, NULL))
      abort ();
    xml = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
    dataset = pkc_loader_load_bytes (xml, "import.xml", &load_error);
    if (dataset == NULL)
      {
        g_printerr ("imported dataset does not load: %s\n%.*s\n", load_error->message,
                    (int) MIN (g_bytes_get_size (xml), 4096),
                    (const char *) g_bytes_get_data (xml, NULL));
        abort ();
      }
  }
  return 0;
}
