/* test-charts-paint.c — painting on image surfaces, themes, focus, overlaps, purity
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart-test-data.h"
#include "pkc-scene-private.h"

static cairo_surface_t *
paint (const PkcScene *scene,
       PkcTheme        theme,
       int             focus)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) pkc_scene_get_width (scene),
                                                         (int) pkc_scene_get_height (scene));
  cairo_t *cr = cairo_create (surface);

  pkc_scene_paint (scene, cr, theme, focus);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static void
test_render_pixels (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, NULL);
  cairo_surface_t *light = paint (scene, PKC_THEME_LIGHT, -1);
  cairo_surface_t *dark = paint (scene, PKC_THEME_DARK, -1);
  gboolean checked = FALSE;

  /* Background at the corners. */
  g_assert_cmphex (pixel (light, 0, 0), ==, 0xFFFFFF);
  g_assert_cmphex (pixel (light, 799, 499), ==, 0xFFFFFF);
  g_assert_cmphex (pixel (dark, 0, 0), ==, 0x1E1E1E);

  /* A malicious-act segment is vermillion at its centre (Okabe–Ito #D55E00). */
  for (guint i = 0; i < scene->prims->len && !checked; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_RECT && p->hit >= 0 &&
          pkc_scene_get_hit (scene, p->hit)->series == PKC_INCIDENT_MALICIOUS_ACT)
        {
          int cx = (int) (p->box.x + p->box.width / 2), cy = (int) (p->box.y + p->box.height / 2);

          g_assert_cmphex (pixel (light, cx, cy), ==, 0xD55E00);
          g_assert_cmphex (pixel (dark, cx, cy), ==, 0xF07A3A);
          checked = TRUE;
        }
    }
  g_assert_true (checked);
  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_focus_overlay (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 800, 500, NULL);
  cairo_surface_t *plain = paint (scene, PKC_THEME_LIGHT, -1);
  cairo_surface_t *focused = paint (scene, PKC_THEME_LIGHT, 0);
  const PkcHitRegion *hit = pkc_scene_get_hit (scene, 0);
  int x = (int) floor (hit->x) - 1, y = (int) (hit->y + hit->height / 2);

  /* The ring is drawn just outside the region's left edge; elsewhere nothing changes. */
  g_assert_cmphex (pixel (plain, x, y), !=, pixel (focused, x, y));
  g_assert_cmphex (pixel (plain, 0, 0), ==, pixel (focused, 0, 0));
  cairo_surface_destroy (plain);
  cairo_surface_destroy (focused);
}

static void
test_every_chart_every_theme (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    for (guint t = PKC_THEME_LIGHT; t <= PKC_THEME_PRINT; t++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (k, ds, 800, 500, NULL);
        cairo_surface_t *s = paint (scene, t, 0);

        g_assert_false (pkc_scene_is_empty (scene));
        g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (s);
      }
}

static void
test_no_overlap (void)
{
  static const struct { double w, h; } sizes[] = { { 360, 640 }, { 800, 500 }, { 1920, 1080 } };
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) small = test_dataset_new ();
  PkcDataset *datasets[] = { minusma, small };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint k = 0; k < PKC_N_CHARTS; k++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (guint c = 0; c < 2; c++)
          {
            PkcChartOptions options;
            g_autoptr(PkcScene) scene = NULL;

            pkc_chart_options_init (&options);
            options.show_cumulative = c == 1;
            options.interval = c == 1 ? PKC_INTERVAL_YEAR : PKC_INTERVAL_MONTH;
            scene = pkc_chart_layout (k, datasets[d], sizes[s].w, sizes[s].h, &options);
            g_test_message ("%s at %gx%g", pkc_chart_kind_to_token (k), sizes[s].w, sizes[s].h);
            test_assert_no_text_overlap (scene, 0.5);
          }
}

static void
test_pure (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      g_autoptr(PkcScene) a = pkc_chart_layout (k, ds, 1024, 600, NULL);
      g_autoptr(PkcScene) b = pkc_chart_layout (k, ds, 1024, 600, NULL);

      g_assert_cmpuint (a->prims->len, ==, b->prims->len);
      g_assert_cmpuint (pkc_scene_get_n_hits (a), ==, pkc_scene_get_n_hits (b));
      for (guint i = 0; i < _pkc_scene_get_n_texts (a); i++)
        g_assert_cmpstr (_pkc_scene_get_text (a, i, NULL, NULL, NULL, NULL), ==,
                         _pkc_scene_get_text (b, i, NULL, NULL, NULL, NULL));
      g_assert_cmpstr (pkc_scene_get_description (a), ==, pkc_scene_get_description (b));
    }
}

static void
test_degenerate (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();

  /* Tiny or NULL inputs never crash and still give a scene. */
  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      g_autoptr(PkcScene) tiny = pkc_chart_layout (k, ds, 0, 0, NULL);
      g_autoptr(PkcScene) none = pkc_chart_layout (k, NULL, 300, 200, NULL);
      cairo_surface_t *s = paint (tiny, PKC_THEME_LIGHT, 5);

      cairo_surface_destroy (s);
      g_assert_true (pkc_scene_is_empty (none));
    }
}

static void
test_tokens (void)
{
  PkcChartKind kind;

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      g_assert_true (pkc_chart_kind_from_token (pkc_chart_kind_to_token (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_nonnull (pkc_chart_kind_get_title (k));
    }
  g_assert_false (pkc_chart_kind_from_token ("pie", &kind));
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/paint/pixels", test_render_pixels);
  g_test_add_func ("/charts/paint/focus", test_focus_overlay);
  g_test_add_func ("/charts/paint/all", test_every_chart_every_theme);
  g_test_add_func ("/charts/layout/no-overlap", test_no_overlap);
  g_test_add_func ("/charts/layout/pure", test_pure);
  g_test_add_func ("/charts/layout/degenerate", test_degenerate);
  g_test_add_func ("/charts/kind/tokens", test_tokens);
  return g_test_run ();
}
