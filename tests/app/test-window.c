/* test-window.c — the main window under a real display (Xvfb in CI)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-chart-view-private.h"
#include "pkc-settings.h"
#include "pkc-test-util.h"
#include "pkc-test-window.h"
#include "pkc-window-private.h"

static gboolean
open_and_wait (PkcWindow  *window,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PkcTestLoadWait wait = { 0 };
  gulong handler;

  handler = pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, file);
  pkc_test_iterate_until (&wait.finished);
  g_signal_handler_disconnect (window, handler);
  return wait.succeeded;
}

static void
test_window_starts_on_embedded_dataset (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcDataset *dataset = pkc_window_get_dataset (window);

  g_assert_nonnull (dataset);
  g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, "MINUSMA");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 311);

  for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
    g_assert_true (pkc_chart_view_get_dataset (pkc_window_get_chart_view (window, kind)) ==
                   dataset);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_switches_pages (void)
{
  const char *pages[] = { "casualties", "strength", "bases" };
  PkcWindow *window = pkc_test_show_window ();

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      PkcChartView *view = pkc_window_get_chart_view (window, (PkcChartKind) i);

      pkc_window_set_visible_page (window, pages[i]);
      pkc_test_wait_for_redraw ();
      g_assert_cmpstr (pkc_window_get_visible_page (window), ==, pages[i]);
      /* the visible chart was laid out with the real data: it has hit regions */
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
      g_assert_nonnull (pkc_chart_view_get_scene (view));
      g_assert_cmpuint (pkc_scene_get_n_hits (pkc_chart_view_get_scene (view)), >, 0);
    }

  /* an unknown page name changes nothing */
  pkc_window_set_visible_page (window, "pie-chart");
  g_assert_cmpstr (pkc_window_get_visible_page (window), ==, "bases");

  /* Alt+2 goes to the strength page through the window's show-page action */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page",
                                  g_variant_new_string ("strength"));
  g_assert_cmpstr (pkc_window_get_visible_page (window), ==, "strength");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_opens_dataset_and_keeps_it_on_error (void)
{
  PkcWindow *window = pkc_test_show_window ();
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  PkcDataset *before;
  const char *error;

  good = g_test_build_filename (G_TEST_DIST, "data", "valid-small.xml", NULL);
  g_assert_true (open_and_wait (window, good));
  before = pkc_window_get_dataset (window);
  g_assert_cmpstr (pkc_dataset_get_display_name (before), ==, "valid-small.xml");
  g_assert_cmpstr (pkc_dataset_get_acronym (before), !=, "MINUSMA");

  bad = pkc_test_write_temp_file ("bad.xml",
                                  "<?xml version=\"1.0\"?>\n"
                                  "<peacekeeping-dataset format=\"1\">\n"
                                  "  <mission acronym=\"X\" start=\"2020-01-01\" source=\"s\">\n"
                                  "    <name xml:lang=\"en\">X</name>\n"
                                  "  </mission>\n"
                                  "  <sources>\n");
  g_assert_false (open_and_wait (window, bad));
  /* the dataset on screen is the one loaded before, untouched */
  g_assert_true (pkc_window_get_dataset (window) == before);
  g_assert_true (pkc_chart_view_get_dataset (pkc_window_get_chart_view (window,
                                                                          PKC_CHART_CASUALTIES))
                 == before);
  error = _pkc_window_get_last_error (window);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error, "bad.xml:"));

  pkc_test_remove_temp_file (bad);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_restores_settings (void)
{
  g_autoptr(GSettings) settings = pkc_settings_new ();
  PkcWindow *window;
  int width, height;

  g_settings_set_string (settings, "last-page", "bases");
  g_settings_set_int (settings, "window-width", 777);
  g_settings_set_int (settings, "window-height", 555);

  window = pkc_test_show_window ();
  g_assert_cmpstr (pkc_window_get_visible_page (window), ==, "bases");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  /* closing saves the page the user was on */
  pkc_window_set_visible_page (window, "strength");
  gtk_window_close (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "strength");
}

static void
test_chart_hover_does_not_relayout (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  const PkcScene *scene;
  guint layouts, paints;
  gboolean handled = FALSE;
  int hit = -1;

  pkc_window_set_visible_page (window, "casualties");
  pkc_test_wait_for_redraw ();
  scene = pkc_chart_view_get_scene (view);
  g_assert_nonnull (scene);
  layouts = _pkc_chart_view_get_layout_count (view);
  /* the scene was painted once into its image */
  paints = _pkc_chart_view_get_paint_count (view);
  g_assert_cmpuint (paints, >=, 1);

  /* keyboard focus walks the data points with the arrow keys */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    if (pkc_scene_get_hit (scene, i)->legend_index < 0)
      {
        hit = (int) i;
        break;
      }
  g_assert_cmpint (hit, >=, 0);

  {
    GtkEventController *controller = NULL;
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          controller = c;
      }
    g_assert_nonnull (controller);
    g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Home, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_cmpint (_pkc_chart_view_get_focus_hit (view), ==, 0);
    g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_cmpint (_pkc_chart_view_get_focus_hit (view), ==, 1);
    g_object_unref (controllers);
  }
  pkc_test_wait_for_redraw ();
  /* moving the focus only repaints: the scene is the same and was not laid out again */
  g_assert_true (pkc_chart_view_get_scene (view) == scene);
  g_assert_cmpuint (_pkc_chart_view_get_layout_count (view), ==, layouts);
  /* ... and only the highlight is drawn: the scene's image is reused */
  g_assert_cmpuint (_pkc_chart_view_get_paint_count (view), ==, paints);

  /* a theme change paints the scene again in the other palette, without a layout */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  pkc_test_wait_for_redraw ();
  g_assert_cmpuint (_pkc_chart_view_get_paint_count (view), ==, paints + 1);
  g_assert_cmpuint (_pkc_chart_view_get_layout_count (view), ==, layouts);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  pkc_test_wait_for_redraw ();

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  GtkEventController *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        found = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (found);
  return found;
}

