/* pkc-png-info.c — a PNG's size and resolution read back, for the tests of the encoder
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-export-private.h"

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* IHDR is always first: 8-byte signature, then length (4), type (4), 13 bytes, CRC (4). */
#define IHDR_END (8 + 4 + 4 + 13 + 4)

/* PNG numbers are big-endian; the buffer is not aligned for a guint32, hence the memcpy. */
static guint32
get_be32 (const guint8 *in)
{
  guint32 be;

  memcpy (&be, in, sizeof be);
  return GUINT32_FROM_BE (be);
}

/* A PNG signature and the IHDR chunk, after which pHYs goes: anything else is refused. */
static gboolean
has_ihdr (const guint8 *data,
          gsize         len)
{
  return len >= IHDR_END &&
         memcmp (data, png_signature, sizeof png_signature) == 0 &&
         get_be32 (data + 8) == 13 &&
         memcmp (data + 12, "IHDR", 4) == 0;
}

gboolean
_pkc_png_get_info (const guint8 *data,
                   gsize         len,
                   guint        *width,
                   guint        *height,
                   double       *dpi)
{
  gsize pos = IHDR_END;

  if (!has_ihdr (data, len))
    return FALSE;

  if (width != NULL)
    *width = get_be32 (data + 16);
  if (height != NULL)
    *height = get_be32 (data + 20);
  if (dpi != NULL)
    *dpi = 0;

  while (pos + 12 <= len)
    {
      guint32 length = get_be32 (data + pos);

      if (length > len - pos - 12)
        return FALSE;
      if (memcmp (data + pos + 4, "pHYs", 4) == 0 && length == 9)
        {
          if (dpi != NULL && data[pos + 16] == 1)
            *dpi = get_be32 (data + pos + 8) * 0.0254;
          break;
        }
      if (memcmp (data + pos + 4, "IDAT", 4) == 0)
        break;
      pos += length + 12;
    }
  return TRUE;
}
