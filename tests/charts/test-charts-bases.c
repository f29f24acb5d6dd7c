/* test-charts-bases.c — closure order, disputed and unknown dates, the map panel
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-data-terms.h"
#include "pkc-loader.h"
#include "pkc-test-scene.h"
#include "pkc-layout-private.h"

/* Row hits (the widest hit for each base) in item order. */
static const PkcHitRegion *
row_hit (PkcScene *scene,
         int       item)
{
  const PkcHitRegion *best = NULL;

  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      if (hit->item == item && hit->legend_index < 0 && (!best || hit->width > best->width))
        best = hit;
    }
  return best;
}

static void
test_order_and_tooltips (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 1200, 700, NULL);
  GPtrArray *bases = pkc_dataset_get_bases (ds);

  /* Rows top to bottom in closure order. */
  for (guint i = 0; i < bases->len; i++)
    {
      const PkcHitRegion *hit = row_hit (scene, (int) i);
      const PkcBase *b = g_ptr_array_index (bases, i);

      g_assert_nonnull (hit);
      g_assert_cmpuint (b->order, ==, i + 1);
      if (i > 0)
        g_assert_cmpfloat (hit->y, >, row_hit (scene, (int) i - 1)->y);
    }
  g_assert_true (pkc_test_scene_has_prefix (scene, "1. Alpha — Region · Chad, Guinea"));
  g_assert_true (pkc_test_scene_has_prefix (scene, "4. Delta"));

  /* Disputed: both dates and both sources. */
  g_assert_cmpstr (row_hit (scene, 1)->tooltip, ==,
                   "2. Beta (Region region)\nClosure date disputed:\n"
                   "21 October 2023 (preferred) — Source A (Test Publisher)\n"
                   "23 October 2023 — Source B (Test Publisher)\nPhase 1\nContingents: Chad, Guinea");
  /* Unknown: said in words, at the row's end. */
  g_assert_nonnull (strstr (row_hit (scene, 3)->tooltip, "Closure date unknown"));
  g_assert_true (pkc_test_scene_has_prefix (scene, "date unknown"));
  /* Alpha has no coordinates. */
  g_assert_true (pkc_test_scene_has_prefix (scene, "Not located: 1. Alpha"));
  g_assert_nonnull (strstr (row_hit (scene, 0)->tooltip, "Not located on the map"));

  /* The marker of a known date sits at that date: Gamma (8 Dec) right of Beta (21 Oct). */
  g_assert_cmpfloat (row_hit (scene, 2)->anchor_x, >, row_hit (scene, 1)->anchor_x);
  g_assert_cmpfloat (row_hit (scene, 1)->anchor_x, >, row_hit (scene, 0)->anchor_x);
  test_assert_no_text_overlap (scene, 0.5);
}

/* Map discs: hits with an item and a square region. */
static guint
count_map_discs (PkcScene *scene,
                 double   *min_x,
                 double   *min_y)
{
  guint n = 0;

  *min_x = G_MAXDOUBLE;
  *min_y = G_MAXDOUBLE;
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      if (hit->item >= 0 && fabs (hit->width - hit->height) < 1e-9 && hit->width < 40)
        {
          n++;
          *min_x = MIN (*min_x, hit->x);
          *min_y = MIN (*min_y, hit->y);
        }
    }
  return n;
}

static void
test_map_placement (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) wide = pkc_chart_layout (PKC_CHART_BASES, ds, 1920, 1080, NULL);
  g_autoptr(PkcScene) narrow = pkc_chart_layout (PKC_CHART_BASES, ds, 360, 640, NULL);
  GPtrArray *bases = pkc_dataset_get_bases (ds);
  guint located = 0;
  double wide_x, wide_y, narrow_x, narrow_y;
  const PkcHitRegion *last_wide, *last_narrow;

  for (guint i = 0; i < bases->len; i++)
    located += ((const PkcBase *) g_ptr_array_index (bases, i))->has_coordinates;
  g_assert_cmpuint (count_map_discs (wide, &wide_x, &wide_y), ==, located);
  g_assert_cmpuint (count_map_discs (narrow, &narrow_x, &narrow_y), ==, located);
  last_wide = row_hit (wide, (int) bases->len - 1);
  last_narrow = row_hit (narrow, (int) bases->len - 1);
  /* Narrow: the map goes below the last row. */
  g_assert_cmpfloat (narrow_y, >, last_narrow->y + last_narrow->height);
  /* Wide: right of the rows, level with them. */
  g_assert_cmpfloat (wide_x, >, last_wide->x + last_wide->width);
  g_assert_cmpfloat (wide_y, <, last_wide->y);
  g_assert_nonnull (strstr (pkc_scene_get_description (wide), "13 bases in closure order"));
}

