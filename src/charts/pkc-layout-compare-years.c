/* pkc-layout-compare-years.c — deaths per year of 2–6 missions, small multiples sharing one
 * y scale and one span of years
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
  PkcValueAxis             axis;     /* shared by every panel */
  guint                    first, last;
  double                   text_h;
} Multiples;

static guint
year_shown (const Multiples         *mu,
            const PkcCompareMission *m,
            guint                    y)
{
  guint sum = 0;

  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    if (pkc_compare_incident_shown (t, mu->compare, mu->options))
      sum += m->deaths[y * PKC_N_INCIDENTS + t];
  return sum;
}

static char *
bar_tooltip (const Multiples         *mu,
             const PkcCompareMission *m,
             guint                    y,
             PkcIncident              t)
{
  g_autofree char *year = pkc_compare_year_label (mu->data, y);
  g_autofree char *n = pkc_format_count (m->deaths[y * PKC_N_INCIDENTS + t]);
  g_autofree char *all = pkc_format_count (pkc_compare_mission_deaths (m, mu->data, (int) y,
                                                                       FALSE));

  /* Translators: per-year bar tooltip: mission, year, "incident: count", year total */
  return g_strdup_printf (_("%s, %s\n%s: %s\nAll incident types: %s"), m->acronym, year,
                          pkc_incident_label (t), n, all);
}

void
pkc_compare_year_axis (PkcScene             *scene,
                       const PkcFrame       *frame,
                       const PkcCompareData *data,
                       const PkcBox         *plot,
                       guint                 first,
                       guint                 last,
                       double                unit)
{
  double w = pkc_text_width ("0000", frame->small, PANGO_WEIGHT_NORMAL) * 1.6;
  guint steps[] = { 1, 2, 5, 10, 20, 25, 50 }, step = 50;
  PkcPoint base[] = { { plot->x, pkc_snap (plot->y + plot->height) },
                      { plot->x + plot->width, pkc_snap (plot->y + plot->height) } };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (unit * steps[i] >= w)
      {
        step = steps[i];
        break;
      }
  pkc_scene_add_line (scene, base, 2, 1, pkc_paint (PKC_ROLE_AXIS, 0));
  for (guint y = first; y <= last; y++)
    {
      g_autofree char *text = pkc_compare_year_label (data, y);
      double x = plot->x + (y - first + 0.5) * unit;

      if ((data->first_year + y) % step != 0)
        continue;
      pkc_scene_add_text (scene, text, x, plot->y + plot->height + frame->small * 0.3,
                          frame->small, PANGO_WEIGHT_NORMAL, 0.5, 0, 0,
                          pkc_paint (PKC_ROLE_MUTED, 0));
    }
}

/* One mission's panel in @box: heading, value labels, bars per year, year labels. */
static void
panel_layout (PkcScene                *scene,
              Multiples               *mu,
              const PkcCompareMission *m,
              const PkcBox            *box)
{
  guint total = 0, n_years = mu->last - mu->first + 1;
  g_autofree char *count = NULL, *heading = NULL, *fitted = NULL;
  double unit, gap;
  PkcBox plot;

  for (guint y = mu->first; y <= mu->last; y++)
    total += year_shown (mu, m, y);
  count = pkc_format_count (total);
  /* Translators: small-multiple heading: acronym and its deaths shown ("ABCD: 311") */
  heading = g_strdup_printf (_("%s: %s"), m->acronym, count);
  fitted = pkc_text_ellipsize (heading, mu->frame.font, PANGO_WEIGHT_BOLD, box->width);
  pkc_scene_add_text (scene, fitted, box->x, box->y, mu->frame.font, PANGO_WEIGHT_BOLD, 0, 0, 0,
                      pkc_paint (PKC_ROLE_TEXT, 0));

  plot.x = pkc_snap_edge (box->x + pkc_value_axis_label_width (&mu->axis, mu->frame.small) +
                          mu->frame.small * 0.6);
  plot.width = floor (box->x + box->width - plot.x);
  plot.y = box->y + mu->text_h * 1.6 + mu->frame.small * 0.5;
  plot.height = MAX (10, box->y + box->height - mu->text_h * 1.4 - plot.y);
  pkc_value_axis_layout (scene, &mu->axis, &plot, mu->frame.small,
                         plot.x - mu->frame.small * 0.6, TRUE, TRUE, NULL);

  unit = plot.width / n_years;
  gap = unit >= 5 ? CLAMP (unit * 0.2, 1, 8) : 0;
  for (guint y = mu->first; y <= mu->last; y++)
    {
      double xa = pkc_snap_edge (plot.x + (y - mu->first) * unit + gap / 2);
      double xb = MAX (xa + 1, pkc_snap_edge (plot.x + (y - mu->first + 1) * unit - gap / 2));
      guint below = 0;

      for (guint t = 0; t < PKC_N_INCIDENTS; t++)
        {
          guint n = m->deaths[y * PKC_N_INCIDENTS + t];
          double y0, y1;
          guint p;
          int hit;

          if (n == 0 || !pkc_compare_incident_shown (t, mu->compare, mu->options))
            continue;
          y0 = pkc_snap_edge (pkc_value_axis_y (&mu->axis, &plot, below));
          y1 = pkc_snap_edge (pkc_value_axis_y (&mu->axis, &plot, below + n));
          below += n;
          p = pkc_scene_add_rect (scene, xa, y1, xb - xa, y0 - y1,
                                  pkc_paint (PKC_ROLE_SERIES, t));
          hit = pkc_scene_add_hit (scene, xa, y1, xb - xa, MAX (y0 - y1, 1), (xa + xb) / 2, y1,
                                   bar_tooltip (mu, m, y, t));
          pkc_scene_hit_mut (scene, hit)->series = (int) t;
          pkc_scene_hit_mut (scene, hit)->item = (int) y;
          pkc_scene_prim (scene, p)->hit = hit;
        }
    }
  pkc_compare_year_axis (scene, &mu->frame, mu->data, &plot, mu->first, mu->last, unit);
}

