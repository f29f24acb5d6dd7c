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
/* TRUE when the theme marks @paint's fills with hatching (print: greys alone are too close). */
gboolean pkc_palette_hatch  (PkcTheme theme,
                             PkcPaint paint);

G_END_DECLS
