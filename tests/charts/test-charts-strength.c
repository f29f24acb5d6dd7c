/* test-charts-strength.c — ceiling steps, held markers, drawdowns, tooltips
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-scene-private.h"

static const PkcHitRegion *
find_hit (PkcScene *scene,
          int       series,
          int       item)
{
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      if (hit->legend_index < 0 && hit->series == series && hit->item == item)
        return hit;
    }
  return NULL;
}

static void
test_ceiling_steps (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1200, 600, NULL);
  GPtrArray *ceilings = pkc_dataset_get_ceilings (ds);
  const PkcHitRegion *a = find_hit (scene, PKC_STRENGTH_MILITARY_CEILING, 0);
  const PkcHitRegion *b = find_hit (scene, PKC_STRENGTH_MILITARY_CEILING, 1);
  const PkcCeiling *ca = g_ptr_array_index (ceilings, 0);
  const PkcCeiling *cb = g_ptr_array_index (ceilings, 1);
  const PkcCeiling *cc = g_ptr_array_index (ceilings, 2);
  double px_per_day;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  /* No ceiling after the resolution that set none: only a small tooltip where the line
   * stops, which names it (its label may be dropped in a narrow window). */
  {
    const PkcHitRegion *end = find_hit (scene, PKC_STRENGTH_MILITARY_CEILING, 2);

    g_assert_nonnull (end);
    g_assert_cmpfloat (end->width, <=, 10);
    g_assert_cmpfloat (fabs (end->anchor_x - (b->x + b->width)), <=, 1);
    g_assert_nonnull (strstr (end->tooltip, "Res. 2690, adopted "));
    g_assert_nonnull (strstr (end->tooltip, "Military ceiling: none\nPolice ceiling: none"));
    end = find_hit (scene, PKC_STRENGTH_POLICE_CEILING, 2);
    g_assert_nonnull (end);
    g_assert_cmpfloat (end->width, <=, 10);
  }

  /* Steps start at the adoption dates on a linear time axis: the first step ends where the
   * second starts, and the second ends at the terminating resolution's date. */
  g_assert_cmpfloat (fabs (a->x + a->width - b->x), <=, 1);
  px_per_day = a->width / (pkc_date_to_julian (&cb->adopted) - pkc_date_to_julian (&ca->adopted));
  g_assert_cmpfloat (fabs (b->width - px_per_day * (pkc_date_to_julian (&cc->adopted) -
                                                    pkc_date_to_julian (&cb->adopted))), <=, 2);
  /* The higher ceiling is higher up. */
  g_assert_cmpfloat (b->anchor_y, <, a->anchor_y);
  g_assert_nonnull (strstr (a->tooltip, "Res. 2100, adopted 25 April 2013\nMilitary ceiling: 11,200\nPolice ceiling: 1,440"));

  /* The resolution numbers are labelled with the ceiling each sets, and the end of the
   * ceilings is said. */
  {
    gboolean l2100 = FALSE, l2295 = FALSE, l2690 = FALSE;
    g_autofree char *v2100 = g_strdup_printf ("Res. 2100: %d,%03d", ca->military / 1000, ca->military % 1000);
    g_autofree char *v2295 = g_strdup_printf ("Res. 2295: %d,%03d", cb->military / 1000, cb->military % 1000);

    for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
      {
        const char *t = _pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL);

        l2100 |= g_str_equal (t, v2100);
        l2295 |= g_str_equal (t, v2295);
        l2690 |= g_str_equal (t, "Res. 2690: no ceiling");
      }
    g_assert_true (l2100 && l2295 && l2690);
  }
  test_assert_no_text_overlap (scene, 0.5);
}

