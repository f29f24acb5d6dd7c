/* test-export-window.c — the window's export actions exist, are enabled, and Copy puts an
 * image on the clipboard (the file chooser itself cannot be driven under Xvfb)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "pkc-test-util.h"
#include "pkc-test-window.h"
#include "pkc-window-export.h"

static void
test_actions_enabled (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  const char *names[] = { "export", "copy-chart", "print", "open-exported" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);

      g_assert_nonnull (action);
      g_assert_true (g_action_get_enabled (action));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog_opens (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before;

  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_dataset (window);
  pkc_test_iterate_a_while ();
  before = g_list_model_get_n_items (toplevels);
  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  pkc_test_iterate_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_iterate_a_while ();
}

static void
test_copy_chart (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  GdkClipboard *clipboard;
  GdkContentFormats *formats;

  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_dataset (window);
  pkc_test_iterate_a_while ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-chart", NULL);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_clipboard_is_local (clipboard));
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_iterate_a_while ();
}

/* Print… runs this very job through the print dialog; exported to PDF it can be read back. */
static void
test_print_job (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  g_autofree char *path = pkc_test_write_temp_file ("print.pdf", "");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *info_argv[3] = { "pdfinfo", path, NULL };
  const char *text_argv[5] = { "pdftotext", "-raw", path, "-", NULL };

  gtk_window_present (GTK_WINDOW (window));
  pkc_window_set_visible_page (window, "strength");
  pkc_test_wait_for_dataset (window);
  pkc_test_iterate_a_while ();

  g_assert_true (pkc_window_export_print_to_pdf (window, path, &error));
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &info, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (info, "Pages:           1"));
  g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  /* the chart on screen, with its title and source line, as vector text */
  g_assert_nonnull (strstr (text, "MINUSMA uniformed personnel against authorised ceilings"));
  g_assert_nonnull (strstr (text, "Sources"));
  /* Paper has no tooltips: the sources are listed, each linked to its address. */
  g_assert_null (strstr (text, "tooltip"));
  {
    g_autofree char *pdf = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (path, &pdf, &len, NULL));
    g_assert_nonnull (memmem (pdf, len, "/URI (http", strlen ("/URI (http")));
  }

  pkc_test_remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_iterate_a_while ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/export-window/actions-enabled", test_actions_enabled);
  g_test_add_func ("/export-window/dialog-opens", test_export_dialog_opens);
  g_test_add_func ("/export-window/copy-chart", test_copy_chart);
  g_test_add_func ("/export-window/print-job", test_print_job);
  return g_test_run ();
}
