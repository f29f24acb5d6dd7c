/* test-date.c — strict date parsing, ordering, Julian days and ISO output
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-date.h"
#include "pkc-dataset-private.h"

typedef struct {
  const char       *text;
  gboolean          valid;
  guint             year;
  guint             month;
  guint             day;
  PkcDatePrecision  precision;
  const char       *problem; /* exact, for invalid ones */
} DateCase;

static const DateCase date_cases[] = {
  { "2013-09-30", TRUE, 2013, 9, 30, PKC_DATE_PRECISION_DAY, NULL },
  { "2013-09", TRUE, 2013, 9, 1, PKC_DATE_PRECISION_MONTH, NULL },
  { "2013", TRUE, 2013, 1, 1, PKC_DATE_PRECISION_YEAR, NULL },
  { "2024-02-29", TRUE, 2024, 2, 29, PKC_DATE_PRECISION_DAY, NULL },
  { "2000-02-29", TRUE, 2000, 2, 29, PKC_DATE_PRECISION_DAY, NULL },
  { "0001-01-01", TRUE, 1, 1, 1, PKC_DATE_PRECISION_DAY, NULL },
  { "9999-12-31", TRUE, 9999, 12, 31, PKC_DATE_PRECISION_DAY, NULL },
  { "2023-02-30", FALSE, 0, 0, 0, 0, "\"2023-02-30\" is not a real date: 2023-02 has 28 days" },
  { "2023-02-29", FALSE, 0, 0, 0, 0, "\"2023-02-29\" is not a real date: 2023-02 has 28 days" },
  { "1900-02-29", FALSE, 0, 0, 0, 0, "\"1900-02-29\" is not a real date: 1900-02 has 28 days" },
  { "2023-04-31", FALSE, 0, 0, 0, 0, "\"2023-04-31\" is not a real date: 2023-04 has 30 days" },
  { "2023-01-00", FALSE, 0, 0, 0, 0, "\"2023-01-00\" is not a real date: 2023-01 has 31 days" },
  { "2023-13", FALSE, 0, 0, 0, 0, "month must be 01 to 12, got \"2023-13\"" },
  { "2023-00-10", FALSE, 0, 0, 0, 0, "month must be 01 to 12, got \"2023-00-10\"" },
  { "0000", FALSE, 0, 0, 0, 0, "year must be 0001 or later, got \"0000\"" },
  { "", FALSE, 0, 0, 0, 0, "date is empty" },
  { "garbage", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"garbage\"" },
  { "2023-9-1", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"2023-9-1\"" },
  { "23-09-01", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"23-09-01\"" },
  { "2023-09-01 ", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"2023-09-01 \"" },
  { " 2023", FALSE, 0, 0, 0, 0, "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \" 2023\"" },
  { "2023-", FALSE, 0, 0, 0, 0, "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"2023-\"" },
  { "2023-09-", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"2023-09-\"" },
  { "+2023", FALSE, 0, 0, 0, 0, "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"+2023\"" },
  { "2023-09-01T00:00", FALSE, 0, 0, 0, 0,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"2023-09-01T00:00\"" },
  { "12023", FALSE, 0, 0, 0, 0, "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"12023\"" },
};

static void
test_parse (gconstpointer data)
{
  const DateCase *expected = data;
  PkcDate date = { 0, };
  g_autofree char *problem = NULL;
  gboolean ok = pkc_date_parse (expected->text, &date, &problem);

  if (expected->valid)
    {
      g_autofree char *iso = NULL;

      g_assert_true (ok);
      g_assert_null (problem);
      g_assert_cmpuint (date.year, ==, expected->year);
      g_assert_cmpuint (date.month, ==, expected->month);
      g_assert_cmpuint (date.day, ==, expected->day);
      g_assert_cmpint (date.precision, ==, expected->precision);
      g_assert_true (pkc_date_is_set (&date));
      /* Round trip at the date's own precision. */
      iso = pkc_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, expected->text);
    }
  else
    {
      g_assert_false (ok);
      g_assert_cmpstr (problem, ==, expected->problem);
      /* The output is left alone on failure. */
      g_assert_cmpint (date.precision, ==, PKC_DATE_PRECISION_NONE);
    }

  /* A NULL problem pointer is allowed. */
  g_assert_true (pkc_date_parse (expected->text, NULL, NULL) == expected->valid);
}

static void
test_compare (void)
{
  static const char * const ordered[] = {
    "2012-12-31", "2013", "2013-01", "2013-01-01", "2013-01-02", "2013-02", "2013-12-31",
    "2014",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
        {
          PkcDate a = test_date (ordered[i]);
          PkcDate b = test_date (ordered[j]);
          int expected = (i > j) - (i < j);
          int got = pkc_date_compare (&a, &b);

          g_assert_cmpint ((got > 0) - (got < 0), ==, expected);
        }
    }
}

static void
test_julian (void)
{
  PkcDate first = test_date ("0001-01-01");
  PkcDate a = test_date ("2013-04-25");
  PkcDate b = test_date ("2023-12-31");
  PkcDate leap = test_date ("2024-02-29");
  PkcDate month = test_date ("2024-03");
  PkcDate back;
  g_autofree char *iso = NULL;

  g_assert_cmpuint (pkc_date_to_julian (&first), ==, 1);
  /* 2013-04-25 to 2023-12-31: 3902 days. */
  g_assert_cmpuint (pkc_date_to_julian (&b) - pkc_date_to_julian (&a), ==, 3902);
  g_assert_cmpuint (pkc_date_to_julian (&month) - pkc_date_to_julian (&leap), ==, 1);

  back = pkc_date_from_julian (pkc_date_to_julian (&leap));
  iso = pkc_date_to_iso (&back);
  g_assert_cmpstr (iso, ==, "2024-02-29");
  g_assert_cmpint (back.precision, ==, PKC_DATE_PRECISION_DAY);
}

