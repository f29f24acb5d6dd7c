/* pkc-load-indicator.h — the window's sign that a dataset file is being opened
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How long a load runs before the indicator shows: quick loads do not flicker. */
#define PKC_LOAD_INDICATOR_DELAY_MS 300

#define PKC_TYPE_LOAD_INDICATOR (pkc_load_indicator_get_type ())
G_DECLARE_FINAL_TYPE (PkcLoadIndicator, pkc_load_indicator, PKC, LOAD_INDICATOR, GtkWidget)

/* A spinner, "Opening “FILE”…" and a stop button that cancels @cancellable; hidden until
 * pkc_load_indicator_start() has run for PKC_LOAD_INDICATOR_DELAY_MS. */
GtkWidget *pkc_load_indicator_new      (void);
/* Shows the indicator for @file after the delay (at once when it already shows); the stop
 * button cancels @cancellable. */
void       pkc_load_indicator_start    (PkcLoadIndicator *self,
                                        GFile            *file,
                                        GCancellable     *cancellable);
/* Hides it and forgets the load. */
void       pkc_load_indicator_stop     (PkcLoadIndicator *self);

G_END_DECLS
