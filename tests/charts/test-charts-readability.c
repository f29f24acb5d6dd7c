/* test-charts-readability.c — what a reader of a report sees: a short source line, the
 * withdrawal in its own panel, month labels, labels clear of lines, crisp 2× output
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

/* The texts whose run starts with "Source" and those below it, i.e. the source line. */
static guint
source_line_count (const PkcScene *scene,
                   GString        *joined)
{
  double top = -1;
  guint n = 0;

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;
      const char *t = _pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL);

      if (top < 0 && (g_str_has_prefix (t, "Source: ") || g_str_has_prefix (t, "Sources: ")))
        top = y;
      if (top >= 0 && y >= top - 0.5)
        {
          g_string_append_printf (joined, "%s%s", n ? " " : "", t);
          n++;
        }
      if (top >= 0 && y < top - 0.5)
        break;   /* the frame adds the source line right after title and subtitle */
    }
  return n;
}

static void
test_source_line (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (k, ds, 800, 500, NULL);
      g_autoptr(GString) line = g_string_new (NULL);
      guint n = source_line_count (scene, line);

      g_test_message ("%s: %s", pkc_chart_kind_to_token (k), line->str);
      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, 2);
      /* Summarised, never cut. */
      g_assert_null (strstr (line->str, "…"));
      switch (k)
        {
        case PKC_CHART_CASUALTIES:
          /* The plotted numbers' source by name, the event labels counted. */
          g_assert_nonnull (strstr (line->str, "United Nations DPPA/DPOSS, Peacekeeper fatalities open data"));
          g_assert_nonnull (strstr (line->str, "as of 4 April 2025"));
          g_assert_nonnull (strstr (line->str, "event labels: "));
          break;
        case PKC_CHART_STRENGTH:
          g_assert_nonnull (strstr (line->str, "ceilings: 11 Security Council resolutions"));
          g_assert_nonnull (strstr (line->str, "deployed strength: "));
          g_assert_nonnull (strstr (line->str, "tooltip"));
          break;
        default:
          g_assert_nonnull (strstr (line->str, "closure dates: "));
          break;
        }
    }
}

/* Every tooltip keeps its exact source. */
static void
test_tooltips_keep_sources (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (k, ds, 800, 500, NULL);

      for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
        {
          const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

          if (hit->legend_index >= 0 || (k == PKC_CHART_BASES && hit->item < 0))
            continue;
          g_assert_true (strstr (hit->tooltip, "Source: ") != NULL ||
                         strstr (hit->tooltip, "Searched: ") != NULL ||
                         strstr (hit->tooltip, "Closure date") != NULL);
        }
    }
}

/* Departures sit in their own panel: outside the box spanned by the main plot's ceilings and
 * deployed-strength markers, beside it when wide, below it on a phone. */
static void
test_withdrawal_panel (void)
{
  static const double widths[] = { 360, 800, 1920 };
  static const double heights[] = { 640, 500, 1080 };
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint s = 0; s < G_N_ELEMENTS (widths); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, widths[s], heights[s], NULL);
      PkcBox main = { G_MAXDOUBLE, G_MAXDOUBLE, 0, 0 };
      double x1 = -1, y1 = -1;
      guint n_draw = 0;
      gboolean heading = FALSE;

      for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
        {
          const PkcHitRegion *h = pkc_scene_get_hit (scene, i);

          if (h->legend_index >= 0 || h->series < 0 || h->series >= PKC_STRENGTH_DRAWDOWN)
            continue;
          main.x = MIN (main.x, h->x);
          main.y = MIN (main.y, h->y);
          x1 = MAX (x1, h->x + h->width);
          y1 = MAX (y1, h->y + h->height);
        }
      main.width = x1 - main.x;
      main.height = y1 - main.y;
      for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
        {
          const PkcHitRegion *h = pkc_scene_get_hit (scene, i);

          if (h->legend_index >= 0 || h->series != PKC_STRENGTH_DRAWDOWN)
            continue;
          n_draw++;
          g_assert_false (h->x < main.x + main.width && main.x < h->x + h->width &&
                          h->y < main.y + main.height && main.y < h->y + h->height);
          g_assert_nonnull (strstr (h->tooltip, "Source: "));
          if (widths[s] < 600)
            g_assert_cmpfloat (h->y, >, main.y + main.height);
          else
            g_assert_cmpfloat (h->x, >, main.x + main.width);
        }
      g_assert_cmpuint (n_draw, ==, pkc_dataset_get_drawdowns (ds)->len);
      for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
        heading |= g_str_has_prefix (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), "2023 withdrawal");
      g_assert_true (heading);
      /* No negative personnel figure ("−10,500") on the axis. */
      for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
        g_assert_false (g_str_has_prefix (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), "−"));
      test_assert_no_text_overlap (scene, 0.5);
    }
}

