/* pkc-axis.c — time and value axes: mapping, ticks and non-colliding labels
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-text-measure.h"
#include "pkc-ticks.h"

double
pkc_time_map_x (const PkcTimeMap *map,
                guint32           julian)
{
  if (map->n_periods > 0)
    {
      const guint32 *p = map->period_julian;
      guint lo = 0, hi = map->n_periods;
      double unit = (map->x1 - map->x0) / map->n_periods;

      if (julian <= p[0])
        return map->x0 - (double) (p[0] - julian) / (p[1] - p[0]) * unit;
      if (julian >= p[map->n_periods])
        return map->x1 + (double) (julian - p[map->n_periods]) /
                         (p[map->n_periods] - p[map->n_periods - 1]) * unit;
      /* The period containing @julian, then the fraction through it. */
      while (hi - lo > 1)
        {
          guint mid = (lo + hi) / 2;

          if (p[mid] <= julian)
            lo = mid;
          else
            hi = mid;
        }
      return map->x0 + (lo + (double) (julian - p[lo]) / (p[lo + 1] - p[lo])) * unit;
    }
  if (map->j1 == map->j0)
    return (map->x0 + map->x1) / 2;
  return map->x0 + ((double) julian - map->j0) / ((double) map->j1 - map->j0) * (map->x1 - map->x0);
}

double
pkc_time_map_date_x (const PkcTimeMap *map,
                     const PkcDate    *date)
{
  return pkc_time_map_x (map, pkc_date_to_julian (date));
}

void
pkc_time_map_clear (PkcTimeMap *map)
{
  g_clear_pointer (&map->period_julian, g_free);
}

static guint32
julian_ym (int year,
           int month)
{
  PkcDate d = { (guint16) year, (guint8) month, 1, PKC_DATE_PRECISION_DAY };

  return pkc_date_to_julian (&d);
}

/* How a step is labelled. Month modes with a year row show the year once, on a row of its
 * own, so months fit where "Jan 2019 Feb Mar …" would not and the axis need not fall back
 * to quarters. */
typedef enum {
  NAME_MONTH_INLINE,   /* "Jan 2019", "Feb", … (year on January and the first label) */
  NAME_MONTH,          /* "Jan", "Feb", … + year row */
  NAME_MONTH_INITIAL,  /* "J", "F", … + year row */
  NAME_QUARTER,        /* "Q1 2019", "Q2", … */
  NAME_YEAR,
} NameStyle;

typedef struct {
  guint     step;      /* months */
  NameStyle name;
} Mode;

/* Finest first. */
static const Mode time_modes[] = {
  { 1, NAME_MONTH_INLINE }, { 1, NAME_MONTH }, { 1, NAME_MONTH_INITIAL }, { 3, NAME_MONTH },
  { 3, NAME_QUARTER }, { 12, NAME_YEAR }, { 24, NAME_YEAR }, { 60, NAME_YEAR }, { 120, NAME_YEAR },
};

static gboolean
has_year_row (NameStyle name)
{
  return name == NAME_MONTH || name == NAME_MONTH_INITIAL;
}

static char *
time_label (const Mode    *mode,
            const PkcDate *date,
            gboolean       first)
{
  switch (mode->name)
    {
    case NAME_MONTH_INLINE:
      /* The year only on January and on the first label, as a reader expects. */
      return (first || date->month == 1) ? pkc_format_month_short_year (date)
                                         : pkc_format_month_short (date);
    case NAME_MONTH:
      return pkc_format_month_short (date);
    case NAME_MONTH_INITIAL:
      {
        /* The locale's month name cut to its first letter ("janv." → "J"). */
        g_autofree char *name = pkc_format_month_short (date);
        g_autofree char *first_char = g_utf8_substring (name, 0, 1);

        return g_utf8_strup (first_char, -1);
      }
    case NAME_QUARTER:
      return pkc_format_quarter (date, first || date->month == 1);
    case NAME_YEAR:
    default:
      return g_strdup_printf ("%u", (guint) date->year);
    }
}

