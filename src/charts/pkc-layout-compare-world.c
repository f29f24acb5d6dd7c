/* pkc-layout-compare-world.c — UN peacekeeping as a whole: deaths per year against the size
 * of the whole force, and deaths per 1,000 peacekeepers deployed
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-format.h"
#include "pkc-layout-compare-private.h"
#include "pkc-text-measure.h"

/* Legend indices (hidden_series bits); missions with their own strength follow. */
enum {
  WORLD_DEATHS,
  WORLD_FORCE,
  WORLD_RATE,
  WORLD_FIRST_MISSION,
};

#define MAX_RATE_MISSIONS 4

typedef struct {
  const PkcCompareData  *data;
  const PkcChartOptions *options;
  PkcFrame               frame;
  guint                  first, last;
  double                 unit, text_h;
  double                 plot_x;   /* both panels share the x of each year */
  const PkcCompareMission *rated[MAX_RATE_MISSIONS];
  guint                  n_rated;
} World;

static gboolean
shown (const World *w,
       guint        index)
{
  return !(w->options->hidden_series & (1u << index));
}

static double
year_x (const World  *w,
        const PkcBox *plot,
        guint         y)
{
  return plot->x + (y - w->first + 0.5) * w->unit;
}

static double
world_rate (const World *w,
            guint        y)
{
  return pkc_compare_rate (pkc_compare_data_year_deaths (w->data, y), w->data->force[y]);
}

static double
mission_rate (const World             *w,
              const PkcCompareMission *m,
              guint                    y)
{
  return pkc_compare_rate (pkc_compare_mission_deaths (m, w->data, (int) y, FALSE),
                           m->strength[y]);
}

static char *
year_tooltip (const World *w,
              guint        y)
{
  g_autofree char *year = pkc_compare_year_label (w->data, y);
  g_autofree char *deaths = pkc_format_count (pkc_compare_data_year_deaths (w->data, y));
  g_autofree char *force = pkc_format_count ((gint64) w->data->force[y]);
  g_autofree char *rate = g_strdup_printf ("%.2f", world_rate (w, y));
  g_autoptr(GString) tip = g_string_new (NULL);

  /* Translators: tooltip of a year in the whole-force chart: year, deaths, force at the end
   * of the year, deaths per 1,000 */
  g_string_printf (tip, _("%s\nDeaths: %s\nWhole force at the end of the year: %s\nDeaths per 1,000: %s"),
                   year, deaths, force, rate);
  for (guint i = 0; i < w->n_rated; i++)
    {
      double r = mission_rate (w, w->rated[i], y);
      g_autofree char *n = NULL;

      if (r < 0)
        continue;
      n = g_strdup_printf ("%.2f", r);
      /* Translators: tooltip line: mission acronym, its deaths per 1,000 of its own strength */
      g_string_append_printf (tip, _("\n%s per 1,000 of its own strength: %s"),
                              w->rated[i]->acronym, n);
    }
  return g_string_free (g_steal_pointer (&tip), FALSE);
}

