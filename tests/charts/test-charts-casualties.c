/* test-charts-casualties.c — stacked bars: heights, stacks, legend, hits, empty state
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-casualty-bins.h"
#include "pkc-scene-private.h"
#include "pkc-dataset-private.h"

/* Bar segment rectangles of the scene with their hit regions. */
typedef struct {
  const PkcPrim      *prim;
  const PkcHitRegion *hit;
} Segment;

static GArray *
segments (PkcScene *scene)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Segment));

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);
      Segment s;

      if (p->kind != PKC_PRIM_RECT || p->hit < 0)
        continue;
      s.prim = p;
      s.hit = pkc_scene_get_hit (scene, p->hit);
      g_array_append_val (out, s);
    }
  return out;
}

static void
test_bar_heights (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (ds, PKC_INTERVAL_MONTH, PKC_PERSONNEL_ALL, NULL, NULL);
  g_autoptr(GArray) segs = NULL;
  PkcChartOptions options;
  double px_per_death = -1;

  pkc_chart_options_init (&options);
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
  segs = segments (scene);

  /* Jan 2020: malicious + accident; Mar 2020: illness; Jan 2021: malicious. */
  g_assert_cmpuint (segs->len, ==, 4);
  for (guint i = 0; i < segs->len; i++)
    {
      const Segment *s = &g_array_index (segs, Segment, i);
      guint count = series->counts[s->hit->item][s->hit->series];
      double per = s->prim->box.height / count;

      g_assert_cmpuint (count, >, 0);
      /* Heights are proportional to counts (whole-pixel edges: within a pixel). */
      if (px_per_death < 0)
        px_per_death = per;
      g_assert_cmpfloat (fabs (s->prim->box.height - count * px_per_death), <=, 1.0);
    }

  /* Stacks: each period's segments touch and add up to the period total. */
  for (guint p = 0; p < series->n_periods; p++)
    {
      double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE, sum = 0;

      for (guint i = 0; i < segs->len; i++)
        {
          const Segment *s = &g_array_index (segs, Segment, i);

          if (s->hit->item != (int) p)
            continue;
          top = MIN (top, s->prim->box.y);
          bottom = MAX (bottom, s->prim->box.y + s->prim->box.height);
          sum += s->prim->box.height;
        }
      if (series->totals[p] == 0)
        {
          g_assert_cmpfloat (sum, ==, 0);
          continue;
        }
      g_assert_cmpfloat (fabs (sum - (bottom - top)), <, 1e-9);
      g_assert_cmpfloat (fabs (sum - series->totals[p] * px_per_death), <=, 1.0);
    }

  g_assert_cmpstr (pkc_scene_get_description (scene), ==,
                   "Stacked bars of 12 peacekeeper deaths from January 2020 to January 2021 by incident type; peak 6 in January 2021.");
}

static void
test_legend_and_hidden (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  PkcChartOptions options;
  guint legend = 0;

  pkc_chart_options_init (&options);
  options.hidden_series = 1u << PKC_INCIDENT_MALICIOUS_ACT;
  {
    g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
    g_autoptr(GArray) segs = segments (scene);

    /* One legend entry per type that occurs, hidden ones included (to switch back on). */
    for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
      {
        const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

        if (hit->legend_index < 0)
          continue;
        legend++;
        g_assert_true (hit->legend_index == PKC_INCIDENT_MALICIOUS_ACT ||
                       hit->legend_index == PKC_INCIDENT_ACCIDENT ||
                       hit->legend_index == PKC_INCIDENT_ILLNESS);
        /* The legend hit is where the hit test finds it. */
        g_assert_cmpint (pkc_scene_hit_test (scene, hit->x + hit->width / 2, hit->y + hit->height / 2),
                         ==, (int) i);
      }
    g_assert_cmpuint (legend, ==, 3);
    for (guint i = 0; i < segs->len; i++)
      g_assert_cmpint (g_array_index (segs, Segment, i).hit->series, !=, PKC_INCIDENT_MALICIOUS_ACT);
    g_assert_cmpuint (segs->len, ==, 2);
    g_assert_nonnull (strstr (pkc_scene_get_description (scene), "3 peacekeeper deaths"));
  }
}

