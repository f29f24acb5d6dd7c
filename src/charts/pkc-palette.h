/* pkc-palette.h — semantic colour roles to colours, per theme
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-scene-private.h"

G_BEGIN_DECLS

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
