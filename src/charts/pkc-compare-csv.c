/* pkc-compare-csv.c — the numbers a Compare chart draws, as CSV (--print-data=compare)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-common.h"
#include "pkc-dataset.h"
#include "pkc-layout-compare-private.h"

static void
incident_header (GString *out)
{
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    g_string_append_printf (out, ",%s", pkc_incident_to_token (t));
  g_string_append (out, ",total\n");
}

/* A mission's counts of year @y (all years: -1) per incident type, then the total. */
static void
incident_counts (GString                 *out,
                 const PkcCompareData    *data,
                 const PkcCompareOptions *compare,
                 const PkcCompareMission *m,
                 int                      y)
{
  guint total = 0;

  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    {
      guint n = 0;

      if (!compare->malicious_only || t == PKC_INCIDENT_MALICIOUS_ACT)
        n = y < 0 ? pkc_compare_mission_deaths_of (m, data, t)
                  : m->deaths[y * PKC_N_INCIDENTS + t];
      total += n;
      g_string_append_printf (out, ",%u", n);
    }
  g_string_append_printf (out, ",%u\n", total);
}

static void
ranking_csv (GString                 *out,
             const PkcCompareData    *data,
             const PkcCompareOptions *compare)
{
  g_autoptr(GArray) order = pkc_compare_ranked (data, compare, NULL);

  g_string_append (out, "rank,mission");
  incident_header (out);
  for (guint i = 0; i < order->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions,
                                                      g_array_index (order, guint, i));

      g_string_append_printf (out, "%u,", i + 1);
      pkc_csv_append_field (out, m->acronym);
      incident_counts (out, data, compare, m, -1);
    }
}

static void
missions_csv (GString                 *out,
              const PkcCompareData    *data,
              const PkcCompareOptions *compare)
{
  const PkcCompareMission *chosen[PKC_COMPARE_MAX_CHOSEN];
  guint n = pkc_compare_chosen (data, compare, chosen), first, last;

  g_string_append (out, "mission,year");
  incident_header (out);
  if (n == 0 || !pkc_compare_year_span (data, chosen, n, &first, &last))
    return;
  for (guint i = 0; i < n; i++)
    for (guint y = first; y <= last; y++)
      {
        pkc_csv_append_field (out, chosen[i]->acronym);
        g_string_append_printf (out, ",%u", data->first_year + y);
        incident_counts (out, data, compare, chosen[i], (int) y);
      }
}

static void
append_rate (GString *out,
             double   rate)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (rate < 0)
    g_string_append_c (out, ',');
  else
    g_string_append_printf (out, ",%s", g_ascii_formatd (buf, sizeof buf, "%.3f", rate));
}

static void
world_csv (GString              *out,
           const PkcCompareData *data)
{
  static const char *const columns[] = { "_deaths", "_strength", "_deaths_per_1000" };
  guint first, last;

  g_string_append (out, "year,deaths,force,deaths_per_1000");
  for (guint i = 0; i < data->missions->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions, i);

      if (m->strength == NULL)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *name = g_strconcat (m->acronym, columns[c], NULL);

          g_string_append_c (out, ',');
          pkc_csv_append_field (out, name);
        }
    }
  g_string_append_c (out, '\n');
  if (!pkc_compare_world_span (data, &first, &last))
    return;
  for (guint y = first; y <= last; y++)
    {
      guint deaths = pkc_compare_data_year_deaths (data, y);

      g_string_append_printf (out, "%u,%u,%.0f", data->first_year + y, deaths, data->force[y]);
      append_rate (out, pkc_compare_rate (deaths, data->force[y]));
      for (guint i = 0; i < data->missions->len; i++)
        {
          const PkcCompareMission *m = g_ptr_array_index (data->missions, i);
          guint md;

          if (m->strength == NULL)
            continue;
          md = pkc_compare_mission_deaths (m, data, (int) y, FALSE);
          g_string_append_printf (out, ",%u", md);
          if (m->strength[y] > 0)
            g_string_append_printf (out, ",%.0f", m->strength[y]);
          else
            g_string_append_c (out, ',');
          append_rate (out, pkc_compare_rate (md, m->strength[y]));
        }
      g_string_append_c (out, '\n');
    }
}

char *
pkc_compare_to_csv (const PkcCompareData    *data,
                    const PkcCompareOptions *compare)
{
  GString *out = g_string_new (NULL);

  switch (compare->view)
    {
    case PKC_COMPARE_RANKING:
      ranking_csv (out, data, compare);
      break;
    case PKC_COMPARE_MISSIONS:
      missions_csv (out, data, compare);
      break;
    case PKC_COMPARE_WORLD:
    case PKC_N_COMPARE_VIEWS:
    default:
      world_csv (out, data);
      break;
    }
  return g_string_free (out, FALSE);
}
