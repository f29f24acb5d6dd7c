/* pkc-report-pdf.h — the multi-page PDF report: cover page, then one page per chart
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "pkc-charts.h"
#include "pkc-dataset.h"

G_BEGIN_DECLS

/* Paints the report onto the PDF @surface, @width × @height pt per page: a cover (title,
 * the dataset summary and the list of sources, continued on further pages only when it
 * cannot fit one at a readable size) and one page per chart, each laid out with
 * @chart_options[kind]. Adds a PDF outline entry per page. */
void pkc_report_pdf_paint (cairo_surface_t       *surface,
                           PkcDataset            *dataset,
                           const PkcChartOptions *chart_options,
                           PkcTheme               theme,
                           double                 width,
                           double                 height);

/* The cover's title ("MINUSMA — Mission name"), also used as the PDF's title. */
char *pkc_report_pdf_title (PkcDataset *dataset);

G_END_DECLS
