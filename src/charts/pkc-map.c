/* pkc-map.c — the map panel of the base-closures chart: the host country's outline and the bases
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

typedef struct {
  double lon, lat;
  double distance;   /* from the middle of the country, in degrees */
} Spot;

static int
compare_spots (gconstpointer a,
               gconstpointer b)
{
  double da = ((const Spot *) a)->distance, db = ((const Spot *) b)->distance;

  return (da > db) - (da < db);
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
 * same directions further out, twice, with a leader line (for bases that sit among other
 * bases). Returns FALSE when none fits; the disc's tooltip still names it. */
static gboolean
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

  for (guint far = 0; far < 3; far++)
    for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
      {
        double dist = radius + (far ? (radius * 2.2 + 6) * far : 3);
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
        return TRUE;
      }
  return FALSE;
}

static gboolean
any_located (GPtrArray *bases)
{
  for (guint i = 0; bases != NULL && i < bases->len; i++)
    {
      if (((const PkcBase *) g_ptr_array_index (bases, i))->has_coordinates)
        return TRUE;
    }
  return FALSE;
}

/* Every ring of the country, filled as land with an axis-coloured border. */
static void
add_outline (PkcScene         *scene,
             const Projection *proj,
             const PkcOutline *outline)
{
  for (guint r = 0; r < pkc_outline_n_rings (outline); r++)
    {
      g_autofree PkcPoint *pts = NULL;
      guint n = pkc_outline_ring (outline, r, &pts);
      guint poly;

      for (guint i = 0; i < n; i++)
        project (proj, pts[i].x, pts[i].y, &pts[i].x, &pts[i].y);
      poly = pkc_scene_add_polygon (scene, pts, n, pkc_paint (PKC_ROLE_LAND, 0));
      pkc_scene_prim (scene, poly)->has_stroke = TRUE;
      pkc_scene_prim (scene, poly)->stroke = pkc_paint (PKC_ROLE_AXIS, 0);
      pkc_scene_prim (scene, poly)->line_width = 1;
    }
}

/* The country's name (the dataset's, in the user's language) written across the land where
 * no base or label is: candidate points on a grid inside the outline, nearest to the middle
 * of the country first. Left out when there is no room. */
static void
add_country_name (PkcScene         *scene,
                  const PkcFrame   *frame,
                  PkcDataset       *dataset,
                  const PkcOutline *outline,
                  const Projection *proj,
                  PkcLabelSet      *labels)
{
  const char *name = pkc_dataset_get_country_name (dataset, pkc_lang_from_locale ());
  double min_lon, min_lat, max_lon, max_lat, mid_lon, mid_lat, size = frame->font * 1.1;
  g_autoptr(GArray) spots = g_array_new (FALSE, FALSE, sizeof (Spot));

  if (name == NULL)
    name = pkc_outline_name (outline);
  pkc_outline_extent (outline, &min_lon, &min_lat, &max_lon, &max_lat);
  mid_lon = (min_lon + max_lon) / 2;
  mid_lat = (min_lat + max_lat) / 2;
  for (guint i = 1; i < 12; i++)
    for (guint j = 1; j < 12; j++)
      {
        Spot spot = { min_lon + (max_lon - min_lon) * i / 12, min_lat + (max_lat - min_lat) * j / 12, 0 };

        if (!pkc_outline_contains (outline, spot.lon, spot.lat))
          continue;
        spot.distance = hypot (spot.lon - mid_lon, spot.lat - mid_lat);
        g_array_append_val (spots, spot);
      }
  g_array_sort (spots, compare_spots);
  for (guint k = 0; k < spots->len; k++)
    {
      const Spot *spot = &g_array_index (spots, Spot, k);
      double x, y, half;
      PkcBox tb;

      project (proj, spot->lon, spot->lat, &x, &y);
      tb = pkc_text_box (name, x, y, size, PANGO_WEIGHT_BOLD, 0.5, 0.5);
      /* Both ends of the name on land too. */
      half = tb.width / 2 / (proj->kx * proj->scale);
      if (!pkc_outline_contains (outline, spot->lon - half, spot->lat) ||
          !pkc_outline_contains (outline, spot->lon + half, spot->lat))
        continue;
      if (!pkc_label_set_try (labels, &tb, 1))
        continue;
      pkc_scene_add_text (scene, name, tb.x, tb.y, size, PANGO_WEIGHT_BOLD, 0, 0, 0,
                          pkc_paint (PKC_ROLE_MUTED, 0));
      return;
    }
}

/* A base's disc numbered by closure order. Where discs would collide (two bases a few
 * kilometres apart on a phone), the later one shrinks to a dot and its number goes beside it.
 * Returns FALSE when there was no room for that number: its name label carries it. */
