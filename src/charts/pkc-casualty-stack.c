/* pkc-casualty-stack.c — the casualty chart's categories: incident type (from the bins), or
 * nationality, personnel type or gender counted from the same records
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-casualty-stack.h"
#include "pkc-common.h"
#include "pkc-data-terms.h"
#include "pkc-layout-private.h"

enum { GENDER_MALE, GENDER_FEMALE, GENDER_NOT_RECORDED, N_GENDERS };

static const char *const gender_tokens[N_GENDERS] = { "men", "women", "not-recorded" };

static const char *const stack_tokens[PKC_N_STACKS] = {
  [PKC_STACK_INCIDENT] = "incident",
  [PKC_STACK_NATIONALITY] = "nationality",
  [PKC_STACK_PERSONNEL] = "personnel",
  [PKC_STACK_GENDER] = "gender",
};

const char *
pkc_stack_by_to_token (PkcStackBy by)
{
  g_return_val_if_fail (by < PKC_N_STACKS, NULL);
  return stack_tokens[by];
}

gboolean
pkc_stack_by_from_token (const char *token,
                         PkcStackBy *out)
{
  for (guint i = 0; i < PKC_N_STACKS; i++)
    if (g_strcmp0 (token, stack_tokens[i]) == 0)
      {
        if (out != NULL)
          *out = (PkcStackBy) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pkc_stack_by_label (PkcStackBy by)
{
  /* Translators: what the casualty chart's bars are stacked by, in its title
   * ("ABCD peacekeeper deaths by nationality", ABCD a mission acronym) */
  switch (by)
    {
    case PKC_STACK_NATIONALITY: return C_("stack by", "nationality");
    case PKC_STACK_PERSONNEL:   return C_("stack by", "personnel type");
    case PKC_STACK_GENDER:      return C_("stack by", "gender");
    case PKC_STACK_INCIDENT:
    case PKC_N_STACKS:
    default:                    return C_("stack by", "incident type");
    }
}

static const char *
personnel_label (PkcPersonnel personnel)
{
  /* Translators: the UN's personnel types (legend of the casualty chart stacked by type) */
  switch (personnel)
    {
    case PKC_PERSONNEL_MILITARY:               return C_("personnel", "Military");
    case PKC_PERSONNEL_MILITARY_OBSERVER:      return C_("personnel", "Military observer");
    case PKC_PERSONNEL_POLICE:                 return C_("personnel", "Police");
    case PKC_PERSONNEL_INTERNATIONAL_CIVILIAN: return C_("personnel", "International civilian");
    case PKC_PERSONNEL_LOCAL_CIVILIAN:         return C_("personnel", "Local civilian");
    case PKC_PERSONNEL_OTHER:
    case PKC_N_PERSONNEL:
    default:                                   return C_("personnel", "Other");
    }
}

/* The records the bins counted: inside a period, the range and the personnel filter. */
static gboolean
counted (const PkcCasualtyRecord *c,
         const PkcCasualtySeries *series,
         const PkcChartOptions   *options,
         int                     *period)
{
  PkcDate date = pkc_casualty_record_get_date (c);

  *period = pkc_casualty_series_period_of (series, &date);
  if (*period < 0 || (guint) c->personnel >= PKC_N_PERSONNEL ||
      !(options->personnel_mask & (1u << c->personnel)) || (guint) c->incident >= PKC_N_INCIDENTS)
    return FALSE;
  if (pkc_date_is_set (&options->range_from) &&
      pkc_date_compare (&date, &options->range_from) < 0)
    return FALSE;
  return !(pkc_date_is_set (&options->range_to) &&
           pkc_date_compare (&date, &options->range_to) > 0);
}

/* The UN writes some countries in more than one way ("Côte dIvoire"): one category each. */
static const char *
nationality_key (PkcDataset              *dataset,
                 const PkcCasualtyRecord *c)
{
  const char *nationality = pkc_dataset_get_casualty_nationality (dataset, c);
  const char *name = pkc_un_spelling_name (nationality);

  return name != NULL ? name : nationality;
}

static int
nationality_cmp (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *totals = user_data;
  guint na = GPOINTER_TO_UINT (g_hash_table_lookup (totals, *(const char **) a));
  guint nb = GPOINTER_TO_UINT (g_hash_table_lookup (totals, *(const char **) b));

  if (na != nb)
    return na > nb ? -1 : 1;
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The contributors with the most deaths among the counted records, by name, then "Other". */
static GPtrArray *
top_nationalities (PkcDataset              *dataset,
                   const PkcCasualtySeries *series,
                   const PkcChartOptions   *options)
{
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  g_autoptr(GHashTable) totals = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new ();
  int p;

  for (guint i = 0; i < n_casualties; i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (dataset, i);
      const char *key;
      guint n;

      if (!counted (c, series, options, &p))
        continue;
      key = nationality_key (dataset, c);
      if (key == NULL)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (totals, key));
      if (n == 0)
        g_ptr_array_add (names, (gpointer) key);
      g_hash_table_insert (totals, (gpointer) key, GUINT_TO_POINTER (n + 1));
    }
  g_ptr_array_sort_with_data (names, nationality_cmp, totals);
  /* One name more than the top would be a lone name under "Other": show it by name. */
  if (names->len > PKC_STACK_TOP_NATIONALITIES + 1)
    g_ptr_array_set_size (names, PKC_STACK_TOP_NATIONALITIES);
  return names;
}

