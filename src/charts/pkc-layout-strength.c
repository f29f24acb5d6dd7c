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
#include "pkc-layout-private.h"
#include "pkc-sources-private.h"
#include "pkc-text-measure.h"

typedef struct {
  double   x;          /* centre of the date's precision span */
  double   x_from;     /* the span itself (a day: x_from == x_to) */
  double   x_to;
  int      value;
  gboolean preferred;
  gboolean holds;      /* preferred and dated to the day or month */
  double   x_hold;     /* where holding stops at the latest (HOLD_DAYS after the date) */
  guint    index;      /* into the dataset's observations */
} Point;

/* A report is carried forward until the next one, but never more than about six months: a
 * 2013 figure says nothing about 2015. Year-only dates are not carried at all. */
#define HOLD_DAYS 183

typedef struct {
  PkcDataset    *dataset;
  PkcScene      *scene;
  PkcFrame       frame;
  PkcTimeMap     map;
  PkcValueAxis   axis;
  PkcBox         plot;
  PkcLabelSet    labels;
  PkcLabelSet    marks;       /* markers, date bars and ceiling steps: kept clear of labels */
  guint32        j_end;       /* mission end: where the last ceiling stops at the latest */
  gboolean       visible[PKC_N_STRENGTH_SERIES];
} Ctx;

static const PkcPaint *
series_paint (PkcStrengthSeries series)
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

static const PkcMarkerShape series_shape[PKC_N_STRENGTH_SERIES] = {
  PKC_MARKER_CIRCLE, PKC_MARKER_CIRCLE, PKC_MARKER_CIRCLE, PKC_MARKER_DIAMOND,
  PKC_MARKER_SQUARE, PKC_MARKER_TRIANGLE,
};

/* The julian days a date covers: a day, a whole month or a whole year. */
static void
date_span (const PkcDate *date,
           guint32       *from,
           guint32       *to)
{
  PkcDate end = *date;

  *from = pkc_date_to_julian (date);
  switch (date->precision)
    {
    case PKC_DATE_PRECISION_YEAR:
      end.year++;
      end.month = 1;
      end.day = 1;
      break;
    case PKC_DATE_PRECISION_MONTH:
      end.month++;
      if (end.month > 12)
        {
          end.month = 1;
          end.year++;
        }
      end.day = 1;
      break;
    case PKC_DATE_PRECISION_DAY:
    case PKC_DATE_PRECISION_NONE:
    default:
      *to = *from;
      return;
    }
  end.precision = PKC_DATE_PRECISION_DAY;
  *to = pkc_date_to_julian (&end) - 1;
}

/* The days an observation can be from: its date's span, but never before the mission began
 * or after it ended (a figure dated only "2013" for a mission set up in April 2013). */
static void
observation_span (PkcDataset    *dataset,
                  const PkcDate *date,
                  guint32       *from,
                  guint32       *to)
{
  PkcDate start = pkc_dataset_get_start (dataset);
  PkcDate end = pkc_dataset_get_end (dataset);

  date_span (date, from, to);
  if (pkc_date_is_set (&start))
    {
      guint32 first = pkc_date_to_julian (&start);

      if (first > *from && first <= *to)
        *from = first;
    }
  if (pkc_date_is_set (&end))
    {
      guint32 end_from, last;

      date_span (&end, &end_from, &last);
      if (last < *to && last >= *from)
        *to = last;
    }
}

static int
ceiling_value (const PkcCeiling *c,
               gboolean          police)
{
  return police ? c->police : c->military;
}

/* Where ceiling @i stops: the next one's start, else its mandate end, else the mission end. */
static guint32
ceiling_end (Ctx       *ctx,
             GPtrArray *ceilings,
             guint      i)
{
  const PkcCeiling *c = g_ptr_array_index (ceilings, i);

  if (i + 1 < ceilings->len)
    return pkc_date_to_julian (&((const PkcCeiling *) g_ptr_array_index (ceilings, i + 1))->effective);
  if (pkc_date_is_set (&c->mandate_until))
    return pkc_date_to_julian (&c->mandate_until) + 1;
  return ctx->j_end;
}

static gboolean
is_later_step (const PkcCeiling *c)
{
  return pkc_date_compare (&c->effective, &c->adopted) != 0;
}

static char *
resolution_label (const PkcCeiling *c)
{
  if (is_later_step (c))
    {
      g_autofree char *from = pkc_format_month_year (&c->effective);

      /* Translators: a resolution's later step on a chart: number, then a month ("Res. 2717
       * from July 2024") */
      return g_strdup_printf (_("Res. %u from %s"), c->resolution, from);
    }
  /* Translators: a Security Council resolution on a chart, %u is its number ("Res. 2295") */
  return g_strdup_printf (_("Res. %u"), c->resolution);
}

