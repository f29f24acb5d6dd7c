/* test-chart-tips.c — the chart's hover tooltip and keyboard popover stay readable and inside
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-chart-view-private.h"
#include "pkc-embedded.h"
#include "pkc-settings.h"
#include "pkc-test-window.h"

static const char *pages[] = { "casualties", "strength", "bases" };

/* The size the next window opens at (the window's saved size). */
static void
set_window_size (int width,
                 int height)
{
  g_autoptr(GSettings) settings = pkc_settings_new ();

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

/* Every hit region's tip area lies inside the chart, on a phone-sized window and a wide one. */
static void
test_tip_area_inside (void)
{
  const int widths[] = { 800, 1400 };
  guint clipped = 0;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PkcWindow *window;

      set_window_size (widths[w], 700);
      window = pkc_test_show_window ();
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          PkcChartView *view = pkc_window_get_chart_view (window, (PkcChartKind) p);
          const PkcScene *scene;
          int width, height;

          pkc_window_set_visible_page (window, pages[p]);
          pkc_test_wait_for_redraw ();
          scene = pkc_chart_view_get_scene (view);
          g_assert_nonnull (scene);
          width = gtk_widget_get_width (GTK_WIDGET (view));
          height = gtk_widget_get_height (GTK_WIDGET (view));
          for (guint h = 0; h < pkc_scene_get_n_hits (scene); h++)
            {
              const PkcHitRegion *region = pkc_scene_get_hit (scene, h);
              GdkRectangle area;

              if (!pkc_chart_view_tip_area (view, (int) h, &area))
                {
                  /* Only a region wholly outside the chart has no tip. */
                  g_assert_true (region->x >= width || region->y >= height ||
                                 region->x + region->width <= 0 ||
                                 region->y + region->height <= 0);
                  continue;
                }
              g_assert_cmpint (area.x, >=, 0);
              g_assert_cmpint (area.y, >=, 0);
              g_assert_cmpint (area.x + area.width, <=, width);
              g_assert_cmpint (area.y + area.height, <=, height);
              if (region->x < 0 || region->y < 0 || region->x + region->width > width ||
                  region->y + region->height > height)
                clipped++;
            }
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_test_message ("hit regions reaching past the chart, clipped: %u", clipped);
}

/* A scene larger than its widget (laid out 400 px wider and 300 px taller): the regions
 * reaching past the widget get a tip area clipped to it, the ones wholly outside none. */
static PkcScene *
oversized_layout (double                 width,
                  double                 height,
                  const PkcChartOptions *options,
                  gpointer               dataset)
{
  return pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, width + 400, height + 300, options);
}

static void
test_tip_area_clipped (void)
{
  g_autoptr(PkcDataset) dataset = pkc_embedded_dataset_load (NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = pkc_chart_view_new (PKC_CHART_CASUALTIES);
  const PkcScene *scene;
  guint clipped = 0, outside = 0;
  int width, height;

  pkc_chart_view_set_layout_func (PKC_CHART_VIEW (view), oversized_layout,
                                  g_object_ref (dataset), g_object_unref);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 450);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
  scene = pkc_chart_view_get_scene (PKC_CHART_VIEW (view));
  g_assert_nonnull (scene);
  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  for (guint h = 0; h < pkc_scene_get_n_hits (scene); h++)
    {
      const PkcHitRegion *region = pkc_scene_get_hit (scene, h);
      gboolean past = region->x + region->width > width || region->y + region->height > height;
      gboolean beyond = region->x >= width || region->y >= height;
      GdkRectangle area;

      if (!pkc_chart_view_tip_area (PKC_CHART_VIEW (view), (int) h, &area))
        {
          g_assert_true (beyond);
          outside++;
          continue;
        }
      g_assert_false (beyond);
      g_assert_cmpint (area.x + area.width, <=, width);
      g_assert_cmpint (area.y + area.height, <=, height);
      if (past)
        clipped++;
    }
  g_test_message ("clipped %u, wholly outside %u", clipped, outside);
  g_assert_cmpuint (clipped, >, 0);
  g_assert_cmpuint (outside, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The longest tooltip of each chart wraps at PKC_CHART_VIEW_TIP_MAX_CHARS. */
static void
test_tooltip_wraps (void)
{
  PkcWindow *window;
  guint longest_seen = 0;

  set_window_size (1400, 800);
  window = pkc_test_show_window ();
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      PkcChartView *view = pkc_window_get_chart_view (window, (PkcChartKind) p);
      g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
      const PkcScene *scene;
      const PkcHitRegion *longest = NULL;
      PangoFontMetrics *metrics;
      GdkRectangle area;
      gboolean shown = FALSE;
      int natural, char_width;

      /* The pointer rests in the middle of the (virtual) screen: GTK must not open a real
       * tooltip there, which would hold the label this test shows in its own. */
      gtk_widget_set_has_tooltip (GTK_WIDGET (view), FALSE);
      pkc_window_set_visible_page (window, pages[p]);
      pkc_test_wait_for_redraw ();
      scene = pkc_chart_view_get_scene (view);
      for (guint h = 0; h < pkc_scene_get_n_hits (scene); h++)
        {
          const PkcHitRegion *region = pkc_scene_get_hit (scene, h);

          if (region->tooltip != NULL && pkc_chart_view_tip_area (view, (int) h, &area) &&
              (longest == NULL || strlen (region->tooltip) > strlen (longest->tooltip)))
            longest = region;
        }
      g_assert_nonnull (longest);
      longest_seen = MAX (longest_seen, g_utf8_strlen (longest->tooltip, -1));
      g_assert_true (pkc_chart_view_tip_area (view, (int) (longest - pkc_scene_get_hit (scene, 0)),
                                              &area));
      g_signal_emit_by_name (view, "query-tooltip", area.x + area.width / 2,
                             area.y + area.height / 2, FALSE, tooltip, &shown);
      g_assert_true (shown);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (view->tooltip_label)), ==,
                       longest->tooltip);

      gtk_widget_measure (view->tooltip_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                          NULL, NULL);
      metrics = pango_context_get_metrics (gtk_widget_get_pango_context (view->tooltip_label),
                                           NULL, NULL);
      /* As GTK counts max-width-chars: the wider of a letter and a digit. */
      char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                        pango_font_metrics_get_approximate_digit_width (metrics)) / PANGO_SCALE;
      pango_font_metrics_unref (metrics);
      g_test_message ("%s: longest tooltip %ld characters, %d px wide (limit %d px)", pages[p],
                      g_utf8_strlen (longest->tooltip, -1), natural,
                      PKC_CHART_VIEW_TIP_MAX_CHARS * char_width);
      g_assert_cmpint (natural, <=, PKC_CHART_VIEW_TIP_MAX_CHARS * (char_width + 1));
    }
  /* The test means something only if some tooltip is longer than the limit. */
  g_assert_cmpuint (longest_seen, >, PKC_CHART_VIEW_TIP_MAX_CHARS);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/chart-tips/inside-the-chart", test_tip_area_inside);
  g_test_add_func ("/chart-tips/clipped-to-widget", test_tip_area_clipped);
  g_test_add_func ("/chart-tips/wrapped", test_tooltip_wraps);
  return g_test_run ();
}
