/* pkc-scene.c — the scene: a flat list of primitives and hit regions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "pkc-palette.h"
#include "pkc-scene-private.h"
#include "pkc-text-measure.h"

static void
prim_clear (gpointer data)
{
  PkcPrim *prim = data;

  g_clear_pointer (&prim->points, g_array_unref);
  g_clear_pointer (&prim->text, g_free);
  g_clear_pointer (&prim->link, g_free);
}

static void
hit_clear (gpointer data)
{
  PkcHitRegion *hit = data;

  g_clear_pointer (&hit->tooltip, g_free);
}

PkcScene *
pkc_scene_new (PkcChartKind kind,
               double       width,
               double       height)
{
  PkcScene *scene = g_new0 (PkcScene, 1);

  scene->kind = kind;
  scene->width = width;
  scene->height = height;
  scene->prims = g_array_new (FALSE, TRUE, sizeof (PkcPrim));
  g_array_set_clear_func (scene->prims, prim_clear);
  scene->hits = g_array_new (FALSE, TRUE, sizeof (PkcHitRegion));
  g_array_set_clear_func (scene->hits, hit_clear);
  scene->description = g_strdup ("");
  return scene;
}

void
pkc_scene_free (PkcScene *scene)
{
  if (scene == NULL)
    return;
  g_array_unref (scene->prims);
  g_array_unref (scene->hits);
  g_free (scene->description);
  g_free (scene->period_julian);
  g_clear_pointer (&scene->citations, g_ptr_array_unref);
  g_clear_pointer (&scene->credits, g_ptr_array_unref);
  g_free (scene);
}

void
pkc_scene_set_description (PkcScene   *scene,
                           const char *description)
{
  g_free (scene->description);
  scene->description = g_strdup (description);
}

double
pkc_scene_get_width (const PkcScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->width;
}

double
pkc_scene_get_height (const PkcScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->height;
}

guint
pkc_scene_get_n_hits (const PkcScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->hits->len;
}

const PkcHitRegion *
pkc_scene_get_hit (const PkcScene *scene,
                   guint           index)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (index < scene->hits->len, NULL);
  return &g_array_index (scene->hits, PkcHitRegion, index);
}

int
pkc_scene_hit_test (const PkcScene *scene,
                    double          x,
                    double          y)
{
  g_return_val_if_fail (scene != NULL, -1);

  /* Later regions are drawn on top, so search from the end. */
  for (guint i = scene->hits->len; i > 0; i--)
    {
      const PkcHitRegion *hit = &g_array_index (scene->hits, PkcHitRegion, i - 1);

      if (x >= hit->x && x < hit->x + hit->width &&
          y >= hit->y && y < hit->y + hit->height)
        return (int) i - 1;
    }
  return -1;
}

const char *
pkc_scene_get_description (const PkcScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  return scene->description;
}

gboolean
pkc_scene_is_empty (const PkcScene *scene)
{
  g_return_val_if_fail (scene != NULL, TRUE);
  return scene->empty;
}

guint
_pkc_scene_get_n_texts (const PkcScene *scene)
{
  guint n = 0;

  g_return_val_if_fail (scene != NULL, 0);
  for (guint i = 0; i < scene->prims->len; i++)
    if (g_array_index (scene->prims, PkcPrim, i).kind == PKC_PRIM_TEXT)
      n++;
  return n;
}

const char *
_pkc_scene_get_text (const PkcScene *scene,
                     guint           index,
                     double         *x,
                     double         *y,
                     double         *width,
                     double         *height)
{
  guint n = 0;

  g_return_val_if_fail (scene != NULL, NULL);
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *prim = &g_array_index (scene->prims, PkcPrim, i);

      if (prim->kind != PKC_PRIM_TEXT)
        continue;
      if (n++ != index)
        continue;
      if (x) *x = prim->extents.x;
      if (y) *y = prim->extents.y;
      if (width) *width = prim->extents.width;
      if (height) *height = prim->extents.height;
      return prim->text;
    }
  g_return_val_if_reached (NULL);
}

void
pkc_scene_foreach_text_run (const PkcScene *scene,
                            PkcTheme        theme,
                            PkcTextRunFunc  func,
                            gpointer        user_data)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *prim = &g_array_index (scene->prims, PkcPrim, i);
      PkcColor c;
      PkcTextRun run;

      if (prim->kind != PKC_PRIM_TEXT)
        continue;
      c = pkc_palette_color (theme, prim->fill);
      run = (PkcTextRun) {
        .text = prim->text, .link = prim->link,
        .x = prim->box.x, .y = prim->box.y,
        .width = prim->box.width, .height = prim->box.height,
        .halign = prim->halign, .valign = prim->valign, .rotation = prim->rotation,
        .font_size = prim->font_size, .weight = (int) prim->weight,
        .red = c.red, .green = c.green, .blue = c.blue, .alpha = c.alpha,
      };
      func (&run, user_data);
    }
}

PkcPaint
pkc_paint (PkcRole role,
           guint   index)
{
  return (PkcPaint) { role, index, 1.0 };
}

PkcPaint
pkc_paint_alpha (PkcRole role,
                 guint   index,
                 double  alpha)
{
  return (PkcPaint) { role, index, alpha };
}

