/* pkc-layout-withdrawal.c — the strength chart's 2023 withdrawal panel
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Departures are counts of people who left, not a strength. Drawn on the personnel axis a
 * "10,500 departed" marker sat where a strength of 10,500 would be, so they get a small panel
 * of their own: its own time span (the withdrawal months) and its own count axis.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-text-measure.h"

static guint32
month_start (const PkcDate *date,
             int            add_months)
{
  PkcDate d = pkc_date_month_start (date, add_months);

  return pkc_date_to_julian (&d);
}

static char *
drawdown_tooltip (PkcDataset        *dataset,
                  const PkcDrawdown *d)
{
  g_autofree char *date = pkc_format_date (&d->date);
  g_autofree char *src = pkc_source_title (dataset, d->source);
  GString *tip = g_string_new (date);

  if (d->uniformed_departed != PKC_COUNT_NONE)
    {
      g_autofree char *u = pkc_format_count (d->uniformed_departed);

      g_string_append (tip, "\n");
      /* Translators: withdrawal tooltip line; %s is a number */
      g_string_append_printf (tip, _("Uniformed personnel departed so far: %s"), u);
    }
  if (d->all_departed != PKC_COUNT_NONE)
    {
      g_autofree char *a = pkc_format_count (d->all_departed);

      g_string_append (tip, "\n");
      /* Translators: withdrawal tooltip line; %s is a number */
      g_string_append_printf (tip, _("All personnel departed so far (incl. civilians): %s"), a);
    }
  g_string_append (tip, "\n");
  /* Translators: tooltip line; %s is "high", "medium", "low"… */
  g_string_append_printf (tip, _("Confidence: %s"), pkc_data_term_confidence (d->confidence));
  g_string_append_printf (tip, "\n%s", _("Cumulative departures during the 2023 withdrawal"));
  g_string_append_printf (tip, "\n");
  /* Translators: tooltip line; %s is the source's title */
  g_string_append_printf (tip, _("Source: %s"), src);
  return g_string_free (tip, FALSE);
}

/* Title, the marker key and a word on the scale, wrapped to the panel; returns the height
 * used. */
