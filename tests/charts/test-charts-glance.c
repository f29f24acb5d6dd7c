/* test-charts-glance.c — strength and bases charts a reader decodes without the tooltips:
 * totals against their own ceiling, the title, the withdrawal panel's scale, no overlaps,
 * whole row labels, every base numbered on the map
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-test-scene.h"
#include "pkc-scene-private.h"

static const struct {
  double width, height;
} sizes[] = {
  { 360, 640 }, { 800, 500 }, { 1920, 1080 },
};

/* The dotted step line drawn in the totals' colour: its y at @x, or -1 where it is not. */
static double
uniformed_line_y (const PkcScene *scene,
                  double          x)
{
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_LINE || p->dash <= 0 || p->stroke.role != PKC_ROLE_SERIES ||
          p->stroke.index != 3)
        continue;
      for (guint k = 0; k + 1 < p->points->len; k++)
        {
          const PkcPoint *a = &g_array_index (p->points, PkcPoint, k);
          const PkcPoint *b = &g_array_index (p->points, PkcPoint, k + 1);

          if (a->y == b->y && a->x <= x && x <= b->x)
            return a->y;
        }
    }
  return -1;
}

/* A figure that gives only a uniformed total is drawn with the ceiling it compares with:
 * military plus police, in force at its date. Every such total under that sum sits under
 * the dotted line, whatever the military line says. */
static void
test_totals_against_uniformed_ceiling (void)
{
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  PkcDataset *datasets[] = { minusma, monusco };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, datasets[d], 1920, 1080, NULL);
      GPtrArray *observations = pkc_dataset_get_observations (datasets[d]);
      guint checked = 0;

      g_assert_true (pkc_test_scene_has_text (scene, "Military + police ceiling"));
      for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
        {
          const PkcHitRegion *h = pkc_scene_get_hit (scene, i);
          const PkcObservation *o;
          const PkcCeiling *c;
          double line_y;

          if (h->legend_index >= 0 || h->series != PKC_STRENGTH_TOTAL)
            continue;
          o = g_ptr_array_index (observations, h->item);
          c = pkc_dataset_ceiling_at (datasets[d], &o->date);
          if (c == NULL || c->military == PKC_COUNT_NONE || c->police == PKC_COUNT_NONE)
            continue;
          line_y = uniformed_line_y (scene, h->anchor_x);
          g_assert_cmpfloat (line_y, >, 0);
          if (o->total <= c->military + c->police)
            g_assert_cmpfloat (h->anchor_y, >=, line_y - 1);
          else
            g_assert_cmpfloat (h->anchor_y, <, line_y);
          checked++;
        }
      g_test_message ("%s: %u totals checked", pkc_dataset_get_acronym (datasets[d]), checked);
      g_assert_cmpuint (checked, >=, 3);
    }

  /* Totals switched off: their ceiling goes with them. */
  {
    PkcChartOptions options;
    g_autoptr(PkcScene) scene = NULL;

    pkc_chart_options_init (&options);
    options.hidden_series = 1u << PKC_STRENGTH_TOTAL;
    scene = pkc_chart_layout (PKC_CHART_STRENGTH, minusma, 1920, 1080, &options);
    for (double x = 0; x < 1920; x += 10)
      g_assert_cmpfloat (uniformed_line_y (scene, x), <, 0);
  }
}

/* With police on the chart the title says uniformed personnel; troops alone, troop strength. */
static void
test_title_names_police (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) both = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1920, 1080, NULL);
  g_autoptr(PkcScene) troops = NULL;
  PkcChartOptions options;

  g_assert_true (pkc_test_scene_has_text (both, "MINUSMA uniformed personnel against authorised ceilings"));
  pkc_chart_options_init (&options);
  options.hidden_series = (1u << PKC_STRENGTH_POLICE) | (1u << PKC_STRENGTH_POLICE_CEILING);
  troops = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 1920, 1080, &options);
  g_assert_true (pkc_test_scene_has_text (troops, "MINUSMA troop strength against authorised ceilings"));
}

/* The withdrawal panel has its own count axis, and says so. */
static void
test_withdrawal_scale_said (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, sizes[s].width,
                                                    sizes[s].height, NULL);
      gboolean said = FALSE;

      for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
        said |= g_str_has_prefix (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), "Own scale");
      g_assert_true (said);
    }
}

/* Every text run inside the chart: nothing cut at an edge. */
static void
assert_texts_inside (const PkcScene *scene)
{
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double x, y, w, h;
      const char *t = _pkc_scene_get_text (scene, i, &x, &y, &w, &h);

      if (x < -0.5 || y < -0.5 || x + w > scene->width + 0.5 || y + h > scene->height + 0.5)
        g_error ("“%s” (%g,%g %gx%g) leaves the %gx%g chart", t, x, y, w, h, scene->width,
                 scene->height);
    }
}

/* No two text boxes overlap and none is cut at an edge, for both curated missions, phone to
 * export width. */