static char *
multiples_title (const PkcCompareMission **chosen,
                 guint                     n)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: separates acronyms in a list ("ABCD, EFGH") */
        g_string_append (list, _(", "));
      g_string_append (list, chosen[i]->acronym);
    }
  /* Translators: chart title; %s lists the missions ("ABCD, EFGH, IJKL") */
  return g_strdup_printf (_("Peacekeeper deaths per year: %s"), list->str);
}

PkcScene *
pkc_layout_compare_missions (const PkcCompareData    *data,
                             const PkcCompareOptions *compare,
                             double                   width,
                             double                   height,
                             const PkcChartOptions   *options)
{
  Multiples mu = { data, compare, options };
  const PkcCompareMission *chosen[PKC_COMPARE_MAX_CHOSEN];
  g_autofree char *title = NULL, *subtitle = NULL, *source = NULL;
  g_autofree char *first = NULL, *last = NULL;
  guint type_totals[PKC_N_INCIDENTS] = { 0 }, peak = 0, n, cols, rows;
  PkcLegendEntry legend[PKC_N_INCIDENTS];
  double y, cell_w, cell_h, gutter;
  PkcLabelSet labels;
  PkcScene *scene;

  n = pkc_compare_chosen (data, compare, chosen);
  if (n == 0 || !pkc_compare_year_span (data, chosen, n, &mu.first, &mu.last))
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("Choose missions to compare"));

  for (guint i = 0; i < n; i++)
    for (guint yy = mu.first; yy <= mu.last; yy++)
      {
        peak = MAX (peak, year_shown (&mu, chosen[i], yy));
        for (guint t = 0; t < PKC_N_INCIDENTS; t++)
          if (!compare->malicious_only || t == PKC_INCIDENT_MALICIOUS_ACT)
            type_totals[t] += chosen[i]->deaths[yy * PKC_N_INCIDENTS + t];
      }

  scene = pkc_scene_new (PKC_CHART_CASUALTIES, width, height);
  pkc_label_set_init (&labels);
  title = multiples_title (chosen, n);
  first = pkc_compare_year_label (data, mu.first);
  last = pkc_compare_year_label (data, mu.last);
  subtitle = g_strdup_printf (compare->malicious_only
                              /* Translators: subtitle; %s–%s are years */
                              ? _("Malicious acts only, %s–%s, every panel on the same scale")
                              /* Translators: subtitle; %s–%s are years */
                              : _("By incident type, %s–%s, every panel on the same scale"),
                              first, last);
  source = pkc_compare_source_line (data, FALSE);
  pkc_frame_layout (scene, &mu.frame, options, title, subtitle, source);
  y = mu.frame.body.y;
  y += pkc_legend_layout (scene, &mu.frame, legend,
                          pkc_compare_incident_legend (type_totals, options, legend),
                          mu.frame.body.x, y, mu.frame.body.width, &labels);
  y += mu.frame.font * 0.5;
  pkc_text_measure ("Ag", mu.frame.small, PANGO_WEIGHT_NORMAL, NULL, &mu.text_h);

  cols = width >= 1100 ? MIN (n, 3) : width >= 640 ? MIN (n, 2) : 1;
  rows = (n + cols - 1) / cols;
  gutter = mu.frame.font * 1.5;
  cell_w = (mu.frame.body.width - gutter * (cols - 1)) / cols;
  cell_h = (mu.frame.body.y + mu.frame.body.height - y - gutter * (rows - 1)) / rows;
  pkc_value_axis_init (&mu.axis, peak, CLAMP ((guint) (cell_h / 40), 3, 6), TRUE);

  for (guint i = 0; i < n; i++)
    {
      PkcBox box = { mu.frame.body.x + (i % cols) * (cell_w + gutter),
                     y + (i / cols) * (cell_h + gutter), cell_w, cell_h };

      panel_layout (scene, &mu, chosen[i], &box);
    }

  {
    g_autofree char *peak_n = pkc_format_count (peak);
    /* Translators: screen-reader summary: number of missions, first and last year, the
     * highest yearly count */
    g_autofree char *desc = g_strdup_printf (_("Bars of deaths per year for %u missions, %s to %s, on one scale up to %s."),
                                             n, first, last, peak_n);

    pkc_scene_set_description (scene, desc);
  }
  pkc_label_set_clear (&labels);
  return scene;
}
