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

/* What the stages of the casualty chart's layout share: the binned data and what of it is
 * drawn, then the scene, its frame and the plot as each stage fills them in. */
typedef struct {
  PkcDataset              *dataset;
  const PkcChartOptions   *options;
  const PkcCasualtySeries *series;
  const PkcCasualtyStack  *stack;

  guint     type_totals[PKC_STACK_MAX];  /* per category, drawn or not */
  gboolean  visible[PKC_STACK_MAX];      /* occurs and not switched off */
  guint    *visible_totals;              /* [n_periods] */
  guint     visible_grand, peak, peak_period;
  guint32   covered[2];                  /* the days the data covers (julian) */
  guint32  *bounds;                      /* [n_periods + 1] period starts, then the end */
  char     *first_label, *last_label;    /* the first and last period's names */
  GPtrArray *source_ids, *event_ids;     /* what the drawn records and events cite */

  PkcScene     *scene;
  PkcFrame      frame;
  PkcLabelSet   labels;
  PkcValueAxis  axis, cum_axis;
  PkcTimeMap    map;
  PkcBox        plot;
  double        text_h;                  /* a line of small text */
  guint         axis_rows;               /* time axis label rows */
  double        axis_h;                  /* the time axis' height */
} CasualtyLayout;

/* Totals per category decide the legend; visible totals decide the axis. */
static void
count_totals (CasualtyLayout *c)
{
  const PkcCasualtySeries *series = c->series;
  const PkcCasualtyStack *stack = c->stack;

  c->visible_totals = g_new0 (guint, series->n_periods);
  for (guint p = 0; p < series->n_periods; p++)
    for (guint t = 0; t < stack->n; t++)
      c->type_totals[t] += stack->counts[p * stack->n + t];
  for (guint t = 0; t < stack->n; t++)
    c->visible[t] = c->type_totals[t] > 0 && !(c->options->hidden_series & (1u << t));
  for (guint p = 0; p < series->n_periods; p++)
    {
      for (guint t = 0; t < stack->n; t++)
        if (c->visible[t])
          c->visible_totals[p] += stack->counts[p * stack->n + t];
      c->visible_grand += c->visible_totals[p];
      if (c->visible_totals[p] > c->peak)
        {
          c->peak = c->visible_totals[p];
          c->peak_period = p;
        }
    }
}

/* Which sources the plotted records and the events in range cite: the source line is laid
 * out before the events, so their sources are collected now (the tooltips use the cells). */
static void
collect_sources (CasualtyLayout *c)
{
  GPtrArray *events = pkc_dataset_get_events (c->dataset);
  guint32 end = c->bounds[c->series->n_periods];

  c->source_ids = g_ptr_array_new_with_free_func (g_free);
  c->event_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint t = 0; t < c->stack->n; t++)
    for (guint i = 0; c->visible[t] && i < c->stack->sources[t]->len; i++)
      pkc_source_ids_add (c->source_ids, g_ptr_array_index (c->stack->sources[t], i));
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const PkcEvent *ev = g_ptr_array_index (events, i);
      guint32 j = pkc_date_to_julian (&ev->date);

      if (j >= c->bounds[0] && j < end)
        pkc_source_ids_add (c->event_ids, ev->source);
    }
}

/* Title, subtitle (mission, filters, date range), the source line and, on a page, the
 * sources in full. */
static void
layout_frame (CasualtyLayout *c)
{
  g_autofree char *title = casualty_title (c->dataset, c->stack->by);
  g_autofree char *range = g_strcmp0 (c->first_label, c->last_label) == 0
                           ? g_strdup (c->first_label)
                           /* Translators: chart subtitle, a date range: "August 2013 – November 2023" */
                           : g_strdup_printf (_("%s – %s"), c->first_label, c->last_label);
  g_autofree char *filters = NULL, *subtitle = NULL, *source_line = NULL;
  gboolean occurs[PKC_STACK_MAX];

  for (guint t = 0; t < c->stack->n; t++)
    occurs[t] = c->type_totals[t] > 0;
  filters = pkc_casualty_view_filters (c->stack, occurs, c->options);
  subtitle = casualty_subtitle (c->dataset, filters, range);
  source_line = casualty_source_line (c->dataset, c->source_ids, c->event_ids);
  if (c->options->sources_in_full)
    pkc_scene_cite_casualties (c->scene, c->dataset, c->stack, c->visible, c->bounds[0],
                               c->bounds[c->series->n_periods]);
  pkc_frame_layout (c->scene, &c->frame, c->options, title, subtitle, source_line);
}

