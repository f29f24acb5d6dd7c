/* pkc-png-dpi.h — record a PNG's resolution (cairo writes no pHYs chunk)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Inserts a pHYs chunk of @dpi (pixels per inch, stored per metre) right after IHDR in the
 * PNG held by @png, replacing any pHYs already there. FALSE (and @png unchanged) when @png
 * does not start with a PNG signature and an IHDR chunk. */
gboolean pkc_png_set_dpi (GByteArray *png,
                          double      dpi);

/* Reads back IHDR's size and pHYs's resolution (0 when absent): for tests. */
gboolean pkc_png_get_info (const guint8 *data,
                           gsize         len,
                           guint        *width,
                           guint        *height,
                           double       *dpi);

G_END_DECLS
