/* pkc-bench-hover.c — what a hover or keyboard-focus change costs the chart view
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart view in a 1920×1080 window; each run moves the highlight to another hit region
 * and times what a frame then costs: the view's snapshot plus drawing the resulting render
 * nodes into a 1920×1080 image, the way GTK's cairo renderer does. The reference in the same
 * run is the least a frame costs: one colour node of the same size drawn the same way.
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-bench-hover.h"
#include "pkc-bench-util.h"
#include "pkc-chart-view-private.h"

#define HOVER_RUNS 21

static double
draw_ms (GskRenderNode *node,
         cairo_t       *cr)
{
  gint64 t0 = g_get_monotonic_time ();

  gsk_render_node_draw (node, cr);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static double
hover_frame_ms (GtkWidget *view,
                cairo_t   *cr)
{
  gint64 t0 = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  double ms;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  gsk_render_node_draw (node, cr);
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  gsk_render_node_unref (node);
  return ms;
}

static gboolean
wait_for_size (GtkWidget *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline &&
         (gtk_widget_get_width (view) < 1000 ||
          pkc_chart_view_get_scene (PKC_CHART_VIEW (view)) == NULL))
    g_main_context_iteration (NULL, FALSE);
  return pkc_chart_view_get_scene (PKC_CHART_VIEW (view)) != NULL;
}

gboolean
pkc_bench_hover (PkcDataset *dataset,
                 double     *hover_ms,
                 double     *reference_ms)
{
  static gboolean initialised = FALSE;
  GtkWidget *window, *view;
  cairo_surface_t *surface;
  cairo_t *cr;
  GskRenderNode *floor_node;
  double hover[HOVER_RUNS], floor[HOVER_RUNS];
  guint n_hits;

  if (!initialised && !gtk_init_check ())
    return FALSE;
  if (!initialised)
    adw_init ();
  initialised = TRUE;

  window = gtk_window_new ();
  view = pkc_chart_view_new (PKC_CHART_CASUALTIES);
  pkc_chart_view_set_dataset (PKC_CHART_VIEW (view), dataset);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_size (view))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (view),
                                        gtk_widget_get_height (view));
  cr = cairo_create (surface);
  floor_node = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 },
                                   &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view),
                                                        gtk_widget_get_height (view)));
  n_hits = pkc_scene_get_n_hits (pkc_chart_view_get_scene (PKC_CHART_VIEW (view)));
  /* One frame first, as on screen: the view has been drawn before the pointer moves. */
  hover_frame_ms (view, cr);
  for (guint r = 0; r < HOVER_RUNS; r++)
    {
      /* What the motion controller does on hover, without the popover. */
      PKC_CHART_VIEW (view)->focus_hit = n_hits > 0 ? (int) (r % n_hits) : -1;
      hover[r] = hover_frame_ms (view, cr);
      floor[r] = draw_ms (floor_node, cr);
    }
  *hover_ms = pkc_bench_median (hover, HOVER_RUNS);
  *reference_ms = pkc_bench_median (floor, HOVER_RUNS);

  gsk_render_node_unref (floor_node);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}