static void
test_observations (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1200, 600, NULL);
  guint markers = 0;

  /* Preferred figures are filled markers, the conflicting one hollow. */
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);
      const PkcHitRegion *hit;
      const PkcObservation *o;

      if (p->kind != PKC_PRIM_MARKER || p->hit < 0)
        continue;
      hit = pkc_scene_get_hit (scene, p->hit);
      if (hit->series != PKC_STRENGTH_MILITARY && hit->series != PKC_STRENGTH_POLICE)
        continue;
      o = g_ptr_array_index (pkc_dataset_get_observations (ds), hit->item);
      g_assert_cmpint (p->has_fill, ==, o->preferred);
      markers++;
    }
  g_assert_cmpuint (markers, ==, 6);

  {
    /* 2019-02-28: 13,010 of the 13,289 ceiling in force. */
    const PkcHitRegion *hit = find_hit (scene, PKC_STRENGTH_MILITARY, 2);

    g_assert_nonnull (hit);
    g_assert_cmpstr (hit->tooltip, ==,
                     "28 February 2019\nMilitary deployed: 13,010\nCeiling in force: 13,289 (Res. 2295)\n98% of ceiling\n"
                     "Scope: uniformed · Confidence: medium\nSource: Source A (Test Publisher)");
    g_assert_cmpint (pkc_scene_hit_test (scene, hit->anchor_x, hit->anchor_y), ==,
                     (int) (hit - pkc_scene_get_hit (scene, 0)));
  }
  {
    const PkcHitRegion *hit = find_hit (scene, PKC_STRENGTH_MILITARY, 1);

    g_assert_nonnull (hit);
    g_assert_nonnull (strstr (hit->tooltip, "Not preferred"));
  }
  /* A total-only report is its own series; the drawdown too. */
  g_assert_nonnull (find_hit (scene, PKC_STRENGTH_TOTAL, 3));
  g_assert_nonnull (find_hit (scene, PKC_STRENGTH_DRAWDOWN, 0));
}

/* Hold segments never join two reports into a trend: no line prim of a deployed series has
 * a vertical part. */
static void
test_no_risers (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1920, 1080, NULL);

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_LINE || p->stroke.role != PKC_ROLE_SERIES || p->points->len != 2)
        continue;
      if (fabs (g_array_index (p->points, PkcPoint, 0).x - g_array_index (p->points, PkcPoint, 1).x) < 1e-9)
        {
          /* Only the short end caps of imprecise dates are vertical. */
          g_assert_cmpfloat (fabs (g_array_index (p->points, PkcPoint, 0).y -
                                   g_array_index (p->points, PkcPoint, 1).y), <=, 6);
        }
    }
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "Military ceiling from 11,200 to 13,289 troops"));
}

static void
test_hidden_series (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new ();
  PkcChartOptions options;
  g_autoptr(PkcScene) scene = NULL;

  pkc_chart_options_init (&options);
  options.hidden_series = (1u << PKC_STRENGTH_MILITARY_CEILING) | (1u << PKC_STRENGTH_DRAWDOWN);
  scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 800, 500, &options);
  g_assert_null (find_hit (scene, PKC_STRENGTH_MILITARY_CEILING, 0));
  g_assert_null (find_hit (scene, PKC_STRENGTH_DRAWDOWN, 0));
  g_assert_nonnull (find_hit (scene, PKC_STRENGTH_POLICE_CEILING, 0));
}

static void
test_empty (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_new_empty ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 360, 640, NULL);

  g_autofree char *expected = g_strdup_printf ("No troop strength for %s here: a dataset file "
                                               "with its authorised ceilings and deployed "
                                               "strength, each with a source, would fill this "
                                               "chart (the format is in data/README.md).",
                                               pkc_dataset_get_acronym (ds));

  /* Not a blank page: one sentence saying what would fill it and where the format is. */
  g_assert_true (pkc_scene_is_empty (scene));
  g_assert_cmpstr (pkc_scene_get_description (scene), ==, expected);
  g_assert_cmpuint (_pkc_scene_get_n_texts (scene), >, 1);  /* wrapped at 360 px */
}

/* MINUSMA's figure dated only "2013" can be from no earlier than the mission (25 April
 * 2013): the time axis starts there, not in January, and the figure's span with it. */
static void
test_year_only_within_mission (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1600, 900, NULL);
  gboolean april = FALSE;

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      const char *text = _pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL);

      g_assert_null (strstr (text, "January 2013"));
      april |= strstr (text, "April 2013 – December 2023") != NULL;
    }
  g_assert_true (april);
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/strength/ceiling-steps", test_ceiling_steps);
  g_test_add_func ("/charts/strength/observations", test_observations);
  g_test_add_func ("/charts/strength/no-risers", test_no_risers);
  g_test_add_func ("/charts/strength/hidden", test_hidden_series);
  g_test_add_func ("/charts/strength/empty", test_empty);
  g_test_add_func ("/charts/strength/year-only-within-mission", test_year_only_within_mission);
  return g_test_run ();
}
