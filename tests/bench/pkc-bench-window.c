/* pkc-bench-window.c — a process that exits once its first window has painted a frame
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: pkc-bench-window bare|bare-sized|adw|adw-sized|app
 * "bare" maps an empty GtkWindow, "adw" an empty AdwWindow, the "-sized" ones the same window
 * as large as the app's window opens (its GSettings size), "app" runs Peacekeeping Charts
 * itself (the same entry point as the installed program). pkc-bench times the whole process,
 * so the three are measured the same way: the first frame after map ends the process.
 */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include <adwaita.h>

#include "pkc-cli.h"
#include "pkc-settings.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  _exit (0);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_params,
          const GValue          *params,
          gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (GTK_IS_WINDOW (widget) && gtk_widget_get_frame_clock (widget) != NULL)
    {
      g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                        G_CALLBACK (after_paint_cb), NULL);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = argc > 1 ? argv[1] : "bare";
  GtkWidget *window;

  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              map_hook, NULL, NULL);

  if (g_str_equal (mode, "app"))
    {
      char *app_argv[] = { argv[0], NULL };

      return pkc_cli_main (1, app_argv);
    }

  if (g_str_has_prefix (mode, "adw"))
    adw_init ();
  else
    gtk_init ();
  window = g_str_has_prefix (mode, "adw") ? adw_window_new () : gtk_window_new ();
  /* Software rendering (Xvfb) costs by the pixel: the app's window is not 200 × 200. */
  if (g_str_has_suffix (mode, "-sized"))
    {
      g_autoptr(GSettings) settings = pkc_settings_new ();

      gtk_window_set_default_size (GTK_WINDOW (window),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
    }
  gtk_window_present (GTK_WINDOW (window));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return EXIT_FAILURE;
}
