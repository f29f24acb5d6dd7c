/* pkc-compare.c — the Compare data, its queries and the layout entry point
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-layout-compare-private.h"

static const char *const view_tokens[PKC_N_COMPARE_VIEWS] = {
  [PKC_COMPARE_RANKING] = "ranking",
  [PKC_COMPARE_MISSIONS] = "missions",
  [PKC_COMPARE_WORLD] = "world",
};

static void
mission_free (gpointer p)
{
  PkcCompareMission *m = p;

  g_free (m->acronym);
  g_free (m->name);
  g_free (m->deaths);
  g_free (m->strength);
  g_free (m->strength_source);
  g_free (m);
}

PkcCompareData *
pkc_compare_data_new (guint first_year,
                      guint n_years)
{
  PkcCompareData *data = g_new0 (PkcCompareData, 1);

  data->first_year = first_year;
  data->n_years = n_years;
  data->missions = g_ptr_array_new_with_free_func (mission_free);
  data->force = g_new (double, MAX (n_years, 1));
  for (guint y = 0; y < n_years; y++)
    data->force[y] = PKC_COMPARE_NO_STRENGTH;
  return data;
}

void
pkc_compare_data_free (PkcCompareData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->missions);
  g_free (data->force);
  g_free (data->deaths_source);
  g_free (data->force_source);
  g_free (data);
}

PkcCompareMission *
pkc_compare_data_add_mission (PkcCompareData *data,
                              const char     *acronym,
                              const char     *name)
{
  PkcCompareMission *m = g_new0 (PkcCompareMission, 1);

  m->acronym = g_strdup (acronym);
  m->name = g_strdup (name);
  m->deaths = g_new0 (guint, MAX (data->n_years, 1) * PKC_N_INCIDENTS);
  g_ptr_array_add (data->missions, m);
  return m;
}

PkcCompareMission *
pkc_compare_data_find (const PkcCompareData *data,
                       const char           *acronym)
{
  for (guint i = 0; acronym != NULL && i < data->missions->len; i++)
    {
      PkcCompareMission *m = g_ptr_array_index (data->missions, i);

      if (g_ascii_strcasecmp (m->acronym, acronym) == 0)
        return m;
    }
  return NULL;
}

void
pkc_compare_mission_add_death (PkcCompareMission    *mission,
                               const PkcCompareData *data,
                               guint                 year,
                               PkcIncident           incident)
{
  if (year < data->first_year || year >= data->first_year + data->n_years ||
      incident >= PKC_N_INCIDENTS)
    return;
  mission->deaths[(year - data->first_year) * PKC_N_INCIDENTS + incident]++;
}

guint
pkc_compare_mission_deaths (const PkcCompareMission *mission,
                            const PkcCompareData    *data,
                            int                      y,
                            gboolean                 malicious_only)
{
  guint from = y < 0 ? 0 : (guint) y, to = y < 0 ? data->n_years : (guint) y + 1;
  guint sum = 0;

  for (guint i = from; i < to && i < data->n_years; i++)
    for (guint t = 0; t < PKC_N_INCIDENTS; t++)
      if (!malicious_only || t == PKC_INCIDENT_MALICIOUS_ACT)
        sum += mission->deaths[i * PKC_N_INCIDENTS + t];
  return sum;
}

guint
pkc_compare_mission_deaths_of (const PkcCompareMission *mission,
                               const PkcCompareData    *data,
                               PkcIncident              t)
{
  guint sum = 0;

  for (guint y = 0; y < data->n_years; y++)
    sum += mission->deaths[y * PKC_N_INCIDENTS + t];
  return sum;
}

guint
pkc_compare_data_year_deaths (const PkcCompareData *data,
                              guint                 y)
{
  guint sum = 0;

  for (guint i = 0; i < data->missions->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions, i);

      if (!m->outside_force)
        sum += pkc_compare_mission_deaths (m, data, (int) y, FALSE);
    }
  return sum;
}

void
pkc_compare_options_init (PkcCompareOptions *options)
{
  memset (options, 0, sizeof *options);
  options->view = PKC_COMPARE_RANKING;
  options->top_n = 15;
}

const char *
pkc_compare_view_to_token (PkcCompareView view)
{
  g_return_val_if_fail (view < PKC_N_COMPARE_VIEWS, NULL);
  return view_tokens[view];
}

gboolean
pkc_compare_view_from_token (const char     *token,
                             PkcCompareView *out)
{
  for (guint i = 0; i < PKC_N_COMPARE_VIEWS; i++)
    if (g_strcmp0 (token, view_tokens[i]) == 0)
      {
        if (out != NULL)
          *out = (PkcCompareView) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pkc_compare_view_get_title (PkcCompareView view)
{
  switch (view)
    {
    case PKC_COMPARE_RANKING:  return _("Missions ranked by deaths");
    case PKC_COMPARE_MISSIONS: return _("Deaths per year, mission by mission");
    case PKC_COMPARE_WORLD:    return _("UN peacekeeping as a whole");
    case PKC_N_COMPARE_VIEWS:
    default:                   g_return_val_if_reached (NULL);
    }
}

static int
rank_cmp (gconstpointer a,
          gconstpointer b,
          gpointer      user_data)
{
  const guint *totals = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  if (totals[ia] != totals[ib])
    return totals[ia] > totals[ib] ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

GArray *
pkc_compare_ranked (const PkcCompareData    *data,
                    const PkcCompareOptions *compare,
                    guint                   *n_ranked_all)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *totals = g_new0 (guint, MAX (data->missions->len, 1));

  for (guint i = 0; i < data->missions->len; i++)
    {
      totals[i] = pkc_compare_mission_deaths (g_ptr_array_index (data->missions, i), data, -1,
                                              compare->malicious_only);
      if (totals[i] > 0)
        g_array_append_val (order, i);
    }
  /* Equal totals keep the data's order (alphabetical when filled so): a stable order. */
  g_array_sort_with_data (order, rank_cmp, totals);
  if (n_ranked_all != NULL)
    *n_ranked_all = order->len;
  if (compare->top_n > 0 && order->len > compare->top_n)
    g_array_set_size (order, compare->top_n);
  return order;
}

