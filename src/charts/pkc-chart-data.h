/* pkc-chart-data.h — the numbers one chart draws, as the CSV that --print-data prints
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"

G_BEGIN_DECLS

/* CSV with a header line of what @kind draws for @dataset with @options: the casualty
 * chart's interval, personnel filter, zoom, stacking and hidden legend entries applied
 * (the same code as --print-data=casualties --stack-by=…); the strength and bases charts'
 * tables as --print-data prints them. NULL with @error set for an unknown @kind. */
char *pkc_chart_data_to_csv (PkcChartKind            kind,
                             PkcDataset             *dataset,
                             const PkcChartOptions  *options,
                             GError                **error);

G_END_DECLS
