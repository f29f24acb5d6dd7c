/* pkc-layout-strength-ceilings.c — the strength chart's ceilings: step lines, resolution labels
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

int
pkc_strength_ceiling_value (const PkcCeiling *c,
                            gboolean          police)
{
  return police ? c->police : c->military;
}

/* Where ceiling @i stops: the next one's start, else its mandate end, else the mission end. */
guint32
pkc_strength_ceiling_end (Ctx       *ctx,
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

char *
pkc_strength_resolution_label (const PkcCeiling *c)
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

/* A ceiling's tooltip: resolution, adoption, both ceilings and the source. */
static char *
ceiling_tooltip (Ctx              *ctx,
                 const PkcCeiling *c)
{
  g_autofree char *res = pkc_strength_resolution_label (c);
  g_autofree char *date = adoption_text (c);
  /* Translators: in "Police ceiling: none" (a resolution that sets no such ceiling) */
  const char *none = C_("ceiling", "none");
  g_autofree char *mil = c->military != PKC_COUNT_NONE ? pkc_format_count (c->military)
                                                       : g_strdup (none);
  g_autofree char *pol = c->police != PKC_COUNT_NONE ? pkc_format_count (c->police)
                                                     : g_strdup (none);
  g_autofree char *src = pkc_source_title (ctx->dataset, c->source);

  /* Translators: ceiling tooltip: resolution, adoption date, military and police ceilings,
   * source */
  return g_strdup_printf (_("%s, adopted %s\nMilitary ceiling: %s\nPolice ceiling: %s\nSource: %s"),
                          res, date, mil, pol, src);
}

void
pkc_strength_layout_ceilings (Ctx       *ctx,
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
      int v = c ? pkc_strength_ceiling_value (c, police) : PKC_COUNT_NONE;

      if (v == PKC_COUNT_NONE && c != NULL && pts->len > 1)
        {
          /* The resolution that ends the ceiling: a tooltip where the line stops, so that it
           * is there even when its label is not. */
          const PkcPoint *end = &g_array_index (pts, PkcPoint, pts->len - 1);
          int hit = pkc_scene_add_hit (ctx->scene, end->x - 4, end->y - 6, 8, 12, end->x, end->y,
                                       ceiling_tooltip (ctx, c));

          pkc_scene_hit_mut (ctx->scene, hit)->series = s;
          pkc_scene_hit_mut (ctx->scene, hit)->item = (int) i;
        }
      if (v == PKC_COUNT_NONE)
        {
          /* No ceiling in this span (or the end): flush the step line so far. */
          if (pts->len > 1)
            {
              guint p = pkc_scene_add_line (ctx->scene, (PkcPoint *) pts->data, pts->len, 2,
                                            *pkc_strength_series_paint (s));

              pkc_scene_prim (ctx->scene, p)->dash = police ? 5 : 0;
            }
          g_array_set_size (pts, 0);
          continue;
        }
      {
        double xa = pkc_time_map_date_x (&ctx->map, &c->effective);
        double xb = pkc_time_map_x (&ctx->map, pkc_strength_ceiling_end (ctx, ceilings, i));
        /* Odd-width-free 2 px lines sit on whole pixels. */
        double y = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, v));
        PkcPoint a = { round (xa), y }, b = { round (xb), y };
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
                                 ceiling_tooltip (ctx, c));
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

/* Resolution numbers at the steps: those that changed a ceiling first, with the ceiling they
 * set ("Res. 2295: 13,289"), then the renewals at the same level. Each goes where it covers
 * no marker, date bar, step or other text; in a narrow plot shorter forms ("2295: 13,289",
 * then "2295") are tried before the label is dropped (the step's tooltip says it all). */
