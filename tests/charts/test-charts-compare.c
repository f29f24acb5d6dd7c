/* test-charts-compare.c — the Compare charts: ranking order and bar lengths, one y scale for
 * every small multiple, deaths per 1,000, the CSV of what is drawn; in en, fr and nl
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PKC_TEST_LANGUAGE (en, fr, nl) and PKC_LOCALEDIR come from meson, as for the headings test.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-compare.h"
#include "pkc-scene-private.h"
#include "pkc-test-language.h"
#include "pkc-test-scene.h"

static const char *language;

static void
add_deaths (PkcCompareData    *data,
            PkcCompareMission *m,
            guint              year,
            PkcIncident        t,
            guint              n)
{
  for (guint i = 0; i < n; i++)
    pkc_compare_mission_add_death (m, data, year, t);
}

/* Three missions over 2000–2004: BRAVO 30 illness; ALPHA 10 malicious + 5 accidents;
 * CHARLIE 2 malicious. ALPHA has 6 deaths in 2001 and BRAVO 6 in 2003. */
static PkcCompareData *
make_data (void)
{
  PkcCompareData *data = pkc_compare_data_new (2000, 5);
  PkcCompareMission *a = pkc_compare_data_add_mission (data, "ALPHA", "Alpha Mission");
  PkcCompareMission *b = pkc_compare_data_add_mission (data, "BRAVO", NULL);
  PkcCompareMission *c = pkc_compare_data_add_mission (data, "CHARLIE", NULL);

  add_deaths (data, a, 2000, PKC_INCIDENT_MALICIOUS_ACT, 4);
  add_deaths (data, a, 2001, PKC_INCIDENT_MALICIOUS_ACT, 6);
  add_deaths (data, a, 2002, PKC_INCIDENT_ACCIDENT, 5);
  add_deaths (data, b, 2003, PKC_INCIDENT_ILLNESS, 6);
  add_deaths (data, b, 2004, PKC_INCIDENT_ILLNESS, 24);
  add_deaths (data, c, 2004, PKC_INCIDENT_MALICIOUS_ACT, 2);
  /* Outside the years: ignored. */
  add_deaths (data, c, 1999, PKC_INCIDENT_MALICIOUS_ACT, 7);
  for (guint y = 0; y < 5; y++)
    data->force[y] = 2000 + 1000 * y;   /* 2,000 … 6,000 */
  data->deaths_source = g_strdup ("Deaths Source");
  data->force_source = g_strdup ("Force Source");
  return data;
}

/* Total width of the bars of mission @item (ranking hits carry the mission index). */
static double
bar_length (const PkcScene *scene,
            int             item)
{
  double sum = 0;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_RECT && p->hit >= 0 &&
          pkc_scene_get_hit (scene, p->hit)->item == item)
        sum += p->box.width;
    }
  return sum;
}

/* The mission indices of the ranking's bars, top to bottom. */
static GArray *
ranking_rows (const PkcScene *scene)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (int));
  double last_y = -1;

  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *h = pkc_scene_get_hit (scene, i);

      if (h->legend_index >= 0 || h->item < 0)
        continue;
      if (h->y > last_y + 0.5)
        g_array_append_val (rows, h->item);
      last_y = h->y;
    }
  return rows;
}

