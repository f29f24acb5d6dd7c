/* pkc-png-dpi.c — record a PNG's resolution (cairo writes no pHYs chunk)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

#include "pkc-png-dpi.h"
#include "pkc-export-private.h"

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* IHDR is always first: 8-byte signature, then length (4), type (4), 13 bytes, CRC (4). */
#define IHDR_END (8 + 4 + 4 + 13 + 4)

/* PNG numbers are big-endian; the buffer is not aligned for a guint32, hence the memcpy. */
static void
put_be32 (guint8  *out,
          guint32  value)
{
  guint32 be = GUINT32_TO_BE (value);

  memcpy (out, &be, sizeof be);
}

/* The reverse of put_be32(). */
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
_pkc_png_set_dpi (GByteArray *png,
                  double      dpi)
{
  guint8 chunk[4 + 4 + 9 + 4];
  guint32 ppm;
  gsize pos;

  g_return_val_if_fail (png != NULL, FALSE);
  g_return_val_if_fail (dpi > 0, FALSE);

  if (!has_ihdr (png->data, png->len))
    return FALSE;

  /* Drop an existing pHYs so there is exactly one. */
  pos = IHDR_END;
  while (pos + 12 <= png->len)
    {
      guint32 length = get_be32 (png->data + pos);

      if (length > png->len - pos - 12)
        break;
      if (memcmp (png->data + pos + 4, "pHYs", 4) == 0)
        {
          g_byte_array_remove_range (png, pos, length + 12);
          continue;
        }
      if (memcmp (png->data + pos + 4, "IDAT", 4) == 0)
        break;
      pos += length + 12;
    }

  ppm = (guint32) lround (dpi / 0.0254);
  put_be32 (chunk, 9);
  memcpy (chunk + 4, "pHYs", 4);
  put_be32 (chunk + 8, ppm);
  put_be32 (chunk + 12, ppm);
  chunk[16] = 1;  /* unit: metre */
  /* CRC-32 as PNG defines it (ISO 3309) is zlib's. */
  put_be32 (chunk + 17, (guint32) crc32 (crc32 (0, Z_NULL, 0), chunk + 4, 4 + 9));

  g_byte_array_set_size (png, png->len + sizeof chunk);
  memmove (png->data + IHDR_END + sizeof chunk, png->data + IHDR_END,
           png->len - sizeof chunk - IHDR_END);
  memcpy (png->data + IHDR_END, chunk, sizeof chunk);
  return TRUE;
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
