/* test-import-un.c — Import UN Fatalities Data in the window: a CSV with one mission more
 * replaces the missions and is kept in the user's data folder; one broken row changes
 * nothing and names its line
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pkc-missions.h"
#include "pkc-test-util.h"
#include "pkc-test-window.h"
#include "pkc-window-compare.h"
#include "pkc-window-import.h"
#include "pkc-window-missions.h"
#include "pkc-app-private.h"

/* The shipped CSV (4,429 deaths on lines 2–4430) with @row appended as line 4431. */
static char *
shipped_plus (const char *row)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                                            "un-peacekeeping-fatalities.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *csv = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (contents, "\n"));
  csv = g_strconcat (contents, row, "\n", NULL);
  return pkc_test_write_temp_file ("un-peacekeeping-fatalities.csv", csv);
}

static gboolean
picker_lists (PkcWindow  *window,
              const char *search,
              const char *acronym)
{
  PkcMissionPicker *picker = pkc_window_missions_open_picker (window);
  g_autoptr(GPtrArray) shown = NULL;
  gboolean found = FALSE;

  _pkc_mission_picker_set_search (picker, search);
  pkc_test_wait_for_redraw ();
  shown = _pkc_mission_picker_get_shown (picker);
  for (guint i = 0; i < shown->len; i++)
    found |= g_strcmp0 (g_ptr_array_index (shown, i), acronym) == 0;
  gtk_window_destroy (GTK_WINDOW (picker));
  return found;
}

static void
test_import (void)
{
  /* An acronym that is no UN mission: made up for this test only. */
  g_autofree char *broken = shipped_plus ("4431,2025-03-01,TESTMIS-1,TESTMIS,Fatality,M,"
                                          "France,Military,Malicious Act,250.0,FRA");
  g_autofree char *added = shipped_plus ("4431,2025-03-01,TESTMIS-1,TESTMIS,Fatality,M,"
                                         "France,Military,Malicious Act,250.0,FRA,2025-04-04");
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr(GFile) added_file = g_file_new_for_path (added);
  g_autofree char *kept = _pkc_missions_imported_path ();
  g_autoptr(GError) error = NULL;
  PkcWindow *window = pkc_test_show_window ();
  g_auto(GStrv) shown = NULL;
  PkcComparePage *compare;
  PkcCatalogue *before;
  const PkcMissionInfo *info;

  pkc_test_wait_for_dataset (window);
  before = pkc_missions_get_catalogue (NULL);
  g_assert_nonnull (before);
  g_assert_null (pkc_catalogue_lookup (before, "TESTMIS"));
  g_assert_false (picker_lists (window, "testmis", "TESTMIS"));
  compare = pkc_window_get_compare_page (window);
  shown = _pkc_compare_page_filter_missions (compare, "testmis");
  g_assert_cmpuint (g_strv_length (shown), ==, 0);
  g_clear_pointer (&shown, g_strfreev);

  /* One broken row (a field short): an error naming its line, the missions and the kept
   * copy unchanged. */
  g_assert_false (pkc_window_import_un_data (window, broken_file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, ":4431:"));
  g_assert_true (pkc_missions_get_catalogue (NULL) == before);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_false (picker_lists (window, "testmis", "TESTMIS"));
  g_clear_error (&error);

  /* One mission added: the picker lists it, the copy is kept byte for byte. */
  g_assert_true (pkc_window_import_un_data (window, added_file, &error));
  g_assert_no_error (error);
  info = pkc_catalogue_lookup (pkc_missions_get_catalogue (NULL), "TESTMIS");
  g_assert_nonnull (info);
  g_assert_cmpuint (info->deaths, ==, 1);
  g_assert_true (picker_lists (window, "testmis", "TESTMIS"));
  /* The Compare page made before the import reads the new data too. */
  shown = _pkc_compare_page_filter_missions (compare, "testmis");
  g_assert_cmpuint (g_strv_length (shown), ==, 1);
  g_assert_cmpstr (shown[0], ==, "TESTMIS");
  {
    g_autofree char *expected = NULL;

    g_assert_true (g_file_get_contents (added, &expected, NULL, NULL));
    pkc_test_assert_file_contents (kept, expected);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
  pkc_test_remove_temp_file (broken);
  pkc_test_remove_temp_file (added);
  g_remove (kept);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  g_autofree char *folder = NULL;
  int status;

  /* The user's data folder of this test only, set before GLib reads it. */
  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/import-un/add-and-broken", test_import);
  status = g_test_run ();
  folder = g_build_filename (home, "peacekeeping-charts", NULL);
  g_rmdir (folder);
  g_rmdir (home);
  return status;
}
