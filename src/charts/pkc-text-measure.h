/* pkc-text-measure.h — text extents for layout, without a caller's cairo surface
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define PKC_FONT_FAMILY "Cantarell, Sans"

/* Sets the metrics every chart text is measured and painted with on @context: unhinted,
 * 96 dpi, unrounded glyph positions, so sizes do not depend on the target surface. */
void         pkc_text_context_set_metrics (PangoContext *context);
/* Makes this thread's measuring context now. Pango reads the fontconfig setup on a thread of
 * its own as the font map is made: a caller that is about to load a dataset calls this first
 * so that both happen at once (the first measure waits for fontconfig otherwise). */
void         pkc_text_prepare             (void);
/* A layout with the chart font at @font_size px on @context. The painter and the measurer
 * both use it, so what layout measured is what gets painted. */
PangoLayout *pkc_text_layout_new     (PangoContext *context,
                                      const char   *text,
                                      double        font_size,
                                      PangoWeight   weight);
/* The layout pkc_text_measure() shaped for @text on this thread, when it paints on @cr
 * exactly as one made on a context for @cr would (the same font options, as on an image
 * surface, and no scale or rotation); NULL otherwise (a new reference). Saves the painter of
 * an export shaping every string a second time. */
PangoLayout *pkc_text_layout_shaped  (cairo_t      *cr,
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
