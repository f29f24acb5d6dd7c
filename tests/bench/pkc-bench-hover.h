/* pkc-bench-hover.h — what a hover or keyboard-focus change costs the chart view
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

/* Median ms of a hover frame and of the bare-frame reference; FALSE without a display. */
gboolean pkc_bench_hover (PkcDataset *dataset,
                          double     *hover_ms,
                          double     *reference_ms);

G_END_DECLS
