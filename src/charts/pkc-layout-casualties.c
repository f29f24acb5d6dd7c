/* pkc-layout-casualties.c — stacked bars of deaths per period by incident type
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-casualty-bins.h"
#include "pkc-casualty-stack.h"
#include "pkc-casualty-view.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-sources-private.h"
#include "pkc-series.h"
#include "pkc-text-measure.h"

static guint32 *
period_bounds (const PkcCasualtySeries *series)
{
  guint32 *bounds = g_new (guint32, series->n_periods + 1);
  PkcDate end;

  for (guint p = 0; p < series->n_periods; p++)
    bounds[p] = pkc_date_to_julian (&series->period_start[p]);
  /* The end of the last period: its start plus one interval. */
  end = pkc_date_next_period (&series->period_start[series->n_periods - 1], series->interval);
  bounds[series->n_periods] = pkc_date_to_julian (&end);
  return bounds;
}

static char *
casualty_title (PkcDataset *dataset,
                PkcStackBy  by)
{
  const char *acronym = pkc_dataset_get_acronym (dataset);

  switch (by)
    {
    case PKC_STACK_NATIONALITY:
      /* Translators: chart title; %s is the mission acronym */
      return g_strdup_printf (_("%s peacekeeper deaths by nationality"), acronym);
    case PKC_STACK_PERSONNEL:
      /* Translators: chart title; %s is the mission acronym */
      return g_strdup_printf (_("%s peacekeeper deaths by personnel type"), acronym);
    case PKC_STACK_GENDER:
      /* Translators: chart title; %s is the mission acronym */
      return g_strdup_printf (_("%s peacekeeper deaths by gender"), acronym);
    case PKC_STACK_INCIDENT:
    case PKC_N_STACKS:
    default:
      /* Translators: chart title; %s is the mission acronym */
      return g_strdup_printf (_("%s peacekeeper deaths by incident type"), acronym);
    }
}

/* "Partial year: 25 April 2013 – 31 December 2013", or NULL for a whole period. */
static char *
partial_text (const PkcCasualtySeries *series,
              guint                    p,
              const guint32           *covered)
{
  PkcDate from, to;
  g_autofree char *a = NULL, *b = NULL;

  if (!pkc_casualty_period_partial (series, p, covered[0], covered[1], &from, &to))
    return NULL;
  a = pkc_format_date (&from);
  b = pkc_format_date (&to);
  switch (series->interval)
    {
    case PKC_INTERVAL_YEAR:
      /* Translators: bar tooltip: the days of a year the chart counts (first, last day) */
      return g_strdup_printf (_("Partial year: %s – %s"), a, b);
    case PKC_INTERVAL_QUARTER:
      /* Translators: bar tooltip: the days of a quarter the chart counts (first, last day) */
      return g_strdup_printf (_("Partial quarter: %s – %s"), a, b);
    case PKC_INTERVAL_MONTH:
    default:
      /* Translators: bar tooltip: the days of a month the chart counts (first, last day) */
      return g_strdup_printf (_("Partial month: %s – %s"), a, b);
    }
}

/* The mission's name, then the date range; with filters, these and the range on a line of
 * their own ("Police only · excluding malicious act · Q1 2015 – Q4 2019"). */
static char *
casualty_subtitle (PkcDataset *dataset,
                   const char *filters,
                   const char *range)
{
  const char *name = pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ());
  g_autofree char *line = NULL;

  if (filters == NULL)
    return pkc_mission_subtitle (dataset, range);
  /* Translators: chart subtitle: the filters, then the date range */
  line = g_strdup_printf (_("%s · %s"), filters, range);
  if (name == NULL || *name == '\0' || g_strcmp0 (name, pkc_dataset_get_acronym (dataset)) == 0)
    return g_steal_pointer (&line);
  return g_strconcat (name, "\n", line, NULL);
}

static const char *
interval_unit (PkcInterval interval)
{
  switch (interval)
    {
    case PKC_INTERVAL_QUARTER: return _("Deaths per quarter");
    case PKC_INTERVAL_YEAR:    return _("Deaths per year");
    case PKC_INTERVAL_MONTH:
    default:                   return _("Deaths per month");
    }
}