static void
test_chart_hover_shows_datum (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_STRENGTH);
  GtkEventController *motion;
  const PkcScene *scene;
  const PkcHitRegion *region = NULL;
  guint layouts;
  int target = -1;

  pkc_window_set_visible_page (window, "strength");
  pkc_test_wait_for_redraw ();
  scene = pkc_chart_view_get_scene (view);
  layouts = _pkc_chart_view_get_layout_count (view);
  for (guint i = 0; i < pkc_scene_get_n_hits (scene) && target < 0; i++)
    if (pkc_scene_get_hit (scene, i)->legend_index < 0)
      target = (int) i;
  g_assert_cmpint (target, >=, 0);
  region = pkc_scene_get_hit (scene, target);

  motion = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  g_signal_emit_by_name (motion, "motion", region->x + region->width / 2,
                         region->y + region->height / 2);
  /* the pointer over a datum highlights exactly that hit region … */
  g_assert_cmpint (_pkc_chart_view_get_focus_hit (view),
                   ==, pkc_scene_hit_test (scene, region->x + region->width / 2,
                                           region->y + region->height / 2));
  g_assert_cmpint (_pkc_chart_view_get_focus_hit (view), >=, 0);
  /* … whose tooltip names a value and its source */
  g_assert_nonnull (strstr (pkc_scene_get_hit (scene, _pkc_chart_view_get_focus_hit (view))->tooltip,
                            "Source"));
  pkc_test_wait_for_redraw ();
  g_assert_cmpuint (_pkc_chart_view_get_layout_count (view), ==, layouts);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_casualty_filter_and_zoom (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  g_autofree char *whole = NULL;
  g_autofree char *police = NULL;
  double px, py, pw, ph;
  PkcDate from, to;

  pkc_window_set_visible_page (window, "casualties");
  pkc_test_wait_for_redraw ();
  whole = g_strdup (pkc_scene_get_description (pkc_chart_view_get_scene (view)));

  /* the personnel filter (a menu in both layouts of the controls): police only */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "personnel",
                                      g_variant_new_string ("police"));
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==,
                    1u << PKC_PERSONNEL_POLICE);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (
                     gtk_widget_get_template_child (GTK_WIDGET (window), PKC_TYPE_WINDOW,
                                                    "personnel_button_wide"))), ==, "Police");
  pkc_test_wait_for_redraw ();
  police = g_strdup (pkc_scene_get_description (pkc_chart_view_get_scene (view)));
  g_assert_cmpstr (police, !=, whole);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "personnel",
                                      g_variant_new_string ("all"));
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==, PKC_PERSONNEL_ALL);

  /* a span of the plot becomes a date range of whole periods, and zooms */
  g_assert_true (pkc_scene_get_plot_area (pkc_chart_view_get_scene (view), &px, &py, &pw, &ph));
  g_assert_true (pkc_scene_span_to_range (pkc_chart_view_get_scene (view),
                                          px + pw * 0.5, px + pw * 0.3, &from, &to));
  g_assert_cmpint (pkc_date_compare (&from, &to), <, 0);
  g_assert_cmpuint (from.day, ==, 1);
  g_assert_false (pkc_chart_view_get_zoomed (view));
  pkc_chart_view_set_range (view, &from, &to);
  g_assert_true (pkc_chart_view_get_zoomed (view));
  pkc_test_wait_for_redraw ();
  g_assert_cmpstr (pkc_scene_get_description (pkc_chart_view_get_scene (view)), !=, whole);

  /* and the reset action brings the whole mission back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "reset-zoom", NULL);
  g_assert_false (pkc_chart_view_get_zoomed (view));
  pkc_test_wait_for_redraw ();
  g_assert_cmpstr (pkc_scene_get_description (pkc_chart_view_get_scene (view)), ==, whole);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/embedded-dataset", test_window_starts_on_embedded_dataset);
  g_test_add_func ("/window/pages", test_window_switches_pages);
  g_test_add_func ("/window/open-and-error", test_window_opens_dataset_and_keeps_it_on_error);
  g_test_add_func ("/window/settings-restored", test_window_restores_settings);
  g_test_add_func ("/window/focus-without-relayout", test_chart_hover_does_not_relayout);
  g_test_add_func ("/window/hover-shows-datum", test_chart_hover_shows_datum);
  g_test_add_func ("/window/casualty-filter-and-zoom", test_casualty_filter_and_zoom);

  return g_test_run ();
}
