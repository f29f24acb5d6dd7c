/* pkc-chart.h — chart layout (pure) and painting (cairo + pango), shared by the window,
 * the exports and printing. No GTK here.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "pkc-dataset.h"
#include "pkc-series.h"

G_BEGIN_DECLS

typedef enum {
  PKC_CHART_CASUALTIES,
  PKC_CHART_STRENGTH,
  PKC_CHART_BASES,
  PKC_N_CHARTS
} PkcChartKind;

typedef enum {
  PKC_THEME_LIGHT,
  PKC_THEME_DARK,
  PKC_THEME_PRINT,
} PkcTheme;

/* What the casualty chart's bars are stacked by. */
typedef enum {
  PKC_STACK_INCIDENT,      /* incident type (the default) */
  PKC_STACK_NATIONALITY,   /* the contributors with the most deaths, then "Other" */
  PKC_STACK_PERSONNEL,     /* military, police, civilians… */
  PKC_STACK_GENDER,        /* as the UN data records it, "not recorded" otherwise */
  PKC_N_STACKS
} PkcStackBy;

const char *pkc_stack_by_to_token   (PkcStackBy   by);     /* incident|nationality|personnel|gender */
gboolean    pkc_stack_by_from_token (const char  *token,
                                     PkcStackBy  *out);

typedef struct {
  PkcInterval interval;          /* casualties: binning */
  guint       personnel_mask;    /* casualties: PKC_PERSONNEL_ALL by default */
  gboolean    show_cumulative;   /* casualties: cumulative line on a second axis */
  PkcDate     range_from;        /* casualties: zoom; unset = whole range */
  PkcDate     range_to;
  guint       hidden_series;     /* bit per legend entry index the user switched off */
  gboolean    show_title;        /* title, subtitle and source line (exports: always) */
  PkcStackBy  stack_by;          /* casualties: what the bars are stacked by */
  gboolean    sources_in_full;   /* a page (exports, print): each source drawn listed under the
                                  * chart, numbered, linked; the window: a one-line summary
                                  * and the tooltips */
} PkcChartOptions;

void pkc_chart_options_init (PkcChartOptions *options);

const char *pkc_chart_kind_to_token   (PkcChartKind  kind);  /* casualties|strength|bases */
gboolean    pkc_chart_kind_from_token (const char   *token,
                                       PkcChartKind *out);

/* What a hit region points at: enough for a tooltip and for keyboard focus order. */
typedef struct {
  double x, y, width, height;   /* device-independent units (px at scale 1) */
  double anchor_x, anchor_y;    /* where a focus ring / tooltip points */
  char  *tooltip;               /* markup-free text, several lines */
  int    legend_index;          /* >= 0 for a legend entry (click toggles), else -1 */
  /* What the region points at, for keyboard navigation and tests: */
  int    series;                /* casualties: the stack's category (PkcIncident by default);
                                 * strength: PkcStrengthSeries;
                                 * bases: -1; legend entries: = legend_index; else -1 */
  int    item;                  /* casualties: period index; strength: index into the dataset's
                                 * observations / ceilings / drawdowns array; bases: index into
                                 * pkc_dataset_get_bases(); else -1 */
} PkcHitRegion;

/* The strength chart's series (legend indices and hidden_series bits). */
typedef enum {
  PKC_STRENGTH_MILITARY_CEILING,
  PKC_STRENGTH_POLICE_CEILING,
  PKC_STRENGTH_MILITARY,
  PKC_STRENGTH_POLICE,
  PKC_STRENGTH_TOTAL,       /* observations that give only a uniformed total */
  PKC_STRENGTH_DRAWDOWN,    /* 2023 withdrawal departures */
  PKC_N_STRENGTH_SERIES
} PkcStrengthSeries;

typedef struct _PkcScene PkcScene;

/* Lay out @kind for @dataset at @width × @height. Pure: same inputs, same scene. */
PkcScene           *pkc_chart_layout           (PkcChartKind           kind,
                                                PkcDataset            *dataset,
                                                double                 width,
                                                double                 height,
                                                const PkcChartOptions *options);
