/* pkc-test-wait.c — waiting in tests on a condition rather than for a fixed time
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-test-wait.h"

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
pkc_test_wait_until_full (PkcTestCondition  condition,
                          gpointer          data,
                          guint             timeout_ms,
                          const char       *name,
                          const char       *file,
                          int               line)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  /* Wakes the blocking iteration now and then: the deadline must be checked even when
   * nothing else happens, and a thread may make the condition hold without an event. */
  guint tick = g_timeout_add (10, wake_cb, NULL);
  gboolean held;

  while (!(held = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  if (!held)
    {
      g_autofree char *message = g_strdup_printf ("waited %u ms for %s, in vain", timeout_ms,
                                                  name);

      g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, message);
    }
}

void
pkc_test_iterate_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * 1000;
  guint tick = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}
