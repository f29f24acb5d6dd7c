/* pkc-painter.c — the one painter: scene → cairo (screen, PNG, PDF, SVG, print)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "pkc-common.h"
#include "pkc-palette.h"
#include "pkc-scene-private.h"
#include "pkc-text-measure.h"

static void
set_color (cairo_t  *cr,
           PkcTheme  theme,
           PkcPaint  paint)
{
  PkcColor c = pkc_palette_color (theme, paint);

  cairo_set_source_rgba (cr, c.red, c.green, c.blue, c.alpha);
}

#define HATCH_STEP 5.0

static void
hatch_lines (cairo_t  *cr,
             PkcHatch  hatch,
             double    x1,
             double    y1,
             double    x2,
             double    y2)
{
  double h = y2 - y1;

  /* Lines on a grid anchored at the origin, so neighbouring bars' patterns line up. */
  if (hatch == PKC_HATCH_DIAGONAL || hatch == PKC_HATCH_CROSS)
    for (double d = floor ((x1 - h) / HATCH_STEP) * HATCH_STEP; d < x2; d += HATCH_STEP)
      {
        cairo_move_to (cr, d, y2);
        cairo_line_to (cr, d + h, y1);
      }
  if (hatch == PKC_HATCH_BACK_DIAGONAL || hatch == PKC_HATCH_CROSS)
    for (double d = floor (x1 / HATCH_STEP) * HATCH_STEP; d < x2 + h; d += HATCH_STEP)
      {
        cairo_move_to (cr, d, y2);
        cairo_line_to (cr, d - h, y1);
      }
  if (hatch == PKC_HATCH_HORIZONTAL)
    for (double y = floor (y1 / HATCH_STEP) * HATCH_STEP + HATCH_STEP / 2; y < y2; y += HATCH_STEP)
      {
        cairo_move_to (cr, x1, y);
        cairo_line_to (cr, x2, y);
      }
  if (hatch == PKC_HATCH_VERTICAL)
    for (double x = floor (x1 / HATCH_STEP) * HATCH_STEP + HATCH_STEP / 2; x < x2; x += HATCH_STEP)
      {
        cairo_move_to (cr, x, y1);
        cairo_line_to (cr, x, y2);
      }
}

static void
hatch_dots (cairo_t *cr,
            double   x1,
            double   y1,
            double   x2,
            double   y2)
{
  const double step = HATCH_STEP - 1;

  /* Staggered rows of dots. */
  for (double y = floor (y1 / step) * step; y < y2 + step; y += step)
    {
      double shift = fmod (floor (y / step), 2) != 0 ? step / 2 : 0;

      for (double x = floor (x1 / step) * step + shift; x < x2 + step; x += step)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, 0.85, 0, 2 * G_PI);
        }
    }
}

/* @hatch over the current path's fill @fill: light marks on dark greys, dark marks on light
 * ones, so every pattern shows whatever grey it is drawn on. */
