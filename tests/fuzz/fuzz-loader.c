/* fuzz-loader.c — libFuzzer target for the dataset loader, its reports and chart layouts
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "pkc-dataset-private.h"
#include "pkc-loader.h"
#include "pkc-data-text.h"
#ifdef PKC_FUZZ_WITH_CHARTS
#include "pkc-chart.h"
#endif

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Every message must read "NAME:LINE:COLUMN: …" with LINE and COLUMN ≥ 1. */
static void
check_message (const char *message)
{
  const char *p;
  char *end;
  unsigned long line, column;

  if (!g_str_has_prefix (message, "fuzz.xml:"))
    abort ();
  p = message + strlen ("fuzz.xml:");
  line = strtoul (p, &end, 10);
  if (end == p || *end != ':' || line == 0)
    abort ();
  p = end + 1;
  column = strtoul (p, &end, 10);
  if (end == p || *end != ':' || column == 0)
    abort ();
}

static gboolean
names_its_encoding (const uint8_t *data,
                    size_t         size)
{
  g_autofree char *head = g_strndup ((const char *) data, MIN (size, 256));

  if (size >= 2 && ((data[0] == 0xFE && data[1] == 0xFF) || (data[0] == 0xFF && data[1] == 0xFE)))
    return TRUE;
  if (size >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)
    return TRUE;
  return strstr (head, "encoding") != NULL;
}

static void
exercise (PkcDataset *dataset)
{
  static const char * const charts[] = { "casualties", "strength", "bases" };
  g_autofree char *summary = pkc_data_text_summary (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      for (PkcInterval interval = PKC_INTERVAL_MONTH; interval <= PKC_INTERVAL_YEAR; interval++)
        {
          g_autoptr(GString) out = g_string_new (NULL);
          g_autoptr(GError) error = NULL;

          if (!pkc_data_text_table (dataset, charts[i], interval, out, &error))
            abort ();
          if (i != 0)
            break;
        }
    }

#ifdef PKC_FUZZ_WITH_CHARTS
  {
    PkcChartOptions options;

    pkc_chart_options_init (&options);
    for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (kind, dataset, 800, 500, &options);

        if (scene == NULL)
          abort ();
        (void) pkc_scene_get_description (scene);
      }
  }
#endif
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) all_error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(PkcDataset) again = NULL;

  /* As G_DEBUG=fatal-criticals does for the tests: a failed precondition is a bug. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  dataset = pkc_loader_load_bytes (bytes, "fuzz.xml", &error);
  again = _pkc_loader_load_bytes_all_errors (bytes, "fuzz.xml", &messages, &all_error);

  /* Both entry points agree, and the first collected problem is the error. */
  if ((dataset == NULL) != (again == NULL) || (dataset == NULL) != (error != NULL))
    abort ();
  if (error != NULL)
    {
      if (error->domain != PKC_LOADER_ERROR || all_error == NULL ||
          messages == NULL || messages->len == 0 ||
          strcmp (error->message, all_error->message) != 0 ||
          strcmp (error->message, g_ptr_array_index (messages, 0)) != 0)
        abort ();
      for (guint i = 0; i < messages->len; i++)
        check_message (g_ptr_array_index (messages, i));
      return 0;
    }
  if (messages == NULL || messages->len != 0)
    abort ();
  /* A dataset is UTF-8 text unless it says otherwise: with a UTF-16 or UCS-4 byte order
   * mark, or an encoding in its XML declaration. */
  if (!g_utf8_validate_len ((const char *) data, size, NULL) && !names_its_encoding (data, size))
    abort ();

  exercise (dataset);
  return 0;
}