/* Outlines are looked up by ISO code: Mali's is one closed ring inside Mali's bounding box;
 * a code without an outline gives none. */
static void
test_outline (void)
{
  const PkcOutline *mali = pkc_outline_lookup ("MLI");
  g_autofree PkcPoint *pts = NULL;
  double x0, y0, x1, y1;
  guint n;

  g_assert_nonnull (mali);
  g_assert_cmpuint (pkc_outline_n_rings (mali), ==, 1);
  n = pkc_outline_ring (mali, 0, &pts);
  g_assert_cmpuint (n, >, 100);
  g_assert_cmpfloat (pts[0].x, ==, pts[n - 1].x);
  g_assert_cmpfloat (pts[0].y, ==, pts[n - 1].y);
  pkc_outline_extent (mali, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x0, -12.281, 0.002);
  g_assert_cmpfloat_with_epsilon (x1, 4.235, 0.002);
  g_assert_cmpfloat_with_epsilon (y0, 10.143, 0.002);
  g_assert_cmpfloat_with_epsilon (y1, 24.996, 0.002);
  /* Timbuktu is in Mali, Niamey is not. */
  g_assert_true (pkc_outline_contains (mali, -3.0, 16.77));
  g_assert_false (pkc_outline_contains (mali, 2.11, 13.51));

  g_assert_nonnull (pkc_outline_lookup ("COD"));
  g_assert_null (pkc_outline_lookup ("XYZ"));
  g_assert_null (pkc_outline_lookup (""));
  g_assert_null (pkc_outline_lookup (NULL));
}

/* The land polygons' bounding box in the scene; the number of polygons. */
static guint
land_extent (PkcScene *scene,
             PkcBox   *box)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n = 0;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_POLYGON || p->fill.role != PKC_ROLE_LAND)
        continue;
      n++;
      for (guint k = 0; k < p->points->len; k++)
        {
          const PkcPoint *pt = &g_array_index (p->points, PkcPoint, k);

          x0 = MIN (x0, pt->x);
          y0 = MIN (y0, pt->y);
          x1 = MAX (x1, pt->x);
          y1 = MAX (y1, pt->y);
        }
    }
  *box = (PkcBox) { x0, y0, x1 - x0, y1 - y0 };
  return n;
}

/* MONUSCO's map is the DR Congo's outline, named by the dataset, its shape DR Congo's (the
 * aspect of its extent, projected), every located site inside it; MINUSMA's is Mali. */
static void
test_map_draws_host_country (void)
{
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  const char *const codes[] = { "COD", "MLI" };
  PkcDataset *datasets[] = { monusco, minusma };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint size = 0; size < 2; size++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, datasets[d],
                                                      size ? 360 : 1920, size ? 640 : 1080, NULL);
        const PkcOutline *outline = pkc_outline_lookup (codes[d]);
        GPtrArray *bases = pkc_dataset_get_bases (datasets[d]);
        double lon0, lat0, lon1, lat1, kx, aspect;
        guint located = 0, inside = 0;
        PkcBox land;

        g_assert_nonnull (outline);
        g_assert_cmpstr (pkc_dataset_get_country (datasets[d]), ==, codes[d]);
        g_assert_cmpuint (land_extent (scene, &land), ==, pkc_outline_n_rings (outline));
        pkc_outline_extent (outline, &lon0, &lat0, &lon1, &lat1);
        kx = cos ((lat0 + lat1) / 2 * G_PI / 180);
        aspect = (lon1 - lon0) * kx / (lat1 - lat0);
        g_assert_cmpfloat_with_epsilon (land.width / land.height, aspect, aspect * 0.02);

        for (guint i = 0; i < bases->len; i++)
          {
            const PkcBase *b = g_ptr_array_index (bases, i);

            if (!b->has_coordinates)
              continue;
            located++;
            g_assert_true (b->lon >= lon0 && b->lon <= lon1 && b->lat >= lat0 && b->lat <= lat1);
          }
        for (guint i = 0; i < scene->prims->len; i++)
          {
            const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

            if (p->kind == PKC_PRIM_MARKER && p->box.x >= land.x && p->box.x <= land.x + land.width &&
                p->box.y >= land.y && p->box.y <= land.y + land.height)
              inside++;
          }
        g_assert_cmpuint (inside, >=, located);
        if (size == 0)
          g_assert_true (pkc_test_scene_has_text (scene, pkc_dataset_get_country_name (datasets[d],
                                                                                      PKC_LANG_EN)));
      }
}

/* Handovers still pending: hollow diamonds on the timeline and the map, said in words and
 * in the tooltip, never a date. */
