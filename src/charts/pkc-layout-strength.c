/* pkc-layout-strength.c — ceilings as step lines, deployed strength as held markers
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 2023 drawdown: the file gives cumulative departures (uniformed, or all personnel
 * including civilians) and, separately, a 28 August 2023 figure of 12,947 uniformed personnel
 * "to be repatriated". Nothing in the format ties a departure count to that baseline (the first
 * departure record predates it, and most records count civilians too), so subtracting would be
 * our inference, not the sources'. The chart plots the departures themselves as annotated
 * triangles on the same count axis, uniformed filled and all-personnel hollow.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-casualty-view.h"
#include "pkc-layout-strength-private.h"
#include "pkc-sources-private.h"
#include "pkc-text-measure.h"

const PkcPaint *
pkc_strength_series_paint (PkcStrengthSeries series)
{
  static PkcPaint paints[PKC_N_STRENGTH_SERIES];

  paints[PKC_STRENGTH_MILITARY_CEILING] = pkc_paint (PKC_ROLE_CEILING, 0);
  paints[PKC_STRENGTH_POLICE_CEILING] = pkc_paint (PKC_ROLE_CEILING, 1);
  paints[PKC_STRENGTH_MILITARY] = pkc_paint (PKC_ROLE_SERIES, 1);
  paints[PKC_STRENGTH_POLICE] = pkc_paint (PKC_ROLE_SERIES, 2);
  paints[PKC_STRENGTH_TOTAL] = pkc_paint (PKC_ROLE_SERIES, 3);
  paints[PKC_STRENGTH_DRAWDOWN] = pkc_paint (PKC_ROLE_SERIES, 0);
  return &paints[series];
}

const PkcMarkerShape pkc_strength_series_shape[PKC_N_STRENGTH_SERIES] = {
  PKC_MARKER_CIRCLE, PKC_MARKER_CIRCLE, PKC_MARKER_CIRCLE, PKC_MARKER_DIAMOND,
  PKC_MARKER_SQUARE, PKC_MARKER_TRIANGLE,
};

/* The days an observation can be from: its date's span, but never before the mission began
 * or after it ended (a figure dated only "2013" for a mission set up in April 2013). */
void
pkc_strength_observation_span (PkcDataset    *dataset,
                               const PkcDate *date,
                               guint32       *from,
                               guint32       *to)
{
  PkcDate start = pkc_dataset_get_start (dataset);
  PkcDate end = pkc_dataset_get_end (dataset);

  pkc_date_julian_span (date, from, to);
  if (pkc_date_is_set (&start))
    {
      guint32 first = pkc_date_to_julian (&start);

      if (first > *from && first <= *to)
        *from = first;
    }
  if (pkc_date_is_set (&end))
    {
      guint32 end_from, last;

      pkc_date_julian_span (&end, &end_from, &last);
      if (last < *to && last >= *from)
        *to = last;
    }
}

/* The time range (the mission, widened to every dated record), the largest count, and which
 * series the data has. */
static void
scan_records (Ctx *ctx)
{
  guint32 j0 = G_MAXUINT32, j1 = 0;

#define WIDEN(date) G_STMT_START { guint32 a_, b_; pkc_date_julian_span ((date), &a_, &b_); \
    j0 = MIN (j0, a_); j1 = MAX (j1, b_ + 1); } G_STMT_END
  {
    PkcDate start = pkc_dataset_get_start (ctx->dataset), end = pkc_dataset_get_end (ctx->dataset);

    if (pkc_date_is_set (&start))
      WIDEN (&start);
    if (pkc_date_is_set (&end))
      WIDEN (&end);
  }
  for (guint i = 0; i < ctx->n_ceil; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ctx->ceilings, i);

      WIDEN (&c->adopted);
      WIDEN (&c->effective);
      if (c->military != PKC_COUNT_NONE)
        {
          ctx->max_value = MAX (ctx->max_value, c->military);
          ctx->present[PKC_STRENGTH_MILITARY_CEILING] = TRUE;
        }
      if (c->police != PKC_COUNT_NONE)
        {
          ctx->max_value = MAX (ctx->max_value, c->police);
          ctx->present[PKC_STRENGTH_POLICE_CEILING] = TRUE;
        }
      pkc_source_ids_add (ctx->source_ids, c->source);
    }