/* The adoption date, and from when the figures apply when that is later. */
static char *
adoption_text (const PkcCeiling *c)
{
  g_autofree char *adopted = pkc_format_date (&c->adopted);
  g_autofree char *effective = NULL;

  if (!is_later_step (c))
    return g_steal_pointer (&adopted);
  effective = pkc_format_date (&c->effective);
  /* Translators: in a ceiling tooltip after "adopted": two dates ("19 December 2023, in
   * force from 1 July 2024") */
  return g_strdup_printf (_("%s, in force from %s"), adopted, effective);
}

static void
layout_ceilings (Ctx       *ctx,
                 GPtrArray *ceilings,
                 gboolean   police)
{
  PkcStrengthSeries s = police ? PKC_STRENGTH_POLICE_CEILING : PKC_STRENGTH_MILITARY_CEILING;
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));

  if (!ctx->visible[s])
    return;

  for (guint i = 0; i <= ceilings->len; i++)
    {
      const PkcCeiling *c = i < ceilings->len ? g_ptr_array_index (ceilings, i) : NULL;
      int v = c ? ceiling_value (c, police) : PKC_COUNT_NONE;

      if (v == PKC_COUNT_NONE && c != NULL && pts->len > 1)
        {
          /* The resolution that ends the ceiling: a tooltip where the line stops, so that it
           * is there even when its label is not. */
          const PkcPoint *end = &g_array_index (pts, PkcPoint, pts->len - 1);
          g_autofree char *res = resolution_label (c);
          g_autofree char *date = adoption_text (c);
          const char *none = C_("ceiling", "none");
          g_autofree char *mil = c->military != PKC_COUNT_NONE ? pkc_format_count (c->military) : g_strdup (none);
          g_autofree char *pol = c->police != PKC_COUNT_NONE ? pkc_format_count (c->police) : g_strdup (none);
          g_autofree char *src = pkc_source_title (ctx->dataset, c->source);
          int hit = pkc_scene_add_hit (ctx->scene, end->x - 4, end->y - 6, 8, 12, end->x, end->y,
                                       g_strdup_printf (_("%s, adopted %s\nMilitary ceiling: %s\nPolice ceiling: %s\nSource: %s"),
                                                        res, date, mil, pol, src));

          pkc_scene_hit_mut (ctx->scene, hit)->series = s;
          pkc_scene_hit_mut (ctx->scene, hit)->item = (int) i;
        }
      if (v == PKC_COUNT_NONE)
        {
          /* No ceiling in this span (or the end): flush the step line so far. */
          if (pts->len > 1)
            {
              guint p = pkc_scene_add_line (ctx->scene, (PkcPoint *) pts->data, pts->len, 2,
                                            *series_paint (s));

              pkc_scene_prim (ctx->scene, p)->dash = police ? 5 : 0;
            }
          g_array_set_size (pts, 0);
          continue;
        }
      {
        double xa = pkc_time_map_date_x (&ctx->map, &c->effective);
        double xb = pkc_time_map_x (&ctx->map, ceiling_end (ctx, ceilings, i));
        /* Odd-width-free 2 px lines sit on whole pixels. */
        double y = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, v));
        PkcPoint a = { round (xa), y }, b = { round (xb), y };
        g_autofree char *res = resolution_label (c);
        g_autofree char *date = adoption_text (c);
        /* Translators: in "Police ceiling: none" (a resolution that sets no such ceiling) */
        const char *none = C_("ceiling", "none");
        g_autofree char *mil = c->military != PKC_COUNT_NONE ? pkc_format_count (c->military) : g_strdup (none);
        g_autofree char *pol = c->police != PKC_COUNT_NONE ? pkc_format_count (c->police) : g_strdup (none);
        g_autofree char *src = pkc_source_title (ctx->dataset, c->source);
        int hit;

        g_array_append_val (pts, a);
        g_array_append_val (pts, b);
        {
          PkcBox seg = { a.x, y - 1, MAX (b.x - a.x, 1), 2 };
          PkcBox riser = { a.x - 1, 0, 2, 0 };

          pkc_label_set_add (&ctx->marks, &seg);
          if (pts->len > 2)
            {
              /* The riser from the previous step. */
              double py = g_array_index (pts, PkcPoint, pts->len - 3).y;

              riser.y = MIN (py, y);
              riser.height = fabs (py - y);
              pkc_label_set_add (&ctx->marks, &riser);
            }
        }
        hit = pkc_scene_add_hit (ctx->scene, a.x, y - 4, MAX (b.x - a.x, 1), 8, a.x, y,
                                 /* Translators: ceiling tooltip: resolution, adoption date,
                                  * military and police ceilings, source */
                                 g_strdup_printf (_("%s, adopted %s\nMilitary ceiling: %s\nPolice ceiling: %s\nSource: %s"),
                                                  res, date, mil, pol, src));
        pkc_scene_hit_mut (ctx->scene, hit)->series = s;
        pkc_scene_hit_mut (ctx->scene, hit)->item = (int) i;
      }
    }
}

