/* test-export-window.c — the window's export actions exist, are enabled, and Copy puts an
 * image on the clipboard (the file chooser itself cannot be driven under Xvfb)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "pkc-test-util.h"
#include "pkc-print-colours.h"
#include "pkc-test-window.h"
#include "pkc-window-export.h"
#include "pkc-app-private.h"

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
  pkc_test_wait_for_redraw ();
  before = g_list_model_get_n_items (toplevels);
  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  pkc_test_wait_for_redraw ();
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
}

static void
test_copy_chart (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  GdkClipboard *clipboard;
  GdkContentFormats *formats;

  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_dataset (window);
  pkc_test_wait_for_redraw ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-chart", NULL);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_clipboard_is_local (clipboard));
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
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
  pkc_test_wait_for_redraw ();

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
  pkc_test_wait_for_redraw ();
}

/* The largest difference between the colour channels of any pixel of the PDF's first page. */
static int
pdf_max_chroma (const char *pdf)
{
  g_autofree char *stem = g_strconcat (pdf, "-page", NULL);
  g_autofree char *png = g_strconcat (stem, ".png", NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "40", "-singlefile", pdf, stem, NULL };
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  int wait_status = 0, chroma = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *row = cairo_image_surface_get_data (surface) +
                            y * cairo_image_surface_get_stride (surface);
        guint32 px = ((const guint32 *) row)[x];
        int r = px >> 16 & 0xff, g = px >> 8 & 0xff, b = px & 0xff;

        chroma = MAX (chroma, MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)));
      }
  cairo_surface_destroy (surface);
  g_unlink (png);
  return chroma;
}

/* Print…'s colour choice: its tab writes the print settings, and the printed page is in
 * colour or in greys only as they say. */
static void
test_print_colours (void)
{
  PkcWindow *window = pkc_window_new (NULL);
  GtkPrintSettings *settings = pkc_window_export_get_print_settings ();
  g_autofree char *path = pkc_test_write_temp_file ("print-colours.pdf", "");
  g_autoptr(GError) error = NULL;
  GtkWidget *tab;
  GtkWidget *colour = NULL, *grey = NULL;

  gtk_window_present (GTK_WINDOW (window));
  pkc_window_set_visible_page (window, "casualties");
  pkc_test_wait_for_dataset (window);
  pkc_test_wait_for_redraw ();

  /* the tab: two choices, the second (greyscale) active while the settings say so */
  pkc_print_colours_set_theme (settings, PKC_THEME_PRINT);
  tab = g_object_ref_sink (_pkc_print_colours_widget_new (settings));
  for (GtkWidget *child = gtk_widget_get_first_child (tab); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child))
      *(colour == NULL ? &colour : &grey) = child;
  g_assert_nonnull (colour);
  g_assert_nonnull (grey);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (grey)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (colour), TRUE);
  g_assert_cmpint (pkc_print_colours_get_theme (settings), ==, PKC_THEME_LIGHT);

  /* colour: the vermillion of malicious acts is on the page */
  g_assert_true (pkc_window_export_print_to_pdf (window, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_max_chroma (path), >, 100);

  /* greyscale: not one coloured pixel */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (grey), TRUE);
  g_assert_cmpint (pkc_print_colours_get_theme (settings), ==, PKC_THEME_PRINT);
  g_assert_true (pkc_window_export_print_to_pdf (window, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_max_chroma (path), <=, 3);

  g_object_unref (tab);
  pkc_test_remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
  pkc_test_wait_for_redraw ();
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
  g_test_add_func ("/export-window/print-colours", test_print_colours);
  return g_test_run ();
}