guint
pkc_compare_chosen (const PkcCompareData     *data,
                    const PkcCompareOptions  *compare,
                    const PkcCompareMission **out)
{
  guint n = 0;

  for (guint i = 0; i < PKC_COMPARE_MAX_CHOSEN && compare->chosen[i] != NULL; i++)
    {
      const PkcCompareMission *m = pkc_compare_data_find (data, compare->chosen[i]);
      gboolean repeated = FALSE;

      for (guint j = 0; j < n; j++)
        repeated |= out[j] == m;
      if (m != NULL && !repeated)
        out[n++] = m;
    }
  return n;
}

gboolean
pkc_compare_year_span (const PkcCompareData     *data,
                       const PkcCompareMission **missions,
                       guint                     n,
                       guint                    *first,
                       guint                    *last)
{
  gboolean any = FALSE;

  for (guint y = 0; y < data->n_years; y++)
    for (guint i = 0; i < n; i++)
      if (pkc_compare_mission_deaths (missions[i], data, (int) y, FALSE) > 0)
        {
          if (!any)
            *first = y;
          *last = y;
          any = TRUE;
        }
  return any;
}

gboolean
pkc_compare_world_span (const PkcCompareData *data,
                        guint                *first,
                        guint                *last)
{
  gboolean have_first = FALSE, have_last = FALSE;

  for (guint y = 0; y < data->n_years && !have_first; y++)
    if (pkc_compare_data_year_deaths (data, y) > 0)
      {
        *first = y;
        have_first = TRUE;
      }
  for (guint y = data->n_years; have_first && y-- > *first && !have_last; )
    if (data->force[y] > 0)
      {
        *last = y;
        have_last = TRUE;
      }
  return have_first && have_last;
}

double
pkc_compare_rate (guint  deaths,
                  double strength)
{
  return strength > 0 ? deaths * 1000.0 / strength : -1;
}

char *
pkc_compare_year_label (const PkcCompareData *data,
                        guint                 y)
{
  return g_strdup_printf ("%u", data->first_year + y);
}

char *
pkc_compare_source_line (const PkcCompareData *data,
                         gboolean              with_force)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (data->deaths_source != NULL)
    g_ptr_array_add (parts, g_strdup (data->deaths_source));
  if (with_force && data->force_source != NULL)
    g_ptr_array_add (parts, g_strdup (data->force_source));
  for (guint i = 0; with_force && i < data->missions->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions, i);

      if (m->strength_source != NULL)
        g_ptr_array_add (parts, g_strdup (m->strength_source));
    }
  return pkc_source_summary (parts, parts->len > 1, NULL);
}

gboolean
pkc_compare_incident_shown (PkcIncident              t,
                            const PkcCompareOptions *compare,
                            const PkcChartOptions   *options)
{
  if (compare->malicious_only && t != PKC_INCIDENT_MALICIOUS_ACT)
    return FALSE;
  return !(options->hidden_series & (1u << t));
}

guint
pkc_compare_incident_legend (const guint           *totals,
                             const PkcChartOptions *options,
                             PkcLegendEntry        *legend)
{
  guint n = 0;

  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    if (totals[t] > 0)
      legend[n++] = (PkcLegendEntry) {
        .label = pkc_incident_label (t), .paint = pkc_paint (PKC_ROLE_SERIES, t),
        .shape = PKC_MARKER_SQUARE, .hidden = (options->hidden_series & (1u << t)) != 0,
        .legend_index = (int) t,
      };
  return n;
}

PkcScene *
pkc_compare_layout (const PkcCompareData    *data,
                    const PkcCompareOptions *compare,
                    double                   width,
                    double                   height,
                    const PkcChartOptions   *options)
{
  PkcChartOptions defaults;
  PkcCompareOptions compare_defaults;

  if (options == NULL)
    {
      pkc_chart_options_init (&defaults);
      options = &defaults;
    }
  if (compare == NULL)
    {
      pkc_compare_options_init (&compare_defaults);
      compare = &compare_defaults;
    }
  width = MAX (width, 1);
  height = MAX (height, 1);
  if (data == NULL || data->missions->len == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("No fatalities data is loaded"));

  switch (compare->view)
    {
    case PKC_COMPARE_RANKING:
      return pkc_layout_compare_ranking (data, compare, width, height, options);
    case PKC_COMPARE_MISSIONS:
      return pkc_layout_compare_missions (data, compare, width, height, options);
    case PKC_COMPARE_WORLD:
      return pkc_layout_compare_world (data, compare, width, height, options);
    case PKC_N_COMPARE_VIEWS:
    default:
      g_return_val_if_reached (NULL);
    }
}