static void
test_valid_ymd (void)
{
  g_assert_true (_pkc_date_is_valid_ymd (2024, 2, 29));
  g_assert_false (_pkc_date_is_valid_ymd (2023, 2, 29));
  g_assert_false (_pkc_date_is_valid_ymd (2023, 0, 1));
  g_assert_false (_pkc_date_is_valid_ymd (2023, 13, 1));
  g_assert_false (_pkc_date_is_valid_ymd (0, 1, 1));
  g_assert_false (_pkc_date_is_valid_ymd (2023, 6, 31));
  g_assert_true (_pkc_date_is_valid_ymd (2023, 7, 31));
  g_assert_false (_pkc_date_is_valid_ymd (2023, 7, -1));
}

static void
test_unset (void)
{
  PkcDate none = { 0, };
  g_autofree char *iso = pkc_date_to_iso (&none);

  g_assert_false (pkc_date_is_set (&none));
  g_assert_false (pkc_date_is_set (NULL));
  g_assert_cmpstr (iso, ==, "");
}

/* A date as "YYYY-MM-DD" (day precision asserted). */
static void
assert_day (PkcDate     date,
            const char *expected)
{
  g_autofree char *iso = pkc_date_to_iso (&date);

  g_assert_cmpint (date.precision, ==, PKC_DATE_PRECISION_DAY);
  g_assert_cmpstr (iso, ==, expected);
}

static PkcDate
parse (const char *text)
{
  PkcDate date;

  g_assert_true (pkc_date_parse (text, &date, NULL));
  return date;
}

static void
test_quarter (void)
{
  static const guint quarters[] = { 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4 };
  PkcDate unset = { 0, };

  for (guint m = 1; m <= 12; m++)
    {
      PkcDate date = { 2019, (guint8) m, 15, PKC_DATE_PRECISION_DAY };

      g_assert_cmpuint (pkc_date_quarter (&date), ==, quarters[m - 1]);
    }
  g_assert_cmpuint (pkc_date_quarter (&unset), ==, 1);
}

static void
test_month_start (void)
{
  PkcDate date = parse ("2019-11-30");

  assert_day (pkc_date_month_start (&date, 0), "2019-11-01");
  assert_day (pkc_date_month_start (&date, 1), "2019-12-01");
  /* Across the year's end, forwards and back. */
  assert_day (pkc_date_month_start (&date, 2), "2020-01-01");
  assert_day (pkc_date_month_start (&date, 26), "2022-01-01");
  assert_day (pkc_date_month_start (&date, -11), "2018-12-01");
  assert_day (pkc_date_month_start (&date, -10), "2019-01-01");
}

/* Period starts and the next period's start, across quarters and the year's end. */
static void
test_periods (void)
{
  static const struct {
    const char  *date;
    PkcInterval  interval;
    const char  *start;
    const char  *next;
  } cases[] = {
    { "2019-08-31", PKC_INTERVAL_MONTH, "2019-08-01", "2019-09-01" },
    { "2019-08-31", PKC_INTERVAL_QUARTER, "2019-07-01", "2019-10-01" },
    { "2019-08-31", PKC_INTERVAL_YEAR, "2019-01-01", "2020-01-01" },
    { "2019-12-31", PKC_INTERVAL_MONTH, "2019-12-01", "2020-01-01" },
    { "2019-11-02", PKC_INTERVAL_QUARTER, "2019-10-01", "2020-01-01" },
    /* A quarter's first month is its own start. */
    { "2019-04", PKC_INTERVAL_QUARTER, "2019-04-01", "2019-07-01" },
    { "2019-06", PKC_INTERVAL_QUARTER, "2019-04-01", "2019-07-01" },
    { "2019", PKC_INTERVAL_QUARTER, "2019-01-01", "2019-04-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PkcDate date = parse (cases[i].date);

      assert_day (pkc_date_period_start (&date, cases[i].interval), cases[i].start);
      assert_day (pkc_date_next_period (&date, cases[i].interval), cases[i].next);
    }
}

/* The days a date covers, counted: leap Februaries and years included. */
static void
test_julian_span (void)
{
  static const struct {
    const char *date;
    guint32     days;
    const char *last;
  } cases[] = {
    { "2019-02-14", 1, "2019-02-14" },
    { "2019-02", 28, "2019-02-28" },
    { "2020-02", 29, "2020-02-29" },
    { "2000-02", 29, "2000-02-29" },
    { "1900-02", 28, "1900-02-28" },
    { "2019-12", 31, "2019-12-31" },
    { "2019", 365, "2019-12-31" },
    { "2020", 366, "2020-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PkcDate date = parse (cases[i].date);
      guint32 from, to;

      pkc_date_julian_span (&date, &from, &to);
      g_assert_cmpuint (from, ==, pkc_date_to_julian (&date));
      g_assert_cmpuint (to - from + 1, ==, cases[i].days);
      assert_day (pkc_date_from_julian (to), cases[i].last);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/parse/%u", i);

      g_test_add_data_func (path, &date_cases[i], test_parse);
    }
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/julian", test_julian);
  g_test_add_func ("/date/valid-ymd", test_valid_ymd);
  g_test_add_func ("/date/unset", test_unset);
  g_test_add_func ("/date/quarter", test_quarter);
  g_test_add_func ("/date/month-start", test_month_start);
  g_test_add_func ("/date/periods", test_periods);
  g_test_add_func ("/date/julian-span", test_julian_span);

  return g_test_run ();
}
