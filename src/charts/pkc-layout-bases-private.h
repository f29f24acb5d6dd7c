/* pkc-layout-bases-private.h — what the base-closures layout files share
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-layout-private.h"

G_BEGIN_DECLS

/* "8. Name — Region · Contingent, Contingent", or "8. Name" when @brief. */
char *pkc_bases_row_label   (PkcDataset    *dataset,
                             const PkcBase *b,
                             gboolean       brief);
/* That label as lines of at most @width px in @size px type, at most @max_lines of them:
 * whole, or base and region over the contingents, or shorter (see the .c file). */
GPtrArray *pkc_bases_row_lines (PkcDataset    *dataset,
                                const PkcBase *b,
                                gboolean       brief,
                                double         size,
                                double         width,
                                guint          max_lines);
/* A short date beside a marker ("31 Oct"), the full date when not dated to the day. */
char *pkc_bases_short_date  (const PkcDate *d);
/* The line under the chart: closure-date sources, disputes, the map outline's source. */
char *pkc_bases_source_line (PkcDataset    *dataset,
                             GPtrArray     *ids,
                             guint          n_disputed);

G_END_DECLS
