/* test-export-dialog.c — the export dialog: its live preview follows the chosen size, format
 * and colours; the chart choice is spelled out in full; it fits a 360 px window
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "pkc-export-dialog.h"
#include "pkc-export-preview.h"
#include "pkc-test-window.h"

static gpointer
child (PkcExportDialog *dialog,
       const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), PKC_TYPE_EXPORT_DIALOG,
                                                   name);

  g_assert_nonnull (object);
  return object;
}

/* Iterates until the preview shows another paintable than @before (5 s at most). */
static GdkTexture *
wait_for_preview (PkcExportDialog *dialog,
                  GdkPaintable    *before)
{
  GtkPicture *preview = child (dialog, "preview");
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_picture_get_paintable (preview) == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_picture_get_paintable (preview) != before);
  g_assert_true (GDK_IS_TEXTURE (gtk_picture_get_paintable (preview)));
  return GDK_TEXTURE (gtk_picture_get_paintable (preview));
}

static guint32
corner_pixel (GdkTexture *texture)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guint32 *data = g_new (guint32, (gsize) w * h);

  gdk_texture_download (texture, (guchar *) data, (gsize) w * 4);
  return data[0] & 0xffffff;
}

static void
assert_aspect (GdkTexture *texture,
               double      width,
               double      height)
{
  double w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);

  /* the thumbnail's sides are whole pixels: at most half a pixel off each */
  g_test_message ("thumbnail %g × %g for %g × %g", w, h, width, height);
  g_assert_cmpfloat (fabs (w / h - width / height), <=, (w + 0.5) / (h - 0.5) - w / h + 1e-9);
  g_assert_cmpfloat (MIN (w, h), >=, 60);
}

static void
test_preview (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcExportDialog *dialog;
  GdkTexture *texture;
  guint32 light_corner;

  pkc_test_wait_for_dataset (window);
  pkc_window_set_visible_page (window, "casualties");
  pkc_test_wait_for_redraw ();
  dialog = pkc_export_dialog_new (window);
  gtk_window_present (GTK_WINDOW (dialog));

  /* a slide in light colours: 16:9, white at the corner */
  adw_combo_row_set_selected (child (dialog, "format_row"), 0);
  adw_combo_row_set_selected (child (dialog, "size_row"), 0);
  adw_combo_row_set_selected (child (dialog, "theme_row"), 0);
  texture = wait_for_preview (dialog, NULL);
  pkc_test_wait_for_redraw ();
  texture = GDK_TEXTURE (gtk_picture_get_paintable (child (dialog, "preview")));
  assert_aspect (texture, 1920, 1080);
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 200);
  light_corner = corner_pixel (texture);
  g_assert_cmphex (light_corner, ==, 0xFFFFFF);

  /* dark colours: a new thumbnail on the dark background */
  adw_combo_row_set_selected (child (dialog, "theme_row"), 1);
  texture = wait_for_preview (dialog, GDK_PAINTABLE (texture));
  g_assert_cmphex (corner_pixel (texture), ==, 0x1E1E1E);
  assert_aspect (texture, 1920, 1080);

  /* square, then an A4 page in points for a PDF */
  adw_combo_row_set_selected (child (dialog, "size_row"), 3);
  texture = wait_for_preview (dialog, GDK_PAINTABLE (texture));
  assert_aspect (texture, 1, 1);
  adw_combo_row_set_selected (child (dialog, "format_row"), 1);
  adw_combo_row_set_selected (child (dialog, "size_row"), 1);
  texture = wait_for_preview (dialog, GDK_PAINTABLE (texture));
  assert_aspect (texture, 842, 595);
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "size_row")), ==,
                   "842 × 595 pt");

  /* a custom size */
  adw_combo_row_set_selected (child (dialog, "size_row"), 4);
  gtk_spin_button_set_value (child (dialog, "width_spin"), 1000);
  gtk_spin_button_set_value (child (dialog, "height_spin"), 250);
  texture = wait_for_preview (dialog, GDK_PAINTABLE (texture));
  pkc_test_wait_for_redraw ();
  texture = GDK_TEXTURE (gtk_picture_get_paintable (child (dialog, "preview")));
  assert_aspect (texture, 1000, 250);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chart choice in full, in rows that wrap; the whole dialog fits 360 px. */
static void
test_rows (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcExportDialog *dialog;
  int minimum = 0;

  pkc_test_wait_for_dataset (window);
  pkc_window_set_visible_page (window, "strength");
  pkc_test_wait_for_redraw ();
  dialog = pkc_export_dialog_new (window);
  gtk_window_present (GTK_WINDOW (dialog));
  pkc_test_wait_for_redraw ();

  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "this_chart_row")), ==,
                   "MINUSMA — Troop strength and ceilings");
  g_assert_true (gtk_widget_get_visible (child (dialog, "all_charts_row")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "format_row")));

  /* All charts: a PDF report, the format fixed */
  gtk_check_button_set_active (child (dialog, "all_charts_check"), TRUE);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "format_row")));
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "format_row")), ==, 1);

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* How long one thumbnail takes (it is drawn on the main thread, after a short pause). */
static void
test_preview_time (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcExportPreviewChart chart;
  PkcExportSettings settings;
  gint64 times[7];

  pkc_test_wait_for_dataset (window);
  chart = (PkcExportPreviewChart) { pkc_window_get_dataset (window), PKC_CHART_CASUALTIES };
  pkc_export_settings_init (&settings, PKC_EXPORT_PNG);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GdkTexture) texture = NULL;

      settings.theme = i % 2 == 0 ? PKC_THEME_LIGHT : PKC_THEME_PRINT;
      texture = pkc_export_preview_render (pkc_export_preview_chart_layout, &chart, &settings,
                                           480, 270, &times[i]);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, 480);
      g_assert_cmpint (gdk_texture_get_height (texture), ==, 270);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    g_test_message ("thumbnail %u: %.1f ms", i, times[i] / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/export-dialog/preview", test_preview);
  g_test_add_func ("/export-dialog/rows", test_rows);
  g_test_add_func ("/export-dialog/preview-time", test_preview_time);
  return g_test_run ();
}
