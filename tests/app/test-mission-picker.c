/* test-mission-picker.c — the mission list in the window under a real display (Xvfb in CI):
 * search, pick with the keyboard, the mission restored at start, a UN CSV opened by mistake
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "pkc-missions.h"
#include "pkc-settings.h"
#include "pkc-test-window.h"
#include "pkc-window-private.h"
#include "pkc-window-missions.h"
#include "pkc-app-private.h"

static gboolean
shown_contains (PkcMissionPicker *picker,
                const char       *acronym)
{
  g_autoptr(GPtrArray) shown = _pkc_mission_picker_get_shown (picker);

  for (guint i = 0; i < shown->len; i++)
    if (g_str_equal (g_ptr_array_index (shown, i), acronym))
      return TRUE;
  return FALSE;
}

static guint
n_shown (PkcMissionPicker *picker)
{
  g_autoptr(GPtrArray) shown = _pkc_mission_picker_get_shown (picker);

  return shown->len;
}

/* The subtitle of the row for @acronym, found among @widget's descendants. */
static const char *
row_subtitle (GtkWidget  *widget,
              const char *acronym)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (g_object_get_data (G_OBJECT (widget), "acronym"), acronym) == 0)
    return adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = row_subtitle (child, acronym);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_search (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcMissionPicker *picker = pkc_window_missions_open_picker (window);
  g_autoptr(GPtrArray) unif = NULL;

  g_assert_nonnull (picker);
  pkc_test_wait_for_redraw ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_cmpuint (n_shown (picker), ==, 81);

  /* Years and deaths on every row; the curated missions say they have more than casualties;
   * what is not a mission says so. */
  {
    PkcCatalogue *catalogue = pkc_missions_get_catalogue (NULL);
    g_autofree char *unifil = g_strdup_printf ("UNIFIL · Lebanon · since 1978 · %u deaths",
                                               pkc_catalogue_lookup (catalogue, "UNIFIL")->deaths);
    g_autofree char *minusma = g_strdup_printf ("2013–2023 · %u deaths · full dataset",
                                                pkc_catalogue_lookup (catalogue, "MINUSMA")->deaths);

    g_assert_cmpstr (row_subtitle (GTK_WIDGET (picker), "UNIFIL"), ==, unifil);
    g_assert_true (g_str_has_suffix (row_subtitle (GTK_WIDGET (picker), "MINUSMA"), minusma));
  }
  g_assert_true (g_str_has_suffix (row_subtitle (GTK_WIDGET (picker), "UNSecretariat"),
                                   " · Not a mission"));

  _pkc_mission_picker_set_search (picker, "unif");
  unif = _pkc_mission_picker_get_shown (picker);
  g_assert_cmpuint (unif->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unif, 0), ==, "UNIFIL");

  /* By name, by host country, ignoring case and accents; several words narrow it down. */
  _pkc_mission_picker_set_search (picker, "lebanon");
  g_assert_true (shown_contains (picker, "UNIFIL"));
  _pkc_mission_picker_set_search (picker, "HAITI");
  g_assert_true (shown_contains (picker, "MINUSTAH"));
  g_assert_true (shown_contains (picker, "BINUH"));
  g_assert_false (shown_contains (picker, "UNIFIL"));
  _pkc_mission_picker_set_search (picker, "stabilization mali");
  g_assert_cmpuint (n_shown (picker), ==, 1);
  g_assert_true (shown_contains (picker, "MINUSMA"));
  _pkc_mission_picker_set_search (picker, "zzzz");
  g_assert_cmpuint (n_shown (picker), ==, 0);
  _pkc_mission_picker_set_search (picker, "");
  g_assert_cmpuint (n_shown (picker), ==, 81);

  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
}

