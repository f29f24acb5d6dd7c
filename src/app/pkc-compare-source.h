/* pkc-compare-source.h — fills the Compare charts' data from the UN's open data
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pkc-catalogue.h"
#include "pkc-charts.h"

G_BEGIN_DECLS

/* Reads the UN fatalities CSV (deaths per mission, year and incident type) and the world
 * force-size CSV (year-end totals), then adds each curated dataset's own uniformed strength
 * where it has sourced observations. Errors name the file and line. */
PkcCompareData *pkc_compare_source_load         (GInputStream  *fatalities,
                                                 GInputStream  *force_size,
                                                 GError       **error);
/* Names each mission in the UI language from @catalogue and marks the political missions
 * and offices as outside the whole force. */
void            pkc_compare_source_apply_catalogue (PkcCompareData *data,
                                                    PkcCatalogue   *catalogue);
/* Whether @fatalities reads as pkc_compare_source_load() reads it (an import checks). */
gboolean        pkc_compare_source_check_fatalities (GBytes      *fatalities,
                                                     GError     **error);
/* The same from the app's catalogue's fatalities CSV (an imported one, or the copy compiled
 * in) and the force-size copy compiled in, with the app's catalogue applied. */
PkcCompareData *pkc_compare_source_load_default (GError       **error);
/* Adds @dataset's uniformed strength per year to its mission in @data: the mean of the
 * year's observations whose scope is "uniformed" with a total and a confidence other than
 * low. Years without one stay unknown; a dataset without any adds nothing. */
void            pkc_compare_source_add_strength (PkcCompareData *data,
                                                 PkcDataset     *dataset);

G_END_DECLS