static void
test_pending_sites (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_monusco ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 1920, 1080, NULL);
  GPtrArray *bases = pkc_dataset_get_bases (ds);
  guint pending = 0, pending_located = 0, diamonds = 0;

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      if (b->closure_status != PKC_CLOSURE_PENDING)
        continue;
      pending++;
      pending_located += b->has_coordinates;
      g_assert_nonnull (strstr (row_hit (scene, (int) i)->tooltip, "Handover pending"));
    }
  g_assert_cmpuint (pending, ==, 2);
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_MARKER && p->shape == PKC_MARKER_DIAMOND && !p->has_fill)
        diamonds++;
    }
  /* Timeline rows, map points, and the legend's entry. */
  g_assert_cmpuint (diamonds, ==, pending + pending_located + 1);
  g_assert_true (pkc_test_scene_has_text (scene, "handover pending"));
  g_assert_true (pkc_test_scene_has_text (scene, "Handover pending (still open)"));
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "2 handovers still pending"));
  g_assert_true (pkc_test_scene_has_prefix (scene, "1. Kamanyola — South Kivu"));
  test_assert_no_text_overlap (scene, 0.5);
}

static void
test_empty (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new_empty ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 800, 500, NULL);

  g_autofree char *expected = g_strdup_printf ("No bases for %s here: a dataset file listing "
                                               "its bases, each with its closure date and a "
                                               "source, would fill this chart (the format is "
                                               "in data/README.md).",
                                               pkc_dataset_get_acronym (ds));

  g_assert_true (pkc_scene_is_empty (scene));
  g_assert_cmpstr (pkc_scene_get_description (scene), ==, expected);
}

/* MINUSMA's Ogossagou has approximate coordinates: on the map a hollow dashed ring, its name
 * marked "≈", its tooltip saying so; Kidal's exact point stays a filled, solid disc. */
static void
test_approximate_point (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 1600, 900, NULL);
  guint dashed_hollow = 0, solid_filled = 0;
  gboolean tooltip = FALSE;

  g_assert_true (pkc_test_scene_has_text (scene, "≈ Ogossagou"));
  g_assert_false (pkc_test_scene_has_text (scene, "≈ Kidal"));
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_MARKER || p->shape != PKC_MARKER_CIRCLE)
        continue;
      if (p->dash > 0 && !p->has_fill)
        dashed_hollow++;
      else if (p->dash == 0 && p->has_fill)
        solid_filled++;
    }
  /* Ogossagou and Bamako (a city point) are approximate. */
  g_assert_cmpuint (dashed_hollow, ==, 2);
  g_assert_cmpuint (solid_filled, >=, 10);
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      if (hit->tooltip != NULL && g_str_has_prefix (hit->tooltip, "1. Ogossagou") &&
          strstr (hit->tooltip, "Approximate location") != NULL)
        tooltip = TRUE;
    }
  g_assert_true (tooltip);
}

/* The UN data's "Côte dIvoire" (no apostrophe, empty ISO code) is shown properly. */
static void
test_nationality_display (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  guint ivorian = 0;

  for (guint i = 0; i < pkc_dataset_get_n_casualties (ds); i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (ds, i);
      const char *nationality = pkc_dataset_get_casualty_nationality (ds, c);
      const char *iso = pkc_dataset_get_casualty_iso (ds, c);

      if (strcmp (nationality, "Côte dIvoire") != 0)
        continue;
      ivorian++;
      g_assert_cmpstr (iso, ==, "");   /* the raw value is kept */
      g_assert_cmpstr (pkc_data_term_nationality (nationality), ==, "Côte d'Ivoire");
      g_assert_cmpstr (_pkc_data_term_nationality_iso (nationality, iso), ==, "CIV");
    }
  g_assert_cmpuint (ivorian, ==, 8);
  g_assert_cmpstr (pkc_data_term_nationality ("Chad"), ==, "Chad");
  g_assert_cmpstr (_pkc_data_term_nationality_iso ("Chad", "TCD"), ==, "TCD");
  g_assert_cmpstr (_pkc_data_term_nationality_iso ("Atlantis", ""), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/bases/order-tooltips", test_order_and_tooltips);
  g_test_add_func ("/charts/bases/map-placement", test_map_placement);
  g_test_add_func ("/charts/bases/map-host-country", test_map_draws_host_country);
  g_test_add_func ("/charts/bases/pending", test_pending_sites);
  g_test_add_func ("/charts/bases/outline", test_outline);
  g_test_add_func ("/charts/bases/empty", test_empty);
  g_test_add_func ("/charts/bases/approximate-point", test_approximate_point);
  g_test_add_func ("/charts/bases/nationality-display", test_nationality_display);
  return g_test_run ();
}