static void
hatch_current_path (cairo_t  *cr,
                    PkcTheme  theme,
                    PkcHatch  hatch,
                    PkcColor  fill)
{
  double x1, y1, x2, y2;
  double lightness = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue;
  PkcColor bg = pkc_palette_color (theme, pkc_paint (PKC_ROLE_BACKGROUND, 0));
  PkcColor ink = pkc_palette_color (theme, pkc_paint (PKC_ROLE_TEXT, 0));

  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_fill_extents (cr, &x1, &y1, &x2, &y2);
  cairo_new_path (cr);
  if (lightness < 0.5)
    cairo_set_source_rgba (cr, bg.red, bg.green, bg.blue, 0.75);
  else
    cairo_set_source_rgba (cr, ink.red, ink.green, ink.blue, 0.6);
  if (hatch == PKC_HATCH_DOTS)
    {
      hatch_dots (cr, x1, y1, x2, y2);
      cairo_fill (cr);
    }
  else
    {
      hatch_lines (cr, hatch, x1, y1, x2, y2);
      /* Thinner when crossed, so the fill's grey still shows through. */
      cairo_set_line_width (cr, hatch == PKC_HATCH_CROSS ? 0.8 : 1.2);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
fill_path (cairo_t       *cr,
           PkcTheme       theme,
           const PkcPrim *prim)
{
  PkcHatch hatch = pkc_palette_hatch (theme, prim->fill);

  set_color (cr, theme, prim->fill);
  cairo_fill_preserve (cr);
  if (hatch == PKC_HATCH_NONE && prim->hatch)
    hatch = PKC_HATCH_DIAGONAL;
  if (hatch != PKC_HATCH_NONE)
    hatch_current_path (cr, theme, hatch, pkc_palette_color (theme, prim->fill));
}

static void
stroke_path (cairo_t       *cr,
             PkcTheme       theme,
             const PkcPrim *prim)
{
  set_color (cr, theme, prim->stroke);
  cairo_set_line_width (cr, prim->line_width);
  if (prim->dash > 0)
    {
      double dashes[] = { prim->dash, prim->dash };

      cairo_set_dash (cr, dashes, 2, 0);
    }
  else
    cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke_preserve (cr);
}

static void
points_path (cairo_t      *cr,
             const GArray *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      const PkcPoint *p = &g_array_index (points, PkcPoint, i);

      if (i == 0)
        cairo_move_to (cr, p->x, p->y);
      else
        cairo_line_to (cr, p->x, p->y);
    }
}

static void
marker_path (cairo_t       *cr,
             const PkcPrim *prim)
{
  double x = prim->box.x, y = prim->box.y, r = prim->box.width / 2;

  switch (prim->shape)
    {
    case PKC_MARKER_DIAMOND:
      r *= 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case PKC_MARKER_SQUARE:
      r *= 0.85;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case PKC_MARKER_TRIANGLE:
      r *= 1.15;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.95, y + r * 0.7);
      cairo_line_to (cr, x - r * 0.95, y + r * 0.7);
      cairo_close_path (cr);
      break;
    case PKC_MARKER_CIRCLE:
    case PKC_MARKER_QUESTION:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

static void
paint_text (cairo_t       *cr,
            PangoContext  *context,
            PkcTheme       theme,
            const PkcPrim *prim)
{
  g_autoptr(PangoLayout) layout = pkc_text_layout_shaped (cr, prim->text, prim->font_size,
                                                          prim->weight);

  if (layout == NULL)
    layout = pkc_text_layout_new (context, prim->text, prim->font_size, prim->weight);

  /* A link in a PDF (other surfaces ignore the tag). */
  if (prim->link != NULL)
    {
      g_autofree char *attributes = pkc_link_tag_attributes (prim->link);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
    }
  cairo_save (cr);
  cairo_translate (cr, prim->box.x, prim->box.y);
  if (prim->rotation != 0)
    cairo_rotate (cr, prim->rotation);
  cairo_move_to (cr, -prim->halign * prim->box.width, -prim->valign * prim->box.height);
  set_color (cr, theme, prim->fill);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  if (prim->link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
paint_prim (cairo_t       *cr,
            PangoContext  *context,
            PkcTheme       theme,
            const PkcPrim *prim)
{
  cairo_new_path (cr);
  switch (prim->kind)
    {
    case PKC_PRIM_RECT:
      cairo_rectangle (cr, prim->box.x, prim->box.y, prim->box.width, prim->box.height);
      if (prim->has_fill)
        fill_path (cr, theme, prim);
      if (prim->has_stroke)
        stroke_path (cr, theme, prim);
      break;

    case PKC_PRIM_LINE:
      points_path (cr, prim->points);
      stroke_path (cr, theme, prim);
      break;

    case PKC_PRIM_POLYGON:
      points_path (cr, prim->points);
      cairo_close_path (cr);
      if (prim->has_fill)
        fill_path (cr, theme, prim);
      if (prim->has_stroke)
        stroke_path (cr, theme, prim);
      break;

    case PKC_PRIM_MARKER:
      marker_path (cr, prim);
      if (prim->has_fill)
        set_color (cr, theme, prim->fill);
      else
        /* Hollow markers hide what is behind them (grid, hold lines). */
        set_color (cr, theme, pkc_paint (PKC_ROLE_BACKGROUND, 0));
      cairo_fill_preserve (cr);
      if (prim->shape == PKC_MARKER_QUESTION)
        {
          PkcPrim dashed = *prim;

          dashed.dash = 2;
          stroke_path (cr, theme, &dashed);
        }
      else
        stroke_path (cr, theme, prim);
      break;

    case PKC_PRIM_TEXT:
      paint_text (cr, context, theme, prim);
      break;

    default:
      g_assert_not_reached ();
    }
  cairo_new_path (cr);
}

static void
paint_focus (cairo_t            *cr,
             PkcTheme            theme,
             const PkcHitRegion *hit)
{
  PkcColor c = pkc_palette_color (theme, pkc_paint (PKC_ROLE_FOCUS, 0));
  double x = floor (hit->x) - 1.5, y = floor (hit->y) - 1.5;
  double w = ceil (hit->width) + 3, h = ceil (hit->height) + 3;
  double r = MIN (4, MIN (w, h) / 2);

  cairo_new_path (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, c.red, c.green, c.blue, 0.12);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, c.red, c.green, c.blue, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);
}

void
pkc_scene_paint_focus (const PkcScene *scene,
                       cairo_t        *cr,
                       PkcTheme        theme,
                       int             focus_hit)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  if (focus_hit < 0 || (guint) focus_hit >= scene->hits->len)
    return;
  cairo_save (cr);
  paint_focus (cr, theme, &g_array_index (scene->hits, PkcHitRegion, focus_hit));
  cairo_restore (cr);
}

void
pkc_scene_paint (const PkcScene *scene,
                 cairo_t        *cr,
                 PkcTheme        theme,
                 int             focus_hit)
{
  pkc_scene_paint_full (scene, cr, theme, focus_hit, PKC_PAINT_DEFAULT);
}

/* The SVG export paints the shapes here and writes the text runs as real <text>. */
void
pkc_scene_paint_full (const PkcScene *scene,
                      cairo_t        *cr,
                      PkcTheme        theme,
                      int             focus_hit,
                      PkcPaintFlags   flags)
{
  PangoContext *context;

  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  /* Same unhinted metrics as the layout measured with. */
  context = pango_cairo_create_context (cr);
  pkc_text_context_set_metrics (context);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  set_color (cr, theme, pkc_paint (PKC_ROLE_BACKGROUND, 0));
  cairo_rectangle (cr, 0, 0, scene->width, scene->height);
  cairo_fill (cr);

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *prim = &g_array_index (scene->prims, PkcPrim, i);

      if (prim->kind != PKC_PRIM_TEXT || !(flags & PKC_PAINT_SKIP_TEXT))
        paint_prim (cr, context, theme, prim);
    }

  if (focus_hit >= 0 && (guint) focus_hit < scene->hits->len)
    paint_focus (cr, theme, &g_array_index (scene->hits, PkcHitRegion, focus_hit));

  cairo_restore (cr);
  g_object_unref (context);
}
