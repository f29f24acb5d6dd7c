/* pkc-casualty-view.c — what a casualty chart shows, said in words: the filters for its
 * subtitle, the periods it can only partly count, the tooltip of a stacked bar
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-casualty-view.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"

#define MASK(p) (1u << (p))

/* The window's personnel filters have a name of their own; any other set lists its types. */
static char *
personnel_text (guint mask)
{
  static const char *const labels[PKC_N_PERSONNEL] = {
    NC_("personnel", "Military"), NC_("personnel", "Military observer"),
    NC_("personnel", "Police"), NC_("personnel", "International civilian"),
    NC_("personnel", "Local civilian"), NC_("personnel", "Other"),
  };
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *joined = NULL;

  mask &= PKC_PERSONNEL_ALL;
  if (mask == PKC_PERSONNEL_ALL || mask == 0)
    return NULL;
  /* Translators: chart subtitle, the personnel filter ("Police only") */
  if (mask == MASK (PKC_PERSONNEL_POLICE))
    return g_strdup (_("Police only"));
  if (mask == (MASK (PKC_PERSONNEL_MILITARY) | MASK (PKC_PERSONNEL_MILITARY_OBSERVER)))
    /* Translators: chart subtitle, the personnel filter */
    return g_strdup (_("Military and observers only"));
  if (mask == (MASK (PKC_PERSONNEL_INTERNATIONAL_CIVILIAN) | MASK (PKC_PERSONNEL_LOCAL_CIVILIAN)))
    /* Translators: chart subtitle, the personnel filter */
    return g_strdup (_("Civilian staff only"));
  if (mask == MASK (PKC_PERSONNEL_OTHER))
    /* Translators: chart subtitle, the personnel filter */
    return g_strdup (_("Other personnel only"));
  names = g_ptr_array_new ();
  for (guint p = 0; p < PKC_N_PERSONNEL; p++)
    if (mask & MASK (p))
      g_ptr_array_add (names, (gpointer) g_dpgettext2 (GETTEXT_PACKAGE, "personnel", labels[p]));
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: chart subtitle, the personnel types counted ("Personnel: Military, Police") */
  return g_strdup_printf (_("Personnel: %s"), joined);
}

/* A category's name inside a sentence: lower case, but for a nationality (a proper name). */
static char *
in_sentence (const PkcCasualtyStack *stack,
             guint                   k)
{
  const char *label = stack->labels[k];
  gunichar first = g_utf8_get_char (label);
  char buf[8];
  int len;

  if (stack->by == PKC_STACK_NATIONALITY || !g_unichar_isupper (first))
    return g_strdup (label);
  len = g_unichar_to_utf8 (g_unichar_tolower (first), buf);
  buf[len] = '\0';
  return g_strconcat (buf, g_utf8_next_char (label), NULL);
}

char *
pkc_excluding_text (GPtrArray *names)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (names == NULL || names->len == 0)
    return NULL;
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (names, i));
  /* Translators: chart subtitle, the series switched off in the legend
   * ("excluding malicious act, illness") */
  return g_strdup_printf (_("excluding %s"), joined->str);
}

char *
pkc_casualty_view_filters (const PkcCasualtyStack *stack,
                           const gboolean         *occurs,
                           const PkcChartOptions  *options)
{
  g_autofree char *personnel = personnel_text (options->personnel_mask);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *excluding = NULL;

  for (guint k = 0; k < stack->n; k++)
    if (occurs[k] && (options->hidden_series & MASK (k)))
      g_ptr_array_add (hidden, in_sentence (stack, k));
  excluding = pkc_excluding_text (hidden);
  if (personnel != NULL && excluding != NULL)
    /* Translators: chart subtitle: the personnel filter, then the hidden categories */
    return g_strdup_printf (_("%s · %s"), personnel, excluding);
  if (personnel != NULL)
    return g_steal_pointer (&personnel);
  return g_steal_pointer (&excluding);
}