/* The source of the deaths by name (one dataset in practice), the event labels counted. */
static char *
casualty_source_line (PkcDataset *dataset,
                      GPtrArray  *data_ids,
                      GPtrArray  *event_ids)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (data_ids->len == 1)
    g_ptr_array_add (parts, pkc_source_name (dataset, g_ptr_array_index (data_ids, 0)));
  else if (data_ids->len > 1)
    {
      g_autofree char *n = pkc_source_set_text (dataset, data_ids);

      /* Translators: part of the line under the casualty chart; %s is "3 sources" */
      g_ptr_array_add (parts, g_strdup_printf (_("deaths: %s"), n));
    }
  if (event_ids->len > 0)
    {
      g_autofree char *n = pkc_source_set_text (dataset, event_ids);

      /* Translators: part of the line under a chart; %s is "9 sources" or one source's name */
      g_ptr_array_add (parts, g_strdup_printf (_("event labels: %s"), n));
    }
  return pkc_source_summary (parts, data_ids->len + event_ids->len > 1,
                             data_ids->len > 1 || event_ids->len > 1
                             /* Translators: the end of the line under a chart */
                             ? _(" — each source is in the tooltips") : NULL);
}

/* "Deaths per year", and the key to the hatching when a drawn bar has it. */
static char *
unit_line (const PkcCasualtySeries *series,
           const guint             *visible_totals,
           const guint32           *covered)
{
  for (guint p = 0; p < series->n_periods; p++)
    if (visible_totals[p] > 0 &&
        pkc_casualty_period_partial (series, p, covered[0], covered[1], NULL, NULL))
      /* Translators: after "Deaths per year": the key to the hatched bars */
      return g_strdup_printf (_("%s · hatched: partial period"),
                              interval_unit (series->interval));
  return g_strdup (interval_unit (series->interval));
}

/* The stacked bars, @unit px per period; a period the data covers only in part hatched. */
static void
layout_bars (PkcScene                *scene,
             PkcDataset              *dataset,
             const PkcCasualtySeries *series,
             const PkcCasualtyStack  *stack,
             const gboolean          *visible,
             const PkcValueAxis      *axis,
             const PkcBox            *plot,
             double                   unit,
             const guint32           *covered)
{
  double gap = unit >= 6 ? CLAMP (unit * 0.22, 1, 10) : 0;

  for (guint p = 0; p < series->n_periods; p++)
    {
      double xa = pkc_snap_edge (plot->x + p * unit + gap / 2);
      double xb = pkc_snap_edge (plot->x + (p + 1) * unit - gap / 2);
      guint below = 0;
      g_autofree char *period = pkc_format_period (series->interval, &series->period_start[p]);
      g_autofree char *partial = partial_text (series, p, covered);

      if (xb - xa < 1)
        xb = xa + 1;
      for (guint t = 0; t < stack->n; t++)
        {
          guint count = stack->counts[p * stack->n + t];
          double y0, y1;
          char *tip;
          int hit;
          guint r;

          if (!visible[t] || count == 0)
            continue;
          y0 = pkc_snap_edge (pkc_value_axis_y (axis, plot, below));
          y1 = pkc_snap_edge (pkc_value_axis_y (axis, plot, below + count));
          below += count;

          r = pkc_scene_add_rect (scene, xa, y1, xb - xa, y0 - y1,
                                  pkc_paint (PKC_ROLE_SERIES, stack->colour[t]));
          pkc_scene_prim (scene, r)->hatch = partial != NULL;
          tip = pkc_casualty_bar_tooltip (dataset, stack, visible, p, t, period, partial);
          hit = pkc_scene_add_hit (scene, plot->x + p * unit, y1, unit, MAX (y0 - y1, 1),
                                   (xa + xb) / 2, y1, tip);
          pkc_scene_hit_mut (scene, hit)->series = (int) t;
          pkc_scene_hit_mut (scene, hit)->item = (int) p;
          pkc_scene_prim (scene, r)->hit = hit;
        }
      /* And outlined with a dashed line: hatching alone may be a series' own in print. */
      if (partial != NULL && below > 0)
        {
          double top = pkc_snap_edge (pkc_value_axis_y (axis, plot, below));
          double base = pkc_snap_edge (pkc_value_axis_y (axis, plot, 0));
          guint r = pkc_scene_add_rect (scene, xa + 0.5, top + 0.5, xb - xa - 1,
                                        MAX (base - top - 1, 0), pkc_paint (PKC_ROLE_TEXT, 0));
          PkcPrim *outline = pkc_scene_prim (scene, r);

          outline->has_fill = FALSE;
          outline->has_stroke = TRUE;
          outline->stroke = pkc_paint (PKC_ROLE_TEXT, 0);
          outline->line_width = 1;
          outline->dash = 3;
        }
    }
}

