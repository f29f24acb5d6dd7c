/* test-compare-page.c — the Compare page under a real display: its three charts, the
 * missions chooser (search, 2 to 6), keyboard focus on the bars, export of what it shows
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pkc-test-window.h"
#include "pkc-chart-view-private.h"
#include "pkc-window-compare.h"
#include "pkc-app-private.h"
#include "pkc-scene-private.h"

static gboolean
scene_has_text (const PkcScene *scene,
                const char     *text)
{
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    if (g_strcmp0 (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), text) == 0)
      return TRUE;
  return FALSE;
}

static PkcComparePage *
show_compare (PkcWindow *window)
{
  PkcComparePage *page = pkc_window_get_compare_page (window);

  g_assert_nonnull (page);
  g_assert_null (pkc_window_compare_visible (window));
  pkc_window_set_visible_page (window, "compare");
  pkc_test_wait_for_redraw ();
  g_assert_cmpstr (pkc_window_get_visible_page (window), ==, "compare");
  g_assert_true (pkc_window_compare_visible (window) == page);
  return page;
}

static void
test_ranking_and_switch (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcComparePage *page = show_compare (window);
  PkcChartView *view = pkc_compare_page_get_chart_view (page);
  const PkcScene *scene = pkc_chart_view_get_scene (view);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_nonnull (scene);
  g_assert_true (scene_has_text (scene, "Peacekeeper deaths by mission"));
  /* UNIFIL leads all causes; MINUSMA leads malicious acts. */
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "UNIFIL first with 339"));
  _pkc_compare_page_set_malicious_only (page, TRUE);
  pkc_test_wait_for_redraw ();
  scene = pkc_chart_view_get_scene (view);
  g_assert_true (scene_has_text (scene, "Peacekeeper deaths in malicious acts, by mission"));
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "MINUSMA first with 174"));
  _pkc_compare_page_set_malicious_only (page, FALSE);

  /* The whole force: a bar per year from 1948 to 2021 can be focused. */
  _pkc_compare_page_set_view (page, PKC_COMPARE_WORLD);
  pkc_test_wait_for_redraw ();
  scene = pkc_chart_view_get_scene (view);
  g_assert_true (scene_has_text (scene, "UN peacekeeping deaths and the size of the whole force"));
  g_assert_cmpuint (pkc_scene_get_n_hits (scene), >=, 2021 - 1948 + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_missions_chooser (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcComparePage *page = show_compare (window);
  PkcChartView *view = pkc_compare_page_get_chart_view (page);
  const char *two[] = { "UNIFIL", "UNOSOM", NULL };
  const char *one[] = { "UNIFIL", NULL };
  const char *seven[] = { "A", "B", "C", "D", "E", "F", "G", NULL };
  g_auto(GStrv) unif = NULL;
  g_auto(GStrv) lebanon = NULL;
  gboolean handled = FALSE;
  GtkEventController *keys = NULL;
  GListModel *controllers;

  _pkc_compare_page_set_view (page, PKC_COMPARE_MISSIONS);
  pkc_test_wait_for_redraw ();
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view),
                                 "Peacekeeper deaths per year: MINUSMA, MINUSCA, MONUSCO"));

  /* Search by acronym and by name, ignoring case. */
  unif = _pkc_compare_page_filter_missions (page, "unif");
  g_assert_true (g_strv_contains ((const char * const *) unif, "UNIFIL"));
  g_assert_false (g_strv_contains ((const char * const *) unif, "MINUSMA"));
  lebanon = _pkc_compare_page_filter_missions (page, "lebanon");
  g_assert_true (g_strv_contains ((const char * const *) lebanon, "UNIFIL"));

  g_assert_true (_pkc_compare_page_set_missions (page, two));
  pkc_test_wait_for_redraw ();
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view),
                                 "Peacekeeper deaths per year: UNIFIL, UNOSOM"));
  /* Fewer than 2 or more than 6: refused, the choice stays. */
  g_assert_false (_pkc_compare_page_set_missions (page, one));
  g_assert_false (_pkc_compare_page_set_missions (page, seven));
  g_assert_cmpstr (_pkc_compare_page_get_options (page)->chosen[1], ==, "UNOSOM");

  /* Keyboard: Home focuses the first bar, Right the next, each with its tooltip. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        keys = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Home, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_cmpint (_pkc_chart_view_get_focus_hit (view), >=, 0);
  g_assert_nonnull (pkc_scene_get_hit (pkc_chart_view_get_scene (view),
                                       _pkc_chart_view_get_focus_hit (view))->tooltip);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_what_is_shown (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcComparePage *page = show_compare (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  PkcExportSettings settings;

  _pkc_compare_page_set_view (page, PKC_COMPARE_MISSIONS);
  pkc_export_settings_init (&settings, PKC_EXPORT_SVG);
  svg = pkc_compare_page_export (page, &settings, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (text, "Peacekeeper deaths per year: MINUSMA, MINUSCA, MONUSCO"));
  g_assert_nonnull (strstr (text, "Peacekeeper Fatalities open data"));
  name = pkc_compare_page_suggest_name (page, PKC_EXPORT_PDF);
  g_assert_cmpstr (name, ==, "compare-minusma-minusca-monusco.pdf");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/compare-page/ranking-and-switch", test_ranking_and_switch);
  g_test_add_func ("/compare-page/missions-chooser", test_missions_chooser);
  g_test_add_func ("/compare-page/export", test_export_what_is_shown);
  return g_test_run ();
}
