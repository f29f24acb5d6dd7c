/* pkc-date.h — calendar dates with a precision (day, month or year)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PKC_DATE_PRECISION_NONE = 0, /* unset / unknown */
  PKC_DATE_PRECISION_YEAR,
  PKC_DATE_PRECISION_MONTH,
  PKC_DATE_PRECISION_DAY,
} PkcDatePrecision;

/* A plain value type: copy it freely. The missing parts of a shorter date are 1
 * (so "2013-09" is 2013-09-01 with month precision), which makes dates sort. */
typedef struct {
  guint16          year;
  guint8           month;   /* 1..12 */
  guint8           day;     /* 1..31 */
  PkcDatePrecision precision;
} PkcDate;

gboolean    pkc_date_parse        (const char    *text,
                                   PkcDate       *out_date,
                                   char         **out_problem);
gboolean    pkc_date_is_set       (const PkcDate *date);
int         pkc_date_compare      (const PkcDate *a,
                                   const PkcDate *b);
/* Days since 0001-01-01 (the GDate Julian day): a linear time axis for charts. */
guint32     pkc_date_to_julian    (const PkcDate *date);
PkcDate     pkc_date_from_julian  (guint32        julian);
/* ISO form at the date's own precision: "2013", "2013-09" or "2013-09-30". */
char       *pkc_date_to_iso       (const PkcDate *date);

/* A calendar period: a month, a quarter (starting January, April, July, October) or a
 * year. */
typedef enum {
  PKC_INTERVAL_MONTH,
  PKC_INTERVAL_QUARTER,
  PKC_INTERVAL_YEAR,
} PkcInterval;

/* Stepping through the calendar. Every result is a first day of a month, at day precision;
 * the year rolls over as needed. */

/* 1–4: the calendar quarter of @date (1 for an unset date). */
guint       pkc_date_quarter      (const PkcDate *date);
/* The first day of the month @months after @date's month (before it when negative). */
PkcDate     pkc_date_month_start  (const PkcDate *date,
                                   int            months);
/* The first day of the @interval period that holds @date. */
PkcDate     pkc_date_period_start (const PkcDate *date,
                                   PkcInterval    interval);
/* The first day of the @interval period after the one that holds @date. */
PkcDate     pkc_date_next_period  (const PkcDate *date,
                                   PkcInterval    interval);
/* The first and last julian days @date covers at its own precision: one day, a whole month
 * or a whole year. */
void        pkc_date_julian_span  (const PkcDate *date,
                                   guint32       *from,
                                   guint32       *to);

G_END_DECLS
