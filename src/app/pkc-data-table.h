/* pkc-data-table.h — a window listing the numbers a chart draws, with Copy and Save as CSV
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PKC_TYPE_DATA_TABLE (pkc_data_table_get_type ())
G_DECLARE_FINAL_TYPE (PkcDataTable, pkc_data_table, PKC, DATA_TABLE, AdwWindow)

/* @csv: a header line, then one line per row (what pkc_chart_data_to_csv() and
 * pkc_compare_to_csv() return). @file_name: what Save offers, e.g. "minusma-casualties.csv".
 * NULL with @error set when @csv cannot be read. Actions: table.copy, table.save. */
PkcDataTable  *pkc_data_table_new             (const char    *title,
                                               const char    *csv,
                                               const char    *file_name,
                                               GError       **error);

G_END_DECLS
