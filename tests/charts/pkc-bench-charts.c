/* pkc-bench-charts.c — times layout + paint per chart at 1920×1080; optionally writes PNGs
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: pkc-bench-charts [DATASET.xml] [--png DIR]
 * Without a dataset it reads $PKC_SOURCE_ROOT/data/minusma.xml. With --png it writes each
 * chart in the light, dark and print themes at 1920×1080, 800×500 and 360×640 to DIR instead
 * of timing, so a person can look at them.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <pango/pangocairo.h>

#include "pkc-chart.h"
#include "pkc-loader.h"

#define N_RUNS 20

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
write_pngs (PkcDataset *dataset,
            const char *dir)
{
  static const struct { int w, h; } sizes[] = { { 1920, 1080 }, { 800, 500 }, { 360, 640 } };
  static const char *const themes[] = { "light", "dark", "print" };

  g_mkdir_with_parents (dir, 0755);
  for (guint k = 0; k < PKC_N_CHARTS; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
        {
          PkcChartOptions options;
          g_autoptr(PkcScene) scene = NULL;
          cairo_surface_t *surface;
          cairo_t *cr;
          g_autofree char *name = NULL;
          g_autofree char *path = NULL;

          pkc_chart_options_init (&options);
          options.show_cumulative = g_getenv ("PKC_BENCH_CUMULATIVE") != NULL;
          scene = pkc_chart_layout (k, dataset, sizes[s].w, sizes[s].h, &options);
          surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s].w, sizes[s].h);
          cr = cairo_create (surface);
          pkc_scene_paint (scene, cr, t, -1);
          cairo_destroy (cr);
          name = g_strdup_printf ("%s-%dx%d-%s.png", pkc_chart_kind_to_token (k),
                                  sizes[s].w, sizes[s].h, themes[t]);
          path = g_build_filename (dir, name, NULL);
          cairo_surface_write_to_png (surface, path);
          cairo_surface_destroy (surface);
          g_print ("%s\n  %s\n", path, pkc_scene_get_description (scene));
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *default_path = NULL;
  const char *path = NULL, *png_dir = NULL;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--png") && i + 1 < argc)
        png_dir = argv[++i];
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      const char *root = g_getenv ("PKC_SOURCE_ROOT");

      default_path = g_build_filename (root ? root : ".", "data", "minusma.xml", NULL);
      path = default_path;
    }

  file = g_file_new_for_commandline_arg (path);
  dataset = pkc_loader_load_file (file, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  double reference_ms;

  if (png_dir != NULL)
    {
      write_pngs (dataset, png_dir);
      return EXIT_SUCCESS;
    }

  /* The reference, measured in the same run: the least any frame costs — filling the
   * 1920×1080 surface and setting one line of text with pango. Charts are quoted as a
   * multiple of it, which stays comparable across machines. */
  {
    double ref_ms[N_RUNS];
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);

    for (guint r = 0; r < N_RUNS; r++)
      {
        gint64 t0 = g_get_monotonic_time ();
        cairo_t *cr = cairo_create (surface);
        PangoLayout *layout = pango_cairo_create_layout (cr);

        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_paint (cr);
        pango_layout_set_text (layout, "MINUSMA peacekeeper deaths by incident type", -1);
        cairo_set_source_rgb (cr, 0, 0, 0);
        pango_cairo_show_layout (cr, layout);
        g_object_unref (layout);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        ref_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      }
    cairo_surface_destroy (surface);
    qsort (ref_ms, N_RUNS, sizeof (double), compare_doubles);
    reference_ms = (ref_ms[N_RUNS / 2 - 1] + ref_ms[N_RUNS / 2]) / 2;
    g_print ("reference  1920x1080  fill + one text line median %6.2f ms  (%d runs)\n",
             reference_ms, N_RUNS);
  }

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      double layout_ms[N_RUNS], paint_ms[N_RUNS], layout_median, paint_median;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
      PkcChartOptions options;

      pkc_chart_options_init (&options);
      for (guint r = 0; r < N_RUNS; r++)
        {
          gint64 t0 = g_get_monotonic_time (), t1, t2;
          g_autoptr(PkcScene) scene = pkc_chart_layout (k, dataset, 1920, 1080, &options);
          cairo_t *cr;

          t1 = g_get_monotonic_time ();
          cr = cairo_create (surface);
          pkc_scene_paint (scene, cr, PKC_THEME_LIGHT, -1);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          t2 = g_get_monotonic_time ();
          layout_ms[r] = (t1 - t0) / 1000.0;
          paint_ms[r] = (t2 - t1) / 1000.0;
        }
      cairo_surface_destroy (surface);
      qsort (layout_ms, N_RUNS, sizeof (double), compare_doubles);
      qsort (paint_ms, N_RUNS, sizeof (double), compare_doubles);
      layout_median = (layout_ms[N_RUNS / 2 - 1] + layout_ms[N_RUNS / 2]) / 2;
      paint_median = (paint_ms[N_RUNS / 2 - 1] + paint_ms[N_RUNS / 2]) / 2;
      g_print ("%-10s 1920x1080  layout median %6.2f ms  paint median %6.2f ms  "
               "layout + paint = %.1f x reference  (%d runs)\n",
               pkc_chart_kind_to_token (k), layout_median, paint_median,
               (layout_median + paint_median) / reference_ms, N_RUNS);
    }
  return EXIT_SUCCESS;
}