/* The year row under month labels: each year centred on its visible span, where it fits;
 * and a longer tick at each new year, which separates them. */
static void
layout_year_row (PkcScene         *scene,
                 const PkcFrame   *frame,
                 const PkcTimeMap *map,
                 const PkcBox     *plot,
                 guint32           j_from,
                 guint32           j_to,
                 double            row_y,
                 double            axis_y,
                 GArray           *boxes,
                 GPtrArray        *texts)
{
  PkcDate from = pkc_date_from_julian (j_from);

  for (int year = from.year;; year++)
    {
      guint32 ja = julian_ym (year, 1), jb = julian_ym (year + 1, 1);
      double xa, xb;
      g_autofree char *text = NULL;
      PkcBox box;

      if (ja >= j_to)
        break;
      xa = pkc_time_map_x (map, MAX (ja, j_from));
      xb = pkc_time_map_x (map, MIN (jb, j_to));
      if (ja > j_from)
        {
          double tx = pkc_snap (xa);
          PkcPoint tick[] = { { tx, axis_y }, { tx, row_y + frame->small * 0.9 } };

          pkc_scene_add_line (scene, tick, 2, 1, pkc_paint (PKC_ROLE_AXIS, 0));
        }
      text = g_strdup_printf ("%d", year);
      box = pkc_text_box (text, (xa + xb) / 2, row_y, frame->small, PANGO_WEIGHT_NORMAL, 0.5, 0);
      /* A year whose span is too short for its label (a month at either end) goes without;
       * the next year's label dates the axis. */
      if (box.width > xb - xa - 4 || box.x < plot->x - frame->small || box.x + box.width > scene->width)
        continue;
      g_array_append_val (boxes, box);
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }
}

/* What the time axis' stages share: where it is and the dates it spans. */
typedef struct {
  PkcScene         *scene;
  const PkcFrame   *frame;
  const PkcTimeMap *map;
  const PkcBox     *plot;
  guint32           j_from, j_to;   /* the axis' first and end day (julian) */
  double            label_y;        /* the top of the first label row */
  double            label_h;        /* a label row's height */
  double            axis_y;         /* the baseline */
} TimeAxis;

/* Boxes @text for the step [@j, @jn) and keeps it in @boxes and @texts when it fits.
 * Returns FALSE when @mode is too fine: a label of a whole step would not fit. */
static gboolean
place_label (const TimeAxis *a,
             const Mode     *mode,
             guint32         j,
             guint32         jn,
             char          **text,
             GArray         *boxes,
             GPtrArray      *texts)
{
  const PkcFrame *frame = a->frame;
  /* Single units (a month, a quarter, a year) are labelled in the middle of their span;
   * multi-year steps at their tick. */
  gboolean centred = mode->step <= 12;
  gboolean whole = j >= a->j_from && jn <= a->j_to;
  double xa = pkc_time_map_x (a->map, MAX (j, a->j_from));
  double xb = pkc_time_map_x (a->map, MIN (jn, a->j_to));
  PkcBox box;

  if (mode->step == 3 && mode->name == NAME_MONTH)
    /* "Jan Apr Jul Oct": a month's name starts at its own tick, not mid-quarter. */
    box = pkc_text_box (*text, xa + 2, a->label_y, frame->small, PANGO_WEIGHT_NORMAL, 0, 0);
  else
    {
      double x = centred ? (xa + xb) / 2 : pkc_time_map_x (a->map, j);

      box = pkc_text_box (*text, x, a->label_y, frame->small, PANGO_WEIGHT_NORMAL, 0.5, 0);
    }

  /* A clipped span at either end may drop its label; a full one may not. */
  if (centred && box.width > xb - xa + 2)
    return !whole;
  if (!centred && j < a->j_from)
    return TRUE; /* tick before the axis: no label */
  /* Keep labels inside the scene horizontally. */
  if (box.x < 0 || box.x + box.width > a->scene->width)
    return !whole;
  if (boxes->len > 0 &&
      pkc_box_overlaps (&g_array_index (boxes, PkcBox, boxes->len - 1),
                        &box, frame->small * (has_year_row (mode->name) ? 0.4 : 0.8)))
    return FALSE;
  g_array_append_val (boxes, box);
  g_ptr_array_add (texts, g_steal_pointer (text));
  return TRUE;
}