/* Top panel: bars of deaths per year (left axis), the whole force as a line (right axis). */
static void
deaths_panel (PkcScene     *scene,
              World        *w,
              const PkcBox *box)
{
  PkcValueAxis deaths_axis, force_axis;
  guint peak = 0;
  double peak_force = 0, gap;
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));
  PkcBox plot = *box;

  for (guint y = w->first; y <= w->last; y++)
    {
      peak = MAX (peak, pkc_compare_data_year_deaths (w->data, y));
      peak_force = MAX (peak_force, w->data->force[y]);
    }
  pkc_value_axis_init (&deaths_axis, peak, CLAMP ((guint) (box->height / 40), 2, 6), TRUE);
  pkc_value_axis_init (&force_axis, peak_force, deaths_axis.n_ticks, TRUE);
  pkc_scene_add_text (scene, _("Deaths per year"), box->x, box->y, w->frame.small,
                      PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  pkc_scene_add_text (scene, _("Whole force at the end of the year"), box->x + box->width,
                      box->y, w->frame.small, PANGO_WEIGHT_NORMAL, 1, 0, 0,
                      pkc_paint (PKC_ROLE_MUTED, 0));
  plot.y = box->y + w->text_h * 1.4;
  plot.x = pkc_snap_edge (box->x + pkc_value_axis_label_width (&deaths_axis, w->frame.small) +
                          w->frame.small * 0.6);
  plot.width = floor (box->x + box->width - plot.x -
                      pkc_value_axis_label_width (&force_axis, w->frame.small) -
                      w->frame.small * 0.6);
  plot.height = box->y + box->height - w->text_h * 1.4 - plot.y;
  w->unit = plot.width / (w->last - w->first + 1);
  w->plot_x = plot.x;
  pkc_value_axis_layout (scene, &deaths_axis, &plot, w->frame.small,
                         plot.x - w->frame.small * 0.6, TRUE, TRUE, NULL);
  pkc_value_axis_layout (scene, &force_axis, &plot, w->frame.small,
                         plot.x + plot.width + w->frame.small * 0.6, FALSE, FALSE, NULL);

  gap = w->unit >= 5 ? CLAMP (w->unit * 0.2, 1, 6) : 0;
  for (guint y = w->first; y <= w->last; y++)
    {
      double xa = pkc_snap_edge (plot.x + (y - w->first) * w->unit + gap / 2);
      double xb = MAX (xa + 1, pkc_snap_edge (plot.x + (y - w->first + 1) * w->unit - gap / 2));
      double y1 = pkc_snap_edge (pkc_value_axis_y (&deaths_axis, &plot,
                                                   pkc_compare_data_year_deaths (w->data, y)));
      double y0 = pkc_snap_edge (plot.y + plot.height);
      int hit;

      if (shown (w, WORLD_DEATHS) && y0 > y1)
        pkc_scene_add_rect (scene, xa, y1, xb - xa, y0 - y1, pkc_paint (PKC_ROLE_SERIES, 5));
      if (w->data->force[y] >= 0)
        {
          PkcPoint pt = { year_x (w, &plot, y),
                          pkc_value_axis_y (&force_axis, &plot, w->data->force[y]) };

          g_array_append_val (pts, pt);
        }
      hit = pkc_scene_add_hit (scene, plot.x + (y - w->first) * w->unit, plot.y, w->unit,
                               plot.height, (xa + xb) / 2, y1, year_tooltip (w, y));
      pkc_scene_hit_mut (scene, hit)->series = WORLD_DEATHS;
      pkc_scene_hit_mut (scene, hit)->item = (int) y;
    }
  if (shown (w, WORLD_FORCE) && pts->len > 1)
    pkc_scene_add_line (scene, (PkcPoint *) pts->data, pts->len, 2,
                        pkc_paint (PKC_ROLE_SERIES, 1));
  pkc_compare_year_axis (scene, &w->frame, w->data, &plot, w->first, w->last, w->unit);
}

/* A rate line over the years where it is known, with markers (a single year shows). */
static void
rate_line (PkcScene           *scene,
           World              *w,
           const PkcBox       *plot,
           const PkcValueAxis *axis,
           const PkcCompareMission *m,
           PkcPaint            paint)
{
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));

  for (guint y = w->first; y <= w->last + 1; y++)
    {
      double r = y > w->last ? -1 : m != NULL ? mission_rate (w, m, y) : world_rate (w, y);

      if (r >= 0)
        {
          PkcPoint pt = { year_x (w, plot, y), pkc_value_axis_y (axis, plot, r) };

          g_array_append_val (pts, pt);
          if (m != NULL)
            pkc_scene_add_marker (scene, PKC_MARKER_DIAMOND, pt.x, pt.y, w->frame.small * 0.7,
                                  paint, TRUE);
          continue;
        }
      if (pts->len > 1)
        pkc_scene_add_line (scene, (PkcPoint *) pts->data, pts->len, 2, paint);
      g_array_set_size (pts, 0);
    }
}

/* Bottom panel: deaths per 1,000 for the world and for missions with their own strength. */
static void
rate_panel (PkcScene     *scene,
            World        *w,
            const PkcBox *box)
{
  PkcValueAxis axis;
  double peak = 0;
  PkcBox plot = *box;

  for (guint y = w->first; y <= w->last; y++)
    {
      if (shown (w, WORLD_RATE))
        peak = MAX (peak, world_rate (w, y));
      for (guint i = 0; i < w->n_rated; i++)
        if (shown (w, WORLD_FIRST_MISSION + i))
          peak = MAX (peak, mission_rate (w, w->rated[i], y));
    }
  pkc_value_axis_init (&axis, peak, CLAMP ((guint) (box->height / 40), 2, 6), FALSE);
  pkc_scene_add_text (scene, _("Deaths per 1,000 peacekeepers deployed"), box->x, box->y,
                      w->frame.small, PANGO_WEIGHT_NORMAL, 0, 0, 0,
                      pkc_paint (PKC_ROLE_MUTED, 0));
  plot.y = box->y + w->text_h * 1.4;
  plot.height = box->y + box->height - w->text_h * 1.4 - plot.y;
  plot.x = w->plot_x;
  plot.width = w->unit * (w->last - w->first + 1);
  pkc_value_axis_layout (scene, &axis, &plot, w->frame.small, plot.x - w->frame.small * 0.6,
                         TRUE, TRUE, NULL);
  if (shown (w, WORLD_RATE))
    rate_line (scene, w, &plot, &axis, NULL, pkc_paint (PKC_ROLE_CUMULATIVE, 0));
  for (guint i = 0; i < w->n_rated; i++)
    if (shown (w, WORLD_FIRST_MISSION + i))
      rate_line (scene, w, &plot, &axis, w->rated[i], pkc_paint (PKC_ROLE_SERIES, i == 0 ? 0 : 2 + i));
  pkc_compare_year_axis (scene, &w->frame, w->data, &plot, w->first, w->last, w->unit);
}

