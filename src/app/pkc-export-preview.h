/* pkc-export-preview.h — the export dialog's thumbnail: the export's layout and painter at
 * the chosen size and colours, scaled down
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pkc-export-scene.h"

G_BEGIN_DECLS

/* @layout laid out at @settings' size (px or pt) with its chart options (title on, as every
 * export), painted in its theme by the one painter and scaled to fit @max_width ×
 * @max_height pixels: the thumbnail keeps the export's aspect ratio. @elapsed_us (may be
 * NULL): how long that took. */
GdkTexture *pkc_export_preview_render (PkcExportLayoutFunc      layout,
                                       gpointer                 user_data,
                                       const PkcExportSettings *settings,
                                       int                      max_width,
                                       int                      max_height,
                                       gint64                  *elapsed_us);

/* A PkcExportLayoutFunc for a dataset's chart: @user_data is a PkcExportPreviewChart. */
typedef struct {
  PkcDataset   *dataset;
  PkcChartKind  kind;
} PkcExportPreviewChart;

PkcScene   *pkc_export_preview_chart_layout (double                 width,
                                             double                 height,
                                             const PkcChartOptions *options,
                                             gpointer               user_data);

G_END_DECLS
