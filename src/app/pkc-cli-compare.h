/* pkc-cli-compare.h — the command line's Compare charts (--export=compare, --print-data=compare)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-charts.h"
#include "pkc-export.h"

G_BEGIN_DECLS

/* "compare" (deaths per year of the --missions), "compare-ranking", "compare-world". */
gboolean  pkc_cli_compare_token      (const char        *chart,
                                      PkcCompareView    *view);
/* Fills @compare for @view with the comma-separated @missions (NULL: MINUSMA, MINUSCA and
 * MONUSCO), checked against @data: 2 to 6 known acronyms. */
gboolean  pkc_cli_compare_options    (const PkcCompareData *data,
                                      PkcCompareView     view,
                                      const char        *missions,
                                      PkcCompareOptions *compare,
                                      GStrv             *out_acronyms,
                                      GError           **error);
/* The file for --export=compare…, or NULL with @error set. */
GBytes   *pkc_cli_compare_export     (PkcCompareView           view,
                                      const char              *missions,
                                      const PkcExportSettings *settings,
                                      GError                 **error);
/* The CSV for --print-data=compare…, or NULL with @error set. */
char     *pkc_cli_compare_print_data (PkcCompareView           view,
                                      const char              *missions,
                                      GError                 **error);

G_END_DECLS