/* A zoomed year of casualties is labelled by month, with the year once on its own row. */
static void
test_month_labels (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autoptr(PkcScene) wide = NULL;
  g_autoptr(PkcScene) phone = NULL;

  pkc_chart_options_init (&options);
  options.range_from = test_date ("2019-01-01");
  options.range_to = test_date ("2020-12-31");
  wide = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, &options);
  g_assert_true (pkc_test_scene_has_text (wide, "Jan") && pkc_test_scene_has_text (wide, "Jul"));
  g_assert_true (pkc_test_scene_has_text (wide, "2019") && pkc_test_scene_has_text (wide, "2020"));
  g_assert_false (pkc_test_scene_has_text (wide, "Q3"));
  test_assert_no_text_overlap (wide, 0.5);
  /* 24 months in about 300 px: initials. */
  phone = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 360, 640, &options);
  g_assert_true (pkc_test_scene_has_text (phone, "J") && pkc_test_scene_has_text (phone, "2019"));
  test_assert_no_text_overlap (phone, 0.5);
}

/* Events at 800 × 500: none cut; each either labelled beside its line (whole or short, on
 * one line or the first of two), in several rows, or numbered with its text in the key under
 * the plot (test-charts-events checks the texts themselves). */
static void
test_event_labels (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, NULL);
  GPtrArray *events = pkc_dataset_get_events (ds);
  GHashTable *rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint placed = 0, numbered = 0, shown = 0;
  double key_top = G_MAXDOUBLE;

  /* The key starts at its number 1, the lowest "1" (a number in the band is higher). */
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;

      if (g_str_equal (_pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL), "1"))
        key_top = key_top == G_MAXDOUBLE ? y : MAX (key_top, y);
    }
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;
      const char *t = _pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL);

      g_assert_null (strstr (t, "…"));
      if (y >= key_top - 1)
        continue;
      for (guint e = 0; e < events->len; e++)
        {
          const PkcEvent *ev = g_ptr_array_index (events, e);
          const char *label = pkc_localized_text_get (&ev->label, PKC_LANG_EN);
          const char *brief = ev->short_label.text[PKC_LANG_EN];

          if (strlen (t) < 4 || !(g_str_has_prefix (label, t) ||
                                  (brief != NULL && g_str_has_prefix (brief, t))))
            continue;
          g_hash_table_add (rows, GINT_TO_POINTER ((int) round (y)));
          placed++;
          break;
        }
    }
  /* The key: its numbers 1 … n (an axis has numbers too, higher up). */
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;
      const char *t = _pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL);

      if (y >= key_top - 1 && g_ascii_isdigit (*t) && strspn (t, "0123456789") == strlen (t))
        numbered = MAX (numbered, (guint) g_ascii_strtoull (t, NULL, 10));
    }
  for (guint h = 0; h < pkc_scene_get_n_hits (scene); h++)
    for (guint e = 0; e < events->len; e++)
      {
        const PkcEvent *ev = g_ptr_array_index (events, e);
        g_autofree char *needle = g_strdup_printf ("\n%s\n",
                                                   pkc_localized_text_get (&ev->label, PKC_LANG_EN));
        const char *tip = pkc_scene_get_hit (scene, h)->tooltip;

        if (tip != NULL && strstr (tip, needle) != NULL)
          shown++;
      }
  g_test_message ("%u events: %u labelled in %u rows, %u numbered", shown, placed,
                  g_hash_table_size (rows), numbered);
  g_assert_cmpuint (placed, >=, 2);
  g_assert_cmpuint (g_hash_table_size (rows), >=, 2);
  g_assert_cmpuint (placed + numbered, ==, shown);
  g_hash_table_unref (rows);
}

