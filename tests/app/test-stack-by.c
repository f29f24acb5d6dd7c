/* test-stack-by.c — the casualty chart's "stack by" menu in the window: the action changes
 * the chart, its legend switches start afresh, and both menu buttons say the choice
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "pkc-test-window.h"
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

static void
test_stack_by_action (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  GVariant *state;

  pkc_window_set_visible_page (window, "casualties");
  pkc_test_wait_for_redraw ();
  g_assert_cmpint (pkc_chart_view_get_options (view)->stack_by, ==, PKC_STACK_INCIDENT);
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view),
                                 "MINUSMA peacekeeper deaths by incident type"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "stack-by",
                                  g_variant_new_string ("gender"));
  pkc_test_wait_for_redraw ();
  g_assert_cmpint (pkc_chart_view_get_options (view)->stack_by, ==, PKC_STACK_GENDER);
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view),
                                 "MINUSMA peacekeeper deaths by gender"));
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view), "Women"));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "stack-by");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "gender");
  g_variant_unref (state);

  /* An unknown value changes nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "stack-by",
                                  g_variant_new_string ("colour"));
  g_assert_cmpint (pkc_chart_view_get_options (view)->stack_by, ==, PKC_STACK_GENDER);

  g_action_group_activate_action (G_ACTION_GROUP (window), "stack-by",
                                  g_variant_new_string ("nationality"));
  pkc_test_wait_for_redraw ();
  g_assert_true (scene_has_text (pkc_chart_view_get_scene (view), "Chad"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/window/stack-by", test_stack_by_action);
  return g_test_run ();
}
