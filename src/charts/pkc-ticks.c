/* pkc-ticks.c — "nice" axis ticks
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "pkc-ticks.h"

gboolean
pkc_nice_ticks (double  min,
                double  max,
                guint   max_ticks,
                double *step,
                double *first,
                guint  *n)
{
  static const double mantissas[] = { 1, 2, 5 };
  double span, magnitude;

  if (!isfinite (min) || !isfinite (max) || max < min || max_ticks < 2)
    return FALSE;

  if (max == min)
    {
      if (min > 0)
        min -= 1;
      else
        max += 1;
    }

  span = max - min;
  /* Start one decade below the crude step so the loop finds the smallest nice one. */
  magnitude = pow (10, floor (log10 (span / (max_ticks - 1))) - 1);

  for (guint decade = 0; decade < 4; decade++, magnitude *= 10)
    for (guint m = 0; m < G_N_ELEMENTS (mantissas); m++)
      {
        double s = mantissas[m] * magnitude;
        /* A small tolerance so 0 … 350 with step 50 does not round to 8 intervals. */
        double lo = floor (min / s + 1e-9) * s;
        double hi = ceil (max / s - 1e-9) * s;
        double count = round ((hi - lo) / s) + 1;

        if (count <= max_ticks)
          {
            *step = s;
            *first = lo;
            *n = (guint) count;
            return TRUE;
          }
      }

  g_return_val_if_reached (FALSE);
}
