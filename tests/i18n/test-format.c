/* test-format.c — numbers and dates in English, French and Dutch (pkc-format.c)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pkc-format.h"

typedef struct {
  const char *language;
  const char *locale;
  const char *count;      /* 13289 */
  const char *big;        /* 1234567 */
  const char *date;       /* 2023-06-30 */
  const char *month;      /* 2013-09 */
  const char *quarter;    /* Q3 2019 */
  const char *percent;    /* 0.8876 */
} Case;

static const Case cases[] = {
  { "en", "en_US.UTF-8", "13,289", "1,234,567", "30 June 2023", "September 2013", "Q3 2019", "89%" },
  /* glibc's fr_FR groups with U+202F; the app draws U+00A0 (see pkc-format.c) */
  { "fr", "fr_FR.UTF-8", "13\u00a0289", "1\u00a0234\u00a0567", "30 juin 2023", "septembre 2013",
    "T3 2019", "89\u00a0%" },
  { "nl", "nl_NL.UTF-8", "13.289", "1.234.567", "30 juni 2023", "september 2013", "K3 2019", "89%" },
};

static void
use_locale (const Case *c)
{
  g_setenv ("LANGUAGE", c->language, TRUE);
  if (setlocale (LC_ALL, c->locale) == NULL)
    g_error ("locale %s is not available (generate it: see .ci/setup-debian)", c->locale);
}

static void
test_format (gconstpointer data)
{
  const Case *c = data;
  PkcDate day = { .year = 2023, .month = 6, .day = 30, .precision = PKC_DATE_PRECISION_DAY };
  PkcDate month = { .year = 2013, .month = 9, .precision = PKC_DATE_PRECISION_MONTH };
  PkcDate quarter = { .year = 2019, .month = 7, .day = 1, .precision = PKC_DATE_PRECISION_DAY };
  g_autofree char *count = NULL, *big = NULL, *date = NULL, *month_text = NULL;
  g_autofree char *quarter_text = NULL, *percent = NULL, *tick = NULL;

  use_locale (c);
  count = pkc_format_count (13289);
  big = pkc_format_count (1234567);
  date = pkc_format_date (&day);
  month_text = pkc_format_date (&month);
  quarter_text = pkc_format_period (PKC_INTERVAL_QUARTER, &quarter);
  percent = pkc_format_percent (0.8876);
  tick = pkc_format_tick (13289, 1000);

  g_assert_cmpstr (count, ==, c->count);
  g_assert_cmpstr (big, ==, c->big);
  g_assert_cmpstr (tick, ==, c->count);
  g_assert_cmpstr (date, ==, c->date);
  g_assert_cmpstr (month_text, ==, c->month);
  g_assert_cmpstr (quarter_text, ==, c->quarter);
  g_assert_cmpstr (percent, ==, c->percent);
  setlocale (LC_ALL, "C.UTF-8");
}

/* A fractional tick uses the locale's decimal separator: 2.5 / 2,5 / 2,5. */
static void
test_decimal (void)
{
  const char *expect[] = { "2.5", "2,5", "2,5" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      use_locale (&cases[i]);
      text = pkc_format_tick (2.5, 0.5);
      g_assert_cmpstr (text, ==, expect[i]);
    }
  setlocale (LC_ALL, "C.UTF-8");
}

/* Months, grouping and the decimal sign follow the language of the texts: LANGUAGE=fr with
 * an English (here C.UTF-8) locale gives a French chart, never "juin" beside "June". */
static void
test_language_without_locale (void)
{
  for (guint i = 1; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      PkcDate day = { .year = 2023, .month = 6, .day = 30, .precision = PKC_DATE_PRECISION_DAY };
      PkcDate month = { .year = 2013, .month = 9, .precision = PKC_DATE_PRECISION_MONTH };
      g_autofree char *count = NULL, *date = NULL, *month_text = NULL, *tick = NULL;

      g_setenv ("LANGUAGE", c->language, TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      textdomain (GETTEXT_PACKAGE);   /* gettext caches by locale, not by LANGUAGE */
      count = pkc_format_count (13289);
      date = pkc_format_date (&day);
      month_text = pkc_format_date (&month);
      tick = pkc_format_tick (2.5, 0.5);
      g_assert_cmpstr (count, ==, c->count);
      g_assert_cmpstr (date, ==, c->date);
      g_assert_cmpstr (month_text, ==, c->month);
      g_assert_cmpstr (tick, ==, "2,5");
    }
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PKC_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/%s", cases[i].language);

      g_test_add_data_func (path, &cases[i], test_format);
    }
  g_test_add_func ("/format/decimal", test_decimal);
  g_test_add_func ("/format/language-without-locale", test_language_without_locale);
  return g_test_run ();
}
