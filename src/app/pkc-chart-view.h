/* pkc-chart-view.h — a widget that shows one chart scene and lets the user explore it
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pkc-charts.h"

G_BEGIN_DECLS

#define PKC_TYPE_CHART_VIEW (pkc_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (PkcChartView, pkc_chart_view, PKC, CHART_VIEW, GtkWidget)

GtkWidget    *pkc_chart_view_new             (PkcChartKind  kind);
PkcChartKind  pkc_chart_view_get_kind        (PkcChartView *self);
void          pkc_chart_view_set_kind        (PkcChartView *self,
                                              PkcChartKind  kind);
PkcDataset   *pkc_chart_view_get_dataset     (PkcChartView *self);
void          pkc_chart_view_set_dataset     (PkcChartView *self,
                                              PkcDataset   *dataset);
void          pkc_chart_view_set_interval    (PkcChartView *self,
                                              PkcInterval   interval);
void          pkc_chart_view_set_show_cumulative (PkcChartView *self,
                                                  gboolean      show);
void          pkc_chart_view_set_personnel_mask (PkcChartView *self,
                                                 guint         mask);
/* What the casualty chart's bars are stacked by (legend switches are reset). */
void          pkc_chart_view_set_stack_by    (PkcChartView *self,
                                              PkcStackBy    by);
/* Zoom the time axis to @from…@to (both NULL: the whole range). */
void          pkc_chart_view_set_range       (PkcChartView  *self,
                                              const PkcDate *from,
                                              const PkcDate *to);
gboolean      pkc_chart_view_get_zoomed      (PkcChartView *self);
/* Switches legend entries off (bit per legend index), as clicks on the legend do. */
void          pkc_chart_view_set_hidden_series (PkcChartView *self,
                                                guint         hidden);
const PkcChartOptions *pkc_chart_view_get_options (PkcChartView *self);
/* The scene on screen (NULL before the first allocation); for tests and exports. */
const PkcScene *pkc_chart_view_get_scene     (PkcChartView *self);
/* Lays out @width × @height with @options, for charts that are not a dataset's. */
typedef PkcScene *(*PkcChartViewLayoutFunc) (double                 width,
                                             double                 height,
                                             const PkcChartOptions *options,
                                             gpointer               user_data);

/* Shows what @func lays out instead of the dataset's chart (NULL: back to the dataset).
 * Call pkc_chart_view_queue_relayout() when what @func draws changes. */
void          pkc_chart_view_set_layout_func (PkcChartView          *self,
                                              PkcChartViewLayoutFunc func,
                                              gpointer               user_data,
                                              GDestroyNotify         destroy);
/* Lays the scene out again (the data behind a layout func changed); legend switches are
 * cleared when @reset_hidden. */
void          pkc_chart_view_queue_relayout  (PkcChartView          *self,
                                              gboolean               reset_hidden);

G_END_DECLS
