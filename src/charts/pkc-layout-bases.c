/* pkc-layout-bases.c — base closures: one row per base in closure order, plus the map panel
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-format.h"
#include "pkc-layout-bases-private.h"
#include "pkc-sources-private.h"
#include "pkc-text-measure.h"

/* The chart being laid out: the data's counts and range, then the boxes, then the scene. */
typedef struct {
  PkcDataset            *dataset;
  const PkcChartOptions *options;
  GPtrArray             *bases;
  GPtrArray             *source_ids;   /* owned */
  PkcPhases              phases;
  guint32                j0, j1, j_first, j_last;
  guint                  n_known, n_disputed, n_unknown, n_pending;
  char                  *first_label, *last_label;   /* owned */
  PkcScene              *scene;
  PkcFrame               frame;
  PkcLabelSet            labels;
  PkcTimeMap             map;
  PkcBox                 timeline, map_box, plot;
  double                 text_h, row_h, label_w, marker;
  gboolean               brief;
} Ctx;

/* The time range of every closure date and alternative, the counts by closure status. */
static void
scan_bases (Ctx *ctx)
{
  guint32 j0 = G_MAXUINT32, j1 = 0, j_first = G_MAXUINT32, j_last = 0;

  for (guint i = 0; i < ctx->bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (ctx->bases, i);
      guint32 a, z;

      pkc_source_ids_add (ctx->source_ids, b->closure_source);
      if (b->closure_status == PKC_CLOSURE_UNKNOWN || b->closure_status == PKC_CLOSURE_PENDING)
        {
          b->closure_status == PKC_CLOSURE_PENDING ? ctx->n_pending++ : ctx->n_unknown++;
          continue;
        }
      b->closure_status == PKC_CLOSURE_DISPUTED ? ctx->n_disputed++ : ctx->n_known++;
      pkc_date_julian_span (&b->closure_date, &a, &z);
      j0 = MIN (j0, a);
      j1 = MAX (j1, z);
      j_first = MIN (j_first, a);
      j_last = MAX (j_last, z);
      for (guint k = 0; b->alternatives && k < b->alternatives->len; k++)
        {
          const PkcAlternativeDate *alt = &g_array_index (b->alternatives, PkcAlternativeDate, k);

          pkc_date_julian_span (&alt->date, &a, &z);
          j0 = MIN (j0, a);
          j1 = MAX (j1, z);
          pkc_source_ids_add (ctx->source_ids, alt->source);
        }
    }
  if (j0 == G_MAXUINT32)
    {
      /* No base has a date: a timeline of unknowns around the mission end. */
      PkcDate end = pkc_dataset_get_end (ctx->dataset);

      j0 = pkc_date_is_set (&end) ? pkc_date_to_julian (&end) - 30 : 1;
      j1 = j0 + 60;
      j_first = j0;
      j_last = j1;
    }
  {
    /* Half a month of air on both sides, so markers are not cut at the edges. */
    guint32 margin = MAX (10, (j1 - j0) / 40);

    j0 -= MIN (j0 - 1, margin);
    j1 += margin + 1;
  }
  {
    PkcDate a = pkc_date_from_julian (j_first), b = pkc_date_from_julian (j_last);

    ctx->first_label = pkc_format_date (&a);
    ctx->last_label = pkc_format_date (&b);
  }
  ctx->j0 = j0;
  ctx->j1 = j1;
  ctx->j_first = j_first;
  ctx->j_last = j_last;
}

/* Title, subtitle and source line: the frame around the body. */
static void
layout_heading (Ctx *ctx)
{
  g_autofree char *title = NULL, *subtitle = NULL, *source_line = NULL;

  /* Translators: chart title; %s is the mission acronym */
  title = g_strdup_printf (_("%s base closures in closure order"), pkc_dataset_get_acronym (ctx->dataset));
  {
    /* Translators: chart subtitle, a date range */
    g_autofree char *range = g_strdup_printf (_("%s – %s"), ctx->first_label, ctx->last_label);

    subtitle = pkc_mission_subtitle (ctx->dataset, range);
  }
  source_line = pkc_bases_source_line (ctx->dataset, ctx->source_ids, ctx->n_disputed);
  if (ctx->options->sources_in_full)
    pkc_scene_cite_bases (ctx->scene, ctx->dataset);
  pkc_frame_layout (ctx->scene, &ctx->frame, ctx->options, title, subtitle, source_line);
  pkc_text_measure ("Ag", ctx->frame.small, PANGO_WEIGHT_NORMAL, NULL, &ctx->text_h);
}

