/* test-charts-ticks.c — nice axis ticks and number/date formatting
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "pkc-format.h"
#include "pkc-ticks.h"

static void
test_ticks_table (void)
{
  static const struct {
    double min, max;
    guint max_ticks;
    double step, first;
    guint n;
  } cases[] = {
    { 0, 311, 8, 50, 0, 8 },
    { 0, 311, 6, 100, 0, 5 },
    { 0, 14, 8, 2, 0, 8 },
    { 0, 14, 5, 5, 0, 4 },
    { 0, 12947, 8, 2000, 0, 8 },
    { 0, 15209, 6, 5000, 0, 5 },
    { 3, 7, 8, 1, 3, 5 },
    { 0, 0, 8, 0.2, 0, 6 },
    { 0, 1, 3, 0.5, 0, 3 },
    { 0, 100, 11, 10, 0, 11 },
    { 0, 100, 6, 20, 0, 6 },
    { 0.5, 0.9, 5, 0.1, 0.5, 5 },
    { -35, 42, 6, 20, -40, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double step = -1, first = -1;
      guint n = 0;

      g_test_message ("case %u: %g … %g, %u ticks", i, cases[i].min, cases[i].max, cases[i].max_ticks);
      g_assert_true (pkc_nice_ticks (cases[i].min, cases[i].max, cases[i].max_ticks,
                                     &step, &first, &n));
      g_assert_cmpfloat_with_epsilon (step, cases[i].step, 1e-9);
      g_assert_cmpfloat_with_epsilon (first, cases[i].first, 1e-9);
      g_assert_cmpuint (n, ==, cases[i].n);
      /* The ticks cover the range. */
      g_assert_cmpfloat (first, <=, cases[i].min + 1e-9);
      g_assert_cmpfloat (first + (n - 1) * step, >=, cases[i].max - 1e-9);
      g_assert_cmpuint (n, <=, cases[i].max_ticks);
    }
}

static void
test_ticks_rejects (void)
{
  double step = 7, first = 7;
  guint n = 7;

  g_assert_false (pkc_nice_ticks (5, 1, 8, &step, &first, &n));
  g_assert_false (pkc_nice_ticks (0, 10, 1, &step, &first, &n));
  g_assert_false (pkc_nice_ticks (0, INFINITY, 8, &step, &first, &n));
  g_assert_false (pkc_nice_ticks (NAN, 1, 8, &step, &first, &n));
  g_assert_cmpfloat (step, ==, 7);
  g_assert_cmpfloat (first, ==, 7);
  g_assert_cmpuint (n, ==, 7);
}

static void
test_format_count (void)
{
  /* The C locale has no grouping of its own: the English comma is used. */
  static const struct { gint64 v; const char *text; } cases[] = {
    { 0, "0" }, { 999, "999" }, { 1000, "1,000" }, { 12947, "12,947" },
    { 1000000, "1,000,000" }, { -1500, "−1,500" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pkc_format_count (cases[i].v);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_dates (void)
{
  PkcDate day = { 2013, 9, 30, PKC_DATE_PRECISION_DAY };
  PkcDate month = { 2013, 9, 1, PKC_DATE_PRECISION_MONTH };
  PkcDate year = { 2020, 1, 1, PKC_DATE_PRECISION_YEAR };
  PkcDate q = { 2019, 7, 1, PKC_DATE_PRECISION_DAY };
  PkcDate unset = { 0 };
  g_autofree char *a = pkc_format_date (&day);
  g_autofree char *b = pkc_format_date (&month);
  g_autofree char *c = pkc_format_date (&year);
  g_autofree char *d = pkc_format_period (PKC_INTERVAL_QUARTER, &q);
  g_autofree char *e = pkc_format_period (PKC_INTERVAL_MONTH, &q);
  g_autofree char *f = pkc_format_period (PKC_INTERVAL_YEAR, &q);
  g_autofree char *g = pkc_format_date (&unset);
  g_autofree char *h = pkc_format_percent (0.8876);

  g_assert_cmpstr (a, ==, "30 September 2013");
  g_assert_cmpstr (b, ==, "September 2013");
  g_assert_cmpstr (c, ==, "2020");
  g_assert_cmpstr (d, ==, "Q3 2019");
  g_assert_cmpstr (e, ==, "July 2019");
  g_assert_cmpstr (f, ==, "2019");
  g_assert_cmpstr (g, ==, "date unknown");
  g_assert_cmpstr (h, ==, "89%");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/ticks/table", test_ticks_table);
  g_test_add_func ("/charts/ticks/rejects", test_ticks_rejects);
  g_test_add_func ("/charts/format/count", test_format_count);
  g_test_add_func ("/charts/format/dates", test_format_dates);
  return g_test_run ();
}
