/* pkc-bench-hover.c — what a hover or keyboard-focus change costs the chart view
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart view fills a 1920×1080 window; each run moves the highlight to another hit
 * region and times the CPU work of the frame that follows: the view's snapshot, then every
 * cairo node in it rasterised at its own size, as GTK's GL renderer does before uploading it
 * (a texture node costs nothing more once uploaded: the renderer keeps it). The reference in
 * the same run is what every hover cost before the view kept its scene: the whole scene
 * painted with cairo at 1920×1080.
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "pkc-bench-hover.h"
#include "pkc-bench-util.h"
#include "pkc-chart-view-private.h"

#define HOVER_RUNS 21

/* Rasterises the cairo nodes of @node's tree as the GL renderer would. */
static void
rasterise_cairo_nodes (GskRenderNode *node)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        rasterise_cairo_nodes (gsk_container_node_get_child (node, i));
      break;
    case GSK_TRANSFORM_NODE:
      rasterise_cairo_nodes (gsk_transform_node_get_child (node));
      break;
    case GSK_CAIRO_NODE:
      {
        graphene_rect_t bounds;
        cairo_surface_t *surface;
        cairo_t *cr;

        gsk_render_node_get_bounds (node, &bounds);
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceilf (bounds.size.width),
                                              (int) ceilf (bounds.size.height));
        cr = cairo_create (surface);
        cairo_translate (cr, -bounds.origin.x, -bounds.origin.y);
        gsk_render_node_draw (node, cr);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        cairo_surface_destroy (surface);
      }
      break;
    default:
      break;
    }
}

static double
hover_frame_ms (GtkWidget *view)
{
  gint64 t0 = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  double ms;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    rasterise_cairo_nodes (node);
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_clear_pointer (&node, gsk_render_node_unref);
  return ms;
}

static double
whole_scene_ms (const PkcScene *scene,
                cairo_t        *cr,
                int             focus_hit)
{
  gint64 t0 = g_get_monotonic_time ();

  pkc_scene_paint (scene, cr, PKC_THEME_LIGHT, focus_hit);
  cairo_surface_flush (cairo_get_target (cr));
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static gboolean
wait_for_scene (GtkWidget *view)
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
  const PkcScene *scene;
  cairo_surface_t *surface;
  cairo_t *cr;
  double hover[HOVER_RUNS], whole[HOVER_RUNS];
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
  if (!wait_for_scene (view))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }

  scene = pkc_chart_view_get_scene (PKC_CHART_VIEW (view));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (view),
                                        gtk_widget_get_height (view));
  cr = cairo_create (surface);
  n_hits = pkc_scene_get_n_hits (scene);
  /* The view has been drawn once before the pointer moves, as on screen. */
  hover_frame_ms (view);
  for (guint r = 0; r < HOVER_RUNS; r++)
    {
      int hit = n_hits > 0 ? (int) (r % n_hits) : -1;

      /* What the motion controller does on hover, without the popover. */
      PKC_CHART_VIEW (view)->focus_hit = hit;
      hover[r] = hover_frame_ms (view);
      whole[r] = whole_scene_ms (scene, cr, hit);
    }
  *hover_ms = pkc_bench_median (hover, HOVER_RUNS);
  *reference_ms = pkc_bench_median (whole, HOVER_RUNS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}
