/* pkc-window-data.h — the window's data table and Copy Data: the numbers of the chart shown
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-data-table.h"
#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.data-table (Ctrl+T) and win.copy-data (Shift+Ctrl+C) to @self. Called once from
 * pkc_window_init(). */
void          pkc_window_data_init       (PkcWindow  *self);
/* The CSV of what the visible chart draws (its options as on screen), the same text as
 * --print-data; NULL with @error set when there is nothing to tabulate. */
char         *pkc_window_data_csv        (PkcWindow  *self,
                                          char      **title,
                                          char      **file_name,
                                          GError    **error);
/* Opens the data table of the visible chart; NULL (and a toast) when there is none. */
PkcDataTable *pkc_window_show_data_table (PkcWindow  *self);

G_END_DECLS