static void
test_hit_tooltip (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(GArray) segs = NULL;
  PkcChartOptions options;
  gboolean found = FALSE;

  pkc_chart_options_init (&options);
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
  segs = segments (scene);
  for (guint i = 0; i < segs->len; i++)
    {
      const Segment *s = &g_array_index (segs, Segment, i);
      int hit = pkc_scene_hit_test (scene, s->prim->box.x + s->prim->box.width / 2,
                                    s->prim->box.y + s->prim->box.height / 2);

      g_assert_cmpint (hit, ==, s->prim->hit);
      if (s->hit->series == PKC_INCIDENT_ACCIDENT)
        {
          g_assert_cmpstr (s->hit->tooltip, ==,
                           "January 2020\n   Malicious act: 3\n▸ Accident: 1\nAll incident types: 4\n"
                           "Sources: Source A (Test Publisher); Source B (Test Publisher)");
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (pkc_scene_hit_test (scene, -5, -5), ==, -1);
}

static void
test_intervals_and_cumulative (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_QUARTER;
  options.show_cumulative = TRUE;
  {
    g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
    g_autoptr(GArray) segs = segments (scene);
    gboolean has_line = FALSE;

    /* Q1 2020: malicious, accident, illness; Q1 2021: malicious. */
    g_assert_cmpuint (segs->len, ==, 4);
    for (guint i = 0; i < scene->prims->len; i++)
      {
        const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

        if (p->kind == PKC_PRIM_LINE && p->stroke.role == PKC_ROLE_CUMULATIVE && p->points->len > 2)
          {
            /* Starts at zero, ends at the top of the right axis' range or below, never falls. */
            for (guint k = 1; k < p->points->len; k++)
              g_assert_cmpfloat (g_array_index (p->points, PkcPoint, k).y, <=,
                                 g_array_index (p->points, PkcPoint, k - 1).y + 1e-9);
            has_line = TRUE;
          }
      }
    g_assert_true (has_line);
    g_assert_nonnull (strstr (pkc_scene_get_description (scene), "peak 6 in Q1 2020"));
    test_assert_no_text_overlap (scene, 0.5);
  }
}

static void
test_range_clip (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = NULL;
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  options.range_from = test_date ("2020-03-01");
  options.range_to = test_date ("2020-12-31");
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
  g_assert_false (pkc_scene_is_empty (scene));
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "Stacked bars of 2 peacekeeper deaths"));
}

static void
test_empty (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new_empty ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, NULL);
  double x, y, w, h;

  g_assert_true (pkc_scene_is_empty (scene));
  g_assert_cmpuint (pkc_scene_get_n_hits (scene), ==, 0);
  g_assert_cmpuint (_pkc_scene_get_n_texts (scene), ==, 1);
  g_assert_cmpstr (_pkc_scene_get_text (scene, 0, &x, &y, &w, &h), ==,
                   "This dataset has no casualty records");
  /* Centred. */
  g_assert_cmpfloat (fabs (x + w / 2 - 400), <, 1);
  g_assert_cmpfloat (fabs (y + h / 2 - 250), <, h);
  g_assert_cmpstr (pkc_scene_get_description (scene), ==, "This dataset has no casualty records");
}

static void
test_minusma_totals (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (ds, PKC_INTERVAL_MONTH, PKC_PERSONNEL_ALL, NULL, NULL);
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1920, 1080, NULL);
  g_autoptr(GArray) segs = segments (scene);
  guint sum = 0;
  g_autofree char *expected = g_strdup_printf ("Stacked bars of %u peacekeeper deaths from", series->grand_total);

  /* Every death is in exactly one segment: the tooltips' counts add up to the total. */
  for (guint i = 0; i < segs->len; i++)
    {
      const Segment *s = &g_array_index (segs, Segment, i);

      sum += series->counts[s->hit->item][s->hit->series];
    }
  g_assert_cmpuint (sum, ==, series->grand_total);
  g_assert_true (g_str_has_prefix (pkc_scene_get_description (scene), expected));
}

/* A resize lays out the periods again without reading the records: one binning pass per
 * (interval, personnel, range), kept while the dataset lives. */
static void
test_binned_once (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autofree char *tip = NULL;

  pkc_chart_options_init (&options);
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 0);
  for (int w = 600; w <= 1900; w += 100)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, w, 600, &options);

      g_assert_false (pkc_scene_is_empty (scene));
      if (w == 600)
        tip = g_strdup (pkc_scene_get_hit (scene, 0)->tooltip);
      else
        g_assert_cmpstr (pkc_scene_get_hit (scene, 0)->tooltip, ==, tip);
    }
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 1);

  /* Hiding a series needs no new pass; another interval or personnel filter does, once. */
  options.hidden_series = 1u << 0;
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options));
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 1);
  options.interval = PKC_INTERVAL_YEAR;
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options));
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 900, 500, &options));
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 2);
  options.interval = PKC_INTERVAL_MONTH;
  options.personnel_mask = 1u << PKC_PERSONNEL_MILITARY;
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options));
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 3);
  options.personnel_mask = PKC_PERSONNEL_ALL;
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 700, 500, &options));
  g_assert_cmpuint (_pkc_casualty_bins_get_n_passes (ds), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/casualties/bar-heights", test_bar_heights);
  g_test_add_func ("/charts/casualties/legend-hidden", test_legend_and_hidden);
  g_test_add_func ("/charts/casualties/hit-tooltip", test_hit_tooltip);
  g_test_add_func ("/charts/casualties/quarters-cumulative", test_intervals_and_cumulative);
  g_test_add_func ("/charts/casualties/range", test_range_clip);
  g_test_add_func ("/charts/casualties/empty", test_empty);
  g_test_add_func ("/charts/casualties/minusma-totals", test_minusma_totals);
  g_test_add_func ("/charts/casualties/binned-once", test_binned_once);
  return g_test_run ();
}
