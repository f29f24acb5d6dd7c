/* pkc-layout-strength-private.h — what the strength chart's layout stages share
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-layout-private.h"

G_BEGIN_DECLS

/* One deployed-strength figure on the plot. */
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

/* The strength chart being laid out: what the data holds, then the boxes, then the scene. */
typedef struct {
  PkcDataset            *dataset;
  const PkcChartOptions *options;
  GPtrArray             *ceilings;      /* the dataset's (may be NULL) */
  GPtrArray             *observations;
  GPtrArray             *drawdowns;
  guint                  n_ceil, n_obs, n_draw;
  GPtrArray             *source_ids;    /* owned */
  GArray                *mil, *pol, *tot;   /* Points, owned */
  gboolean               present[PKC_N_STRENGTH_SERIES];
  guint32                j0, j1;        /* the time range, j1 exclusive */
  double                 max_value;
  char                  *from_label, *to_label;   /* owned */
  double                 text_h;        /* one line of small text */
  PkcBox                 panel;         /* the withdrawal panel, or empty */
  PkcScene              *scene;
  PkcFrame               frame;
  PkcTimeMap             map;
  PkcValueAxis           axis;
  PkcBox                 plot;
  PkcLabelSet            labels;
  PkcLabelSet            marks;       /* markers, date bars and ceiling steps: kept clear of labels */
  guint32                j_end;       /* mission end: where the last ceiling stops at the latest */
  gboolean               visible[PKC_N_STRENGTH_SERIES];
} Ctx;

/* pkc-layout-strength.c */
const PkcPaint *pkc_strength_series_paint (PkcStrengthSeries series);
extern const PkcMarkerShape pkc_strength_series_shape[PKC_N_STRENGTH_SERIES];
void  pkc_strength_observation_span       (PkcDataset    *dataset,
                                           const PkcDate *date,
                                           guint32       *from,
                                           guint32       *to);

/* pkc-layout-strength-ceilings.c: the step lines and their resolution labels */
int   pkc_strength_ceiling_value          (const PkcCeiling *c,
                                           gboolean          police);
guint32 pkc_strength_ceiling_end          (Ctx              *ctx,
                                           GPtrArray        *ceilings,
                                           guint             i);
char *pkc_strength_resolution_label       (const PkcCeiling *c);
void  pkc_strength_layout_ceilings        (Ctx              *ctx,
                                           GPtrArray        *ceilings,
                                           gboolean          police);
void  pkc_strength_layout_resolution_labels (Ctx            *ctx,
                                             GPtrArray      *ceilings);
void  pkc_strength_layout_mission_start   (Ctx              *ctx,
                                           GPtrArray        *ceilings);
/* Whether a resolution sets both a military and a police ceiling (their sum is drawn for the
 * uniformed totals). */
gboolean pkc_strength_has_uniformed_ceiling (GPtrArray      *ceilings);
void  pkc_strength_layout_uniformed_ceiling (Ctx            *ctx,
                                             GPtrArray      *ceilings);

/* pkc-layout-strength-series.c: deployed-strength markers, held values, gaps */
void  pkc_strength_collect_points         (Ctx               *ctx);
void  pkc_strength_layout_observations    (Ctx               *ctx,
                                           PkcStrengthSeries  s,
                                           GArray            *points,
                                           GPtrArray         *source_ids);
void  pkc_strength_layout_gap             (Ctx               *ctx,
                                           GArray            *military,
                                           GPtrArray         *ceilings);
void  pkc_strength_layout_report_gaps     (Ctx               *ctx);

/* pkc-layout-strength-notes.c: the source line, the summary */
char   *pkc_strength_source_line          (PkcDataset *dataset);
void    pkc_strength_describe             (Ctx        *ctx);

/* pkc-layout-strength-key.c: the marker styles drawn with their meaning, under the legend;
 * returns the height used */
double  pkc_strength_layout_key           (Ctx        *ctx,
                                           double      y,
                                           double      line_h);

G_END_DECLS
