/* pkc-format.h — numbers and dates for charts, tooltips, exports and --check (the one place to localise)
 *
 * In the dataset layer, not in common: it writes the dataset's own values (PkcDate at its
 * precision, PkcInterval periods), so it goes where those types are.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-date.h"
#include "pkc-series.h"

G_BEGIN_DECLS

/* "12,947" with the locale's digit grouping. */
char *pkc_format_count       (gint64         value);
/* A tick value: grouped integer, or one decimal for fractional steps. */
char *pkc_format_tick        (double         value,
                              double         step);
/* "47%" (rounded). */
char *pkc_format_percent     (double         fraction);
/* A date at its own precision: "30 September 2013", "September 2013", "2013". */
char *pkc_format_date        (const PkcDate *date);
/* "September 2013" whatever the precision. */
char *pkc_format_month_year  (const PkcDate *date);
/* "; " between the items of a list, with the language's spacing. */
const char *pkc_format_list_separator (void);
/* @date with a g_date_time_format() pattern whose %B and %b come from the catalogue. */
char *pkc_format_date_pattern (const PkcDate *date,
                               const char    *format);
/* "Sep" (abbreviated month). */
char *pkc_format_month_short (const PkcDate *date);
/* "Sep 2013". */
char *pkc_format_month_short_year (const PkcDate *date);
/* A binning period: "July 2019", "Q3 2019" or "2019". */
char *pkc_format_period      (PkcInterval    interval,
                              const PkcDate *period_start);
/* "Q3 2019" without the year when @with_year is FALSE ("Q3"). */
char *pkc_format_quarter     (const PkcDate *date,
                              gboolean       with_year);

G_END_DECLS
