/* test-series.c — casualty binning, ceilings in force, tokens and the locale language
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-series.h"
#include "pkc-dataset-private.h"

/* Checks labels, totals and the per-incident counts; counts rows are
 * { malicious-act, accident, illness, self-inflicted, to-be-determined, unknown }. */
static void
assert_series (const PkcCasualtySeries *series,
               guint                    n_periods,
               const char * const      *labels,
               const guint             *totals,
               const guint (*counts)[PKC_N_INCIDENTS])
{
  guint grand = 0;

  g_assert_cmpuint (series->n_periods, ==, n_periods);
  for (guint p = 0; p < n_periods; p++)
    {
      g_autofree char *label = pkc_period_label_iso (series->interval, &series->period_start[p]);
      guint sum = 0;

      g_assert_cmpstr (label, ==, labels[p]);
      g_assert_cmpuint (series->totals[p], ==, totals[p]);
      for (guint i = 0; i < PKC_N_INCIDENTS; i++)
        {
          if (counts != NULL)
            g_assert_cmpuint (series->counts[p][i], ==, counts[p][i]);
          sum += series->counts[p][i];
        }
      g_assert_cmpuint (sum, ==, totals[p]);
      grand += totals[p];
    }
  g_assert_cmpuint (series->grand_total, ==, grand);
}

static void
test_month (void)
{
  static const char * const labels[] = {
    "2013-07", "2013-08", "2013-09", "2013-10", "2013-11", "2013-12", "2014-01", "2014-02",
    "2014-03",
  };
  static const guint totals[] = { 1, 1, 0, 0, 1, 0, 2, 0, 2 };
  static const guint counts[][PKC_N_INCIDENTS] = {
    { 1, 0, 0, 0, 0, 0 }, { 0, 0, 1, 0, 0, 0 }, { 0, }, { 0, }, { 0, 1, 0, 0, 0, 0 }, { 0, },
    { 0, 0, 0, 1, 1, 0 }, { 0, }, { 1, 0, 0, 0, 0, 1 },
  };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH,
                                                                  PKC_PERSONNEL_ALL, NULL, NULL);

  g_assert_cmpint (series->interval, ==, PKC_INTERVAL_MONTH);
  assert_series (series, G_N_ELEMENTS (labels), labels, totals, counts);
  g_assert_cmpuint (series->grand_total, ==, 7);
  /* Periods start on the first of the month. */
  g_assert_cmpuint (series->period_start[4].day, ==, 1);
  g_assert_cmpuint (series->period_start[4].month, ==, 11);
}

static void
test_quarter (void)
{
  static const char * const labels[] = { "2013-Q3", "2013-Q4", "2014-Q1" };
  static const guint totals[] = { 2, 1, 4 };
  static const guint counts[][PKC_N_INCIDENTS] = {
    { 1, 0, 1, 0, 0, 0 }, { 0, 1, 0, 0, 0, 0 }, { 1, 0, 0, 1, 1, 1 },
  };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (dataset, PKC_INTERVAL_QUARTER,
                                                                  PKC_PERSONNEL_ALL, NULL, NULL);

  assert_series (series, G_N_ELEMENTS (labels), labels, totals, counts);
  g_assert_cmpuint (series->period_start[0].month, ==, 7);
  g_assert_cmpuint (series->period_start[1].month, ==, 10);
}

static void
test_year (void)
{
  static const char * const labels[] = { "2013", "2014" };
  static const guint totals[] = { 3, 4 };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (dataset, PKC_INTERVAL_YEAR,
                                                                  PKC_PERSONNEL_ALL, NULL, NULL);

  assert_series (series, G_N_ELEMENTS (labels), labels, totals, NULL);
}

