/* pkc-png-write.h — an opaque image to PNG with zlib: no row filter, its resolution kept
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Encodes the CAIRO_FORMAT_RGB24 @surface as an 8-bit RGB PNG with a pHYs chunk of @dpi.
 * NULL (and @error set) when zlib fails (out of memory). */
GByteArray *pkc_png_encode_rgb24 (cairo_surface_t *surface,
                                  double           dpi,
                                  GError         **error);

G_END_DECLS