/* The first day after period @p. */
static guint32
period_end (const PkcCasualtySeries *series,
            guint                    p)
{
  PkcDate end = pkc_date_next_period (&series->period_start[p], series->interval);

  return pkc_date_to_julian (&end);
}

/* The latest date of the sources the records cite: how far the data can reach. 0 if none. */
static guint32
data_as_of (PkcDataset             *dataset,
            const PkcCasualtyStack *stack)
{
  guint32 latest = 0;

  for (guint k = 0; k < stack->n; k++)
    for (guint i = 0; stack->sources[k] != NULL && i < stack->sources[k]->len; i++)
      {
        g_auto(GStrv) ids = g_strsplit_set (g_ptr_array_index (stack->sources[k], i), " \t\n", -1);

        for (guint j = 0; ids[j] != NULL; j++)
          {
            const PkcSource *source = *ids[j] != '\0'
                                      ? pkc_dataset_lookup_source (dataset, ids[j]) : NULL;

            /* Only a source dated to the day says when its data stopped. */
            if (source != NULL && source->date.precision == PKC_DATE_PRECISION_DAY)
              latest = MAX (latest, pkc_date_to_julian (&source->date));
          }
      }
  return latest;
}

void
pkc_casualty_coverage (PkcDataset             *dataset,
                       const PkcCasualtyStack *stack,
                       const PkcChartOptions  *options,
                       guint32                *first,
                       guint32                *last)
{
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  PkcDate start = pkc_dataset_get_start (dataset), end = pkc_dataset_get_end (dataset);
  guint32 lo = 0, hi = G_MAXUINT32, as_of = data_as_of (dataset, stack);
  guint32 oldest = G_MAXUINT32, newest = 0;

  /* Only days are precise enough to cut a period; a month or a year is a whole period. */
  if (start.precision == PKC_DATE_PRECISION_DAY)
    lo = pkc_date_to_julian (&start);
  if (end.precision == PKC_DATE_PRECISION_DAY)
    hi = pkc_date_to_julian (&end);
  if (as_of > 0)
    hi = MIN (hi, as_of);
  /* A record outside those dates proves the data reaches it. The dataset keeps casualties
   * in date order, so the first and the last are enough (a relayout must not visit all). */
  if (n_casualties > 0)
    {
      PkcDate first_date = pkc_casualty_record_get_date (pkc_dataset_get_casualty (dataset, 0));
      PkcDate last_date = pkc_casualty_record_get_date (pkc_dataset_get_casualty (dataset,
                                                                                n_casualties - 1));

      oldest = pkc_date_to_julian (&first_date);
      newest = pkc_date_to_julian (&last_date);
    }
  lo = MIN (lo, oldest);
  hi = MAX (hi, newest);
  if (pkc_date_is_set (&options->range_from))
    lo = MAX (lo, pkc_date_to_julian (&options->range_from));
  if (pkc_date_is_set (&options->range_to) &&
      options->range_to.precision == PKC_DATE_PRECISION_DAY)
    hi = MIN (hi, pkc_date_to_julian (&options->range_to));
  *first = lo;
  *last = hi;
}

gboolean
pkc_casualty_period_partial (const PkcCasualtySeries *series,
                             guint                    p,
                             guint32                  covered_first,
                             guint32                  covered_last,
                             PkcDate                 *from,
                             PkcDate                 *to)
{
  guint32 first = pkc_date_to_julian (&series->period_start[p]);
  guint32 last = period_end (series, p) - 1;
  guint32 lo = MAX (first, covered_first), hi = MIN (last, covered_last);

  /* A period the data never reached is not a partial one. */
  if (lo > hi || (lo == first && hi == last))
    return FALSE;
  if (from != NULL)
    *from = pkc_date_from_julian (lo);
  if (to != NULL)
    *to = pkc_date_from_julian (hi);
  return TRUE;
}

