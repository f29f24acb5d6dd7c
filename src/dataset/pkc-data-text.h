/* pkc-data-text.h — the dataset as plain text for the command line (--check, --print-data)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-series.h"

G_BEGIN_DECLS

/* A few lines: mission acronym and name, records per section, date range of the data. */
char     *pkc_data_text_summary (PkcDataset  *dataset);

/* CSV (RFC 4180 quoting, "\n" line ends) of exactly the numbers @chart plots, header row
 * first. @chart is "casualties", "strength" or "bases"; @interval only matters for
 * casualties. An unknown chart is a G_IO_ERROR_INVALID_ARGUMENT. */
gboolean  pkc_data_text_table   (PkcDataset  *dataset,
                                 const char  *chart,
                                 PkcInterval  interval,
                                 GString     *out,
                                 GError     **error);

G_END_DECLS