#undef WIDEN
  for (guint i = 0; i < ctx->n_obs; i++)
    {
      const PkcObservation *o = g_ptr_array_index (ctx->observations, i);
      guint32 from, to;

      pkc_strength_observation_span (ctx->dataset, &o->date, &from, &to);
      j0 = MIN (j0, from);
      j1 = MAX (j1, to + 1);
      if (o->military != PKC_COUNT_NONE)
        ctx->present[PKC_STRENGTH_MILITARY] = TRUE;
      if (o->police != PKC_COUNT_NONE)
        ctx->present[PKC_STRENGTH_POLICE] = TRUE;
      if (o->total != PKC_COUNT_NONE && o->military == PKC_COUNT_NONE && o->police == PKC_COUNT_NONE)
        ctx->present[PKC_STRENGTH_TOTAL] = TRUE;
      ctx->max_value = MAX (ctx->max_value, MAX (o->military, MAX (o->police, o->total)));
    }
  /* Totals are read against the uniformed ceiling: the axis reaches it too. */
  for (guint i = 0; ctx->present[PKC_STRENGTH_TOTAL] && i < ctx->n_ceil; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ctx->ceilings, i);

      if (c->military != PKC_COUNT_NONE && c->police != PKC_COUNT_NONE)
        ctx->max_value = MAX (ctx->max_value, c->military + c->police);
    }
  /* Departures are not a strength: their own panel, their own axis. */
  for (guint i = 0; i < ctx->n_draw; i++)
    ctx->present[PKC_STRENGTH_DRAWDOWN] = g_ptr_array_index (ctx->drawdowns, i) != NULL;

  for (guint s = 0; s < PKC_N_STRENGTH_SERIES; s++)
    ctx->visible[s] = ctx->present[s] && !(ctx->options->hidden_series & (1u << s));
  ctx->j0 = j0;
  ctx->j1 = j1;
  ctx->j_end = j1;
  {
    PkcDate a = pkc_date_from_julian (j0), b = pkc_date_from_julian (j1 - 1);

    ctx->from_label = pkc_format_month_year (&a);
    ctx->to_label = pkc_format_month_year (&b);
  }
}

/* Title, subtitle and source line: the frame around the body. */
static void
layout_heading (Ctx    *ctx,
                double  width)
{
  g_autofree char *title = NULL, *subtitle = NULL, *source_line = NULL;

  if (ctx->visible[PKC_STRENGTH_POLICE] || ctx->visible[PKC_STRENGTH_POLICE_CEILING])
    /* Translators: chart title when police are drawn beside the troops; %s is the mission
     * acronym. Uniformed personnel: military and police, not civilians */
    title = g_strdup_printf (_("%s uniformed personnel against authorised ceilings"),
                             pkc_dataset_get_acronym (ctx->dataset));
  else
    /* Translators: chart title; %s is the mission acronym */
    title = g_strdup_printf (_("%s troop strength against authorised ceilings"),
                             pkc_dataset_get_acronym (ctx->dataset));
  {
    /* Translators: chart subtitle, a date range */
    g_autofree char *range = g_strdup_printf (_("%s – %s"), ctx->from_label, ctx->to_label);

    /* The mission's full name as the other charts give it, except on a phone-sized chart:
     * there it would wrap over the lines the resolution labels need (the title keeps the
     * acronym). */
    subtitle = width >= 800 ? pkc_mission_subtitle (ctx->dataset, range) : g_strdup (range);
  }
  {
    /* The series switched off in the legend, on a line of their own. */
    g_autofree char *excluding = pkc_strength_view_filters (ctx->present,
                                                            ctx->options->hidden_series);

    if (excluding != NULL)
      {
        char *both = g_strconcat (subtitle, "\n", excluding, NULL);

        g_free (subtitle);
        subtitle = both;
      }
  }

  source_line = pkc_strength_source_line (ctx->dataset);
  if (ctx->options->sources_in_full)
    pkc_scene_cite_strength (ctx->scene, ctx->dataset, ctx->visible);
  pkc_frame_layout (ctx->scene, &ctx->frame, ctx->options, title, subtitle, source_line);
}

