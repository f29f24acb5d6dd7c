/* test-wait.c — pkc_test_wait_until(): returns once its condition holds, fails the test
 * naming the condition when it does not in time
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-test-wait.h"

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A flag set by a main-loop source 50 ms later: the wait returns then, not at its timeout. */
static void
test_wait_returns_when_true (void)
{
  gboolean flag = FALSE;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (50, set_flag_cb, &flag);
  pkc_test_wait_until (flag_is_set, &flag, 5000);
  g_assert_true (flag);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

/* A flag nobody sets: the test fails after the timeout, naming the condition. */
static void
test_wait_fails_on_timeout (void)
{
  if (g_test_subprocess ())
    {
      gboolean flag = FALSE;

      pkc_test_wait_until (flag_is_set, &flag, 100);
      return;
    }
  g_test_trap_subprocess (NULL, 5 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*waited 100 ms for flag_is_set*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/wait/returns-when-true", test_wait_returns_when_true);
  g_test_add_func ("/wait/fails-on-timeout", test_wait_fails_on_timeout);
  return g_test_run ();
}
