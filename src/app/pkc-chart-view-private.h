/* pkc-chart-view-private.h — state shared by the chart view's drawing and input files
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart-view.h"

G_BEGIN_DECLS

struct _PkcChartView
{
  GtkWidget        parent_instance;

  /* Owned */
  PkcDataset      *dataset;
  PkcScene        *scene;
  GtkWidget       *focus_popover;
  GtkWidget       *focus_label;
  GtkWidget       *tooltip_label;  /* the hover tooltip's text, wrapped */

  PkcChartKind     kind;
  PkcChartOptions  options;
  int              focus_hit;
  gboolean         dragging;
  double           drag_start_x;
  double           drag_x;
  int              laid_out_width;
  int              laid_out_height;
  guint            layout_count;
  guint            describe_id;     /* the idle that describes a chart not on screen yet */
  /* The scene painted once, as an image at the device scale; hover, focus and the drag
   * span are drawn over it. Dropped on relayout and theme or scale change. */
  GskRenderNode   *scene_node;
  PkcTheme         scene_node_theme;
  int              scene_node_scale;
  guint            paint_count;
  /* A layout of its own (the Compare charts) instead of pkc_chart_layout(). */
  PkcChartViewLayoutFunc layout_func;
  gpointer         layout_data;
  GDestroyNotify   layout_destroy;
};

/* Lays the scene out again for the current size, data and options (never inside draw). */
void pkc_chart_view_relayout          (PkcChartView *self);
/* Forgets the painted scene: the next frame paints it again. */
void pkc_chart_view_drop_scene_node   (PkcChartView *self);
void pkc_chart_view_hide_focus_popover (PkcChartView *self);
/* How wide the hover tooltip and the keyboard popover may grow before their text wraps. */
#define PKC_CHART_VIEW_TIP_MAX_CHARS 45

/* The part of hit region @hit a tooltip or the keyboard popover points at: the region
 * clipped to the widget, so the tip is never placed beside a chart it does not belong to
 * (or off screen). FALSE when nothing of it is inside. */
gboolean pkc_chart_view_tip_area      (PkcChartView *self,
                                       int           hit,
                                       GdkRectangle *area);
/* GtkWidget::snapshot: the scene's image (painted again only when dropped) and what is
 * drawn over it. */
void pkc_chart_view_snapshot          (GtkWidget    *widget,
                                       GtkSnapshot  *snapshot);
/* Installs the event controllers and the keyboard-focus popover. */
void pkc_chart_view_input_init        (PkcChartView *self);

/* For tests. Index of the hit region under the pointer or keyboard focus, or -1. */
int   _pkc_chart_view_get_focus_hit    (PkcChartView *self);
/* For tests: how many times the whole scene was painted (hover and focus only draw over it). */
guint _pkc_chart_view_get_paint_count  (PkcChartView *self);
/* For tests: how many times the scene was laid out (hover must not re-lay out). */
guint _pkc_chart_view_get_layout_count (PkcChartView *self);

G_END_DECLS