static double
world_legend (PkcScene    *scene,
              World       *w,
              double       y,
              PkcLabelSet *labels)
{
  PkcLegendEntry legend[WORLD_FIRST_MISSION + MAX_RATE_MISSIONS];
  /* Not g_autofree: on an array it would free only the first element. */
  char *names[MAX_RATE_MISSIONS] = { NULL };
  double bottom;
  guint n = 0;

  legend[n++] = (PkcLegendEntry) { _("Deaths per year"), pkc_paint (PKC_ROLE_SERIES, 5),
                                   PKC_MARKER_SQUARE, .legend_index = WORLD_DEATHS };
  legend[n++] = (PkcLegendEntry) { _("Whole force (right axis)"), pkc_paint (PKC_ROLE_SERIES, 1),
                                   PKC_MARKER_CIRCLE, .line = TRUE, .legend_index = WORLD_FORCE };
  legend[n++] = (PkcLegendEntry) { _("Deaths per 1,000, all peacekeeping"),
                                   pkc_paint (PKC_ROLE_CUMULATIVE, 0), PKC_MARKER_CIRCLE,
                                   .line = TRUE, .legend_index = WORLD_RATE };
  for (guint i = 0; i < w->n_rated; i++)
    {
      /* Translators: legend entry; %s is a mission acronym */
      names[i] = g_strdup_printf (_("Deaths per 1,000, %s (its own strength)"),
                                  w->rated[i]->acronym);
      legend[n++] = (PkcLegendEntry) { names[i], pkc_paint (PKC_ROLE_SERIES, i == 0 ? 0 : 2 + i),
                                       PKC_MARKER_DIAMOND, .line = TRUE,
                                       .legend_index = WORLD_FIRST_MISSION + (int) i };
    }
  for (guint i = 0; i < n; i++)
    legend[i].hidden = !shown (w, (guint) legend[i].legend_index);
  bottom = pkc_legend_layout (scene, &w->frame, legend, n, w->frame.body.x, y,
                              w->frame.body.width, labels);
  for (guint i = 0; i < w->n_rated; i++)
    g_free (names[i]);
  return bottom;
}

PkcScene *
pkc_layout_compare_world (const PkcCompareData    *data,
                          const PkcCompareOptions *compare,
                          double                   width,
                          double                   height,
                          const PkcChartOptions   *options)
{
  World w = { data, options };
  g_autofree char *subtitle = NULL, *source = NULL, *first = NULL, *last = NULL, *desc = NULL;
  PkcLabelSet labels;
  PkcScene *scene;
  PkcBox top, bottom;
  double y, gap;

  if (!pkc_compare_world_span (data, &w.first, &w.last))
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("No year has both deaths and the size of the whole force"));
  for (guint i = 0; i < data->missions->len && w.n_rated < MAX_RATE_MISSIONS; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (data->missions, i);

      if (m->strength != NULL)
        w.rated[w.n_rated++] = m;
    }

  scene = pkc_scene_new (PKC_CHART_CASUALTIES, width, height);
  pkc_label_set_init (&labels);
  first = pkc_compare_year_label (data, w.first);
  last = pkc_compare_year_label (data, w.last);
  /* Translators: subtitle of the whole-force chart; %s–%s are years */
  subtitle = g_strdup_printf (_("%s–%s: deaths in peacekeeping operations (political missions and offices left out); per 1,000 = deaths in the year ÷ force at the end of the year × 1,000"),
                              first, last);
  source = pkc_compare_source_line (data, TRUE);
  pkc_frame_layout (scene, &w.frame, options,
                    _("UN peacekeeping deaths and the size of the whole force"), subtitle,
                    source);
  pkc_text_measure ("Ag", w.frame.small, PANGO_WEIGHT_NORMAL, NULL, &w.text_h);
  y = w.frame.body.y;
  y += world_legend (scene, &w, y, &labels) + w.frame.font * 0.5;
  gap = w.frame.font * 1.2;
  top = (PkcBox) { w.frame.body.x, y, w.frame.body.width,
                   (w.frame.body.y + w.frame.body.height - y - gap) * 0.55 };
  bottom = (PkcBox) { w.frame.body.x, top.y + top.height + gap, w.frame.body.width,
                      w.frame.body.y + w.frame.body.height - top.y - top.height - gap };
  deaths_panel (scene, &w, &top);
  rate_panel (scene, &w, &bottom);

  /* Translators: screen-reader summary of the whole-force chart; first and last year */
  desc = g_strdup_printf (_("Deaths per year of all UN peacekeeping and the size of the whole force, %s to %s, and deaths per 1,000 peacekeepers."),
                          first, last);
  pkc_scene_set_description (scene, desc);
  pkc_label_set_clear (&labels);
  return scene;
}