/* Tries @text at each candidate place around the step at (@x, @y), in order; adds it and
 * returns TRUE at the first that stays in the plot, clear of other labels and of the marks. */
static gboolean
place_resolution_label (Ctx        *ctx,
                        const char *text,
                        double      x,
                        double      y,
                        gboolean    at_end,
                        double      row_h)
{
  /* Offsets from the step: x side (+1 right, -1 left), y (above by rows, or below), valign. */
  static const struct { double side, dy_rows, valign; gboolean end_only; } places[] = {
    { +1, 0, 0.5, TRUE },     /* where the line stops, on its level */
    { +1, 0, 1, FALSE },      /* above the step, right of it */
    { -1, 0, 1, FALSE },      /* above, left */
    { +1, 0, 0, FALSE },      /* below the step */
    { -1, 0, 0, FALSE },
    { +1, 1, 1, FALSE },      /* a row higher, then two */
    { -1, 1, 1, FALSE },
    { +1, 2, 1, FALSE },
    { -1, 2, 1, FALSE },
  };
  double right = ctx->plot.x + ctx->plot.width, bottom = ctx->plot.y + ctx->plot.height;

  for (guint k = 0; k < G_N_ELEMENTS (places); k++)
    {
      double tx = x + places[k].side * (at_end && places[k].end_only ? 5 : 3);
      double ty;
      PkcBox box;

      if (places[k].end_only && !at_end)
        continue;
      if (places[k].valign == 0.5)
        ty = y;
      else if (places[k].valign == 1)
        ty = y - 4 - places[k].dy_rows * row_h;
      else
        ty = y + 4;
      box = pkc_text_box (text, tx, ty, ctx->frame.small, PANGO_WEIGHT_NORMAL,
                          places[k].side > 0 ? 0 : 1, places[k].valign);
      if (box.x < ctx->plot.x || box.x + box.width > right ||
          box.y < ctx->plot.y - row_h * 0.2 || box.y + box.height > bottom)
        continue;
      if (!pkc_label_set_fits (&ctx->marks, &box, 1) || !pkc_label_set_fits (&ctx->labels, &box, 3))
        continue;
      pkc_label_set_add (&ctx->labels, &box);
      pkc_scene_add_text (ctx->scene, text, box.x, box.y, ctx->frame.small,
                          PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
      return TRUE;
    }
  return FALSE;
}

/* Resolution numbers at the steps: those that changed a ceiling first, then the others. Each
 * goes where it covers no marker, date bar, step or other text; in a narrow plot a shorter
 * form ("2690") is tried before the label is dropped (the step's tooltip names it anyway). */
static void
layout_resolution_labels (Ctx       *ctx,
                          GPtrArray *ceilings)
{
  gboolean police = !ctx->visible[PKC_STRENGTH_MILITARY_CEILING];
  gboolean narrow = ctx->plot.width < 600;
  double row_h;

  if (!ctx->visible[PKC_STRENGTH_MILITARY_CEILING] && !ctx->visible[PKC_STRENGTH_POLICE_CEILING])
    return;
  pkc_text_measure ("Ag", ctx->frame.small, PANGO_WEIGHT_NORMAL, NULL, &row_h);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ceilings->len; i++)
      {
        const PkcCeiling *c = g_ptr_array_index (ceilings, i);
        const PkcCeiling *prev = i > 0 ? g_ptr_array_index (ceilings, i - 1) : NULL;
        int v = ceiling_value (c, police);
        gboolean changed = prev == NULL || ceiling_value (prev, police) != v ||
                           c->military != prev->military || c->police != prev->police;
        g_autofree char *res = resolution_label (c);
        g_autofree char *number = g_strdup_printf ("%u", c->resolution);
        g_autofree char *ended = NULL;
        const char *forms[3] = { NULL };
        guint n_forms = 0;
        double x = round (pkc_time_map_date_x (&ctx->map, &c->effective));
        gboolean at_end = FALSE;
        double y;

        if (changed != (pass == 0))
          continue;
        if (v == PKC_COUNT_NONE)
          {
            /* The resolution that ended the ceiling: say so where the line stops. */
            /* Translators: where the troop ceiling ends; %s is "Res. 2690" */
            ended = g_strdup_printf (_("%s: no ceiling"), res);
            forms[n_forms++] = ended;
            at_end = prev && ceiling_value (prev, police) != PKC_COUNT_NONE;
            y = at_end ? round (pkc_value_axis_y (&ctx->axis, &ctx->plot, ceiling_value (prev, police)))
                       : ctx->plot.y + row_h;
          }
        else
          y = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, v));
        if (v != PKC_COUNT_NONE || narrow)
          forms[n_forms++] = res;
        if (narrow)
          forms[n_forms++] = number;

        for (guint f = 0; f < n_forms; f++)
          if (place_resolution_label (ctx, forms[f], x, y, at_end, row_h))
            break;
      }
}

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

  observation_span (ctx->dataset, date, &from, &to);
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
      g_autofree char *res = resolution_label (ceiling);
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

