/* pkc-bench-hover.h — what a hover or keyboard-focus change costs the chart view
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

/* Median CPU ms of the frame after a hover change and of painting the whole scene (what a
 * hover cost before the view kept its scene); FALSE without a display. */
gboolean pkc_bench_hover (PkcDataset *dataset,
                          double     *hover_ms,
                          double     *reference_ms);

G_END_DECLS
