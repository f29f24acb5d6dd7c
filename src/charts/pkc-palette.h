/* pkc-palette.h — semantic colour roles to colours, per theme
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"

G_BEGIN_DECLS

/* Semantic colours: the painter maps them to a palette per theme. */
typedef enum {
  PKC_ROLE_BACKGROUND,
  PKC_ROLE_TEXT,
  PKC_ROLE_MUTED,        /* secondary text, ticks */
  PKC_ROLE_AXIS,
  PKC_ROLE_GRID,
  PKC_ROLE_SERIES,       /* + series index */
  PKC_ROLE_CEILING,      /* + 0 military, 1 police */
  PKC_ROLE_SHADING,      /* gap between deployed and ceiling */
  PKC_ROLE_CUMULATIVE,
  PKC_ROLE_EVENT,
  PKC_ROLE_LAND,         /* map fill */
  PKC_ROLE_FOCUS,
  PKC_N_ROLES
} PkcRole;

#define PKC_N_SERIES_COLORS 8

typedef struct {
  PkcRole role;
  guint   index;   /* series or ceiling index, 0 otherwise */
  double  alpha;   /* 0..1 multiplier */
} PkcPaint;

/* A role's colour at full opacity, or times @alpha. */
PkcPaint  pkc_paint                  (PkcRole role,
                                      guint   index);
PkcPaint  pkc_paint_alpha            (PkcRole role,
                                      guint   index,
                                      double  alpha);

typedef struct {
  double red, green, blue, alpha;
} PkcColor;

PkcColor pkc_palette_color  (PkcTheme theme,
                             PkcPaint paint);

/* Patterns drawn over a fill: in the print theme the series greys alone are too close, so
 * each series has its own pattern (or none), and no two series share grey and pattern. */
typedef enum {
  PKC_HATCH_NONE,
  PKC_HATCH_DIAGONAL,        /* lines rising to the right: / */
  PKC_HATCH_BACK_DIAGONAL,   /* lines falling to the right: \ */
  PKC_HATCH_HORIZONTAL,
  PKC_HATCH_VERTICAL,
  PKC_HATCH_CROSS,           /* / and \ together */
  PKC_HATCH_DOTS,
  PKC_N_HATCHES
} PkcHatch;

/* The pattern the theme draws over @paint's fills (PKC_HATCH_NONE: a plain fill). */
PkcHatch pkc_palette_hatch  (PkcTheme theme,
                             PkcPaint paint);

G_END_DECLS