/* One entry per category that occurs, toggling its series; the cumulative line's. Returns
 * where the chart goes on below it. */
static double
layout_legend (CasualtyLayout *c)
{
  PkcLegendEntry legend[PKC_STACK_MAX + 1];
  guint n_legend = 0;
  double y = c->frame.body.y;

  for (guint t = 0; t < c->stack->n; t++)
    if (c->type_totals[t] > 0)
      legend[n_legend++] = (PkcLegendEntry) {
        .label = c->stack->labels[t], .paint = pkc_paint (PKC_ROLE_SERIES, c->stack->colour[t]),
        .shape = PKC_MARKER_SQUARE, .hidden = !c->visible[t], .legend_index = (int) t,
      };
  if (c->options->show_cumulative)
    legend[n_legend++] = (PkcLegendEntry) {
      .label = _("Cumulative (right axis)"), .paint = pkc_paint (PKC_ROLE_CUMULATIVE, 0),
      .line = TRUE, .shape = PKC_MARKER_CIRCLE, .legend_index = -1,
    };
  y += pkc_legend_layout (c->scene, &c->frame, legend, n_legend, c->frame.body.x, y,
                          c->frame.body.width, &c->labels);
  return y + c->frame.font * 0.5;
}

/* The value axes' scales, the plot's left and right edges between their labels, and the
 * units line over the plot ("Deaths per quarter", "Cumulative deaths"). Returns where the
 * chart goes on below it. */
static double
layout_units (CasualtyLayout *c,
              double          y)
{
  const PkcFrame *frame = &c->frame;
  g_autofree char *unit_text = unit_line (c->series, c->visible_totals, c->covered);

  pkc_value_axis_init (&c->axis, c->peak, CLAMP ((guint) (frame->body.height / 40), 3, 10),
                       TRUE);
  pkc_value_axis_init (&c->cum_axis, c->visible_grand, c->axis.n_ticks, TRUE);
  pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &c->text_h);

  c->plot.x = frame->body.x + pkc_value_axis_label_width (&c->axis, frame->small) +
              frame->small * 0.6;
  c->plot.width = frame->body.x + frame->body.width - c->plot.x;
  if (c->options->show_cumulative)
    c->plot.width -= pkc_value_axis_label_width (&c->cum_axis, frame->small) + frame->small * 0.6;
  c->plot.x = pkc_snap_edge (c->plot.x);
  c->plot.width = floor (c->plot.width);

  pkc_scene_add_text (c->scene, unit_text, frame->body.x, y, frame->small,
                      PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  if (c->options->show_cumulative)
    pkc_scene_add_text (c->scene, _("Cumulative deaths"), frame->body.x + frame->body.width, y,
                        frame->small, PANGO_WEIGHT_NORMAL, 1, 0, 0,
                        pkc_paint (PKC_ROLE_MUTED, 0));
  return y + c->text_h + frame->small * 0.3;
}

/* Event labels are planned first: the rows they use and their key set the plot's height.
 * Then the value axes along the plot. Returns the plan, for the labels to be drawn. */
static PkcEventPlan *
layout_axes (CasualtyLayout *c,
             double          y)
{
  const PkcFrame *frame = &c->frame;
  guint n_periods = c->series->n_periods;
  PkcEventPlan *plan;
  guint n_rows;

  n_rows = frame->body.height > 330 ? 3 : frame->body.height > 220 ? 2 : 1;
  /* Tall charts give event labels more rows (the plan uses only those it needs). */
  n_rows = MAX (n_rows, MIN (6, (guint) (frame->body.height / 150)));
  /* A zoomed range of a few years may fit month labels with the year on a row below. */
  c->axis_rows = c->bounds[n_periods] - c->bounds[0] <= 4 * 366 ? 2 : 1;
  c->axis_h = frame->small * 0.5 + c->axis_rows * c->text_h + 2;
  c->map.x0 = c->plot.x;
  c->map.x1 = c->plot.x + c->plot.width;
  c->map.n_periods = n_periods;
  c->map.period_julian = g_memdup2 (c->bounds, sizeof (guint32) * (n_periods + 1));

  plan = pkc_event_plan_new (frame, c->dataset, &c->map, &c->plot, y, n_rows, c->text_h,
                             c->bounds[0], c->bounds[n_periods], frame->body.height * 0.4);
  c->plot.y = y + pkc_event_plan_rows (plan) * c->text_h + frame->small * 0.3;
  c->plot.height = MAX (10, frame->body.y + frame->body.height - c->axis_h -
                            pkc_event_plan_key_height (plan) - c->plot.y);

  pkc_value_axis_layout (c->scene, &c->axis, &c->plot, frame->small,
                         c->plot.x - frame->small * 0.6, TRUE, TRUE, &c->labels);
  if (c->options->show_cumulative)
    pkc_value_axis_layout (c->scene, &c->cum_axis, &c->plot, frame->small,
                           c->plot.x + c->plot.width + frame->small * 0.6, FALSE, FALSE,
                           &c->labels);
  return plan;
}

