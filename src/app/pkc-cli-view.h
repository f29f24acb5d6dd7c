/* pkc-cli-view.h — the casualty chart's view from the command line: interval, stacking,
 * personnel, hidden series, date range and cumulative line, as the window sets them
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-charts.h"

G_BEGIN_DECLS

typedef struct {
  const char *interval;     /* --interval= or NULL */
  const char *stack_by;     /* --stack-by= */
  const char *personnel;    /* --personnel= */
  const char *hide;         /* --hide= */
  const char *from;         /* --from= */
  const char *to;           /* --to= */
  gboolean    cumulative;   /* --cumulative */
} PkcCliView;

/* The interval when --interval is not given: the window's (the casualty-interval key). */
#define PKC_CLI_DEFAULT_INTERVAL PKC_INTERVAL_QUARTER

/* Sets @chart from @view, all but the hidden series. Returns 0, or the exit status after
 * printing one line: 1 for an unknown interval or stacking (as before), 2 for a bad
 * --personnel, --from or --to. */
int  pkc_cli_view_read (const PkcCliView *view,
                        PkcChartOptions  *chart);
/* Sets chart->hidden_series from --hide for @dataset's categories. 0, or 2 after printing
 * one line. */
int  pkc_cli_view_hide (const PkcCliView *view,
                        PkcDataset       *dataset,
                        PkcChartOptions  *chart);

G_END_DECLS