static void
test_personnel_mask (void)
{
  static const char * const labels[] = {
    "2013-07", "2013-08", "2013-09", "2013-10", "2013-11", "2013-12", "2014-01", "2014-02",
    "2014-03",
  };
  static const guint military[] = { 0, 1, 0, 0, 0, 0, 0, 0, 1 };
  static const guint civilians[] = { 0, 0, 0, 0, 1, 0, 1, 0, 0 };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(PkcCasualtySeries) series = NULL;
  g_autoptr(PkcCasualtySeries) none = NULL;

  series = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH, 1u << PKC_PERSONNEL_MILITARY,
                                    NULL, NULL);
  /* Same periods as the unmasked series: the axis does not move when filtering. */
  assert_series (series, G_N_ELEMENTS (labels), labels, military, NULL);
  pkc_casualty_series_free (g_steal_pointer (&series));

  series = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH,
                                    (1u << PKC_PERSONNEL_LOCAL_CIVILIAN) |
                                    (1u << PKC_PERSONNEL_INTERNATIONAL_CIVILIAN), NULL, NULL);
  assert_series (series, G_N_ELEMENTS (labels), labels, civilians, NULL);

  none = pkc_casualty_series_new (dataset, PKC_INTERVAL_YEAR, 0, NULL, NULL);
  g_assert_cmpuint (none->n_periods, ==, 2);
  g_assert_cmpuint (none->grand_total, ==, 0);
}

static void
test_clip (void)
{
  static const char * const labels[] = { "2013-11", "2013-12", "2014-01" };
  static const guint totals[] = { 1, 0, 2 };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  g_autoptr(PkcCasualtySeries) series = NULL;
  g_autoptr(PkcCasualtySeries) empty = NULL;
  g_autoptr(PkcCasualtySeries) open_end = NULL;
  PkcDate from = test_date ("2013-09-01");
  PkcDate to = test_date ("2014-01-31");
  PkcDate late = test_date ("2020");

  /* Both ends inclusive: 2014-01-31 is in. */
  series = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH, PKC_PERSONNEL_ALL, &from, &to);
  assert_series (series, G_N_ELEMENTS (labels), labels, totals, NULL);

  empty = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH, PKC_PERSONNEL_ALL, &late, NULL);
  g_assert_cmpuint (empty->n_periods, ==, 0);
  g_assert_cmpuint (empty->grand_total, ==, 0);

  open_end = pkc_casualty_series_new (dataset, PKC_INTERVAL_YEAR, PKC_PERSONNEL_ALL, NULL, &to);
  g_assert_cmpuint (open_end->n_periods, ==, 2);
  g_assert_cmpuint (open_end->totals[0], ==, 3);
  g_assert_cmpuint (open_end->totals[1], ==, 2);
}

static void
test_empty_dataset (void)
{
  g_autoptr(PkcDataset) dataset = pkc_dataset_new ();
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH,
                                                                  PKC_PERSONNEL_ALL, NULL, NULL);
  PkcDate date = test_date ("2020");

  g_assert_cmpuint (series->n_periods, ==, 0);
  g_assert_cmpuint (series->grand_total, ==, 0);
  g_assert_null (pkc_dataset_ceiling_at (dataset, &date));
  g_assert_false (pkc_dataset_get_date_range (dataset, NULL, NULL));
}

/* Built by hand: a long gap between two casualties across a year boundary. */
static void
test_gap_across_years (void)
{
  g_autoptr(PkcDataset) dataset = pkc_dataset_new ();
  g_autoptr(PkcCasualtySeries) series = NULL;
  const char *dates[] = { "2016-02-10", "2014-11-03" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      PkcCasualty *casualty = g_new0 (PkcCasualty, 1);

      casualty->date = test_date (dates[i]);
      casualty->incident = PKC_INCIDENT_ACCIDENT;
      casualty->personnel = PKC_PERSONNEL_POLICE;
      casualty->nationality = g_strdup ("Benin");
      casualty->iso = g_strdup ("BEN");
      casualty->source = g_strdup ("s");
      _pkc_dataset_add_casualty (dataset, casualty);
    }
  pkc_dataset_finish (dataset);

  series = pkc_casualty_series_new (dataset, PKC_INTERVAL_QUARTER, PKC_PERSONNEL_ALL, NULL, NULL);
  /* 2014-Q4 … 2016-Q1 = 6 quarters. */
  g_assert_cmpuint (series->n_periods, ==, 6);
  g_assert_cmpuint (series->totals[0], ==, 1);
  g_assert_cmpuint (series->totals[5], ==, 1);
  for (guint p = 1; p < 5; p++)
    g_assert_cmpuint (series->totals[p], ==, 0);
  g_assert_cmpuint (series->counts[0][PKC_INCIDENT_ACCIDENT], ==, 1);
}