/* The legend, the key to the marker styles and the axis heading; returns where they end. */
static double
layout_legend (Ctx *ctx)
{
  static const char *const names[PKC_N_STRENGTH_SERIES] = {
    N_("Military ceiling"), N_("Police ceiling"), N_("Military deployed"),
    N_("Police deployed"), N_("Other reported totals"), N_("Departed in 2023 withdrawal"),
  };
  PkcLegendEntry legend[PKC_N_STRENGTH_SERIES + 1];
  guint n_legend = 0;
  double y;

  for (guint s = 0; s < PKC_N_STRENGTH_SERIES; s++)
    {
      if (!ctx->present[s])
        continue;
      legend[n_legend++] = (PkcLegendEntry) {
        .label = _(names[s]), .paint = *pkc_strength_series_paint (s),
        .shape = pkc_strength_series_shape[s],
        .line = s <= PKC_STRENGTH_POLICE_CEILING, .dash = s == PKC_STRENGTH_POLICE_CEILING ? 4 : 0,
        .hidden = !ctx->visible[s], .legend_index = (int) s,
      };
      if (s == PKC_STRENGTH_TOTAL && pkc_strength_has_uniformed_ceiling (ctx->ceilings))
        legend[n_legend++] = (PkcLegendEntry) {
          /* Translators: legend of the dotted line the "other reported totals" (military and
           * police together) are read against: the two ceilings added up */
          .label = _("Military + police ceiling"),
          .paint = *pkc_strength_series_paint (s), .shape = PKC_MARKER_CIRCLE, .line = TRUE,
          .dash = 2, .hidden = !ctx->visible[s], .legend_index = -1,
        };
    }
  y = ctx->frame.body.y;
  y += pkc_legend_layout (ctx->scene, &ctx->frame, legend, n_legend, ctx->frame.body.x, y,
                          ctx->frame.body.width, &ctx->labels);
  pkc_text_measure ("Ag", ctx->frame.small, PANGO_WEIGHT_NORMAL, NULL, &ctx->text_h);
  y += pkc_strength_layout_key (ctx, y, ctx->text_h);
  y += ctx->frame.font * 0.4;
  /* Translators: heading of the strength chart's value axis: numbers of people */
  pkc_scene_add_text (ctx->scene, C_("axis", "Personnel"), ctx->frame.body.x, y, ctx->frame.small,
                      PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  return y + ctx->text_h + ctx->frame.small * 0.2;
}

/* The plot below @y, with the withdrawal panel beside it when there is room, below it on a
 * phone; then the count axis. */
static void
layout_areas (Ctx    *ctx,
              double  y)
{
  double text_h = ctx->text_h, axis_h, right, bottom;

  pkc_value_axis_init (&ctx->axis, ctx->max_value,
                       CLAMP ((guint) (ctx->frame.body.height / 40), 3, 10), TRUE);
  axis_h = ctx->frame.small * 0.5 + text_h + 2;
  ctx->plot.x = pkc_snap_edge (ctx->frame.body.x + pkc_value_axis_label_width (&ctx->axis, ctx->frame.small) +
                               ctx->frame.small * 0.6);
  right = ctx->frame.body.x + ctx->frame.body.width;
  bottom = ctx->frame.body.y + ctx->frame.body.height;
  if (ctx->visible[PKC_STRENGTH_DRAWDOWN])
    {
      if (ctx->frame.body.width >= 600)
        {
          double panel_w = CLAMP (ctx->frame.body.width * 0.22, 170, 340);

          ctx->panel = (PkcBox) { right - panel_w, y - text_h - ctx->frame.small * 0.2, panel_w, 0 };
          ctx->panel.height = bottom - ctx->panel.y;
          right -= panel_w + ctx->frame.font * 2;
        }
      else
        {
          /* On a short phone chart the strength plot keeps the larger share. */
          double panel_h = MAX (MIN (150, (bottom - y) * 0.45), (bottom - y) * 0.36);

          ctx->panel = (PkcBox) { ctx->frame.body.x, bottom - panel_h, ctx->frame.body.width, panel_h };
          bottom = ctx->panel.y - ctx->frame.font;
        }
    }
  ctx->plot.width = floor (right - ctx->plot.x);
  ctx->plot.y = y + text_h;   /* room for resolution labels above the top step */
  ctx->plot.height = MAX (10, bottom - axis_h - ctx->plot.y);
  ctx->map = (PkcTimeMap) { ctx->plot.x, ctx->plot.x + ctx->plot.width, ctx->j0, ctx->j1, 0, NULL };

  pkc_value_axis_layout (ctx->scene, &ctx->axis, &ctx->plot, ctx->frame.small,
                         ctx->plot.x - ctx->frame.small * 0.6, TRUE, TRUE, &ctx->labels);
}

/* Everything on the plot, back to front, then the labels that must keep clear of it. */
static void
layout_plot (Ctx *ctx)
{
  pkc_strength_layout_gap (ctx, ctx->mil, ctx->ceilings);
  if (ctx->ceilings)
    {
      pkc_strength_layout_ceilings (ctx, ctx->ceilings, FALSE);
      pkc_strength_layout_ceilings (ctx, ctx->ceilings, TRUE);
      pkc_strength_layout_uniformed_ceiling (ctx, ctx->ceilings);
    }
  pkc_strength_layout_observations (ctx, PKC_STRENGTH_TOTAL, ctx->tot, ctx->source_ids);
  pkc_strength_layout_observations (ctx, PKC_STRENGTH_POLICE, ctx->pol, ctx->source_ids);
  pkc_strength_layout_observations (ctx, PKC_STRENGTH_MILITARY, ctx->mil, ctx->source_ids);
  if (ctx->panel.width > 0)
    pkc_withdrawal_layout (ctx->scene, &ctx->frame, ctx->dataset, &ctx->panel, &ctx->labels);
  if (ctx->ceilings)
    pkc_strength_layout_resolution_labels (ctx, ctx->ceilings);
  pkc_strength_layout_mission_start (ctx, ctx->ceilings);
  pkc_strength_layout_report_gaps (ctx);
  pkc_time_axis_layout (ctx->scene, &ctx->frame, &ctx->map, &ctx->plot, 1, &ctx->labels);
}

static void
ctx_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->source_ids, g_ptr_array_unref);
  g_clear_pointer (&ctx->mil, g_array_unref);
  g_clear_pointer (&ctx->pol, g_array_unref);
  g_clear_pointer (&ctx->tot, g_array_unref);
  g_clear_pointer (&ctx->from_label, g_free);
  g_clear_pointer (&ctx->to_label, g_free);
  pkc_label_set_clear (&ctx->labels);
  pkc_label_set_clear (&ctx->marks);
}

