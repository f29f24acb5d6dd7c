/* pkc-svg-text.h — a scene's text runs as real SVG <text> elements
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pkc-charts.h"

G_BEGIN_DECLS

/* cairo's SVG surface turns glyphs into outlines, which no one can select, search or
 * translate. So the shapes are painted with PKC_PAINT_SKIP_TEXT and this adds the text:
 * a <title> (when @title is not NULL) after the root element's start tag and one <text>
 * per text run of @scene, in paint order, before the closing </svg>. FALSE (and @svg
 * unchanged) when @svg holds no <svg> root. */
gboolean  pkc_svg_add_text      (GByteArray     *svg,
                                 const PkcScene *scene,
                                 PkcTheme        theme,
                                 const char     *title);


G_END_DECLS
