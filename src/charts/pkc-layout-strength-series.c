/* pkc-layout-strength-series.c — deployed strength: markers, held values, the gap to the ceiling
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-strength-private.h"
#include "pkc-text-measure.h"

static void
add_point (GArray         *points,
           Ctx            *ctx,
           const PkcDate  *date,
           int             value,
           gboolean        preferred,
           guint           index)
{
  guint32 from, to;
  Point p;

  pkc_strength_observation_span (ctx->dataset, date, &from, &to);
  p.x_from = pkc_time_map_x (&ctx->map, from);
  p.x_to = pkc_time_map_x (&ctx->map, to + (to > from ? 1 : 0));
  p.x = (p.x_from + p.x_to) / 2;
  p.value = value;
  p.preferred = preferred;
  p.holds = preferred && date->precision != PKC_DATE_PRECISION_YEAR;
  p.x_hold = pkc_time_map_x (&ctx->map, (from + to) / 2 + HOLD_DAYS);
  p.index = index;
  g_array_append_val (points, p);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  return (p->x > q->x) - (p->x < q->x);
}

/* Where point @i's value stops being held: the next preferred report of the series or
 * HOLD_DAYS later, whichever comes first; -1 when it is not held. */
static double
hold_end (GArray *points,
          guint   i)
{
  const Point *p = &g_array_index (points, Point, i);

  if (!p->holds)
    return -1;
  for (guint k = i + 1; k < points->len; k++)
    if (g_array_index (points, Point, k).preferred)
      return MIN (p->x_hold, g_array_index (points, Point, k).x_from);
  return p->x_hold;
}

static char *
observation_tooltip (Ctx                  *ctx,
                     const PkcObservation *o,
                     PkcStrengthSeries     s,
                     int                   value)
{
  const PkcCeiling *ceiling = pkc_dataset_ceiling_at (ctx->dataset, &o->date);
  g_autofree char *date = pkc_format_date (&o->date);
  g_autofree char *n = pkc_format_count (value);
  g_autofree char *src = pkc_source_title (ctx->dataset, o->source);
  GString *tip = g_string_new (date);
  int limit = PKC_COUNT_NONE;
  const char *what;

  switch (s)
    {
    case PKC_STRENGTH_MILITARY:
      what = _("Military deployed");
      limit = ceiling ? ceiling->military : PKC_COUNT_NONE;
      break;
    case PKC_STRENGTH_POLICE:
      what = _("Police deployed");
      limit = ceiling ? ceiling->police : PKC_COUNT_NONE;
      break;
    case PKC_STRENGTH_TOTAL:
    default:
      what = _("Total reported");
      if (ceiling && ceiling->military != PKC_COUNT_NONE && ceiling->police != PKC_COUNT_NONE)
        limit = ceiling->military + ceiling->police;
      break;
    }
  g_string_append_printf (tip, "\n%s: %s", what, n);
  if (ceiling != NULL && limit != PKC_COUNT_NONE && limit > 0)
    {
      g_autofree char *lim = pkc_format_count (limit);
      g_autofree char *res = pkc_strength_resolution_label (ceiling);
      g_autofree char *pct = pkc_format_percent ((double) value / limit);

      g_string_append (tip, "\n");
      if (s == PKC_STRENGTH_TOTAL)
        /* Translators: tooltip line; %s the military + police ceiling, then "Res. 2295" */
        g_string_append_printf (tip, _("Uniformed ceiling in force: %s (%s)"), lim, res);
      else
        /* Translators: tooltip line; %s the ceiling, then "Res. 2295" */
        g_string_append_printf (tip, _("Ceiling in force: %s (%s)"), lim, res);
      g_string_append (tip, "\n");
      /* Translators: tooltip line; %s is a percentage ("89%") */
      g_string_append_printf (tip, _("%s of ceiling"), pct);
    }
  else
    g_string_append_printf (tip, "\n%s", _("No ceiling in force"));
  g_string_append (tip, "\n");
  /* Translators: tooltip line: the observation's scope and confidence (free text) */
  g_string_append_printf (tip, _("Scope: %s · Confidence: %s"), pkc_data_term_scope (o->scope),
                          pkc_data_term_confidence (o->confidence));
  if (!o->preferred)
    g_string_append_printf (tip, "\n%s", _("Not preferred: a conflicting figure for the same period"));
  g_string_append (tip, "\n");
  /* Translators: tooltip line; %s is the source's title */
  g_string_append_printf (tip, _("Source: %s"), src);
  return g_string_free (tip, FALSE);
}

