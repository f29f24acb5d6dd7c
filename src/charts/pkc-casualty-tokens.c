/* pkc-casualty-tokens.c — the command line's words for a casualty chart's view: personnel
 * types, a date range widened to whole periods, the legend series to hide
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-casualty-view.h"

static const guint civilian_mask = (1u << PKC_PERSONNEL_INTERNATIONAL_CIVILIAN) |
                                   (1u << PKC_PERSONNEL_LOCAL_CIVILIAN);

gboolean
pkc_casualty_personnel_parse (const char  *list,
                              guint       *mask,
                              GError     **error)
{
  g_auto(GStrv) tokens = g_strsplit (list != NULL ? list : "", ",", -1);
  guint out = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = g_strstrip (tokens[i]);
      PkcPersonnel personnel;

      if (*token == '\0')
        continue;
      if (g_ascii_strcasecmp (token, "all") == 0)
        out |= PKC_PERSONNEL_ALL;
      else if (g_ascii_strcasecmp (token, "civilian") == 0)
        out |= civilian_mask;
      else if (pkc_personnel_from_token (token, &personnel))
        out |= 1u << personnel;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: %s is what the user typed after --personnel= */
                       _("Unknown personnel “%s”: use military, military-observer, police, "
                         "international-civilian, local-civilian, other, civilian or all, "
                         "separated by commas"), token);
          return FALSE;
        }
    }
  if (out == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--personnel needs at least one personnel type, such as police"));
      return FALSE;
    }
  *mask = out;
  return TRUE;
}

/* The last day of the period that holds the last day of @date's span ("2019": 31 December). */
static PkcDate
period_last_day (const PkcDate *date,
                 PkcInterval    interval)
{
  guint32 from, to;
  PkcDate last, next;

  pkc_date_julian_span (date, &from, &to);
  last = pkc_date_from_julian (to);
  next = pkc_date_next_period (&last, interval);
  return pkc_date_from_julian (pkc_date_to_julian (&next) - 1);
}

static gboolean
parse_one (const char  *text,
           const char  *option,
           PkcDate     *out,
           GError     **error)
{
  g_autofree char *problem = NULL;
  gsize len = strlen (text);

  /* A year, a month or a day: nothing else a window's zoom could mean. */
  if ((len == 4 || len == 7 || len == 10) && pkc_date_parse (text, out, &problem) &&
      out->precision != PKC_DATE_PRECISION_NONE)
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: the date the user typed, then --from or --to */
               _("Invalid date “%s” for %s: use YYYY, YYYY-MM or YYYY-MM-DD"), text, option);
  return FALSE;
}

gboolean
pkc_casualty_range_parse (const char   *from_text,
                          const char   *to_text,
                          PkcInterval   interval,
                          PkcDate      *from,
                          PkcDate      *to,
                          GError      **error)
{
  PkcDate a = { 0 }, b = { 0 };

  if (from_text != NULL && !parse_one (from_text, "--from", &a, error))
    return FALSE;
  if (to_text != NULL && !parse_one (to_text, "--to", &b, error))
    return FALSE;
  /* As typed first: "--from=2019-05 --to=2019-04" is backwards even though both widen to
   * the same quarter. */
  if (from_text != NULL && to_text != NULL && pkc_date_compare (&a, &b) > 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--from must not be later than --to"));
      return FALSE;
    }
  if (from_text != NULL)
    a = pkc_date_period_start (&a, interval);
  if (to_text != NULL)
    b = period_last_day (&b, interval);
  *from = a;
  *to = b;
  return TRUE;
}

/* Tokens match in any case, a space and a hyphen alike ("burkina-faso" names Burkina Faso). */
static gboolean
token_equal (const char *typed,
             const char *token)
{
  for (; *typed != '\0' && *token != '\0'; typed++, token++)
    {
      char a = *typed == ' ' ? '-' : g_ascii_tolower (*typed);
      char b = *token == ' ' ? '-' : g_ascii_tolower (*token);

      if (a != b)
        return FALSE;
    }
  return *typed == '\0' && *token == '\0';
}

gboolean
pkc_casualty_hidden_parse (PkcDataset       *dataset,
                           PkcChartOptions  *options,
                           const char       *list,
                           GError          **error)
{
  g_autoptr(PkcCasualtyBins) bins = NULL;
  g_autoptr(PkcCasualtyStack) stack = NULL;
  g_auto(GStrv) typed = g_strsplit (list != NULL ? list : "", ",", -1);
  guint hidden = 0;

  bins = pkc_casualty_bins_get (dataset, options->interval, options->personnel_mask,
                                &options->range_from, &options->range_to);
  stack = pkc_casualty_stack_new (dataset, bins, options);
  for (guint i = 0; typed[i] != NULL; i++)
    {
      const char *name = g_strstrip (typed[i]);
      guint k;

      for (k = 0; k < stack->n; k++)
        if (token_equal (name, stack->tokens[k]))
          break;
      if (k < stack->n)
        {
          hidden |= 1u << k;
          continue;
        }
      {
        g_autoptr(GString) names = g_string_new (NULL);

        for (k = 0; k < stack->n; k++)
          g_string_append_printf (names, "%s%s", k > 0 ? ", " : "", stack->tokens[k]);
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     /* Translators: what the user typed after --hide=, then the series
                      * the chart has ("malicious-act, accident, …") */
                     _("Unknown series “%s” for --hide: use %s"), name, names->str);
        return FALSE;
      }
    }
  options->hidden_series = hidden;
  return TRUE;
}
