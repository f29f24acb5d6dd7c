/* test-charts-print-hatch.c — in the print theme (greyscale) no two series look alike: each
 * pair differs in grey level or in hatch pattern, in the palette and in the painted pixels
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart-test-data.h"
#include "pkc-palette.h"
#include "pkc-scene-private.h"

/* Grey levels closer than this need different patterns to be told apart on paper. */
#define MIN_GREY_STEP 0.2
#define SWATCH 40

static double
lightness (PkcColor c)
{
  return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue;
}

/* Every pair of the eight series paints: the palette's descriptors. */
static void
test_descriptors (void)
{
  for (guint i = 0; i < PKC_N_SERIES_COLORS; i++)
    for (guint j = i + 1; j < PKC_N_SERIES_COLORS; j++)
      {
        PkcPaint a = pkc_paint (PKC_ROLE_SERIES, i), b = pkc_paint (PKC_ROLE_SERIES, j);
        PkcColor ca = pkc_palette_color (PKC_THEME_PRINT, a);
        PkcColor cb = pkc_palette_color (PKC_THEME_PRINT, b);

        /* greys only: a black-and-white printer loses nothing */
        g_assert_cmpfloat (ca.red, ==, ca.green);
        g_assert_cmpfloat (ca.green, ==, ca.blue);
        if (pkc_palette_hatch (PKC_THEME_PRINT, a) == pkc_palette_hatch (PKC_THEME_PRINT, b) &&
            fabs (lightness (ca) - lightness (cb)) < MIN_GREY_STEP)
          g_error ("series %u and %u: same pattern, greys %.2f and %.2f", i, j,
                   lightness (ca), lightness (cb));
      }
  /* the screen themes stay plain */
  for (guint i = 0; i < PKC_N_SERIES_COLORS; i++)
    {
      g_assert_cmpint (pkc_palette_hatch (PKC_THEME_LIGHT, pkc_paint (PKC_ROLE_SERIES, i)), ==,
                       PKC_HATCH_NONE);
      g_assert_cmpint (pkc_palette_hatch (PKC_THEME_DARK, pkc_paint (PKC_ROLE_SERIES, i)), ==,
                       PKC_HATCH_NONE);
    }
}

/* The fill of each incident series as MINUSMA's casualty chart lays it out. */
static guint
incident_paints (PkcPaint paints[PKC_N_INCIDENTS],
                 int      ids[PKC_N_INCIDENTS])
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1200, 700, NULL);
  gboolean seen[PKC_N_INCIDENTS] = { FALSE };
  guint n = 0;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);
      int series;

      if (p->kind != PKC_PRIM_RECT || !p->has_fill || p->hit < 0)
        continue;
      series = pkc_scene_get_hit (scene, p->hit)->series;
      if (series < 0 || series >= PKC_N_INCIDENTS || seen[series])
        continue;
      seen[series] = TRUE;
      ids[n] = series;
      paints[n++] = p->fill;
    }
  return n;
}

/* One swatch per paint, side by side, painted in the print theme. */
static cairo_surface_t *
paint_swatches (const PkcPaint *paints,
                guint           n)
{
  g_autoptr(PkcScene) scene = pkc_scene_new (PKC_CHART_CASUALTIES, SWATCH * n, SWATCH);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SWATCH * n, SWATCH);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < n; i++)
    pkc_scene_add_rect (scene, SWATCH * i, 0, SWATCH, SWATCH, paints[i]);
  pkc_scene_paint (scene, cr, PKC_THEME_PRINT, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static double
grey_at (cairo_surface_t *surface,
         int              x,
         int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 px = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  return ((px >> 16 & 0xff) + (px >> 8 & 0xff) + (px & 0xff)) / (3 * 255.0);
}

/* The inner pixels of swatch @k (its edges left out): their mean grey, and which of them are
 * lighter than that mean (the pattern). */
static double
swatch_pattern (cairo_surface_t *surface,
                guint            k,
                gboolean        *lighter)
{
  double sum = 0, mean;
  const int inner = SWATCH - 10;

  for (int y = 0; y < inner; y++)
    for (int x = 0; x < inner; x++)
      sum += grey_at (surface, SWATCH * k + 5 + x, 5 + y);
  mean = sum / (inner * inner);
  for (int y = 0; y < inner; y++)
    for (int x = 0; x < inner; x++)
      lighter[y * inner + x] = grey_at (surface, SWATCH * k + 5 + x, 5 + y) > mean + 0.02;
  return mean;
}

/* The incident types of the shipped MINUSMA chart, painted: each pair differs clearly in
 * mean grey or in where its light and dark pixels fall. */
static void
test_minusma_swatches (void)
{
  PkcPaint paints[PKC_N_INCIDENTS];
  int ids[PKC_N_INCIDENTS];
  guint n = incident_paints (paints, ids);
  cairo_surface_t *surface;
  const int inner = SWATCH - 10;
  g_autofree gboolean *pattern = NULL;
  double mean[PKC_N_INCIDENTS];

  /* malicious act, accident, illness, to be determined, unknown at least */
  g_assert_cmpuint (n, >=, 5);
  surface = paint_swatches (paints, n);
  pattern = g_new0 (gboolean, (gsize) n * inner * inner);
  for (guint k = 0; k < n; k++)
    mean[k] = swatch_pattern (surface, k, pattern + (gsize) k * inner * inner);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        guint differ = 0;

        for (int p = 0; p < inner * inner; p++)
          differ += pattern[i * inner * inner + p] != pattern[j * inner * inner + p];
        if (fabs (mean[i] - mean[j]) < 0.15 && differ < inner * inner / 6)
          g_error ("incident types %d and %d print alike: greys %.2f and %.2f, "
                   "%u of %d pixels differ in pattern", ids[i], ids[j], mean[i], mean[j], differ,
                   inner * inner);
      }
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/print-hatch/descriptors", test_descriptors);
  g_test_add_func ("/charts/print-hatch/minusma-swatches", test_minusma_swatches);
  return g_test_run ();
}
