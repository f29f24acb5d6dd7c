/* pkc-export-private.h — parts of the export layer that only its tests call
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-svg-text.h"

G_BEGIN_DECLS

/* Reads back IHDR's size and pHYs's resolution (0 when absent): for tests. */
gboolean _pkc_png_get_info (const guint8 *data,
                            gsize         len,
                            guint        *width,
                            guint        *height,
                            double       *dpi);

/* The <text> elements alone (one per line), for tests. */
char     *_pkc_svg_text_elements (const PkcScene *scene,
                                  PkcTheme        theme);

G_END_DECLS