/* The stacked bars, one slot per period; a period the data covers only in part hatched.
 * Whole-pixel edges so neighbouring segments share edges without seams. */
static void
layout_bars (CasualtyLayout *c)
{
  const PkcCasualtySeries *series = c->series;
  const PkcCasualtyStack *stack = c->stack;
  const PkcBox *plot = &c->plot;
  double unit = plot->width / series->n_periods;
  double gap = unit >= 6 ? CLAMP (unit * 0.22, 1, 10) : 0;

  for (guint p = 0; p < series->n_periods; p++)
    {
      double xa = pkc_snap_edge (plot->x + p * unit + gap / 2);
      double xb = pkc_snap_edge (plot->x + (p + 1) * unit - gap / 2);
      guint below = 0;
      g_autofree char *period = pkc_format_period (series->interval, &series->period_start[p]);
      g_autofree char *partial = partial_text (series, p, c->covered);

      if (xb - xa < 1)
        xb = xa + 1;
      for (guint t = 0; t < stack->n; t++)
        {
          guint count = stack->counts[p * stack->n + t];
          double y0, y1;
          char *tip;
          int hit;
          guint r;

          if (!c->visible[t] || count == 0)
            continue;
          y0 = pkc_snap_edge (pkc_value_axis_y (&c->axis, plot, below));
          y1 = pkc_snap_edge (pkc_value_axis_y (&c->axis, plot, below + count));
          below += count;

          r = pkc_scene_add_rect (c->scene, xa, y1, xb - xa, y0 - y1,
                                  pkc_paint (PKC_ROLE_SERIES, stack->colour[t]));
          pkc_scene_prim (c->scene, r)->hatch = partial != NULL;
          tip = pkc_casualty_bar_tooltip (c->dataset, stack, c->visible, p, t, period, partial);
          hit = pkc_scene_add_hit (c->scene, plot->x + p * unit, y1, unit, MAX (y0 - y1, 1),
                                   (xa + xb) / 2, y1, tip);
          pkc_scene_hit_mut (c->scene, hit)->series = (int) t;
          pkc_scene_hit_mut (c->scene, hit)->item = (int) p;
          pkc_scene_prim (c->scene, r)->hit = hit;
        }
      /* And outlined with a dashed line: hatching alone may be a series' own in print. */
      if (partial != NULL && below > 0)
        {
          double top = pkc_snap_edge (pkc_value_axis_y (&c->axis, plot, below));
          double base = pkc_snap_edge (pkc_value_axis_y (&c->axis, plot, 0));
          guint r = pkc_scene_add_rect (c->scene, xa + 0.5, top + 0.5, xb - xa - 1,
                                        MAX (base - top - 1, 0), pkc_paint (PKC_ROLE_TEXT, 0));
          PkcPrim *outline = pkc_scene_prim (c->scene, r);

          outline->has_fill = FALSE;
          outline->has_stroke = TRUE;
          outline->stroke = pkc_paint (PKC_ROLE_TEXT, 0);
          outline->line_width = 1;
          outline->dash = 3;
        }
    }
}

/* The cumulative line on the right axis, through the end of each period. */
static void
layout_cumulative (CasualtyLayout *c)
{
  const PkcBox *plot = &c->plot;
  double unit = plot->width / c->series->n_periods;
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));
  PkcPoint start = { plot->x, pkc_value_axis_y (&c->cum_axis, plot, 0) };
  guint sum = 0;

  g_array_append_val (pts, start);
  for (guint p = 0; p < c->series->n_periods; p++)
    {
      PkcPoint pt;

      sum += c->visible_totals[p];
      pt.x = plot->x + (p + 1) * unit;
      pt.y = pkc_value_axis_y (&c->cum_axis, plot, sum);
      g_array_append_val (pts, pt);
    }
  pkc_scene_add_line (c->scene, (PkcPoint *) pts->data, pts->len, 2,
                      pkc_paint (PKC_ROLE_CUMULATIVE, 0));
}

