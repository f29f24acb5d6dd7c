/* test-chart-view-props.c — the chart view's options as properties: named by nick in a .ui,
 * notified when they change (and only then), bound by the window to its settings; and the
 * window's reset-zoom action enabled only while zoomed
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-enum-types.h"
#include "pkc-settings.h"
#include "pkc-test-window.h"

static void
test_ui_nicks (void)
{
  const char *ui =
    "<interface><object class=\"PkcChartView\" id=\"view\">"
    "<property name=\"kind\">strength</property>"
    "<property name=\"interval\">year</property>"
    "<property name=\"stack-by\">gender</property>"
    "</object></interface>";
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  PkcChartView *view;

  g_type_ensure (PKC_TYPE_CHART_VIEW);
  builder = gtk_builder_new ();
  g_assert_true (gtk_builder_add_from_string (builder, ui, -1, &error));
  g_assert_no_error (error);
  view = PKC_CHART_VIEW (gtk_builder_get_object (builder, "view"));
  g_assert_cmpint (pkc_chart_view_get_kind (view), ==, PKC_CHART_STRENGTH);
  g_assert_cmpint (pkc_chart_view_get_options (view)->interval, ==, PKC_INTERVAL_YEAR);
  g_assert_cmpint (pkc_chart_view_get_options (view)->stack_by, ==, PKC_STACK_GENDER);
  g_assert_cmpstr (g_enum_get_value (g_type_class_peek (PKC_TYPE_INTERVAL),
                                     PKC_INTERVAL_QUARTER)->value_nick, ==, "quarter");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  PkcChartView *view = g_object_ref_sink (PKC_CHART_VIEW (pkc_chart_view_new (PKC_CHART_CASUALTIES)));
  guint interval = 0, hidden = 0, stack_by = 0;

  g_signal_connect (view, "notify::interval", G_CALLBACK (count_notify), &interval);
  g_signal_connect (view, "notify::hidden-series", G_CALLBACK (count_notify), &hidden);
  g_signal_connect (view, "notify::stack-by", G_CALLBACK (count_notify), &stack_by);

  pkc_chart_view_set_interval (view, PKC_INTERVAL_YEAR);
  pkc_chart_view_set_interval (view, PKC_INTERVAL_YEAR);
  g_assert_cmpuint (interval, ==, 1);

  g_object_set (view, "hidden-series", 5u, NULL);
  g_assert_cmpuint (hidden, ==, 1);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->hidden_series, ==, 5);
  /* Another stacking switches every legend entry back on, and says so. */
  pkc_chart_view_set_stack_by (view, PKC_STACK_NATIONALITY);
  g_assert_cmpuint (stack_by, ==, 1);
  g_assert_cmpuint (hidden, ==, 2);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->hidden_series, ==, 0);
  g_object_unref (view);
}

static void
test_window_bindings (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  g_autoptr(GSettings) settings = pkc_settings_new ();
  GAction *reset_zoom = g_action_map_lookup_action (G_ACTION_MAP (window), "reset-zoom");
  PkcDate from = { 2015, 1, 1, PKC_DATE_PRECISION_DAY };
  PkcDate to = { 2016, 1, 1, PKC_DATE_PRECISION_DAY };

  /* The settings reach the chart through the bindings, also when changed later. */
  g_settings_set_enum (settings, "casualty-interval", PKC_INTERVAL_YEAR);
  g_settings_set_string (settings, "personnel-filter", "police");
  g_assert_cmpint (pkc_chart_view_get_options (view)->interval, ==, PKC_INTERVAL_YEAR);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==,
                    1u << PKC_PERSONNEL_POLICE);
  g_settings_reset (settings, "casualty-interval");
  g_settings_reset (settings, "personnel-filter");
  g_assert_cmpint (pkc_chart_view_get_options (view)->interval, ==, PKC_INTERVAL_QUARTER);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==, PKC_PERSONNEL_ALL);

  g_assert_false (g_action_get_enabled (reset_zoom));
  pkc_chart_view_set_range (view, &from, &to);
  g_assert_true (g_action_get_enabled (reset_zoom));
  g_action_activate (reset_zoom, NULL);
  g_assert_false (pkc_chart_view_get_zoomed (view));
  g_assert_false (g_action_get_enabled (reset_zoom));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/chart-view-props/ui-nicks", test_ui_nicks);
  g_test_add_func ("/chart-view-props/notify", test_notify);
  g_test_add_func ("/chart-view-props/window-bindings", test_window_bindings);
  return g_test_run ();
}
