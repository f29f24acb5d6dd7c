/* pkc-compare-page.h — the Compare page: missions ranked, side by side, and the whole force
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pkc-chart-view.h"
#include "pkc-charts.h"
#include "pkc-export.h"

G_BEGIN_DECLS

#define PKC_TYPE_COMPARE_PAGE (pkc_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (PkcComparePage, pkc_compare_page, PKC, COMPARE_PAGE, GtkBox)

GtkWidget      *pkc_compare_page_new             (void);
PkcChartView   *pkc_compare_page_get_chart_view  (PkcComparePage     *self);

/* The chart on screen laid out at another size (print), or as a file (export, copy). */
PkcScene       *pkc_compare_page_layout          (PkcComparePage        *self,
                                                  double                 width,
                                                  double                 height,
                                                  const PkcChartOptions *options);
GBytes         *pkc_compare_page_export          (PkcComparePage          *self,
                                                  const PkcExportSettings *settings,
                                                  GError                 **error);
/* "compare-ranking.png", "compare-minusma-minusca-monusco.pdf". */
char           *pkc_compare_page_suggest_name    (PkcComparePage     *self,
                                                  PkcExportFormat     format);
/* "Compare — Missions ranked by deaths" (print job, PDF and SVG titles). */
char           *pkc_compare_page_get_title       (PkcComparePage     *self);
/* Reads the Compare data again (after an import replaced the UN data). */
void            pkc_compare_page_reload          (PkcComparePage     *self);
/* The numbers the chart on screen draws, as --print-data=compare prints them; NULL when
 * the Compare data could not be read. */
char           *pkc_compare_page_to_csv          (PkcComparePage     *self);

G_END_DECLS