static double
layout_heading (PkcScene       *scene,
                const PkcFrame *frame,
                const PkcBox   *box,
                double          text_h)
{
  /* Translators: heading of the strength chart's withdrawal panel */
  const char *title = _("2023 withdrawal: personnel departed (cumulative)");
  /* Translators: marker key under the withdrawal panel's heading */
  const char *key = _("filled: uniformed · hollow: all personnel incl. civilians");
  /* Translators: under the withdrawal panel's heading: its count axis is not the strength
   * chart's (departures are counts of people who left, not a strength) */
  const char *scale = _("Own scale: counts of people who left, not a strength");
  g_autoptr(GPtrArray) t = pkc_text_wrap (title, frame->small, PANGO_WEIGHT_BOLD, box->width);
  g_autoptr(GPtrArray) k = pkc_text_wrap (key, frame->small, PANGO_WEIGHT_NORMAL, box->width);
  g_autoptr(GPtrArray) s = pkc_text_wrap (scale, frame->small, PANGO_WEIGHT_NORMAL, box->width);
  double y = box->y;

  for (guint i = 0; i < t->len && i < 3; i++, y += text_h)
    pkc_scene_add_text (scene, g_ptr_array_index (t, i), box->x, y, frame->small,
                        PANGO_WEIGHT_BOLD, 0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
  for (guint i = 0; i < k->len && i < 2; i++, y += text_h)
    pkc_scene_add_text (scene, g_ptr_array_index (k, i), box->x, y, frame->small,
                        PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  for (guint i = 0; i < s->len && i < 2; i++, y += text_h)
    pkc_scene_add_text (scene, g_ptr_array_index (s, i), box->x, y, frame->small,
                        PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  return y - box->y;
}

void
pkc_withdrawal_layout (PkcScene       *scene,
                       const PkcFrame *frame,
                       PkcDataset     *dataset,
                       const PkcBox   *box,
                       PkcLabelSet    *labels)
{
  GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);
  PkcDate end = pkc_dataset_get_end (dataset);
  PkcPaint paint = pkc_paint (PKC_ROLE_SERIES, 0);
  double size = frame->font * 0.7, text_h, axis_h, max_value = 0;
  guint32 j0 = G_MAXUINT32, j1 = 0;
  PkcValueAxis axis;
  PkcTimeMap map;
  PkcBox plot;

  if (drawdowns == NULL || drawdowns->len == 0)
    return;
  pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &text_h);

  /* Whole months from the first departure count to the mission end (or the last count). */
  for (guint i = 0; i < drawdowns->len; i++)
    {
      const PkcDrawdown *d = g_ptr_array_index (drawdowns, i);

      j0 = MIN (j0, month_start (&d->date, 0));
      j1 = MAX (j1, month_start (&d->date, 1));
      max_value = MAX (max_value, MAX (d->uniformed_departed, d->all_departed));
    }
  if (pkc_date_is_set (&end) && month_start (&end, 1) > j1 && month_start (&end, 1) - j0 < 400)
    j1 = month_start (&end, 1);

  plot.y = box->y + layout_heading (scene, frame, box, text_h) + text_h * 0.6;
  pkc_value_axis_init (&axis, max_value, CLAMP ((guint) (box->height / 45), 2, 5), TRUE);
  axis_h = frame->small * 0.5 + 2 * text_h + 2;
  plot.x = pkc_snap_edge (box->x + pkc_value_axis_label_width (&axis, frame->small) +
                          frame->small * 0.6);
  plot.width = floor (box->x + box->width - plot.x - size);
  plot.height = box->y + box->height - axis_h - plot.y;
  if (plot.width < 40 || plot.height < 30)
    return;
  map = (PkcTimeMap) { plot.x, plot.x + plot.width, j0, j1, 0, NULL };

  pkc_value_axis_layout (scene, &axis, &plot, frame->small, plot.x - frame->small * 0.6, TRUE,
                         TRUE, labels);
  pkc_time_axis_layout (scene, frame, &map, &plot, 2, labels);

  for (guint i = 0; i < drawdowns->len; i++)
    {
      const PkcDrawdown *d = g_ptr_array_index (drawdowns, i);
      gboolean uniformed = d->uniformed_departed != PKC_COUNT_NONE;
      int v = uniformed ? d->uniformed_departed : d->all_departed;
      double x = pkc_time_map_date_x (&map, &d->date);
      double y = pkc_value_axis_y (&axis, &plot, v);
      PkcBox disc = { x - size * 0.6, y - size * 0.6, size * 1.2, size * 1.2 };
      guint m;
      int hit;

      if (v == PKC_COUNT_NONE)
        continue;
      m = pkc_scene_add_marker (scene, PKC_MARKER_TRIANGLE, x, y, size, paint, uniformed);
      hit = pkc_scene_add_hit (scene, x - size, y - size, 2 * size, 2 * size, x, y,
                               drawdown_tooltip (dataset, d));
      pkc_scene_hit_mut (scene, hit)->series = PKC_STRENGTH_DRAWDOWN;
      pkc_scene_hit_mut (scene, hit)->item = (int) i;
      pkc_scene_prim (scene, m)->hit = hit;
      pkc_label_set_add (labels, &disc);
    }

  /* The count beside its marker where it fits (the panel's axis is coarse), once every
   * marker has reserved its place. */
  for (guint i = 0; i < drawdowns->len; i++)
    {
      const PkcDrawdown *d = g_ptr_array_index (drawdowns, i);
      int v = d->uniformed_departed != PKC_COUNT_NONE ? d->uniformed_departed : d->all_departed;
      double x = pkc_time_map_date_x (&map, &d->date);
      double y = pkc_value_axis_y (&axis, &plot, v);
      g_autofree char *label = NULL;

      if (v == PKC_COUNT_NONE)
        continue;
      label = pkc_format_count (v);
      for (guint side = 0; side < 2; side++)
        {
          PkcBox tb = pkc_text_box (label, side == 0 ? x - size : x + size, y,
                                    frame->small * 0.9, PANGO_WEIGHT_NORMAL,
                                    side == 0 ? 1 : 0, 0.5);

          if (tb.x < plot.x || tb.x + tb.width > box->x + box->width)
            continue;
          if (!pkc_label_set_try (labels, &tb, 1))
            continue;
          pkc_scene_add_text (scene, label, tb.x, tb.y, frame->small * 0.9,
                              PANGO_WEIGHT_NORMAL, 0, 0, 0, paint);
          break;
        }
    }
}
