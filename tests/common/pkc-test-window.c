/* pkc-test-window.c — driving the main loop and showing the window, for display tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-test-window.h"

void
pkc_test_iterate_until (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

void
pkc_test_iterate_a_while (void)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
pkc_test_wait_for_dataset (PkcWindow *window)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, flag_cb, &timed_out);

  /* The window reads its dataset in a thread after it maps. */
  while (pkc_window_get_dataset (window) == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_nonnull (pkc_window_get_dataset (window));
}

PkcWindow *
pkc_test_show_window (void)
{
  PkcWindow *window = pkc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pkc_test_wait_for_dataset (window);
  pkc_test_iterate_a_while ();
  return window;
}