static void
layout_observations (Ctx               *ctx,
                     PkcStrengthSeries  s,
                     GArray            *points,
                     GPtrArray         *source_ids)
{
  GPtrArray *observations = pkc_dataset_get_observations (ctx->dataset);
  double size = ctx->frame.font * 0.62;
  const PkcPaint paint = *series_paint (s);

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
      guint m = pkc_scene_add_marker (ctx->scene, series_shape[s], p->x, y, size, paint, p->preferred);
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
static void
layout_gap (Ctx       *ctx,
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
          cb = pkc_time_map_x (&ctx->map, ceiling_end (ctx, ceilings, c));
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

static guint
confidence_rank (const char *confidence)
{
  static const char *const order[] = { "high", "medium-high", "medium", "low-medium", "low" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (confidence, order[i]) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

/* Ceilings, deployed strength and departures each rest on several documents: count them by
 * role, with the range of confidence of the strength figures. */
static char *
strength_source_line (PkcDataset *dataset)
{
  static const char *const order[] = { "high", "medium-high", "medium", "low-medium", "low" };
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
  GPtrArray *observations = pkc_dataset_get_observations (dataset);
  GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_ceil = ceilings ? ceilings->len : 0;
  guint best = G_N_ELEMENTS (order), worst = 0;

  if (n_ceil > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < n_ceil; i++)
        pkc_source_ids_add (ids, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
      n = pkc_source_set_text (dataset, ids);
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: part of the line under the strength chart; %s is "14 sources" */
                                                            "ceilings: %u Security Council resolution (%s)",
                                                            "ceilings: %u Security Council resolutions (%s)",
                                                            n_ceil), n_ceil, n));
      for (guint i = 0; i < n_ceil; i++)
        pkc_source_ids_add (all, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
    }
  if (observations != NULL && observations->len > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < observations->len; i++)
        {
          const PkcObservation *o = g_ptr_array_index (observations, i);
          guint r = confidence_rank (o->confidence);

          pkc_source_ids_add (ids, o->source);
          pkc_source_ids_add (all, o->source);
          if (r < G_N_ELEMENTS (order))
            {
              best = MIN (best, r);
              worst = MAX (worst, r);
            }
        }
      n = pkc_source_set_text (dataset, ids);
      if (best < G_N_ELEMENTS (order) && best != worst)
        /* Translators: part of the line under the strength chart: "14 sources", then two
         * confidence levels ("high", "low") */
        g_ptr_array_add (parts, g_strdup_printf (_("deployed strength: %s, confidence from %s to %s"),
                                                 n, pkc_data_term_confidence (order[best]),
                                                 pkc_data_term_confidence (order[worst])));
      else
        /* Translators: part of the line under the strength chart; %s is "14 sources" */
        g_ptr_array_add (parts, g_strdup_printf (_("deployed strength: %s"), n));
    }
  if (drawdowns != NULL && drawdowns->len > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < drawdowns->len; i++)
        {
          pkc_source_ids_add (ids, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
          pkc_source_ids_add (all, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
        }
      n = pkc_source_set_text (dataset, ids);
      /* Translators: part of the line under the strength chart; %s is "5 sources" */
      g_ptr_array_add (parts, g_strdup_printf (_("withdrawal: %s"), n));
    }
  return pkc_source_summary (parts, all->len > 1,
                             all->len > 1
                             /* Translators: the end of the line under the strength chart */
                             ? _(" — each figure's source is in its tooltip") : NULL);
}

/* The note under the legend that explains the marker styles, made of whole clauses. It takes
 * up to two lines, more when the chart is tall; when the full wording does not fit, a shorter
 * one is used, then trailing clauses are dropped (the tooltips say the same per figure: the
 * date's precision, "Not preferred", the ceiling in force). A clause is never cut. Returns
 * the height used. */
static double
layout_style_note (Ctx    *ctx,
                   double  y,
                   double  line_h)
{
  struct {
    const char *full, *brief;
  } clauses[5];
  guint n_clauses = 0;
  guint max_lines = ctx->frame.body.height >= 700 ? 4 : ctx->frame.body.height >= 440 ? 3 : 2;
  g_autoptr(GPtrArray) lines = NULL;
  double top = y;

  /* Translators: first clause of the note under the strength chart's legend (markers) */
  clauses[n_clauses++].full = _("Filled: preferred figure");
  clauses[n_clauses - 1].brief = clauses[n_clauses - 1].full;
  /* Translators: clause of the note under the strength chart's legend (markers) */
  clauses[n_clauses++].full = _("hollow: conflicting figure");
  clauses[n_clauses - 1].brief = clauses[n_clauses - 1].full;
  /* Translators: clause of the note under the strength chart's legend */
  clauses[n_clauses++].full = _("thin line: figure held until the next report (at most 6 months)");
  /* Translators: the same clause, shorter, for narrow windows */
  clauses[n_clauses - 1].brief = _("thin line: held up to 6 months");
  /* Translators: clause of the note under the strength chart's legend */
  clauses[n_clauses++].full = _("bar with end ticks: date known only to the month or year");
  /* Translators: the same clause, shorter, for narrow windows */
  clauses[n_clauses - 1].brief = _("bar: month or year only");
  if (ctx->visible[PKC_STRENGTH_MILITARY] && ctx->visible[PKC_STRENGTH_MILITARY_CEILING])
    {
      /* Translators: clause of the note under the strength chart's legend */
      clauses[n_clauses++].full = _("shading: gap to the military ceiling");
      /* Translators: the same clause, shorter, for narrow windows */
      clauses[n_clauses - 1].brief = _("shading: gap to ceiling");
    }

  /* Full wording with every clause, then the brief one with fewer and fewer clauses. */
  for (guint attempt = 0; attempt <= n_clauses; attempt++)
    {
      gboolean brief = attempt > 0;
      guint n = attempt == 0 ? n_clauses : n_clauses + 1 - attempt;
      GString *note = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            /* Translators: separates the clauses of the note under the strength chart's legend */
            g_string_append (note, _(" · "));
          g_string_append (note, brief ? clauses[i].brief : clauses[i].full);
        }
      g_clear_pointer (&lines, g_ptr_array_unref);
      lines = pkc_text_wrap (note->str, ctx->frame.small, PANGO_WEIGHT_NORMAL, ctx->frame.body.width);
      g_string_free (note, TRUE);
      if (lines->len <= max_lines)
        break;
    }
  if (lines->len > max_lines)
    {
      /* Not even the first clause fits: cut it, visibly. */
      g_autofree char *last = g_strconcat (g_ptr_array_index (lines, max_lines - 1), " …", NULL);

      g_ptr_array_set_size (lines, max_lines - 1);
      g_ptr_array_add (lines, pkc_text_ellipsize (last, ctx->frame.small, PANGO_WEIGHT_NORMAL,
                                                  ctx->frame.body.width));
    }

  y += ctx->frame.small * 0.2;
  for (guint i = 0; i < lines->len; i++)
    {
      pkc_scene_add_text (ctx->scene, g_ptr_array_index (lines, i), ctx->frame.body.x, y,
                          ctx->frame.small, PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
      y += line_h;
    }
  return y - top;
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

static void
layout_report_gaps (Ctx *ctx)
{
  GPtrArray *observations = pkc_dataset_get_observations (ctx->dataset);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  double y = pkc_snap (ctx->plot.y + ctx->plot.height) - 6;

  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (observations, i);
      guint32 span[2];

      observation_span (ctx->dataset, &o->date, &span[0], &span[1]);
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

/* Where ceilings begin before the mission (a predecessor's resolutions), a dashed line at
 * the mission's start with its name and date, so the two missions' steps read apart. */
static void
layout_mission_start (Ctx       *ctx,
                      GPtrArray *ceilings)
{
  PkcDate start = pkc_dataset_get_start (ctx->dataset);
  g_autofree char *date = NULL, *text = NULL;
  gboolean earlier = FALSE;
  double x;
  PkcBox tb;
  guint p;

  for (guint i = 0; ceilings != NULL && i < ceilings->len; i++)
    earlier |= pkc_date_compare (&((const PkcCeiling *) g_ptr_array_index (ceilings, i))->effective,
                                 &start) < 0;
  if (!pkc_date_is_set (&start) || !earlier)
    return;
  x = pkc_snap (pkc_time_map_date_x (&ctx->map, &start));
  {
    PkcPoint seg[] = { { x, ctx->plot.y }, { x, ctx->plot.y + ctx->plot.height } };

    p = pkc_scene_add_line (ctx->scene, seg, 2, 1, pkc_paint (PKC_ROLE_EVENT, 0));
    pkc_scene_prim (ctx->scene, p)->dash = 3;
  }
  date = pkc_format_date (&start);
  /* Translators: beside the line where the mission begins: acronym, date ("ABCD from 1 July
   * 2013"); the resolutions left of it are an earlier mission's */
  text = g_strdup_printf (_("%s from %s"), pkc_dataset_get_acronym (ctx->dataset), date);
  tb = pkc_text_box (text, x + 4, ctx->plot.y + ctx->plot.height * 0.5, ctx->frame.small,
                     PANGO_WEIGHT_NORMAL, 0, 0.5);
  if (pkc_label_set_fits (&ctx->marks, &tb, 1) && pkc_label_set_try (&ctx->labels, &tb, 1))
    pkc_scene_add_text (ctx->scene, text, tb.x, tb.y, ctx->frame.small, PANGO_WEIGHT_NORMAL,
                        0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  pkc_scene_add_hit (ctx->scene, x - 3, ctx->plot.y, 6, ctx->plot.height, x, ctx->plot.y,
                     g_steal_pointer (&text));
}

PkcScene *
pkc_layout_strength (PkcDataset            *dataset,
                     double                 width,
                     double                 height,
                     const PkcChartOptions *options)
{
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
  GPtrArray *observations = pkc_dataset_get_observations (dataset);
  GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) mil = g_array_new (FALSE, FALSE, sizeof (Point));
  g_autoptr(GArray) pol = g_array_new (FALSE, FALSE, sizeof (Point));
  g_autoptr(GArray) tot = g_array_new (FALSE, FALSE, sizeof (Point));
  g_autofree char *title = NULL, *subtitle = NULL, *source_line = NULL;
  g_autofree char *from_label = NULL, *to_label = NULL;
  guint n_ceil = ceilings ? ceilings->len : 0;
  guint n_obs = observations ? observations->len : 0;
  guint n_draw = drawdowns ? drawdowns->len : 0;
  PkcLegendEntry legend[PKC_N_STRENGTH_SERIES];
  gboolean present[PKC_N_STRENGTH_SERIES] = { FALSE };
  guint n_legend = 0;
  guint32 j0 = G_MAXUINT32, j1 = 0;
  double max_value = 0, y, text_h, axis_h, right, bottom;
  PkcBox panel = { 0 };
  Ctx ctx = { 0 };

  if (n_ceil + n_obs + n_draw == 0)
    return pkc_layout_empty (PKC_CHART_STRENGTH, width, height, options,
                             _("This dataset has no troop strength or ceiling records"));

  ctx.dataset = dataset;
  ctx.scene = pkc_scene_new (PKC_CHART_STRENGTH, width, height);
  pkc_label_set_init (&ctx.labels);
  pkc_label_set_init (&ctx.marks);

  /* The time range: the mission, widened to every dated record. */
#define WIDEN(date) G_STMT_START { guint32 a_, b_; date_span ((date), &a_, &b_); \
    j0 = MIN (j0, a_); j1 = MAX (j1, b_ + 1); } G_STMT_END
  {
      PkcDate start = pkc_dataset_get_start (dataset), end = pkc_dataset_get_end (dataset);

      if (pkc_date_is_set (&start))
        WIDEN (&start);
      if (pkc_date_is_set (&end))
        WIDEN (&end);
    }
  for (guint i = 0; i < n_ceil; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ceilings, i);

      WIDEN (&c->adopted);
      WIDEN (&c->effective);
      if (c->military != PKC_COUNT_NONE)
        {
          max_value = MAX (max_value, c->military);
          present[PKC_STRENGTH_MILITARY_CEILING] = TRUE;
        }
      if (c->police != PKC_COUNT_NONE)
        {
          max_value = MAX (max_value, c->police);
          present[PKC_STRENGTH_POLICE_CEILING] = TRUE;
        }
      pkc_source_ids_add (source_ids, c->source);
    }
  for (guint i = 0; i < n_obs; i++)
    {
      const PkcObservation *o = g_ptr_array_index (observations, i);
      guint32 from, to;

      observation_span (dataset, &o->date, &from, &to);
      j0 = MIN (j0, from);
      j1 = MAX (j1, to + 1);
      if (o->military != PKC_COUNT_NONE)
        present[PKC_STRENGTH_MILITARY] = TRUE;
      if (o->police != PKC_COUNT_NONE)
        present[PKC_STRENGTH_POLICE] = TRUE;
      if (o->total != PKC_COUNT_NONE && o->military == PKC_COUNT_NONE && o->police == PKC_COUNT_NONE)
        present[PKC_STRENGTH_TOTAL] = TRUE;
      max_value = MAX (max_value, MAX (o->military, MAX (o->police, o->total)));
    }
  for (guint i = 0; i < n_draw; i++)
    {
      const PkcDrawdown *d = g_ptr_array_index (drawdowns, i);

      /* Departures are not a strength: their own panel, their own axis. */
      present[PKC_STRENGTH_DRAWDOWN] = d != NULL;
    }
#undef WIDEN
  for (guint s = 0; s < PKC_N_STRENGTH_SERIES; s++)
    ctx.visible[s] = present[s] && !(options->hidden_series & (1u << s));
  ctx.j_end = j1;

  {
    PkcDate a = pkc_date_from_julian (j0), b = pkc_date_from_julian (j1 - 1);

    from_label = pkc_format_month_year (&a);
    to_label = pkc_format_month_year (&b);
  }

  /* Translators: chart title; %s is the mission acronym */
  title = g_strdup_printf (_("%s troop strength against authorised ceilings"),
                           pkc_dataset_get_acronym (dataset));
  {
    /* Translators: chart subtitle, a date range */
    g_autofree char *range = g_strdup_printf (_("%s – %s"), from_label, to_label);

    /* The mission's full name as the other charts give it, except on a phone-sized chart:
     * there it would wrap over the lines the resolution labels need (the title keeps the
     * acronym). */
    subtitle = width >= 800 ? pkc_mission_subtitle (dataset, range) : g_strdup (range);
  }

  source_line = strength_source_line (dataset);
  if (options->sources_in_full)
    pkc_scene_cite_strength (ctx.scene, dataset, ctx.visible);
  pkc_frame_layout (ctx.scene, &ctx.frame, options, title, subtitle, source_line);

  {
    static const char *const names[PKC_N_STRENGTH_SERIES] = {
      N_("Military ceiling"), N_("Police ceiling"), N_("Military deployed"),
      N_("Police deployed"), N_("Other reported totals"), N_("Departed in 2023 withdrawal"),
    };

    for (guint s = 0; s < PKC_N_STRENGTH_SERIES; s++)
      if (present[s])
        legend[n_legend++] = (PkcLegendEntry) {
          .label = _(names[s]), .paint = *series_paint (s), .shape = series_shape[s],
          .line = s <= PKC_STRENGTH_POLICE_CEILING, .dash = s == PKC_STRENGTH_POLICE_CEILING ? 4 : 0,
          .hidden = !ctx.visible[s], .legend_index = (int) s,
        };
  }
  y = ctx.frame.body.y;
  y += pkc_legend_layout (ctx.scene, &ctx.frame, legend, n_legend, ctx.frame.body.x, y,
                          ctx.frame.body.width, &ctx.labels);
  pkc_text_measure ("Ag", ctx.frame.small, PANGO_WEIGHT_NORMAL, NULL, &text_h);
  y += layout_style_note (&ctx, y, text_h);
  y += ctx.frame.font * 0.4;
  /* Translators: heading of the strength chart's value axis: numbers of people */
  pkc_scene_add_text (ctx.scene, C_("axis", "Personnel"), ctx.frame.body.x, y, ctx.frame.small,
                      PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  y += text_h + ctx.frame.small * 0.2;

  pkc_value_axis_init (&ctx.axis, max_value, CLAMP ((guint) (ctx.frame.body.height / 40), 3, 10), TRUE);
  axis_h = ctx.frame.small * 0.5 + text_h + 2;
  ctx.plot.x = pkc_snap_edge (ctx.frame.body.x + pkc_value_axis_label_width (&ctx.axis, ctx.frame.small) +
                              ctx.frame.small * 0.6);
  right = ctx.frame.body.x + ctx.frame.body.width;
  bottom = ctx.frame.body.y + ctx.frame.body.height;
  if (ctx.visible[PKC_STRENGTH_DRAWDOWN])
    {
      /* The withdrawal panel: beside the main plot when there is room, below it on a phone. */
      if (ctx.frame.body.width >= 600)
        {
          double panel_w = CLAMP (ctx.frame.body.width * 0.22, 170, 340);

          panel = (PkcBox) { right - panel_w, y - text_h - ctx.frame.small * 0.2, panel_w, 0 };
          panel.height = bottom - panel.y;
          right -= panel_w + ctx.frame.font * 2;
        }
      else
        {
          double panel_h = MAX (150, (bottom - y) * 0.36);

          panel = (PkcBox) { ctx.frame.body.x, bottom - panel_h, ctx.frame.body.width, panel_h };
          bottom = panel.y - ctx.frame.font;
        }
    }
  ctx.plot.width = floor (right - ctx.plot.x);
  ctx.plot.y = y + text_h;   /* room for resolution labels above the top step */
  ctx.plot.height = MAX (10, bottom - axis_h - ctx.plot.y);
  ctx.map = (PkcTimeMap) { ctx.plot.x, ctx.plot.x + ctx.plot.width, j0, j1, 0, NULL };

  pkc_value_axis_layout (ctx.scene, &ctx.axis, &ctx.plot, ctx.frame.small,
                         ctx.plot.x - ctx.frame.small * 0.6, TRUE, TRUE, &ctx.labels);

  for (guint i = 0; i < n_obs; i++)
    {
      const PkcObservation *o = g_ptr_array_index (observations, i);

      if (o->military != PKC_COUNT_NONE)
        add_point (mil, &ctx, &o->date, o->military, o->preferred, i);
      if (o->police != PKC_COUNT_NONE)
        add_point (pol, &ctx, &o->date, o->police, o->preferred, i);
      if (o->total != PKC_COUNT_NONE && o->military == PKC_COUNT_NONE && o->police == PKC_COUNT_NONE)
        add_point (tot, &ctx, &o->date, o->total, o->preferred, i);
    }
  g_array_sort (mil, compare_points);
  g_array_sort (pol, compare_points);
  g_array_sort (tot, compare_points);

  layout_gap (&ctx, mil, ceilings);
  if (ceilings)
    {
      layout_ceilings (&ctx, ceilings, FALSE);
      layout_ceilings (&ctx, ceilings, TRUE);
    }
  layout_observations (&ctx, PKC_STRENGTH_TOTAL, tot, source_ids);
  layout_observations (&ctx, PKC_STRENGTH_POLICE, pol, source_ids);
  layout_observations (&ctx, PKC_STRENGTH_MILITARY, mil, source_ids);
  if (panel.width > 0)
    pkc_withdrawal_layout (ctx.scene, &ctx.frame, dataset, &panel, &ctx.labels);
  if (ceilings)
    layout_resolution_labels (&ctx, ceilings);
  layout_mission_start (&ctx, ceilings);
  layout_report_gaps (&ctx);
  pkc_time_axis_layout (ctx.scene, &ctx.frame, &ctx.map, &ctx.plot, 1, &ctx.labels);

  {
    int first_mil = PKC_COUNT_NONE, last_mil = PKC_COUNT_NONE, peak = 0;
    g_autofree char *desc = NULL, *a = NULL, *b = NULL;
    GString *d = g_string_new (NULL);

    for (guint i = 0; i < n_ceil; i++)
      {
        int v = ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->military;

        if (v == PKC_COUNT_NONE)
          continue;
        if (first_mil == PKC_COUNT_NONE)
          first_mil = v;
        last_mil = v;
      }
    for (guint i = 0; i < mil->len; i++)
      peak = MAX (peak, g_array_index (mil, Point, i).value);
    if (first_mil != PKC_COUNT_NONE)
      {
        a = pkc_format_count (first_mil);
        b = pkc_format_count (last_mil);
        /* Translators: screen-reader summary, first part: ceilings from %s to %s, then dates */
        g_string_append_printf (d, _("Military ceiling from %s to %s troops between %s and %s"),
                                a, b, from_label, to_label);
      }
    else
      /* Translators: screen-reader summary, first part when there is no ceiling: two dates */
      g_string_append_printf (d, _("Troop strength between %s and %s"), from_label, to_label);
    g_string_append_printf (d, g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: summary, second part */
                                            ", with %u deployed-strength report",
                                            ", with %u deployed-strength reports", n_obs), n_obs);
    if (peak > 0)
      {
        g_autofree char *p = pkc_format_count (peak);

        /* Translators: summary, third part */
        g_string_append_printf (d, _("; military deployment peaked at %s"), p);
      }
    if (n_draw > 0)
      g_string_append_printf (d, g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: summary, last part */
                                              "; %u withdrawal departure count in 2023",
                                              "; %u withdrawal departure counts in 2023", n_draw), n_draw);
    g_string_append (d, ".");
    desc = g_string_free (d, FALSE);
    pkc_scene_set_description (ctx.scene, desc);
  }

  pkc_label_set_clear (&ctx.labels);
  pkc_label_set_clear (&ctx.marks);
  return ctx.scene;
}
