/* test-window-state.c — what the window restores at start: the personnel filter and the
 * casualty legend's switches; and opened dataset files in the recent files
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-test-window.h"

static void
test_filter_and_hidden_restored (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view;
  GVariant *state;
  const guint police = 1u << PKC_PERSONNEL_POLICE;
  const guint hidden = 1u << PKC_INCIDENT_ACCIDENT;

  pkc_test_wait_for_dataset (window);
  view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==, PKC_PERSONNEL_ALL);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->hidden_series, ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "personnel",
                                  g_variant_new_string ("police"));
  pkc_chart_view_set_hidden_series (view, hidden);
  pkc_test_wait_for_redraw ();
  gtk_window_close (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();

  /* The next window (the next start) comes back the same. */
  window = pkc_test_show_window ();
  pkc_test_wait_for_dataset (window);
  view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "personnel");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "police");
  g_variant_unref (state);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==, police);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->hidden_series, ==, hidden);

  /* Back to everything: the following start shows every series of every personnel type. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "personnel",
                                  g_variant_new_string ("all"));
  pkc_chart_view_set_hidden_series (view, 0);
  gtk_window_close (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
  window = pkc_test_show_window ();
  pkc_test_wait_for_dataset (window);
  view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==, PKC_PERSONNEL_ALL);
  g_assert_cmpuint (pkc_chart_view_get_options (view)->hidden_series, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
load_finished_cb (PkcWindow *window,
                  gboolean   succeeded,
                  gboolean  *finished)
{
  g_assert_true (succeeded);
  *finished = TRUE;
}

typedef struct {
  GtkRecentManager *manager;
  const char       *uri;
} RecentItem;

static gboolean
recent_has_item (gpointer data)
{
  RecentItem *item = data;

  return gtk_recent_manager_has_item (item->manager, item->uri);
}

static void
test_recent_files (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data",
                                            "monusco.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  PkcWindow *window = pkc_test_show_window ();
  RecentItem item = { recent, uri };
  gboolean finished = FALSE;

  gtk_recent_manager_remove_item (recent, uri, NULL);
  g_assert_false (gtk_recent_manager_has_item (recent, uri));
  g_signal_connect (window, "load-finished", G_CALLBACK (load_finished_cb), &finished);
  pkc_window_open_file (window, file);
  pkc_test_iterate_until (&finished);
  /* The recent manager adds the item once it has read the file's type (asynchronously). */
  pkc_test_wait_until (recent_has_item, &item, 10000);
  gtk_recent_manager_remove_item (recent, uri, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/window-state/filter-and-hidden", test_filter_and_hidden_restored);
  g_test_add_func ("/window-state/recent-files", test_recent_files);
  return g_test_run ();
}