PkcScene *
pkc_layout_casualties (PkcDataset            *dataset,
                       double                 width,
                       double                 height,
                       const PkcChartOptions *options)
{
  GPtrArray *casualties = pkc_dataset_get_casualties (dataset);
  g_autoptr(PkcCasualtyBins) bins = NULL;
  g_autoptr(PkcCasualtyStack) stack = NULL;
  const PkcCasualtySeries *series;
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) event_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PkcEventPlan) event_plan = NULL;
  g_autofree guint *visible_totals = NULL;
  g_autofree guint32 *bounds = NULL;
  g_autofree char *subtitle = NULL, *title = NULL, *source_line = NULL;
  g_autofree char *first_label = NULL, *last_label = NULL;
  guint type_totals[PKC_STACK_MAX] = { 0 };
  gboolean visible[PKC_STACK_MAX];
  guint visible_grand = 0, peak = 0, peak_period = 0;
  PkcLegendEntry legend[PKC_STACK_MAX + 1];
  guint n_legend = 0;
  PkcLabelSet labels;
  PkcScene *scene;
  PkcFrame frame;
  PkcValueAxis axis, cum_axis;
  PkcTimeMap map = { 0 };
  PkcBox plot;
  double y, text_h, unit, axis_h;
  guint n_rows, axis_rows;
  guint32 covered[2];

  if (!pkc_dataset_has_section (dataset, "casualties") || casualties == NULL ||
      casualties->len == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("This dataset has no casualty records"));

  /* Binned once per option set: a resize only lays the periods out again. */
  bins = pkc_casualty_bins_get (dataset, options->interval, options->personnel_mask,
                                &options->range_from, &options->range_to);
  series = bins->series;
  if (series == NULL || series->n_periods == 0 || series->grand_total == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("No casualty records match the selected range and personnel"));

  /* Totals per category decide the legend; visible totals decide the axis. */
  stack = pkc_casualty_stack_new (dataset, bins, options);
  visible_totals = g_new0 (guint, series->n_periods);
  for (guint p = 0; p < series->n_periods; p++)
    for (guint t = 0; t < stack->n; t++)
      type_totals[t] += stack->counts[p * stack->n + t];
  for (guint t = 0; t < stack->n; t++)
    visible[t] = type_totals[t] > 0 && !(options->hidden_series & (1u << t));
  for (guint p = 0; p < series->n_periods; p++)
    {
      for (guint t = 0; t < stack->n; t++)
        if (visible[t])
          visible_totals[p] += stack->counts[p * stack->n + t];
      visible_grand += visible_totals[p];
      if (visible_totals[p] > peak)
        {
          peak = visible_totals[p];
          peak_period = p;
        }
    }

  pkc_casualty_coverage (dataset, stack, options, &covered[0], &covered[1]);

  /* Which sources the plotted records cite: the source line (the tooltips use the cells). */
  bounds = period_bounds (series);
  for (guint t = 0; t < stack->n; t++)
    for (guint i = 0; visible[t] && i < stack->sources[t]->len; i++)
      pkc_source_ids_add (source_ids, g_ptr_array_index (stack->sources[t], i));

  first_label = pkc_format_period (series->interval, &series->period_start[0]);
  last_label = pkc_format_period (series->interval, &series->period_start[series->n_periods - 1]);

  scene = pkc_scene_new (PKC_CHART_CASUALTIES, width, height);
  pkc_label_set_init (&labels);

  /* The source line is laid out before the events, so collect their sources now. */
  {
    GPtrArray *events = pkc_dataset_get_events (dataset);

    for (guint i = 0; events != NULL && i < events->len; i++)
      {
        const PkcEvent *ev = g_ptr_array_index (events, i);
        guint32 j = pkc_date_to_julian (&ev->date);

        if (j >= bounds[0] && j < bounds[series->n_periods])
          pkc_source_ids_add (event_ids, ev->source);
      }
  }

  title = casualty_title (dataset, stack->by);
  {
    g_autofree char *range = g_strcmp0 (first_label, last_label) == 0
                             ? g_strdup (first_label)
                             /* Translators: chart subtitle, a date range: "August 2013 – November 2023" */
                             : g_strdup_printf (_("%s – %s"), first_label, last_label);

    g_autofree char *filters = NULL;
    gboolean occurs[PKC_STACK_MAX];

    for (guint t = 0; t < stack->n; t++)
      occurs[t] = type_totals[t] > 0;
    filters = pkc_casualty_view_filters (stack, occurs, options);
    subtitle = casualty_subtitle (dataset, filters, range);
  }
  source_line = casualty_source_line (dataset, source_ids, event_ids);
  if (options->sources_in_full)
    pkc_scene_cite_casualties (scene, dataset, stack, visible, bounds[0],
                               bounds[series->n_periods]);
  pkc_frame_layout (scene, &frame, options, title, subtitle, source_line);

  /* Legend: one entry per category that occurs, toggling its series. */
  for (guint t = 0; t < stack->n; t++)
    if (type_totals[t] > 0)
      legend[n_legend++] = (PkcLegendEntry) {
        .label = stack->labels[t], .paint = pkc_paint (PKC_ROLE_SERIES, stack->colour[t]),
        .shape = PKC_MARKER_SQUARE, .hidden = !visible[t], .legend_index = (int) t,
      };
  if (options->show_cumulative)
    legend[n_legend++] = (PkcLegendEntry) {
      .label = _("Cumulative (right axis)"), .paint = pkc_paint (PKC_ROLE_CUMULATIVE, 0),
      .line = TRUE, .shape = PKC_MARKER_CIRCLE, .legend_index = -1,
    };
  y = frame.body.y;
  y += pkc_legend_layout (scene, &frame, legend, n_legend, frame.body.x, y, frame.body.width,
                          &labels);
  y += frame.font * 0.5;

  /* Axes: units line, then the event label band, then the plot. */
  pkc_value_axis_init (&axis, peak, CLAMP ((guint) (frame.body.height / 40), 3, 10), TRUE);
  pkc_value_axis_init (&cum_axis, visible_grand, axis.n_ticks, TRUE);
  pkc_text_measure ("Ag", frame.small, PANGO_WEIGHT_NORMAL, NULL, &text_h);

  plot.x = frame.body.x + pkc_value_axis_label_width (&axis, frame.small) + frame.small * 0.6;
  plot.width = frame.body.x + frame.body.width - plot.x;
  if (options->show_cumulative)
    plot.width -= pkc_value_axis_label_width (&cum_axis, frame.small) + frame.small * 0.6;
  plot.x = pkc_snap_edge (plot.x);
  plot.width = floor (plot.width);

  {
    g_autofree char *unit_text = unit_line (series, visible_totals, covered);

    pkc_scene_add_text (scene, unit_text, frame.body.x, y, frame.small,
                        PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  }
  if (options->show_cumulative)
    pkc_scene_add_text (scene, _("Cumulative deaths"), frame.body.x + frame.body.width, y,
                        frame.small, PANGO_WEIGHT_NORMAL, 1, 0, 0,
                        pkc_paint (PKC_ROLE_MUTED, 0));
  y += text_h + frame.small * 0.3;

  n_rows = frame.body.height > 330 ? 3 : frame.body.height > 220 ? 2 : 1;
  /* Tall charts give event labels more rows (the plan uses only those it needs). */
  n_rows = MAX (n_rows, MIN (6, (guint) (frame.body.height / 150)));
  /* A zoomed range of a few years may fit month labels with the year on a row below. */
  axis_rows = bounds[series->n_periods] - bounds[0] <= 4 * 366 ? 2 : 1;
  axis_h = frame.small * 0.5 + axis_rows * text_h + 2;
  map.x0 = plot.x;
  map.x1 = plot.x + plot.width;
  map.n_periods = series->n_periods;
  map.period_julian = g_memdup2 (bounds, sizeof (guint32) * (series->n_periods + 1));

  /* Event labels are planned first: the rows they use and their key set the plot's height. */
  event_plan = pkc_event_plan_new (&frame, dataset, &map, &plot, y, n_rows, text_h, bounds[0],
                                   bounds[series->n_periods], frame.body.height * 0.4);
  plot.y = y + pkc_event_plan_rows (event_plan) * text_h + frame.small * 0.3;
  plot.height = MAX (10, frame.body.y + frame.body.height - axis_h -
                         pkc_event_plan_key_height (event_plan) - plot.y);

  pkc_value_axis_layout (scene, &axis, &plot, frame.small, plot.x - frame.small * 0.6, TRUE,
                         TRUE, &labels);
  if (options->show_cumulative)
    pkc_value_axis_layout (scene, &cum_axis, &plot, frame.small,
                           plot.x + plot.width + frame.small * 0.6, FALSE, FALSE, &labels);

  pkc_event_plan_emit (event_plan, scene, dataset, &plot, plot.y + plot.height + axis_h, &labels,
                       event_ids);

  /* Bars. Whole-pixel edges so neighbouring segments share edges without seams. */
  unit = plot.width / series->n_periods;
  layout_bars (scene, dataset, series, stack, visible, &axis, &plot, unit, covered);

  /* Cumulative line on the right axis, through the end of each period. */
  if (options->show_cumulative)
    {
      g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));
      PkcPoint start = { plot.x, pkc_value_axis_y (&cum_axis, &plot, 0) };
      guint sum = 0;

      g_array_append_val (pts, start);
      for (guint p = 0; p < series->n_periods; p++)
        {
          PkcPoint pt;

          sum += visible_totals[p];
          pt.x = plot.x + (p + 1) * unit;
          pt.y = pkc_value_axis_y (&cum_axis, &plot, sum);
          g_array_append_val (pts, pt);
        }
      pkc_scene_add_line (scene, (PkcPoint *) pts->data, pts->len, 2,
                          pkc_paint (PKC_ROLE_CUMULATIVE, 0));
    }

  pkc_time_axis_layout (scene, &frame, &map, &plot, axis_rows, &labels);
  pkc_scene_set_time_axis (scene, &plot, &map);

  {
    g_autofree char *total = pkc_format_count (visible_grand);
    g_autofree char *peak_n = pkc_format_count (peak);
    g_autofree char *peak_label = pkc_format_period (series->interval,
                                                     &series->period_start[peak_period]);
    g_autofree char *desc = NULL;

    if (stack->by != PKC_STACK_INCIDENT)
      desc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: screen-reader summary: total deaths,
                                            * first and last period, what the bars are stacked
                                            * by ("nationality"), peak count and its period */
                                           "Stacked bars of %s peacekeeper death from %s to %s by %s; peak %s in %s.",
                                           "Stacked bars of %s peacekeeper deaths from %s to %s by %s; peak %s in %s.",
                                           visible_grand),
                              total, first_label, last_label, pkc_stack_by_label (stack->by),
                              peak_n, peak_label);
    else
      desc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: screen-reader summary: total deaths, first
                                            * and last period, peak count and its period ("Stacked
                                            * bars of 311 peacekeeper deaths from August 2013 to
                                            * November 2023 by incident type; peak 14 in January
                                            * 2019.") */
                                           "Stacked bars of %s peacekeeper death from %s to %s by incident type; peak %s in %s.",
                                           "Stacked bars of %s peacekeeper deaths from %s to %s by incident type; peak %s in %s.",
                                           visible_grand),
                              total, first_label, last_label, peak_n, peak_label);
    pkc_scene_set_description (scene, desc);
  }

  pkc_time_map_clear (&map);
  pkc_label_set_clear (&labels);
  return scene;
}
