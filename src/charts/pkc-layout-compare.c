/* pkc-layout-compare.c — missions ranked by deaths, horizontal bars stacked by incident type
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-format.h"
#include "pkc-layout-compare-private.h"
#include "pkc-text-measure.h"

typedef struct {
  const PkcCompareData    *data;
  const PkcCompareOptions *compare;
  const PkcChartOptions   *options;
  PkcFrame                 frame;
  PkcValueAxis             axis;
  PkcBox                   plot;
  double                   row_h;
  double                   label_size;
} Ranking;

static char *
ranking_subtitle (const PkcCompareData    *data,
                  const PkcCompareOptions *compare,
                  guint                    shown,
                  guint                    all)
{
  g_autofree char *first = pkc_compare_year_label (data, 0);
  g_autofree char *last = pkc_compare_year_label (data, data->n_years - 1);
  const char *what = compare->malicious_only ? _("malicious acts only")
                                             : _("all incident types");

  if (shown < all)
    /* Translators: ranking subtitle: "The 15 deadliest of 80 missions, 1948–2025, all
     * incident types" */
    return g_strdup_printf (_("The %u deadliest of %u missions, %s–%s, %s"), shown, all,
                            first, last, what);
  /* Translators: ranking subtitle: "All 80 missions with a death, 1948–2025, all incident
   * types" */
  return g_strdup_printf (_("All %u missions with a death, %s–%s, %s"), all, first, last, what);
}

static char *
segment_tooltip (const PkcCompareMission *m,
                 PkcIncident              t,
                 guint                    count,
                 guint                    total)
{
  g_autofree char *n = pkc_format_count (count);
  g_autofree char *all = pkc_format_count (total);
  g_autofree char *head = m->name != NULL ? g_strdup_printf ("%s — %s", m->acronym, m->name)
                                          : g_strdup (m->acronym);

  /* Translators: ranking bar tooltip: mission, "incident: count", mission total, all years */
  return g_strdup_printf (_("%s\n%s: %s\nDeaths shown for the mission: %s"), head,
                          pkc_incident_label (t), n, all);
}

/* One mission's row: acronym at the left, stacked segments, its total at the bar's end. */
static void
ranking_row (PkcScene *scene,
             Ranking  *r,
             guint     rank,
             guint     index)
{
  const PkcCompareMission *m = g_ptr_array_index (r->data->missions, index);
  double y0 = r->plot.y + rank * r->row_h, bar_h = MAX (1, r->row_h * 0.72);
  double yb = pkc_snap_edge (y0 + (r->row_h - bar_h) / 2), x = r->plot.x;
  guint drawn = 0, total;
  g_autofree char *total_text = NULL;

  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    if (pkc_compare_incident_shown (t, r->compare, r->options))
      drawn += pkc_compare_mission_deaths_of (m, r->data, t);
  total = drawn;
  pkc_scene_add_text (scene, m->acronym, r->plot.x - r->label_size * 0.5, y0 + r->row_h / 2,
                      r->label_size, PANGO_WEIGHT_NORMAL, 1, 0.5, 0,
                      pkc_paint (PKC_ROLE_TEXT, 0));
  drawn = 0;
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    {
      guint count;
      double xa, xb;
      int hit;
      guint p;

      if (!pkc_compare_incident_shown (t, r->compare, r->options))
        continue;
      count = pkc_compare_mission_deaths_of (m, r->data, t);
      if (count == 0)
        continue;
      xa = pkc_snap_edge (r->plot.x + drawn / r->axis.max * r->plot.width);
      drawn += count;
      xb = pkc_snap_edge (r->plot.x + drawn / r->axis.max * r->plot.width);
      if (xb - xa < 1)
        xb = xa + 1;
      p = pkc_scene_add_rect (scene, xa, yb, xb - xa, pkc_snap_edge (bar_h),
                              pkc_paint (PKC_ROLE_SERIES, t));
      hit = pkc_scene_add_hit (scene, xa, y0, xb - xa, r->row_h, (xa + xb) / 2, yb,
                               segment_tooltip (m, t, count, total));
      pkc_scene_hit_mut (scene, hit)->series = (int) t;
      pkc_scene_hit_mut (scene, hit)->item = (int) index;
      pkc_scene_prim (scene, p)->hit = hit;
      x = xb;
    }
  total_text = pkc_format_count (total);
  pkc_scene_add_text (scene, total_text, x + r->label_size * 0.4, y0 + r->row_h / 2,
                      r->label_size, PANGO_WEIGHT_NORMAL, 0, 0.5, 0,
                      pkc_paint (PKC_ROLE_MUTED, 0));
}

