/* pkc-map.c — the map panel of the base-closures chart: Mali's outline and the bases
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-text-measure.h"

/* Natural Earth 1:50m, public domain: see resources/mali-outline.README.md. */
static const double mali_outline[][2] = {
#include "mali-outline.inc"
};

const double (*pkc_map_mali_outline (guint *n_points))[2]
{
  if (n_points)
    *n_points = G_N_ELEMENTS (mali_outline);
  return mali_outline;
}

typedef struct {
  double lon0, lat0;   /* the panel's top-left in degrees */
  double scale;        /* px per degree of latitude */
  double kx;           /* cos(mid latitude): equirectangular with a true scale there */
  double x, y;         /* pixel offset */
} Projection;

static void
project (const Projection *p,
         double            lon,
         double            lat,
         double           *x,
         double           *y)
{
  *x = p->x + (lon - p->lon0) * p->kx * p->scale;
  *y = p->y + (p->lat0 - lat) * p->scale;
}

/* A graticule line from (@lon0, @lat0) to (@lon1, @lat1), snapped to the pixel grid across
 * its direction, with @text beside its end @label_end (0 or 1) when that has room. */
static void
add_graticule_line (PkcScene         *scene,
                    const PkcFrame   *frame,
                    PkcLabelSet      *labels,
                    const Projection *proj,
                    double            lon0,
                    double            lat0,
                    double            lon1,
                    double            lat1,
                    guint             label_end,
                    const char       *text)
{
  PkcPoint line[2];
  PkcBox tb;

  project (proj, lon0, lat0, &line[0].x, &line[0].y);
  project (proj, lon1, lat1, &line[1].x, &line[1].y);
  if (lat0 == lat1)
    line[0].y = line[1].y = pkc_snap (line[0].y);
  else
    line[0].x = line[1].x = pkc_snap (line[0].x);
  pkc_scene_add_line (scene, line, 2, 1, pkc_paint (PKC_ROLE_GRID, 0));
  tb = pkc_text_box (text, line[label_end].x + 2, line[label_end].y - 1, frame->small * 0.85,
                     PANGO_WEIGHT_NORMAL, 0, 1);
  if (pkc_label_set_try (labels, &tb, 1))
    pkc_scene_add_text (scene, text, tb.x, tb.y, frame->small * 0.85, PANGO_WEIGHT_NORMAL,
                        0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
}

/* A base's name beside its disc: right, left, above, below, then the diagonals; then the
 * same directions further out with a leader line (Gao and Ménaka sit among other bases).
 * Dropped only when none fits; the disc's tooltip still names it. */
static void
place_name (PkcScene       *scene,
            const PkcFrame *frame,
            const PkcBox   *box,
            PkcLabelSet    *labels,
            const char     *name,
            double          x,
            double          y,
            double          radius)
{
  static const double dirs[][2] = {
    { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 0.7, -0.7 }, { -0.7, -0.7 }, { 0.7, 0.7 }, { -0.7, 0.7 },
  };

  for (guint far = 0; far < 2; far++)
    for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
      {
        double dist = radius + (far ? radius * 2.2 + 6 : 3);
        double ax = x + dirs[d][0] * dist, ay = y + dirs[d][1] * dist;
        /* Text hangs away from the disc in the direction it was pushed. */
        double halign = dirs[d][0] > 0.1 ? 0 : dirs[d][0] < -0.1 ? 1 : 0.5;
        double valign = dirs[d][1] > 0.1 ? 0 : dirs[d][1] < -0.1 ? 1 : 0.5;
        PkcBox tb = pkc_text_box (name, ax, ay, frame->small, PANGO_WEIGHT_NORMAL, halign, valign);

        if (tb.x < box->x || tb.x + tb.width > box->x + box->width ||
            tb.y < box->y || tb.y + tb.height > box->y + box->height)
          continue;
        if (!pkc_label_set_try (labels, &tb, 1))
          continue;
        if (far)
          {
            PkcPoint leader[] = {
              { x + dirs[d][0] * radius, y + dirs[d][1] * radius },
              { x + dirs[d][0] * (dist - 2), y + dirs[d][1] * (dist - 2) },
            };

            pkc_scene_add_line (scene, leader, 2, 1, pkc_paint (PKC_ROLE_MUTED, 0));
          }
        pkc_scene_add_text (scene, name, tb.x, tb.y, frame->small, PANGO_WEIGHT_NORMAL,
                            0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
        return;
      }
}

void
pkc_map_layout (PkcScene              *scene,
                const PkcFrame        *frame,
                PkcDataset            *dataset,
                const PkcBox          *box,
                PkcPhases             *phases,
                const PkcChartOptions *options,
                PkcLabelSet           *labels)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  double min_lon = G_MAXDOUBLE, max_lon = -G_MAXDOUBLE, min_lat = G_MAXDOUBLE, max_lat = -G_MAXDOUBLE;
  g_autoptr(GString) not_located = g_string_new (NULL);
  double text_h, map_h, radius;
  Projection proj;
  PkcBox area;

  if (box->width < 40 || box->height < 40)
    return;
  pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &text_h);

  /* The extent: the outline and every located base (Bamako sits near the border). */
  for (guint i = 0; i < G_N_ELEMENTS (mali_outline); i++)
    {
      min_lon = MIN (min_lon, mali_outline[i][0]);
      max_lon = MAX (max_lon, mali_outline[i][0]);
      min_lat = MIN (min_lat, mali_outline[i][1]);
      max_lat = MAX (max_lat, mali_outline[i][1]);
    }
  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      if (!b->has_coordinates)
        {
          g_string_append_printf (not_located, "%s%u. %s", not_located->len ? ", " : "",
                                  b->order, pkc_data_term_base (b->name));
          continue;
        }
      min_lon = MIN (min_lon, b->lon);
      max_lon = MAX (max_lon, b->lon);
      min_lat = MIN (min_lat, b->lat);
      max_lat = MAX (max_lat, b->lat);
    }
  min_lon -= 0.5;
  max_lon += 0.5;
  min_lat -= 0.5;
  max_lat += 0.5;

  /* Room for the "not located" line under the map. */
  area = *box;
  map_h = area.height - (not_located->len ? text_h * 2.4 : 0);
  proj.kx = cos ((min_lat + max_lat) / 2 * G_PI / 180);
  proj.scale = MIN (area.width / ((max_lon - min_lon) * proj.kx), map_h / (max_lat - min_lat));
  proj.lon0 = min_lon;
  proj.lat0 = max_lat;
  proj.x = area.x + (area.width - (max_lon - min_lon) * proj.kx * proj.scale) / 2;
  proj.y = area.y + (map_h - (max_lat - min_lat) * proj.scale) / 2;

  /* The "not located" line first, so that no base name is placed over it. */
  if (not_located->len)
    {
      /* Translators: under the map: bases without coordinates; %s lists "1. Ogossagou" */
      g_autofree char *line = g_strdup_printf (_("Not located: %s"), not_located->str);
      g_autoptr(GPtrArray) lines = pkc_text_wrap (line, frame->small, PANGO_WEIGHT_NORMAL, box->width);
      double ty = area.y + map_h + text_h * 0.4;

      for (guint i = 0; i < lines->len && i < 2; i++)
        {
          PkcBox tb = pkc_text_box (g_ptr_array_index (lines, i), box->x, ty + i * text_h,
                                    frame->small, PANGO_WEIGHT_NORMAL, 0, 0);

          pkc_label_set_add (labels, &tb);
          pkc_scene_add_text (scene, g_ptr_array_index (lines, i), tb.x, tb.y, frame->small,
                              PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
        }
    }

  /* A light graticule every 5°, labelled on the panel's left and bottom edges. */
  for (int lat = (int) ceil (min_lat / 5) * 5; lat <= max_lat; lat += 5)
    {
      g_autofree char *text = g_strdup_printf (lat >= 0 ? "%d°N" : "%d°S", abs (lat));

      add_graticule_line (scene, frame, labels, &proj, min_lon, lat, max_lon, lat, 0, text);
    }
  for (int lon = (int) ceil (min_lon / 5) * 5; lon <= max_lon; lon += 5)
    {
      g_autofree char *text = g_strdup_printf (lon >= 0 ? "%d°E" : "%d°W", abs (lon));

      add_graticule_line (scene, frame, labels, &proj, lon, max_lat, lon, min_lat, 1, text);
    }

  {
    g_autofree PkcPoint *pts = g_new (PkcPoint, G_N_ELEMENTS (mali_outline));
    guint poly;

    for (guint i = 0; i < G_N_ELEMENTS (mali_outline); i++)
      project (&proj, mali_outline[i][0], mali_outline[i][1], &pts[i].x, &pts[i].y);
    poly = pkc_scene_add_polygon (scene, pts, G_N_ELEMENTS (mali_outline), pkc_paint (PKC_ROLE_LAND, 0));
    pkc_scene_prim (scene, poly)->has_stroke = TRUE;
    pkc_scene_prim (scene, poly)->stroke = pkc_paint (PKC_ROLE_AXIS, 0);
    pkc_scene_prim (scene, poly)->line_width = 1;
  }
  {
    /* The country's name where the Sahara leaves room, in the north-west. */
    double x, y;
    PkcBox tb;

    project (&proj, -5.5, 21.5, &x, &y);
    /* Translators: the country's name written across the map */
    tb = pkc_text_box (C_("map", "Mali"), x, y, frame->font * 1.1, PANGO_WEIGHT_BOLD, 0.5, 0.5);
    if (pkc_label_set_try (labels, &tb, 2))
      pkc_scene_add_text (scene, C_("map", "Mali"), tb.x, tb.y, frame->font * 1.1, PANGO_WEIGHT_BOLD,
                          0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
  }

  /* Bases: a disc each, numbered by closure order. Where discs would collide (Tessalit and
   * Aguelhok on a phone), the later one shrinks to a dot and its number goes beside it. */
  radius = CLAMP (proj.scale * 0.32, frame->small * 0.62, frame->small * 0.95);
  for (guint k = 0; k < bases->len; k++)
    {
      const PkcBase *b = g_ptr_array_index (bases, k);
      guint phase = pkc_phases_index (phases, b->phase);
      gboolean hidden = (options->hidden_series & (1u << phase)) != 0;
      PkcPaint paint = hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : pkc_paint (PKC_ROLE_SERIES, phase);
      g_autofree char *num = g_strdup_printf ("%u", b->order);
      g_autofree char *tip = NULL;
      double x, y, r;
      PkcBox disc;
      guint m;
      int hit;

      if (!b->has_coordinates)
        continue;
      project (&proj, b->lon, b->lat, &x, &y);
      disc = (PkcBox) { x - radius, y - radius, 2 * radius, 2 * radius };
      r = pkc_label_set_try (labels, &disc, 0.5) ? radius : radius * 0.45;
      /* An approximate point is drawn hollow with a dashed ring: "somewhere about here". */
      m = pkc_scene_add_marker (scene, PKC_MARKER_CIRCLE, x, y, 2 * r, paint,
                                !hidden && !b->approximate);
      pkc_scene_prim (scene, m)->line_width = b->approximate ? 1.5 : 1;
      pkc_scene_prim (scene, m)->dash = b->approximate ? 2 : 0;
      if (r == radius)
        pkc_scene_add_text (scene, num, x, y, frame->small * 0.85, PANGO_WEIGHT_BOLD, 0.5, 0.5, 0,
                            pkc_paint (hidden ? PKC_ROLE_MUTED :
                                       b->approximate ? PKC_ROLE_TEXT : PKC_ROLE_BACKGROUND, 0));
      else
        {
          static const double dirs[][4] = {   /* dx, dy, halign, valign */
            { 1, 0, 0, 0.5 }, { -1, 0, 1, 0.5 }, { 0, -1, 0.5, 1 }, { 0, 1, 0.5, 0 },
          };

          disc = (PkcBox) { x - r, y - r, 2 * r, 2 * r };
          pkc_label_set_add (labels, &disc);
          for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
            {
              PkcBox tb = pkc_text_box (num, x + dirs[d][0] * (r + 2), y + dirs[d][1] * (r + 1),
                                        frame->small * 0.85, PANGO_WEIGHT_BOLD, dirs[d][2], dirs[d][3]);

              if (!pkc_label_set_try (labels, &tb, 0.5))
                continue;
              pkc_scene_add_text (scene, num, tb.x, tb.y, frame->small * 0.85, PANGO_WEIGHT_BOLD,
                                  0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
              break;
            }
        }
      tip = pkc_base_tooltip (dataset, b);
      hit = pkc_scene_add_hit (scene, x - radius, y - radius, 2 * radius, 2 * radius, x, y,
                               g_steal_pointer (&tip));
      pkc_scene_hit_mut (scene, hit)->item = (int) k;
    }
  for (guint k = 0; k < bases->len; k++)
    {
      const PkcBase *b = g_ptr_array_index (bases, k);
      g_autofree char *name = NULL;
      double x, y;

      if (!b->has_coordinates)
        continue;
      project (&proj, b->lon, b->lat, &x, &y);
      name = b->approximate ?
             /* Translators: map label of a base whose position is approximate ("≈ Ogossagou") */
             g_strdup_printf (_("≈ %s"), pkc_data_term_base (b->name)) :
             g_strdup (pkc_data_term_base (b->name));
      place_name (scene, frame, box, labels, name, x, y, radius);
    }
}