void                pkc_scene_free             (PkcScene *scene);
double              pkc_scene_get_width        (const PkcScene *scene);
double              pkc_scene_get_height       (const PkcScene *scene);
guint               pkc_scene_get_n_hits       (const PkcScene *scene);
const PkcHitRegion *pkc_scene_get_hit          (const PkcScene *scene,
                                                guint           index);
/* Index of the topmost hit region containing (x, y), or -1. */
int                 pkc_scene_hit_test         (const PkcScene *scene,
                                                double          x,
                                                double          y);
/* One sentence summarising the data, for screen readers. */
const char         *pkc_scene_get_description  (const PkcScene *scene);

/* Paint the scene at the cairo context's current origin. @focus_hit: -1 or a hit index to
 * draw as focused/hovered (the overlay), without re-laying anything out. */
void                pkc_scene_paint            (const PkcScene *scene,
                                                cairo_t        *cr,
                                                PkcTheme        theme,
                                                int             focus_hit);
/* Only what @focus_hit adds to pkc_scene_paint(): drawn over a scene painted with -1, the
 * result is the same, so a widget can keep the scene as an image and redraw just this. */
void                pkc_scene_paint_focus      (const PkcScene *scene,
                                                cairo_t        *cr,
                                                PkcTheme        theme,
                                                int             focus_hit);

/* Localised chart name ("Casualties over time"). */
const char         *pkc_chart_kind_get_title   (PkcChartKind kind);
/* TRUE for the empty-state scene (no records for this chart). */
gboolean            pkc_scene_is_empty         (const PkcScene *scene);
/* A text run as the painter draws it, for a writer that keeps text as text (SVG). */
typedef struct {
  const char *text;
  const char *link;                /* nullable: the address the text links to */
  double      x, y;                /* the anchor */
  double      width, height;       /* the run's box before any rotation */
  double      halign, valign;      /* the anchor's place on the box: 0 left/top … 1 right/bottom */
  double      rotation;            /* radians, clockwise, about the anchor */
  double      font_size;           /* px */
  int         weight;              /* a PangoWeight */
  double      red, green, blue, alpha;  /* the run's colour in the theme asked for */
} PkcTextRun;

typedef void (*PkcTextRunFunc) (const PkcTextRun *run,
                                gpointer          user_data);

/* Calls @func for each text run of @scene, in paint order, coloured for @theme. */
void                pkc_scene_foreach_text_run (const PkcScene *scene,
                                                PkcTheme        theme,
                                                PkcTextRunFunc  func,
                                                gpointer        user_data);
/* The background colour the painter fills with, so a widget can match it. */
void                pkc_theme_get_background   (PkcTheme  theme,
                                                double   *red,
                                                double   *green,
                                                double   *blue);

/* The plot area of a time chart (casualties, strength); FALSE for other scenes. */
gboolean            pkc_scene_get_plot_area    (const PkcScene *scene,
                                                double         *x,
                                                double         *y,
                                                double         *width,
                                                double         *height);
/* The dates covered by the horizontal span @xa…@xb (either order) of a time chart, widened
 * to whole periods when the chart has bars per period. FALSE when the span misses the plot
 * or the scene has no time axis. */
gboolean            pkc_scene_span_to_range    (const PkcScene *scene,
                                                double          xa,
                                                double          xb,
                                                PkcDate        *from,
                                                PkcDate        *to);

typedef enum {
  PKC_PAINT_DEFAULT   = 0,
  PKC_PAINT_SKIP_TEXT = 1 << 0,  /* shapes only: the SVG export writes text as <text> */
} PkcPaintFlags;

/* pkc_scene_paint() with @flags. */
void                pkc_scene_paint_full       (const PkcScene *scene,
                                                cairo_t        *cr,
                                                PkcTheme        theme,
                                                int             focus_hit,
                                                PkcPaintFlags   flags);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcScene, pkc_scene_free)

G_END_DECLS
