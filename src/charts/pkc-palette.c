/* pkc-palette.c — semantic colour roles to colours, per theme
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Series colours: Okabe & Ito's colour-blind safe set. The order puts the most frequent
 * category (malicious acts) on vermillion and keeps neighbours in a stack far apart in hue
 * and lightness. Dark: the same hues lifted so they read on #1e1e1e. Print: grey steps far
 * apart in lightness, and a pattern of its own for every series but the darkest and the
 * mid-light one (series_print_hatch), so that in greyscale no two series look alike. */
static const PkcColor series_light[PKC_N_SERIES_COLORS] = {
  RGB (0xD55E00), RGB (0x0072B2), RGB (0x009E73), RGB (0xCC79A7),
  RGB (0xE69F00), RGB (0x8C8C8C), RGB (0x56B4E9), RGB (0xF0E442),
};
static const PkcColor series_dark[PKC_N_SERIES_COLORS] = {
  RGB (0xF07A3A), RGB (0x56B4E9), RGB (0x2FC79B), RGB (0xE79BCB),
  RGB (0xF0B429), RGB (0xA6A6A6), RGB (0x9DC9FF), RGB (0xF0E442),
};
static const PkcColor series_print[PKC_N_SERIES_COLORS] = {
  RGB (0x1A1A1A), RGB (0x7A7A7A), RGB (0xBDBDBD), RGB (0x4D4D4D),
  RGB (0xE0E0E0), RGB (0x9A9A9A), RGB (0x333333), RGB (0xCCCCCC),
};
/* Casualty incidents take series 0–5 in their order: malicious act (plain, darkest), accident
 * (/), illness (plain, light), self-inflicted (\), to be determined (dots), unknown (cross);
 * accident and unknown, the two closest mid greys, now differ in pattern too. */
static const PkcHatch series_print_hatch[PKC_N_SERIES_COLORS] = {
  PKC_HATCH_NONE, PKC_HATCH_DIAGONAL, PKC_HATCH_NONE, PKC_HATCH_BACK_DIAGONAL,
  PKC_HATCH_DOTS, PKC_HATCH_CROSS, PKC_HATCH_HORIZONTAL, PKC_HATCH_VERTICAL,
};

typedef struct {
  PkcColor background, text, muted, axis, grid;
  PkcColor ceiling[2];
  PkcColor shading, cumulative, event, land, focus;
  const PkcColor *series;
} Palette;

static const Palette palettes[] = {
  [PKC_THEME_LIGHT] = {
    .background = RGB (0xFFFFFF), .text = RGB (0x1F2328), .muted = RGB (0x5E6670),
    .axis = RGB (0x6E7781), .grid = RGB (0xE3E6EA),
    .ceiling = { RGB (0x003F63), RGB (0x00573F) },
    .shading = { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0, 0.16 },
    .cumulative = RGB (0x1F2328), .event = RGB (0x8A9099), .land = RGB (0xF2F0E9),
    .focus = RGB (0x1C71D8), .series = series_light,
  },
  [PKC_THEME_DARK] = {
    .background = RGB (0x1E1E1E), .text = RGB (0xEDEDED), .muted = RGB (0xABABAB),
    .axis = RGB (0x8A8A8A), .grid = RGB (0x343434),
    .ceiling = { RGB (0xA9D8F5), RGB (0x8FE3C6) },
    .shading = { 0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0, 0.20 },
    .cumulative = RGB (0xEDEDED), .event = RGB (0x7D7D7D), .land = RGB (0x2B2D2A),
    .focus = RGB (0x78AEED), .series = series_dark,
  },
  [PKC_THEME_PRINT] = {
    .background = RGB (0xFFFFFF), .text = RGB (0x000000), .muted = RGB (0x444444),
    .axis = RGB (0x555555), .grid = RGB (0xDDDDDD),
    .ceiling = { RGB (0x000000), RGB (0x555555) },
    .shading = { 0.5, 0.5, 0.5, 0.22 },
    .cumulative = RGB (0x000000), .event = RGB (0x777777), .land = RGB (0xF4F4F4),
    .focus = RGB (0x000000), .series = series_print,
  },
};

PkcColor
pkc_palette_color (PkcTheme theme,
                   PkcPaint paint)
{
  const Palette *p = &palettes[CLAMP ((int) theme, 0, (int) G_N_ELEMENTS (palettes) - 1)];
  PkcColor c;

  switch (paint.role)
    {
    case PKC_ROLE_BACKGROUND: c = p->background; break;
    case PKC_ROLE_TEXT:       c = p->text; break;
    case PKC_ROLE_MUTED:      c = p->muted; break;
    case PKC_ROLE_AXIS:       c = p->axis; break;
    case PKC_ROLE_GRID:       c = p->grid; break;
    case PKC_ROLE_SERIES:     c = p->series[paint.index % PKC_N_SERIES_COLORS]; break;
    case PKC_ROLE_CEILING:    c = p->ceiling[paint.index % 2]; break;
    case PKC_ROLE_SHADING:    c = p->shading; break;
    case PKC_ROLE_CUMULATIVE: c = p->cumulative; break;
    case PKC_ROLE_EVENT:      c = p->event; break;
    case PKC_ROLE_LAND:       c = p->land; break;
    case PKC_ROLE_FOCUS:      c = p->focus; break;
    case PKC_N_ROLES:
    default:                  c = p->text; break;
    }
  c.alpha *= paint.alpha;
  return c;
}

PkcHatch
pkc_palette_hatch (PkcTheme theme,
                   PkcPaint paint)
{
  if (theme != PKC_THEME_PRINT)
    return PKC_HATCH_NONE;
  if (paint.role == PKC_ROLE_SHADING)
    return PKC_HATCH_DIAGONAL;
  if (paint.role == PKC_ROLE_SERIES)
    return series_print_hatch[paint.index % PKC_N_SERIES_COLORS];
  return PKC_HATCH_NONE;
}

void
pkc_theme_get_background (PkcTheme  theme,
                          double   *red,
                          double   *green,
                          double   *blue)
{
  PkcColor c = pkc_palette_color (theme, pkc_paint (PKC_ROLE_BACKGROUND, 0));

  if (red) *red = c.red;
  if (green) *green = c.green;
  if (blue) *blue = c.blue;
}