void
pkc_strength_layout_observations (Ctx               *ctx,
                                  PkcStrengthSeries  s,
                                  GArray            *points,
                                  GPtrArray         *source_ids)
{
  GPtrArray *observations = pkc_dataset_get_observations (ctx->dataset);
  double size = ctx->frame.font * 0.62;
  const PkcPaint paint = *pkc_strength_series_paint (s);

  if (!ctx->visible[s])
    return;

  /* Hold segments first: a report's value is held until the next preferred report of the
   * same series, with a gap before it and no riser, so no trend is drawn between reports. */
  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);
      double end = s == PKC_STRENGTH_TOTAL ? -1 : hold_end (points, i);
      double y = pkc_snap (pkc_value_axis_y (&ctx->axis, &ctx->plot, p->value));

      /* Totals of different scopes are never carried forward into each other. */
      if (end > 0)
        {
          double xb = MIN (end, ctx->plot.x + ctx->plot.width) - size * 0.5;
          PkcPoint seg[] = { { p->x + size * 0.7, y }, { xb, y } };

          if (xb > seg[0].x + 1)
            pkc_scene_add_line (ctx->scene, seg, 2, 1.5, pkc_paint_alpha (paint.role, paint.index, 0.6));
        }
      if (p->x_to - p->x_from > 2)
        {
          /* The date is a month or a year: show the span it could be anywhere in. */
          PkcPoint span[] = { { p->x_from, y }, { p->x_to, y } };
          PkcPoint cap_a[] = { { pkc_snap (p->x_from), y - 3 }, { pkc_snap (p->x_from), y + 3 } };
          PkcPoint cap_b[] = { { pkc_snap (p->x_to), y - 3 }, { pkc_snap (p->x_to), y + 3 } };

          PkcBox bar = { p->x_from - 1, y - 4, p->x_to - p->x_from + 2, 8 };

          pkc_scene_add_line (ctx->scene, span, 2, 1, paint);
          pkc_scene_add_line (ctx->scene, cap_a, 2, 1, paint);
          pkc_scene_add_line (ctx->scene, cap_b, 2, 1, paint);
          pkc_label_set_add (&ctx->marks, &bar);
        }
    }

  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);
      const PkcObservation *o = g_ptr_array_index (observations, p->index);
      double y = pkc_value_axis_y (&ctx->axis, &ctx->plot, p->value);
      guint m = pkc_scene_add_marker (ctx->scene, pkc_strength_series_shape[s], p->x, y, size, paint, p->preferred);
      /* The drawn shape reaches at most 0.6 × size from its centre, plus its stroke. */
      PkcBox mark = { p->x - size * 0.6 - 1, y - size * 0.6 - 1, size * 1.2 + 2, size * 1.2 + 2 };
      int hit = pkc_scene_add_hit (ctx->scene, p->x - size, y - size, 2 * size, 2 * size, p->x, y,
                                   observation_tooltip (ctx, o, s, p->value));

      pkc_scene_hit_mut (ctx->scene, hit)->series = s;
      pkc_scene_hit_mut (ctx->scene, hit)->item = (int) p->index;
      pkc_scene_prim (ctx->scene, m)->hit = hit;
      pkc_label_set_add (&ctx->marks, &mark);
      pkc_source_ids_add (source_ids, o->source);
    }
}

/* The gap between held deployed military strength and the military ceiling, shaded. */
void
pkc_strength_layout_gap (Ctx       *ctx,
                         GArray    *military,
                         GPtrArray *ceilings)
{
  if (!ctx->visible[PKC_STRENGTH_MILITARY] || !ctx->visible[PKC_STRENGTH_MILITARY_CEILING])
    return;

  for (guint i = 0; i < military->len; i++)
    {
      const Point *p = &g_array_index (military, Point, i);
      double xa = p->x, xb = hold_end (military, i);

      if (xb < 0)
        continue;

      /* Split the held span at each ceiling step inside it. */
      for (guint c = 0; c < ceilings->len; c++)
        {
          const PkcCeiling *ceiling = g_ptr_array_index (ceilings, c);
          double ca, cb, a, b, y0, y1;

          if (ceiling->military == PKC_COUNT_NONE)
            continue;
          ca = pkc_time_map_date_x (&ctx->map, &ceiling->effective);
          cb = pkc_time_map_x (&ctx->map, pkc_strength_ceiling_end (ctx, ceilings, c));
          a = MAX (xa, ca);
          b = MIN (xb, cb);
          if (b <= a)
            continue;
          y0 = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, ceiling->military));
          y1 = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, p->value));
          pkc_scene_add_rect (ctx->scene, round (a), MIN (y0, y1), round (b) - round (a),
                              fabs (y1 - y0), pkc_paint (PKC_ROLE_SHADING, 0));
        }
    }
}