/* Bases on a phone: short row labels, and no date label across the mission-end line. */
static void
test_bases_narrow (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 360, 640, NULL);
  double end_x = -1;

  g_assert_true (pkc_test_scene_has_text (scene, "8. Kidal"));
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_LINE && p->stroke.role == PKC_ROLE_EVENT && p->points->len == 2)
        end_x = g_array_index (p->points, PkcPoint, 0).x;
    }
  g_assert_cmpfloat (end_x, >, 0);
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double x, w;
      const char *t = _pkc_scene_get_text (scene, i, &x, NULL, &w, NULL);

      if (g_str_equal (t, "Mission end"))
        continue;
      g_assert_false (x < end_x && x + w > end_x && g_ascii_isdigit (*t) && strchr (t, '.') == NULL);
    }
  test_assert_no_text_overlap (scene, 0.5);
}

/* Every located base is named on the map in a 1000-px window (Gao and Ménaka included). */
static void
test_map_names (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_BASES, ds, 1000, 640, NULL);

  g_assert_true (pkc_test_scene_has_text (scene, "Gao"));
  g_assert_true (pkc_test_scene_has_text (scene, "Ménaka"));
  test_assert_no_text_overlap (scene, 0.5);
}

/* Painted at 2× (a HiDPI screen) the 1-px grid lines cover exactly two device rows at full
 * strength: no half-covered, blurred row on either side. */
static void
test_hidpi_crisp (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, 800, 500, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 1000);
  const guint8 *data;
  int stride;
  guint checked = 0;
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, 2, 2);
  cr = cairo_create (surface);
  pkc_scene_paint (scene, cr, PKC_THEME_LIGHT, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);
      const PkcPoint *a, *b;
      int dx, dy;
      guint32 above, on1, on2, below;

      if (p->kind != PKC_PRIM_LINE || p->stroke.role != PKC_ROLE_GRID || p->points->len != 2)
        continue;
      a = &g_array_index (p->points, PkcPoint, 0);
      b = &g_array_index (p->points, PkcPoint, 1);
      if (fabs (a->y - b->y) > 1e-9 || b->x - a->x < 20)
        continue;
      /* A device column just inside the line's start, the rows around it. */
      dx = (int) (a->x * 2) + 3;
      dy = (int) floor (a->y * 2);   /* y = n + 0.5 → device rows 2n and 2n + 1 */
#define PX(X, Y) (*(const guint32 *) (data + (Y) * stride + (X) * 4) & 0xffffff)
      above = PX (dx, dy - 2);
      on1 = PX (dx, dy - 1);
      on2 = PX (dx, dy);
      below = PX (dx, dy + 1);
#undef PX
      if (on1 == above)
        continue;   /* something else drawn here (a bar, a label): skip */
      g_assert_cmphex (on1, ==, on2);
      g_assert_cmphex (above, !=, on1);
      g_assert_cmphex (below, !=, on1);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 3);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/readability/source-line", test_source_line);
  g_test_add_func ("/charts/readability/tooltip-sources", test_tooltips_keep_sources);
  g_test_add_func ("/charts/readability/withdrawal-panel", test_withdrawal_panel);
  g_test_add_func ("/charts/readability/month-labels", test_month_labels);
  g_test_add_func ("/charts/readability/event-labels", test_event_labels);
  g_test_add_func ("/charts/readability/bases-narrow", test_bases_narrow);
  g_test_add_func ("/charts/readability/map-names", test_map_names);
  g_test_add_func ("/charts/readability/hidpi-crisp", test_hidpi_crisp);
  return g_test_run ();
}
