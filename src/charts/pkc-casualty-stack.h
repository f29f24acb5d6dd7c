/* pkc-casualty-stack.h — what the casualty chart's bars are stacked by: incident type,
 * nationality (top contributors + Other), personnel type or gender
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-casualty-bins.h"
#include "pkc-chart.h"

G_BEGIN_DECLS

/* At most this many segments per bar: the series colours the painter has. */
#define PKC_STACK_MAX 8
/* Nationality: the contributors with the most deaths shown by name, the rest as "Other". */
#define PKC_STACK_TOP_NATIONALITIES 6

typedef struct {
  PkcStackBy    by;
  guint         n;                       /* categories, ≤ PKC_STACK_MAX */
  guint         n_periods;
  char         *labels[PKC_STACK_MAX];   /* localised, owned */
  const char   *tokens[PKC_STACK_MAX];   /* the CSV header's and --hide's names, borrowed:
                                          * "malicious-act", a nationality as the data
                                          * writes it, "other", "women" */
  guint         colour[PKC_STACK_MAX];   /* series colour index */
  guint        *counts;                  /* [p * n + k] */
  const char  **cell_source;             /* [p * n + k]: first record's source refs, borrowed */
  gboolean     *cell_mixed;              /* [p * n + k]: records cite different sources */
  GPtrArray    *sources[PKC_STACK_MAX];  /* distinct source refs per category, borrowed */
} PkcCasualtyStack;

/* The categories and their counts for the periods of @bins, with the same records (range,
 * personnel) as the bins counted. */
PkcCasualtyStack *pkc_casualty_stack_new  (PkcDataset            *dataset,
                                           const PkcCasualtyBins *bins,
                                           const PkcChartOptions *options);
void              pkc_casualty_stack_free (PkcCasualtyStack      *stack);

/* The casualty chart's numbers as CSV: period, total, then one column per category (the
 * incident and personnel tokens, the nationalities as the data writes them and "other",
 * "men", "women", "not-recorded"), for --print-data=casualties --stack-by=… and the window's
 * data table. Categories hidden in options->hidden_series are left out, total included. */
char             *pkc_casualties_stack_to_csv (PkcDataset            *dataset,
                                               const PkcChartOptions *options);

/* "incident type", "nationality", "personnel type", "gender", translated (titles). */
const char       *pkc_stack_by_label      (PkcStackBy             by);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCasualtyStack, pkc_casualty_stack_free)

G_END_DECLS
