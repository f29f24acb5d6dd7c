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
gboolean    pkc_date_is_valid_ymd (int            year,
                                   int            month,
                                   int            day);

G_END_DECLS