/* Steps through the axis by @mode, collecting the tick positions and the labels that fit.
 * Returns FALSE when @mode is too fine for the axis. */
static gboolean
plan_mode (const TimeAxis *a,
           const Mode     *mode,
           GArray         *boxes,
           GPtrArray      *texts,
           GArray         *ticks)
{
  PkcDate from = pkc_date_from_julian (a->j_from);
  guint step = mode->step;
  int year = from.year, month = 1;

  /* First aligned boundary at or before @from. */
  if (step < 12)
    month = ((from.month - 1) / step) * step + 1;
  else
    /* GDate has no year 0: a boundary before year 1 starts at year 1. */
    year = MAX (year - (year % (step / 12)), 1);

  for (;;)
    {
      guint32 j = julian_ym (year, month);
      PkcDate d = { (guint16) year, (guint8) month, 1, PKC_DATE_PRECISION_DAY };
      PkcDate next = pkc_date_month_start (&d, (int) step);
      guint32 jn = pkc_date_to_julian (&next);
      g_autofree char *text = NULL;

      if (j >= a->j_to)
        return TRUE;

      if (j >= a->j_from)
        {
          double tx = pkc_time_map_x (a->map, j);

          g_array_append_val (ticks, tx);
        }
      text = time_label (mode, &d, texts->len == 0);
      if (!place_label (a, mode, j, jn, &text, boxes, texts))
        return FALSE;
      year = next.year;
      month = next.month;
    }
}

/* The ticks inside the plot, the year row when @mode has one, and the labels that do not
 * collide with @labels. Returns the height the year row adds. */
static double
emit_mode (const TimeAxis *a,
           const Mode     *mode,
           GArray         *boxes,
           GPtrArray      *texts,
           GArray         *ticks,
           PkcLabelSet    *labels)
{
  const PkcFrame *frame = a->frame;
  const PkcBox *plot = a->plot;
  double added = 0;

  for (guint i = 0; i < ticks->len; i++)
    {
      double tx = pkc_snap (g_array_index (ticks, double, i));
      PkcPoint tick[] = { { tx, a->axis_y }, { tx, a->axis_y + frame->small * 0.4 } };

      if (tx < plot->x - 0.5 || tx > plot->x + plot->width + 0.5)
        continue;
      pkc_scene_add_line (a->scene, tick, 2, 1, pkc_paint (PKC_ROLE_AXIS, 0));
    }
  if (has_year_row (mode->name))
    {
      layout_year_row (a->scene, frame, a->map, plot, a->j_from, a->j_to,
                       a->label_y + a->label_h, a->axis_y, boxes, texts);
      added = a->label_h;
    }
  for (guint i = 0; i < boxes->len; i++)
    {
      const PkcBox *b = &g_array_index (boxes, PkcBox, i);

      if (labels && !pkc_label_set_try (labels, b, 0))
        continue;
      pkc_scene_add_text (a->scene, g_ptr_array_index (texts, i), b->x, b->y, frame->small,
                          PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
    }
  return added;
}

double
pkc_time_axis_layout (PkcScene         *scene,
                      const PkcFrame   *frame,
                      const PkcTimeMap *map,
                      const PkcBox     *plot,
                      guint             max_rows,
                      PkcLabelSet      *labels)
{
  TimeAxis a = {
    .scene = scene, .frame = frame, .map = map, .plot = plot,
    .j_from = map->n_periods > 0 ? map->period_julian[0] : map->j0,
    .j_to = map->n_periods > 0 ? map->period_julian[map->n_periods] : map->j1,
    .label_y = plot->y + plot->height + frame->small * 0.5,
    .axis_y = pkc_snap (plot->y + plot->height),
  };
  PkcPoint baseline[] = { { plot->x, a.axis_y }, { plot->x + plot->width, a.axis_y } };
  double used;

  pkc_text_measure ("2019", frame->small, PANGO_WEIGHT_NORMAL, NULL, &a.label_h);
  used = a.label_y + a.label_h - (plot->y + plot->height);
  pkc_scene_add_line (scene, baseline, 2, 1, pkc_paint (PKC_ROLE_AXIS, 0));

  /* The finest labelling that fits; the coarsest whatever fits. */
  for (guint s = 0; s < G_N_ELEMENTS (time_modes); s++)
    {
      const Mode *mode = &time_modes[s];
      g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (PkcBox));
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (double));

      if (has_year_row (mode->name) && max_rows < 2)
        continue;
      if (!plan_mode (&a, mode, boxes, texts, ticks) && s + 1 < G_N_ELEMENTS (time_modes))
        continue;
      used += emit_mode (&a, mode, boxes, texts, ticks, labels);
      break;
    }
  return used;
}

