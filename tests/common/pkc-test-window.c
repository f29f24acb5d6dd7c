/* pkc-test-window.c — driving the main loop and showing the window, for display tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-test-window.h"

#define WAIT_MS 10000

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

void
pkc_test_iterate_until (gboolean *flag)
{
  pkc_test_wait_until (flag_is_set, flag, WAIT_MS);
}

typedef struct {
  GtkWidget *window;
  guint      tick_id;
  guint      ticks;
} Watch;

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Watch *watch = data;

  watch->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
all_redrawn (gpointer data)
{
  GArray *watches = data;

  for (guint i = 0; i < watches->len; i++)
    {
      Watch *watch = &g_array_index (watches, Watch, i);

      /* A tick comes at the start of a frame: the second one means the first frame, which
       * did the layout and painting asked for before the wait, is finished. */
      if (gtk_widget_get_visible (watch->window) && watch->ticks < 2)
        return FALSE;
    }
  return TRUE;
}

void
pkc_test_wait_for_redraw (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GArray) watches = g_array_new (FALSE, TRUE, sizeof (Watch));
  guint n = g_list_model_get_n_items (toplevels);

  g_array_set_size (watches, n);
  for (guint i = 0; i < n; i++)
    {
      Watch *watch = &g_array_index (watches, Watch, i);

      watch->window = g_list_model_get_item (toplevels, i);
      watch->tick_id = gtk_widget_add_tick_callback (watch->window, tick_cb, watch, NULL);
    }
  pkc_test_wait_until (all_redrawn, watches, WAIT_MS);
  for (guint i = 0; i < n; i++)
    {
      Watch *watch = &g_array_index (watches, Watch, i);

      gtk_widget_remove_tick_callback (watch->window, watch->tick_id);
      g_object_unref (watch->window);
    }
}

static gboolean
has_dataset (gpointer data)
{
  return pkc_window_get_dataset (data) != NULL;
}

void
pkc_test_wait_for_dataset (PkcWindow *window)
{
  /* The window reads its dataset in a thread after it maps. */
  pkc_test_wait_until (has_dataset, window, WAIT_MS);
}

PkcWindow *
pkc_test_show_window (void)
{
  PkcWindow *window = pkc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_dataset (window);
  pkc_test_wait_for_redraw ();
  return window;
}

static void
load_finished_cb (PkcWindow       *window,
                  gboolean         succeeded,
                  PkcTestLoadWait *wait)
{
  wait->finished = TRUE;
  wait->succeeded = succeeded;
}

gulong
pkc_test_watch_load (PkcWindow       *window,
                     PkcTestLoadWait *wait)
{
  return g_signal_connect (window, "load-finished", G_CALLBACK (load_finished_cb), wait);
}