void
pkc_strength_layout_resolution_labels (Ctx       *ctx,
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
        int v = pkc_strength_ceiling_value (c, police);
        gboolean changed = prev == NULL || pkc_strength_ceiling_value (prev, police) != v ||
                           c->military != prev->military || c->police != prev->police;
        g_autofree char *res = pkc_strength_resolution_label (c);
        g_autofree char *number = g_strdup_printf ("%u", c->resolution);
        g_autofree char *ended = NULL, *value = NULL, *full = NULL, *brief = NULL;
        const char *forms[4] = { NULL };
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
            at_end = prev && pkc_strength_ceiling_value (prev, police) != PKC_COUNT_NONE;
            y = at_end ? round (pkc_value_axis_y (&ctx->axis, &ctx->plot, pkc_strength_ceiling_value (prev, police)))
                       : ctx->plot.y + row_h;
          }
        else
          y = round (pkc_value_axis_y (&ctx->axis, &ctx->plot, v));
        if (v != PKC_COUNT_NONE && pass == 0)
          {
            /* A step: the ceiling it sets, in the reader's number format. */
            value = pkc_format_count (v);
            /* Translators: a resolution at a ceiling step and the ceiling it sets ("Res. 2295:
             * 13,289", or "2295: 13,289" on a phone) */
            full = g_strdup_printf (C_("ceiling step", "%s: %s"), res, value);
            forms[n_forms++] = full;
            if (narrow)
              {
                brief = g_strdup_printf (C_("ceiling step", "%s: %s"), number, value);
                forms[n_forms++] = brief;
                forms[n_forms++] = number;
              }
          }
        else
          {
            if (v != PKC_COUNT_NONE || narrow)
              forms[n_forms++] = res;
            if (narrow)
              forms[n_forms++] = number;
          }

        for (guint f = 0; f < n_forms; f++)
          if (place_resolution_label (ctx, forms[f], x, y, at_end, row_h))
            break;
      }
}

/* Where ceilings begin before the mission (a predecessor's resolutions), a dashed line at
 * the mission's start with its name and date, so the two missions' steps read apart. */
void
pkc_strength_layout_mission_start (Ctx       *ctx,
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

/* The uniformed ceiling of resolution @c: military plus police, when it sets both. */
static int
uniformed_value (const PkcCeiling *c)
{
  if (c == NULL || c->military == PKC_COUNT_NONE || c->police == PKC_COUNT_NONE)
    return PKC_COUNT_NONE;
  return c->military + c->police;
}

gboolean
pkc_strength_has_uniformed_ceiling (GPtrArray *ceilings)
{
  for (guint i = 0; ceilings != NULL && i < ceilings->len; i++)
    if (uniformed_value (g_ptr_array_index (ceilings, i)) != PKC_COUNT_NONE)
      return TRUE;
  return FALSE;
}

/* "Other reported totals" are figures that give only a total of military and police: read
 * against the military line they would look like breaches of it. Beside them, a dotted step
 * line at what the same resolutions authorise for both together (military + police, each as
 * the resolution sets it), in the totals' colour. */
void
pkc_strength_layout_uniformed_ceiling (Ctx       *ctx,
                                       GPtrArray *ceilings)
{
  const PkcPaint paint = *pkc_strength_series_paint (PKC_STRENGTH_TOTAL);
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (PkcPoint));

  if (!ctx->visible[PKC_STRENGTH_TOTAL])
    return;
  for (guint i = 0; i <= ceilings->len; i++)
    {
      const PkcCeiling *c = i < ceilings->len ? g_ptr_array_index (ceilings, i) : NULL;
      int v = uniformed_value (c);
      double y;
      PkcPoint a, b;
      PkcBox seg;

      if (v == PKC_COUNT_NONE)
        {
          if (pts->len > 1)
            pkc_scene_prim (ctx->scene, pkc_scene_add_line (ctx->scene, (PkcPoint *) pts->data,
                                                            pts->len, 1.5, paint))->dash = 2;
          g_array_set_size (pts, 0);
          continue;
        }
      y = pkc_snap (pkc_value_axis_y (&ctx->axis, &ctx->plot, v));
      a = (PkcPoint) { round (pkc_time_map_date_x (&ctx->map, &c->effective)), y };
      b = (PkcPoint) { round (pkc_time_map_x (&ctx->map, pkc_strength_ceiling_end (ctx, ceilings, i))), y };
      seg = (PkcBox) { a.x, y - 1, MAX (b.x - a.x, 1), 2 };
      pkc_label_set_add (&ctx->marks, &seg);
      if (pts->len > 0)
        {
          double py = g_array_index (pts, PkcPoint, pts->len - 1).y;
          PkcBox riser = { a.x - 1, MIN (py, y), 2, fabs (py - y) };

          pkc_label_set_add (&ctx->marks, &riser);
        }
      g_array_append_val (pts, a);
      g_array_append_val (pts, b);
    }
}
