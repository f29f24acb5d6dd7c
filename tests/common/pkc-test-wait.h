/* pkc-test-wait.h — waiting in tests on a condition rather than for a fixed time
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A condition pkc_test_wait_until() waits for: TRUE once it holds. */
typedef gboolean (*PkcTestCondition) (gpointer data);

/* Iterates the default main context until @condition (@data) holds; fails the test, naming
 * the condition and the caller's line, when it still does not after @timeout_ms. */
#define pkc_test_wait_until(condition, data, timeout_ms) \
  pkc_test_wait_until_full ((condition), (data), (timeout_ms), #condition, __FILE__, __LINE__)

void pkc_test_wait_until_full (PkcTestCondition  condition,
                               gpointer          data,
                               guint             timeout_ms,
                               const char       *name,
                               const char       *file,
                               int               line);

/* Iterates the default main context for @ms: only for a test that checks that something
 * does NOT happen within that time (a cancelled load that must not report). */
void pkc_test_iterate_for     (guint ms);

G_END_DECLS
