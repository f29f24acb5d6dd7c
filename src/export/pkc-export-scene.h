/* pkc-export-scene.h — any laid-out scene (such as a Compare chart) to PNG, PDF or SVG
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-export.h"

G_BEGIN_DECLS

/* Lays out a chart at @width × @height with @options (show_title is on). */
typedef PkcScene *(*PkcExportLayoutFunc) (double                 width,
                                          double                 height,
                                          const PkcChartOptions *options,
                                          gpointer               user_data);

/* One chart as a complete file in memory, as pkc_export_chart() does for a dataset's chart:
 * @layout draws it at the settings' size; @title goes into the PDF's and the SVG's title,
 * @subject into the PDF's subject and keywords. */
GBytes *pkc_export_layout (PkcExportLayoutFunc      layout,
                           gpointer                 user_data,
                           const char              *title,
                           const char              *subject,
                           const PkcExportSettings *settings,
                           GError                 **error);

G_END_DECLS
