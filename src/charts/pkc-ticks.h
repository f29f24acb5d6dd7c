/* pkc-ticks.h — "nice" axis ticks
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ticks for an axis showing [@min, @max] with at most @max_ticks ticks (≥ 2).
 *
 * The step is 1, 2 or 5 × 10ⁿ, the smallest such that the ticks first, first + step, …,
 * first + (n − 1) × step cover [min, max] (first ≤ min, last ≥ max) in at most @max_ticks
 * ticks. A degenerate range (min == max) is widened to [min, min + 1] (or [min − 1, min]
 * for a zero-width range at a positive value, keeping zero-based axes at zero).
 *
 * Worked examples (max_ticks = 8):
 *   0 … 311   → step 50,  first 0,  n 8  (0, 50, …, 350)
 *   0 … 14    → step 2,   first 0,  n 8  (0, 2, …, 14)
 *   0 … 12947 → step 2000, first 0, n 8  (0, 2000, …, 14000)
 *   3 … 7     → step 1,   first 3,  n 5
 *   0 … 0     → step 0.2, first 0,  n 6  (0 … 1)
 *
 * Returns FALSE (and leaves the outputs untouched) for non-finite input, max < min or
 * max_ticks < 2. Pure. */
gboolean pkc_nice_ticks (double  min,
                         double  max,
                         guint   max_ticks,
                         double *step,
                         double *first,
                         guint  *n);

G_END_DECLS
