/* pkc-scene-private.h — the primitives a laid-out scene is made of
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <pango/pango.h>

#include "pkc-chart.h"
#include "pkc-palette.h"

G_BEGIN_DECLS

typedef enum {
  PKC_PRIM_RECT,
  PKC_PRIM_LINE,      /* open polyline */
  PKC_PRIM_POLYGON,   /* closed, filled (optionally stroked) */
  PKC_PRIM_MARKER,
  PKC_PRIM_TEXT,
} PkcPrimKind;

typedef enum {
  PKC_MARKER_CIRCLE,
  PKC_MARKER_DIAMOND,
  PKC_MARKER_SQUARE,
  PKC_MARKER_TRIANGLE,
  PKC_MARKER_QUESTION,  /* dashed circle with a "?" — "date unknown" */
} PkcMarkerShape;

typedef struct {
  double x, y;
} PkcPoint;

typedef struct {
  double x, y, width, height;
} PkcBox;

typedef struct {
  PkcPrimKind kind;
  PkcPaint    fill;        /* rect, polygon, marker (filled), text colour */
  PkcPaint    stroke;      /* line, marker outline, optional outline of rect/polygon */
  gboolean    has_fill;
  gboolean    has_stroke;
  double      line_width;
  double      dash;        /* 0: solid, else on/off length */
  gboolean    hatch;       /* print theme may hatch fills flagged so */
  int         hit;         /* owning hit region or -1: the focus overlay redraws it */

  /* geometry */
  PkcBox          box;     /* rect; marker: centre in x,y and size in width */
  GArray         *points;  /* of PkcPoint: line, polygon */
  PkcMarkerShape  shape;

  /* text */
  char           *text;
  double          font_size;   /* px */
  PangoWeight     weight;
  double          halign;      /* 0 left, 0.5 centre, 1 right of the anchor */
  double          valign;      /* 0 top, 0.5 middle, 1 bottom at the anchor */
  double          rotation;    /* radians, clockwise, about the anchor */
  PkcBox          extents;     /* the text's box in scene coordinates (rotated: bounding box) */
  char           *link;        /* nullable: the text links to this address (PDF, SVG) */
} PkcPrim;

struct _PkcScene {
  PkcChartKind  kind;
  double        width;
  double        height;
  GArray       *prims;        /* of PkcPrim */
  GArray       *hits;         /* of PkcHitRegion */
  char         *description;
  gboolean      empty;        /* the empty-state scene */

  /* Time charts: the plot area and its time axis, so a widget can turn a dragged span
   * into a date range (pkc_scene_span_to_range). */
  gboolean      has_time_axis;
  PkcBox        plot;
  double        time_x0, time_x1;
  guint32       time_j0, time_j1;      /* linear axis */
  guint         n_periods;             /* > 0: one equal-width slot per period */
  guint32      *period_julian;         /* [n_periods + 1] */

  /* The sources the drawn records cite and other credits, for options->sources_in_full
   * (pkc-sources-private.h); NULL when nothing was cited. */
  GPtrArray    *citations;             /* of PkcCitation* */
  GPtrArray    *credits;               /* of char* */
};

PkcScene *pkc_scene_new              (PkcChartKind kind,
                                      double       width,
                                      double       height);
void      pkc_scene_set_description  (PkcScene   *scene,
                                      const char *description);

/* Builders: each returns the new primitive's index. */
guint     pkc_scene_add_rect         (PkcScene *scene,
                                      double    x,
                                      double    y,
                                      double    width,
                                      double    height,
                                      PkcPaint  fill);
guint     pkc_scene_add_line         (PkcScene       *scene,
                                      const PkcPoint *points,
                                      guint           n_points,
                                      double          line_width,
                                      PkcPaint        stroke);
guint     pkc_scene_add_polygon      (PkcScene       *scene,
                                      const PkcPoint *points,
                                      guint           n_points,
                                      PkcPaint        fill);
guint     pkc_scene_add_marker       (PkcScene       *scene,
                                      PkcMarkerShape  shape,
                                      double          x,
                                      double          y,
                                      double          size,
                                      PkcPaint        colour,
                                      gboolean        filled);
guint     pkc_scene_add_text         (PkcScene    *scene,
                                      const char  *text,
                                      double       x,
                                      double       y,
                                      double       font_size,
                                      PangoWeight  weight,
                                      double       halign,
                                      double       valign,
                                      double       rotation,
                                      PkcPaint     colour);
PkcPrim  *pkc_scene_prim             (PkcScene *scene,
                                      guint     index);
/* Takes ownership of @tooltip. Returns the hit index. */
int       pkc_scene_add_hit          (PkcScene *scene,
                                      double    x,
                                      double    y,
                                      double    width,
                                      double    height,
                                      double    anchor_x,
                                      double    anchor_y,
                                      char     *tooltip);
PkcHitRegion *pkc_scene_hit_mut      (PkcScene *scene,
                                      int       index);

/* Pixel snapping for crisp 1-px strokes: a line of odd width sits on a half pixel. */
static inline double
pkc_snap (double v)
{
  return floor (v) + 0.5;
}

/* Fill edges land on whole pixels so adjacent bars share an edge without a seam. */
static inline double
pkc_snap_edge (double v)
{
  return round (v);
}

/* The text runs of the scene and their boxes (rotated runs: the bounding box), in paint
 * order; for tests. */
guint               _pkc_scene_get_n_texts      (const PkcScene *scene);
const char         *_pkc_scene_get_text         (const PkcScene *scene,
                                                 guint           index,
                                                 double         *x,
                                                 double         *y,
                                                 double         *width,
                                                 double         *height);

G_END_DECLS
