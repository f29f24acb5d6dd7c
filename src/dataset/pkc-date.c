/* pkc-date.c — strict parsing and arithmetic for partial calendar dates
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-date.h"
#include "pkc-dataset-private.h"

gboolean
_pkc_date_is_valid_ymd (int year,
                        int month,
                        int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return FALSE;

  return day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/* Reads exactly @n_digits ASCII digits; no sign, no spaces. */
static gboolean
read_digits (const char **p,
             guint        n_digits,
             int         *out)
{
  int value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      char c = (*p)[i];

      if (c < '0' || c > '9')
        return FALSE;
      value = value * 10 + (c - '0');
    }

  *p += n_digits;
  *out = value;
  return TRUE;
}

static gboolean
fail (char       **out_problem,
      char        *problem)
{
  if (out_problem != NULL)
    *out_problem = problem;
  else
    g_free (problem);
  return FALSE;
}

gboolean
pkc_date_parse (const char  *text,
                PkcDate     *out_date,
                char       **out_problem)
{
  const char *p = text;
  int year = 0, month = 1, day = 1;
  PkcDatePrecision precision = PKC_DATE_PRECISION_YEAR;

  if (out_problem != NULL)
    *out_problem = NULL;

  if (text == NULL || *text == '\0')
    return fail (out_problem, g_strdup (_("date is empty")));

  if (!read_digits (&p, 4, &year))
    goto bad_form;

  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month))
        goto bad_form;
      precision = PKC_DATE_PRECISION_MONTH;

      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day))
            goto bad_form;
          precision = PKC_DATE_PRECISION_DAY;
        }
    }

  if (*p != '\0')
    goto bad_form;

  if (year < 1)
    /* Translators: %s is the date as written in the file */
    return fail (out_problem, g_strdup_printf (_("year must be 0001 or later, got \"%s\""), text));

  if (month < 1 || month > 12)
    /* Translators: %s is the date as written in the file */
    return fail (out_problem, g_strdup_printf (_("month must be 01 to 12, got \"%s\""), text));

  if (!_pkc_date_is_valid_ymd (year, month, day))
    {
      guint8 days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);

      return fail (out_problem,
                   /* Translators: the date, then year and month, then the length of that month in days */
                   g_strdup_printf (_("\"%s\" is not a real date: %04d-%02d has %u days"),
                                    text, year, month, (guint) days));
    }

  if (out_date != NULL)
    {
      out_date->year = (guint16) year;
      out_date->month = (guint8) month;
      out_date->day = (guint8) day;
      out_date->precision = precision;
    }
  return TRUE;

bad_form:
  return fail (out_problem,
               /* Translators: %s is the text found in the file */
               g_strdup_printf (_("date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"%s\""), text));
}

gboolean
pkc_date_is_set (const PkcDate *date)
{
  return date != NULL && date->precision != PKC_DATE_PRECISION_NONE;
}

int
pkc_date_compare (const PkcDate *a,
                  const PkcDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  /* Same first day: the coarser date sorts first, so "2013" < "2013-01" < "2013-01-01". */
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return 0;
}

guint32
pkc_date_to_julian (const PkcDate *date)
{
  GDate gdate;

  g_return_val_if_fail (pkc_date_is_set (date), 0);
  /* Not _pkc_date_is_valid_ymd(): axis ends run one period past the data, and data may
   * reach 9999-12-31, so 10000-01-01 must convert too. */
  g_return_val_if_fail (g_date_valid_dmy (date->day, date->month, date->year), 0);

  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, date->day, date->month, date->year);
  return g_date_get_julian (&gdate);
}

PkcDate
pkc_date_from_julian (guint32 julian)
{
  PkcDate date = { 0, };
  GDate gdate;

  g_return_val_if_fail (g_date_valid_julian (julian), date);

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, julian);
  date.year = g_date_get_year (&gdate);
  date.month = g_date_get_month (&gdate);
  date.day = g_date_get_day (&gdate);
  date.precision = PKC_DATE_PRECISION_DAY;
  return date;
}

char *
pkc_date_to_iso (const PkcDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case PKC_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", (guint) date->year);
    case PKC_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", (guint) date->year, (guint) date->month);
    case PKC_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u-%02u-%02u",
                              (guint) date->year, (guint) date->month, (guint) date->day);
    case PKC_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }
}

guint
pkc_date_quarter (const PkcDate *date)
{
  return (MAX (date->month, 1u) - 1u) / 3u + 1u;
}

PkcDate
pkc_date_month_start (const PkcDate *date,
                      int            months)
{
  /* Months since year 0, floored so that a step back across January works too. */
  int index = date->year * 12 + (date->month - 1) + months;
  PkcDate start = { 0, 1, 1, PKC_DATE_PRECISION_DAY };

  g_return_val_if_fail (index >= 0, start);
  start.year = (guint16) (index / 12);
  start.month = (guint8) (index % 12 + 1);
  return start;
}

/* The months in one @interval. */
static int
interval_months (PkcInterval interval)
{
  switch (interval)
    {
    case PKC_INTERVAL_YEAR:
      return 12;
    case PKC_INTERVAL_QUARTER:
      return 3;
    case PKC_INTERVAL_MONTH:
    default:
      return 1;
    }
}

PkcDate
pkc_date_period_start (const PkcDate *date,
                       PkcInterval    interval)
{
  PkcDate month = { date->year, date->month, 1, PKC_DATE_PRECISION_DAY };

  switch (interval)
    {
    case PKC_INTERVAL_YEAR:
      month.month = 1;
      break;
    case PKC_INTERVAL_QUARTER:
      month.month = (guint8) ((pkc_date_quarter (date) - 1) * 3 + 1);
      break;
    case PKC_INTERVAL_MONTH:
    default:
      break;
    }
  return month;
}

PkcDate
pkc_date_next_period (const PkcDate *date,
                      PkcInterval    interval)
{
  PkcDate start = pkc_date_period_start (date, interval);

  return pkc_date_month_start (&start, interval_months (interval));
}

void
pkc_date_julian_span (const PkcDate *date,
                      guint32       *from,
                      guint32       *to)
{
  PkcDate end;

  *from = pkc_date_to_julian (date);
  switch (date->precision)
    {
    case PKC_DATE_PRECISION_YEAR:
      end = pkc_date_next_period (date, PKC_INTERVAL_YEAR);
      break;
    case PKC_DATE_PRECISION_MONTH:
      end = pkc_date_next_period (date, PKC_INTERVAL_MONTH);
      break;
    case PKC_DATE_PRECISION_DAY:
    case PKC_DATE_PRECISION_NONE:
    default:
      *to = *from;
      return;
    }
  *to = pkc_date_to_julian (&end) - 1;
}
