/* pkc-window-settings.h — the window's state kept in GSettings
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.casualty-interval, win.show-cumulative and win.personnel, and binds the chart
 * options, the window's size and its page to their keys. Call once every page is there. */
void pkc_window_settings_init (PkcWindow *self);

G_END_DECLS
