/* pkc-scene-time.c — from positions on a time chart back to dates (zooming)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-layout-private.h"

void
pkc_scene_set_time_axis (PkcScene         *scene,
                         const PkcBox     *plot,
                         const PkcTimeMap *map)
{
  g_return_if_fail (scene != NULL && plot != NULL && map != NULL);

  scene->has_time_axis = TRUE;
  scene->plot = *plot;
  scene->time_x0 = map->x0;
  scene->time_x1 = map->x1;
  scene->time_j0 = map->j0;
  scene->time_j1 = map->j1;
  scene->n_periods = map->n_periods;
  g_clear_pointer (&scene->period_julian, g_free);
  if (map->n_periods > 0)
    scene->period_julian = g_memdup2 (map->period_julian,
                                      sizeof (guint32) * (map->n_periods + 1));
}

gboolean
pkc_scene_get_plot_area (const PkcScene *scene,
                         double         *x,
                         double         *y,
                         double         *width,
                         double         *height)
{
  g_return_val_if_fail (scene != NULL, FALSE);

  if (!scene->has_time_axis)
    return FALSE;

  *x = scene->plot.x;
  *y = scene->plot.y;
  *width = scene->plot.width;
  *height = scene->plot.height;
  return TRUE;
}

gboolean
pkc_scene_span_to_range (const PkcScene *scene,
                         double          xa,
                         double          xb,
                         PkcDate        *from,
                         PkcDate        *to)
{
  double x0, x1, lo, hi;

  g_return_val_if_fail (scene != NULL && from != NULL && to != NULL, FALSE);

  if (!scene->has_time_axis || scene->time_x1 <= scene->time_x0)
    return FALSE;

  x0 = scene->time_x0;
  x1 = scene->time_x1;
  lo = CLAMP (MIN (xa, xb), x0, x1);
  hi = CLAMP (MAX (xa, xb), x0, x1);
  if (hi <= lo)
    return FALSE;

  if (scene->n_periods > 0)
    {
      /* Whole periods: a bar half-covered by the drag is in. */
      double unit = (x1 - x0) / scene->n_periods;
      guint first = MIN ((guint) ((lo - x0) / unit), scene->n_periods - 1);
      guint last = MIN ((guint) ((hi - x0) / unit), scene->n_periods - 1);

      if (hi - x0 == last * unit && last > first)
        last--;   /* ended exactly on a boundary: the next period is not in */
      *from = pkc_date_from_julian (scene->period_julian[first]);
      *to = pkc_date_from_julian (scene->period_julian[last + 1] - 1);
    }
  else
    {
      double span = (double) scene->time_j1 - scene->time_j0;

      *from = pkc_date_from_julian (scene->time_j0 + (guint32) ((lo - x0) / (x1 - x0) * span));
      *to = pkc_date_from_julian (scene->time_j0 + (guint32) ((hi - x0) / (x1 - x0) * span));
    }

  return TRUE;
}