/* Category of @c among @names (nationality), or its personnel type or gender. */
static guint
category_of (const PkcCasualtyStack  *stack,
             PkcDataset              *dataset,
             const PkcCasualtyRecord *c,
             GPtrArray               *names)
{
  switch (stack->by)
    {
    case PKC_STACK_NATIONALITY:
      for (guint k = 0; k < names->len; k++)
        if (g_strcmp0 (g_ptr_array_index (names, k), nationality_key (dataset, c)) == 0)
          return k;
      return stack->n - 1;
    case PKC_STACK_PERSONNEL:
      return c->personnel;
    case PKC_STACK_GENDER:
      return c->gender == 'M' ? GENDER_MALE : c->gender == 'F' ? GENDER_FEMALE
                                                               : GENDER_NOT_RECORDED;
    case PKC_STACK_INCIDENT:
    case PKC_N_STACKS:
    default:
      return c->incident;
    }
}

static void
set_categories (PkcCasualtyStack *stack,
                GPtrArray        *names)
{
  static const guint nationality_colours[] = { 0, 1, 2, 3, 4, 6, 7 };

  switch (stack->by)
    {
    case PKC_STACK_NATIONALITY:
      for (guint k = 0; k < names->len; k++)
        {
          stack->labels[k] = g_strdup (pkc_data_term_nationality (g_ptr_array_index (names, k)));
          stack->tokens[k] = g_ptr_array_index (names, k);
          stack->colour[k] = nationality_colours[k];
        }
      stack->n = names->len + 1;
      /* Translators: the casualty chart stacked by nationality: every other contributor */
      stack->labels[names->len] = g_strdup (C_("nationality", "Other"));
      stack->tokens[names->len] = "other";
      stack->colour[names->len] = 5;
      break;
    case PKC_STACK_PERSONNEL:
      stack->n = PKC_N_PERSONNEL;
      for (guint k = 0; k < stack->n; k++)
        {
          stack->labels[k] = g_strdup (personnel_label (k));
          stack->tokens[k] = pkc_personnel_to_token (k);
          stack->colour[k] = k;
        }
      break;
    case PKC_STACK_GENDER:
    default:
      stack->n = N_GENDERS;
      /* Translators: the casualty chart stacked by gender, as the UN data records it */
      stack->labels[GENDER_MALE] = g_strdup (C_("gender", "Men"));
      stack->labels[GENDER_FEMALE] = g_strdup (C_("gender", "Women"));
      stack->labels[GENDER_NOT_RECORDED] = g_strdup (C_("gender", "Not recorded"));
      stack->colour[GENDER_MALE] = 1;
      stack->colour[GENDER_FEMALE] = 4;
      stack->colour[GENDER_NOT_RECORDED] = 5;
      for (guint k = 0; k < N_GENDERS; k++)
        stack->tokens[k] = gender_tokens[k];
      break;
    }
}

/* Incident type: what the bins already hold. */
static void
from_bins (PkcCasualtyStack      *stack,
           const PkcCasualtyBins *bins)
{
  const PkcCasualtySeries *series = bins->series;
  gsize n_cells = (gsize) series->n_periods * PKC_N_INCIDENTS;

  stack->n = PKC_N_INCIDENTS;
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    {
      stack->labels[t] = g_strdup (pkc_incident_label (t));
      stack->tokens[t] = pkc_incident_to_token (t);
      stack->colour[t] = t;
      stack->sources[t] = g_ptr_array_ref (bins->sources[t]);
    }
  stack->counts = g_new0 (guint, MAX (n_cells, 1));
  for (guint p = 0; p < series->n_periods; p++)
    for (guint t = 0; t < PKC_N_INCIDENTS; t++)
      stack->counts[p * PKC_N_INCIDENTS + t] = series->counts[p][t];
  stack->cell_source = g_memdup2 (bins->cell_source, sizeof (char *) * MAX (n_cells, 1));
  stack->cell_mixed = g_memdup2 (bins->cell_mixed, sizeof (gboolean) * MAX (n_cells, 1));
}