/* Legend: phases (toggle), then the date markers explained (not toggles). Returns where it
 * ends. */
static double
layout_legend (Ctx *ctx)
{
  g_autofree PkcLegendEntry *legend = g_new0 (PkcLegendEntry, ctx->phases.tokens->len + 3);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_legend = 0;
  double y;

  for (guint k = 0; k < ctx->phases.tokens->len; k++)
    {
      char *name = pkc_phase_label (g_ptr_array_index (ctx->phases.tokens, k));

      g_ptr_array_add (names, name);
      legend[n_legend++] = (PkcLegendEntry) {
        .label = name, .paint = pkc_paint (PKC_ROLE_SERIES, k), .shape = PKC_MARKER_CIRCLE,
        .hidden = (ctx->options->hidden_series & (1u << k)) != 0, .legend_index = (int) k,
      };
    }
  if (ctx->n_disputed > 0)
    legend[n_legend++] = (PkcLegendEntry) {
      .label = _("Date disputed (range of sources)"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
      .shape = PKC_MARKER_CIRCLE, .hollow = TRUE, .legend_index = -1,
    };
  if (ctx->n_unknown > 0)
    legend[n_legend++] = (PkcLegendEntry) {
      .label = _("Date unknown"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
      .shape = PKC_MARKER_QUESTION, .hollow = TRUE, .legend_index = -1,
    };
  if (ctx->n_pending > 0)
    legend[n_legend++] = (PkcLegendEntry) {
      .label = _("Handover pending (still open)"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
      .shape = PKC_MARKER_DIAMOND, .hollow = TRUE, .legend_index = -1,
    };
  y = ctx->frame.body.y;
  y += pkc_legend_layout (ctx->scene, &ctx->frame, legend, n_legend, ctx->frame.body.x, y,
                          ctx->frame.body.width, &ctx->labels);
  return y + ctx->frame.font * 0.6;
}

/* The timeline and the map below @y: side by side when there is width for both, the map
 * below on narrow screens; then the rows and the label column. */
static void
layout_areas (Ctx    *ctx,
              double  y)
{
  const PkcFrame *frame = &ctx->frame;
  double text_h = ctx->text_h, label_w = 0;

  ctx->timeline = (PkcBox) { frame->body.x, y, frame->body.width, frame->body.y + frame->body.height - y };
  if (frame->body.width >= 720)
    {
      double map_w = MIN (ctx->timeline.width * 0.36, ctx->timeline.height * 1.25);

      ctx->map_box = (PkcBox) { ctx->timeline.x + ctx->timeline.width - map_w, y, map_w, ctx->timeline.height };
      ctx->timeline.width -= map_w + frame->font * 2;
    }
  else
    {
      double map_h = MIN (ctx->timeline.height * 0.42, ctx->timeline.width * 0.8);

      ctx->map_box = (PkcBox) { ctx->timeline.x, ctx->timeline.y + ctx->timeline.height - map_h,
                                ctx->timeline.width, map_h };
      ctx->timeline.height -= map_h + frame->font;
    }

  /* Rows: the label column takes what the longest label needs, at most 45 %. */
  /* Room above the rows for the "Mission end" label, below for months and years; a row
   * takes up to three lines of label where the chart is tall enough. */
  ctx->row_h = MIN (text_h * 3.3, (ctx->timeline.height - text_h * 3.9) / ctx->bases->len);
  ctx->row_h = MAX (ctx->row_h, 1);
  /* On a phone the region and contingents would leave the timeline no room: the label says
   * which base, the tooltip says the rest. */
  ctx->brief = ctx->timeline.width < 560;
  for (guint i = 0; i < ctx->bases->len; i++)
    {
      g_autofree char *text = pkc_bases_row_label (ctx->dataset, g_ptr_array_index (ctx->bases, i), ctx->brief);

      label_w = MAX (label_w, pkc_text_width (text, frame->small, PANGO_WEIGHT_NORMAL));
    }
  ctx->label_w = MIN (label_w, ctx->timeline.width * (ctx->brief ? 0.36 : 0.45));
  ctx->plot = (PkcBox) { pkc_snap_edge (ctx->timeline.x + ctx->label_w + frame->small),
                         ctx->timeline.y + text_h * 1.1, 0, ctx->bases->len * ctx->row_h };
  ctx->plot.width = floor (ctx->timeline.x + ctx->timeline.width - ctx->plot.x - frame->small);
  ctx->map = (PkcTimeMap) { ctx->plot.x, ctx->plot.x + ctx->plot.width, ctx->j0, ctx->j1, 0, NULL };
  ctx->marker = MIN (frame->font * 0.8, ctx->row_h * 0.7);
}

/* The mission's end as a reference line, its label above the rows, and its column kept
 * free so no date label crosses it. */
static void
layout_mission_end (Ctx *ctx)
{
  PkcDate end = pkc_dataset_get_end (ctx->dataset);
  guint32 je = pkc_date_is_set (&end) ? pkc_date_to_julian (&end) : 0;
  const PkcBox *plot = &ctx->plot;
  double small = ctx->frame.small * 0.9;
  double x;
  guint p;
  g_autofree char *date = NULL;
  PkcBox tb, col;

  if (je <= ctx->j0 || je >= ctx->j1)
    return;
  x = pkc_snap (pkc_time_map_x (&ctx->map, je));
  {
    PkcPoint seg[] = { { x, plot->y }, { x, plot->y + plot->height } };

    p = pkc_scene_add_line (ctx->scene, seg, 2, 1, pkc_paint (PKC_ROLE_EVENT, 0));
  }
  date = pkc_format_date (&end);
  tb = pkc_text_box (_("Mission end"), x, plot->y - 1, small, PANGO_WEIGHT_NORMAL, 0.5, 1);
  col = (PkcBox) { x - 1.5, plot->y, 3, plot->height };
  if (tb.x + tb.width > plot->x + plot->width)
    tb = pkc_text_box (_("Mission end"), x + 3, plot->y - 1, small, PANGO_WEIGHT_NORMAL, 1, 1);
  pkc_scene_prim (ctx->scene, p)->dash = 3;
  pkc_label_set_add (&ctx->labels, &col);
  if (pkc_label_set_try (&ctx->labels, &tb, 1))
    pkc_scene_add_text (ctx->scene, _("Mission end"), tb.x, tb.y, small,
                        PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  pkc_scene_add_hit (ctx->scene, x - 3, plot->y, 6, plot->height, x, plot->y,
                     /* Translators: tooltip of the mission-end line; %s is a date */
                     g_strdup_printf (_("Mission end: %s"), date));
}

/* A base not closed yet (@pending: a hollow diamond) or without a date (a question mark), at
 * the row's end where time runs on, with words, never a position. Returns the marker's x. */
static double
layout_open_marker (Ctx      *ctx,
                    gboolean  pending,
                    double    cy,
                    PkcPaint  paint)
{
  const char *words = pending ? _("handover pending") : _("date unknown");
  double marker = ctx->marker;
  double x = ctx->plot.x + ctx->plot.width - marker / 2;
  PkcBox tb = pkc_text_box (words, x - marker, cy, ctx->frame.small, PANGO_WEIGHT_NORMAL, 1, 0.5);

  if (pending)
    {
      guint m = pkc_scene_add_marker (ctx->scene, PKC_MARKER_DIAMOND, x, cy, marker * 1.2, paint, FALSE);

      pkc_scene_prim (ctx->scene, m)->line_width = 2;
    }
  else
    {
      pkc_scene_add_marker (ctx->scene, PKC_MARKER_QUESTION, x, cy, marker * 1.2, paint, FALSE);
      pkc_scene_add_text (ctx->scene, "?", x, cy, marker * 0.9, PANGO_WEIGHT_BOLD, 0.5, 0.5, 0, paint);
    }
  if (pkc_label_set_try (&ctx->labels, &tb, 1))
    pkc_scene_add_text (ctx->scene, words, tb.x, tb.y, ctx->frame.small,
                        PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  return x;
}

/* A dated closure: a disc at the date (filled when known), a bracket over every date the
 * sources give, and the short date beside it. Returns the marker's x. */
static double
layout_dated_marker (Ctx           *ctx,
                     const PkcBase *b,
                     double         cy,
                     PkcPaint       paint,
                     gboolean       hidden)
{
  const PkcFrame *frame = &ctx->frame;
  double ly = pkc_snap (cy), marker = ctx->marker;
  guint32 a, z, lo, hi;
  double xa, xz, mx;
  g_autofree char *date = NULL;
  PkcBox tb;

  pkc_date_julian_span (&b->closure_date, &a, &z);
  lo = a;
  hi = z;
  for (guint k = 0; b->alternatives && k < b->alternatives->len; k++)
    {
      guint32 aa, zz;

      pkc_date_julian_span (&g_array_index (b->alternatives, PkcAlternativeDate, k).date, &aa, &zz);
      lo = MIN (lo, aa);
      hi = MAX (hi, zz);
    }
  if (hi > lo)
    {
      /* A bracket over every date the sources give (or the month a date is in). */
      double bx0 = pkc_snap (pkc_time_map_x (&ctx->map, lo)), bx1 = pkc_snap (pkc_time_map_x (&ctx->map, hi + 1));
      double t = marker * 0.6;
      PkcPoint bracket[] = { { bx0, ly - t }, { bx0, ly }, { bx1, ly }, { bx1, ly - t } };

      pkc_scene_add_line (ctx->scene, bracket, 4, 1.5, paint);
    }
  xa = pkc_time_map_x (&ctx->map, a);
  xz = pkc_time_map_x (&ctx->map, z + (z > a ? 1 : 0));
  mx = (xa + xz) / 2;
  pkc_scene_add_marker (ctx->scene, PKC_MARKER_CIRCLE, mx, cy, marker, paint,
                        b->closure_status == PKC_CLOSURE_KNOWN && !hidden);

  /* Right of the marker, else left of it (the edge, or the mission-end line). */
  date = pkc_bases_short_date (&b->closure_date);
  tb = pkc_text_box (date, MAX (mx, pkc_time_map_x (&ctx->map, hi + 1)) + marker * 0.7,
                     cy, frame->small * 0.9, PANGO_WEIGHT_NORMAL, 0, 0.5);
  if (tb.x + tb.width > ctx->plot.x + ctx->plot.width || !pkc_label_set_fits (&ctx->labels, &tb, 1))
    tb = pkc_text_box (date, MIN (mx, pkc_time_map_x (&ctx->map, lo)) - marker * 0.7, cy,
                       frame->small * 0.9, PANGO_WEIGHT_NORMAL, 1, 0.5);
  if (ctx->row_h >= ctx->text_h * 0.9 && pkc_label_set_try (&ctx->labels, &tb, 1))
    pkc_scene_add_text (ctx->scene, date, tb.x, tb.y, frame->small * 0.9, PANGO_WEIGHT_NORMAL,
                        0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  return mx;
}

/* Row @i: its label, its guide line, its marker, and the tooltip over the whole row. */
static void
layout_row (Ctx   *ctx,
            guint  i)
{
  const PkcBase *b = g_ptr_array_index (ctx->bases, i);
  guint phase = pkc_phases_index (&ctx->phases, b->phase);
  gboolean hidden = (ctx->options->hidden_series & (1u << phase)) != 0;
  PkcPaint paint = hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : pkc_paint (PKC_ROLE_SERIES, phase);
  double cy = ctx->plot.y + (i + 0.5) * ctx->row_h;
  double ly = pkc_snap (cy);
  double mx;
  int hit;

  /* "8. Base — Region · Contingent, Contingent", the contingents on lines of their own when
   * the column is too narrow for all of it and the row tall enough. */
  if (ctx->row_h >= ctx->text_h * 0.9)
    {
      double line_h = ctx->text_h;
      /* A little air between one row's last line and the next row's first. */
      guint max_lines = CLAMP ((guint) (ctx->row_h / (line_h * 1.08)), 1, 3);
      g_autoptr(GPtrArray) lines = pkc_bases_row_lines (ctx->dataset, b, ctx->brief, ctx->frame.small,
                                                        ctx->label_w, max_lines);

      for (guint l = 0; l < lines->len; l++)
        pkc_scene_add_text (ctx->scene, g_ptr_array_index (lines, l), ctx->timeline.x,
                            cy + (l - (lines->len - 1) / 2.0) * line_h, ctx->frame.small,
                            PANGO_WEIGHT_NORMAL, 0, 0.5, 0,
                            pkc_paint (l == 0 ? PKC_ROLE_TEXT : PKC_ROLE_MUTED, 0));
    }
  {
    PkcPoint guide[] = { { ctx->plot.x, ly }, { ctx->plot.x + ctx->plot.width, ly } };

    pkc_scene_add_line (ctx->scene, guide, 2, 1, pkc_paint (PKC_ROLE_GRID, 0));
  }

  if (b->closure_status == PKC_CLOSURE_PENDING || b->closure_status == PKC_CLOSURE_UNKNOWN)
    mx = layout_open_marker (ctx, b->closure_status == PKC_CLOSURE_PENDING, cy, paint);
  else
    mx = layout_dated_marker (ctx, b, cy, paint, hidden);

  hit = pkc_scene_add_hit (ctx->scene, ctx->timeline.x, cy - ctx->row_h / 2,
                           ctx->plot.x + ctx->plot.width - ctx->timeline.x,
                           ctx->row_h, mx, cy, pkc_base_tooltip (ctx->dataset, b));
  pkc_scene_hit_mut (ctx->scene, hit)->item = (int) i;
}

static void
describe (Ctx *ctx)
{
  g_autofree char *desc = NULL;

  /* Translators: screen-reader summary: number of bases, first and last closure date,
   * then how many dates are disputed and unknown */
  desc = g_strdup_printf (_("Timeline and map of %u bases in closure order, closed between %s and %s; %u closure dates disputed, %u unknown."),
                          ctx->bases->len, ctx->first_label, ctx->last_label, ctx->n_disputed, ctx->n_unknown);
  if (ctx->n_pending > 0)
    {
      char *longer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: appended to the screen-reader summary of the bases chart */
                                                   "%s %u handover still pending.",
                                                   "%s %u handovers still pending.", ctx->n_pending),
                                      desc, ctx->n_pending);

      g_free (desc);
      desc = longer;
    }
  pkc_scene_set_description (ctx->scene, desc);
}

PkcScene *
pkc_layout_bases (PkcDataset            *dataset,
                  double                 width,
                  double                 height,
                  const PkcChartOptions *options)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  Ctx ctx = { 0 };

  if (!pkc_dataset_has_section (dataset, "bases") || bases == NULL || bases->len == 0)
    return pkc_layout_empty (PKC_CHART_BASES, width, height, options,
                             _("This dataset has no base records"));

  ctx.dataset = dataset;
  ctx.options = options;
  ctx.bases = bases;
  ctx.source_ids = g_ptr_array_new_with_free_func (g_free);
  ctx.scene = pkc_scene_new (PKC_CHART_BASES, width, height);
  pkc_label_set_init (&ctx.labels);
  pkc_phases_init (&ctx.phases, bases);

  scan_bases (&ctx);
  layout_heading (&ctx);
  layout_areas (&ctx, layout_legend (&ctx));
  layout_mission_end (&ctx);
  for (guint i = 0; i < bases->len; i++)
    layout_row (&ctx, i);
  pkc_time_axis_layout (ctx.scene, &ctx.frame, &ctx.map, &ctx.plot, 2, &ctx.labels);
  pkc_map_layout (ctx.scene, &ctx.frame, dataset, &ctx.map_box, &ctx.phases, options, &ctx.labels);
  describe (&ctx);

  g_ptr_array_unref (ctx.source_ids);
  g_free (ctx.first_label);
  g_free (ctx.last_label);
  pkc_phases_clear (&ctx.phases);
  pkc_label_set_clear (&ctx.labels);
  return ctx.scene;
}