/* Stretches of a year or more with no deployed-strength report of any kind: a bracket on the
 * time axis and words, so that the empty years read as unknown, not as a trend. */
#define NO_REPORT_DAYS 365

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

void
pkc_strength_layout_report_gaps (Ctx *ctx)
{
  GPtrArray *observations = pkc_dataset_get_observations (ctx->dataset);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  double y = pkc_snap (ctx->plot.y + ctx->plot.height) - 6;

  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (observations, i);
      guint32 span[2];

      pkc_strength_observation_span (ctx->dataset, &o->date, &span[0], &span[1]);
      g_array_append_val (days, span);
    }
  g_array_sort (days, compare_guint32);
  /* The years before the first report count too (a predecessor's years, say). */
  if (days->len > 0)
    {
      guint32 lead[2] = { ctx->map.j0, ctx->map.j0 };

      g_array_prepend_val (days, lead);
    }
  for (guint i = 1; i < days->len; i++)
    {
      guint32 from = g_array_index (days, guint32, (i - 1) * 2 + 1);
      guint32 to = g_array_index (days, guint32, i * 2);
      double xa, xb;
      PkcPoint bracket[4];
      PkcBox tb;

      /* The latest end so far: a month-dated report may reach past the next day-dated one. */
      for (guint k = 0; k < i; k++)
        from = MAX (from, g_array_index (days, guint32, k * 2 + 1));
      if (to <= from || to - from < NO_REPORT_DAYS)
        continue;
      xa = pkc_snap (pkc_time_map_x (&ctx->map, from + 1));
      xb = pkc_snap (pkc_time_map_x (&ctx->map, to));
      bracket[0] = (PkcPoint) { xa, y - 3 };
      bracket[1] = (PkcPoint) { xa, y };
      bracket[2] = (PkcPoint) { xb, y };
      bracket[3] = (PkcPoint) { xb, y - 3 };
      pkc_scene_prim (ctx->scene, pkc_scene_add_line (ctx->scene, bracket, 4, 1,
                                                      pkc_paint (PKC_ROLE_MUTED, 0)))->dash = 2;
      /* Translators: under the strength chart, over years with no deployed-strength figure */
      tb = pkc_text_box (_("no strength reported"), (xa + xb) / 2, y - 3, ctx->frame.small * 0.9,
                         PANGO_WEIGHT_NORMAL, 0.5, 1);
      if (tb.x >= xa && tb.x + tb.width <= xb && pkc_label_set_fits (&ctx->marks, &tb, 1) &&
          pkc_label_set_try (&ctx->labels, &tb, 1))
        pkc_scene_add_text (ctx->scene, _("no strength reported"), tb.x, tb.y, ctx->frame.small * 0.9,
                            PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
    }
}

/* Every observation's military, police and (alone) total figure as points, in date order. */
void
pkc_strength_collect_points (Ctx *ctx)
{
  for (guint i = 0; i < ctx->n_obs; i++)
    {
      const PkcObservation *o = g_ptr_array_index (ctx->observations, i);

      if (o->military != PKC_COUNT_NONE)
        add_point (ctx->mil, ctx, &o->date, o->military, o->preferred, i);
      if (o->police != PKC_COUNT_NONE)
        add_point (ctx->pol, ctx, &o->date, o->police, o->preferred, i);
      if (o->total != PKC_COUNT_NONE && o->military == PKC_COUNT_NONE && o->police == PKC_COUNT_NONE)
        add_point (ctx->tot, ctx, &o->date, o->total, o->preferred, i);
    }
  g_array_sort (ctx->mil, compare_points);
  g_array_sort (ctx->pol, compare_points);
  g_array_sort (ctx->tot, compare_points);
}