static PkcPrim *
append (PkcScene    *scene,
        PkcPrimKind  kind,
        guint       *out_index)
{
  PkcPrim prim = { 0 };

  prim.kind = kind;
  prim.hit = -1;
  prim.line_width = 1.0;
  g_array_append_val (scene->prims, prim);
  *out_index = scene->prims->len - 1;
  return &g_array_index (scene->prims, PkcPrim, *out_index);
}

PkcPrim *
pkc_scene_prim (PkcScene *scene,
                guint     index)
{
  return &g_array_index (scene->prims, PkcPrim, index);
}

guint
pkc_scene_add_rect (PkcScene *scene,
                    double    x,
                    double    y,
                    double    width,
                    double    height,
                    PkcPaint  fill)
{
  guint index;
  PkcPrim *prim = append (scene, PKC_PRIM_RECT, &index);

  prim->box = (PkcBox) { x, y, width, height };
  prim->fill = fill;
  prim->has_fill = TRUE;
  return index;
}

static GArray *
copy_points (const PkcPoint *points,
             guint           n_points)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (PkcPoint), n_points);

  g_array_append_vals (array, points, n_points);
  return array;
}

guint
pkc_scene_add_line (PkcScene       *scene,
                    const PkcPoint *points,
                    guint           n_points,
                    double          line_width,
                    PkcPaint        stroke)
{
  guint index;
  PkcPrim *prim = append (scene, PKC_PRIM_LINE, &index);

  prim->points = copy_points (points, n_points);
  prim->line_width = line_width;
  prim->stroke = stroke;
  prim->has_stroke = TRUE;
  return index;
}

guint
pkc_scene_add_polygon (PkcScene       *scene,
                       const PkcPoint *points,
                       guint           n_points,
                       PkcPaint        fill)
{
  guint index;
  PkcPrim *prim = append (scene, PKC_PRIM_POLYGON, &index);

  prim->points = copy_points (points, n_points);
  prim->fill = fill;
  prim->has_fill = TRUE;
  return index;
}

guint
pkc_scene_add_marker (PkcScene       *scene,
                      PkcMarkerShape  shape,
                      double          x,
                      double          y,
                      double          size,
                      PkcPaint        colour,
                      gboolean        filled)
{
  guint index;
  PkcPrim *prim = append (scene, PKC_PRIM_MARKER, &index);

  prim->shape = shape;
  prim->box = (PkcBox) { x, y, size, size };
  prim->stroke = colour;
  prim->has_stroke = TRUE;
  prim->fill = colour;
  prim->has_fill = filled;
  prim->line_width = 1.5;
  return index;
}

guint
pkc_scene_add_text (PkcScene    *scene,
                    const char  *text,
                    double       x,
                    double       y,
                    double       font_size,
                    PangoWeight  weight,
                    double       halign,
                    double       valign,
                    double       rotation,
                    PkcPaint     colour)
{
  guint index;
  PkcPrim *prim = append (scene, PKC_PRIM_TEXT, &index);
  double w, h;

  prim->text = g_strdup (text);
  prim->box = (PkcBox) { x, y, 0, 0 };
  prim->font_size = font_size;
  prim->weight = weight;
  prim->halign = halign;
  prim->valign = valign;
  prim->rotation = rotation;
  prim->fill = colour;
  prim->has_fill = TRUE;

  pkc_text_measure (text, font_size, weight, &w, &h);
  prim->box.width = w;
  prim->box.height = h;

  /* The box before rotation, relative to the anchor; then the rotated bounding box. */
  {
    double x0 = -halign * w, y0 = -valign * h;
    double c = cos (rotation), s = sin (rotation);
    double xs[4] = { x0, x0 + w, x0 + w, x0 };
    double ys[4] = { y0, y0, y0 + h, y0 + h };
    double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

    for (guint i = 0; i < 4; i++)
      {
        double rx = x + xs[i] * c - ys[i] * s;
        double ry = y + xs[i] * s + ys[i] * c;

        min_x = MIN (min_x, rx);
        max_x = MAX (max_x, rx);
        min_y = MIN (min_y, ry);
        max_y = MAX (max_y, ry);
      }
    prim->extents = (PkcBox) { min_x, min_y, max_x - min_x, max_y - min_y };
  }
  return index;
}

int
pkc_scene_add_hit (PkcScene *scene,
                   double    x,
                   double    y,
                   double    width,
                   double    height,
                   double    anchor_x,
                   double    anchor_y,
                   char     *tooltip)
{
  PkcHitRegion hit = { 0 };

  hit.x = x;
  hit.y = y;
  hit.width = width;
  hit.height = height;
  hit.anchor_x = anchor_x;
  hit.anchor_y = anchor_y;
  hit.tooltip = tooltip;
  hit.legend_index = -1;
  hit.series = -1;
  hit.item = -1;
  g_array_append_val (scene->hits, hit);
  return (int) scene->hits->len - 1;
}

PkcHitRegion *
pkc_scene_hit_mut (PkcScene *scene,
                   int       index)
{
  return &g_array_index (scene->hits, PkcHitRegion, index);
}
