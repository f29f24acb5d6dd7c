/* pkc-bench-util.h — medians, timed child processes and generated datasets for pkc-bench
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs per measurement: every row is the median of this many alternating runs. */
#define PKC_BENCH_RUNS 5

double pkc_bench_median      (double     *values,
                              guint       n);
/* Wall time (ms) and peak RSS (KiB) of @argv run as a child with its output discarded;
 * FALSE when it could not start or did not exit 0. */
gboolean pkc_bench_spawn     (const char * const *argv,
                              double             *ms,
                              long               *max_rss_kib);
/* The same for @fn (@data) run in a forked child. */
gboolean pkc_bench_fork      (void              (*fn) (gpointer data),
                              gpointer            data,
                              double             *ms,
                              long               *max_rss_kib);
/* Writes a valid dataset of @n_casualties to a new file in the temporary folder. */
char    *pkc_bench_write_dataset (guint n_casualties);

G_END_DECLS