/* Vertical grid lines with their count under the plot. */
static void
ranking_axis (PkcScene    *scene,
              Ranking     *r,
              PkcLabelSet *labels)
{
  for (guint i = 0; i < r->axis.n_ticks; i++)
    {
      double value = r->axis.min + i * r->axis.step;
      double x = pkc_snap (r->plot.x + value / r->axis.max * r->plot.width);
      g_autofree char *text = pkc_format_tick (value, r->axis.step);
      PkcPoint line[] = { { x, r->plot.y }, { x, r->plot.y + r->plot.height } };
      PkcBox box = pkc_text_box (text, x, r->plot.y + r->plot.height + r->frame.small * 0.3,
                                 r->frame.small, PANGO_WEIGHT_NORMAL, 0.5, 0);

      pkc_scene_add_line (scene, line, 2, 1,
                          pkc_paint (i == 0 ? PKC_ROLE_AXIS : PKC_ROLE_GRID, 0));
      if (pkc_label_set_try (labels, &box, 2))
        pkc_scene_add_text (scene, text, box.x, box.y, r->frame.small, PANGO_WEIGHT_NORMAL,
                            0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
    }
}

static void
ranking_describe (PkcScene *scene,
                  Ranking  *r,
                  GArray   *order)
{
  const PkcCompareMission *m = g_ptr_array_index (r->data->missions,
                                                  g_array_index (order, guint, 0));
  guint n = pkc_compare_mission_deaths (m, r->data, -1, r->compare->malicious_only);
  g_autofree char *count = pkc_format_count (n);
  g_autofree char *desc = NULL;

  desc = g_strdup_printf (r->compare->malicious_only
                          /* Translators: screen-reader summary of the ranking chart */
                          ? _("Bars of %u missions ranked by deaths in malicious acts; %s first with %s.")
                          /* Translators: screen-reader summary of the ranking chart */
                          : _("Bars of %u missions ranked by deaths; %s first with %s."),
                          order->len, m->acronym, count);
  pkc_scene_set_description (scene, desc);
}

PkcScene *
pkc_layout_compare_ranking (const PkcCompareData    *data,
                            const PkcCompareOptions *compare,
                            double                   width,
                            double                   height,
                            const PkcChartOptions   *options)
{
  Ranking r = { data, compare, options };
  g_autoptr(GArray) order = NULL;
  g_autofree char *subtitle = NULL, *source = NULL;
  PkcLegendEntry legend[PKC_N_INCIDENTS];
  guint type_totals[PKC_N_INCIDENTS] = { 0 }, n_all = 0, peak = 0;
  double label_w = 0, y, text_h;
  PkcLabelSet labels;
  PkcScene *scene;

  order = pkc_compare_ranked (data, compare, &n_all);
  if (order->len == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("No deaths to rank"));

  for (guint i = 0; i < data->missions->len; i++)
    for (guint t = 0; t < PKC_N_INCIDENTS; t++)
      if (!compare->malicious_only || t == PKC_INCIDENT_MALICIOUS_ACT)
        type_totals[t] += pkc_compare_mission_deaths_of (g_ptr_array_index (data->missions, i),
                                                         data, t);
  for (guint i = 0; i < order->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions,
                                                      g_array_index (order, guint, i));
      guint shown = 0;

      for (guint t = 0; t < PKC_N_INCIDENTS; t++)
        if (pkc_compare_incident_shown (t, compare, options))
          shown += pkc_compare_mission_deaths_of (m, data, t);
      peak = MAX (peak, shown);
    }

  scene = pkc_scene_new (PKC_CHART_CASUALTIES, width, height);
  pkc_label_set_init (&labels);
  subtitle = ranking_subtitle (data, compare, order->len, n_all);
  source = pkc_compare_source_line (data, FALSE);
  pkc_frame_layout (scene, &r.frame, options,
                    compare->malicious_only ? _("Peacekeeper deaths in malicious acts, by mission")
                                            : _("Peacekeeper deaths by mission"),
                    subtitle, source);
  y = r.frame.body.y;
  y += pkc_legend_layout (scene, &r.frame, legend,
                          pkc_compare_incident_legend (type_totals, options, legend),
                          r.frame.body.x, y, r.frame.body.width, &labels);
  y += r.frame.font * 0.5;

  pkc_text_measure ("Ag", r.frame.small, PANGO_WEIGHT_NORMAL, NULL, &text_h);
  r.row_h = (r.frame.body.y + r.frame.body.height - y - text_h * 1.5) / order->len;
  r.label_size = MIN (r.frame.small, r.row_h * 0.8);
  for (guint i = 0; i < order->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions,
                                                      g_array_index (order, guint, i));

      label_w = MAX (label_w, pkc_text_width (m->acronym, r.label_size, PANGO_WEIGHT_NORMAL));
    }
  pkc_value_axis_init (&r.axis, peak, CLAMP ((guint) (r.frame.body.width / 90), 2, 10), TRUE);
  r.plot.x = pkc_snap_edge (r.frame.body.x + label_w + r.label_size * 0.5);
  /* Room at the right for the longest total. */
  r.plot.width = floor (r.frame.body.x + r.frame.body.width - r.plot.x -
                        pkc_text_width ("0,000", r.label_size, PANGO_WEIGHT_NORMAL) -
                        r.label_size * 0.4);
  r.plot.y = y;
  r.plot.height = r.row_h * order->len;

  ranking_axis (scene, &r, &labels);
  for (guint i = 0; i < order->len; i++)
    ranking_row (scene, &r, i, g_array_index (order, guint, i));
  ranking_describe (scene, &r, order);
  pkc_label_set_clear (&labels);
  return scene;
}