PkcScene *
pkc_layout_strength (PkcDataset            *dataset,
                     double                 width,
                     double                 height,
                     const PkcChartOptions *options)
{
  Ctx ctx = { 0 };

  ctx.dataset = dataset;
  ctx.options = options;
  ctx.ceilings = pkc_dataset_get_ceilings (dataset);
  ctx.observations = pkc_dataset_get_observations (dataset);
  ctx.drawdowns = pkc_dataset_get_drawdowns (dataset);
  ctx.n_ceil = ctx.ceilings ? ctx.ceilings->len : 0;
  ctx.n_obs = ctx.observations ? ctx.observations->len : 0;
  ctx.n_draw = ctx.drawdowns ? ctx.drawdowns->len : 0;
  if (ctx.n_ceil + ctx.n_obs + ctx.n_draw == 0)
    return pkc_layout_empty (PKC_CHART_STRENGTH, width, height, options,
                             _("This dataset has no troop strength or ceiling records"));

  ctx.scene = pkc_scene_new (PKC_CHART_STRENGTH, width, height);
  ctx.source_ids = g_ptr_array_new_with_free_func (g_free);
  ctx.mil = g_array_new (FALSE, FALSE, sizeof (Point));
  ctx.pol = g_array_new (FALSE, FALSE, sizeof (Point));
  ctx.tot = g_array_new (FALSE, FALSE, sizeof (Point));
  pkc_label_set_init (&ctx.labels);
  pkc_label_set_init (&ctx.marks);

  scan_records (&ctx);
  layout_heading (&ctx, width);
  layout_areas (&ctx, layout_legend (&ctx));
  pkc_strength_collect_points (&ctx);
  layout_plot (&ctx);
  pkc_strength_describe (&ctx);

  ctx_clear (&ctx);
  return ctx.scene;
}
