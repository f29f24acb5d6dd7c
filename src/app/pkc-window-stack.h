/* pkc-window-stack.h — the casualty chart's "stack by" choice in the window
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.stack-by ("incident", "nationality", "personnel", "gender") acting on @view, and
 * a menu button for it after each of @wide_anchor and @narrow_anchor (the personnel filter
 * buttons of the wide and the narrow control rows). */
void pkc_window_stack_init (PkcWindow    *self,
                            GtkWidget    *wide_anchor,
                            GtkWidget    *narrow_anchor,
                            PkcChartView *view);

G_END_DECLS