char *
_pkc_text_wrap_chars (const char *text,
                      guint       max_chars)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *rest = lines[i];

      if (i > 0)
        g_string_append_c (out, '\n');
      while ((guint) g_utf8_strlen (rest, -1) > max_chars)
        {
          const char *limit = g_utf8_offset_to_pointer (rest, max_chars);
          const char *space = NULL;

          for (const char *c = rest; c < limit; c = g_utf8_next_char (c))
            if (*c == ' ' && c > rest)
              space = c;
          if (space == NULL)
            break;   /* one word longer than a line: kept whole */
          g_string_append_len (out, rest, space - rest);
          g_string_append_c (out, '\n');
          rest = space + 1;
        }
      g_string_append (out, rest);
    }
  return g_string_free (out, FALSE);
}

/* The sources of the bar's visible segments, each named once. */
static char *
bar_sources (PkcDataset             *dataset,
             const PkcCasualtyStack *stack,
             const gboolean         *visible,
             guint                   p)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  for (guint k = 0; k < stack->n; k++)
    {
      gsize cell = (gsize) p * stack->n + k;
      g_autofree char *name = NULL;

      if (!visible[k] || stack->counts[cell] == 0)
        continue;
      name = pkc_source_title (dataset, stack->cell_source[cell]);
      if (stack->cell_mixed[cell])
        {
          char *more = g_strconcat (name, " …", NULL);

          g_free (name);
          name = more;
        }
      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (pkc_format_list_separator (), (char **) names->pdata);
  if (names->len > 2)
    /* Translators: the last line of a bar's tooltip, several sources joined by "; " */
    return g_strdup_printf (_("Sources: %s"), joined);
  /* Translators: the last line of a bar's tooltip */
  return g_strdup_printf (_("Source: %s"), joined);
}

char *
pkc_casualty_bar_tooltip (PkcDataset             *dataset,
                          const PkcCasualtyStack *stack,
                          const gboolean         *visible,
                          guint                   p,
                          guint                   k,
                          const char             *period,
                          const char             *partial)
{
  g_autoptr(GString) out = g_string_new (period);
  g_autofree char *sources = bar_sources (dataset, stack, visible, p);
  g_autofree char *total_n = NULL;
  guint total = 0, hidden = 0;

  if (partial != NULL)
    g_string_append_printf (out, "\n%s", partial);
  for (guint c = 0; c < stack->n; c++)
    {
      guint count = stack->counts[(gsize) p * stack->n + c];
      g_autofree char *n = NULL, *line = NULL;

      if (!visible[c])
        {
          hidden += count;
          continue;
        }
      if (count == 0)
        continue;
      total += count;
      n = pkc_format_count (count);
      /* Translators: a line of a bar's tooltip, a category and its count */
      line = g_strdup_printf (_("%s: %s"), stack->labels[c], n);
      /* The hovered segment marked, the others indented to line up with its name. */
      g_string_append_printf (out, "\n%s%s", c == k ? "▸ " : "   ", line);
    }
  total_n = pkc_format_count (total);
  g_string_append_c (out, '\n');
  if (hidden > 0)
    {
      g_autofree char *hidden_n = pkc_format_count (hidden);

      /* Translators: bar tooltip: the bar's total, then the deaths of the categories
       * switched off in the legend */
      g_string_append_printf (out, _("Shown: %s (%s more hidden)"), total_n, hidden_n);
    }
  else if (stack->by == PKC_STACK_INCIDENT)
    /* Translators: bar tooltip: the bar's total */
    g_string_append_printf (out, _("All incident types: %s"), total_n);
  else
    /* Translators: bar tooltip: the bar's total */
    g_string_append_printf (out, _("All deaths in the period: %s"), total_n);
  if (sources != NULL)
    g_string_append_printf (out, "\n%s", sources);
  return _pkc_text_wrap_chars (out->str, PKC_TOOLTIP_MAX_CHARS);
}
