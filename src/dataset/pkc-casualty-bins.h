/* pkc-casualty-bins.h — casualties binned once per (interval, personnel, range), cached
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-series.h"

G_BEGIN_DECLS

/* What the casualties chart needs from the records, so a resize never reads them again. */
typedef struct {
  PkcCasualtySeries *series;
  /* Per (period, incident) cell, [p * PKC_N_INCIDENTS + t]: the source references of its
   * first record (borrowed from the dataset) and whether its records cite different ones. */
  const char       **cell_source;
  gboolean          *cell_mixed;
  /* Per incident type: each distinct source-reference string its records cite, borrowed,
   * in the order the records first cite them. */
  GPtrArray         *sources[PKC_N_INCIDENTS];
} PkcCasualtyBins;

/* The bins of @dataset for these options, from the dataset's cache or binned now (one pass
 * over the records). Thread-safe; release with pkc_casualty_bins_unref(). The dataset must
 * outlive the bins. */
PkcCasualtyBins *pkc_casualty_bins_get   (PkcDataset    *dataset,
                                          PkcInterval    interval,
                                          guint          personnel_mask,
                                          const PkcDate *from,
                                          const PkcDate *to);
void             pkc_casualty_bins_unref (PkcCasualtyBins *bins);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCasualtyBins, pkc_casualty_bins_unref)

G_END_DECLS
