/* pkc-copy-data.h — Copy Data's clipboard content: the chart's CSV, and the same table as
 * tab-separated text for pasting into a spreadsheet
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The rows of @csv (the header first) as tab-separated lines, each ending in "\n"; a tab or
 * line break inside a field becomes a space. @n_rows (may be NULL): the rows below the
 * header. NULL with @error set when @csv cannot be read. */
char               *pkc_copy_data_csv_to_tsv     (const char  *csv,
                                                  guint       *n_rows,
                                                  GError     **error);
/* Clipboard content offering @csv as text/csv and @tsv as plain text (text/plain and
 * UTF8_STRING: what a spreadsheet or a text editor pastes). */
GdkContentProvider *pkc_copy_data_provider_new   (const char  *csv,
                                                  const char  *tsv);

G_END_DECLS