static void
count_records (PkcCasualtyStack        *stack,
               PkcDataset              *dataset,
               const PkcCasualtySeries *series,
               const PkcChartOptions   *options,
               GPtrArray               *names)
{
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  gsize n_cells = (gsize) series->n_periods * stack->n;
  GHashTable *seen[PKC_STACK_MAX];
  int p;

  stack->counts = g_new0 (guint, MAX (n_cells, 1));
  stack->cell_source = g_new0 (const char *, MAX (n_cells, 1));
  stack->cell_mixed = g_new0 (gboolean, MAX (n_cells, 1));
  for (guint k = 0; k < stack->n; k++)
    {
      stack->sources[k] = g_ptr_array_new ();
      seen[k] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  for (guint i = 0; i < n_casualties; i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (dataset, i);
      const char *source;
      guint k;
      gsize cell;

      if (!counted (c, series, options, &p))
        continue;
      k = category_of (stack, dataset, c, names);
      source = pkc_dataset_get_casualty_source (dataset, c);
      cell = (gsize) p * stack->n + k;
      stack->counts[cell]++;
      if (stack->cell_source[cell] == NULL)
        stack->cell_source[cell] = source;
      else if (g_strcmp0 (stack->cell_source[cell], source) != 0)
        stack->cell_mixed[cell] = TRUE;
      if (source != NULL && g_hash_table_add (seen[k], (gpointer) source))
        g_ptr_array_add (stack->sources[k], (gpointer) source);
    }
  for (guint k = 0; k < stack->n; k++)
    g_hash_table_unref (seen[k]);
}

PkcCasualtyStack *
pkc_casualty_stack_new (PkcDataset            *dataset,
                        const PkcCasualtyBins *bins,
                        const PkcChartOptions *options)
{
  PkcCasualtyStack *stack = g_new0 (PkcCasualtyStack, 1);
  g_autoptr(GPtrArray) names = NULL;

  stack->by = options->stack_by < PKC_N_STACKS ? options->stack_by : PKC_STACK_INCIDENT;
  stack->n_periods = bins->series->n_periods;
  if (stack->by == PKC_STACK_INCIDENT)
    {
      from_bins (stack, bins);
      return stack;
    }
  if (stack->by == PKC_STACK_NATIONALITY)
    names = top_nationalities (dataset, bins->series, options);
  set_categories (stack, names);
  count_records (stack, dataset, bins->series, options, names);
  return stack;
}

void
pkc_casualty_stack_free (PkcCasualtyStack *stack)
{
  if (stack == NULL)
    return;
  for (guint k = 0; k < stack->n; k++)
    {
      g_free (stack->labels[k]);
      g_clear_pointer (&stack->sources[k], g_ptr_array_unref);
    }
  g_free (stack->counts);
  g_free (stack->cell_source);
  g_free (stack->cell_mixed);
  g_free (stack);
}

/* The categories' names in the CSV header (stack->tokens). */
static void
append_header (GString                *out,
               const PkcCasualtyStack *stack,
               guint                   hidden)
{
  for (guint k = 0; k < stack->n; k++)
    {
      if (hidden & (1u << k))
        continue;
      g_string_append_c (out, ',');
      pkc_csv_append_field (out, stack->tokens[k]);
    }
}

char *
pkc_casualties_stack_to_csv (PkcDataset            *dataset,
                             const PkcChartOptions *options)
{
  g_autoptr(PkcCasualtyBins) bins = NULL;
  g_autoptr(PkcCasualtyStack) stack = NULL;
  GString *out = g_string_new ("period,total");
  guint sum = 0;

  bins = pkc_casualty_bins_get (dataset, options->interval, options->personnel_mask,
                                &options->range_from, &options->range_to);
  stack = pkc_casualty_stack_new (dataset, bins, options);
  append_header (out, stack, options->hidden_series);
  /* The cumulative line's values, when the chart draws it. */
  if (options->show_cumulative)
    g_string_append (out, ",cumulative");
  g_string_append_c (out, '\n');
  for (guint p = 0; p < stack->n_periods; p++)
    {
      g_autofree char *period = pkc_period_label_iso (bins->series->interval,
                                                      &bins->series->period_start[p]);
      guint total = bins->series->totals[p];

      /* Categories switched off in the legend are not drawn: neither their column nor
       * their deaths in the total (the bar's height). */
      for (guint k = 0; k < stack->n; k++)
        if (options->hidden_series & (1u << k))
          total -= stack->counts[p * stack->n + k];
      g_string_append_printf (out, "%s,%u", period, total);
      for (guint k = 0; k < stack->n; k++)
        if (!(options->hidden_series & (1u << k)))
          g_string_append_printf (out, ",%u", stack->counts[p * stack->n + k]);
      sum += total;
      if (options->show_cumulative)
        g_string_append_printf (out, ",%u", sum);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
