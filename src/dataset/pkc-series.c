/* pkc-series.c — casualties binned per month, quarter or year
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-series.h"
#include "pkc-dataset-private.h"

static const char * const interval_tokens[] = {
  "month",
  "quarter",
  "year",
};

const char *
_pkc_interval_to_token (PkcInterval interval)
{
  g_return_val_if_fail ((guint) interval < G_N_ELEMENTS (interval_tokens), NULL);
  return interval_tokens[interval];
}

gboolean
pkc_interval_from_token (const char  *token,
                         PkcInterval *out)
{
  if (token == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (interval_tokens); i++)
    {
      if (strcmp (interval_tokens[i], token) == 0)
        {
          if (out != NULL)
            *out = (PkcInterval) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* A running period number: periods since year 0, so consecutive periods differ by one. */
static int
period_index (PkcInterval    interval,
              const PkcDate *date)
{
  switch (interval)
    {
    case PKC_INTERVAL_YEAR:
      return date->year;
    case PKC_INTERVAL_QUARTER:
      return date->year * 4 + (int) pkc_date_quarter (date) - 1;
    case PKC_INTERVAL_MONTH:
    default:
      return date->year * 12 + MAX (date->month, 1) - 1;
    }
}

static PkcDate
period_start_from_index (PkcInterval interval,
                         int         index)
{
  PkcDate date = { 0, };

  date.day = 1;
  switch (interval)
    {
    case PKC_INTERVAL_YEAR:
      date.year = (guint16) index;
      date.month = 1;
      date.precision = PKC_DATE_PRECISION_YEAR;
      break;
    case PKC_INTERVAL_QUARTER:
      date.year = (guint16) (index / 4);
      date.month = (guint8) ((index % 4) * 3 + 1);
      date.precision = PKC_DATE_PRECISION_MONTH;
      break;
    case PKC_INTERVAL_MONTH:
    default:
      date.year = (guint16) (index / 12);
      date.month = (guint8) (index % 12 + 1);
      date.precision = PKC_DATE_PRECISION_MONTH;
      break;
    }
  return date;
}

static gboolean
in_clip (const PkcDate *date,
         const PkcDate *from,
         const PkcDate *to)
{
  if (from != NULL && pkc_date_is_set (from) && pkc_date_compare (date, from) < 0)
    return FALSE;
  if (to != NULL && pkc_date_is_set (to) && pkc_date_compare (date, to) > 0)
    return FALSE;
  return TRUE;
}

/* The range is set by every casualty inside the clip, whatever the personnel mask, so
 * toggling personnel types keeps the same periods (zeros included) on the axis. */
PkcCasualtySeries *
pkc_casualty_series_new (PkcDataset    *dataset,
                         PkcInterval    interval,
                         guint          personnel_mask,
                         const PkcDate *from,
                         const PkcDate *to)
{
  guint n_casualties;
  PkcCasualtySeries *series;
  int first = G_MAXINT, last = G_MININT;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail ((guint) interval <= PKC_INTERVAL_YEAR, NULL);

  series = g_new0 (PkcCasualtySeries, 1);
  series->interval = interval;

  n_casualties = pkc_dataset_get_n_casualties (dataset);
  for (guint i = 0; i < n_casualties; i++)
    {
      PkcDate date = pkc_casualty_record_get_date (pkc_dataset_get_casualty (dataset, i));
      int index;

      if (!in_clip (&date, from, to))
        continue;
      index = period_index (interval, &date);
      first = MIN (first, index);
      last = MAX (last, index);
    }

  if (first > last)
    return series;

  series->n_periods = (guint) (last - first + 1);
  series->period_start = g_new0 (PkcDate, series->n_periods);
  series->counts = g_malloc0_n (series->n_periods, sizeof *series->counts);
  series->totals = g_new0 (guint, series->n_periods);

  for (guint p = 0; p < series->n_periods; p++)
    series->period_start[p] = period_start_from_index (interval, first + (int) p);

  for (guint i = 0; i < n_casualties; i++)
    {
      const PkcCasualtyRecord *casualty = pkc_dataset_get_casualty (dataset, i);
      PkcDate date = pkc_casualty_record_get_date (casualty);
      guint p;

      if (!in_clip (&date, from, to))
        continue;
      if ((guint) casualty->personnel >= PKC_N_PERSONNEL ||
          (personnel_mask & (1u << casualty->personnel)) == 0)
        continue;
      if ((guint) casualty->incident >= PKC_N_INCIDENTS)
        continue;

      p = (guint) (period_index (interval, &date) - first);
      series->counts[p][casualty->incident]++;
      series->totals[p]++;
      series->grand_total++;
    }

  return series;
}

int
pkc_casualty_series_period_of (const PkcCasualtySeries *series,
                               const PkcDate           *date)
{
  int p;

  g_return_val_if_fail (series != NULL && date != NULL, -1);
  if (series->n_periods == 0)
    return -1;
  p = period_index (series->interval, date) -
      period_index (series->interval, &series->period_start[0]);
  return p >= 0 && (guint) p < series->n_periods ? p : -1;
}

void
pkc_casualty_series_free (PkcCasualtySeries *series)
{
  if (series == NULL)
    return;
  g_free (series->period_start);
  g_free (series->counts);
  g_free (series->totals);
  g_free (series);
}

char *
pkc_period_label_iso (PkcInterval    interval,
                      const PkcDate *period_start)
{
  g_return_val_if_fail (period_start != NULL, NULL);

  switch (interval)
    {
    case PKC_INTERVAL_YEAR:
      return g_strdup_printf ("%04u", (guint) period_start->year);
    case PKC_INTERVAL_QUARTER:
      return g_strdup_printf ("%04u-Q%u", (guint) period_start->year,
                              pkc_date_quarter (period_start));
    case PKC_INTERVAL_MONTH:
    default:
      return g_strdup_printf ("%04u-%02u", (guint) period_start->year,
                              (guint) MAX (period_start->month, 1));
    }
}
