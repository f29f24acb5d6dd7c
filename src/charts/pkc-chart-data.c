/* pkc-chart-data.c — the numbers one chart draws, as the CSV that --print-data prints
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "pkc-casualty-stack.h"
#include "pkc-chart-data.h"
#include "pkc-data-text.h"

char *
pkc_chart_data_to_csv (PkcChartKind            kind,
                       PkcDataset             *dataset,
                       const PkcChartOptions  *options,
                       GError                **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (kind == PKC_CHART_CASUALTIES)
    return pkc_casualties_stack_to_csv (dataset, options);
  if (!pkc_data_text_table (dataset, pkc_chart_kind_to_token (kind), options->interval,
                              out, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