static gboolean
add_base_disc (PkcScene              *scene,
               const PkcFrame        *frame,
               PkcDataset            *dataset,
               const PkcBase         *b,
               guint                  k,
               double                 x,
               double                 y,
               double                 radius,
               PkcPhases             *phases,
               const PkcChartOptions *options,
               PkcLabelSet           *labels)
{
  guint phase = pkc_phases_index (phases, b->phase);
  gboolean hidden = (options->hidden_series & (1u << phase)) != 0;
  PkcPaint paint = hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : pkc_paint (PKC_ROLE_SERIES, phase);
  g_autofree char *num = g_strdup_printf ("%u", b->order);
  g_autofree char *tip = NULL;
  double r;
  gboolean pending, numbered = TRUE;
  PkcBox disc;
  guint m;
  int hit;

  disc = (PkcBox) { x - radius, y - radius, 2 * radius, 2 * radius };
  r = pkc_label_set_try (labels, &disc, 0.5) ? radius : radius * 0.45;
  /* An approximate point is drawn hollow with a dashed ring: "somewhere about here"; a
   * base whose handover is pending is a hollow diamond, as on the timeline. */
  pending = b->closure_status == PKC_CLOSURE_PENDING;
  m = pkc_scene_add_marker (scene, pending ? PKC_MARKER_DIAMOND : PKC_MARKER_CIRCLE, x, y,
                            2 * r * (pending ? 1.25 : 1), paint,
                            !hidden && !b->approximate && !pending);
  pkc_scene_prim (scene, m)->line_width = pending ? 2 : b->approximate ? 1.5 : 1;
  pkc_scene_prim (scene, m)->dash = b->approximate ? 2 : 0;
  if (r == radius)
    pkc_scene_add_text (scene, num, x, y, frame->small * 0.85, PANGO_WEIGHT_BOLD, 0.5, 0.5, 0,
                        pkc_paint (hidden ? PKC_ROLE_MUTED :
                                   b->approximate || pending ? PKC_ROLE_TEXT : PKC_ROLE_BACKGROUND, 0));
  else
    {
      static const double dirs[][4] = {   /* dx, dy, halign, valign */
        { 1, 0, 0, 0.5 }, { -1, 0, 1, 0.5 }, { 0, -1, 0.5, 1 }, { 0, 1, 0.5, 0 },
      };

      disc = (PkcBox) { x - r, y - r, 2 * r, 2 * r };
      pkc_label_set_add (labels, &disc);
      numbered = FALSE;
      for (guint d = 0; d < G_N_ELEMENTS (dirs) && !numbered; d++)
        {
          PkcBox tb = pkc_text_box (num, x + dirs[d][0] * (r + 2), y + dirs[d][1] * (r + 1),
                                    frame->small * 0.85, PANGO_WEIGHT_BOLD, dirs[d][2], dirs[d][3]);

          if (!pkc_label_set_try (labels, &tb, 0.5))
            continue;
          pkc_scene_add_text (scene, num, tb.x, tb.y, frame->small * 0.85, PANGO_WEIGHT_BOLD,
                              0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
          numbered = TRUE;
        }
    }
  tip = pkc_base_tooltip (dataset, b);
  hit = pkc_scene_add_hit (scene, x - radius, y - radius, 2 * radius, 2 * radius, x, y,
                           g_steal_pointer (&tip));
  pkc_scene_hit_mut (scene, hit)->item = (int) k;
  return numbered;
}

/* The "not located" line under the map, added first so that no base name is placed over it. */
static void
add_not_located (PkcScene       *scene,
                 const PkcFrame *frame,
                 const PkcBox   *box,
                 const char     *list,
                 double          ty,
                 double          text_h,
                 PkcLabelSet    *labels)
{
  /* Translators: under the map: bases without coordinates; %s lists "1. Base, 4. Base" */
  g_autofree char *line = g_strdup_printf (_("Not located: %s"), list);
  g_autoptr(GPtrArray) lines = pkc_text_wrap (line, frame->small, PANGO_WEIGHT_NORMAL, box->width);

  for (guint i = 0; i < lines->len && i < 2; i++)
    {
      PkcBox tb = pkc_text_box (g_ptr_array_index (lines, i), box->x, ty + i * text_h,
                                frame->small, PANGO_WEIGHT_NORMAL, 0, 0);

      pkc_label_set_add (labels, &tb);
      pkc_scene_add_text (scene, g_ptr_array_index (lines, i), tb.x, tb.y, frame->small,
                          PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
    }
}

/* "10° N", "5° W" as the reader's language writes them ("5° O" in French, "15° O" in
 * Dutch); the equator and the prime meridian are plain "0°". */
static char *
degree_label (int      degrees,
              gboolean latitude)
{
  if (degrees == 0)
    return g_strdup ("0°");
  if (latitude)
    return g_strdup_printf (degrees > 0
                            /* Translators: a latitude on the map's grid, north of the equator
                             * ("15° N"); put the letter your language uses for north */
                            ? C_("map grid", "%d° N")
                            /* Translators: a latitude south of the equator ("5° S"); the
                             * letter your language uses for south (Dutch: Z) */
                            : C_("map grid", "%d° S"), abs (degrees));
  return g_strdup_printf (degrees > 0
                          /* Translators: a longitude east of Greenwich ("15° E"); the letter
                           * your language uses for east (Dutch: O for oost) */
                          ? C_("map grid", "%d° E")
                          /* Translators: a longitude west of Greenwich ("10° W"); the letter
                           * your language uses for west (French: O for ouest) */
                          : C_("map grid", "%d° W"), abs (degrees));
}

/* A light graticule every 5°, labelled on the panel's left and bottom edges. */
static void
add_graticule (PkcScene         *scene,
               const PkcFrame   *frame,
               PkcLabelSet      *labels,
               const Projection *proj,
               double            min_lon,
               double            min_lat,
               double            max_lon,
               double            max_lat)
{
  for (int lat = (int) ceil (min_lat / 5) * 5; lat <= max_lat; lat += 5)
    {
      g_autofree char *text = degree_label (lat, TRUE);

      add_graticule_line (scene, frame, labels, proj, min_lon, lat, max_lon, lat, 0, text);
    }
  for (int lon = (int) ceil (min_lon / 5) * 5; lon <= max_lon; lon += 5)
    {
      g_autofree char *text = degree_label (lon, FALSE);

      add_graticule_line (scene, frame, labels, proj, lon, max_lat, lon, min_lat, 1, text);
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
  const PkcOutline *outline = pkc_outline_lookup (pkc_dataset_get_country (dataset));
  double min_lon = G_MAXDOUBLE, max_lon = -G_MAXDOUBLE, min_lat = G_MAXDOUBLE, max_lat = -G_MAXDOUBLE;
  g_autoptr(GString) not_located = g_string_new (NULL);
  g_autofree gboolean *numbered = NULL;
  double text_h, map_h, radius;
  Projection proj;
  PkcBox area;

  if (box->width < 40 || box->height < 40)
    return;
  if (outline == NULL && !any_located (bases))
    return;
  pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &text_h);

  /* The extent: the outline and every located base (a headquarters may sit by a border). */
  if (outline != NULL)
    pkc_outline_extent (outline, &min_lon, &min_lat, &max_lon, &max_lat);
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
  {
    /* A little air around the country: 3 % of its size, at least 0.1°. */
    double pad = MAX (0.1, MAX (max_lon - min_lon, max_lat - min_lat) * 0.03);

    min_lon -= pad;
    max_lon += pad;
    min_lat -= pad;
    max_lat += pad;
  }

  /* Room for the "not located" line under the map. */
  area = *box;
  map_h = area.height - (not_located->len ? text_h * 2.4 : 0);
  proj.kx = cos ((min_lat + max_lat) / 2 * G_PI / 180);
  proj.scale = MIN (area.width / ((max_lon - min_lon) * proj.kx), map_h / (max_lat - min_lat));
  proj.lon0 = min_lon;
  proj.lat0 = max_lat;
  proj.x = area.x + (area.width - (max_lon - min_lon) * proj.kx * proj.scale) / 2;
  proj.y = area.y + (map_h - (max_lat - min_lat) * proj.scale) / 2;

  if (not_located->len)
    add_not_located (scene, frame, box, not_located->str, area.y + map_h + text_h * 0.4, text_h, labels);
  add_graticule (scene, frame, labels, &proj, min_lon, min_lat, max_lon, max_lat);
  if (outline != NULL)
    add_outline (scene, &proj, outline);

  radius = CLAMP (proj.scale * 0.32, frame->small * 0.62, frame->small * 0.95);
  numbered = g_new0 (gboolean, bases->len);
  for (guint k = 0; k < bases->len; k++)
    {
      const PkcBase *b = g_ptr_array_index (bases, k);
      double x, y;

      if (!b->has_coordinates)
        continue;
      project (&proj, b->lon, b->lat, &x, &y);
      numbered[k] = add_base_disc (scene, frame, dataset, b, k, x, y, radius, phases, options, labels);
    }
  for (guint k = 0; k < bases->len; k++)
    {
      const PkcBase *b = g_ptr_array_index (bases, k);
      g_autofree char *name = NULL, *numbered_name = NULL;
      double x, y;

      if (!b->has_coordinates)
        continue;
      project (&proj, b->lon, b->lat, &x, &y);
      name = b->approximate ?
             /* Translators: map label of a base whose position is approximate ("≈ Name") */
             g_strdup_printf (_("≈ %s"), pkc_data_term_base (b->name)) :
             g_strdup (pkc_data_term_base (b->name));
      if (numbered[k])
        {
          place_name (scene, frame, box, labels, name, x, y, radius);
          continue;
        }
      /* No room for the number by the dot: it goes with the name, or alone. */
      numbered_name = g_strdup_printf (_("%u. %s"), b->order, name);
      if (!place_name (scene, frame, box, labels, numbered_name, x, y, radius))
        {
          g_autofree char *num = g_strdup_printf ("%u", b->order);

          place_name (scene, frame, box, labels, num, x, y, radius);
        }
    }
  if (outline != NULL)
    add_country_name (scene, frame, dataset, outline, &proj, labels);
}
