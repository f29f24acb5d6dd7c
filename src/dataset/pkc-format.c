/* pkc-format.c — numbers and dates for charts, tooltips, exports and --check (the one place to localise)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pkc-format.h"

/* Digit grouping, the decimal sign and month names follow the language the chart's words
 * are in (the message catalogue), not LC_NUMERIC / LC_TIME: with LANGUAGE=fr and an English
 * locale a French chart must not say "June" or "13,289". */
static const char *
thousands_separator (void)
{
  /* Translators: the digit-group separator in 13,289. French: a no-break space U+00A0 (not
   * U+202F, which Cantarell draws about 1 px wide); Dutch: "." */
  return C_("number", ",");
}

static const char *
decimal_sign (void)
{
  /* Translators: the decimal sign in 2.5 */
  return C_("number", ".");
}

static const char *
month_name (guint    month,
            gboolean abbreviated)
{
  static const char * const full[12] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
    NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
    NC_("month", "November"), NC_("month", "December"),
  };
  /* Translators: abbreviated month names on time axes and beside markers */
  static const char * const abbreviated_names[12] = {
    NC_("abbreviated month", "Jan"), NC_("abbreviated month", "Feb"),
    NC_("abbreviated month", "Mar"), NC_("abbreviated month", "Apr"),
    NC_("abbreviated month", "May"), NC_("abbreviated month", "Jun"),
    NC_("abbreviated month", "Jul"), NC_("abbreviated month", "Aug"),
    NC_("abbreviated month", "Sep"), NC_("abbreviated month", "Oct"),
    NC_("abbreviated month", "Nov"), NC_("abbreviated month", "Dec"),
  };
  guint i = CLAMP (month, 1, 12) - 1;

  return abbreviated ? g_dpgettext2 (GETTEXT_PACKAGE, "abbreviated month", abbreviated_names[i])
                     : g_dpgettext2 (GETTEXT_PACKAGE, "month", full[i]);
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
    /* Fractions only appear on tiny axes. */
    int decimals = step >= 0.1 ? 1 : 2;
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];
    g_auto(GStrv) parts = g_strsplit (g_ascii_formatd (buffer, sizeof buffer,
                                                       decimals == 1 ? "%.1f" : "%.2f", value),
                                      ".", 2);

    return g_strjoinv (decimal_sign (), parts);
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

char *
pkc_format_date_pattern (const PkcDate *date,
                         const char    *format)
{
  g_autoptr(GDateTime) dt = to_date_time (date);
  g_autoptr(GString) pattern = g_string_new (NULL);
  char *text;

  /* %B and %b from the catalogue (see month_name()); the rest as GLib formats it. */
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'B' || p[1] == 'b'))
        {
          const char *name = month_name (date->month ? date->month : 1, p[1] == 'b');

          for (const char *n = name; *n != '\0'; n++)
            {
              if (*n == '%')
                g_string_append_c (pattern, '%');
              g_string_append_c (pattern, *n);
            }
          p++;
        }
      else if (p[0] == '%' && p[1] == '%')
        {
          g_string_append (pattern, "%%");
          p++;
        }
      else
        g_string_append_c (pattern, *p);
    }
  text = g_date_time_format (dt, pattern->str);
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
      return pkc_format_date_pattern (date, "%Y");
    case PKC_DATE_PRECISION_MONTH:
      /* Translators: a month and year, strftime format as in g_date_time_format() */
      return pkc_format_date_pattern (date, C_("date", "%B %Y"));
    case PKC_DATE_PRECISION_DAY:
    case PKC_DATE_PRECISION_NONE:
    default:
      /* Translators: a full date, strftime format as in g_date_time_format(); reorder freely */
      return pkc_format_date_pattern (date, C_("date", "%-d %B %Y"));
    }
}

char *
pkc_format_month_year (const PkcDate *date)
{
  return pkc_format_date_pattern (date, C_("date", "%B %Y"));
}

char *
pkc_format_month_short (const PkcDate *date)
{
  /* Translators: an abbreviated month on a time axis, strftime format */
  return pkc_format_date_pattern (date, C_("axis", "%b"));
}

char *
pkc_format_month_short_year (const PkcDate *date)
{
  /* Translators: an abbreviated month and year on a time axis, strftime format */
  return pkc_format_date_pattern (date, C_("axis", "%b %Y"));
}

char *
pkc_format_quarter (const PkcDate *date,
                    gboolean       with_year)
{
  guint quarter = pkc_date_quarter (date);

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

const char *
pkc_format_list_separator (void)
{
  /* Translators: between items of a list of sources; French: a no-break space before ";" */
  return C_("list", "; ");
}