/* The one-sentence summary for screen readers. */
static void
describe (CasualtyLayout *c)
{
  g_autofree char *total = pkc_format_count (c->visible_grand);
  g_autofree char *peak_n = pkc_format_count (c->peak);
  g_autofree char *peak_label = pkc_format_period (c->series->interval,
                                                   &c->series->period_start[c->peak_period]);
  g_autofree char *desc = NULL;

  if (c->stack->by != PKC_STACK_INCIDENT)
    desc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: screen-reader summary: total deaths,
                                          * first and last period, what the bars are stacked
                                          * by ("nationality"), peak count and its period */
                                         "Stacked bars of %s peacekeeper death from %s to %s by %s; peak %s in %s.",
                                         "Stacked bars of %s peacekeeper deaths from %s to %s by %s; peak %s in %s.",
                                         c->visible_grand),
                            total, c->first_label, c->last_label,
                            pkc_stack_by_label (c->stack->by), peak_n, peak_label);
  else
    desc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: screen-reader summary: total deaths, first
                                          * and last period, peak count and its period ("Stacked
                                          * bars of 311 peacekeeper deaths from August 2013 to
                                          * November 2023 by incident type; peak 14 in January
                                          * 2019.") */
                                         "Stacked bars of %s peacekeeper death from %s to %s by incident type; peak %s in %s.",
                                         "Stacked bars of %s peacekeeper deaths from %s to %s by incident type; peak %s in %s.",
                                         c->visible_grand),
                            total, c->first_label, c->last_label, peak_n, peak_label);
  pkc_scene_set_description (c->scene, desc);
}

static void
casualty_layout_clear (CasualtyLayout *c)
{
  g_free (c->visible_totals);
  g_free (c->bounds);
  g_free (c->first_label);
  g_free (c->last_label);
  g_clear_pointer (&c->source_ids, g_ptr_array_unref);
  g_clear_pointer (&c->event_ids, g_ptr_array_unref);
  pkc_time_map_clear (&c->map);
  pkc_label_set_clear (&c->labels);
}

PkcScene *
pkc_layout_casualties (PkcDataset            *dataset,
                       double                 width,
                       double                 height,
                       const PkcChartOptions *options)
{
  g_autoptr(PkcCasualtyBins) bins = NULL;
  g_autoptr(PkcCasualtyStack) stack = NULL;
  g_autoptr(PkcEventPlan) events = NULL;
  CasualtyLayout c = { .dataset = dataset, .options = options };
  const PkcCasualtySeries *series;
  double y;

  if (!pkc_dataset_has_section (dataset, "casualties") ||
      pkc_dataset_get_n_casualties (dataset) == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("This dataset has no casualty records"));

  /* Binned once per option set: a resize only lays the periods out again. */
  bins = pkc_casualty_bins_get (dataset, options->interval, options->personnel_mask,
                                &options->range_from, &options->range_to);
  series = bins->series;
  if (series == NULL || series->n_periods == 0 || series->grand_total == 0)
    return pkc_layout_empty (PKC_CHART_CASUALTIES, width, height, options,
                             _("No casualty records match the selected range and personnel"));

  stack = pkc_casualty_stack_new (dataset, bins, options);
  c.series = series;
  c.stack = stack;
  count_totals (&c);
  pkc_casualty_coverage (dataset, stack, options, &c.covered[0], &c.covered[1]);
  c.bounds = period_bounds (series);
  c.first_label = pkc_format_period (series->interval, &series->period_start[0]);
  c.last_label = pkc_format_period (series->interval,
                                    &series->period_start[series->n_periods - 1]);
  collect_sources (&c);

  c.scene = pkc_scene_new (PKC_CHART_CASUALTIES, width, height);
  pkc_label_set_init (&c.labels);
  layout_frame (&c);
  y = layout_legend (&c);
  y = layout_units (&c, y);
  events = layout_axes (&c, y);
  pkc_event_plan_emit (events, c.scene, dataset, &c.plot, c.plot.y + c.plot.height + c.axis_h,
                       &c.labels, c.event_ids);
  layout_bars (&c);
  if (options->show_cumulative)
    layout_cumulative (&c);
  pkc_time_axis_layout (c.scene, &c.frame, &c.map, &c.plot, c.axis_rows, &c.labels);
  pkc_scene_set_time_axis (c.scene, &c.plot, &c.map);
  describe (&c);

  casualty_layout_clear (&c);
  return c.scene;
}