/* The window's shortcut for @accel ("<Control>k"), found among its controllers. */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accel))
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* Ctrl+K opens the list, typing filters, Enter shows the first match. */
static void
test_pick_with_keyboard (void)
{
  PkcWindow *window = pkc_test_show_window ();
  g_autoptr(GtkShortcut) ctrl_k = find_shortcut (GTK_WIDGET (window), "<Control>k");
  g_autoptr(GtkShortcut) ctrl_f = find_shortcut (GTK_WIDGET (window), "<Control>f");
  g_autoptr(GSettings) settings = pkc_settings_new ();
  PkcMissionPicker *picker;
  GtkWidget *search;
  PkcDataset *dataset;

  g_assert_nonnull (ctrl_k);
  g_assert_nonnull (ctrl_f);
  g_assert_null (pkc_window_missions_get_picker (window));
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (ctrl_k),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (window), NULL));
  pkc_test_wait_for_redraw ();
  picker = pkc_window_missions_get_picker (window);
  g_assert_nonnull (picker);
  search = _pkc_mission_picker_get_search (picker);
  /* Typing goes to the search field: it holds the list's focus. */
  g_assert_nonnull (gtk_window_get_focus (GTK_WINDOW (picker)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (picker)), search));

  _pkc_mission_picker_set_search (picker, "unif");
  g_signal_emit_by_name (search, "activate");  /* what Enter does in the search field */
  pkc_test_wait_for_redraw ();

  dataset = pkc_window_get_dataset (window);
  g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, "UNIFIL");
  g_assert_true (pkc_chart_view_get_dataset (pkc_window_get_chart_view (window,
                                                                          PKC_CHART_CASUALTIES))
                 == dataset);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                            "United Nations Interim Force in Lebanon"));
  g_assert_null (pkc_window_missions_get_picker (window));
  {
    g_autofree char *last = g_settings_get_string (settings, "last-mission");
    g_assert_cmpstr (last, ==, "UNIFIL");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
}

static void
test_restored_at_start (void)
{
  g_autoptr(GSettings) settings = pkc_settings_new ();
  PkcWindow *window;

  g_settings_set_string (settings, "last-mission", "UNMISS");
  window = pkc_test_show_window ();
  g_assert_cmpstr (pkc_dataset_get_acronym (pkc_window_get_dataset (window)), ==, "UNMISS");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A mission that is gone falls back to MINUSMA, the curated default. */
  g_settings_set_string (settings, "last-mission", "NOSUCHMISSION");
  window = pkc_test_show_window ();
  g_assert_cmpstr (pkc_dataset_get_acronym (pkc_window_get_dataset (window)), ==, "MINUSMA");
  g_assert_cmpuint (pkc_dataset_get_ceilings (pkc_window_get_dataset (window))->len, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-mission");
  pkc_test_wait_for_redraw ();
}

/* MINUSMA from the list is the curated dataset, not the one built from the CSV. */
static void
test_curated_first (void)
{
  PkcWindow *window = pkc_test_show_window ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pkc_window_load_mission (window, "unifil", &error));
  g_assert_no_error (error);
  g_assert_true (pkc_window_load_mission (window, "minusma", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pkc_dataset_get_bases (pkc_window_get_dataset (window))->len, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
}

/* Opening the UN's CSV says what it is, keeps the dataset shown… */
static void
test_open_un_csv (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcDataset *before = pkc_window_get_dataset (window);
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                                            "un-peacekeeping-fatalities.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PkcTestLoadWait wait = { 0 };

  pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, file);
  pkc_test_iterate_until (&wait.finished);
  g_assert_false (wait.succeeded);
  g_assert_true (pkc_window_get_dataset (window) == before);
  g_assert_nonnull (strstr (_pkc_window_get_last_error (window), "UN’s fatalities data"));
  g_assert_null (strstr (_pkc_window_get_last_error (window), "well-formed"));
  /* …imports it as newer UN data (kept in the user's data folder) and lists the missions. */
  {
    g_autofree char *kept = _pkc_missions_imported_path ();
    g_autofree char *shipped = NULL;
    g_autofree char *copy = NULL;

    g_assert_true (g_file_get_contents (path, &shipped, NULL, NULL));
    g_assert_true (g_file_get_contents (kept, &copy, NULL, NULL));
    g_assert_cmpstr (copy, ==, shipped);
    g_assert_nonnull (pkc_window_missions_get_picker (window));
    g_remove (kept);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/picker/search", test_search);
  g_test_add_func ("/picker/pick-with-keyboard", test_pick_with_keyboard);
  g_test_add_func ("/picker/restored-at-start", test_restored_at_start);
  g_test_add_func ("/picker/curated-first", test_curated_first);
  g_test_add_func ("/picker/open-un-csv", test_open_un_csv);

  return g_test_run ();
}