static void
test_no_overlap (void)
{
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  PkcDataset *datasets[] = { minusma, monusco };
  const PkcChartKind kinds[] = { PKC_CHART_STRENGTH, PKC_CHART_BASES };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(PkcScene) scene = pkc_chart_layout (kinds[k], datasets[d], sizes[s].width,
                                                        sizes[s].height, NULL);

          g_test_message ("%s %s %gx%g", pkc_dataset_get_acronym (datasets[d]),
                          pkc_chart_kind_to_token (kinds[k]), sizes[s].width, sizes[s].height);
          test_assert_no_text_overlap (scene, 0.5);
          assert_texts_inside (scene);
        }
}

/* The x and the vertical range of the bases chart's row labels: the column of "1. …". */
static gboolean
row_label_column (const PkcScene *scene,
                  double         *x,
                  double         *y0,
                  double         *y1)
{
  gboolean found = FALSE;

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double tx, ty, tw, th;
      const char *t = _pkc_scene_get_text (scene, i, &tx, &ty, &tw, &th);

      if (!found && g_str_has_prefix (t, "1. "))
        {
          *x = tx;
          *y0 = ty;
          *y1 = ty + th;
          found = TRUE;
        }
      else if (found && fabs (tx - *x) < 0.5 && g_ascii_isdigit (*t))
        *y1 = MAX (*y1, ty + th);
    }
  return found;
}

/* From 1000 px wide, no row label of the bases chart is cut: what does not fit on one line
 * goes on a second, or to the tooltip. */
static void
test_bases_rows_whole (void)
{
  static const double widths[] = { 1000, 1280, 1920 };
  static const double heights[] = { 640, 720, 1080 };
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  PkcDataset *datasets[] = { minusma, monusco };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint s = 0; s < G_N_ELEMENTS (widths); s++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, datasets[d], widths[s], heights[s], NULL);
        GPtrArray *bases = pkc_dataset_get_bases (datasets[d]);
        double x = 0, y0 = 0, y1 = 0;
        guint n_rows = 0;

        g_assert_true (row_label_column (scene, &x, &y0, &y1));
        for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
          {
            double tx, ty;
            const char *t = _pkc_scene_get_text (scene, i, &tx, &ty, NULL, NULL);

            if (fabs (tx - x) > 0.5 || ty < y0 - 1 || ty > y1 + 1)
              continue;
            if (strstr (t, "…") != NULL)
              g_error ("row label cut: “%s” (%s, %g px)", t, pkc_dataset_get_acronym (datasets[d]), widths[s]);
            n_rows += g_ascii_isdigit (*t) && strstr (t, ". ") != NULL;
          }
        g_assert_cmpuint (n_rows, ==, bases->len);
      }
}

/* Every base with coordinates has its closure number on the map: in its disc, beside its
 * dot, or with its name. */
static void
test_bases_numbered_on_map (void)
{
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  PkcDataset *datasets[] = { minusma, monusco };
  static const double widths[] = { 360, 800, 1000, 1920 };
  static const double heights[] = { 640, 500, 640, 1080 };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint s = 0; s < G_N_ELEMENTS (widths); s++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, datasets[d], widths[s], heights[s], NULL);
        GPtrArray *bases = pkc_dataset_get_bases (datasets[d]);
        double rx = 0, ry0 = 0, ry1 = 0;

        g_assert_true (row_label_column (scene, &rx, &ry0, &ry1));
        for (guint h = 0; h < pkc_scene_get_n_hits (scene); h++)
          {
            const PkcHitRegion *hit = pkc_scene_get_hit (scene, h);
            const PkcBase *b;
            g_autofree char *num = NULL, *prefix = NULL;
            gboolean found = FALSE;

            /* The map's discs: small square hit regions (a row's spans the timeline). */
            if (hit->legend_index >= 0 || hit->item < 0 || hit->width > 60)
              continue;
            b = g_ptr_array_index (bases, hit->item);
            num = g_strdup_printf ("%u", b->order);
            prefix = g_strdup_printf ("%u. ", b->order);
            for (guint i = 0; i < _pkc_scene_get_n_texts (scene) && !found; i++)
              {
                double tx, ty, tw, th, dx, dy;
                const char *t = _pkc_scene_get_text (scene, i, &tx, &ty, &tw, &th);

                if (fabs (tx - rx) < 0.5 && ty >= ry0 - 1 && ty <= ry1 + 1)
                  continue;   /* a row label */
                if (!g_str_equal (t, num) && !g_str_has_prefix (t, prefix))
                  continue;
                dx = MAX (0, MAX (tx - hit->anchor_x, hit->anchor_x - (tx + tw)));
                dy = MAX (0, MAX (ty - hit->anchor_y, hit->anchor_y - (ty + th)));
                found = hypot (dx, dy) < 110;
              }
            if (!found)
              g_error ("%s: base %u has no number on the map at %g px",
                       pkc_dataset_get_acronym (datasets[d]), b->order, widths[s]);
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/glance/totals-against-uniformed-ceiling", test_totals_against_uniformed_ceiling);
  g_test_add_func ("/charts/glance/title-names-police", test_title_names_police);
  g_test_add_func ("/charts/glance/withdrawal-scale-said", test_withdrawal_scale_said);
  g_test_add_func ("/charts/glance/no-overlap", test_no_overlap);
  g_test_add_func ("/charts/glance/bases-rows-whole", test_bases_rows_whole);
  g_test_add_func ("/charts/glance/bases-numbered-on-map", test_bases_numbered_on_map);
  return g_test_run ();
}
