/* test-data-text.c — the --check summary and the --print-data CSV for valid-small.xml
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-data-text.h"

static char *
print_data (const char  *chart,
            PkcInterval  interval)
{
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (pkc_data_text_table (dataset, chart, interval, out, &error));
  g_assert_no_error (error);
  return g_string_free (out, FALSE);
}

static void
test_casualties_month (void)
{
  g_autofree char *csv = print_data ("casualties", PKC_INTERVAL_MONTH);

  g_assert_cmpstr (csv, ==,
                   "period,total,malicious-act,accident,illness,self-inflicted,to-be-determined,"
                   "unknown\n"
                   "2013-07,1,1,0,0,0,0,0\n"
                   "2013-08,1,0,0,1,0,0,0\n"
                   "2013-09,0,0,0,0,0,0,0\n"
                   "2013-10,0,0,0,0,0,0,0\n"
                   "2013-11,1,0,1,0,0,0,0\n"
                   "2013-12,0,0,0,0,0,0,0\n"
                   "2014-01,2,0,0,0,1,1,0\n"
                   "2014-02,0,0,0,0,0,0,0\n"
                   "2014-03,2,1,0,0,0,0,1\n");
}

static void
test_casualties_quarter_year (void)
{
  g_autofree char *quarters = print_data ("casualties", PKC_INTERVAL_QUARTER);
  g_autofree char *years = print_data ("casualties", PKC_INTERVAL_YEAR);

  g_assert_cmpstr (quarters, ==,
                   "period,total,malicious-act,accident,illness,self-inflicted,to-be-determined,"
                   "unknown\n"
                   "2013-Q3,2,1,0,1,0,0,0\n"
                   "2013-Q4,1,0,1,0,0,0,0\n"
                   "2014-Q1,4,1,0,0,1,1,1\n");
  g_assert_cmpstr (years, ==,
                   "period,total,malicious-act,accident,illness,self-inflicted,to-be-determined,"
                   "unknown\n"
                   "2013,3,1,1,1,0,0,0\n"
                   "2014,4,1,0,0,1,1,1\n");
}

static void
test_strength (void)
{
  g_autofree char *csv = print_data ("strength", PKC_INTERVAL_MONTH);

  g_assert_cmpstr (csv, ==,
                   "date,military_ceiling,police_ceiling,resolution,military,police,total,scope,"
                   "confidence,preferred,source\n"
                   "2013-04-25,11200,1440,2100,,,,,,,\n"
                   "2013-09-30,11200,1440,2100,5219,820,6039,uniformed,medium,true,res-1\n"
                   "2013-09-30,11200,1440,2100,,,6100,uniformed,low,false,news_2\n"
                   "2016,11200,1440,2100,10000,,,military,medium-high,true,res-1\n"
                   "2016-06-29,13289,,2295,,,,,,,\n"
                   "2023-06-30,,,2690,,,,,,,\n");
}

static void
test_bases (void)
{
  g_autofree char *csv = print_data ("bases", PKC_INTERVAL_MONTH);

  g_assert_cmpstr (csv, ==,
                   "order,id,name,region,closure_status,closure_date,alternative_dates,phase,"
                   "lat,lon\n"
                   "1,ber,Ber,Timbuktu,disputed,2023-08-13,2023-08-14 2023-08,1,-16.5,-3.25\n"
                   "2,kidal,Kidal,Kidal,known,2023-10-31,,2,18.44111,1.40778\n"
                   "3,hidden,\"Hidden \"\"Camp\"\", north\",Gao,unknown,,,,,\n"
                   "4,silent,Silent Post,Mopti,unknown,,,,,\n");
}

static void
test_unknown_chart (void)
{
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_false (pkc_data_text_table (dataset, "pie", PKC_INTERVAL_MONTH, out, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (out->str, ==, "");
}

static void
test_summary (void)
{
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autofree char *summary = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  summary = pkc_data_text_summary (dataset);

  g_assert_cmpstr (summary, ==,
                   "TESTMIS — Test Mission\n"
                   "Sources: 3\n"
                   "Ceilings: 3\n"
                   "Strength observations: 3\n"
                   "Drawdown figures: 2\n"
                   "Casualties: 7\n"
                   "Bases: 4\n"
                   "Events: 2\n"
                   "Data from 25 April 2013 to 31 December 2023\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data-text/casualties/month", test_casualties_month);
  g_test_add_func ("/data-text/casualties/quarter-year", test_casualties_quarter_year);
  g_test_add_func ("/data-text/strength", test_strength);
  g_test_add_func ("/data-text/bases", test_bases);
  g_test_add_func ("/data-text/unknown-chart", test_unknown_chart);
  g_test_add_func ("/data-text/summary", test_summary);

  return g_test_run ();
}
