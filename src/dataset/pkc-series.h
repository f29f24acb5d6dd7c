/* pkc-series.h — the aggregations the charts plot and --print-data prints
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

gboolean    pkc_interval_from_token (const char  *token,
                                     PkcInterval *out);

/* Casualties binned per period; every period between the first and the last is present,
 * zeros included. Periods start on the first day of a month, quarter or year. */
typedef struct {
  PkcInterval interval;
  guint       n_periods;
  PkcDate    *period_start;                 /* [n_periods] */
  guint     (*counts)[PKC_N_INCIDENTS];     /* [n_periods][PKC_N_INCIDENTS] */
  guint      *totals;                       /* [n_periods] */
  guint       grand_total;
} PkcCasualtySeries;

/* @personnel_mask: bit (1 << PkcPersonnel) set for the types to count; use
 * PKC_PERSONNEL_ALL for all. @from/@to (nullable) clip the range (inclusive). When the dataset
 * has no casualties the series has n_periods == 0. */
#define PKC_PERSONNEL_ALL ((1u << PKC_N_PERSONNEL) - 1)

PkcCasualtySeries *pkc_casualty_series_new  (PkcDataset    *dataset,
                                             PkcInterval    interval,
                                             guint          personnel_mask,
                                             const PkcDate *from,
                                             const PkcDate *to);
void               pkc_casualty_series_free (PkcCasualtySeries *series);
/* The period of @series that @date falls in, or -1 outside them. */
int                pkc_casualty_series_period_of (const PkcCasualtySeries *series,
                                                  const PkcDate           *date);
/* "2014", "2014-Q3" or "2014-07". */
char              *pkc_period_label_iso     (PkcInterval    interval,
                                             const PkcDate *period_start);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCasualtySeries, pkc_casualty_series_free)

G_END_DECLS
