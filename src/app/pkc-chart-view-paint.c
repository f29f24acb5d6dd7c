/* pkc-chart-view-paint.c — the chart view's snapshot: the scene painted once as an image,
 * the highlight of the focused hit region and the span being dragged drawn over it
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-chart-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "pkc-chart-view-private.h"

static PkcTheme
current_theme (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
           ? PKC_THEME_DARK : PKC_THEME_LIGHT;
}

/* The scene without any highlight, as an image at the device scale. */
static GskRenderNode *
paint_scene_node (PkcChartView *self,
                  int           width,
                  int           height,
                  int           scale,
                  PkcTheme      theme)
{
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  pkc_scene_paint (self->scene, cr, theme, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  self->paint_count++;

  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT; the texture keeps the surface's pixels. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
pkc_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PkcChartView *self = PKC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  PkcTheme theme = current_theme ();

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;

  if (self->scene_node != NULL &&
      (self->scene_node_theme != theme || self->scene_node_scale != scale))
    pkc_chart_view_drop_scene_node (self);
  if (self->scene_node == NULL)
    {
      self->scene_node = paint_scene_node (self, width, height, scale, theme);
      self->scene_node_theme = theme;
      self->scene_node_scale = scale;
    }
  gtk_snapshot_append_node (snapshot, self->scene_node);

  if (self->focus_hit >= 0 && (guint) self->focus_hit < pkc_scene_get_n_hits (self->scene))
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (self->scene, self->focus_hit);
      /* The ring's stroke reaches a few pixels outside the region. */
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (floor (hit->x) - 4, floor (hit->y) - 4,
                                                   ceil (hit->width) + 8,
                                                   ceil (hit->height) + 8);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      pkc_scene_paint_focus (self->scene, cr, theme, self->focus_hit);
      cairo_destroy (cr);
    }

  /* The span being dragged, over the scene: no layout until the drag ends. */
  if (self->dragging)
    {
      double px, py, pw, ph;

      if (pkc_scene_get_plot_area (self->scene, &px, &py, &pw, &ph))
        {
          double xa = CLAMP (MIN (self->drag_start_x, self->drag_x), px, px + pw);
          double xb = CLAMP (MAX (self->drag_start_x, self->drag_x), px, px + pw);
          GdkRGBA fill = { 0.21, 0.52, 0.89, 0.18 };
          GdkRGBA edge = { 0.21, 0.52, 0.89, 0.9 };

          gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (xa, py, xb - xa, ph));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (xa, py, 1, ph));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (xb - 1, py, 1, ph));
        }
    }
}

