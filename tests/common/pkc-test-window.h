/* pkc-test-window.h — driving the main loop and showing the window, for display tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-test-wait.h"
#include "pkc-window.h"

G_BEGIN_DECLS

/* Iterates the default main context until *@flag is set; fails after ten seconds. */
void       pkc_test_iterate_until   (gboolean *flag);
/* Iterates until every open window has drawn a frame begun after the call, so that what
 * was changed before it (a page, an action, a size) is laid out and painted; fails after
 * ten seconds. */
void       pkc_test_wait_for_redraw (void);
/* A new main window, presented, with its dataset, laid out and drawn. */
PkcWindow *pkc_test_show_window     (void);
/* Iterates until @window has its dataset (read in a thread), failing after 10 s. */
void       pkc_test_wait_for_dataset (PkcWindow *window);

/* What @window's "load-finished" signal said, once it is emitted. */
typedef struct {
  gboolean finished;
  gboolean succeeded;
} PkcTestLoadWait;

/* Records @window's "load-finished" in @wait (the handler id, to disconnect it). */
gulong     pkc_test_watch_load      (PkcWindow       *window,
                                     PkcTestLoadWait *wait);

G_END_DECLS
