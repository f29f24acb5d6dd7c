/* pkc-format.c — numbers and dates for charts, tooltips, exports and --check (the one place to localise)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "pkc-format.h"

/* The thousands separator of LC_NUMERIC. The C/POSIX locale defines none, which would print
 * 12947; there the app speaks English, so use the English comma. */
static const char *
thousands_separator (void)
{
  const char *sep = nl_langinfo (THOUSEP);
  const char *name = setlocale (LC_NUMERIC, NULL);

  /* glibc's fr_FR groups with U+202F NARROW NO-BREAK SPACE; Cantarell has no glyph for it
   * and the fallback draws it about 1 px wide, so "13 289" read as "13289" in the charts.
   * The ordinary no-break space keeps the groups apart and never breaks a number. */
  if (sep != NULL && g_str_equal (sep, "\u202f"))
    return "\u00a0";
  if (sep != NULL && *sep != '\0')
    return sep;
  if (name == NULL || g_str_equal (name, "C") || g_str_has_prefix (name, "C.") ||
      g_str_equal (name, "POSIX"))
    return ",";
  return "";
}

char *
pkc_format_count (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, value < 0 ? -value : value);
  const char *sep = thousands_separator ();
  GString *out = g_string_new (value < 0 ? "−" : "");
  size_t len = strlen (digits);

  /* Groups of three: LC_NUMERIC grouping other than 3 (e.g. Indian 3;2) is left to the
   * i18n work. */
  for (size_t i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
pkc_format_tick (double value,
                 double step)
{
  if (step >= 1 || fabs (value - round (value)) < 1e-9)
    return pkc_format_count ((gint64) llround (value));
  {
    /* Fractions only appear on tiny axes; the locale's decimal point via printf. */
    int decimals = step >= 0.1 ? 1 : 2;

    return g_strdup_printf ("%.*f", decimals, value);
  }
}

char *
pkc_format_percent (double fraction)
{
  /* Translators: a percentage, e.g. "47%"; %d is the number. */
  return g_strdup_printf (_("%d%%"), (int) lround (fraction * 100));
}

static GDateTime *
to_date_time (const PkcDate *date)
{
  return g_date_time_new_utc (date->year ? date->year : 1,
                              date->month ? date->month : 1,
                              date->day ? date->day : 1, 0, 0, 0);
}

static char *
format_with (const PkcDate *date,
             const char    *format)
{
  g_autoptr(GDateTime) dt = to_date_time (date);
  char *text = g_date_time_format (dt, format);

  /* GLib pads %e with a figure space; the formats use %-d, strip anyway. */
  return g_strstrip (text);
}

char *
pkc_format_date (const PkcDate *date)
{
  if (!pkc_date_is_set (date))
    return g_strdup (_("date unknown"));
  switch (date->precision)
    {
    case PKC_DATE_PRECISION_YEAR:
      return format_with (date, "%Y");
    case PKC_DATE_PRECISION_MONTH:
      /* Translators: a month and year, strftime format as in g_date_time_format() */
      return format_with (date, C_("date", "%B %Y"));
    case PKC_DATE_PRECISION_DAY:
    case PKC_DATE_PRECISION_NONE:
    default:
      /* Translators: a full date, strftime format as in g_date_time_format(); reorder freely */
      return format_with (date, C_("date", "%-d %B %Y"));
    }
}

char *
pkc_format_month_year (const PkcDate *date)
{
  return format_with (date, C_("date", "%B %Y"));
}

char *
pkc_format_month_short (const PkcDate *date)
{
  /* Translators: an abbreviated month on a time axis, strftime format */
  return format_with (date, C_("axis", "%b"));
}

char *
pkc_format_month_short_year (const PkcDate *date)
{
  /* Translators: an abbreviated month and year on a time axis, strftime format */
  return format_with (date, C_("axis", "%b %Y"));
}

char *
pkc_format_quarter (const PkcDate *date,
                    gboolean       with_year)
{
  guint quarter = (date->month - 1) / 3 + 1;

  if (with_year)
    /* Translators: a calendar quarter: first %u is 1–4, second the year ("Q3 2019") */
    return g_strdup_printf (_("Q%u %u"), quarter, (guint) date->year);
  /* Translators: a calendar quarter on a time axis, %u is 1–4 ("Q3") */
  return g_strdup_printf (_("Q%u"), quarter);
}

char *
pkc_format_period (PkcInterval    interval,
                   const PkcDate *period_start)
{
  switch (interval)
    {
    case PKC_INTERVAL_QUARTER:
      return pkc_format_quarter (period_start, TRUE);
    case PKC_INTERVAL_YEAR:
      return g_strdup_printf ("%u", (guint) period_start->year);
    case PKC_INTERVAL_MONTH:
    default:
      return pkc_format_month_year (period_start);
    }
}