void
pkc_value_axis_init (PkcValueAxis *axis,
                     double        max,
                     guint         max_ticks,
                     gboolean      integers)
{
  double step = 1, first = 0;
  guint n = 2;

  if (integers)
    max = MAX (max, 1);
  if (!pkc_nice_ticks (0, MAX (max, 0), MAX (max_ticks, 2), &step, &first, &n))
    {
      step = 1;
      first = 0;
      n = 2;
    }
  /* Counts have no fractional ticks: 0 … 3 in steps of 1, not 0.5. */
  if (integers && step < 1)
    {
      step = 1;
      n = (guint) ceil (max) + 1;
    }
  axis->min = first;
  axis->step = step;
  axis->n_ticks = n;
  axis->max = first + (n - 1) * step;
}

double
pkc_value_axis_y (const PkcValueAxis *axis,
                  const PkcBox       *plot,
                  double              value)
{
  if (axis->max <= axis->min)
    return plot->y + plot->height;
  return plot->y + plot->height - (value - axis->min) / (axis->max - axis->min) * plot->height;
}

double
pkc_value_axis_label_width (const PkcValueAxis *axis,
                            double              font_size)
{
  double widest = 0;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = pkc_format_tick (axis->min + i * axis->step, axis->step);

      widest = MAX (widest, pkc_text_width (text, font_size, PANGO_WEIGHT_NORMAL));
    }
  return widest;
}

void
pkc_value_axis_layout (PkcScene           *scene,
                       const PkcValueAxis *axis,
                       const PkcBox       *plot,
                       double              font_size,
                       double              label_x,
                       gboolean            align_right,
                       gboolean            grid,
                       PkcLabelSet        *labels)
{
  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double value = axis->min + i * axis->step;
      double y = pkc_snap (pkc_value_axis_y (axis, plot, value));
      g_autofree char *text = pkc_format_tick (value, axis->step);
      PkcBox box = pkc_text_box (text, label_x, y, font_size, PANGO_WEIGHT_NORMAL,
                                 align_right ? 1 : 0, 0.5);

      if (grid && i > 0)
        {
          PkcPoint line[] = { { plot->x, y }, { plot->x + plot->width, y } };

          pkc_scene_add_line (scene, line, 2, 1, pkc_paint (PKC_ROLE_GRID, 0));
        }
      if (labels && !pkc_label_set_try (labels, &box, 0))
        continue;
      pkc_scene_add_text (scene, text, box.x, box.y, font_size, PANGO_WEIGHT_NORMAL, 0, 0, 0,
                          pkc_paint (PKC_ROLE_MUTED, 0));
    }
}