static void
test_ranking (void)
{
  g_autoptr(PkcCompareData) data = make_data ();
  PkcCompareOptions compare;
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(PkcScene) malicious = NULL;
  g_autoptr(PkcScene) top2 = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GArray) mrows = NULL;
  g_autoptr(GArray) trows = NULL;
  double la, lb, lc;

  pkc_compare_options_init (&compare);
  scene = pkc_compare_layout (data, &compare, 1200, 700, NULL);
  rows = ranking_rows (scene);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpint (g_array_index (rows, int, 0), ==, 1);  /* BRAVO 30 */
  g_assert_cmpint (g_array_index (rows, int, 1), ==, 0);  /* ALPHA 15 */
  g_assert_cmpint (g_array_index (rows, int, 2), ==, 2);  /* CHARLIE 2 */

  /* Bar lengths proportional to deaths (each segment edge rounds to a pixel). */
  la = bar_length (scene, 0);
  lb = bar_length (scene, 1);
  lc = bar_length (scene, 2);
  g_assert_cmpfloat (fabs (la / lb - 15.0 / 30.0), <, 0.02);
  g_assert_cmpfloat (fabs (lc / lb - 2.0 / 30.0), <, 0.02);
  g_assert_true (pkc_test_scene_has_text (scene, "30"));
  g_assert_true (pkc_test_scene_contains_text (scene, "Deaths Source"));

  /* Malicious acts only: BRAVO has none and drops out; ALPHA's bar is its 10. */
  compare.malicious_only = TRUE;
  malicious = pkc_compare_layout (data, &compare, 1200, 700, NULL);
  mrows = ranking_rows (malicious);
  g_assert_cmpuint (mrows->len, ==, 2);
  g_assert_cmpint (g_array_index (mrows, int, 0), ==, 0);
  g_assert_cmpint (g_array_index (mrows, int, 1), ==, 2);
  g_assert_cmpfloat (fabs (bar_length (malicious, 2) / bar_length (malicious, 0) - 0.2), <, 0.02);

  /* Top 2 of 3. */
  compare.malicious_only = FALSE;
  compare.top_n = 2;
  top2 = pkc_compare_layout (data, &compare, 1200, 700, NULL);
  trows = ranking_rows (top2);
  g_assert_cmpuint (trows->len, ==, 2);
}

/* Height of the rect whose tooltip starts with @prefix. */
static double
bar_height (const PkcScene *scene,
            const char     *prefix)
{
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_RECT && p->hit >= 0 &&
          g_str_has_prefix (pkc_scene_get_hit (scene, p->hit)->tooltip, prefix))
        return p->box.height;
    }
  g_assert_not_reached ();
  return 0;
}

static void
test_multiples_share_scale (void)
{
  g_autoptr(PkcCompareData) data = make_data ();
  PkcCompareOptions compare;
  const double widths[] = { 360, 800, 1920 };

  pkc_compare_options_init (&compare);
  compare.view = PKC_COMPARE_MISSIONS;
  compare.chosen[0] = "ALPHA";
  compare.chosen[1] = "bravo";   /* matched ignoring case */
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autoptr(PkcScene) scene = pkc_compare_layout (data, &compare, widths[i], 800, NULL);
      double ha = bar_height (scene, "ALPHA, 2001\n");
      double hb = bar_height (scene, "BRAVO, 2003\n");
      double hb4 = bar_height (scene, "BRAVO, 2004\n");

      /* 6 deaths are as tall in either panel, and 24 four times as tall. */
      g_assert_cmpfloat (fabs (ha - hb), <=, 1);
      g_assert_cmpfloat (fabs (hb4 / hb - 4), <, 0.15);
      g_assert_false (pkc_scene_is_empty (scene));
    }

  /* Nothing chosen that exists: the empty state, not a blank chart. */
  {
    g_autoptr(PkcScene) none = NULL;

    compare.chosen[0] = "NOPE";
    compare.chosen[1] = NULL;
    none = pkc_compare_layout (data, &compare, 800, 600, NULL);
    g_assert_true (pkc_scene_is_empty (none));
  }
}

