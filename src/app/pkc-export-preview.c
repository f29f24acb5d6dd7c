/* pkc-export-preview.c — the export dialog's thumbnail, drawn as the export draws
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-export-preview"

#include "config.h"

#include <math.h>

#include "pkc-export-preview.h"

PkcScene *
pkc_export_preview_chart_layout (double                 width,
                                 double                 height,
                                 const PkcChartOptions *options,
                                 gpointer               user_data)
{
  PkcExportPreviewChart *chart = user_data;

  return pkc_chart_layout (chart->kind, chart->dataset, width, height, options);
}

static void
free_surface (gpointer surface)
{
  cairo_surface_destroy (surface);
}

GdkTexture *
pkc_export_preview_render (PkcExportLayoutFunc      layout,
                           gpointer                 user_data,
                           const PkcExportSettings *settings,
                           int                      max_width,
                           int                      max_height,
                           gint64                  *elapsed_us)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PkcChartOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale;
  int w, h;

  g_return_val_if_fail (layout != NULL && settings != NULL, NULL);
  g_return_val_if_fail (max_width > 0 && max_height > 0, NULL);

  /* As pkc_export_chart() and pkc_export_layout() lay out: the export's size, title on. */
  pkc_export_settings_get_size (settings, &width, &height);
  width = MAX (width, PKC_EXPORT_MIN_SIDE);
  height = MAX (height, PKC_EXPORT_MIN_SIDE);
  options = settings->chart;
  options.show_title = TRUE;
  scene = layout (width, height, &options, user_data);

  scale = MIN (max_width / width, max_height / height);
  w = MAX (1, (int) round (width * scale));
  h = MAX (1, (int) round (height * scale));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  cairo_scale (cr, w / width, h / height);
  pkc_scene_paint (scene, cr, settings->theme, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* cairo's ARGB32 is GDK's default memory format: no copy. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * h,
                                      free_surface, surface);
  if (elapsed_us != NULL)
    *elapsed_us = g_get_monotonic_time () - start;
  return gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}