static void
test_ceiling_at (void)
{
  static const struct {
    const char *date;
    guint       resolution; /* 0: none in force */
  } cases[] = {
    { "2013-04-24", 0 },
    { "2013", 0 },          /* 2013-01-01 */
    { "2013-04-25", 2100 }, /* adoption day counts */
    { "2016", 2100 },
    { "2016-06-28", 2100 },
    { "2016-06-29", 2295 },
    { "2023-06-29", 2295 },
    { "2023-06-30", 2690 },
    { "2030", 2690 },
  };
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PkcDate date = test_date (cases[i].date);
      const PkcCeiling *ceiling = pkc_dataset_ceiling_at (dataset, &date);

      if (cases[i].resolution == 0)
        g_assert_null (ceiling);
      else
        {
          g_assert_nonnull (ceiling);
          g_assert_cmpuint (ceiling->resolution, ==, cases[i].resolution);
        }
    }
}

static void
test_tokens (void)
{
  for (guint i = 0; i < PKC_N_INCIDENTS; i++)
    {
      PkcIncident incident = PKC_N_INCIDENTS;

      g_assert_true (pkc_incident_from_token (pkc_incident_to_token (i), &incident));
      g_assert_cmpint (incident, ==, i);
    }
  for (guint i = 0; i < PKC_N_PERSONNEL; i++)
    {
      PkcPersonnel personnel = PKC_N_PERSONNEL;

      g_assert_true (pkc_personnel_from_token (pkc_personnel_to_token (i), &personnel));
      g_assert_cmpint (personnel, ==, i);
    }
  g_assert_cmpstr (pkc_incident_to_token (PKC_INCIDENT_MALICIOUS_ACT), ==, "malicious-act");
  g_assert_cmpstr (pkc_incident_to_token (PKC_INCIDENT_TO_BE_DETERMINED), ==, "to-be-determined");
  g_assert_cmpstr (pkc_personnel_to_token (PKC_PERSONNEL_LOCAL_CIVILIAN), ==, "local-civilian");
  g_assert_cmpstr (pkc_personnel_to_token (PKC_PERSONNEL_MILITARY_OBSERVER), ==,
                   "military-observer");
  g_assert_cmpstr (pkc_closure_status_to_token (PKC_CLOSURE_DISPUTED), ==, "disputed");
  g_assert_false (pkc_incident_from_token ("Accident", NULL));
  g_assert_false (pkc_incident_from_token ("", NULL));
  g_assert_false (pkc_incident_from_token (NULL, NULL));
  g_assert_false (pkc_personnel_from_token ("soldier", NULL));

  for (guint i = 0; i <= PKC_INTERVAL_YEAR; i++)
    {
      PkcInterval interval = 99;

      g_assert_true (pkc_interval_from_token (_pkc_interval_to_token (i), &interval));
      g_assert_cmpint (interval, ==, i);
    }
  g_assert_false (pkc_interval_from_token ("week", NULL));
}

static void
test_lang_from_locale (void)
{
  static const struct {
    const char *language;
    PkcLang     expected;
  } cases[] = {
    { "nl", PKC_LANG_NL },
    { "fr_BE.UTF-8", PKC_LANG_FR },
    { "de_DE:fr:en", PKC_LANG_FR },
    { "en_GB:nl", PKC_LANG_EN },
    { "de", PKC_LANG_EN },
    { "frr:nds", PKC_LANG_EN },
    { "nl_BE@euro", PKC_LANG_NL },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      g_assert_cmpint (pkc_lang_from_locale (), ==, cases[i].expected);
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/month", test_month);
  g_test_add_func ("/series/quarter", test_quarter);
  g_test_add_func ("/series/year", test_year);
  g_test_add_func ("/series/personnel-mask", test_personnel_mask);
  g_test_add_func ("/series/clip", test_clip);
  g_test_add_func ("/series/empty", test_empty_dataset);
  g_test_add_func ("/series/gap-across-years", test_gap_across_years);
  g_test_add_func ("/dataset/ceiling-at", test_ceiling_at);
  g_test_add_func ("/dataset/tokens", test_tokens);
  g_test_add_func ("/dataset/lang-from-locale", test_lang_from_locale);

  return g_test_run ();
}