static void
test_world_rate (void)
{
  g_autoptr(PkcCompareData) data = make_data ();
  PkcCompareMission *a = pkc_compare_data_find (data, "alpha");
  PkcCompareOptions compare;
  g_autoptr(PkcScene) scene = NULL;
  g_autofree char *csv = NULL;
  gboolean found = FALSE;

  /* ALPHA's own strength known in 2001 only: 6 deaths of 1,500 = 4 per 1,000. */
  a->strength = g_new (double, data->n_years);
  for (guint y = 0; y < data->n_years; y++)
    a->strength[y] = PKC_COMPARE_NO_STRENGTH;
  a->strength[1] = 1500;
  pkc_compare_options_init (&compare);
  compare.view = PKC_COMPARE_WORLD;
  csv = pkc_compare_to_csv (data, &compare);
  /* 2000: 4 deaths of 2,000 = 2.000; 2004: 26 of 6,000 = 4.333. */
  g_assert_nonnull (strstr (csv, "\n2000,4,2000,2.000,4,,\n"));
  g_assert_nonnull (strstr (csv, "\n2001,6,3000,2.000,6,1500,4.000\n"));
  g_assert_nonnull (strstr (csv, "\n2004,26,6000,4.333,0,,\n"));

  scene = pkc_compare_layout (data, &compare, 1200, 800, NULL);
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    found |= strstr (pkc_scene_get_hit (scene, i)->tooltip, "4.00") != NULL ||
             strstr (pkc_scene_get_hit (scene, i)->tooltip, "4,00") != NULL;
  g_assert_true (found);
  g_assert_true (pkc_test_scene_contains_text (scene, "Force Source"));

  /* A political mission is left out of the whole: 2004 counts 24 then. */
  pkc_compare_data_find (data, "CHARLIE")->outside_force = TRUE;
  g_free (csv);
  csv = pkc_compare_to_csv (data, &compare);
  g_assert_nonnull (strstr (csv, "\n2004,24,6000,4.000,"));
}

/* Every view, phone to export sizes: the translated title is there (whole, or wrapped into
 * lines that start with its first word), no text leaves the scene, no text overlaps. */
static void
test_headings (void)
{
  g_autoptr(PkcCompareData) data = make_data ();
  const double sizes[][2] = { { 360, 720 }, { 800, 500 }, { 1920, 1080 } };

  for (guint v = 0; v < PKC_N_COMPARE_VIEWS; v++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        PkcCompareOptions compare;
        g_autoptr(PkcScene) scene = NULL;
        const char *title = v == PKC_COMPARE_RANKING ? _("Peacekeeper deaths by mission")
                            : v == PKC_COMPARE_WORLD
                            ? _("UN peacekeeping deaths and the size of the whole force") : NULL;
        g_autofree char *multi = g_strdup_printf (_("Peacekeeper deaths per year: %s"),
                                                  "ALPHA, BRAVO");
        g_auto(GStrv) words = g_strsplit (title != NULL ? title : multi, " ", 2);

        pkc_compare_options_init (&compare);
        compare.view = v;
        compare.chosen[0] = "ALPHA";
        compare.chosen[1] = "BRAVO";
        scene = pkc_compare_layout (data, &compare, sizes[s][0], sizes[s][1], NULL);
        g_assert_true (pkc_test_scene_has_prefix (scene, words[0]));
        if (sizes[s][0] >= 1920)
          g_assert_true (pkc_test_scene_has_text (scene, title != NULL ? title : multi));
        for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
          {
            double x, y, w, h;
            const char *text = _pkc_scene_get_text (scene, i, &x, &y, &w, &h);

            if (x < -0.5 || x + w > sizes[s][0] + 0.5)
              g_error ("%s at %gx%g, view %u: “%s” leaves the scene", language, sizes[s][0],
                       sizes[s][1], v, text);
          }
        test_assert_no_text_overlap (scene, 1);
      }
}

int
main (int   argc,
      char *argv[])
{
  gboolean bound;

  language = pkc_test_use_language (&argc, &argv, &bound);
  if (bound && !g_str_equal (language, "en"))
    g_assert_cmpstr (_("Missions ranked by deaths"), !=, "Missions ranked by deaths");

  g_test_add_func ("/charts/compare/ranking", test_ranking);
  g_test_add_func ("/charts/compare/multiples-share-scale", test_multiples_share_scale);
  g_test_add_func ("/charts/compare/world-rate", test_world_rate);
  g_test_add_func ("/charts/compare/headings", test_headings);
  return g_test_run ();
}
