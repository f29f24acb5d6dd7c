/* pkc-text-measure.h — text extents for layout, without a caller's cairo surface
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

#define PKC_FONT_FAMILY "Cantarell, Sans"

/* Sets the metrics every chart text is measured and painted with on @context: unhinted,
 * 96 dpi, unrounded glyph positions, so sizes do not depend on the target surface. */
void         pkc_text_context_set_metrics (PangoContext *context);
/* A layout with the chart font at @font_size px on @context. The painter and the measurer
 * both use it, so what layout measured is what gets painted. */
PangoLayout *pkc_text_layout_new     (PangoContext *context,
                                      const char   *text,
                                      double        font_size,
                                      PangoWeight   weight);
/* Logical width and height of @text, in px. */
void         pkc_text_measure        (const char   *text,
                                      double        font_size,
                                      PangoWeight   weight,
                                      double       *width,
                                      double       *height);
double       pkc_text_width          (const char   *text,
                                      double        font_size,
                                      PangoWeight   weight);
/* @text cut at a word or character boundary with "…" so it fits @max_width (newly allocated;
 * the whole text when it fits, "" when not even "…" fits). */
char        *pkc_text_ellipsize      (const char   *text,
                                      double        font_size,
                                      PangoWeight   weight,
                                      double        max_width);
/* @text broken into lines no wider than @max_width (words longer than that are ellipsized). */
GPtrArray   *pkc_text_wrap           (const char   *text,
                                      double        font_size,
                                      PangoWeight   weight,
                                      double        max_width);

G_END_DECLS
